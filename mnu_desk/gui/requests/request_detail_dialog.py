"""One request with everything the case register holds on it (docs/design.md section 4): its dates and deadline,
the identity steps, the attachments and the follow-up tasks, and the steps an agent takes on it. Every change
goes through the requests service on the worker; the dialog then reads the request again and tells whoever
listens (`changed`), so the queue and an open record follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QWidget

from ...domain.errors import PermissionDenied
from ...domain.requests import RequestType
from ...domain.roles import Permission
from ...private_files import write_private
from ...services import settings as shop_settings
from ...services.changes import request_changes
from ...services.requests import assign, attachment_content, complete_task, get_request, list_tasks
from ..extract.extract_dialog import ExtractDialog
from ..record.erasure_dialog import ErasureDialog
from ..record.tabs.base import fit_columns, setup_table
from ..record.tabs.overview import shop_changes_text
from ..widgets import folders, messages, urgency
from ..widgets import formatting as fmt
from ..widgets.role_gate import gate
from ..widgets.table_model import Column, RowsModel, get
from ..widgets.uiload import discard, load_ui
from .attachment_viewer import AttachmentViewer
from .letter_dialog import LetterDialog
from .request_step_dialog import RequestStepDialog, Step
from .request_steps import RequestSteps

EXTRACT_TYPES = (RequestType.ACCESS.value, RequestType.PORTABILITY.value)


def load_request(desk, actor, ref: str) -> dict:
    """On the worker: the request with its tasks, each task with the name of its recipient."""
    request = get_request(desk, actor, ref)
    request["shop_changes"] = request_changes(desk, actor, ref)
    names = {task["id"]: task["recipient"] for task in list_tasks(desk, actor, request_ref=ref)}
    for task in request.get("tasks") or []:
        task["recipient"] = names.get(task["id"])
    if request.get("type") in EXTRACT_TYPES:  # what a fee decision suggests (settings: further copy)
        request["suggested_fee"] = shop_settings.load(desk).further_copy_fee
    return request


def size_text(size: int | None) -> str:
    if size is None:
        return fmt.DASH
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))}{fmt.NBSP}kB"
    return f"{size / 1024 / 1024:.1f}".replace(".", ",") + f"{fmt.NBSP}MB"


def fit_height(view, rows: int, most: int = 5) -> None:
    """A table as tall as its rows (up to `most`, then it scrolls); no table at all when it has none."""
    view.setVisible(rows > 0)
    if rows:
        fit_columns(view)
        shown = min(rows, most)
        height = (view.horizontalHeader().sizeHint().height() + shown * view.verticalHeader().defaultSectionSize()
                  + 2 * view.frameWidth() + 2)
        if rows > most:
            height += view.horizontalScrollBar().sizeHint().height()
        view.setFixedHeight(height)


class RequestDetailDialog(QObject):
    changed = Signal(str)                # a step changed the request (its ref)
    open_person_requested = Signal(str)  # a customer number

    def __init__(self, executor, desk, actor, ref: str, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("request_detail.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self.ref = ref
        self.request: dict | None = None
        self.step_dialog: RequestStepDialog | None = None
        self.extract_dialog: ExtractDialog | None = None
        self.letter_dialog: LetterDialog | None = None
        self.erasure_dialog: ErasureDialog | None = None
        self.steps = RequestSteps(desk, actor, self)
        ui = self.ui
        ui.setWindowTitle(self.tr("Request %1 – mnu-desk").replace("%1", ref))
        font = ui.headingLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        ui.headingLabel.setFont(font)
        ui.headingLabel.setText(ref)
        for title in (ui.tasksLabel, ui.attachmentsLabel):
            bold = title.font()
            bold.setBold(True)
            title.setFont(bold)
        ui.messageLabel.hide()
        for field in ui.findChildren(QLineEdit):  # the values: read-only, on the window's background
            palette = field.palette()
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            field.setPalette(palette)

        self.tasks = RowsModel([
            Column(self.tr("Task"), get("kind"), lambda v: fmt.word("task_kind", v)),
            Column(self.tr("Recipient"), get("recipient"), fmt.text),
            Column(self.tr("Created"), get("created_at"), fmt.when),
            Column(self.tr("Done"), get("done_at"), fmt.when),
            Column(self.tr("Impossible because"), get("impossible_reason"), fmt.text),
        ], self, highlight=lambda task: task.get("done_at") is None)
        setup_table(ui.tasksView, self.tasks)
        self.attachments = RowsModel([
            Column(self.tr("Kind"), get("kind"), lambda v: fmt.word("attachment_kind", v)),
            Column(self.tr("File"), get("filename"), fmt.text),
            Column(self.tr("Type"), get("media_type"), fmt.text),
            Column(self.tr("Size"), get("size_bytes"), size_text, numeric=True),
            Column(self.tr("Deleted"), get("deleted"), fmt.yes_no),
        ], self)
        setup_table(ui.attachmentsView, self.attachments)
        ui.tasksView.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.attachmentsView.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.attachmentsView.doubleClicked.connect(lambda _index: self.open_attachment())
        ui.openAttachmentButton.clicked.connect(self.open_attachment)
        ui.saveAttachmentButton.clicked.connect(self.save_attachment)
        self.viewer: AttachmentViewer | None = None
        self.shop_label = QLabel(ui)  # whether this case's changes have reached the shop's systems
        self.shop_label.setObjectName("shopChangesLabel")
        layout = ui.tasksView.parentWidget().layout()
        layout.insertWidget(layout.indexOf(ui.tasksView) + 1, self.shop_label)

        ui.assignButton.clicked.connect(self.assign_to_me)
        steps = self.steps
        ui.askIdentityButton.clicked.connect(lambda: self._step(steps.ask_for_identity))
        ui.identityArrivedButton.clicked.connect(lambda: self._step(steps.identity_received))
        ui.statusButton.clicked.connect(lambda: self._step(steps.set_status))
        ui.extendButton.clicked.connect(lambda: self._step(steps.extend, Permission.EXTEND_DEADLINE))
        ui.refuseButton.clicked.connect(lambda: self._step(steps.refuse, Permission.DECIDE_REPEATS_FEES_REFUSALS))
        ui.closeRequestButton.clicked.connect(lambda: self._step(steps.close))
        ui.taskDoneButton.clicked.connect(self.task_done)
        ui.taskImpossibleButton.clicked.connect(self.task_impossible)
        ui.openPersonButton.clicked.connect(self._open_person)
        ui.extractButton.clicked.connect(self.open_extract)
        ui.letterButton.clicked.connect(lambda: self.open_letter())
        ui.erasureButton.clicked.connect(self.open_erasure)
        ui.feeButton.clicked.connect(lambda: self._step(steps.decide_fee, Permission.DECIDE_REPEATS_FEES_REFUSALS))
        ui.extractButton.hide()
        ui.erasureButton.hide()
        ui.feeButton.hide()
        ui.buttonBox.rejected.connect(ui.reject)
        self._update_buttons()

    # --- loading ------------------------------------------------------------------------------------------

    def start(self) -> None:
        self.ui.show()
        self.ui.activateWindow()
        self.reload()

    def reload(self) -> None:
        self._executor.submit(load_request, self._desk, self._actor, self.ref, owner=self.ui,
                              channel=f"request:{id(self)}", on_result=self._show, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.show_message(messages.error_text(exc))

    def show_message(self, text: str, style: str = messages.ERROR_STYLE) -> None:
        messages.show(self.ui.messageLabel, text, style)

    def _show(self, request: dict) -> None:
        self.request = request
        ui = self.ui
        ui.headingLabel.setText(f"{request['ref']} · {fmt.word('request_type', request['type'])}")
        level = urgency.urgency(request)
        if request.get("days_left") is None:
            deadline = self.tr("%1 on %2.").replace("%1", fmt.word("request_status", request["status"])) \
                .replace("%2", fmt.day(request.get("closed_at")))
        else:
            # "… senast 2027-01-04 (26 dagar kvar)." : one sentence, one full stop
            deadline = (f"{urgency.explanation(request).removesuffix('.')} "
                        f"({urgency.days_text(request['days_left'])}).")
        ui.deadlineLabel.setText(deadline)
        ui.deadlineLabel.setStyleSheet(urgency.style_sheet(level))

        due = fmt.day(request["due"])
        if request.get("identity_received_on"):
            due = self.tr("%1 (one month from the day the proof arrived)").replace("%1", due)
        extended = fmt.day(request.get("extended_due"))
        if request.get("extension_reason"):
            extended += " — " + request["extension_reason"]
        requester = [request.get("requester_name") or "",
                     ", ".join((request.get("requester_address") or "").split("\n"))]
        outcome = fmt.outcome(request.get("outcome"))
        if request.get("closed_at"):
            outcome += " (" + fmt.day(request["closed_at"]) + ")"
        method = request.get("identity_method")
        identity = self.tr("not checked yet")
        if method:
            identity = fmt.word("identity_method", method)
            if request.get("identity_note"):
                identity += ": " + request["identity_note"]
        if "address_differs" in (request.get("warnings") or []):
            # reasonable doubt (art. 12(6); docs/design.md "Signed letter and identity"), said where it is decided
            identity += " — " + self.tr("the requester gave another address than the one on record: reasonable "
                                        "doubt about identity")
        values = {
            ui.statusValue: fmt.word("request_status", request["status"]),
            ui.channelValue: fmt.word("channel", request["channel"]),
            ui.receivedValue: fmt.day(request["received"]),
            ui.dueValue: due,
            ui.extendedValue: extended,
            ui.customerValue: (" · ".join(p for p in (request.get("customer_no"), request.get("customer_name")) if p)
                               or self.tr("none: no customer matched")),
            ui.requesterValue: ", ".join(part for part in requester if part) or fmt.DASH,
            ui.assignedValue: request.get("assigned_to") or self.tr("nobody yet"),
            ui.outcomeValue: outcome,
            ui.signedValue: fmt.yes_no(request.get("signed")),
            ui.identityValue: identity,
            ui.askedValue: fmt.day(request.get("identity_asked_on")),
            ui.arrivedValue: fmt.day(request.get("identity_received_on")),
            ui.repeatValue: (self.tr("yes: an extract was already issued this calendar year; a supervisor decides")
                             if request.get("repeat_of_year") else fmt.yes_no(False)),
        }
        for field, text in values.items():
            field.setText(text)
            field.setCursorPosition(0)
            field.setToolTip(text if len(text) > 30 else "")

        tasks = request.get("tasks") or []
        self.tasks.set_rows(tasks)
        open_tasks = sum(1 for task in tasks if task.get("done_at") is None)
        ui.tasksLabel.setText(self.tr("Tasks (%1 open of %2)").replace("%1", str(open_tasks))
                              .replace("%2", str(len(tasks))) if tasks else self.tr("Tasks: none"))
        attachments = request.get("attachments") or []
        self.attachments.set_rows(attachments)
        ui.attachmentsLabel.setText(self.tr("Attachments (%1)").replace("%1", str(len(attachments)))
                                    if attachments else self.tr("Attachments: none"))
        ui.lettersLabel.setText(self._letters_text(request.get("letters") or []))
        fit_height(ui.tasksView, len(tasks))
        fit_height(ui.attachmentsView, len(attachments))
        self.shop_label.setText(shop_changes_text(request.get("shop_changes")))
        for button in (ui.taskDoneButton, ui.taskImpossibleButton):
            button.setVisible(bool(tasks))
        first_open = next((row for row in range(self.tasks.rowCount())
                           if self.tasks.row(row).get("done_at") is None), None)
        if first_open is not None:
            ui.tasksView.selectRow(first_open)
        self._update_buttons()

    # --- buttons ------------------------------------------------------------------------------------------

    def selected_task(self) -> dict | None:
        rows = self.ui.tasksView.selectionModel().selectedRows()
        return self.tasks.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        ui = self.ui
        request = self.request or {}
        is_open = request.get("days_left") is not None
        for button in (ui.assignButton, ui.askIdentityButton, ui.statusButton, ui.closeRequestButton):
            button.setEnabled(is_open)
        # a supervisor's steps: not offered to an agent, and the tooltip says why
        gate(ui.extendButton, self._actor, Permission.EXTEND_DEADLINE, is_open)
        gate(ui.refuseButton, self._actor, Permission.DECIDE_REPEATS_FEES_REFUSALS, is_open)
        # a letter also answers a closed request (the refusal, the outcome, no data held)
        gate(ui.letterButton, self._actor, Permission.WORK_REQUESTS, bool(request),
             self.tr("A letter to the person: preview, print at 100 % for the window envelope, record as sent"))
        ui.identityArrivedButton.setEnabled(is_open and request.get("identity_asked_on") is not None
                                            and request.get("identity_received_on") is None)
        ui.assignButton.setEnabled(is_open and request.get("assigned_to") != self._actor.name)
        ui.openPersonButton.setEnabled(bool(request.get("customer_no")))
        ui.extractButton.setVisible(request.get("type") in EXTRACT_TYPES)
        ui.feeButton.setVisible(request.get("type") in EXTRACT_TYPES)
        gate(ui.feeButton, self._actor, Permission.DECIDE_REPEATS_FEES_REFUSALS, is_open)
        ui.erasureButton.setVisible(request.get("type") == RequestType.ERASURE.value)
        gate(ui.erasureButton, self._actor, Permission.PREVIEW_ERASURE, is_open and bool(request.get("customer_no")))
        gate(ui.extractButton, self._actor, Permission.ISSUE_FREE_EXTRACT,
             is_open and bool(request.get("customer_no")))
        attachment = self.selected_attachment()
        for button in (ui.openAttachmentButton, ui.saveAttachmentButton):
            button.setEnabled(attachment is not None and not attachment.get("deleted"))
            button.setVisible(self.attachments.rowCount() > 0)
        task = self.selected_task()
        task_open = task is not None and task.get("done_at") is None
        ui.taskDoneButton.setEnabled(task_open)
        ui.taskImpossibleButton.setEnabled(task_open)

    # --- attachments ------------------------------------------------------------------------------------

    def selected_attachment(self) -> dict | None:
        rows = self.ui.attachmentsView.selectionModel().selectedRows()
        if rows:
            return self.attachments.row(rows[0].row())
        return self.attachments.row(0) if self.attachments.rowCount() == 1 else None

    def open_attachment(self) -> None:
        """The scan inside the desk: read (and logged as a view) on the worker, shown when it comes."""
        self._fetch_attachment(self._show_attachment)

    def save_attachment(self) -> None:
        chosen = self.selected_attachment()
        if chosen is None:
            return
        suggested = str(Path(folders.start_folder("scans")) / (chosen.get("filename") or "bilaga"))
        path, _filter = QFileDialog.getSaveFileName(self.ui, self.tr("Save the attachment"), suggested)
        if path:
            folders.remember("scans", path)
            self._fetch_attachment(lambda attachment: self._write_attachment(attachment, path))

    def _fetch_attachment(self, then) -> None:
        chosen = self.selected_attachment()
        if chosen is None or chosen.get("deleted"):
            return
        self._executor.submit(attachment_content, self._desk, self._actor, self.ref, chosen["id"], owner=self.ui,
                              on_result=then, on_error=self._failed)

    def _show_attachment(self, attachment: dict) -> None:
        title = self.tr("%1 – request %2").replace("%1", attachment["filename"]).replace("%2", self.ref)
        if self.viewer is not None:
            discard(self.viewer)
        self.viewer = AttachmentViewer(attachment, title, self.ui)
        self.viewer.show()

    def _write_attachment(self, attachment: dict, path: str) -> None:
        try:
            write_private(Path(path), attachment["content"], force=True)  # the dialog asked about replacing
        except OSError as exc:
            self.show_message(self.tr("Could not save %1: %2").replace("%1", path).replace("%2", exc.strerror or str(exc)))
            return
        self.show_message(self.tr("Saved %1.").replace("%1", path), messages.NOTE_STYLE)

    def _run(self, fn, *args) -> None:
        """A change with no form of its own."""
        messages.show(self.ui.messageLabel, "")
        self._executor.submit(fn, *args, owner=self.ui, on_result=lambda _result: self._changed(),
                              on_error=self._failed)

    def _changed(self) -> None:
        self.show_message("")
        self.reload()
        self.changed.emit(self.ref)

    def assign_to_me(self) -> None:
        if self.request is not None:
            self._run(assign, self._desk, self._actor, self.ref)

    def task_done(self) -> None:
        task = self.selected_task()
        if task is not None and task.get("done_at") is None:
            self._run(complete_task, self._desk, self._actor, task["id"])

    def task_impossible(self) -> None:
        task = self.selected_task()
        if task is not None and task.get("done_at") is None:
            self._open_step(self.steps.task_impossible(task))

    def _step(self, make, permission: Permission | None = None) -> None:
        if self.request is None:
            return
        if permission is not None:
            try:
                # the service decides again; asking first spares an agent writing reasons in vain
                self._actor.require(permission)
            except PermissionDenied as exc:
                self.show_message(messages.error_text(exc))
                return
        self._open_step(make(self.request))

    def _open_step(self, step: Step) -> None:
        messages.show(self.ui.messageLabel, "")
        dialog = RequestStepDialog(self._executor, step, self.ui)
        dialog.done.connect(lambda _result: self._changed())
        dialog.ui.finished.connect(lambda _result, form=dialog.ui: self._step_closed(form))
        self.step_dialog = dialog
        dialog.ui.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.ui.show()

    def _step_closed(self, form) -> None:
        if self.step_dialog is not None and self.step_dialog.ui is form:
            self.step_dialog = None
        discard(form)

    def open_extract(self) -> ExtractDialog | None:
        """The extract window of this request (one at a time); issuing it closes the request."""
        if self.request is None or self.request.get("type") not in EXTRACT_TYPES:
            return None
        return self._child("extract_dialog", lambda: ExtractDialog(self._executor, self._desk, self._actor,
                                                                   self.request, self.ui), "issued")

    def open_letter(self, kind: str | None = None) -> LetterDialog | None:
        """The letter window of this request (one at a time); a letter recorded as sent reloads the request."""
        if self.request is None:
            return None
        return self._child("letter_dialog", lambda: LetterDialog(self._executor, self._desk, self._actor,
                                                                 self.request, kind, self.ui), "sent")

    def open_erasure(self) -> ErasureDialog | None:
        """The erasure preview of this request, with the supervisor's approval."""
        if self.request is None or self.request.get("type") != RequestType.ERASURE.value:
            return None
        return self._child("erasure_dialog", lambda: ErasureDialog(self._executor, self._desk, self._actor,
                                                                   self.ref, self.ui,
                                                                   self.request.get("customer_name")), "erased")

    def _child(self, attribute: str, make, done_signal: str):
        """One window of a kind at a time, modal to the request (the request cannot be closed, and the child
        with it, behind its back); its `done_signal` reloads the request; closed, it is let go."""
        dialog = getattr(self, attribute)
        if dialog is not None:
            dialog.ui.raise_()
            dialog.ui.activateWindow()
            return dialog
        dialog = make()
        getattr(dialog, done_signal).connect(lambda _ref: self._changed())
        dialog.ui.finished.connect(lambda _result, form=dialog.ui: self._child_closed(attribute, form))
        dialog.ui.setWindowModality(Qt.WindowModality.WindowModal)
        setattr(self, attribute, dialog)
        dialog.start()
        return dialog

    def _child_closed(self, attribute: str, form) -> None:
        dialog = getattr(self, attribute)
        if dialog is not None and dialog.ui is form:
            setattr(self, attribute, None)
        discard(form)

    def _letters_text(self, sent: list[dict]) -> str:
        if not sent:
            return self.tr("Letters sent: none")
        names = LetterDialog.kind_words()
        return self.tr("Letters sent: %1").replace("%1", "; ".join(
            f"{names.get(s['kind'], s['kind'])} ({s['language']}, {fmt.day(s['sent_at'])}, {s['sent_by']})"
            for s in sent))

    def _open_person(self) -> None:
        if self.request and self.request.get("customer_no"):
            self.open_person_requested.emit(self.request["customer_no"])
