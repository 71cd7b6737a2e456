"""Opens the request dialogs of the main window and says what they changed: `requests_changed` after a
request was registered or changed (the queue and an open record's requests tab read again), `person_changed`
after a correction (the record reads again). One detail dialog per request: asking for an open one raises it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from ..record.edit_person_dialog import EditPersonDialog
from ..widgets import formatting as fmt
from ..widgets.executor import Executor
from ..widgets.uiload import discard
from .register_request_dialog import RegisterRequestDialog
from .request_detail_dialog import RequestDetailDialog


class CaseWork(QObject):
    requests_changed = Signal()
    person_changed = Signal(str)          # a customer number
    open_person_requested = Signal(str)   # a customer number
    status_changed = Signal(str, bool)    # text, is_error

    def __init__(self, executor: Executor, desk, actor, window: QWidget) -> None:
        super().__init__(window)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self._window = window
        self.details: dict[str, RequestDetailDialog] = {}
        self.register_dialog: RegisterRequestDialog | None = None
        self.edit_dialog: EditPersonDialog | None = None

    # --- register -----------------------------------------------------------------------------------------

    def register_request(self, customer_no: str | None = None, person_name: str | None = None) -> RegisterRequestDialog:
        if self.register_dialog is not None:
            self.register_dialog.ui.raise_()
            self.register_dialog.ui.activateWindow()
            return self.register_dialog
        dialog = RegisterRequestDialog(self._executor, self._desk, self._actor, customer_no, person_name,
                                       self._window)
        dialog.registered.connect(self._registered)
        dialog.ui.finished.connect(lambda _result, form=dialog.ui: self._forget_register(form))
        self.register_dialog = dialog
        dialog.ui.show()
        dialog.ui.activateWindow()
        return dialog

    def _registered(self, result: dict) -> None:
        self.status_changed.emit(self.tr("Registered %1: %2, answer due %3.").replace("%1", result["ref"])
                                 .replace("%2", fmt.word("request_type", result["type"]))
                                 .replace("%3", fmt.day(result["due"])), False)
        self.requests_changed.emit()

    def _forget_register(self, form) -> None:
        if self.register_dialog is not None and self.register_dialog.ui is form:
            self.register_dialog = None
        discard(form)

    # --- one request --------------------------------------------------------------------------------------

    def open_request(self, ref: str) -> RequestDetailDialog:
        dialog = self.details.get(ref)
        if dialog is not None:
            dialog.ui.raise_()
            dialog.ui.activateWindow()
            dialog.reload()
            return dialog
        dialog = RequestDetailDialog(self._executor, self._desk, self._actor, ref, self._window)
        dialog.changed.connect(lambda _ref, d=dialog: self._request_changed(d))
        dialog.open_person_requested.connect(self.open_person_requested)
        dialog.ui.finished.connect(lambda _result, key=ref, form=dialog.ui: self._forget_detail(key, form))
        self.details[ref] = dialog
        dialog.start()
        return dialog

    def _request_changed(self, dialog: RequestDetailDialog) -> None:
        self.requests_changed.emit()
        # an extract or an erasure changed the person too: an open record of them reads again
        customer_no = (dialog.request or {}).get("customer_no")
        if customer_no:
            self.person_changed.emit(customer_no)

    def _forget_detail(self, ref: str, form) -> None:
        if ref in self.details and self.details[ref].ui is form:
            del self.details[ref]
        discard(form)

    def reload_details(self) -> None:
        """A change made elsewhere (a correction that added tasks) shows in the open detail dialogs too."""
        for dialog in self.details.values():
            dialog.reload()

    # --- correct a person ---------------------------------------------------------------------------------

    def correct_person(self, customer_no: str, version: int | None, values: dict, name: str = "",
                       request_ref: str | None = None) -> EditPersonDialog:
        if self.edit_dialog is not None:
            self.edit_dialog.ui.raise_()
            self.edit_dialog.ui.activateWindow()
            return self.edit_dialog
        dialog = EditPersonDialog(self._executor, self._desk, self._actor, customer_no, version, values, name,
                                  request_ref, self._window)
        dialog.saved.connect(lambda result: self._corrected(customer_no, result))
        dialog.dropped.connect(lambda: self.person_changed.emit(customer_no))
        dialog.ui.finished.connect(lambda _result, form=dialog.ui: self._forget_edit(form))
        self.edit_dialog = dialog
        dialog.start()
        return dialog

    def _corrected(self, customer_no: str, result) -> None:
        if result.changed:
            self.status_changed.emit(self.tr("Corrected the data of customer %1.").replace("%1", customer_no),
                                     False)
        self.person_changed.emit(customer_no)
        if result.tasks:
            self.requests_changed.emit()
            self.reload_details()

    def _forget_edit(self, form) -> None:
        if self.edit_dialog is not None and self.edit_dialog.ui is form:
            self.edit_dialog = None
        discard(form)
