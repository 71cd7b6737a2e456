"""Cells of the CSV files the desk writes (docs/design.md "CSV files"). A spreadsheet runs a cell that starts
with =, +, -, @ (and, in some, a tab or a carriage return) as a formula: `=cmd|' /C calc'!A0` in a name would
start a program on the machine of whoever opens the marketing list (OWASP "CSV injection"). Such a cell gets a
leading apostrophe, which the spreadsheet shows as text; the database keeps the value as it was."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def cell(value) -> str:
    """The text of one cell: None as empty, a formula-like text neutralised."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_text(header: Iterable[str], rows: Iterable[Iterable]) -> str:
    """A whole CSV file as text, every cell through `cell()`."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([cell(value) for value in row] for row in rows)
    return out.getvalue()


class SafeWriter:
    """csv.writer for a file written row by row (a report beside an import), every cell through `cell()`."""

    def __init__(self, handle) -> None:
        self._writer = csv.writer(handle)

    def writerow(self, row: Iterable) -> None:
        self._writer.writerow([cell(value) for value in row])
