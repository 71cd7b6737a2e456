"""The PDF a window shows and prints (the extract, a letter): the very file the service made, rendered by QtPdf
in a page-by-page view, and printed from it at 100 % with a progress window (docs/design.md "Letter"), so that
what the agent read is what goes in the envelope."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QVBoxLayout, QWidget

from .pdf_printing import a4_printer, print_document


class PdfPreview(QWidget):
    """Fills `area` (a placeholder widget of a .ui form) with the view of one PDF at a time."""

    def __init__(self, area: QWidget) -> None:
        super().__init__(area)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        outer = QVBoxLayout(area)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self)
        self._buffer: QBuffer | None = None

    def load(self, pdf: bytes) -> int:
        """Show `pdf`; returns its page count. QPdfDocument reads from the buffer for as long as it shows it."""
        self.document.close()
        old = self._buffer
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        self._buffer = buffer
        if old is not None:
            old.close()
            old.deleteLater()
        return self.document.pageCount()

    def clear(self) -> None:
        self.document.close()

    def ask_printer(self, parent: QWidget, document_name: str) -> QPrinter | None:
        """An A4, full-page printer the agent chose in the print dialog, or None when cancelled."""
        printer = a4_printer(document_name)
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, self.document.pageCount())
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    def print_to(self, printer: QPrinter, parent: QWidget) -> int:
        """The shown PDF on `printer`, page by page at 100 %, with a progress window the agent can stop;
        returns the pages printed. OSError when the printer cannot be opened."""
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, self.document.pageCount(), parent)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            return print_document(self.document, printer, step)
        finally:
            progress.close()
            progress.deleteLater()
