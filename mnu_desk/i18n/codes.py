"""Stored codes in words: one table per language in `resources/i18n/<lang>/codes.json`, grouped by what the code
is (`event_type`, `request_status`, `legal_basis`...). A stored value is a code; the words a person reads are
chosen when it is shown, by the window, the extract, a letter or a command's message alike. Both tables hold
the same groups and codes (tests/test_codes.py), so no code reaches a reader untranslated."""

from __future__ import annotations

import re
from functools import cache

from ..domain.retention import PERIODS
from . import LANGUAGES as LANGUAGES  # the languages with a code table
from . import catalogue


class UnknownCode(LookupError):
    """A code without its words: a new value the tables do not know yet."""


def _stored(lang: str) -> dict[str, dict[str, str]]:
    return catalogue(lang, "codes")


@cache
def table(lang: str) -> dict[str, dict[str, str]]:
    """The code table with every retention period it names in words."""
    return with_periods(_stored(lang), lang)


_PERIOD = re.compile(r"\{(" + "|".join(PERIODS) + r")\}")


def period_words(name: str, lang: str) -> str:
    """A retention period of domain/retention.PERIODS in words: "36 månader", "three years", "ett år"."""
    period, words = PERIODS[name], _stored(lang)
    if period.count == 1:
        return words["period"][period.unit.removesuffix("s")]
    count = words["number_word"].get(str(period.count), str(period.count))
    return words["period"][period.unit].format(count=count)


def with_periods(value, lang: str):
    """A text (or every text of a table or list) with its {visitors}, {desk_records}... placeholders as the
    period's words; a text that starts with one starts with a capital."""
    if isinstance(value, dict):
        return {key: with_periods(item, lang) for key, item in value.items()}
    if isinstance(value, list):
        return [with_periods(item, lang) for item in value]
    if not isinstance(value, str) or "{" not in value:
        return value

    def words(match: re.Match) -> str:
        text = period_words(match.group(1), lang)
        return text[:1].upper() + text[1:] if match.start() == 0 else text

    return _PERIOD.sub(words, value)


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
