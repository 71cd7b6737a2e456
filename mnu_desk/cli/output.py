"""Printing results: JSON with stable shapes (--json), or text for a person."""

from __future__ import annotations

import json
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
