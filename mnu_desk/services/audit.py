"""Writing and verifying the audit log (docs/design.md section 6). `record()` is called inside the transaction of
the change it describes, so an entry exists exactly when its change does."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import AuditEntry, AuditHead, AuditPayload
from ..domain.audit_chain import (
    GENESIS_HASH,
    EntryFields,
    canonical_json,
    entry_hash,
    payload_hash,
    personal_hash,
)
from ..domain.clock import utcnow
from ..domain.roles import Permission
from .context import Actor, Desk


def record(session: Session, agent: str | None, action: str, *, subject: str | None = None,
           payload: dict | None = None, person_id: int | None = None, request_ref: str | None = None,
           purpose: str | None = None) -> AuditEntry:
    """Append one entry. The head row is locked first, so concurrent desks queue here instead of forking
    the chain; the sequence has no gaps because a rolled-back transaction rolls back its head update too."""
    head = session.execute(select(AuditHead).where(AuditHead.id == 1).with_for_update()).scalar_one()
    payload_json = canonical_json(payload or {})
    fields = EntryFields(seq=head.seq + 1, at=utcnow(), agent=agent, action=action, purpose=purpose,
                         payload_sha256=payload_hash(payload_json),
                         personal_sha256=personal_hash(subject, request_ref))
    digest = entry_hash(head.hash, fields)
    entry = AuditEntry(seq=fields.seq, at=fields.at, agent=agent, action=action, subject=subject,
                       request_ref=request_ref, purpose=purpose, payload_sha256=fields.payload_sha256,
                       personal_sha256=fields.personal_sha256, entry_hash=digest)
    session.add(entry)
    session.flush()  # the entry row must exist before its payload refers to it
    session.add(AuditPayload(seq=fields.seq, person_id=person_id, payload=payload_json))
    # the payload before the head moves: on a server the payload must belong to the entry being appended
    session.flush()
    head.seq, head.hash = fields.seq, digest
    return entry


@dataclass(frozen=True)
class Verification:
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    reason: str | None = None


def verify(desk: Desk, actor: Actor | None = None) -> Verification:
    """Check the gapless sequence, every hash link, every payload and personal part still present, and the
    head. A personal part cleared by retention (subject and request both empty) is not checked: its hash
    stays in the chain."""
    if actor is not None:
        actor.require(Permission.VERIFY_AUDIT)
    previous_hash, expected_seq, count = GENESIS_HASH, 1, 0
    with desk.read() as session:
        rows = session.execute(
            select(AuditEntry, AuditPayload.payload)
            .outerjoin(AuditPayload, AuditPayload.seq == AuditEntry.seq)
            .order_by(AuditEntry.seq)
            .execution_options(yield_per=2000)
        )
        for entry, payload in rows:
            problem = _check(entry, payload, expected_seq, previous_hash)
            if problem:
                return Verification(False, count, entry.seq if problem != "gap" else expected_seq,
                                    _REASONS[problem].format(seq=entry.seq, expected=expected_seq))
            previous_hash, expected_seq, count = entry.entry_hash, entry.seq + 1, count + 1
        head = session.execute(select(AuditHead).where(AuditHead.id == 1)).scalar_one_or_none()
    if head is None or head.seq != count or head.hash != previous_hash:
        last = count + 1 if head is None or head.seq > count else count
        return Verification(False, count, last,
                            "the head row does not match the last entry: entries were removed at the end "
                            "or the head was altered")
    return Verification(True, count)


_REASONS = {
    "gap": "entry {expected} is missing (the next one found is {seq})",
    "order": "entry {seq} is out of order (expected {expected})",
    "payload": "the payload of entry {seq} does not match its hash",
    "personal": "the subject or request of entry {seq} does not match its hash",
    "hash": "entry {seq} does not match its hash: it was altered, inserted or reordered",
}


def _check(entry: AuditEntry, payload: str | None, expected_seq: int, previous_hash: str) -> str | None:
    if entry.seq > expected_seq:
        return "gap"
    if entry.seq != expected_seq:
        return "order"
    fields = EntryFields(seq=entry.seq, at=entry.at, agent=entry.agent, action=entry.action,
                         purpose=entry.purpose, payload_sha256=entry.payload_sha256,
                         personal_sha256=entry.personal_sha256)
    if entry_hash(previous_hash, fields) != entry.entry_hash:
        return "hash"
    cleared = entry.subject is None and entry.request_ref is None
    if not cleared and personal_hash(entry.subject, entry.request_ref) != entry.personal_sha256:
        return "personal"
    if payload is not None and payload_hash(payload) != entry.payload_sha256:
        return "payload"
    return None
