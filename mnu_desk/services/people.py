"""Opening a person's record: every read is an audit entry naming the agent and the purpose."""

from __future__ import annotations

import json

from sqlalchemy import select

from ..db.models import AuditEntry, AuditPayload, Person
from ..domain.errors import NotFound
from ..domain.roles import Permission
from ..domain.subjects import PersonStatus
from . import audit
from .context import Actor, Desk
from .record import (
    CATEGORY_LOADERS,
    EVENTS_PAGE,
    ON_REQUEST,
    PAGED,
    empty_categories,
    usage_events_page,
    usage_ip_summary,
)

DEFAULT_PURPOSE = "customer service"


def show_person(desk: Desk, actor: Actor, customer_no: str, *, purpose: str = DEFAULT_PURPOSE,
                categories: tuple[str, ...] | None = None, opening: str | None = None) -> dict:
    """Everything held on one person (or the named categories), and the "viewed" audit entry. `opening`
    names one opening of the record in a window: its later reads (another tab's categories) carry the same
    name, and the person's log shows them as one opening with every category seen (docs/design.md
    "One opening, one log line")."""
    actor.require(Permission.LOOK_UP)
    with desk.write() as session:
        person = session.scalar(select(Person).where(Person.customer_no == customer_no.strip()))
        if person is None:
            raise NotFound("No customer with number '{customer_no}'.", customer_no=customer_no.strip())
        wanted = categories or tuple(CATEGORY_LOADERS)
        if person.status == PersonStatus.ERASED.value:
            data = {name: value for name, value in empty_categories().items() if name in wanted}
        else:
            loaders = CATEGORY_LOADERS | ON_REQUEST | {name: load for name, (_, load) in PAGED.items()}
            data = {name: loaders[name](session, person) for name in wanted}
        seen = dict.fromkeys(PAGED[name][0] if name in PAGED else name for name in wanted if name not in ON_REQUEST)
        audit.record(session, actor.name, "viewed", subject=f"person:{person.customer_no}",
                     person_id=person.id, purpose=purpose, payload={"categories": list(seen)}
                     | ({"opening": opening[:64]} if opening else {}))
        # the version lets an edit dialog detect another agent's change (optimistic locking)
        return {"customer_no": person.customer_no, "kind": person.kind, "status": person.status,
                "version": person.version, "categories": data}


def _person_id(session, customer_no: str) -> int | None:
    """The person's id, or None once erased (nothing personal left to show)."""
    row = session.execute(select(Person.id, Person.status).where(Person.customer_no == customer_no.strip())).first()
    if row is None:
        raise NotFound("No customer with number '{customer_no}'.", customer_no=customer_no.strip())
    return None if row.status == PersonStatus.ERASED.value else row.id


def more_usage_events(desk: Desk, actor: Actor, customer_no: str, after: tuple,
                      limit: int | None = EVENTS_PAGE) -> list[dict]:
    """The activity tab's next page: the events after `after` ((occurred_at, id) of the last one shown), all
    the rest with limit None. Part of the opening whose first page show_person logged, so not logged again."""
    actor.require(Permission.LOOK_UP)
    with desk.read() as session:
        person_id = _person_id(session, customer_no)
        return [] if person_id is None else usage_events_page(session, person_id, after, limit)


def usage_ips(desk: Desk, actor: Actor, customer_no: str) -> list[dict]:
    """The activity tab's IP addresses, summed over all the person's events by the database (their counts add up
    to the number of events)."""
    actor.require(Permission.LOOK_UP)
    with desk.read() as session:
        person_id = _person_id(session, customer_no)
        return [] if person_id is None else usage_ip_summary(session, person_id)


def person_log(desk: Desk, actor: Actor, customer_no: str, limit: int = 500) -> list[dict]:
    """The audit entries about one person, newest first: who opened or changed the record, when, for what
    purpose and with what payload (the categories seen, a correction's old and new values) for the record
    view's log tab. The reads of one opening are one line with all the categories seen. Reading the log is
    itself not logged: it shows no personal data beyond what the open record already shows."""
    actor.require(Permission.LOOK_UP)
    subject = f"person:{customer_no.strip()}"
    with desk.read() as session:
        if session.scalar(select(Person.id).where(Person.customer_no == customer_no.strip())) is None:
            raise NotFound("No customer with number '{customer_no}'.", customer_no=customer_no.strip())
        rows = session.execute(select(AuditEntry, AuditPayload.payload)
                               .outerjoin(AuditPayload, AuditPayload.seq == AuditEntry.seq)
                               .where(AuditEntry.subject == subject)
                               .order_by(AuditEntry.seq.desc()).limit(limit))
        entries = [{"seq": e.seq, "at": e.at, "agent": e.agent, "action": e.action, "purpose": e.purpose,
                    "request_ref": e.request_ref, "payload": _payload(payload)} for e, payload in rows]
    return _one_line_per_opening(entries)


def _payload(text: str | None) -> dict:
    """An erased payload (erasure, retention) reads as empty: the entry itself stays."""
    try:
        value = json.loads(text) if text else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _one_line_per_opening(entries: list[dict]) -> list[dict]:
    """Newest first in, newest first out; the reads of one opening merge into its first (oldest) entry."""
    merged: dict[str, dict] = {}
    for entry in reversed(entries):
        opening = entry["payload"].get("opening") if entry["action"] == "viewed" else None
        first = merged.get(opening) if opening else None
        if first is None:
            if opening:
                merged[opening] = entry
            continue
        seen = first["payload"].setdefault("categories", [])
        seen.extend(c for c in entry["payload"].get("categories") or [] if c not in seen)
        entry["merged"] = True
    return [entry for entry in entries if not entry.get("merged")]
