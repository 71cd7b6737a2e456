"""Normalised search text: case-folded, with å/ä/ö/é and other marks folded away, so "ostberg" finds
"Östberg" (DESIGN.md section 5). Exact spellings are ranked above folded ones by the search itself."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Letters that do not decompose under NFKD but that people type without their mark.
_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "þ": "th"})


def fold(text: str) -> str:
    """Lower-case, strip diacritics, collapse white space."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def search_text(*parts: str | None) -> str:
    """The folded text a person is found by: the words of every part, joined by single spaces."""
    return fold(" ".join(p for p in parts if p))


def person_search_text(first_name: str | None, last_name: str | None, email: str | None,
                       street: str | None, postal_code: str | None, city: str | None) -> str:
    """What a person is found by in free text. The postcode is there with and without its space, so that
    "11122" and "111 22" both find it."""
    compact = postal_code.replace(" ", "") if postal_code else None
    return search_text(first_name, last_name, email, street, postal_code, compact, city)
