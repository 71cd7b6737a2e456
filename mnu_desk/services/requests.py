"""The case register (docs/design.md section 4; issue: requests and rectification): registering a request from
any channel, identity checks, deadlines, extension, refusal, tasks and closing."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..db.models import (
    Address,
    Agent,
    IssuedExtract,
    Person,
    Recipient,
    Request,
    RequestAttachment,
    SentLetter,
    Task,
)
from ..domain import deadlines
from ..domain import text as free_text
from ..domain.attachments import ATTACHMENT_KINDS, check_file
from ..domain.clock import to_stockholm, today_stockholm, utcnow
from ..domain.csv_cells import csv_text
from ..domain.errors import NotFound, PermissionDenied, ValidationFailed
from ..domain.requests import (
    OPEN_STATUSES,
    Channel,
    RequestType,
    Status,
    address_matches,
    parse_choice,
    parse_identity,
)
from ..domain.roles import Permission
from . import audit
from .context import Actor, Desk
from .id_copies import delete_id_copies


def register_request(desk: Desk, actor: Actor, *, type: str, channel: str, received: date,
                     customer_no: str | None = None, requester_name: str | None = None,
                     requester_address: str | None = None, signed: bool = False, identity: str | None = None,
                     attachments: list[tuple[str, bytes, str]] = (), today: date | None = None) -> dict:
    """Register a request. `attachments` are (filename, content, kind) with kind letter, id_copy or other.
    Returns the request as `request_dict`, with `warnings` (e.g. an open request of the same type)."""
    actor.require(Permission.WORK_REQUESTS)
    request_type = parse_choice(type, RequestType, "request type")
    request_channel = parse_choice(channel, Channel, "channel")
    today = today or today_stockholm()
    if received > today:
        raise ValidationFailed("The date received ({received}) is after today; a request cannot arrive in "
                               "the future.", received=received.isoformat())
    if (today - received).days > 366:
        raise ValidationFailed("The date received ({received}) is more than a year ago; check the date.",
                               received=received.isoformat())
    method, note = parse_identity(identity) if identity else (None, None)
    files = []
    for filename, content, kind in attachments:
        if kind not in ATTACHMENT_KINDS:
            raise ValidationFailed("Unknown attachment kind '{kind}'.", kind=kind)
        files.append((check_file(filename, content), kind))
    name = free_text.clean("requester_name", requester_name)
    address = free_text.clean("requester_address", requester_address)
    with desk.write() as session:
        person = None
        if customer_no:
            person = session.scalar(select(Person).where(Person.customer_no == customer_no.strip()))
            if person is None:
                raise NotFound("No customer with number '{customer_no}'.", customer_no=customer_no.strip())
        if person is None and not name:
            raise ValidationFailed("Give the requester's name as written when no customer matches.")
        if method == "signature_address":
            _check_signature_address(session, person, address)
        now = utcnow()
        request = Request(
            ref=f"tmp-{uuid.uuid4().hex[:12]}", type=request_type.value, channel=request_channel.value,
            status=Status.IN_PROGRESS.value if method else Status.NEW.value,
            person_id=person.id if person else None, requester_name=name, requester_address=address,
            received_on=received, signed=bool(signed), identity_method=method, identity_note=note,
            identity_checked_by=actor.id if method else None, identity_checked_at=now if method else None,
            due_on=deadlines.due_date(received), repeat_of_year=False, created_at=now, created_by=actor.id,
            version=1)
        if request_type is RequestType.ACCESS and person is not None:
            request.repeat_of_year = extract_issued_in_year(session, person.id, received.year)
        session.add(request)
        session.flush()
        request.ref = f"R-{received.year}-{request.id:06d}"
        for checked, kind in files:
            session.add(_attachment(request, checked, kind, now))
        session.flush()
        deleted = delete_id_copies(session, request_id=request.id) if method else 0
        audit.record(session, actor.name, "request_registered", subject=f"request:{request.ref}",
                     request_ref=request.ref, person_id=person.id if person else None,
                     payload={"type": request.type, "channel": request.channel,
                              "received": received.isoformat(), "signed": request.signed,
                              "identity": method, "requester_name": name, "requester_address": address,
                              "attachments": [f.sha256 for f, _ in files], "id_copies_deleted": deleted})
        return request_dict(session, request, today)


def _attachment(request: Request, checked, kind: str, now) -> RequestAttachment:
    return RequestAttachment(request_id=request.id, kind=kind, filename=checked.filename,
                             media_type=checked.media_type, size_bytes=len(checked.content),
                             sha256=checked.sha256, content=checked.content, added_at=now)


def _primary_address(session: Session, person_id: int) -> Address | None:
    return session.scalar(select(Address).where(Address.person_id == person_id)
                          .order_by(Address.is_primary.desc(), Address.id).limit(1))


def _check_signature_address(session: Session, person: Person | None, given: str | None) -> None:
    """"Signature and address match" needs a record to match, and an address as given that is the one on
    record: another address is reasonable doubt (art. 12(6); docs/design.md "Signed letter and identity")."""
    address = _primary_address(session, person.id) if person is not None else None
    if address is None:
        raise ValidationFailed("'Signature and address match' needs an address on record to compare with; "
                               "choose how identity was really checked.")
    if not address_matches(given, address.street, address.postal_code, address.city):
        raise ValidationFailed("'Signature and address match' cannot be recorded: the requester gave another "
                               "address than the one on record. That is reasonable doubt about identity; ask "
                               "for proof of identity (GDPR art. 12(6)).")


def warnings_of(session: Session, request: Request) -> list[str]:
    """What an agent should know before acting: another open request of the same type for the person
    (`open_same_type:REF`), and a requester's address other than the one on record (`address_differs`:
    reasonable doubt about identity, art. 12(6); an answer by post goes to the address on record)."""
    if request.person_id is None:
        return []
    found = []
    duplicate = session.scalar(select(Request.ref).where(
        Request.person_id == request.person_id, Request.type == request.type, Request.id != request.id,
        Request.status.in_(OPEN_STATUSES)).order_by(Request.id).limit(1))
    if duplicate:
        found.append(f"open_same_type:{duplicate}")
    if request.requester_address:
        address = _primary_address(session, request.person_id)
        if address is not None and not address_matches(request.requester_address, address.street,
                                                       address.postal_code, address.city):
            found.append("address_differs")
    return found


def extract_issued_in_year(session: Session, person_id: int, year: int) -> bool:
    """A repeat: an extract already issued to this person this calendar year, counted in Stockholm time
    (flagged, never charged)."""
    issued = session.scalars(select(IssuedExtract.issued_at).where(IssuedExtract.person_id == person_id))
    return any(to_stockholm(moment).year == year for moment in issued)


def get_request(desk: Desk, actor: Actor, ref: str, today: date | None = None) -> dict:
    actor.require(Permission.WORK_REQUESTS)
    with desk.read() as session:
        return request_dict(session, _load(session, ref), today or today_stockholm(), full=True)


def list_requests(desk: Desk, actor: Actor, *, open_only: bool = False, overdue_only: bool = False,
                  type: str | None = None, status: str | None = None, agent: str | None = None,
                  today: date | None = None) -> list[dict]:
    """The case queue: by due date (the extended one where there is one), earliest first."""
    actor.require(Permission.WORK_REQUESTS)
    today = today or today_stockholm()
    due = func.coalesce(Request.extended_due_on, Request.due_on)
    stmt = select(Request).order_by(due, Request.id)
    if open_only or overdue_only:
        stmt = stmt.where(Request.status.in_(OPEN_STATUSES))
    if overdue_only:
        stmt = stmt.where(due < today)
    if type:
        stmt = stmt.where(Request.type == parse_choice(type, RequestType, "request type").value)
    if status:
        stmt = stmt.where(Request.status == parse_choice(status, Status, "status").value)
    with desk.read() as session:
        if agent:
            agent_id = session.scalar(select(Agent.id).where(Agent.name == agent))
            stmt = stmt.where(Request.assigned_to == agent_id)
        return [request_dict(session, r, today) for r in session.scalars(stmt)]


def export_register_csv(desk: Desk, actor: Actor) -> str:
    """The whole register as CSV: ref, type, channel, received, due, extended to, status, closed, outcome,
    agent."""
    rows = list_requests(desk, actor)
    return csv_text(["ref", "type", "channel", "received", "due", "extended_due", "status", "closed",
                     "outcome", "agent"],
                    ([r["ref"], r["type"], r["channel"], r["received"], r["due"], r["extended_due"],
                      r["status"], r["closed_at"], r["outcome"], r["assigned_to"]] for r in rows))


def ask_for_identity(desk: Desk, actor: Actor, ref: str, asked_on: date, today: date | None = None) -> dict:
    """Asking for more proof is a recorded step (art. 12(6): only with reasonable doubt)."""
    return _change(desk, actor, ref, "identity_asked", today, asked_on=asked_on)


def identity_received(desk: Desk, actor: Actor, ref: str, received_on: date, method: str,
                      today: date | None = None) -> dict:
    """The proof arrived: the month runs again from this day, and both dates are kept. The method is the
    agent's to name, never assumed (docs/design.md "Signed letter and identity")."""
    return _change(desk, actor, ref, "identity_received", today, received_on=received_on, method=method)


