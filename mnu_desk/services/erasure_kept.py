"""What an erasure leaves, for its preview (docs/design.md "Erasure"): the tombstone row, the person's requests
with their letters and the issuance register, the audit entries about the person and the line the erasure
writes to the erasure ledger, each with the reason it stays and the date it may go. An ID copy still held is
listed as erased: the erasure deletes it (docs/design.md "Signed letter and identity")."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ..db.models import AuditEntry, AuditPayload, IssuedExtract, Person, Request, RequestAttachment
from ..domain.clock import iso_z, to_stockholm
from ..domain.retention import PERIODS, months_after
from ..i18n.codes import words
from .id_copies import ID_COPY

# why each row stays, in the words of the code table (the Swedish beside it); the JSON's "reason" is the English
REASONS = {code: words("erasure_reason", code, "en")
           for code in ("tombstone", "desk_record", "audit_entry", "ledger", "id_copy")}


def _row(category: str, table: str, row_id, when, action: str, code: str, until: date | None = None) -> dict:
    when_text = iso_z(when) if isinstance(when, datetime) else when.isoformat() if when else None
    return {"category": category, "table": table, "id": str(row_id), "date": when_text, "action": action,
            "reason_code": code, "reason": REASONS[code], "erasable_from": until.isoformat() if until else None}


def _after_desk_period(moment: datetime | None) -> date | None:
    return months_after(to_stockholm(moment).date(), PERIODS["desk_records"].months) if moment else None


def kept_rows(session: Session, person: Person, request: Request, today: date) -> list[dict]:
    """The rows the erasure keeps (and the ID copies it deletes) besides the person's own data."""
    rows = [_row("tombstone", "people", person.customer_no, person.created_at, "keep", "tombstone")]
    requests = session.scalars(select(Request).where(Request.person_id == person.id).order_by(Request.id)).all()
    for kept in requests:
        until = _after_desk_period(kept.closed_at)  # None while open: the period runs from the day it closes
        rows.append(_row("requests", "requests", kept.ref, kept.received_on, "keep", "desk_record", until))
        for attachment in session.scalars(select(RequestAttachment).where(
                RequestAttachment.request_id == kept.id).order_by(RequestAttachment.id)):
            if attachment.kind == ID_COPY:
                if attachment.deleted_at is None:
                    rows.append(_row("id_copies", "request_attachments", attachment.id, attachment.added_at,
                                     "erase", "id_copy"))
                continue
            rows.append(_row("request_letters", "request_attachments", attachment.id, attachment.added_at,
                             "keep", "desk_record", until))
        for issued in session.scalars(select(IssuedExtract).where(IssuedExtract.request_id == kept.id)):
            rows.append(_row("issued_extracts", "issued_extracts", issued.verification_code, issued.issued_at,
                             "keep", "desk_record", until))
    about = or_(AuditEntry.subject == f"person:{person.customer_no}",
                AuditEntry.seq.in_(select(AuditPayload.seq).where(AuditPayload.person_id == person.id)))
    for seq, at in session.execute(select(AuditEntry.seq, AuditEntry.at).where(about).order_by(AuditEntry.seq)):
        rows.append(_row("audit_entries", "audit_entries", seq, at, "keep", "audit_entry",
                         _after_desk_period(at)))
    rows.append(_row("erasure_ledger", "erasure ledger", request.ref, today, "keep", "ledger"))
    return rows
