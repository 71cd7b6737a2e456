"""Reading a shop file as a stream of rows: CSV (UTF-8 with or without BOM, `,` or `;` separated) or JSON
Lines. Before a row is applied the whole file is read once for its structure (encoding, line lengths,
quoting, the header), so that a broken file is refused whole, naming the line, before anything is written;
that pass also counts the rows for the progress bar. Memory stays at one line: nothing lists the file."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from ..domain.errors import ValidationFailed
from .categories import Category
from .values import Rejected

# No row of any format comes near this; a longer line means the file is something else (or one open quote
# swallowing the rest), and reading on would hold it all in memory.
MAX_LINE = 1 << 20
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_EMPTY_LINES = frozenset(("\n", "\r\n", "\r"))  # what the csv module reads as no row at all


@dataclass
class Source:
    path: Path
    format: str  # csv or jsonl
    columns: tuple[str, ...]  # the CSV header, or the fields of the first JSON line
    delimiter: str = ","
    rows: int = 0
    size: int = 0


def open_source(path: Path, category: Category) -> Source:
    """The file checked for its structure, or ValidationFailed naming the first bad line."""
    path = Path(path)
    if not path.is_file():
        raise ValidationFailed("There is no file {path}.", path=str(path))
    size = path.stat().st_size
    first = _first_line(path)
    if first is None:
        raise ValidationFailed("The file {path} is empty.", path=str(path))
    if path.suffix.lower() in JSONL_SUFFIXES or (path.suffix.lower() != ".csv" and first.lstrip().startswith("{")):
        source = Source(path, "jsonl", _json_columns(first), size=size)
    else:
        delimiter = ";" if first.count(";") > first.count(",") else ","
        header = next(csv.reader([first], delimiter=delimiter))
        source = Source(path, "csv", tuple(h.strip().lower() for h in header), delimiter, size=size)
    _check_columns(source, category)
    source.rows = _count_rows(source)
    return source


def rows(source: Source) -> Iterator[tuple[int, dict | list | Rejected]]:
    """(line number, row) per row, or (line, Rejected) for a row that cannot be read. A CSV row is the list of
    its cells in the order of `source.columns`; a JSON line is a dict {field: text or None}."""
    if source.format == "csv":
        yield from _csv_rows(source)
    else:
        yield from _json_rows(source)


def _lines(path: Path) -> Iterator[str]:
    """Decoded lines, line ends kept (the csv module needs them inside quoted fields)."""
    number = 0
    with open(path, "rb") as raw:
        stream = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
        try:
            while True:
                line = stream.readline(MAX_LINE)
                if not line:
                    return
                number += 1
                if len(line) >= MAX_LINE and not line.endswith(("\n", "\r")):
                    raise ValidationFailed("Line {line} is longer than {limit} characters: this is not a file of "
                                           "the import format (or a quote is left open).", line=number,
                                           limit=MAX_LINE)
                yield line
        except UnicodeDecodeError:
            pass
    # the decoder reads ahead by blocks: find the exact line of the bad bytes
    raise ValidationFailed("Line {line} is not UTF-8 text: save the file as UTF-8 (with or without BOM) and "
                           "import it again. Nothing was imported.", line=_undecodable_line(path))


def _undecodable_line(path: Path) -> int:
    with open(path, "rb") as raw:
        for number, line in enumerate(iter(lambda: raw.readline(MAX_LINE), b""), start=1):
            try:
                line.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                return number
    return 1


def _first_line(path: Path) -> str | None:
    for line in _lines(path):
        if line.strip():
            return line
        return None
    return None


def _json_columns(first: str) -> tuple[str, ...]:
    try:
        value = json.loads(first)
    except (ValueError, RecursionError):  # RecursionError: arrays nested thousands deep
        raise ValidationFailed("Line 1 is not a JSON object: a JSON Lines file has one object per line.") \
            from None
    if not isinstance(value, dict):
        raise ValidationFailed("Line 1 is not a JSON object: a JSON Lines file has one object per line.")
    return tuple(value)


def _check_columns(source: Source, category: Category) -> None:
    known = category.field_names
    duplicates = sorted({c for c in source.columns if source.columns.count(c) > 1})
    unknown = [c for c in source.columns if c not in known]
    missing = [c for c in category.required_names if c not in source.columns]
    values = {"category": category.name, "columns": ", ".join(known)}
    if duplicates:
        raise ValidationFailed("Line 1 does not match the format of {category}: the column '{column}' appears "
                               "twice. The columns are: {columns}.", column=duplicates[0], **values)
    if unknown:
        raise ValidationFailed("Line 1 does not match the format of {category}: there is no column '{column}' in "
                               "it. The columns are: {columns}.", column=unknown[0], **values)
    if missing:
        raise ValidationFailed("Line 1 does not match the format of {category}: the column '{column}' is "
                               "missing. The columns are: {columns}.", column=missing[0], **values)


def _count_rows(source: Source) -> int:
    count = 0
    if source.format == "jsonl":
        for line in _lines(source.path):
            count += bool(line.strip())
        return count
    # Without a quote character anywhere no field can span lines nor be left open: counting the lines is
    # the whole check, at the speed of decoding. Only a file with quotes is parsed as CSV here.
    for line in _lines(source.path):
        if '"' in line:
            break
        count += line not in _EMPTY_LINES
    else:
        return count - 1  # the header
    count = 0
    reader = csv.reader(_lines(source.path), delimiter=source.delimiter, strict=True)
    start = 1
    try:
        for row in reader:
            count += bool(row)
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ValidationFailed("The CSV row starting on line {line} is broken ({detail}): is a quote left open? "
                               "Nothing was imported.", line=start, detail=str(exc)) from None
    return count - 1  # the header


def _csv_rows(source: Source) -> Iterator[tuple[int, list | Rejected]]:
    reader = csv.reader(_lines(source.path), delimiter=source.delimiter, strict=True)
    width = len(source.columns)
    next(reader)
    start = reader.line_num + 1
    for row in reader:
        if row:
            if len(row) != width:
                yield start, Rejected("field_count", "The row has {found} fields, the header {expected}.",
                                      found=len(row), expected=width)
            else:
                yield start, row
        start = reader.line_num + 1


def _json_rows(source: Source) -> Iterator[tuple[int, dict | Rejected]]:
    for number, line in enumerate(_lines(source.path), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line, parse_float=Decimal)
        except ValueError as exc:
            yield number, Rejected("bad_json", "The line is not valid JSON ({detail}).", detail=exc.msg)
            continue
        except RecursionError:  # arrays or objects nested thousands deep: no row of the import format
            yield number, Rejected("bad_json", "The line is not valid JSON ({detail}).", detail="nested too deep")
            continue
        if not isinstance(value, dict):
            yield number, Rejected("bad_json", "The line is not a JSON object.")
            continue
        yield number, {k: _json_text(v) for k, v in value.items()}


def _json_text(value):
    """JSON values as the text the field parsers read (as a CSV cell would hold them)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    return Rejected("bad_value", "A field holds a list or an object, not a single value.")
