"""Messages from the services in the user's language. Services raise DeskError with an English template and
its values; the command line and the GUI pass it through `message()` with the chosen language. The Swedish
texts live in mnu_desk/messages_sv.py. (Window texts go through Qt's tr() and .ts files instead.)"""

from __future__ import annotations

import os

from .domain.errors import Coded, DeskError
from .messages_sv import SWEDISH

LANGUAGES = ("sv", "en")
_current = os.environ.get("MNU_DESK_LANG", "sv") if os.environ.get("MNU_DESK_LANG") in LANGUAGES else "sv"


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
    if lang == "sv":
        template = SWEDISH.get(template, template)
        values = {k: SWEDISH.get(v, v) if isinstance(v, str) else v for k, v in values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def _coded(value: Coded, lang: str) -> str:
    from .codes import words_or_code  # the code tables are read on the first message that needs them

    return words_or_code(value.group, str(value), lang)


def message(error: DeskError, lang: str | None = None) -> str:
    return text(error.template, lang, **error.values)
