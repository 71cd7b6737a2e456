"""Rectification and completion (policy 9.2, 9.3.2; GDPR art. 16 and 19): checked values, no lost updates,
old -> new in the audit log, and a follow-up task for every recipient that received the changed data."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ..db.models import Address, Disclosure, Person, Recipient, Request, SupplementaryStatement, Task
from ..db.searchindex import refresh_person
from ..domain import text as free_text
from ..domain.clock import utcnow
from ..domain.errors import Conflict, NotFound, ValidationFailed
from ..domain.rectification import ADDRESS_FIELDS, FIELDS, clean_changes, email_norm
from ..domain.roles import Permission
from ..domain.subjects import PersonStatus
from . import audit
from . import changes as change_feed
from .context import Actor, Desk


@dataclass
class Rectified:
    customer_no: str
    version: int
    changed: dict[str, tuple[str | None, str | None]]
    tasks: list[dict] = field(default_factory=list)
    # "email_in_use:CUSTOMER_NO": another person already has the new address (a typing error, or the same
    # person twice); saved all the same, since two people may share an address
    warnings: list[str] = field(default_factory=list)


def current_values(session: Session, person: Person) -> dict[str, str | None]:
    address = primary_address(session, person)
    values = {"first_name": person.first_name, "last_name": person.last_name, "email": person.email,
              "phone": person.phone_e164}
    for name in ADDRESS_FIELDS:
        values[name] = getattr(address, name) if address else None
    return values


def primary_address(session: Session, person: Person) -> Address | None:
    return session.scalar(select(Address).where(Address.person_id == person.id, Address.is_primary)
                          .order_by(Address.id).limit(1))


def rectify(desk: Desk, actor: Actor, customer_no: str, changes: dict[str, str], reason: str, *,
            request_ref: str | None = None, expected_version: int | None = None) -> Rectified:
    """Apply checked new values. `expected_version` is the person's version when the agent opened the
    record: if another agent changed it since, nothing is written and Conflict carries the stored values."""
    actor.require(Permission.RECTIFY)
    if not reason or not reason.strip():
        raise ValidationFailed("Give a reason for the change.")
    reason = free_text.clean("reason", reason)
    with desk.write() as session:
        person = _person(session, customer_no)
        before = current_values(session, person)
        if expected_version is not None and person.version != expected_version:
            raise Conflict("Another agent changed this person while you worked (version {theirs}, you opened "
                           "{yours}).", current=before, theirs=person.version, yours=expected_version)
        cleaned = clean_changes(changes, before.get("country") or "SE")
        request = _request(session, request_ref, person) if request_ref else None
        changed = {f: (before[f], new) for f, new in cleaned.items() if before[f] != new}
        if not changed:
            return Rectified(person.customer_no, person.version, {})
        _apply(session, person, {f: new for f, (_, new) in changed.items()})
        refresh_person(session, person)
        # the person row carries the version for the whole record: an address-only change bumps it too
        flag_modified(person, "search_text")
        session.flush()
        tasks = _recipient_tasks(session, person, request, {FIELDS[f] for f in changed})
        warnings = _email_in_use(session, person) if "email" in changed else []
        audit.record(session, actor.name, "rectified", subject=f"person:{person.customer_no}",
                     person_id=person.id, request_ref=request.ref if request else None,
                     payload={"reason": reason.strip(),
                              "changes": {f: {"old": old, "new": new} for f, (old, new) in changed.items()}})
        change_feed.append(session, "rectification", person, {"changes": {f: new for f, (_, new) in changed.items()}},
                       request_ref=request.ref if request else None)
        return Rectified(person.customer_no, person.version, changed, tasks, warnings)


def _email_in_use(session: Session, person: Person) -> list[str]:
    """Others who hold the person's (new) e-mail address, as warnings."""
    if not person.email_norm:
        return []
    others = session.scalars(select(Person.customer_no).where(Person.email_norm == person.email_norm,
                                                              Person.id != person.id).order_by(Person.id).limit(5))
    return [f"email_in_use:{number}" for number in others]


