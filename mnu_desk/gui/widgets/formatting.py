"""How values read on screen: money as "1 234,50 kr", times in Europe/Stockholm, phones in national form, and
the stored codes (kinds, statuses, event types, log actions, purposes...) as words in the window's language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication

from ... import i18n
from ...domain.clock import to_stockholm
from ...i18n import codes

NBSP = "\u00a0"  # keeps "1 234,50 kr" on one line in a narrow column
DASH = "–"      # an empty value: visibly empty, not a blank cell that looks unloaded

_CURRENCY_SUFFIX = {"SEK": "kr"}


def money(amount: Decimal | int | None, currency: str | None = "SEK") -> str:
    """Swedish notation whatever the window language: space between thousands, comma before öre."""
    if amount is None:
        return DASH
    value = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "−" if value < 0 else ""
    whole, _, cents = f"{abs(value):.2f}".partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    suffix = _CURRENCY_SUFFIX.get(currency or "SEK", currency or "")
    return f"{sign}{NBSP.join(groups)},{cents}{NBSP}{suffix}"


def when(moment: datetime | None) -> str:
    """A stored UTC time as the agent's clock shows it (Europe/Stockholm)."""
    if moment is None:
        return DASH
    return to_stockholm(moment).strftime("%Y-%m-%d %H:%M")


def when_seconds(moment: datetime | None) -> str:
    if moment is None:
        return DASH
    return to_stockholm(moment).strftime("%Y-%m-%d %H:%M:%S")


def day(value: date | datetime | None) -> str:
    if value is None:
        return DASH
    if isinstance(value, datetime):
        return to_stockholm(value).date().isoformat()
    return value.isoformat()


def phone(e164: str | None) -> str:
    from ...domain.contact import phone_national  # phonenumbers: not loaded until a number is shown

    return phone_national(e164) or DASH


def text(value: object) -> str:
    if value is None or value == "":
        return DASH
    return str(value)


def yes_no(value: bool | None) -> str:
    if value is None:
        return DASH
    return (QCoreApplication.translate("Format", "yes") if value
            else QCoreApplication.translate("Format", "no"))


def person_name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part) or DASH


def word(group: str, code: str | None) -> str:
    """The words for a stored code in the window's language, from the same code tables as the extract and
    the letters (resources/i18n/<lang>/codes.json). A code the tables do not know (a new value from the shop) shows as
    stored rather than not at all."""
    return codes.words_or_code(group, code, i18n.language(), empty=DASH)


def outcome(value: str | None) -> str:
    """A closed request's outcome: the desk's own outcomes are codes ("extract issued (on time)", "refused:
    REASON") and read in words; what an agent typed as the outcome shows as typed."""
    if not value:
        return DASH
    code, colon, rest = value.partition(": ")
    if colon and code == "refused":
        return f"{word('request_outcome', code)}: {rest}"
    return word("request_outcome", value)


def mid_sentence(words: str) -> str:
    """A code's words inside a sentence: "Invändning mot marknadsföring per e-post", not "mot Marknadsföring";
    an abbreviation ("IP-adresser") keeps its capitals."""
    if len(words) > 1 and words[0].isupper() and not words[1].isupper():
        return words[0].lower() + words[1:]
    return words