def extend(desk: Desk, actor: Actor, ref: str, reason: str, today: date | None = None) -> dict:
    """Two further months, only with a reason and only while the first month runs (art. 12(3))."""
    actor.require(Permission.EXTEND_DEADLINE)
    return _change(desk, actor, ref, "extended", today, reason=reason)


def refuse(desk: Desk, actor: Actor, ref: str, reason: str, today: date | None = None) -> dict:
    """A refusal with its reasons; the letter states them and the rights to complain and go to court."""
    actor.require(Permission.DECIDE_REPEATS_FEES_REFUSALS)
    return _change(desk, actor, ref, "refused", today, reason=reason)


def assign(desk: Desk, actor: Actor, ref: str, agent_name: str | None = None, today: date | None = None) -> dict:
    return _change(desk, actor, ref, "assigned", today, agent_name=agent_name or actor.name)


def set_status(desk: Desk, actor: Actor, ref: str, status: str, today: date | None = None) -> dict:
    return _change(desk, actor, ref, "status", today, status=status)


def close(desk: Desk, actor: Actor, ref: str, outcome: str, today: date | None = None) -> dict:
    """Completed, with its outcome; refused while a task is open."""
    return _change(desk, actor, ref, "closed", today, outcome=outcome)


# how a closed status reads in a message (translated to Swedish like any known phrase)
MAX_ID = 2**31 - 1  # an INTEGER key on PostgreSQL; larger numbers name no row on any backend
_STATUS_WORDS = {Status.COMPLETED.value: "completed", Status.REFUSED.value: "refused"}


