"""The words of the letters the desk sends, in each language's catalogue: `resources/i18n/<lang>/letters.json`
(docs/design.md section 4, "Letters the desk sends"): per kind a subject and its paragraphs with {placeholders},
and the parts every letter shares. Both files hold the same keys (tests/test_letters.py), so no letter goes
out half in another language."""

from __future__ import annotations

from functools import cache

from . import LANGUAGES, catalogue
from .codes import with_periods

KINDS = ("extension", "refusal", "fee", "identity", "no-data", "outcome", "restriction-lift")


@cache
def texts(lang: str) -> dict:
    if lang not in LANGUAGES:
        raise ValueError(f"no letter texts for language {lang!r}")
    return with_periods(catalogue(lang, "letters"), lang)  # {desk_records}: the period in words


def kind(lang: str, name: str) -> dict:
    """The subject, paragraphs and item texts of one kind of letter."""
    return texts(lang)[name]


def common(lang: str) -> dict:
    return texts(lang)["common"]


def request_named(lang: str, request_type: str) -> str:
    """The type of request as a letter names it ("din begäran om radering av dina personuppgifter")."""
    return texts(lang)["request_named"][request_type]


def greeting(lang: str, name: str | None) -> str:
    """The formal, neutral greeting every letter opens with: the full name and no title, or none known."""
    words = common(lang)
    return words["greeting"].format(name=name) if name else words["greeting_unnamed"]
