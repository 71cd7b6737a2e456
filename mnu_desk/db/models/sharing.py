"""Support contacts (serviceärenden, policy 1.1, 2.2), recipients and the disclosure log (policy 7.1-7.4)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import Base
from ..types import BigId, UTCDateTime


class SupportContact(Base):
    __tablename__ = "support_contacts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    shop_contact_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # the shop's own id
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(16))  # email, phone, chat, letter
    subject: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str | None] = mapped_column(Text)


class Recipient(Base):
    """A third party the shop discloses data to. Outside the EU/EEA a transfer needs a safeguard (7.4)."""

    __tablename__ = "recipients"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(40))  # payment, credit, ad_partner, authority, shop_system
    country: Mapped[str] = mapped_column(String(2))
    outside_eea: Mapped[bool] = mapped_column(default=False)
    safeguard: Mapped[str | None] = mapped_column(String(200))
    contact: Mapped[str | None] = mapped_column(String(200))


class Disclosure(Base):
    __tablename__ = "disclosures"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    shop_disclosure_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # the shop's own id
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    recipient_id: Mapped[int] = mapped_column(ForeignKey("recipients.id"), index=True)
    disclosed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    categories: Mapped[str] = mapped_column(String(300))  # comma-separated category codes
    purpose: Mapped[str] = mapped_column(String(300))
    legal_basis: Mapped[str] = mapped_column(String(40))  # contract, legitimate_interest, legal_obligation

    recipient: Mapped[Recipient] = relationship()
