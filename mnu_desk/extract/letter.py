"""A letter for a window envelope (docs/design.md section 4, "Letter"): the return line and the address block
flush left inside the window, 11 pt (down to 9 pt for a long address), wrapped, never cut, no blank lines; the
company, the reference, the date and "Sida x av y" at the top of every page, so that the lower right
150 x 30 mm of the first page stays free for the post's sorting print."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, NextPageTemplate, PageTemplate, Paragraph, Spacer

from ..domain.letters import SORTING_ZONE_MM, AddressBlock, EnvelopeWindow, fit_address
from ..i18n import LANGUAGES
from ..i18n import letters as letter_words
from . import fonts


@dataclass
class Letter:
    company_name: str
    org_no: str
    company_address: list[str]
    company_contact: list[str]
    recipient: list[str]
    reference: str
    date: date
    subject: str
    paragraphs: list[str]                   # plain text; a line starting "## " is a heading
    closing: list[str] = field(default_factory=list)
    language: str = "sv"
    window: EnvelopeWindow = EnvelopeWindow()
    title: str | None = None
    verification: str | None = None         # a register extract's code, printed on every page
    draft: str | None = None                # across every page of a preview, so it is never taken as issued


def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.REGULAR, fontSize=10, leading=14, spaceAfter=6)
    return {
        "body": body,
        "subject": ParagraphStyle("subject", parent=body, fontName=fonts.BOLD, fontSize=12, leading=16,
                                  spaceAfter=10),
        "heading": ParagraphStyle("heading", parent=body, fontName=fonts.BOLD, fontSize=10.5, spaceBefore=6,
                                  spaceAfter=3),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10),
    }


def _numbered_canvas(letter: Letter):
    """A canvas that knows the page count when it draws the footers (two passes over the saved pages)."""
    page_of = letter_words.common(letter.language if letter.language in LANGUAGES else "sv")["page"]

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(fonts.REGULAR, 8)
                # at the top: the bottom of the first page belongs to the post's sorting print
                self.drawRightString(A4[0] - 20 * mm, A4[1] - 24 * mm, page_of.format(page=self._pageNumber, pages=total))
                if letter.draft:
                    _draw_draft_mark(self, letter.draft)
                super().showPage()
            super().save()

    return NumberedCanvas


def _draw_draft_mark(canvas: Canvas, text: str) -> None:
    canvas.saveState()
    canvas.setFillColorRGB(0.85, 0.2, 0.2, alpha=0.25)
    canvas.setFont(fonts.BOLD, 34)
    canvas.translate(A4[0] / 2, A4[1] / 2)
    canvas.rotate(55)
    canvas.drawCentredString(0, 0, text)
    canvas.restoreState()


def _header(letter: Letter):
    # the header is the same on every page: drawn on the first, then its operators are written again as they
    # were (a register extract has hundreds of pages, each string drawn costs reportlab its own text object)
    written: dict = {"canvas": None, "code": []}

    def draw(canvas: Canvas, doc) -> None:
        if written["canvas"] is canvas:
            canvas._code.extend(written["code"])  # the header keeps the canvas's state as it found it
            return
        start = len(canvas._code)
        _draw(canvas)
        written["canvas"], written["code"] = canvas, canvas._code[start:]

    def _draw(canvas: Canvas) -> None:
        fonts.register()
        width, height = A4
        canvas.saveState()
        canvas.setFont(fonts.BOLD, 11)
        canvas.drawString(20 * mm, height - 15 * mm, letter.company_name)
        canvas.setFont(fonts.REGULAR, 8)
        canvas.drawString(20 * mm, height - 19.5 * mm, f"Org.nr {letter.org_no}")
        canvas.drawRightString(width - 20 * mm, height - 15 * mm, f"{letter.reference}")
        canvas.drawRightString(width - 20 * mm, height - 19.5 * mm, letter.date.isoformat())
        contact = "  ·  ".join([*letter.company_address, *letter.company_contact])
        # the whole line, made smaller when the company has much to say: never cut
        room = width - 40 * mm
        size = min(8.0, 8.0 * room / max(pdfmetrics.stringWidth(contact, fonts.REGULAR, 8), 1))
        canvas.setFont(fonts.REGULAR, size)
        canvas.drawString(20 * mm, height - 24 * mm, contact)
        if letter.verification:
            canvas.drawCentredString(width / 2, height - 15 * mm, letter.verification)
        canvas.restoreState()
    return draw


def address_block(letter: Letter) -> AddressBlock:
    """The return line and the recipient's address fitted into the envelope window, or ValidationFailed
    naming the line that does not fit (docs/design.md section 4, "Letters the desk sends")."""
    fonts.register()
    sender = ", ".join([letter.company_name, *letter.company_address])
    return fit_address(letter.recipient, sender, letter.window,
                       lambda text, size: pdfmetrics.stringWidth(text, fonts.REGULAR, size))


def _first_page(letter: Letter, block: AddressBlock):
    header = _header(letter)

    def draw(canvas: Canvas, doc) -> None:
        header(canvas, doc)
        _, height = A4
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, block.return_size)
        for y_mm, text in block.return_lines:
            canvas.drawString(block.x_mm * mm, height - y_mm * mm, text)
        canvas.setFont(fonts.REGULAR, block.size)
        for y_mm, text in block.lines:
            canvas.drawString(block.x_mm * mm, height - y_mm * mm, text)
        canvas.restoreState()
    return draw


def render(letter: Letter) -> bytes:
    """The letter as PDF bytes."""
    out = io.BytesIO()
    document(letter, out).build(story(letter), canvasmaker=_numbered_canvas(letter))
    return out.getvalue()


def document(letter: Letter, out) -> BaseDocTemplate:
    """The page set-up: the first page with the address in the envelope window, later pages with the header.
    A register extract builds its own story on this document, after the cover letter's."""
    letter.window.validate()
    block = address_block(letter)  # refused here, before anything is drawn, when the address does not fit
    width, height = A4
    doc = BaseDocTemplate(out, pagesize=A4, title=letter.title or letter.subject, author=letter.company_name,
                          subject=letter.subject, creator="mnu-desk", lang=letter.language,
                          leftMargin=20 * mm, rightMargin=20 * mm, topMargin=28 * mm, bottomMargin=20 * mm)
    body_top = height - (letter.window.top_mm + letter.window.height_mm + 10) * mm
    # the first page's text stops above the sorting zone so the post's print never lands on it
    first_bottom = (SORTING_ZONE_MM[1] + 5) * mm
    first = Frame(20 * mm, first_bottom, width - 40 * mm, body_top - first_bottom, id="first")
    later = Frame(20 * mm, 20 * mm, width - 40 * mm, height - 48 * mm, id="later")
    doc.addPageTemplates([PageTemplate("first", [first], onPage=_first_page(letter, block)),
                          PageTemplate("later", [later], onPage=_header(letter))])
    return doc


def story(letter: Letter) -> list:
    st = styles()
    story = [NextPageTemplate("later"), Paragraph(escape(letter.subject), st["subject"])]
    for text in letter.paragraphs:
        if text.startswith("## "):
            story.append(Paragraph(escape(text[3:]), st["heading"]))
        else:
            story.append(Paragraph(escape(text).replace("\n", "<br/>"), st["body"]))
    if letter.closing:
        story.append(Spacer(1, 6 * mm))
        story.append(Paragraph("<br/>".join(escape(line) for line in letter.closing), st["body"]))
    return story


def numbered_canvas(letter: Letter):
    return _numbered_canvas(letter)
