"""Stored codes in words: one table per language in `resources/codes/<lang>.json`, grouped by what the code
is (`event_type`, `request_status`, `legal_basis`...). A stored value is a code; the words a person reads are
chosen when it is shown, by the window, the extract, a letter or a command's message alike. Both tables hold
the same groups and codes (tests/test_codes.py), so no code reaches a reader untranslated."""

from __future__ import annotations

import json
from functools import cache

from .paths import asset

LANGUAGES = ("sv", "en")


class UnknownCode(LookupError):
    """A code without its words: a new value the tables do not know yet."""


@cache
def table(lang: str) -> dict[str, dict[str, str]]:
    if lang not in LANGUAGES:
        raise ValueError(f"no code table for language {lang!r}")
    with asset("resources", "codes", f"{lang}.json").open(encoding="utf-8") as handle:
        return json.load(handle)


def words(group: str, code: str, lang: str) -> str:
    """The words for `code` of `group` in `lang`; UnknownCode when the table has none."""
    try:
        return table(lang)[group][code]
    except KeyError:
        raise UnknownCode(f"{group}.{code} ({lang})") from None


def words_or_code(group: str, code: str | None, lang: str, empty: str = "–") -> str:
    """For a screen that must show something for a value the shop added later: the words when known, else
    the code as stored (never nothing)."""
    if code is None or code == "":
        return empty
    try:
        return words(group, code, lang)
    except UnknownCode:
        return str(code)


def group(name: str, lang: str) -> dict[str, str]:
    return dict(table(lang).get(name, {}))
