"""Text of the extract's tables written straight into the page's content stream, operator for operator what
reportlab's text object writes (`Tm`, `Tf`, `Tj`), without its per-string work: a heavy record draws over
100 000 cells, and reportlab encodes each string for the embedded font's subsets one character at a time in
Python, measures it to move a cursor the tables never use, and formats every position anew.

Here a string whose characters already have codes in the font's first subset is encoded by a C codec; the
first time a character is met, reportlab's own `splitString` gives it its code, in the same order as a text
object would, so the file is byte for byte the one reportlab would have made."""

from __future__ import annotations

import codecs
from functools import cache
from operator import itemgetter
from weakref import WeakKeyDictionary

from reportlab.lib.rl_accel import escapePDF, fp_str
from reportlab.pdfbase import pdfmetrics

_UNDEFINED = "\ufffe"  # the charmap codec's mark for a code with no character
_encoders: WeakKeyDictionary = WeakKeyDictionary()  # document -> font name -> _Encoder


class _Encoder:
    """One TrueType font's strings in one document as `(subset, "(escaped) Tj")` pieces."""

    def __init__(self, font_name: str, doc) -> None:
        self.font, self.doc = pdfmetrics.getFont(font_name), doc
        self.known = -1     # how many characters had codes when the codec was built
        self.codec = codecs.charmap_build(_UNDEFINED * 256)  # none yet: the first string goes to reportlab
        self.cache: dict[str, list[tuple[int, str]]] = {}
        self.shown = _Shown(self)

    def all_coded(self, texts: list[str]) -> bool:
        """Whether every character of `texts` already has a code in the first subset."""
        try:
            codecs.charmap_encode("".join(texts).replace("\xa0", " "), "strict", self.codec)
        except UnicodeEncodeError:
            return False
        return True

    def pieces(self, text: str) -> list[tuple[int, str]]:
        found = self.cache.get(text)
        if found is not None:
            return found
        try:
            # reportlab prints a no-break space with the space's code (ttfonts.TTFont.splitString)
            encoded = codecs.charmap_encode(text.replace("\xa0", " "), "strict", self.codec)[0]
            found = [(0, f"({escapePDF(encoded)}) Tj")]
        except UnicodeEncodeError:  # a character without a code yet
            found = [(subset, f"({escapePDF(part)}) Tj") for subset, part in self.font.splitString(text, self.doc)]
            self._refresh()
        if len(self.cache) < 50_000:  # dates and paths are mostly unique; words and codes repeat
            self.cache[text] = found
        return found

    def _refresh(self) -> None:
        assignments = self.font.state[self.doc].assignments
        if len(assignments) == self.known:
            return
        table = [_UNDEFINED] * 256
        for char, code in assignments.items():
            if code < 256:
                table[code] = chr(char)
        self.codec, self.known = codecs.charmap_build("".join(table)), len(assignments)


class _Shown(dict):
    """A string whose characters all have codes in the first subset -> those codes, escaped for a PDF string."""

    def __init__(self, encoder: _Encoder) -> None:
        super().__init__()
        self.encoder = encoder

    def __missing__(self, text: str) -> str:
        shown = self[text] = escapePDF(codecs.charmap_encode(text.replace("\xa0", " "), "strict",
                                                             self.encoder.codec)[0])
        return shown


def encoder(canvas, font_name: str) -> _Encoder:
    fonts = _encoders.setdefault(canvas._doc, {})
    if font_name not in fonts:
        fonts[font_name] = _Encoder(font_name, canvas._doc)
    return fonts[font_name]


@cache
def _font_operator(size: float) -> str:
    return f"{fp_str(size)} Tf {fp_str(size * 1.2)} TL"


class TextWriter:
    """The operators of one text object (`BT` … `ET`), written as reportlab's PDFTextObject would write them
    for `setTextOrigin`, `setFont` and `textOut` with a TrueType font at its default leading."""

    def __init__(self, canvas) -> None:
        self.canvas = canvas
        self.code = ["BT", "1 0 0 1 0 0 Tm"]  # a fresh text object starts at the origin
        self.encoder: _Encoder | None = None
        self.cache: dict[str, list[tuple[int, str]]] = {}
        self.font_operator = ""
        self.subset = -1

    def set_font(self, font_name: str, size: float) -> None:
        self.encoder = encoder(self.canvas, font_name)
        self.cache = self.encoder.cache
        self.font_operator = _font_operator(size)
        self.subset = -1

    def text_at(self, x: str, y: str, text: str) -> None:
        """`text` at (x, y), both already written by fp_str (a column's x is the same all page)."""
        found = self.cache.get(text) or self.encoder.pieces(text)
        if len(found) == 1 and found[0][0] == self.subset:  # the common case: one piece, in the subset in use
            self.code.append(f"1 0 0 1 {x} {y} Tm {found[0][1]}")
            return
        add = self.code.append
        add(f"1 0 0 1 {x} {y} Tm")
        for subset, shown in found:
            if subset != self.subset:
                add(f"{self.encoder.font.getSubsetInternalName(subset, self.encoder.doc)} {self.font_operator}")
                self.subset = subset
            add(shown)
        if not found:
            add("")  # reportlab writes an empty string as nothing between two spaces

    def rows(self, xs: list[str], ys: list[str], rows: list[list[list[str]]]) -> bool:
        """Rows of one-line cells (each cell a list of its one line) in the font in use, each cell at its
        column's x and its row's y: what `text_at` would write cell by cell, a row at a time. False, with
        nothing written, when a character has no code in the font's first subset yet: `text_at` gives it one,
        in the order reportlab would."""
        if self.subset != 0 or not self.encoder.all_coded([cell[0] for row in rows for cell in row]):
            return False
        line = " ".join(f"1 0 0 1 {x} {{0}} Tm ({{{n}}}) Tj" for n, x in enumerate(xs, 1))
        shown, add, first = self.encoder.shown.__getitem__, self.code.append, itemgetter(0)
        for y, row in zip(ys, rows, strict=True):
            add(line.format(y, *map(shown, map(first, row))))
        return True

    def draw(self) -> None:
        self.code.append("ET")
        self.canvas.addLiteral(" ".join(self.code))
