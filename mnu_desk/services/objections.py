"""Objections to marketing (policy 9.4, GDPR art. 21(2)-(3)): effective at registration, absolute, and
withdrawn only by a recorded withdrawal. The hashes are stored at registration so that the suppression list
still holds them after the person is erased."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Objection, Person, Request
from ..domain.clock import iso_z, today_stockholm, utcnow
from ..domain.errors import NotFound, ValidationFailed
from ..domain.objections import check_channel, check_received, check_scope, email_sha256, phone_hashes
from ..domain.roles import Permission
from ..domain.subjects import PersonStatus
from . import audit
from . import changes as change_feed
from .context import Actor, Desk


def _person(session: Session, customer_no: str) -> Person:
    person = session.scalar(select(Person).where(Person.customer_no == customer_no.strip()))
    if person is None:
        raise NotFound("No customer with number '{customer_no}'.", customer_no=customer_no.strip())
    return person


def _active(session: Session, person_id: int, scope: str) -> Objection | None:
    return session.scalar(select(Objection).where(Objection.person_id == person_id, Objection.scope == scope,
                                                  Objection.withdrawn_at.is_(None)).limit(1))


def _as_dict(person: Person, objection: Objection) -> dict:
    return {"id": str(objection.id), "customer_no": person.customer_no, "scope": objection.scope,
            "channel": objection.channel, "received": objection.received_on.isoformat(),
            "registered_at": iso_z(objection.registered_at), "withdrawn_at": iso_z(objection.withdrawn_at)}


def add_objection(desk: Desk, actor: Actor, customer_no: str, scope: str, channel: str, received: date, *,
                  request_ref: str | None = None) -> dict:
    """Register an objection; it takes effect in the same transaction (the next export leaves the person
    out). An objection already active for that scope is not duplicated."""
    actor.require(Permission.REGISTER_OBJECTION)
    check_scope(scope)
    check_channel(channel)
    check_received(received, today_stockholm())
    with desk.write() as session:
        person = _person(session, customer_no)
        if person.status == PersonStatus.ERASED.value:
            raise ValidationFailed("Customer {customer_no} has been erased.",
                                   customer_no=person.customer_no)
        existing = _active(session, person.id, scope)
        if existing is not None:
            raise ValidationFailed("Customer {customer_no} already objects to {scope}.",
                                   customer_no=person.customer_no, scope=scope)
        request = None
        if request_ref:
            request = session.scalar(select(Request).where(Request.ref == request_ref.strip()))
            if request is None:
                raise NotFound("No request with reference '{ref}'.", ref=request_ref.strip())
        e164_hash, digits_hash = phone_hashes(person.phone_e164)
        objection = Objection(person_id=person.id, scope=scope, channel=channel, received_on=received,
                              registered_at=utcnow(), registered_by=actor.id,
                              request_id=request.id if request else None,
                              email_sha256=email_sha256(person.email), phone_e164_sha256=e164_hash,
                              phone_digits_sha256=digits_hash)
        session.add(objection)
        session.flush()
        audit.record(session, actor.name, "objection_added", subject=f"person:{person.customer_no}",
                     person_id=person.id, request_ref=request.ref if request else None,
                     payload={"scope": scope, "channel": channel, "received": received.isoformat()})
        change_feed.append(session, "objection", person, {"scope": scope, "received": received.isoformat()},
                       request_ref=request.ref if request else None)
        return _as_dict(person, objection)


def withdraw_objection(desk: Desk, actor: Actor, customer_no: str, scope: str) -> dict:
    """Record the person's withdrawal; the objection row stays as evidence."""
    actor.require(Permission.REGISTER_OBJECTION)
    check_scope(scope)
    with desk.write() as session:
        person = _person(session, customer_no)
        objection = _active(session, person.id, scope)
        if objection is None:
            raise NotFound("Customer {customer_no} has no active objection to {scope}.",
                           customer_no=person.customer_no, scope=scope)
        objection.withdrawn_at = utcnow()
        objection.withdrawn_by = actor.id
        session.flush()
        audit.record(session, actor.name, "objection_withdrawn", subject=f"person:{person.customer_no}",
                     person_id=person.id, payload={"scope": scope})
        change_feed.append(session, "objection_withdrawn", person, {"scope": scope})
        return _as_dict(person, objection)
