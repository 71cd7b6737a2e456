"""Normal forms of e-mail addresses, Swedish phone numbers and postcodes: one stored form, any common
notation accepted."""

from __future__ import annotations

import re

import phonenumbers

from .errors import ValidationFailed

_POSTCODE = re.compile(r"^\s*(\d{3})\s?(\d{2})\s*$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def normalise_email(text: str | None) -> str | None:
    """Trimmed and lower-case: the form exact look-up and the suppression hash use."""
    if text is None:
        return None
    text = text.strip().lower()
    return text or None


def is_email(text: str) -> bool:
    return bool(_EMAIL.match(text.strip())) and len(text.strip()) <= 254


def phone_e164(text: str | None, region: str = "SE") -> str | None:
    """E.164 (+46701234567) for any common notation (070-123 45 67, +46 70 ..., 0046 ...), or None when
    the text is no valid number."""
    if not text:
        return None
    cleaned = text.strip()
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    try:
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def phone_national(e164: str | None) -> str | None:
    """The form an agent reads: 070-123 45 67."""
    if not e164:
        return None
    try:
        number = phonenumbers.parse(e164, "SE")
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def postcode(text: str) -> str:
    """A Swedish postcode in its stored form "NNN NN"; "NNNNN" is accepted."""
    match = _POSTCODE.match(text or "")
    if not match:
        raise ValidationFailed("'{value}' is not a Swedish postcode (five digits, e.g. 123 45).", value=text)
    return f"{match.group(1)} {match.group(2)}"
