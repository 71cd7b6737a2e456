"""Swedish and English typography of the extract (docs/design.md "The extract as a document"): amounts as
`1 234,50 kr` or `SEK 1,234.50`, à-pris, `7 kap. 2 §` never split over two lines, dates ISO, times in
Stockholm time, summer and winter alike."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from mnu_desk.extract import typography
from mnu_desk.extract.table import wrap
from mnu_desk.i18n import codes

NBSP = "\u00a0"


@pytest.mark.parametrize(("value", "sv", "en"), [
    ("1234.5", f"1{NBSP}234,50{NBSP}kr", f"SEK{NBSP}1,234.50"),
    ("150", f"150,00{NBSP}kr", f"SEK{NBSP}150.00"),
    ("10557", f"10{NBSP}557,00{NBSP}kr", f"SEK{NBSP}10,557.00"),
    ("1234567.89", f"1{NBSP}234{NBSP}567,89{NBSP}kr", f"SEK{NBSP}1,234,567.89"),
    ("0", f"0,00{NBSP}kr", f"SEK{NBSP}0.00"),
])
def test_amounts(value, sv, en):
    assert typography.amount(Decimal(value), "sv") == sv
    assert typography.amount(Decimal(value), "en") == en


def test_the_unit_price_is_a_pris_with_a_grave_accent():
    assert codes.words("extract_field", "unit_price", "sv") == "à-pris"


def test_times_are_stockholm_time_in_winter_and_summer():
    assert typography.moment(datetime(2026, 1, 15, 23, 30, tzinfo=UTC)) == f"2026-01-16{NBSP}00:30"
    assert typography.moment(datetime(2026, 7, 1, 22, 5, tzinfo=UTC)) == f"2026-07-02{NBSP}00:05"


@pytest.mark.parametrize("text", [
    "på fakturor enligt bokföringslagen 7 kap. 2 § och därefter",
    "Swedish Bookkeeping Act ch. 7 s. 2; then erased",
    "en avgift på 150 kr för detta",
])
def test_a_legal_reference_is_never_split_over_two_lines(text):
    """However narrow the line, `7 kap. 2 §` stays on one line (its spaces do not break)."""
    from mnu_desk.extract import fonts

    fonts.register()
    together = typography.keep_together(text)
    pattern = f"7{NBSP}kap\\.{NBSP}2{NBSP}§|ch\\.{NBSP}7{NBSP}s\\.{NBSP}2|150{NBSP}kr"
    reference = re.search(pattern, together).group(0)
    for width in range(60, 400, 7):
        lines = wrap(together, fonts.REGULAR, 10, width)
        assert any(reference in line for line in lines), (width, lines)


def test_a_word_too_long_for_its_column_breaks_inside_and_keeps_every_character():
    from mnu_desk.extract import fonts

    fonts.register()
    link = "https://www.m.nu/produkt/mnu-11200-heatit-inomhuskamera?utm_source=nyhetsbrev&utm_medium=e-post"
    for width in (20, 45, 80, 150):
        lines = wrap(link, fonts.REGULAR, 7.5, width)
        assert "".join(lines) == link and len(lines) > 1
        from reportlab.pdfbase.pdfmetrics import stringWidth
        assert all(stringWidth(line, fonts.REGULAR, 7.5) <= width for line in lines if len(line) > 1)
    # where it can, a link breaks after a separator
    assert wrap(link, fonts.REGULAR, 7.5, 150)[0].endswith(("/", "?", "-", ".", "&", "="))
