"""A scroll area that scrolls only up and down: for a tab whose content may be taller than a laptop screen
leaves it (a banner above, the processing register's lines at its head) but must never be pressed below the
height its fields need, nor be cut at the side."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    """Holds `content` at its full width and at least its minimum height: when the room is smaller the
    content scrolls, rather than its layout squeezing every field. The area asks for the content's minimum
    width (and room for the scroll bar), so it never scrolls sideways; of height it asks for little, so the
    window fits its screen whatever the content holds."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"{content.objectName() or type(content).__name__}Scroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # the content stretches to the visible height when it has room (its tables take what is left) and
        # keeps its minimum size hint when it has not
        self.setWidgetResizable(True)
        self.setWidget(content)
        # drawn on the tab's own background, as if no scroll area were there
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)

    @classmethod
    def in_margin(cls, content: QWidget, page: QWidget) -> VerticalScrollArea:
        """The area for `content` on `page`, its scroll bar in the page's right margin: the bar stands at the
        page's edge, the content as far from it as from the edge when no bar is shown."""
        layout = page.layout()
        margins = layout.contentsMargins()
        content.setContentsMargins(0, 0, margins.right(), 0)
        layout.setContentsMargins(margins.left(), margins.top(), 0, margins.bottom())
        return cls(content, page)

    def _beside(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        height = super().minimumSizeHint().height()
        if content is None:
            return super().minimumSizeHint()
        return QSize(content.minimumSizeHint().width() + self._beside(), height)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        return QSize(hint.width() + self._beside(), hint.height() + 2 * self.frameWidth())
