"""The extract's tables are written straight into the page stream (extract/pagetext.py, extract/table.py) to be
fast on a heavy record, and must make the very file reportlab's own text object would have made: the same
operators, the same codes for each character in the embedded font's subsets, the same fonts in the file. And the
short cuts taken for whole columns and rows (fields shown, values that need no measuring, times) give what
the value-by-value way gives."""

from __future__ import annotations

import io
import string
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from mnu_desk.domain.clock import to_stockholm
from mnu_desk.extract import fonts, pdf, typography
from mnu_desk.extract.pagetext import TextWriter
from mnu_desk.extract.table import _wrap_column, wrap

NBSP = "\u00a0"
# ASCII, Swedish and other Latin letters, PDF string delimiters, a no-break space, control characters and
# characters the font lacks (printed as its missing-glyph box, code 0)
LETTERS = string.printable + "åäöÅÄÖéüÜßøØæÆ€–—…‰•™ŁłŒœ()\\" + NBSP + "\x00\x01\x1f漢字😀"
TEXTS = st.text(alphabet=LETTERS, min_size=1, max_size=30)
# letters the font has: values a table writes a row at a time once each has its code
FONT_TEXTS = st.text(alphabet=string.ascii_letters + string.digits + " ():/\\-åäöÅÄÖé€–" + NBSP, min_size=1,
                     max_size=20)


def _pdf(draw) -> bytes:
    fonts.register()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _by_reportlab(cells: list[tuple[str, float, float, str]], size: float):
    def draw(canvas):
        text, current = canvas.beginText(), None
        for font, x, y, value in cells:
            if font != current:
                text.setFont(font, size)
                current = font
            text.setTextOrigin(x, y)
            text.textOut(value)
        canvas.drawText(text)
    return draw


def _by_pagetext(cells: list[tuple[str, float, float, str]], size: float):
    def draw(canvas):
        text, current = TextWriter(canvas), None
        for font, x, y, value in cells:
            if font != current:
                text.set_font(font, size)
                current = font
            text.text_at(fp_str(x), fp_str(y), value)
        text.draw()
    return draw


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([fonts.REGULAR, fonts.BOLD]),
                          st.floats(0, 500, allow_nan=False), st.floats(0, 800, allow_nan=False), TEXTS),
                min_size=1, max_size=40),
       st.sampled_from([7.5, 8, 11]))
def test_text_is_written_as_reportlab_writes_it(cells, size):
    assert _pdf(_by_pagetext(cells, size)) == _pdf(_by_reportlab(cells, size))


def test_every_letter_of_the_font_even_past_its_first_subset_is_written_as_reportlab_writes_it():
    letters = _every_letter()
    cells = [(fonts.REGULAR, 10.0, 700.0 - n, f"{letter} å {letter}{letter}") for n, letter in enumerate(letters)]
    cells += [(fonts.REGULAR, 20.0, 300.0, "".join(letters))]
    assert _pdf(_by_pagetext(cells, 7.5)) == _pdf(_by_reportlab(cells, 7.5))


def _every_letter() -> str:
    fonts.register()
    return "".join(sorted(chr(code) for code in pdfmetrics.getFont(fonts.REGULAR).face.charToGlyph))


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(FONT_TEXTS, min_size=3, max_size=3), min_size=1, max_size=30),
       st.sampled_from(["new letters", "letters met before", "after the second subset"]))
def test_rows_written_at_once_are_the_cells_written_one_by_one(rows, before):
    xs, ys = [2.0, 90.5, 181.25], [700.0 - 9.5 * n for n in range(len(rows))]
    cells = [(fonts.REGULAR, x, y, value) for y, row in zip(ys, rows, strict=True)
             for x, value in zip(xs, row, strict=True)]
    # what the page held before: a table's later pages have met every character; a value may have needed the
    # font's second subset
    first = {"new letters": [(fonts.REGULAR, 2.0, 790.0, "a")], "letters met before": cells,
             "after the second subset": [(fonts.REGULAR, 2.0, 790.0, _every_letter() + "".join(LETTERS)),
                                         (fonts.REGULAR, 2.0, 780.0, _every_letter()[-1])]}[before]

    def at_once(canvas):
        text = TextWriter(canvas)
        text.set_font(fonts.REGULAR, 7.5)
        for _, x, y, value in first:
            text.text_at(fp_str(x), fp_str(y), value)
        if not text.rows([fp_str(x) for x in xs], [fp_str(y) for y in ys], [[[v] for v in row] for row in rows]):
            for _, x, y, value in cells:  # a character new to the font: written cell by cell, as a table does
                text.text_at(fp_str(x), fp_str(y), value)
        text.draw()

    assert _pdf(at_once) == _pdf(_by_pagetext([*first, *cells], 7.5))


@settings(max_examples=80, deadline=None)
@given(st.lists(st.text(alphabet=LETTERS + " \n", max_size=60), min_size=1, max_size=20),
       st.floats(5, 200, allow_nan=False), st.sampled_from([fonts.REGULAR, fonts.BOLD]))
def test_a_column_set_at_once_breaks_as_each_value_alone(texts, width, font):
    fonts.register()
    lines, one_line = _wrap_column(texts, font, 7.5, width)
    assert lines == [wrap(text, font, 7.5, width) for text in texts]
    assert one_line == all(len(cell) == 1 for cell in lines)


FIELDS = ["id", "total", "restricted_to_bookkeeping", "kept_while_account_open", "lines", "note"]
VALUES = st.one_of(st.none(), st.booleans(), st.sampled_from(["", "a", "0"]), st.just([]), st.just({}))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["orders", "usage_events"]),
       st.lists(st.fixed_dictionaries({key: VALUES for key in FIELDS}), max_size=8),
       st.lists(st.dictionaries(st.sampled_from(FIELDS), VALUES), max_size=4))
def test_the_fields_shown_are_those_met_row_by_row(name, same_fields, other_fields):
    for rows in (same_fields, same_fields + other_fields):
        assert pdf._columns(name, rows) == list(dict.fromkeys(k for row in rows for k in pdf._shown(name, row)))


@settings(deadline=None)
@given(st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30), timezones=st.just(UTC)))
def test_a_moment_is_written_as_strftime_writes_it(moment):
    assert typography.moment(moment) == to_stockholm(moment).strftime(f"%Y-%m-%d{NBSP}%H:%M")


@settings(max_examples=60, deadline=None)
@given(st.sampled_from([("usage_events", "event_type"), ("usage_events", "path"), ("orders", "status"),
                        ("orders", "total"), ("disclosures", "categories"), ("requests", "outcome")]),
       st.lists(st.one_of(st.none(), st.sampled_from(["page_view", "delivered", "identity", "x, y", "a,b"]),
                          st.text(max_size=5), st.integers(-3, 3)), max_size=12),
       st.sampled_from(["sv", "en"]))
def test_a_column_written_at_once_is_each_value_written_alone(field, values, lang):
    category, key = field
    if key == "categories":  # a list of codes, always text
        values = [value for value in values if not isinstance(value, int)]
    rows = [{key: value} for value in values]
    write = pdf._writer(category, key, lang)
    assert pdf._column(category, key, rows, lang) == [write(row[key], row) for row in rows]
