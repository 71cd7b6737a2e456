"""One step on a request that needs a word from the agent: a date, a choice, a reason or an outcome. The same
small form serves every step (ask for proof, proof arrived, extend, refuse, set status, close, a task that is
impossible); the step says which of its fields it needs. The dialog stays open until the service agrees, so a
refusal (a supervisor's decision, open tasks, a date out of range) is read where it was caused."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ..widgets import messages
from ..widgets.dates import from_qdate, to_qdate
from ..widgets.executor import Executor
from ..widgets.uiload import load_ui


@dataclass
class Step:
    title: str
    intro: str
    ok_text: str
    # fn(values) -> (service function, args): called on the GUI thread, the function then runs on the worker
    call: Callable[[dict], tuple[Callable, tuple]]
    date_label: str | None = None
    date_range: tuple[date, date] | None = None
    choice_label: str | None = None
    choices: list[tuple[str, str]] = field(default_factory=list)  # (code, words)
    note_label: str | None = None
    note_for: str | tuple[str, ...] | None = None  # the choice or choices that need the note ("other")
    note_default: str = ""          # e.g. the fee the settings suggest
    text_label: str | None = None
    text_placeholder: str = ""


class RequestStepDialog(QObject):
    done = Signal(object)  # what the service returned

    def __init__(self, executor: Executor, step: Step, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("request_step.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._step = step
        self._busy = False
        ui = self.ui
        ui.setWindowTitle(step.title)
        ui.introLabel.setText(step.intro)
        ui.messageLabel.hide()
        form = ui.formLayout
        if step.date_label:
            ui.dateLabel.setText(step.date_label)
            low, high = step.date_range
            ui.dateEdit.setDateRange(to_qdate(low), to_qdate(high))
            ui.dateEdit.setDate(to_qdate(high))
        form.setRowVisible(ui.dateEdit, bool(step.date_label))
        if step.choice_label:
            ui.choiceLabel.setText(step.choice_label)
            for code, words in step.choices:
                ui.choiceCombo.addItem(words, code)
        form.setRowVisible(ui.choiceCombo, bool(step.choice_label))
        if step.note_label:
            ui.noteLabel.setText(step.note_label)
            ui.noteEdit.setText(step.note_default)
        form.setRowVisible(ui.noteEdit, bool(step.note_label))
        if step.text_label:
            ui.textLabel.setText(step.text_label)
            ui.textEdit.setPlaceholderText(step.text_placeholder)
        form.setRowVisible(ui.textEdit, bool(step.text_label))
        ui.choiceCombo.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(step.ok_text)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(ui.reject)
        ui.finished.connect(lambda _result: messages.show(ui.messageLabel, ""))
        first = next((w for w, wanted in ((ui.textEdit, step.text_label), (ui.dateEdit, step.date_label),
                                         (ui.choiceCombo, step.choice_label)) if wanted), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict:
        ui = self.ui
        return {"date": from_qdate(ui.dateEdit.date()), "choice": ui.choiceCombo.currentData(),
                "note": ui.noteEdit.text().strip(), "text": ui.textEdit.toPlainText().strip()}

    def _choice_changed(self, _index: int = 0) -> None:
        if self._step.note_for is not None:
            wanted = self._step.note_for if isinstance(self._step.note_for, tuple) else (self._step.note_for,)
            self.ui.noteEdit.setEnabled(self.ui.choiceCombo.currentData() in wanted)

    def submit(self) -> None:
        if self._busy:
            return
        try:
            fn, args = self._step.call(self.values())
        except Exception as exc:  # noqa: BLE001 - a value the step cannot use: say so, keep the dialog
            messages.show(self.ui.messageLabel, messages.error_text(exc))
            return
        self._set_busy(True)
        self._executor.submit(fn, *args, owner=self.ui, on_result=self._succeeded, on_error=self._refused)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)

    def _succeeded(self, result) -> None:
        self._set_busy(False)
        self.ui.accept()
        self.done.emit(result)

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        messages.show(self.ui.messageLabel, messages.error_text(exc))
        self.ui.adjustSize()
