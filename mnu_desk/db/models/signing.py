"""The company's signing key for register extracts (docs/design.md section 6): a PKCS#12 kept in the database,
encrypted by its passphrase, so every desk signs with the same key. The passphrase is never stored here."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import BigId, LongBlob, UTCDateTime


class SigningKey(Base):
    __tablename__ = "signing_keys"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    # passphrase-protected PKCS#12 (key + certificate); loaded only to sign: on a server only admins may read it
    p12: Mapped[bytes] = mapped_column(LongBlob, deferred=True)
    subject: Mapped[str] = mapped_column(String(300))
    not_before: Mapped[datetime] = mapped_column(UTCDateTime)
    not_after: Mapped[datetime] = mapped_column(UTCDateTime)
    fingerprint_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(default=False)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
