"""Objections to marketing (policy 9.4, GDPR art. 21(2)-(3)): the scopes, what each covers, and the hashes
the suppression list carries so that ad partners can match without the desk sending plain addresses."""

from __future__ import annotations

import hashlib
from datetime import date

from .contact import normalise_email
from .errors import ValidationFailed
from .requests import Channel

SCOPES = ("email", "partner_ads", "personalised", "all")
CHANNELS = tuple(c.value for c in Channel)  # an objection comes the ways a request does

# "all direct marketing" covers every narrower scope
EMAIL_BLOCKING = ("email", "all")
PARTNER_BLOCKING = ("partner_ads", "all")
PERSONALISED_BLOCKING = ("personalised", "all")


def check_scope(scope: str) -> str:
    if scope not in SCOPES:
        raise ValidationFailed("Unknown objection scope '{scope}'.", scope=scope)
    return scope


def check_channel(channel: str) -> str:
    if channel not in CHANNELS:
        raise ValidationFailed("Unknown channel '{channel}'.", channel=channel)
    return channel


def check_received(received: date, today: date) -> date:
    if received > today:
        raise ValidationFailed("The date received ({date}) is in the future.", date=received.isoformat())
    return received


def _sha256(text: str | None) -> str | None:
    return hashlib.sha256(text.encode("utf-8")).hexdigest() if text else None


def email_sha256(email: str | None) -> str | None:
    """SHA-256 of the trimmed, lower-case address."""
    return _sha256(normalise_email(email))


def phone_hashes(e164: str | None) -> tuple[str | None, str | None]:
    """SHA-256 of "+46..." and of "46..." (the digits form Meta matches)."""
    if not e164:
        return None, None
    e164 = e164.strip()
    if not e164.startswith("+"):
        e164 = "+" + e164
    return _sha256(e164), _sha256(e164[1:])
