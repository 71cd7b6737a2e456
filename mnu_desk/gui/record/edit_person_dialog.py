"""Correcting a person's data (policy 9.2, 9.3.2; GDPR art. 16 and 19). Each field says at once whether the
service will take it and in which form it will be stored; the service, which checks again, is the judge. The
dialog remembers the person's version from when the record was opened: when another agent changed the person
meanwhile, nothing is saved and both versions are shown side by side, and the agent applies theirs anyway or
drops it. After saving, the dialog says which recipients got a follow-up task."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QSizePolicy, QWidget

from ... import i18n
from ...domain.contact import phone_national
from ...domain.errors import Conflict, DeskError
from ...domain.rectification import FIELDS, clean_value
from ...domain.requests import RequestType
from ...services.rectification import rectify
from ...services.requests import list_requests
from ..widgets import formatting as fmt
from ..widgets import messages
from ..widgets.messages import escape
from ..widgets.table_model import Column, RowsModel, get
from ..widgets.uiload import load_ui
from .tabs.base import fit_columns, setup_table

FORM, CONFLICT, DONE = range(3)
EDITS = {"first_name": "firstName", "last_name": "lastName", "street": "street", "postal_code": "postcode",
         "city": "city", "country": "country", "email": "email", "phone": "phone"}


def shown(field: str, stored: str | None) -> str:
    """A stored value as the agent reads and types it: a phone in national form, nothing as empty."""
    if stored is None:
        return ""
    if field == "phone":
        return phone_national(stored) or stored
    return stored


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def open_requests_of(desk, actor, customer_no: str) -> list[dict]:
    """On the worker: the person's open requests, for the request combo."""
    return [r for r in list_requests(desk, actor, open_only=True) if r.get("customer_no") == customer_no]


def save(desk, actor, customer_no: str, changes: dict, reason: str, request_ref: str | None,
         version: int | None):
    """On the worker."""
    return rectify(desk, actor, customer_no, changes, reason, request_ref=request_ref, expected_version=version)


def field_message(field: str, exc: DeskError) -> str:
    """A refusal about one field, naming the field in words rather than by its code."""
    values = dict(exc.values)
    if "field" in values:
        values["field"] = fmt.word("rectify_field", field)
    return i18n.text(exc.template, **values)


def _hint(label, text: str, style: str = messages.ERROR_STYLE) -> None:
    """A field's hint changes in its own line, which is always there: nothing below it moves."""
    label.setStyleSheet(style)
    label.setText(text)
    label.setToolTip(text)


