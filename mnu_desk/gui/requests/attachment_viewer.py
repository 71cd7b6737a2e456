"""A request's attachment opened inside the desk (a scanned letter, a copy of an ID document): a PDF in
QtPdf's viewer, an image scaled to the window. The bytes come from the service, which logged the opening as
a view; nothing is written to disk unless the agent chooses Save as…"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget


class AttachmentViewer(QDialog):
    def __init__(self, attachment: dict, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attachment = attachment
        self.setWindowTitle(title)
        self.resize(760, 680)
        layout = QVBoxLayout(self)
        content = attachment["content"]
        if attachment.get("media_type") == "application/pdf":
            # the document reads from a buffer that must live as long as it
            self._bytes = QByteArray(content)
            self._buffer = QBuffer(self._bytes, self)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document = QPdfDocument(self)
            self.document.load(self._buffer)
            self.view = QPdfView(self)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            self.view.setDocument(self.document)
            layout.addWidget(self.view, 1)
        else:
            self.document = None
            pixmap = QPixmap()
            pixmap.loadFromData(content)
            self.image = QLabel(self)
            self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.image.setPixmap(pixmap.scaledToWidth(min(pixmap.width(), 720),
                                                      Qt.TransformationMode.SmoothTransformation)
                                 if not pixmap.isNull() else pixmap)
            scroll = QScrollArea(self)
            scroll.setWidget(self.image)
            scroll.setWidgetResizable(True)
            self.view = scroll
            layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.reject)

    def page_count(self) -> int:
        return self.document.pageCount() if self.document is not None else (0 if self.image.pixmap().isNull() else 1)
