"""Tables of the extract, drawn straight on the canvas (docs/design.md section 9: one huge platypus table is
re-measured at every page split and takes seconds per thousand rows), laid out so that nothing runs past its
column or the page and nothing overlaps (docs/design.md "The extract as a document"):

- a value too long for its column breaks inside the word, after a `/`, `?`, `&`, `=`, `.`, `:` or `-` where
  it can (IP addresses, paths, cookie ids, links), else anywhere;
- only ASCII spaces break between words: a no-break space (extract/typography.py) holds `7 kap. 2 §` together;
- columns get room by what they hold; a table whose columns cannot all get room for a short word is set as
  one block per row instead (`columns_fit` says which)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from . import fonts
from .pagetext import TextWriter

PAD_LEFT, PAD_RIGHT = 2.0, 4.0
BREAK_AFTER = frozenset("/?&=.:-_,;@#+")
WIDEST_GLYPH_EM = 1.17  # Vera Bold's widest glyph (Œ): a cell shorter than this bound needs no measuring
MIN_COLUMN_EM = 9.5     # room for a date and time (`2026-12-02 14:05`) on one line
MAX_WORD_EM = 16        # a plain word longer than this may still break


@cache
def _advances(font: str) -> defaultdict:
    """Each character's advance at 1 pt, as reportlab measures a TrueType font (its widths in thousandths of
    an em, the font's default for a character it lacks), in a table: a heavy record measures 100 000 cells."""
    face = pdfmetrics.getFont(font).face
    table = defaultdict(lambda: face.defaultWidth / 1000)
    table.update({chr(code): advance / 1000 for code, advance in face.charWidths.items()})
    return table