class EditPersonDialog(QObject):
    saved = Signal(object)   # services.rectification.Rectified
    dropped = Signal()       # the agent dropped their change: the record should show what is stored now

    def __init__(self, executor, desk, actor, customer_no: str, version: int | None, values: dict,
                 name: str = "", request_ref: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("edit_person.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self.customer_no = customer_no
        self.version = version
        self.opened = {field: values.get(field) for field in FIELDS}  # stored values when the record was opened
        self._wanted_request = request_ref
        self._changes: dict[str, str] = {}
        self._reason = ""
        self._busy = False
        ui = self.ui
        ui.introLabel.setText(self.tr("Correct the data of %1 (customer %2). Only the fields you change are "
                                      "saved, with your reason, in the log (GDPR art. 16).")
                              .replace("%1", name or customer_no).replace("%2", customer_no))
        self.edits: dict[str, QLineEdit] = {f: getattr(ui, f"{key}Edit") for f, key in EDITS.items()}
        self.hints = {f: getattr(ui, f"{key}Hint") for f, key in EDITS.items()}
        for field, edit in self.edits.items():
            edit.setText(shown(field, self.opened[field]))
            edit.setCursorPosition(0)
            edit.textChanged.connect(lambda _text, f=field: self._edited(f))
            # a hint that appears must not push the fields below it away from under the mouse: its line is
            # kept while it is empty
            hint = self.hints[field]
            policy = hint.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # one line; the whole hint in its tooltip
            hint.setSizePolicy(policy)
            hint.setWordWrap(False)
            _hint(hint, "X")  # measured with a message in its style, then shown empty rather than hidden
            hint.setFixedHeight(hint.sizeHint().height())
            _hint(hint, "")
        ui.countryEdit.textChanged.connect(lambda _text: self.check_field("postal_code"))
        ui.requestCombo.addItem(self.tr("none"), None)
        ui.messageLabel.hide()
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Save"))
        self.cancel_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(ui.reject)
        ui.rejected.connect(self._rejected)
        ui.applyMineButton.clicked.connect(self.apply_mine)
        ui.dropMineButton.clicked.connect(self.drop_mine)

        self.comparison = RowsModel([
            Column(self.tr("Field"), get("field"), lambda v: fmt.word("rectify_field", v)),
            Column(self.tr("When you opened"), get("opened"), fmt.text),
            Column(self.tr("Stored now (theirs)"), get("theirs"), fmt.text),
            Column(self.tr("Yours"), get("yours"), fmt.text),
        ], self, highlight=lambda row: row["changed_by_them"])
        setup_table(ui.conflictView, self.comparison)
        ui.conflictView.setSortingEnabled(False)
        ui.pages.setCurrentIndex(FORM)
        ui.firstNameEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def start(self) -> None:
        self.ui.show()
        self.ui.activateWindow()
        self._executor.submit(open_requests_of, self._desk, self._actor, self.customer_no, owner=self.ui,
                              on_result=self._fill_requests, on_error=lambda exc: self._message(
                                  messages.error_text(exc)))

    def _fill_requests(self, requests: list[dict]) -> None:
        combo = self.ui.requestCombo
        for request in requests:
            combo.addItem(f"{request['ref']} · {fmt.word('request_type', request['type'])} · "
                          f"{fmt.word('request_status', request['status'])}", request["ref"])
        wanted = self._wanted_request
        if wanted is None:
            # the one open rectification request is what this change most likely answers
            rectifications = [r["ref"] for r in requests if r["type"] == RequestType.RECTIFICATION.value]
            wanted = rectifications[0] if len(rectifications) == 1 else None
        index = combo.findData(wanted) if wanted else -1
        if index >= 0:
            combo.setCurrentIndex(index)

    # --- checking as the agent types ----------------------------------------------------------------------

    def _edited(self, field: str) -> None:
        """A refusal of the last save is about what was typed then: it goes once the agent changes a field."""
        if self.ui.pages.currentIndex() == FORM and not self._busy:
            self._message("")
        self.check_field(field)

    def check_field(self, field: str) -> bool:
        """True when the field is unchanged or the service would take it; the hint says which form it gets."""
        text = self.edits[field].text()
        hint = self.hints[field]
        if _same(text, shown(field, self.opened[field])):
            _hint(hint, "")
            return True
        country = (self.ui.countryEdit.text().strip().upper() or self.opened.get("country") or "SE")
        try:
            stored = clean_value(field, text, country if field == "postal_code" else "SE")
        except DeskError as exc:
            _hint(hint, field_message(field, exc))
            return False
        if stored is None:
            note = self.tr("Will be removed.")
        elif stored != " ".join(text.split()):
            note = self.tr("Saved as %1").replace("%1", stored)
        else:
            note = ""
        _hint(hint, note, messages.NOTE_STYLE)
        return True

    def changes(self) -> dict[str, str]:
        return {field: edit.text() for field, edit in self.edits.items()
                if not _same(edit.text(), shown(field, self.opened[field]))}

    # --- saving -------------------------------------------------------------------------------------------

    def submit(self) -> None:
        page = self.ui.pages.currentIndex()
        if page == DONE:
            self.ui.accept()
            return
        if self._busy or page != FORM:
            return
        changes = self.changes()
        if not changes:
            self._message(self.tr("Nothing has changed yet."))
            return
        reason = self.ui.reasonEdit.text().strip()
        if not reason:
            self._message(self.tr("Give a reason for the change: what the person said, or what you found."))
            self.ui.reasonEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._changes, self._reason = changes, reason
        self._send()

    def _send(self) -> None:
        self._set_busy(True)
        self._message(self.tr("Saving…"), messages.NOTE_STYLE)
        self._executor.submit(save, self._desk, self._actor, self.customer_no, dict(self._changes), self._reason,
                              self.ui.requestCombo.currentData(), self.version, owner=self.ui,
                              on_result=self._saved, on_error=self._refused)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ok_button.setEnabled(not busy)
        self.ui.applyMineButton.setEnabled(not busy)

    def _message(self, text: str, style: str = messages.ERROR_STYLE) -> None:
        messages.show(self.ui.messageLabel, text, style)

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, Conflict):
            self._show_conflict(exc)
            return
        self._message(messages.error_text(exc))

    # --- another agent was faster -------------------------------------------------------------------------

    def _show_conflict(self, exc: Conflict) -> None:
        theirs = exc.values.get("theirs")
        current = exc.current or {}
        rows = []
        for field in FIELDS:
            opened, now = self.opened.get(field), current.get(field)
            if field in self._changes or opened != now:
                yours = self._changes.get(field)
                rows.append({"field": field, "opened": shown(field, opened), "theirs": shown(field, now),
                             "yours": yours if yours is not None else self.tr("(not changed by you: theirs stays)"),
                             "changed_by_them": opened != now})
        self.comparison.set_rows(rows)
        fit_columns(self.ui.conflictView)
        self._conflict_version, self._conflict_values = theirs, current
        self.ui.conflictLabel.setText(self.tr(
            "Another agent changed this person while you worked, so nothing of yours is saved yet. Rows in amber "
            "are theirs. \"Apply mine anyway\" saves your values over theirs in the fields you changed; their "
            "other changes stay. \"Drop mine\" keeps what is stored now."))
        self._message("")
        self.ui.pages.setCurrentIndex(CONFLICT)
        self.ok_button.hide()
        self.ui.applyMineButton.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_mine(self) -> None:
        if self._busy or self.ui.pages.currentIndex() != CONFLICT:
            return
        self.version = self._conflict_version
        self.opened = {field: self._conflict_values.get(field) for field in FIELDS}
        self._send()

    def drop_mine(self) -> None:
        self.ui.reject()

    def _rejected(self) -> None:
        """Leaving the comparison in any way (the button, Escape) drops the agent's change: the record then shows
        what is stored."""
        if self.ui.pages.currentIndex() == CONFLICT:
            self.dropped.emit()

    # --- saved --------------------------------------------------------------------------------------------

    def _saved(self, result) -> None:
        self._set_busy(False)
        self.version = result.version
        self._message("")
        lines = []
        if result.changed:
            lines.append("<p><b>" + escape(self.tr("Saved:")) + "</b></p><ul>")
            for field, (old, new) in result.changed.items():
                lines.append("<li>" + escape(f"{fmt.word('rectify_field', field)}: {fmt.text(shown(field, old))}"
                                             f" → {fmt.text(shown(field, new))}") + "</li>")
            lines.append("</ul>")
        else:
            lines.append("<p>" + escape(self.tr("Nothing changed: the values you gave are already stored.")) + "</p>")
        if result.tasks:
            request = self.ui.requestCombo.currentData()
            heading = (self.tr("Follow-up tasks in request %1 (GDPR art. 19: tell each recipient):")
                       .replace("%1", request) if request else
                       self.tr("Follow-up tasks, not tied to a request (GDPR art. 19: tell each recipient):"))
            lines.append("<p><b>" + escape(heading) + "</b></p><ul>")
            for task in result.tasks:
                categories = ", ".join(fmt.word("data_category", c) for c in task.get("categories") or [])
                lines.append("<li>" + escape(f"{task['recipient']} ({categories})") + "</li>")
            lines.append("</ul>")
        elif result.changed:
            lines.append("<p>" + escape(self.tr("No recipient had received the changed data: no follow-up "
                                                "tasks.")) + "</p>")
        for warning in result.warnings:
            if warning.startswith("email_in_use:"):
                lines.append("<p>" + escape(self.tr("Note: customer %1 has the same e-mail address; check that "
                                                    "it is not a typing error.")
                                            .replace("%1", warning.partition(":")[2])) + "</p>")
        self.ui.doneLabel.setText("".join(lines))
        self.ui.pages.setCurrentIndex(DONE)
        self.ok_button.show()
        self.ok_button.setText(self.tr("&Close"))
        self.cancel_button.hide()
        self.ok_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.saved.emit(result)
