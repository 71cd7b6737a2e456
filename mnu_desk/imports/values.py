"""One checked Python value per field of an import row. Each parser takes the field's text (None or "" when
absent) and returns the stored form, or raises Rejected with a reason code and an English template that the
rejection report shows in the user's language."""

from __future__ import annotations

import ipaddress
import re
import socket
from datetime import UTC, datetime
from decimal import Decimal

from ..domain import text as free_text
from ..domain.clock import STOCKHOLM
from ..domain.contact import MIXED_SCRIPTS, email_problem, phone_e164, postcode
from ..domain.rectification import COUNTRIES


class Rejected(Exception):
    """A row (or one field of it) that is not imported; `code` is stable, `template` is shown."""

    def __init__(self, code: str, template: str, field: str | None = None, **values: object) -> None:
        super().__init__(template.format(**values))
        self.code, self.template, self.field, self.values = code, template, field, values


def _blank(text) -> bool:
    return text is None or (isinstance(text, str) and not text.strip())


def text(limit: int, *, required: bool = False):
    def parse(value):
        value = value.strip() if value.__class__ is str else "" if value is None else str(value).strip()
        if not value:
            if required:
                raise Rejected("missing", "The value is missing.")
            return None
        # the desk's one check for free text (mnu_desk/domain/text.py); fast while a value is printable
        found = free_text.problem(value)
        if found == "direction_controls":
            raise Rejected(found, "The value contains characters that change the direction of the text.")
        if found:
            raise Rejected(found, "The value contains control characters.")
        if len(value) > limit:
            raise Rejected("too_long", "The value is longer than {limit} characters.", limit=limit)
        return value
    return parse


def email(value):
    if _blank(value):
        return None
    value = str(value).strip()
    problem = email_problem(value)
    if problem == "mixed_scripts":
        raise Rejected(problem, MIXED_SCRIPTS, value=value)
    if problem:
        raise Rejected("bad_email", "'{value}' is not an e-mail address.", value=value)
    return value


# Swedish mobile numbers, most of a shop's customers, in their common notations: E.164 without asking the
# full numbering plan (phonenumbers takes some 70 µs a number, a minute for a million customers)
_SWEDISH_MOBILE = re.compile(r"(?:\+46|0046|0)(7[02369]\d{7})")
_SEPARATORS = str.maketrans("", "", " -")


def phone(value):
    if _blank(value):
        return None
    mobile = _SWEDISH_MOBILE.fullmatch(str(value).strip().translate(_SEPARATORS))
    if mobile:
        return "+46" + mobile.group(1)
    number = phone_e164(str(value))
    if number is None:
        raise Rejected("bad_phone", "'{value}' is not a valid phone number.", value=str(value).strip())
    return number


def country(value):
    if _blank(value):
        return "SE"
    code = str(value).strip().upper()
    if code not in COUNTRIES:
        raise Rejected("bad_country", "'{value}' is not an ISO 3166 country code such as SE.", value=value)
    return code


def postal_code(value, country_code: str):
    """Swedish postcodes in their stored form "NNN NN"; other countries' as given, at most 10 characters."""
    if _blank(value):
        raise Rejected("missing", "The value is missing.")
    if country_code == "SE":
        try:
            return postcode(str(value))
        except Exception:
            raise Rejected("bad_postcode", "'{value}' is not a Swedish postcode (five digits, e.g. 123 45).",
                           value=str(value).strip()) from None
    value = " ".join(str(value).split())
    if len(value) > 10:
        raise Rejected("bad_postcode", "'{value}' is not a postcode.", value=value)
    return value


def moment(now: datetime, *, required: bool = True):
    """ISO 8601 with Z or an offset; without one it is Stockholm time (what a Swedish shop's database
    writes). A time after the start of the import is refused: the shop cannot have recorded it yet."""
    def parse(value):
        if _blank(value):
            if required:
                raise Rejected("missing", "The value is missing.")
            return None
        raw = str(value).strip()
        try:
            parsed = datetime.fromisoformat(raw)  # Python 3.11 reads the "Z" too
        except ValueError:
            raise Rejected("bad_date", "'{value}' is not a date and time (ISO 8601, e.g. 2024-03-05T10:00:00Z).",
                           value=raw) from None
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=STOCKHOLM)
        parsed = parsed.astimezone(UTC)
        if parsed > now:
            raise Rejected("future_date", "{value} lies in the future.", value=raw)
        return parsed
    return parse


def flag(*, default: bool | None = None):
    def parse(value):
        if _blank(value):
            if default is None:
                raise Rejected("missing", "The value is missing.")
            return default
        if isinstance(value, bool):
            return value
        word = str(value).strip().lower()
        if word in ("true", "1", "yes", "ja", "t", "y"):
            return True
        if word in ("false", "0", "no", "nej", "f", "n"):
            return False
        raise Rejected("bad_flag", "'{value}' is not true or false.", value=str(value).strip())
    return parse


def integer(low: int, high: int, *, default: int | None = None):
    def parse(value):
        if _blank(value):
            if default is None:
                raise Rejected("missing", "The value is missing.")
            return default
        raw = str(value).strip()
        try:
            number = int(raw)
        except ValueError:
            raise Rejected("bad_number", "'{value}' is not a whole number.", value=raw) from None
        if not low <= number <= high:
            raise Rejected("bad_number", "{value} is outside {low}..{high}.", value=raw, low=low, high=high)
        return number
    return parse


_AMOUNT = re.compile(r"[-+]?\d{1,12}(?:\.\d{1,2})?")
_CENT = Decimal("0.01")


def money(value) -> Decimal:
    """Kronor with at most two decimals; a decimal comma (199,00) and spaces between thousands (1 299,00)
    are accepted, as a Swedish spreadsheet writes them."""
    if _blank(value):
        raise Rejected("missing", "The value is missing.")
    raw = str(value).strip()
    cleaned = raw.replace("\u00a0", "").replace(" ", "")
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".") if "." in cleaned else cleaned.replace(",", ".")
    if not _AMOUNT.fullmatch(cleaned):
        raise Rejected("bad_money", "'{value}' is not an amount in kronor (e.g. 199,00 or 199.00).", value=raw)
    return Decimal(cleaned).quantize(_CENT)


def ip_address(value) -> str:
    if _blank(value):
        raise Rejected("missing", "The value is missing.")
    raw = str(value).strip()
    try:
        # IPv4 through the C parser (ten million events); its text form is the one ipaddress writes
        return socket.inet_ntop(socket.AF_INET, socket.inet_pton(socket.AF_INET, raw))
    except OSError:
        pass
    try:
        return str(ipaddress.ip_address(raw))
    except ValueError:
        raise Rejected("bad_ip", "'{value}' is not an IP address.", value=raw) from None


def choice(options: tuple[str, ...], *, default: str | None = None):
    def parse(value):
        if _blank(value):
            if default is None:
                raise Rejected("missing", "The value is missing.")
            return default
        word = str(value).strip().lower()
        if word not in options:
            raise Rejected("bad_choice", "'{value}' is not one of {options}.", value=str(value).strip(),
                           options=", ".join(options))
        return word
    return parse

