"""The platform's own style, with one correction: a tab a little taller than the style makes it. With common
fonts the dots of a capital Å, Ä or Ö rise above the font's ascent, and Fusion clips them on the tabs that are
not selected: "Översikt" and "Ärenden" read "Oversikt" and "Arenden"."""

from __future__ import annotations

from PySide6.QtWidgets import QProxyStyle, QStyle

TAB_EXTRA_HEIGHT = 4


class DeskStyle(QProxyStyle):
    def sizeFromContents(self, kind, option, size, widget=None):
        result = super().sizeFromContents(kind, option, size, widget)
        if kind == QStyle.ContentsType.CT_TabBarTab:
            result.setHeight(result.height() + TAB_EXTRA_HEIGHT)
        return result
