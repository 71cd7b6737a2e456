"""Reading an issued extract back from its PDF, as a person would see it (docs/design.md "The extract as a
document"): the words' boxes (pdfplumber) and the tables' rules. Nothing may leave the page's margins or its
cell, no two words may overlap, and every value of the JSON copy must be found whole in one cell."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

import pdfplumber

from mnu_desk.extract import typography

MM = 72 / 25.4
MARGIN = 20 * MM          # left and right, as extract/letter.py sets the page
TOP_BOTTOM = 10 * MM      # nothing printed closer to the top or the bottom edge
SLACK = 0.6               # pt: rounding in the PDF's numbers

# stored codes: in words in the PDF (the words test checks them), so not looked for as written
CODE_KEYS = {"event_type", "interaction", "source", "event", "channel", "identity_method", "legal_basis",
             "scope", "role", "status", "type", "kind", "code", "categories", "outcome"}
AMOUNT_KEYS = {"total", "vat", "unit_price", "line_total", "fee"}
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")


@dataclass
class Layout:
    problems: list[str] = field(default_factory=list)
    cells: list[str] = field(default_factory=list)   # every cell's text, its words joined
    outside: list[str] = field(default_factory=list)  # the words of the paragraphs, outside any table
    text: str = ""


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace(typography.NBSP, " "))


def read(pdf: bytes) -> Layout:
    layout = Layout()
    texts = []
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        for number, page in enumerate(document.pages, 1):
            words = page.extract_words(keep_blank_chars=False, use_text_flow=True, x_tolerance=1.5)
            texts.append(page.extract_text() or "")
            across = [line for line in page.lines if abs(line["top"] - line["bottom"]) < 0.1]
            down = [line for line in page.lines if abs(line["x0"] - line["x1"]) < 0.1]
            _margins(layout, number, page, words)
            _overlaps(layout, number, words)
            _rules(layout, number, words, across, down)
            cells, outside = _cells(words, across, down)
            layout.cells += cells
            layout.outside.append(" ".join(w["text"] for w in outside))
    layout.text = "\n".join(texts)
    return layout


def _margins(layout: Layout, number: int, page, words) -> None:
    for w in words:
        if (w["x0"] < MARGIN - SLACK or w["x1"] > page.width - MARGIN + SLACK or w["top"] < TOP_BOTTOM
                or w["bottom"] > page.height - TOP_BOTTOM):
            layout.problems.append(f"page {number}: '{w['text']}' leaves the margins ({w['x0']:.1f}, "
                                   f"{w['top']:.1f}, {w['x1']:.1f}, {w['bottom']:.1f})")


def _overlaps(layout: Layout, number: int, words) -> None:
    ordered = sorted(words, key=lambda w: w["top"])
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b["top"] >= a["bottom"] - SLACK:
                break
            if min(a["x1"], b["x1"]) - max(a["x0"], b["x0"]) > SLACK and \
                    min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > SLACK:
                layout.problems.append(f"page {number}: '{a['text']}' and '{b['text']}' overlap")


def _rules(layout: Layout, number: int, words, across, down) -> None:
    """A word that crosses a column rule runs out of its cell; one that crosses a row rule, out of its row."""
    for w in words:
        middle_y = (w["top"] + w["bottom"]) / 2
        middle_x = (w["x0"] + w["x1"]) / 2
        for line in down:
            if line["top"] <= middle_y <= line["bottom"] and w["x0"] + SLACK < line["x0"] < w["x1"] - SLACK:
                layout.problems.append(f"page {number}: '{w['text']}' runs over a column rule")
        for line in across:
            if line["x0"] <= middle_x <= line["x1"] and w["top"] + SLACK < line["top"] < w["bottom"] - SLACK:
                layout.problems.append(f"page {number}: '{w['text']}' runs over a row rule")


def _cells(words, across, down) -> tuple[list[str], list]:
    cells: dict[tuple, list] = {}
    outside = []
    for w in words:
        middle_y = (w["top"] + w["bottom"]) / 2
        middle_x = (w["x0"] + w["x1"]) / 2
        lefts = [line["x0"] for line in down if line["top"] <= middle_y <= line["bottom"] and line["x0"] <= w["x0"]]
        tops = [line["top"] for line in across if line["x0"] <= middle_x <= line["x1"] and line["top"] <= w["top"]]
        if not lefts or not tops:
            outside.append(w)  # a paragraph, not a table
            continue
        cells.setdefault((round(max(lefts), 1), round(max(tops), 1)), []).append(w)
    return [" ".join(w["text"] for w in sorted(ws, key=lambda w: (round(w["top"]), w["x0"])))
            for ws in cells.values()], outside


def expected(key: str, value, lang: str) -> str | None:
    """How a value of the JSON copy is written in the PDF; None for what is shown in words instead."""
    if value is None or isinstance(value, bool) or key in CODE_KEYS:
        return None
    if isinstance(value, int):
        return str(value)
    if key in AMOUNT_KEYS:
        return typography.amount(Decimal(value), lang)
    if key == "vat_rate_percent":
        return typography.number(Decimal(value), lang)
    if MOMENT.match(value):
        return typography.moment(datetime.fromisoformat(value.replace("Z", "+00:00")))
    if DAY.match(value):
        return date.fromisoformat(value).isoformat()
    return value


def leaf_values(node, key: str = ""):
    if isinstance(node, dict):
        for k, v in node.items():
            yield from leaf_values(v, k)
    elif isinstance(node, list):
        for item in node:
            yield from leaf_values(item, key)
    else:
        yield key, node


def missing_values(layout: Layout, copy: bytes) -> list[str]:
    """The values of the JSON copy not found whole in one cell of the PDF (recipients' details are in the
    table of named recipients, also a table)."""
    document = json.loads(copy)
    cells = [_squash(c) for c in layout.cells]
    missing = []
    for key, value in leaf_values(document["categories"]):
        text = expected(key, value, document["language"])
        if text is None or not text.strip():
            continue
        wanted = _squash(text)
        if not any(wanted in cell for cell in cells):
            missing.append(f"{key}: {text!r}")
    return missing


def check(pdf: bytes, copy: bytes) -> list[str]:
    layout = read(pdf)
    return layout.problems + [f"not found whole: {m}" for m in missing_values(layout, copy)]
