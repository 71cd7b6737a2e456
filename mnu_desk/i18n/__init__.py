"""The words a person reads, one catalogue per language: `resources/i18n/<lang>/` holds the services' and the
command line's messages (`messages.json`, keyed by the English template the code raises; English needs none),
the stored codes in words (`codes.json`, mnu_desk/i18n/codes.py), the letters (`letters.json`,
mnu_desk/i18n/letters.py) and the register extract's document and cover letter (`extract.json`). Both languages
hold the same keys (tests/test_messages.py), so nothing reaches a reader half in another language. Window
texts go through Qt's tr() and the .ts files instead (docs/design.md section 8).

Services raise DeskError with an English template and its values; the command line and the GUI pass it
through `message()` with the chosen language."""

from __future__ import annotations

import json
import os
from functools import cache

from ..domain.errors import Coded, DeskError
from ..paths import asset

LANGUAGES = ("sv", "en")
_current = os.environ.get("MNU_DESK_LANG", "sv") if os.environ.get("MNU_DESK_LANG") in LANGUAGES else "sv"


@cache
def catalogue(lang: str, part: str) -> dict:
    """One part of a language's catalogue (`messages`, `codes`, `letters`, `extract`) as stored."""
    if lang not in LANGUAGES:
        raise ValueError(f"no catalogue for language {lang!r}")
    path = asset("resources", "i18n", lang, f"{part}.json")
    if part == "messages" and not path.exists():
        return {}  # the templates are the English
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def set_language(lang: str) -> None:
    global _current
    if lang not in LANGUAGES:
        raise ValueError(lang)
    _current = lang


def language() -> str:
    return _current


def text(template: str, lang: str | None = None, **values: object) -> str:
    """A template in the given (or current) language, filled with values; values that are themselves known
    phrases are translated too."""
    lang = lang or _current
    values = {k: _coded(v, lang) if isinstance(v, Coded) else v for k, v in values.items()}
    phrases = catalogue(lang, "messages")
    if phrases:
        template = phrases.get(template, template)
        values = {k: phrases.get(v, v) if isinstance(v, str) else v for k, v in values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def _coded(value: Coded, lang: str) -> str:
    from .codes import words_or_code  # the code tables are read on the first message that needs them

    return words_or_code(value.group, str(value), lang)


def message(error: DeskError, lang: str | None = None) -> str:
    return text(error.template, lang, **error.values)
