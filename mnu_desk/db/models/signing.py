"""The company's signing key for register extracts (docs/design.md "Signing key"): on a PKCS#11 token, the row
naming the token and holding no key material; or, for a trial, a PKCS#12 kept in the database, encrypted by its
passphrase. The passphrase and the token's PIN are never stored here."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, true
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import BigId, LongBlob, UTCDateTime


class SigningKey(Base):
    __tablename__ = "signing_keys"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    # passphrase-protected PKCS#12 (key + certificate); loaded only to sign: on a server only admins may read it
    p12: Mapped[bytes | None] = mapped_column(LongBlob, deferred=True)
    subject: Mapped[str] = mapped_column(String(300))
    not_before: Mapped[datetime] = mapped_column(UTCDateTime)
    not_after: Mapped[datetime] = mapped_column(UTCDateTime)
    fingerprint_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    active: Mapped[bool] = mapped_column(default=False)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)
    added_by: Mapped[int | None] = mapped_column(ForeignKey("agents.id"))
    # a PKCS#12 key is a trial key (Settings and About say so in red); a key on a token is not
    trial: Mapped[bool] = mapped_column(default=True, server_default=true())
    token_label: Mapped[str | None] = mapped_column(String(32))
    key_label: Mapped[str | None] = mapped_column(String(32))