def ensure_open(request: Request) -> None:
    """A completed or refused request is final."""
    if not Status(request.status).is_open:
        raise ValidationFailed("Request {ref} is closed ({status}); it cannot change any more.",
                               ref=request.ref, status=_STATUS_WORDS.get(request.status, request.status))


def _change(desk: Desk, actor: Actor, ref: str, action: str, today: date | None, **values) -> dict:
    actor.require(Permission.WORK_REQUESTS)
    today = today or today_stockholm()
    with desk.write() as session:
        request = _load(session, ref)
        apply_step(session, actor, request, action, today, **values)
        return request_dict(session, request, today)


def apply_step(session: Session, actor: Actor, request: Request, action: str, today: date, **values) -> None:
    """One step on an open request inside the caller's transaction, with its audit entry (a letter sent
    asks for proof of identity or closes the request in the same transaction that records it)."""
    ensure_open(request)
    payload = _APPLY[action](session, actor, request, today, **values)
    session.flush()
    audit.record(session, actor.name, f"request_{action}", subject=f"request:{request.ref}",
                 request_ref=request.ref, person_id=request.person_id, payload=payload)


def _apply_identity_asked(session, actor, request, today, asked_on: date) -> dict:
    if asked_on > today or asked_on < request.received_on:
        raise ValidationFailed("The date asked ({date}) must lie between receipt and today.",
                               date=asked_on.isoformat())
    request.identity_asked_on = asked_on
    request.status = Status.AWAITING_IDENTITY.value
    return {"asked_on": asked_on.isoformat()}


