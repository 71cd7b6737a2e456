"""Amounts as a reader of a letter writes them (docs/design.md section 4, "The extract as a document"): Swedish
`1 234,50 kr` with a no-break space between the thousands, English `SEK 1,234.50`."""

from __future__ import annotations

from decimal import Decimal

NBSP = "\u00a0"


def kronor(amount: Decimal | int | str, lang: str) -> str:
    value = Decimal(str(amount)).quantize(Decimal("0.01"))
    english = f"{value:,.2f}"
    if lang == "en":
        return f"SEK{NBSP}{english}"
    return english.replace(",", NBSP).replace(".", ",") + f"{NBSP}kr"
