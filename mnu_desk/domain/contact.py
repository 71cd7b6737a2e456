"""Normal forms of e-mail addresses, Swedish phone numbers and postcodes: one stored form, any common
notation accepted."""

from __future__ import annotations

import re
import unicodedata

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from .errors import ValidationFailed

_PHONE_CHARACTERS = re.compile(r"\+?[0-9 ()./-]{1,30}")
_POSTCODE = re.compile(r"^\s*(\d{3})\s?(\d{2})\s*$")
# The common case, checked in a microsecond instead of email-validator's 70: an address of dot-separated atoms
# (ASCII, and in the local part the Latin-1 letters of Swedish and its neighbours: åsa.öberg@…) at a domain of
# LDH labels ending in letters. Everything it accepts, email-validator accepts too (tests/test_contact_checks.py
# checks each of those letters); the rest (other scripts, quotes, odd domains) goes through email-validator.
_ATOM = r"[A-Za-z0-9À-ÖØ-öø-ÿ!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN_EMAIL = re.compile(rf"{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+[A-Za-z]{{2,63}}")
_SPECIAL_DOMAINS = ("arpa", "invalid", "local", "localhost", "onion", "test")
# scripts that one language writes together count as one (Japanese mixes kanji and both kanas)
_SCRIPT_GROUPS = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}


def normalise_email(text: str | None) -> str | None:
    """Trimmed and lower-case: the form exact look-up and the suppression hash use."""
    if text is None:
        return None
    text = text.strip().lower()
    return text or None


def email_problem(text: str) -> str | None:
    """'bad_email' or 'mixed_scripts' when `text` is no e-mail address the desk can write to, else None. Checked offline by email-validator
    (syntax, length, the domain's form; no DNS look-up: the desk talks only to its database). A local part or
    a domain label that mixes scripts is refused: 'аnna' with a Cyrillic 'а' looks like anna@… and is not."""
    text = text.strip()
    if len(text) <= 254 and _PLAIN_EMAIL.fullmatch(text) and \
            text.rsplit(".", 1)[1].lower() not in _SPECIAL_DOMAINS:
        return None
    try:
        validate_email(text, check_deliverability=False)
    except EmailNotValidError:
        return "bad_email"
    local, _, domain = text.rpartition("@")
    if any(len(_scripts(part)) > 1 for part in [local, *domain.split(".")]):
        return "mixed_scripts"
    return None


def _scripts(text: str) -> set[str]:
    """The scripts of the letters in `text`, by the first word of their Unicode names (LATIN, CYRILLIC…)."""
    found = set()
    for ch in text:
        if ch.isalpha():
            script = unicodedata.name(ch, "UNKNOWN").split()[0]
            found.add(_SCRIPT_GROUPS.get(script, script))
    return found


def is_email(text: str) -> bool:
    return email_problem(text) is None


def check_email(text: str) -> str:
    """The address as stored (trimmed), or ValidationFailed with the reason."""
    problem = email_problem(text)
    if problem == "mixed_scripts":
        raise ValidationFailed(MIXED_SCRIPTS, value=text.strip())
    if problem:
        raise ValidationFailed("'{value}' is not an e-mail address.", value=text.strip())
    return text.strip()


MIXED_SCRIPTS = ("'{value}' mixes letters of different alphabets (such as a Cyrillic 'а' among Latin letters); "
                 "type the address again.")


def phone_e164(text: str | None, region: str = "SE") -> str | None:
    """E.164 (+46701234567) for any common notation (070-123 45 67, +46 70 ..., 0046 ...), or None when
    the text is no valid number."""
    if not text:
        return None
    cleaned = text.strip()
    # digits and the separators people write; phonenumbers would read "ext 99…" or letters on a keypad
    # (1-800-FLOWERS) and drop them silently, storing a number nobody gave
    if not _PHONE_CHARACTERS.fullmatch(cleaned):
        return None
    if cleaned.startswith("00"):
        cleaned = "+" + cleaned[2:]
    try:
        number = phonenumbers.parse(cleaned, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number) or number.extension:
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
