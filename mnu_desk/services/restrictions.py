"""Restriction of processing (GDPR art. 18) and legal hold (policy 6.1), set and lifted by a supervisor with
a reason. A restriction keeps the data but stops its use (the person leaves the marketing export); the person
is told before it is lifted (art. 18(3)), and the date is recorded. A legal hold blocks every erasure and the
retention run for the person until it is lifted."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ..db.models import Person, Restriction
from ..domain import text as free_text
from ..domain.clock import iso_z, today_stockholm, utcnow
from ..domain.errors import NotFound, ValidationFailed
from ..domain.roles import Permission
from . import audit
from . import changes as change_feed
from .context import Actor, Desk

KINDS = ("restriction", "legal_hold")


def _check(kind: str, reason: str) -> str:
    if kind not in KINDS:
        raise ValidationFailed("Unknown restriction kind '{kind}'.", kind=kind)
    if not reason or not reason.strip():
        raise ValidationFailed("Give a reason for the change.")
    return free_text.clean("reason", reason)


def _as_dict(person: Person, row: Restriction) -> dict:
    return {"id": str(row.id), "customer_no": person.customer_no, "kind": row.kind, "reason": row.reason,
            "set_at": iso_z(row.set_at), "lifted_at": iso_z(row.lifted_at),
            "person_told_on": row.person_told_on.isoformat() if row.person_told_on else None}


def iso_date(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _person(session, customer_no: str) -> Person:
    person = session.scalar(select(Person).where(Person.customer_no == customer_no.strip()))
    if person is None:
        raise NotFound("No customer with number '{customer_no}'.", customer_no=customer_no.strip())
    return person


def _active(session, person_id: int, kind: str) -> Restriction | None:
    return session.scalar(select(Restriction).where(Restriction.person_id == person_id, Restriction.kind == kind,
                                                    Restriction.lifted_at.is_(None)).limit(1))


def set_restriction(desk: Desk, actor: Actor, customer_no: str, kind: str, reason: str) -> dict:
    actor.require(Permission.LEGAL_HOLDS_AND_RESTRICTIONS)
    reason = _check(kind, reason)
    with desk.write() as session:
        person = _person(session, customer_no)
        if _active(session, person.id, kind) is not None:
            raise ValidationFailed("Customer {customer_no} already has an active {kind}.",
                                   customer_no=person.customer_no, kind=kind)
        row = Restriction(person_id=person.id, kind=kind, reason=reason, set_at=utcnow(), set_by=actor.id)
        session.add(row)
        session.flush()
        audit.record(session, actor.name, f"{kind}_set", subject=f"person:{person.customer_no}",
                     person_id=person.id, payload={"reason": reason})
        if kind == "restriction":  # a legal hold is the desk's own matter, not a change to the shop's data
            change_feed.append(session, "restriction", person)
        return _as_dict(person, row)


def lift_restriction(desk: Desk, actor: Actor, customer_no: str, kind: str, reason: str, *,
                     person_told_on: date | None = None) -> dict:
    """Lift; for a restriction the day the person was told is required and recorded: they are told before the
    lift (art. 18(3)), and the day is the agent's to give, never assumed (docs/design.md "Restriction")."""
    actor.require(Permission.LEGAL_HOLDS_AND_RESTRICTIONS)
    reason = _check(kind, reason)
    today = today_stockholm()
    if kind == "restriction" and person_told_on is None:
        raise ValidationFailed("Give the day the person was told that the restriction will be lifted (GDPR art. "
                               "18(3)): they are told before it is lifted.")
    if person_told_on is not None and person_told_on > today:
        raise ValidationFailed("The day the person was told ({date}) is after today: they are told before the "
                               "restriction is lifted.", date=person_told_on.isoformat())
    with desk.write() as session:
        person = _person(session, customer_no)
        row = _active(session, person.id, kind)
        if row is None:
            raise NotFound("Customer {customer_no} has no active {kind}.", customer_no=person.customer_no,
                           kind=kind)
        row.lifted_at, row.lifted_by, row.lift_reason = utcnow(), actor.id, reason
        if kind == "restriction":
            row.person_told_on = person_told_on
        session.flush()
        audit.record(session, actor.name, f"{kind}_lifted", subject=f"person:{person.customer_no}",
                     person_id=person.id, payload={"reason": reason, "person_told_on": iso_date(person_told_on)})
        if kind == "restriction":
            change_feed.append(session, "restriction_lifted", person)
        return _as_dict(person, row)