def _person(session: Session, customer_no: str) -> Person:
    person = session.scalar(select(Person).where(Person.customer_no == customer_no.strip()))
    if person is None:
        raise NotFound("No customer with number '{customer_no}'.", customer_no=customer_no.strip())
    if person.status == PersonStatus.ERASED.value:
        raise ValidationFailed("Customer {customer_no} has been erased; there is nothing to rectify.",
                               customer_no=person.customer_no)
    return person


def _request(session: Session, ref: str, person: Person) -> Request:
    request = session.scalar(select(Request).where(Request.ref == ref.strip()))
    if request is None:
        raise NotFound("No request with reference '{ref}'.", ref=ref.strip())
    if request.person_id not in (None, person.id):
        raise ValidationFailed("Request {ref} is about another person.", ref=request.ref)
    return request


def _apply(session: Session, person: Person, new: dict[str, str | None]) -> None:
    if "first_name" in new:
        person.first_name = new["first_name"]
    if "last_name" in new:
        person.last_name = new["last_name"]
    if "email" in new:
        person.email, person.email_norm = new["email"], email_norm(new["email"])
    if "phone" in new:
        person.phone_e164 = new["phone"]
    address_changes = {f: v for f, v in new.items() if f in ADDRESS_FIELDS}
    if address_changes:
        address = primary_address(session, person)
        if address is None:  # completion: an address the record lacked
            missing = [f for f in ("street", "postal_code", "city") if not address_changes.get(f)]
            if missing:
                raise ValidationFailed("The person has no address yet: give street, postal_code and city "
                                       "together.")
            address = Address(person_id=person.id, is_primary=True, country="SE", created_at=utcnow(),
                              street="", postal_code="", city="")
            session.add(address)
        for name, value in address_changes.items():
            setattr(address, name, value)
    session.flush()


def _recipient_tasks(session: Session, person: Person, request: Request | None,
                     categories: set[str]) -> list[dict]:
    """Art. 19: tell each recipient that received a changed category about the change."""
    disclosures = session.execute(
        select(Disclosure.recipient_id, Disclosure.categories, Recipient.name)
        .join(Recipient, Recipient.id == Disclosure.recipient_id)
        .where(Disclosure.person_id == person.id)).all()
    notified: dict[int, tuple[str, set[str]]] = {}
    for recipient_id, disclosed, name in disclosures:
        overlap = categories & {c.strip() for c in disclosed.split(",")}
        if overlap:
            notified.setdefault(recipient_id, (name, set()))[1].update(overlap)
    created = []
    for recipient_id, (name, overlap) in sorted(notified.items()):
        task = Task(request_id=request.id if request else None, person_id=person.id, recipient_id=recipient_id,
                    kind="notify_rectification",
                    description=f"Tell {name} about the rectification of {', '.join(sorted(overlap))} "
                                f"(GDPR art. 19)",
                    created_at=utcnow())
        session.add(task)
        session.flush()
        created.append({"id": task.id, "recipient": name, "categories": sorted(overlap)})
    return created


def add_statement(desk: Desk, actor: Actor, customer_no: str, text: str, *,
                  request_ref: str | None = None) -> dict:
    """Completion by a supplementary statement (GDPR art. 16): the person's own words, kept with the
    record. Recipients of the data are told like for any rectification (art. 19)."""
    actor.require(Permission.RECTIFY)
    if not text or not text.strip():
        raise ValidationFailed("A supplementary statement cannot be empty.")
    text = free_text.clean("statement", text)
    with desk.write() as session:
        person = _person(session, customer_no)
        request = _request(session, request_ref, person) if request_ref else None
        statement = SupplementaryStatement(person_id=person.id, request_id=request.id if request else None,
                                           text=text, added_at=utcnow(), added_by=actor.id)
        session.add(statement)
        session.flush()
        tasks = _recipient_tasks(session, person, request, {"identity", "address", "contact"})
        audit.record(session, actor.name, "statement_added", subject=f"person:{person.customer_no}",
                     person_id=person.id, request_ref=request.ref if request else None,
                     payload={"text": text})
        change_feed.append(session, "completion", person, {"text": text}, request_ref=request.ref if request else None)
        return {"id": str(statement.id), "customer_no": person.customer_no, "text": text,
                "added_at": statement.added_at, "tasks": tasks}
