"""An A4 sheet drawn to scale with the envelope window and the post's sorting zone (docs/design.md section 4,
"Letter"), so that an admin sees what the millimetres in the settings mean before a letter is printed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.errors import ValidationFailed
from ...domain.letters import A4_HEIGHT_MM, A4_WIDTH_MM, SORTING_ZONE_MM, EnvelopeWindow

MARGIN_PX = 6
WINDOW_OK = QColor("#1e6b2f")
WINDOW_BAD = QColor("#b3261e")
ZONE = QColor(90, 90, 90, 60)


class EnvelopePreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._window = EnvelopeWindow()
        self._valid = True
        self.setMinimumSize(120, 170)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Envelope window on an A4 page"))

    def sizeHint(self) -> QSize:
        return QSize(180, self.heightForWidth(180))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round((width - 2 * MARGIN_PX) * A4_HEIGHT_MM / A4_WIDTH_MM) + 2 * MARGIN_PX

    def set_window(self, window: EnvelopeWindow) -> None:
        self._window = window
        try:
            window.validate()
            self._valid = True
        except ValidationFailed:
            self._valid = False
        self.update()

    def is_valid(self) -> bool:
        return self._valid

    # --- geometry, in widget pixels (the tests read these) ----------------------------------------------------

    def scale(self) -> float:
        """Pixels per millimetre: the whole page fits, whichever side is the tighter."""
        return min((self.width() - 2 * MARGIN_PX) / A4_WIDTH_MM, (self.height() - 2 * MARGIN_PX) / A4_HEIGHT_MM)

    def page_rect(self) -> QRectF:
        scale = self.scale()
        width, height = A4_WIDTH_MM * scale, A4_HEIGHT_MM * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _mm_rect(self, left: float, top: float, width: float, height: float) -> QRectF:
        page, scale = self.page_rect(), self.scale()
        return QRectF(page.left() + left * scale, page.top() + top * scale, width * scale, height * scale)

    def window_rect(self) -> QRectF:
        w = self._window
        return self._mm_rect(w.left_mm, w.top_mm, w.width_mm, w.height_mm)

    def zone_rect(self) -> QRectF:
        width, height = SORTING_ZONE_MM
        return self._mm_rect(A4_WIDTH_MM - width, A4_HEIGHT_MM - height, width, height)

    # --- drawing --------------------------------------------------------------------------------------------

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = self.page_rect()
        painter.setPen(QPen(self.palette().color(self.foregroundRole()), 1))
        painter.setBrush(Qt.GlobalColor.white)
        painter.drawRect(page)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ZONE)
        painter.drawRect(self.zone_rect())
        # the window may be drawn partly off the page when its numbers are wrong: that is what to show
        painter.setClipRect(self.rect())
        colour = WINDOW_OK if self._valid else WINDOW_BAD
        painter.setPen(QPen(colour, 2, Qt.PenStyle.SolidLine if self._valid else Qt.PenStyle.DashLine))
        fill = QColor(colour)
        fill.setAlpha(40)
        painter.setBrush(fill)
        painter.drawRect(self.window_rect())
        painter.end()
