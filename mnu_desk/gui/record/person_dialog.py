"""What the dialogs acting on one open person share (an objection, a restriction or legal hold, an account
closure): the form from ui/, the work on the executor, a refusal shown in the dialog in the service's words
with nothing changed, and the person's open requests to tie the change to. The service is the judge; the
dialog only says early what it would refuse anyway."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ..widgets import formatting as fmt
from ..widgets import messages
from ..widgets.executor import Executor
from ..widgets.uiload import load_ui
from .edit_person_dialog import open_requests_of


class PersonActionDialog(QObject):
    """A subclass names its form (`ui_file`), fills it, and gives `values()`: the service and its arguments,
    or None after saying in the dialog what is missing."""

    done = Signal(dict)  # the service's result
    ui_file = ""
    request_type: str | None = None  # the type of open request this change most likely answers

    def __init__(self, executor: Executor, desk, actor, customer_no: str, name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui(self.ui_file, parent)
        self.setParent(self.ui)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self.customer_no = customer_no
        self.name = name or customer_no
        self._busy = False
        self._finished = False
        self.result: dict | None = None
        ui = self.ui
        ui.messageLabel.hide()
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(ui.reject)
        self.request_combo = getattr(ui, "requestCombo", None)
        if self.request_combo is not None:
            self.request_combo.addItem(QCoreApplication.translate("PersonActionDialog", "none"), None)

    def start(self) -> None:
        self.ui.show()
        self.ui.activateWindow()
        if self.request_combo is not None:
            self._executor.submit(open_requests_of, self._desk, self._actor, self.customer_no, owner=self.ui,
                                  on_result=self._fill_requests,
                                  on_error=lambda exc: self.message(messages.error_text(exc)))

    def _fill_requests(self, requests: list[dict]) -> None:
        combo = self.request_combo
        for request in requests:
            combo.addItem(f"{request['ref']} · {fmt.word('request_type', request['type'])} · "
                          f"{fmt.word('request_status', request['status'])}", request["ref"])
        # the one open request of the matching type is what this change most likely answers
        matching = [r["ref"] for r in requests if r["type"] == self.request_type]
        if len(matching) == 1 and combo.currentData() is None:
            combo.setCurrentIndex(combo.findData(matching[0]))

    def request_ref(self) -> str | None:
        return self.request_combo.currentData() if self.request_combo is not None else None

    # --- saving -------------------------------------------------------------------------------------------

    def values(self) -> tuple | None:
        """(service, positional arguments after the customer number, keyword arguments), or None."""
        raise NotImplementedError

    def submit(self) -> None:
        if self._finished:
            self.ui.accept()
            return
        if self._busy:
            return
        values = self.values()
        if values is None:
            return
        service, args, kwargs = values
        self._set_busy(True)
        self.message(QCoreApplication.translate("PersonActionDialog", "Saving…"), messages.NOTE_STYLE)
        self._executor.submit(partial(service, **kwargs), self._desk, self._actor, self.customer_no, *args,
                              owner=self.ui, on_result=self._saved, on_error=self._refused)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)

    def message(self, text: str, style: str = messages.ERROR_STYLE) -> None:
        messages.show(self.ui.messageLabel, text, style)

    def refuse(self, text: str, widget: QWidget | None = None) -> None:
        """Say what is missing before anything is sent, and put the cursor where it is fixed."""
        self.message(text)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.message(messages.error_text(exc))

    def _saved(self, result: dict) -> None:
        self._set_busy(False)
        self.result = result
        self.message("")
        self.done.emit(result)
        self.show_result(result)

    def show_result(self, result: dict) -> None:
        """By default the dialog closes: the record, which reads again, shows the change."""
        self._finished = True
        self.ui.accept()
