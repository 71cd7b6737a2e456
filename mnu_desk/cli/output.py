"""Printing results: JSON with stable shapes (--json), or text for a person."""

from __future__ import annotations

import contextlib
import json
import re
import sys
from datetime import date, datetime
from decimal import Decimal

from ..domain.clock import iso_z


def _default(value):
    if isinstance(value, datetime):
        return iso_z(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return None
    raise TypeError(type(value).__name__)


def to_json(value) -> str:
    return json.dumps(value, default=_default, ensure_ascii=False, indent=2)


def emit_json(value) -> None:
    sys.stdout.write(to_json(value) + "\n")


def plain(value) -> str:
    """A value as a person reads it in a terminal."""
    if value is None:
        return "-"
    if isinstance(value, datetime):
        return iso_z(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def table(rows: list[dict], columns: list[str]) -> str:
    cells = [[plain(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


# Characters a terminal acts on instead of showing (ESC starts a sequence that can set the window title or
# remap keys, CR overwrites the line, C1 controls, the direction overrides), and lone surrogates (a file name
# that is not UTF-8): every line the command line prints shows them as \uXXXX escapes instead. The same form
# is a valid escape inside a JSON string, so --json output stays parseable and faithful.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def terminal_safe(text: str) -> str:
    return _UNSAFE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


class _SafeStream:
    """A text stream that passes everything through terminal_safe(); `raw` is the stream beneath, for the
    progress line that moves its own cursor."""

    def __init__(self, raw) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        return self.raw.write(terminal_safe(text))

    def writelines(self, lines) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name):
        return getattr(self.raw, name)


@contextlib.contextmanager
def safe_terminal():
    """stdout and stderr show stored values, never run them, while a command runs."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _SafeStream(saved[0]), _SafeStream(saved[1])
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def progress(text: str) -> None:
    """A progress line on stderr that returns to its start (CR) to be overwritten by the next one."""
    stream = getattr(sys.stderr, "raw", sys.stderr)
    stream.write("\r" + terminal_safe(text))
    stream.flush()