def stringWidth(text: str, font: str, size: float) -> float:  # noqa: N802 - reportlab's name and meaning
    return sum(map(_advances(font).__getitem__, text)) * size


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` in lines no wider than `width`; every character kept, in order."""
    lines: list[str] = []
    for part in text.split("\n"):
        lines += _wrap_line(part, font, size, width)
    return lines or [""]


def _wrap_column(texts: list[str], font: str, size: float, width: float) -> tuple[list[list[str]], bool]:
    """Each of a column's values wrapped to `width`, and whether every one is a single line. A column whose
    longest value, set wholly in its widest letter, fits is not measured value by value: dates, addresses and
    paths of a heavy record are 100 000 cells."""
    if texts:
        letters = set().union(*texts)
        widest = max(map(_advances(font).__getitem__, letters), default=0.0)
        if "\n" not in letters and max(map(len, texts)) * widest * size <= width - 1e-6:
            return [[text] for text in texts], True
    lines = [wrap(text, font, size, width) for text in texts]
    return lines, all(len(cell) == 1 for cell in lines)


def _wrap_line(text: str, font: str, size: float, width: float) -> list[str]:
    if len(text) * size * WIDEST_GLYPH_EM <= width or stringWidth(text, font, size) <= width:
        return [text]
    lines, current = [], ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if stringWidth(candidate, font, size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        while stringWidth(word, font, size) > width:
            head, word = _break_word(word, font, size, width)
            lines.append(head)
        current = word
    lines.append(current)
    return lines


def _break_word(word: str, font: str, size: float, width: float) -> tuple[str, str]:
    used, fits = 0.0, 0
    for ch in word:
        used += stringWidth(ch, font, size)
        if used > width:
            break
        fits += 1
    fits = max(fits, 1)  # a column narrower than one letter still makes progress
    for cut in range(fits, max(fits // 2, 1) - 1, -1):
        if word[cut - 1] in BREAK_AFTER:
            return word[:cut], word[cut:]
    return word[:fits], word[fits:]


def _longest_word(text: str, font: str, size: float) -> float:
    return max((stringWidth(w, font, size) for w in text.split()), default=0.0)


def column_widths(header: list[str], rows: list[list[str]], total: float, size: float) -> list[float] | None:
    """Widths that give every column room for its header's longest word and at least a few letters; the
    rest shared by how much each column holds. None when the columns cannot fit on the page side by side."""
    sample = rows[:200]
    pad = PAD_LEFT + PAD_RIGHT
    natural, minimum = [], []
    for i, label in enumerate(header):
        cells = [row[i] for row in sample]
        widest = max((stringWidth(c, fonts.REGULAR, size) for c in cells if c), default=0.0)
        word = _longest_word(label, fonts.BOLD, size)  # a heading never breaks inside a word
        # nor, where it can be helped, a word of plain language ("Marknadsföringspartner"): ids, paths and
        # addresses have their separators to break at
        prose = max((stringWidth(w, fonts.REGULAR, size) for c in cells for w in c.split() if w.isalpha()),
                    default=0.0)
        natural.append(max(widest, word) + pad)
        minimum.append(max(word, min(widest, MIN_COLUMN_EM * size), min(prose, MAX_WORD_EM * size)) + pad)
    if sum(minimum) > total:
        return None
    if sum(natural) <= total:
        spare = total - sum(natural)
        return [n + spare * n / sum(natural) for n in natural]
    room = total - sum(minimum)
    extra = [n - m for n, m in zip(natural, minimum, strict=True)]
    return [m + room * e / sum(extra) for m, e in zip(minimum, extra, strict=True)]


@dataclass
class _Body:
    """A table's rows as set, shared by the pieces a page break makes of it (a piece is a range of rows, so a
    table of 20 000 rows is not copied at each of its 380 pages)."""

    lines: list[list[list[str]]]  # each row's cells, each cell its lines
    heights: list[float]
    plain: list[bool]             # one line in every cell and no cell empty: written a run of rows at a time
    row_height: float | None      # every row's height, when all are one line high


class FastTable(Flowable):
    """Rows of plain text drawn straight on the canvas: one text object and one path of rules per page.
    A platypus Table costs several times as much per cell and re-measures its rest at every page split;
    a heavy record has over 100 000 cells (docs/design.md section 9). The header repeats on every page."""

    SIZE = 7.5  # pt, the tables' font size

    def __init__(self, header: list[str] | None, rows: list[list[str]], widths: list[float], *,
                 bold_first: bool = False, size: float = SIZE, _body: _Body | None = None, _rows: range | None = None,
                 _header_lines: list[list[str]] | None = None) -> None:
        super().__init__()
        self.header, self.widths, self.size, self.bold_first = header, widths, size, bold_first
        self.leading = size + 2
        if _body is None:
            _body = self._set(rows)
        self.body, self.rows = _body, _rows if _rows is not None else range(len(_body.heights))
        self._size: tuple[float, float] | None = None
        if _header_lines is None:
            _header_lines = [wrap(h, fonts.BOLD, size, w - PAD_LEFT - PAD_RIGHT)
                             for h, w in zip(header, widths, strict=True)] if header else []
        self.header_lines = _header_lines
        self.header_height = max(len(c) for c in self.header_lines) * self.leading + 3 if header else 0

    def _set(self, rows: list[list[str]]) -> _Body:
        """The rows broken into lines to fit their columns, column by column."""
        fonts_of = [fonts.BOLD if self.bold_first and i == 0 else fonts.REGULAR for i in range(len(self.widths))]
        wrapped = [_wrap_column(list(column), font, self.size, width - PAD_LEFT - PAD_RIGHT)
                   for column, font, width in zip(zip(*rows, strict=True), fonts_of, self.widths, strict=True)
                   ] if rows and self.widths else []
        columns = [lines for lines, _ in wrapped]
        lines = [list(cells) for cells in zip(*columns, strict=True)] if columns else [[] for _ in rows]
        if all(one_line for _, one_line in wrapped):  # every row one line high, as the rule below gives
            row_height = self.leading + 3
            return _Body(lines, [row_height] * len(rows), [not self.bold_first and all(row) for row in rows],
                         row_height)
        return _Body(lines, [max(1, *(len(c) for c in cells)) * self.leading + 3 for cells in lines],
                     [not self.bold_first and all(len(cell) == 1 and cell[0] for cell in cells) for cells in lines],
                     None)

    def first_row_height(self) -> float:
        return self.header_height + (self.body.heights[self.rows.start] if self.rows else 0)

    def wrap(self, available_width, available_height):
        if self._size is None:  # platypus asks again and again as it fills a page; the rows stay the same
            self._size = sum(self.widths), self.header_height + self._rows_height()
        self.width, self.height = self._size
        return self._size

    def _rows_height(self) -> float:
        height = self.body.row_height
        # rows all as high, in halves of a point or such: every sum of their heights is exact, so n of them
        # make n times one, in any order (no need to add up the 20 000 rows left at each page)
        if height is not None and float(height * 1024).is_integer() and len(self.rows) < 2 ** 30:
            return len(self.rows) * height
        return sum(self.body.heights[self.rows.start:self.rows.stop])

    def split(self, available_width, available_height):
        used, count = self.header_height, 0
        for row in self.rows:
            height = self.body.heights[row]
            if used + height > available_height:
                break
            used, count = used + height, count + 1
        if count == 0 or count == len(self.rows):
            return [] if count == 0 else [self]
        first, rest = self.rows[:count], self.rows[count:]
        return [FastTable(self.header, [], self.widths, bold_first=self.bold_first, size=self.size, _body=self.body,
                          _rows=rows, _header_lines=self.header_lines) for rows in (first, rest)]

    def draw(self):
        fonts.register()
        canvas, size, leading, body = self.canv, self.size, self.leading, self.body
        xs = [sum(self.widths[:i]) + PAD_LEFT for i in range(len(self.widths))]
        # each column's x written once: the same in every row (fp_str(x, y) is fp_str(x) + " " + fp_str(y))
        x_texts = [fp_str(x) for x in xs]
        top = self.height
        text = TextWriter(canvas)
        current = fonts.BOLD if self.header else None
        rules = [f"0 {fp_str(top)} m {fp_str(self.width, top)} l"]
        if self.header:
            canvas.setFillColor(colors.Color(0.9, 0.9, 0.9))
            canvas.rect(0, top - self.header_height, self.width, self.header_height, fill=1, stroke=0)
            canvas.setFillColor(colors.black)
            text.set_font(fonts.BOLD, size)
            for x, lines in zip(x_texts, self.header_lines, strict=True):
                for n, line in enumerate(lines):
                    text.text_at(x, fp_str(top - 1.5 - size - n * leading), line)
            top -= self.header_height
            rules.append(f"0 {fp_str(top)} m {fp_str(self.width, top)} l")
        # every row's top, and below it its rule, in the same float steps as ever: the same positions to the
        # last digit; written by one fp_str call for all rows
        tops = []
        for row in self.rows:
            tops.append(top)
            top -= body.heights[row]
        bottom = top
        if tops:
            width = fp_str(self.width)
            firsts = fp_str(*(row_top - 1.5 - size for row_top in tops)).split(" ")
            rules += [f"0 {below} m {width} {below} l" for below in fp_str(*tops[1:], bottom).split(" ")]
        fonts_of = [fonts.BOLD if self.bold_first and column == 0 else fonts.REGULAR for column in range(len(xs))]
        columns = list(zip(x_texts, fonts_of, strict=True))
        offset = self.rows.start  # row n of the body is row n - offset of this piece

        def one_row(row: int) -> None:
            nonlocal current
            for (x, font), lines in zip(columns, body.lines[row], strict=True):
                if font != current and any(lines):  # an empty cell sets no font
                    text.set_font(font, size)
                    current = font
                if len(lines) == 1:
                    if lines[0]:
                        text.text_at(x, firsts[row - offset], lines[0])
                    continue
                y = tops[row - offset] - 1.5 - size
                for line in lines:
                    if line:
                        text.text_at(x, fp_str(y), line)
                    y -= leading

        # rows of one-line cells in the regular font go a run at a time
        plain = body.plain
        row, stop = self.rows.start, self.rows.stop
        while row < stop:
            if not plain[row] or current != fonts.REGULAR:
                one_row(row)
                row += 1
                continue
            end = row + 1
            while end < stop and plain[end]:
                end += 1
            if not text.rows(x_texts, firsts[row - offset:end - offset], body.lines[row:end]):
                for each in range(row, end):
                    one_row(each)
            row = end
        # the column rules: each value visibly inside its own cell
        height = fp_str(self.height)
        rules += [f"{fp_str(x, bottom)} m {fp_str(x)} {height} l"
                  for x in (sum(self.widths[:i]) for i in range(len(self.widths) + 1))]
        text.draw()
        canvas.setLineWidth(0.25)
        canvas.setStrokeColor(colors.grey)
        canvas.addLiteral("\n".join(["n", *rules, "S"]))  # as canvas.lines writes them
