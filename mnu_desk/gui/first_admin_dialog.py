"""The first administrator of a database without agents (DESIGN.md section 7: the first admin needs no one to
add them). The rules for names and passwords are the service's; this dialog only checks that the password
was typed the same twice, then creates the admin and logs them in."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ..domain.errors import DeskError, PermissionDenied
from ..services import agents
from ..services.context import Actor, Desk
from . import messages
from .executor import Executor
from .uiload import load_ui


def _create_and_log_in(desk: Desk, name: str, password: str) -> Actor:
    """On the worker."""
    agents.add_agent(desk, None, name, "admin", password)
    return agents.authenticate(desk, name, password)


class FirstAdminDialog(QObject):
    logged_in = Signal(object)        # Actor
    agents_exist = Signal()           # another desk created the first admin meanwhile: log in instead
    quit_requested = Signal()

    def __init__(self, executor: Executor, desk: Desk, where: str, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("first_admin.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._desk = desk
        self._busy = False
        ui = self.ui
        font = ui.headingLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        ui.headingLabel.setFont(font)
        ui.databaseLabel.setText(self.tr("Database: %1").replace("%1", where))
        self._show(ui.databaseLabel, ui.databaseLabel.text(), messages.NOTE_STYLE)
        ui.messageLabel.hide()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create and log in"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        ui.buttonBox.accepted.connect(self.create)
        ui.buttonBox.rejected.connect(self._quit)
        ui.rejected.connect(self._quit)
        ui.nameEdit.setFocus()

    def create(self) -> None:
        if self._busy:
            return
        ui = self.ui
        name, password, repeat = ui.nameEdit.text().strip(), ui.passwordEdit.text(), ui.repeatEdit.text()
        if not name:
            self._show(ui.messageLabel, self.tr("Enter a name for the administrator."))
            ui.nameEdit.setFocus()
            return
        if password != repeat:
            self._show(ui.messageLabel, self.tr("The two passwords differ; type them again."))
            ui.passwordEdit.clear()
            ui.repeatEdit.clear()
            ui.passwordEdit.setFocus()
            return
        self._set_busy(True)
        self._show(ui.messageLabel, self.tr("Creating the administrator…"), messages.NOTE_STYLE)
        self._executor.submit(_create_and_log_in, self._desk, name, password, owner=self,
                              on_result=self._created, on_error=self._refused)

    def _show(self, label, text: str, style: str = messages.ERROR_STYLE) -> None:
        """A message line appears or changes: the dialog grows with it instead of squeezing the rest (a
        wrapped label's height is not part of the dialog's minimum size)."""
        messages.show(label, text, style)
        self.ui.adjustSize()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.ui.nameEdit, self.ui.passwordEdit, self.ui.repeatEdit):
            widget.setEnabled(not busy)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _created(self, actor: Actor) -> None:
        self._set_busy(False)
        self._close()
        self.logged_in.emit(actor)

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, PermissionDenied):
            # the service's own words speak of --agent; here the way on is the log-in dialog
            self._show(self.ui.messageLabel, self.tr("Another desk has created the first administrator "
                                                        "in the meantime; log in instead."))
            self._close()
            self.agents_exist.emit()
            return
        self._show(self.ui.messageLabel, messages.error_text(exc))
        if isinstance(exc, DeskError):
            self.ui.passwordEdit.setFocus()

    def _close(self) -> None:
        self.ui.rejected.disconnect(self._quit)
        self.ui.accept()

    def _quit(self) -> None:
        self.quit_requested.emit()