def _apply_identity_received(session, actor, request, today, received_on: date, method: str) -> dict:
    if request.identity_asked_on is None:
        raise ValidationFailed("Request {ref} never asked for proof of identity.", ref=request.ref)
    if received_on > today or received_on < request.identity_asked_on:
        raise ValidationFailed("The date the proof arrived ({date}) must lie between the day it was asked "
                               "for and today.", date=received_on.isoformat())
    if not method or not str(method).strip():
        raise ValidationFailed("Say how identity was checked: signature_address, known_email, id_copy or "
                               "other:TEXT.")
    method, note = parse_identity(method)
    if method == "signature_address":
        person = session.get(Person, request.person_id) if request.person_id else None
        _check_signature_address(session, person, request.requester_address)
    request.identity_received_on = received_on
    request.identity_method, request.identity_note = method, note
    request.identity_checked_by, request.identity_checked_at = actor.id, utcnow()
    request.due_on = deadlines.due_date(request.received_on, received_on)
    request.status = Status.IN_PROGRESS.value
    deleted = delete_id_copies(session, request_id=request.id)
    return {"received_on": received_on.isoformat(), "method": method, "due": request.due_on.isoformat(),
            "id_copies_deleted": deleted}


def _apply_extended(session, actor, request, today, reason: str) -> dict:
    if not reason or not reason.strip():
        raise ValidationFailed("An extension needs a reason.")
    reason = free_text.clean("reason", reason)
    if request.extended_due_on is not None:
        raise ValidationFailed("Request {ref} is already extended.", ref=request.ref)
    if today > request.due_on:
        raise ValidationFailed("The first month ran out on {due}; the person must be told of an extension "
                               "within it, so it is too late to extend.", due=request.due_on.isoformat())
    request.extended_due_on = deadlines.extended_due_date(request.received_on, request.identity_received_on)
    request.extension_reason = reason.strip()
    return {"reason": request.extension_reason, "extended_due": request.extended_due_on.isoformat()}


def _apply_refused(session, actor, request, today, reason: str) -> dict:
    if not reason or not reason.strip():
        raise ValidationFailed("A refusal needs its reasons.")
    reason = free_text.clean("reason", reason)
    request.status = Status.REFUSED.value
    request.decision_reason = reason.strip()
    request.outcome = "refused: " + reason.strip()
    request.closed_at = utcnow()
    return {"reason": request.decision_reason}


def _apply_assigned(session, actor, request, today, agent_name: str) -> dict:
    agent = session.scalar(select(Agent).where(Agent.name == agent_name))
    if agent is None:
        raise NotFound("No agent named '{name}'.", name=agent_name)
    if agent.name != actor.name and not actor.role.covers(actor.role.SUPERVISOR):
        raise PermissionDenied("Only a supervisor assigns a request to someone else.")
    request.assigned_to = agent.id
    return {"agent": agent.name}


def _apply_status(session, actor, request, today, status: str) -> dict:
    new = parse_choice(status, Status, "status")
    if not new.is_open:
        raise ValidationFailed("Close a request with its outcome, or refuse it with its reasons.")
    old, request.status = request.status, new.value
    return {"old": old, "new": new.value}


