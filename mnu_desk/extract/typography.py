"""How the extract writes amounts, dates, times and legal references (docs/design.md "The extract as a
document"): Swedish amounts as `1 234,50 kr`, English as `SEK 1,234.50`; dates ISO (`2026-12-02`); times in
Stockholm time; `7 kap. 2 §` and `art. 6.1 b` never split over two lines.

The spaces that must not break are U+00A0: the embedded font (Bitstream Vera) has no narrow no-break space
(U+202F), and a glyph the font lacks would print as a box."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from ..domain.clock import to_stockholm

NBSP = "\u00a0"

# legal references whose parts belong together on one line
_TOGETHER = [
    re.compile(r"\b(\d+) (kap\.) (\d+) (§)"),                 # 7 kap. 2 §
    re.compile(r"\b(ch\.) (\d+) (s\.) (\d+)"),                # ch. 7 s. 2
    re.compile(r"\b(art\.|artikel|article|policy) (\d[\d.()a-z]*)"),  # art. 6.1, policy 5.3
    re.compile(r"\b(\d+) (kr)\b"),                            # 150 kr
    re.compile(r"\b(SEK) (\d)"),                              # SEK 150
    re.compile(r"\b(C-\d+/\d+)"),
]


def keep_together(text: str) -> str:
    """`text` with the spaces inside a legal reference or an amount made unbreakable."""
    for pattern in _TOGETHER:
        text = pattern.sub(lambda m: m.group(0).replace(" ", NBSP), text)
    return text


def amount(value: Decimal, lang: str) -> str:
    """An amount in kronor: `1 234,50 kr` (Swedish, no-break spaces) or `SEK 1,234.50` (English)."""
    grouped = f"{Decimal(value):,.2f}"  # 1,234.50
    if lang == "sv":
        whole, cents = grouped.split(".")
        return f"{whole.replace(',', NBSP)},{cents}{NBSP}kr"
    return f"SEK{NBSP}{grouped}"


def number(value: Decimal | int, lang: str) -> str:
    """A plain number (a VAT rate, a quantity): a decimal comma in Swedish, no trailing zeros."""
    text = format(Decimal(value).normalize(), "f")
    return text.replace(".", ",") if lang == "sv" else text


def day(value: date) -> str:
    return value.isoformat()


def moment(value: datetime) -> str:
    """A point in time as the person lived it: Stockholm time, to the minute, date and time on one line."""
    local = to_stockholm(value)
    if local.year < 1000:  # strftime writes such a year without leading zeros
        return local.strftime(f"%Y-%m-%d{NBSP}%H:%M")
    # `2026-12-02 14:05`, the date and time joined by a no-break space: isoformat writes it in half the time
    # strftime takes, and a heavy record has 20 000 of them
    return local.isoformat(NBSP, "minutes")[:16]


def moment_with_seconds(value: datetime) -> str:
    return to_stockholm(value).strftime("%Y-%m-%d %H:%M:%S")
