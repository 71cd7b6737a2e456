"""The register extract as PDF: the cover letter first (address in the envelope window, extract/letter.py),
then the extract itself. Company, org. nr, request reference, date, "Sida x av y" and the verification code
are on every page. Every label and stored code in words of the reader's language (resources/i18n/<lang>/codes.json), amounts,
dates and times as extract/typography.py writes them, tables as extract/table.py sets them (docs/design.md
"The extract as a document"). Only draws what it is handed: no database, no services."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer

from ..i18n import codes
from . import fonts
from . import typography as typo
from .content import ExtractContent
from .content import texts as content_texts
from .letter import Letter, document, numbered_canvas, story, styles
from .table import FastTable, column_widths

WIDTH = 170 * mm - 12  # A4 less 20 mm margins, less the frame's padding of 6 pt on each side
SIGNATURE_SPACE = 26 * mm  # the visible signature sits at the foot of the last page (extract/sign.py)
LABEL_WIDTH = 45 * mm
MAX_TABLE_COLUMNS = 8  # more, and a row is easier to read as a block

# stored codes and the code table group that has their words (resources/i18n/<lang>/codes.json)
CODE_FIELDS = {"event_type": "event_type", "interaction": "interaction", "source": "source",
               "event": "newsletter_event", "channel": "channel", "identity_method": "identity_method",
               "legal_basis": "legal_basis", "scope": "objection_scope", "role": "recipient_role"}
CATEGORY_CODE_FIELDS = {("orders", "status"): "order_status", ("requests", "status"): "request_status",
                        ("requests", "type"): "request_type", ("restrictions", "kind"): "restriction_kind"}
# free text the desk itself writes in English: known phrases in words, an agent's own text as written
PHRASE_FIELDS = {("requests", "outcome"): "request_outcome"}
AMOUNTS = ("total", "vat", "unit_price", "line_total", "fee")


def render(content: ExtractContent, letter: Letter, signature_note: str) -> tuple[bytes, int]:
    """(PDF bytes, page count). The signature itself is added afterwards (extract/sign.py)."""
    out = io.BytesIO()
    doc = document(letter, out)
    doc.title = letter.title or letter.subject
    flow = story(letter) + [PageBreak()] + _extract(content) + _closing(content, signature_note)
    # ASCII85 over the compressed page streams costs a quarter second on a heavy record and only makes the
    # file bigger; reportlab keeps the switch global, so it is restored after the build
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        doc.build(flow, canvasmaker=numbered_canvas(letter))
    finally:
        rl_config.useA85 = a85
    return out.getvalue(), doc.page


def _extract(c: ExtractContent) -> list:
    st, t = _styles(), c.texts
    title = f"{t['title']}: {c.name} ({c.customer_no})" if c.name else f"{t['title']}: {c.customer_no}"
    flow = [_p(title, st["h1"]), _p(t["confirmation"], st["body"])]
    if c.erased_on:
        flow.append(_p(t["erased"].format(date=typo.day(c.erased_on)), st["body"]))
    for restriction in c.restricted:
        kind = codes.words("restriction_kind", restriction["kind"], c.language).lower()
        flow.append(_p(t["restricted"].format(date=typo.day(restriction["since"]), kind=kind), st["body"]))
    flow += [_p(t["copy_note"], st["body"]), _p(t["processing"], st["h2"])]
    for cat in c.processing:
        block = [_p(cat["name"], st["heading"])]
        if cat["purposes"]:
            block.append(_p(f"{t['purpose_basis']}:", st["body"]))
            block += [_p(f"• {purpose} – {basis}", st["body"]) for purpose, basis in cat["purposes"]]
        block.append(_p(f"{t['retention']}: {cat['retention']}", st["body"]))
        if cat["recipients"]:
            block.append(_p(f"{t['recipients']}: " + "; ".join(cat["recipients"]), st["body"]))
        if cat["source"]:
            block.append(_p(f"{t['source']}: {cat['source']}", st["body"]))
        flow.append(KeepTogether(block))
    # a heading never ends a page without the first rows of its table under it
    flow += [CondPageBreak(30 * mm), _p(t["named_recipients"], st["h2"])]
    yes, no = t["yes"], t["no"]
    rows = [[r["name"], codes.words_or_code("recipient_role", r.get("role"), c.language, ""), r["country"],
             yes if r["outside_eea"] else no,
             codes.words_or_code("safeguard", r["safeguard"], c.language, ""), r.get("contact") or "",
             yes if r["received"] else no] for r in c.recipients]
    flow += _table(t["recipient_cols"], rows) if rows else [_p(t["empty"], st["body"])]
    flow.append(_p(t["outside_eea"], st["body"]))
    flow.append(_p(t["rights"], st["h2"]))
    flow += [_p("• " + line, st["body"]) for line in t["rights_list"]]
    flow.append(_p(t["complaint"], st["body"]))
    flow.append(_p(t["automated"], st["h2"]))
    flow.append(_p(c.automated, st["body"]))
    flow += [CondPageBreak(30 * mm), _p(t["access_log"], st["h2"])]
    flow.append(_p(t["access_intro"], st["body"]))
    if c.access_log:
        rows = [[typo.day(e["date"]), codes.words_or_code("audit_action", e["action"], c.language),
                 codes.words_or_code("purpose", e["purpose"], c.language, "")] for e in c.access_log]
        flow += _table(t["access_cols"], rows)
    else:
        flow.append(_p(t["none_access"], st["body"]))
    flow += [PageBreak(), _p(t["data"], st["h1"])]
    for name, value in c.data.items():
        body = _category(name, value, c, st)
        # the heading goes to the next page unless its table's first row fits under it
        first = body[0].first_row_height() if isinstance(body[0], FastTable) else 0
        flow.append(CondPageBreak(max(30 * mm, first + 15 * mm)))
        flow.append(_p(codes.words("extract_category", name, c.language), st["h2"]))
        flow += body
    return flow


def _closing(c: ExtractContent, note: str) -> list:
    st = _styles()
    return [Spacer(1, 6 * mm), CondPageBreak(SIGNATURE_SPACE + 20 * mm), _p(note, st["body"])]


def _styles():
    st = styles()
    fonts.register()
    st["h1"] = st["subject"].clone("h1", fontSize=14, leading=18)
    st["h2"] = st["heading"].clone("h2", fontSize=11.5, spaceBefore=10, spaceAfter=4)
    return st


def _p(text: str, style) -> Paragraph:
    # no-break spaces hold legal references and amounts together (extract/typography.py)
    return Paragraph(escape(typo.keep_together(text)).replace("\n", "<br/>"), style)


def _category(name: str, value, c: ExtractContent, st) -> list:
    empty = [_p(c.texts["empty"], st["body"])]
    if name == "newsletter":
        out = []
        for part in ("subscriptions", "interactions"):
            out += _rows(f"newsletter_{part}", value[part], c) if value[part] else []
        return out or empty
    if isinstance(value, dict):
        return _block(name, value, c) or empty
    if not value:
        return empty
    if name == "orders":
        return _each_with(name, value, "lines", "order_lines", c)
    if name == "wish_lists":
        return _each_with(name, value, "items", "wish_list_items", c)
    if name == "disclosures":
        # the recipient by name here; its role, country, safeguard and address in the table of recipients
        value = [{k: v for k, v in row.items() if k != "recipient"} | {"recipient": row["recipient"]["name"]}
                 for row in value]
    return _rows(name, value, c)


def _each_with(name: str, rows: list[dict], nested: str, nested_name: str, c: ExtractContent) -> list:
    out = []
    for row in rows:
        out += _block(name, {k: v for k, v in row.items() if k != nested}, c)
        if row.get(nested):
            out += _rows(nested_name, row[nested], c)
        out.append(Spacer(1, 3 * mm))
    return out


def _shown(name: str, row: dict) -> list[str]:
    """The fields shown: what is held (an empty field says nothing), and for an order its erasure date in one
    line with whether the open account keeps it longer."""
    return [key for key, value in row.items() if _is_shown(name, key, value)]


def _is_shown(name: str, key: str, value) -> bool:
    if value is None or isinstance(value, list | dict):
        return False
    return not (name == "orders" and (key == "kept_while_account_open"
                                      or (key == "restricted_to_bookkeeping" and not value)))


def _columns(name: str, rows: list[dict]) -> list[str]:
    """The fields any row shows, in the order they are first met, row by row."""
    order = list(rows[0]) if rows else []
    if any(list(row) != order for row in rows):
        return list(dict.fromkeys(k for row in rows for k in _shown(name, row)))
    # rows of one query have the same fields in the same order: a field comes in with the first row that shows
    # it, and fields coming in with the same row keep the row's order (sorted() keeps ties as they are)
    first = {key: next((n for n, row in enumerate(rows) if _is_shown(name, key, row[key])), None) for key in order}
    return sorted((key for key in order if first[key] is not None), key=first.__getitem__)


def _rows(name: str, rows: list[dict], c: ExtractContent) -> list:
    """Short rows as a table; rows whose columns do not fit side by side as one labelled block each."""
    keys = _columns(name, rows)
    header = [_label(k, c.language) for k in keys]
    # column by column, each with its own way of writing its values: a heavy record has 100 000 cells
    columns = [_column(name, key, rows, c.language) for key in keys]
    cells = [list(cells) for cells in zip(*columns, strict=True)] if columns else [[] for _ in rows]
    widths = column_widths(header, cells, WIDTH, FastTable.SIZE) if len(keys) <= MAX_TABLE_COLUMNS else None
    if widths is not None:
        return [FastTable(header, cells, widths)]
    out = []
    for row in rows:
        out += _block(name, row, c)
        out.append(Spacer(1, 2 * mm))
    return out


def _block(name: str, row: dict, c: ExtractContent) -> list:
    cells = [[_label(k, c.language), _value(name, k, row, c)] for k in _shown(name, row)]
    return [FastTable(None, cells, [LABEL_WIDTH, WIDTH - LABEL_WIDTH], bold_first=True, size=8)] if cells else []


def _table(header: list[str], rows: list[list[str]]) -> list:
    widths = column_widths(header, rows, WIDTH, FastTable.SIZE)
    if widths is None:  # never for the document's own tables, whose columns are few; still never overflow
        widths = [WIDTH / len(header)] * len(header)
    return [FastTable(header, rows, widths)]


def _label(key: str, lang: str) -> str:
    return codes.words("extract_field", key, lang)


def _value(category: str, key: str, row: dict, c: ExtractContent) -> str:
    return _writer(category, key, c.language)(row.get(key), row)


def _column(category: str, key: str, rows: list[dict], lang: str) -> list[str]:
    """One field of every row, written."""
    write, values = _writer(category, key, lang), [row.get(key) for row in rows]
    kinds = set(map(type, values))
    if write in _AS_STORED and kinds == {str}:  # text written as it is stored
        return values
    if write in _BY_CODE and kinds <= {str, type(None)}:  # a code's words looked up once a code, not once a row
        words = {value: write(value, {}) for value in set(values)}
        return [words[value] for value in values]
    return [write(value, row) for value, row in zip(values, rows, strict=True)]


_AS_STORED: set = set()  # writers that write a text as it is
_BY_CODE: set = set()    # writers whose text depends on the value alone


@cache
def _writer(category: str, key: str, lang: str) -> Callable[[object, dict], str]:
    """How a field of a category is written in `lang`: (value, its row) -> text. None is written as nothing."""
    group = CATEGORY_CODE_FIELDS.get((category, key)) or CODE_FIELDS.get(key)
    if (category, key) in PHRASE_FIELDS:
        group = group or PHRASE_FIELDS[(category, key)]
    if group:
        def words(value, row) -> str:
            return "" if value is None else codes.words_or_code(group, value, lang)
        _BY_CODE.add(words)
        return words
    if category == "disclosures" and key == "categories":
        def categories(value, row) -> str:
            return "" if value is None else ", ".join(
                codes.words_or_code("data_category", part.strip(), lang) for part in value.split(","))
        _BY_CODE.add(categories)
        return categories
    texts = content_texts(lang)
    plain = _plain_writer(key, lang, texts)
    if category == "orders" and key == "erasable_from":
        return lambda value, row: (texts["while_open"].format(date=typo.day(value))
                                   if value is not None and row.get("kept_while_account_open")
                                   else plain(value))
    def as_plain(value, row) -> str:
        return plain(value)
    _AS_STORED.add(as_plain)
    return as_plain


def _plain_writer(key: str, lang: str, texts: dict) -> Callable[[object], str]:
    yes, no = texts["yes"], texts["no"]
    decimal = (lambda v: typo.amount(v, lang)) if key in AMOUNTS else (lambda v: typo.number(v, lang))
    by_type = {str: str, int: str, type(None): lambda v: "", bool: lambda v: yes if v else no, datetime: typo.moment,
               date: typo.day, Decimal: decimal}

    def write(value) -> str:
        known = by_type.get(type(value))
        if known is not None:
            return known(value)
        # a subclass: the same order of checks as the types above
        if isinstance(value, bool):
            return yes if value else no
        if isinstance(value, datetime):
            return typo.moment(value)
        if isinstance(value, date):
            return typo.day(value)
        if isinstance(value, Decimal):
            return decimal(value)
        return str(value)
    return write
