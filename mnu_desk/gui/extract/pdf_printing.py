"""Printing a PDF page by page at 100 % (docs/design.md "Letter"): the page is rendered from the PDF itself and
painted over the whole sheet (`setFullPage(True)`), never fitted into the printable area, or the address of a
cover letter would leave the envelope's window."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

# A page is rendered at most at this resolution: enough for 10 pt text and a 2D code on an office printer,
# and an A4 image of 35 MB rather than the 560 MB a 1200 dpi printer resolution would take.
MAX_RENDER_DPI = 300


def a4_printer(document_name: str) -> QPrinter:
    """A printer set up for A4 portrait, full page, before the print dialog lets the agent choose."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document_name)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


def print_document(document: QPdfDocument, printer: QPrinter,
                   progress: Callable[[int, int], bool] | None = None) -> int:
    """Print the pages the printer's range asks for (all when none); returns the number printed. `progress`
    gets (done, total) before each page and returns False to stop. Raises OSError when the printer cannot
    be opened."""
    printer.setFullPage(True)  # again: the print dialog must not have turned it off
    count = document.pageCount()
    first = max(1, printer.fromPage() or 1)
    last = min(count, printer.toPage() or count)
    pages = list(range(first - 1, last))
    painter = QPainter()
    if not pages:
        return 0
    if not painter.begin(printer):
        raise OSError("the printer could not be opened")
    printed = 0
    try:
        device_dpi = printer.resolution()
        render_dpi = min(device_dpi, MAX_RENDER_DPI)
        for done, index in enumerate(pages):
            if progress is not None and not progress(done, len(pages)):
                printer.abort()
                break
            if done:
                printer.newPage()
            points = document.pagePointSize(index)  # 1/72 inch
            image = document.render(index, QSize(round(points.width() / 72 * render_dpi),
                                                 round(points.height() / 72 * render_dpi)))
            # the target in device pixels from the paper's corner: exactly the page's size, 100 %
            painter.drawImage(QRectF(0, 0, points.width() / 72 * device_dpi, points.height() / 72 * device_dpi),
                              image)
            printed += 1
    finally:
        painter.end()
    return printed
