"""The desk's own records: requests (cases) with attachments and follow-up tasks, objections, restrictions and
legal holds, the register of issued extracts, and the settings every desk shares."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import TABLE_OPTIONS, Base, Versioned
from ..types import BigId, LongBlob, LongText, Money, UTCDateTime


class Request(Versioned, Base):
    """A data subject's request (GDPR art. 15-21), from any channel. The requester's name and address as
    given are kept even when no customer matches: such a request still needs an answer."""

    __tablename__ = "requests"
    __table_args__ = (Index("ix_requests_status_due_on", "status", "due_on"), TABLE_OPTIONS)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    ref: Mapped[str] = mapped_column(String(20), unique=True)
    type: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(24), default="new")
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    requester_name: Mapped[str | None] = mapped_column(String(200))
    requester_address: Mapped[str | None] = mapped_column(String(500))
    received_on: Mapped[date] = mapped_column()
    signed: Mapped[bool] = mapped_column(default=False)
    identity_method: Mapped[str | None] = mapped_column(String(30))
    identity_note: Mapped[str | None] = mapped_column(String(300))
    identity_checked_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    identity_checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    identity_asked_on: Mapped[date | None] = mapped_column()
    identity_received_on: Mapped[date | None] = mapped_column()
    due_on: Mapped[date] = mapped_column()
    extended_due_on: Mapped[date | None] = mapped_column()
    extension_reason: Mapped[str | None] = mapped_column(Text)
    repeat_of_year: Mapped[bool] = mapped_column(default=False)
    fee: Mapped[Decimal | None] = mapped_column(Money)
    # a supervisor recorded the request as manifestly unfounded or excessive (art. 12(5)): a fee ground
    fee_excessive: Mapped[bool] = mapped_column(default=False, server_default=false())
    decision_reason: Mapped[str | None] = mapped_column(Text)
    assigned_to: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    outcome: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    attachments: Mapped[list[RequestAttachment]] = relationship(
        order_by="RequestAttachment.id", cascade="all, delete-orphan"
    )
    tasks: Mapped[list[Task]] = relationship(order_by="Task.id", cascade="all, delete-orphan")


class RequestAttachment(Base):
    """A scanned letter or proof of identity. An ID copy is deleted once the check is recorded."""

    __tablename__ = "request_attachments"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # letter, id_copy, other
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(50))
    size_bytes: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes | None] = mapped_column(LongBlob, deferred=True)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Task(Base):
    """A follow-up on a request, e.g. telling a recipient of a rectification or erasure (GDPR art. 19)."""

    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("recipients.id"))
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    impossible_reason: Mapped[str | None] = mapped_column(Text)


class Objection(Versioned, Base):
    """An objection to marketing (policy 9.4, GDPR art. 21(2)-(3)). Withdrawal is recorded, never deleted.
    The hashes stay after the person is erased, so that the suppression list keeps them out of ad lists."""

    __tablename__ = "objections"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    scope: Mapped[str] = mapped_column(String(20))  # email, partner_ads, personalised, all
    channel: Mapped[str] = mapped_column(String(10))
    received_on: Mapped[date] = mapped_column()
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    registered_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawn_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    email_sha256: Mapped[str | None] = mapped_column(String(64))
    phone_e164_sha256: Mapped[str | None] = mapped_column(String(64))
    phone_digits_sha256: Mapped[str | None] = mapped_column(String(64))


class Restriction(Versioned, Base):
    """A restriction of processing (GDPR art. 18) or a legal hold (policy 6.1): kind tells which."""

    __tablename__ = "restrictions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # restriction, legal_hold
    reason: Mapped[str] = mapped_column(Text)
    set_at: Mapped[datetime] = mapped_column(UTCDateTime)
    set_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    lifted_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    lift_reason: Mapped[str | None] = mapped_column(Text)
    person_told_on: Mapped[date | None] = mapped_column()


class IssuedExtract(Base):
    """The issuance register (accountability, policy 9.1): every register extract the desk signed."""

    __tablename__ = "issued_extracts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    agent_id: Mapped[int] = mapped_column(ForeignKey("agents.id"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    language: Mapped[str] = mapped_column(String(2))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    verification_code: Mapped[str] = mapped_column(String(20), unique=True)
    free: Mapped[bool] = mapped_column(default=True)
    fee: Mapped[Decimal | None] = mapped_column(Money)
    request_ref: Mapped[str | None] = mapped_column(String(20))  # a copy: the register reads without a join
    page_count: Mapped[int | None] = mapped_column()
    copy_sha256: Mapped[str | None] = mapped_column(String(64))  # the machine-readable copy, if one was made
    signing_key_id: Mapped[int | None] = mapped_column(ForeignKey("signing_keys.id"))


class SentLetter(Base):
    """A letter the desk sent about a request (docs/design.md section 4, "Letters the desk sends"): which kind,
    in which language, when and by whom. Rules that depend on a letter having gone out (work on a fee starts
    only after the fee letter) ask this register."""

    __tablename__ = "sent_letters"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # extension, refusal, fee, identity, no-data, outcome, ...
    language: Mapped[str] = mapped_column(String(2))
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_by: Mapped[int] = mapped_column(ForeignKey("agents.id"))


class Setting(Versioned, Base):
    """A setting of the shop, shared by every desk (company details, fiscal year, envelope window...)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(LongText)  # JSON
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SupplementaryStatement(Base):
    """Completion of incomplete data by a supplementary statement from the person (GDPR art. 16, policy
    9.2 "komplettera"): kept with the record and shown wherever the record is."""

    __tablename__ = "supplementary_statements"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id"))
    text: Mapped[str] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
