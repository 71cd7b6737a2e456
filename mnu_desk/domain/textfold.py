"""Normalised search text: case-folded, with å/ä/ö/é and other marks folded away, so "ostberg" finds
"Östberg" (docs/design.md section 5). Exact spellings are ranked above folded ones by the search itself."""

from __future__ import annotations

import unicodedata

# Letters that do not decompose under NFKD but that people type without their mark.
_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "þ": "th"})


def _slow_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# Latin letters with marks folded by one table look-up: search folds every candidate it ranks, and the
# decomposition above costs microseconds a character.
_LATIN = str.maketrans({chr(code): _slow_fold(chr(code)) for code in range(0xC0, 0x250)
                        if _slow_fold(chr(code)) != chr(code)})


def fold(text: str) -> str:
    """Lower-case, strip diacritics, collapse white space."""
    quick = text.translate(_LATIN).lower()
    if not quick.isascii():
        quick = _slow_fold(quick)
    return " ".join(quick.split())


def search_text(*parts: str | None) -> str:
    """The folded text a person is found by: the words of every part, joined by single spaces."""
    return fold(" ".join(p for p in parts if p))


def person_search_text(first_name: str | None, last_name: str | None, email: str | None,
                       street: str | None, postal_code: str | None, city: str | None) -> str:
    """What a person is found by in free text. The postcode is there with and without its space, so that
    "11122" and "111 22" both find it."""
    compact = postal_code.replace(" ", "") if postal_code else None
    return search_text(first_name, last_name, email, street, postal_code, compact, city)


_NAMELESS = "\uffff"  # people known by no name (visitors, a bare e-mail) sort after everyone named


def rank_key(first_name: str | None, last_name: str | None, customer_no: str) -> str:
    """The order a desk lists people in: surname, first name, customer number, folded so that "Östberg" sorts
    with "Ostberg". Compared as code points (C collation on a server); the unit separator keeps "Ek, Li"
    before "Ekberg"."""
    last, first = fold(last_name or ""), fold(first_name or "")
    head = f"{last}\x1f{first}" if last or first else _NAMELESS
    return f"{head}\x1f{customer_no.rjust(20, '0')}"[:250]
