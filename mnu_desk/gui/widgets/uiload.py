"""The one helper that turns ui/*.ui into widgets (docs/design.md "Qt conventions"). QUiLoader at run time:
the .ui files stay the source a designer edits, and `paths.asset` finds them in the source tree, an installed package and a
frozen build alike. QUiLoader translates the texts marked translatable as it builds, with the form's class
name as the context, which is what pyside6-lupdate writes into the .ts files."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QFile, QIODevice, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from ...paths import asset


def load_ui(name: str, parent: QWidget | None = None) -> QWidget:
    path = asset("ui", name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"cannot open the form {path}: {file.errorString()}")
    try:
        loader = QUiLoader()
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"cannot build the form {path}: {loader.errorString()}")
    if widget.isWindow():
        fit_to_screen(widget)
    return widget


FRAME_ALLOWANCE = 32  # px: the title bar a window manager adds before the window knows its frame


def fit_to_screen(window: QWidget) -> None:
    """A window never larger than the screen it opens on (a form drawn on a big monitor, a size saved there,
    a window manager that does not maximise): on a 1366 × 768 laptop its buttons are always in reach."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()  # title bar and borders, once known
    least = window.minimumSizeHint()
    width = max(min(window.width(), room.width() - frame.width()), least.width(), window.minimumWidth())
    height = max(min(window.height(), room.height() - max(frame.height(), FRAME_ALLOWANCE)), least.height(),
                 window.minimumHeight())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


def discard(widget: QWidget) -> None:
    """Put away a window or form for good. A form from QUiLoader (and any widget made in Python without a
    parent) belongs to its Python wrapper: `deleteLater()` would delete it behind the wrapper's back, and the
    wrapper would delete it a second time when it is collected. So the deletion goes through shiboken, after
    the current event, since a dialog often closes from inside one of its own signals."""
    widget.hide()
    QTimer.singleShot(0, lambda: _delete(widget))


def _delete(widget: QWidget) -> None:
    if not shiboken6.isValid(widget):
        return
    if widget.parent() is not None:
        # a dialog of a window: out of its parent's list first, or the parent's wrapper would keep a pointer to
        # the deleted one and trip over it when the window itself goes
        widget.setParent(None)
    shiboken6.delete(widget)
