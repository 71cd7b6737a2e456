"""The words of the letters the desk sends, one file per language in `resources/letters/<lang>.json`
(docs/design.md section 4, "Letters the desk sends"): per kind a subject and its paragraphs with {placeholders},
and the parts every letter shares. Both files hold the same keys (tests/test_letters.py), so no letter goes
out half in another language."""

from __future__ import annotations

import json
from functools import cache

from .codes import with_periods
from .paths import asset

LANGUAGES = ("sv", "en")
KINDS = ("extension", "refusal", "fee", "identity", "no-data", "outcome", "restriction-lift")


@cache
def texts(lang: str) -> dict:
    if lang not in LANGUAGES:
        raise ValueError(f"no letter texts for language {lang!r}")
    with asset("resources", "letters", f"{lang}.json").open(encoding="utf-8") as handle:
        return with_periods(json.load(handle), lang)  # {desk_records}: the period in words


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
