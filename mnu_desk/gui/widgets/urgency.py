"""How close a request is to its deadline (GDPR art. 12(3); docs/design.md section 4: "show days left; overdue cases
stand out"), in words, colours and an icon together: a colour alone says nothing to an agent who cannot tell
red from amber, or who reads the screen with a screen reader."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from . import formatting as fmt

OVERDUE = "overdue"
DUE_SOON = "due_soon"
SOON_DAYS = 7  # within a week: plan the answer now

# pale backgrounds with dark text of the same hue: contrast above 7:1 (WCAG AAA) on both
_COLOURS = {
    OVERDUE: (QColor("#f8d7da"), QColor("#58151c")),
    DUE_SOON: (QColor("#fff3cd"), QColor("#523e02")),
}


def urgency(row: dict) -> str | None:
    """OVERDUE, DUE_SOON or None, from a request as the requests service returns it."""
    days = row.get("days_left")
    if days is None:  # closed or refused: no deadline runs
        return None
    if row.get("overdue") or days < 0:
        return OVERDUE
    if days <= SOON_DAYS:
        return DUE_SOON
    return None


def effective_due(row: dict):
    """The date the answer is due: the extended one when there is one."""
    return row.get("extended_due") or row.get("due")


class Urgency(QObject):
    """The words; a QObject so that its plural forms ("1 dag", "3 dagar") reach the translation files."""

    def days_text(self, days: int | None) -> str:
        if days is None:
            return fmt.DASH
        if days < 0:
            return self.tr("%n day(s) overdue", "", -days)
        if days == 0:
            return self.tr("due today")
        return self.tr("%n day(s) left", "", days)

    def explanation(self, row: dict) -> str:
        level = urgency(row)
        due = fmt.day(effective_due(row))
        if level == OVERDUE:
            return self.tr("Overdue: the answer was due on %1.").replace("%1", due)
        if level == DUE_SOON:
            return self.tr("Due soon: the answer is due on %1.").replace("%1", due)
        if row.get("days_left") is None:
            return self.tr("Closed: no deadline runs.")
        return self.tr("The answer is due on %1.").replace("%1", due)


_words: list[Urgency] = []


def _texts() -> Urgency:
    if not _words:
        _words.append(Urgency())
    return _words[0]


def days_text(days: int | None) -> str:
    """"3 days overdue", "due today", "5 days left"."""
    return _texts().days_text(days)


def explanation(row: dict) -> str:
    """A sentence for a tooltip or a detail view."""
    return _texts().explanation(row)


def background(level: str | None) -> QBrush | None:
    return QBrush(_COLOURS[level][0]) if level in _COLOURS else None


def foreground(level: str | None) -> QBrush | None:
    return QBrush(_COLOURS[level][1]) if level in _COLOURS else None


def icon(level: str | None) -> QIcon | None:
    if level is None:
        return None
    pixmap = (QStyle.StandardPixmap.SP_MessageBoxCritical if level == OVERDUE
              else QStyle.StandardPixmap.SP_MessageBoxWarning)
    return QApplication.style().standardIcon(pixmap)


def style_sheet(level: str | None) -> str:
    """For a label that shows one request's deadline."""
    if level not in _COLOURS:
        return ""
    back, text = _COLOURS[level]
    return (f"background: {back.name()}; color: {text.name()}; border: 1px solid {text.name()};"
            " border-radius: 3px; padding: 4px;")