def _apply_closed(session, actor, request, today, outcome: str) -> dict:
    if not outcome or not outcome.strip():
        raise ValidationFailed("A request cannot be closed without an outcome.")
    outcome = free_text.clean("outcome", outcome)
    open_tasks = [t for t in request.tasks if t.done_at is None]
    if open_tasks:
        raise ValidationFailed("Request {ref} has {count} open task(s); finish them, or mark them impossible "
                               "with a reason, first.", ref=request.ref, count=len(open_tasks))
    request.status = Status.COMPLETED.value
    request.outcome = outcome.strip()
    request.closed_at = utcnow()
    return {"outcome": request.outcome}


_APPLY = {"identity_asked": _apply_identity_asked, "identity_received": _apply_identity_received,
          "extended": _apply_extended, "refused": _apply_refused, "assigned": _apply_assigned,
          "status": _apply_status, "closed": _apply_closed}


def list_tasks(desk: Desk, actor: Actor, *, open_only: bool = False, request_ref: str | None = None) -> list[dict]:
    actor.require(Permission.WORK_REQUESTS)
    stmt = (select(Task, Request.ref, Recipient.name).outerjoin(Request, Request.id == Task.request_id)
            .outerjoin(Recipient, Recipient.id == Task.recipient_id).order_by(Task.id))
    if open_only:
        stmt = stmt.where(Task.done_at.is_(None))
    with desk.read() as session:
        if request_ref:
            stmt = stmt.where(Task.request_id == _load(session, request_ref).id)
        return [_task_dict(task, ref, recipient) for task, ref, recipient in session.execute(stmt)]


def complete_task(desk: Desk, actor: Actor, task_id: int | str, impossible: str | None = None) -> dict:
    """Check a task off; or mark it impossible / disproportionate with the reason (art. 19)."""
    actor.require(Permission.WORK_REQUESTS)
    try:
        task_id = int(task_id)
    except (TypeError, ValueError):
        raise ValidationFailed("'{value}' is not a task id.", value=task_id) from None
    if not 0 < task_id <= MAX_ID:  # beyond any id: the driver would overflow rather than find nothing
        raise NotFound("No task {id}.", id=task_id)
    if impossible is not None and not impossible.strip():
        raise ValidationFailed("Say why the task is impossible or disproportionate.")
    impossible = free_text.clean("reason", impossible)
    with desk.write() as session:
        task = session.get(Task, task_id)
        if task is None:
            raise NotFound("No task {id}.", id=task_id)
        if task.done_at is not None:
            raise ValidationFailed("Task {id} is already done.", id=task_id)
        task.done_at, task.done_by = utcnow(), actor.id
        task.impossible_reason = impossible.strip() if impossible else None
        request = session.get(Request, task.request_id) if task.request_id else None
        audit.record(session, actor.name, "task_done", subject=f"task:{task.id}",
                     request_ref=request.ref if request else None, person_id=task.person_id,
                     payload={"impossible": task.impossible_reason})
        recipient = session.get(Recipient, task.recipient_id) if task.recipient_id else None
        return _task_dict(task, request.ref if request else None, recipient.name if recipient else None)


def _load(session: Session, ref: str) -> Request:
    request = session.scalar(select(Request).where(Request.ref == (ref or "").strip())
                             .options(selectinload(Request.tasks), selectinload(Request.attachments)))
    if request is None:
        raise NotFound("No request with reference '{ref}'.", ref=(ref or "").strip())
    return request


def _task_dict(task: Task, ref: str | None, recipient: str | None) -> dict:
    return {"id": str(task.id), "request": ref, "kind": task.kind, "recipient": recipient,
            "description": task.description, "created_at": task.created_at, "done_at": task.done_at,
            "impossible_reason": task.impossible_reason}


