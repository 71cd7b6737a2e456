"""Refusals and failures as one plain line for a label, a status bar or a message box, never a traceback."""

from __future__ import annotations

import logging
from html import escape as _escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from ... import i18n
from ...domain.errors import DeskError

log = logging.getLogger(__name__)

ERROR_STYLE = "color: #b3261e;"
OK_STYLE = "color: #1e6b2f;"
NOTE_STYLE = "color: #5a5a5a;"


def _one_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return " ".join(str(orig).split())[:300]


def error_text(exc: BaseException) -> str:
    """A service's refusal in the user's language; an unforeseen database failure in one line; anything else
    (a bug) in one line too, with the traceback kept for the log."""
    if isinstance(exc, DeskError):
        return i18n.message(exc)
    # imported here: the log-in window shows before SQLAlchemy is loaded (any database failure loads it first)
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, SQLAlchemyError):
        return QCoreApplication.translate("Messages", "Database error: %1").replace("%1", _one_line(exc))
    log.error("unexpected failure", exc_info=exc)
    return QCoreApplication.translate("Messages", "Unexpected error: %1").replace("%1", _one_line(exc))


def show(label: QLabel, text: str, style: str = ERROR_STYLE) -> None:
    label.setStyleSheet(style)
    label.setText(text)
    label.setVisible(bool(text))


def confirm(parent, icon, title: str, text: str, on_answer, *, yes_text: str | None = None, yes=None,
            no=None, default_yes: bool = False):
    """A window-modal question opened with open(), never exec(): the window keeps its events, and a test
    finds the box and clicks it. `on_answer(True|False)` follows. Returns the box for the caller to keep."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    yes = yes or QMessageBox.StandardButton.Yes
    no = no or QMessageBox.StandardButton.Cancel
    box = QMessageBox(icon, title, text, yes | no, parent)
    if yes_text:
        box.button(yes).setText(yes_text)
    box.setDefaultButton(yes if default_yes else no)  # an irreversible step is never one Enter away
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.finished.connect(lambda _answer: give_back_keys(parent))
    box.finished.connect(lambda answer: on_answer(answer == yes))
    box.open()
    return box


def give_back_keys(parent) -> None:
    """The window that asked is the active one again once its question closes, so its shortcuts (Ctrl+S
    after issuing an extract) work at once. A window manager would do this; without one (a bare X server, a
    kiosk session) the hidden box stayed the active window and the keys went nowhere."""
    import shiboken6

    if parent is not None and shiboken6.isValid(parent) and parent.isVisible():
        parent.window().activateWindow()


def escape(text: str) -> str:
    """Qt's rich text knows &amp; &lt; &gt; but not the &#x27; html.escape makes of an apostrophe."""
    return _escape(text, quote=False)
