"""Registering a request (docs/design.md section 4, "Signed letter and identity"): any channel counts and the month
runs from the day of receipt, shown as the date changes; a letter's signature and scan are recorded; identity
checks are named, not demanded. The service checks everything (the scan's content and size, the dates, the
customer); its refusal is shown here and nothing is saved. An open request of the same type is a warning, not a
block: the request is registered and the agent is told."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

from ...domain import deadlines
from ...domain.attachments import MAX_BYTES
from ...domain.clock import today_stockholm
from ...domain.requests import IDENTITY_METHODS, Channel, RequestType
from ...private_files import read_regular
from ...services.requests import register_request
from ..widgets import folders, messages, urgency
from ..widgets import formatting as fmt
from ..widgets.dates import from_qdate, to_qdate
from ..widgets.executor import Executor
from ..widgets.uiload import load_ui
from .request_steps import identity_choice

OLDEST_DAYS = 366  # the service refuses a date more than a year back: most likely a typing error
NOT_CHECKED = ""
LETTER, ID_COPY = "letter", "id_copy"


def read_and_register(desk, actor, values: dict, scans: list[tuple[str, str]]) -> dict:
    """On the worker: read the scans, each (path, kind), up to 20 MB each so not on the GUI thread, and
    register."""
    attachments = []
    for path, kind in scans:
        attachments.append((Path(path).name, read_regular(path, limit=MAX_BYTES), kind))
    return register_request(desk, actor, attachments=attachments, **values)


def other_open_requests(result: dict) -> list[str]:
    """The refs the service warned about: open requests of the same type for the same person."""
    return [w.partition(":")[2] for w in result.get("warnings") or [] if w.startswith("open_same_type:")]


class RegisterRequestDialog(QObject):
    registered = Signal(dict)  # the request as the service returned it

    def __init__(self, executor: Executor, desk, actor, customer_no: str | None = None,
                 person_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("register_request.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self._busy = False
        self._done = False
        self._prefilled = (customer_no or "", person_name or "")
        ui = self.ui
        for kind in RequestType:
            ui.typeCombo.addItem(fmt.word("request_type", kind.value), kind.value)
        for channel in Channel:
            ui.channelCombo.addItem(fmt.word("channel", channel.value), channel.value)
        for code in IDENTITY_METHODS:
            ui.identityCombo.addItem(fmt.word("identity_method", code), code)
        ui.identityCombo.addItem(self.tr("Not checked yet"), NOT_CHECKED)
        ui.identityCombo.setCurrentIndex(ui.identityCombo.count() - 1)
        today = today_stockholm()
        ui.receivedEdit.setDateRange(to_qdate(today - timedelta(days=OLDEST_DAYS)), to_qdate(today))
        ui.receivedEdit.setDate(to_qdate(today))
        ui.customerEdit.setText(customer_no or "")
        ui.messageLabel.hide()
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Register"))
        self.cancel_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)

        ui.receivedEdit.dateChanged.connect(lambda _date: self._show_due())
        ui.channelCombo.currentIndexChanged.connect(lambda _i: self._channel_changed())
        ui.identityCombo.currentIndexChanged.connect(lambda _i: self._identity_changed())
        ui.customerEdit.textChanged.connect(lambda _t: self._show_person())
        ui.attachButton.clicked.connect(self.attach_scan)
        ui.attachIdCopyButton.clicked.connect(self.attach_id_copy)
        ui.removeScanButton.clicked.connect(self._remove_scan)
        ui.scanList.currentRowChanged.connect(lambda _row: self._update_scan_buttons())
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(ui.reject)
        self._channel_changed()
        self._identity_changed()
        self._show_due()
        self._show_person()
        self._update_scan_buttons()
        ui.typeCombo.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what the form shows ------------------------------------------------------------------------------

    def _show_due(self) -> None:
        received = from_qdate(self.ui.receivedEdit.date())
        due = deadlines.due_date(received)
        row = {"due": due, "days_left": deadlines.days_left(due, today_stockholm())}
        self.ui.dueLabel.setText(f"{fmt.day(due)} ({urgency.days_text(row['days_left'])})")
        self.ui.dueLabel.setStyleSheet(urgency.style_sheet(urgency.urgency(row)))
        self.ui.dueLabel.setToolTip(self.tr("One month from the day of receipt, moved past weekends and public "
                                            "holidays (GDPR art. 12(3)). If you ask for proof of identity, the "
                                            "month runs from the day it arrives."))

    def _show_person(self) -> None:
        typed = self.ui.customerEdit.text().strip()
        number, name = self._prefilled
        if not typed:
            text = self.tr("No customer: the request is registered with the requester's name and address as "
                           "given; both are needed to answer it.")
        elif typed == number and name:
            text = self.tr("%1 — the requester's own name and address as given may be added below.") \
                .replace("%1", name)
        else:
            text = self.tr("Customer %1 is checked when you register.").replace("%1", typed)
        messages.show(self.ui.personLabel, text, messages.NOTE_STYLE)

    def _channel_changed(self) -> None:
        is_letter = self.ui.channelCombo.currentData() == Channel.LETTER.value
        self.ui.letterBox.setVisible(is_letter)
        self.ui.adjustSize()

    def _identity_changed(self) -> None:
        other = self.ui.identityCombo.currentData() == "other"
        self.ui.identityNoteEdit.setVisible(other)
        if other:
            self.ui.identityNoteEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_scan_buttons(self) -> None:
        self.ui.removeScanButton.setEnabled(self.ui.scanList.currentRow() >= 0)
        self.ui.scanList.setVisible(self.ui.scanList.count() > 0)

    # --- scans --------------------------------------------------------------------------------------------

    def attach_scan(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.ui, self.tr("Attach the scanned letter"), folders.start_folder("scans"),
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        if path:
            folders.remember("scans", path)
            self.add_scan(path)

    def attach_id_copy(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.ui, self.tr("Attach the copy of an ID document"), folders.start_folder("scans"),
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"))
        if path:
            folders.remember("scans", path)
            self.add_scan(path, ID_COPY)

    def add_scan(self, path: str, kind: str = LETTER) -> None:
        """Too big is said at once; whether it really is a PDF, JPEG or PNG the service judges by its content.
        An ID copy is its own kind of attachment, never a letter: the service deletes it once identity is
        checked (docs/design.md "Signed letter and identity")."""
        file = Path(path)
        try:
            size = file.stat().st_size
        except OSError as exc:
            messages.show(self.ui.messageLabel, self.tr("Cannot read %1: %2").replace("%1", file.name)
                          .replace("%2", exc.strerror or str(exc)))
            return
        if size > MAX_BYTES:
            messages.show(self.ui.messageLabel, self.tr("%1 is %2 MB; a scan may be at most 20 MB.")
                          .replace("%1", file.name).replace("%2", f"{size / 1024 / 1024:.1f}".replace(".", ",")))
            return
        label = f"{file.name} ({max(1, round(size / 1024))}{fmt.NBSP}kB)"
        if kind == ID_COPY:
            label = self.tr("%1 – ID copy, deleted once identity is checked").replace("%1", label)
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, (str(file), kind))
        item.setToolTip(str(file))
        self.ui.scanList.addItem(item)
        self.ui.scanList.setCurrentItem(item)
        messages.show(self.ui.messageLabel, "")
        self._update_scan_buttons()

    def scans(self) -> list[tuple[str, str]]:
        if not self.ui.letterBox.isVisibleTo(self.ui):
            return []
        return [self.ui.scanList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.ui.scanList.count())]

    def _remove_scan(self) -> None:
        row = self.ui.scanList.currentRow()
        if row >= 0:
            self.ui.scanList.takeItem(row)
        self._update_scan_buttons()

    # --- registering --------------------------------------------------------------------------------------

    def values(self) -> dict:
        ui = self.ui
        is_letter = ui.channelCombo.currentData() == Channel.LETTER.value
        method = ui.identityCombo.currentData()
        return {
            "type": ui.typeCombo.currentData(),
            "channel": ui.channelCombo.currentData(),
            "received": from_qdate(ui.receivedEdit.date()),
            "customer_no": ui.customerEdit.text().strip() or None,
            "requester_name": ui.requesterNameEdit.text(),
            "requester_address": ui.requesterAddressEdit.toPlainText(),
            "signed": is_letter and ui.signedCheck.isChecked(),
            "identity": identity_choice(method, ui.identityNoteEdit.text().strip()) if method else None,
        }

    def submit(self) -> None:
        if self._done:
            self.ui.accept()
            return
        if self._busy:
            return
        self._set_busy(True)
        messages.show(self.ui.messageLabel, self.tr("Registering…"), messages.NOTE_STYLE)
        self._executor.submit(read_and_register, self._desk, self._actor, self.values(), self.scans(), owner=self.ui,
                              on_result=self._registered, on_error=self._refused)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        messages.show(self.ui.messageLabel, messages.error_text(exc))

    def _registered(self, result: dict) -> None:
        self._set_busy(False)
        self.registered.emit(result)
        others = other_open_requests(result)
        doubt = "address_differs" in (result.get("warnings") or [])
        if not others and not doubt:
            self.ui.accept()
            return
        # registered all the same; the agent decides whether it is a repeat (docs/design.md section 4), and
        # another address than the record's is reasonable doubt about identity (art. 12(6))
        self._done = True
        notes = []
        if others:
            notes.append(self.tr("Note: %1 of the same type is still open for this person; check whether this is "
                                 "the same request or a repeat.").replace("%1", ", ".join(others)))
        if doubt:
            notes.append(self.tr("The requester gave another address than the one on record: that is reasonable "
                                 "doubt about identity, and the answer goes to the address on record."))
        messages.show(self.ui.messageLabel, self.tr("Registered %1, due %2.").replace("%1", result["ref"])
                      .replace("%2", fmt.day(result["due"])) + " " + " ".join(notes),
                      urgency.style_sheet(urgency.DUE_SOON))
        for widget in (self.ui.typeCombo, self.ui.channelCombo, self.ui.receivedEdit, self.ui.customerEdit,
                       self.ui.requesterNameEdit, self.ui.requesterAddressEdit, self.ui.letterBox,
                       self.ui.identityBox):
            widget.setEnabled(False)
        self.ok_button.setText(self.tr("&Close"))
        self.cancel_button.hide()
        self.ok_button.setFocus(Qt.FocusReason.OtherFocusReason)