def request_dict(session: Session, request: Request, today: date, *, full: bool = False) -> dict:
    person = session.execute(select(Person.customer_no, Person.first_name, Person.last_name)
                             .where(Person.id == request.person_id)).first() if request.person_id else None
    customer_no = person.customer_no if person else None
    # the name beside the number, where an agent decides: no one acts on a number alone
    customer_name = " ".join(part for part in (person.first_name, person.last_name) if part) or None \
        if person else None
    agent = session.scalar(select(Agent.name).where(Agent.id == request.assigned_to)) \
        if request.assigned_to else None
    due = request.extended_due_on or request.due_on
    data = {
        "ref": request.ref, "type": request.type, "status": request.status, "channel": request.channel,
        "received": request.received_on, "due": request.due_on, "extended_due": request.extended_due_on,
        "customer_no": customer_no, "customer_name": customer_name, "requester_name": request.requester_name,
        "requester_address": request.requester_address, "signed": request.signed,
        "identity_method": request.identity_method, "identity_note": request.identity_note,
        "identity_asked_on": request.identity_asked_on, "identity_received_on": request.identity_received_on,
        "repeat_of_year": request.repeat_of_year, "assigned_to": agent, "outcome": request.outcome,
        "closed_at": request.closed_at, "extension_reason": request.extension_reason,
        "days_left": deadlines.days_left(due, today) if Status(request.status).is_open else None,
        "overdue": Status(request.status).is_open and due < today,
        "warnings": warnings_of(session, request),
        "version": request.version,
    }
    if full:
        data["attachments"] = [{"id": str(a.id), "kind": a.kind, "filename": a.filename,
                                "media_type": a.media_type, "size_bytes": a.size_bytes, "sha256": a.sha256,
                                "deleted": a.deleted_at is not None, "deleted_at": a.deleted_at}
                               for a in request.attachments]
        names = dict(session.execute(select(Recipient.id, Recipient.name).where(
            Recipient.id.in_([t.recipient_id for t in request.tasks if t.recipient_id]))).all())
        data["tasks"] = [_task_dict(t, request.ref, names.get(t.recipient_id)) for t in request.tasks]
        data["letters"] = sent_letters(session, request.id)
    return data




def sent_letters(session: Session, request_id: int) -> list[dict]:
    """The letters sent about a request, oldest first: kind, language, when and by whom."""
    rows = session.execute(select(SentLetter, Agent.name).join(Agent, Agent.id == SentLetter.sent_by)
                           .where(SentLetter.request_id == request_id).order_by(SentLetter.id))
    return [{"kind": letter.kind, "language": letter.language, "sent_at": letter.sent_at, "sent_by": name}
            for letter, name in rows]


def attachment_content(desk: Desk, actor: Actor, ref: str, attachment_id: int | str) -> dict:
    """A request's attachment (a scanned letter, an ID copy) as stored: filename, media type and content.
    Opening one is a look at personal data, so it is an audit entry like opening a record."""
    actor.require(Permission.WORK_REQUESTS)
    try:
        wanted = int(str(attachment_id).strip())
    except ValueError:
        raise ValidationFailed("'{id}' is not an attachment number.", id=str(attachment_id)[:40]) from None
    with desk.write() as session:
        request = _load(session, ref)
        attachment = session.scalar(select(RequestAttachment).where(
            RequestAttachment.id == wanted, RequestAttachment.request_id == request.id))
        if attachment is None:
            raise NotFound("Request {ref} has no attachment {id}.", ref=request.ref, id=str(wanted))
        if attachment.deleted_at is not None or attachment.content is None:
            raise ValidationFailed("Attachment {id} of request {ref} was deleted on {day}.", id=str(wanted),
                                   ref=request.ref, day=attachment.deleted_at.date().isoformat()
                                   if attachment.deleted_at else "?")
        audit.record(session, actor.name, "attachment_viewed", subject=f"request:{request.ref}",
                     request_ref=request.ref, person_id=request.person_id,
                     payload={"attachment": attachment.id, "kind": attachment.kind, "sha256": attachment.sha256})
        return {"id": str(attachment.id), "filename": attachment.filename, "media_type": attachment.media_type,
                "kind": attachment.kind, "content": bytes(attachment.content)}
