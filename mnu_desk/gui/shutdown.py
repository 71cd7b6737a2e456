"""Taking the application down in order when the agent quits (docs/design.md "Quitting").

Left to itself, Python's exit deletes whatever windows are still alive after the interpreter has begun to go
away; a window with an event filter written in Python (the main window's, the search field's) then calls into
a half-finished interpreter and the process dies with a segmentation fault instead of exit code 0. So, while
Python is still whole: the worker is stopped and joined first (no late result reaches a window being taken
down), then every window is deleted, then the database connections are closed. The QApplication goes last,
with nothing left that could call back into Python."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from .widgets.executor import Executor


def close_down(app: QApplication, executor: Executor, controller=None, wait_ms: int = 10_000) -> None:
    executor.shutdown(wait_ms)
    if controller is not None:
        controller.release()
    release_windows(app)
    if controller is not None and controller.desk is not None:
        controller.desk.dispose()


def release_windows(app: QApplication) -> None:
    """Delete every window now. The forms put away a moment ago wait for a deferred deletion the ended event
    loop will never run, so those are run first; what is left (a window without a parent, with its dialogs
    as children) is deleted by hand."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()  # the zero-delay deletions `uiload.discard` queued
    for widget in app.topLevelWidgets():
        if shiboken6.isValid(widget) and widget.parent() is None:
            widget.hide()
            shiboken6.delete(widget)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
