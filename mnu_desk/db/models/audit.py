"""The tamper-evident audit log (docs/design.md section 6). An entry holds metadata and the SHA-256 of its payload
and of its personal part (subject and request); the payload (old and new values, personal data) sits apart so
that erasure can clear it, and the personal part can be cleared in place, without breaking the chain. The head row is locked while appending, so two desks never fork the chain."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import TABLE_OPTIONS, Base
from ..types import BigId, LongText, UTCDateTime


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_subject", "subject"), TABLE_OPTIONS)

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    agent: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str | None] = mapped_column(String(80))  # e.g. "person:100042", "request:R-2026-0001"
    request_ref: Mapped[str | None] = mapped_column(String(20))
    purpose: Mapped[str | None] = mapped_column(String(200))
    payload_sha256: Mapped[str] = mapped_column(String(64))
    # the SHA-256 of the personal part (subject, request_ref): the chain covers this hash, not the part, so
    # retention can clear the part after its period and the chain still verifies (docs/design.md section 6)
    personal_sha256: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


class AuditPayload(Base):
    __tablename__ = "audit_payloads"

    seq: Mapped[int] = mapped_column(ForeignKey("audit_entries.seq"), primary_key=True, autoincrement=False)
    person_id: Mapped[int | None] = mapped_column(BigId, index=True)
    payload: Mapped[str] = mapped_column(LongText)  # canonical JSON


class AuditHead(Base):
    """One row: the last sequence number and hash. Appending locks it (SELECT ... FOR UPDATE)."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(BigInteger)
    hash: Mapped[str] = mapped_column(String(64))
