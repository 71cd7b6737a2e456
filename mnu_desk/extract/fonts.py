"""Embedded fonts that carry å, ä, ö and é: Bitstream Vera, shipped inside reportlab itself, so every machine
and every frozen build has them."""

from __future__ import annotations

from pathlib import Path

import reportlab
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

REGULAR, BOLD, ITALIC = "DeskSans", "DeskSans-Bold", "DeskSans-Italic"
_registered = False


def register() -> None:
    global _registered
    if _registered:
        return
    folder = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "VeraBd.ttf")))
    pdfmetrics.registerFont(TTFont(ITALIC, str(folder / "VeraIt.ttf")))
    pdfmetrics.registerFont(TTFont(REGULAR + "-BoldItalic", str(folder / "VeraBI.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, REGULAR + "-BoldItalic")
    _registered = True
