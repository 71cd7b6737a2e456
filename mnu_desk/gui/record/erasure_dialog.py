"""Erasure of one request's person (policy 9.2, 9.3.3; GDPR art. 17; docs/design.md "Erasure"): first the preview,
every row with what happens to it and why (what stays, stays with its legal reason and the date it may go),
then a supervisor's approval executes it in one transaction. An agent sees the same preview and is told that
a supervisor executes it."""

from __future__ import annotations

from collections import Counter
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.roles import Permission, role_may
from ...services import erasure
from ..widgets import formatting as fmt
from ..widgets import messages
from ..widgets.role_gate import gate
from ..widgets.table_model import Column, RowsModel, get
from ..widgets.uiload import load_ui
from .tabs.base import fit_columns, setup_table

HOLD_STYLE = ("QLabel#holdLabel { background: #f8d7da; border: 1px solid #d9a1a8; border-radius: 3px;"
              " padding: 6px; }")


def load_preview(desk, actor, ref: str, deidentify: tuple[str, ...] = ()) -> dict:
    """On the worker: the preview with its totals, so the GUI thread only hands a list to the model."""
    preview = erasure.preview(desk, actor, ref, deidentify=deidentify)
    rows = preview["rows"]
    actions = Counter(row["action"] for row in rows)
    kept_until = [row["erasable_from"] for row in rows
                  if row["action"] == "keep" and row["reason_code"] == "bookkeeping" and row["erasable_from"]]
    preview["erase_count"] = actions.get("erase", 0)
    preview["deidentify_count"] = actions.get("deidentify", 0)
    preview["keep_count"] = actions.get("keep", 0)
    preview["bookkeeping_count"] = len(kept_until)
    preview["last_erasable_from"] = max(kept_until) if kept_until else None
    return preview


def _may_execute(actor) -> bool:
    return role_may(actor.role, Permission.EXECUTE_ERASURE)  # the service decides again


def _what(row: dict) -> str:
    """What the row is to the agent: an order number, an objection's scope in words; a database id only
    where the row has nothing else to name it by."""
    label = row.get("label")
    if label and ":" in label:
        group, code = label.split(":", 1)
        return fmt.word(group, code)
    return label or f"#{row.get('id')}"


class ErasureDialog(QObject):
    erased = Signal(str)  # the request's ref

    def __init__(self, executor, desk, actor, ref: str, parent: QWidget | None = None,
                 person_name: str | None = None) -> None:
        super().__init__()
        self.person_name = person_name  # beside the number wherever the agent decides
        self.ui = load_ui("erasure.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self.ref = ref
        self.preview: dict | None = None
        self.result: dict | None = None
        self.question: QMessageBox | None = None
        self._busy = False
        ui = self.ui
        ui.setWindowTitle(self.tr("Erasure for request %1 – mnu-desk").replace("%1", ref))
        font = ui.headingLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.headingLabel.setFont(font)
        ui.headingLabel.setText(self.tr("Erasure for request %1").replace("%1", ref))
        ui.holdLabel.setStyleSheet(HOLD_STYLE)
        ui.holdLabel.hide()
        self.rows = RowsModel([
            Column(self.tr("Category"), get("category"), lambda v: fmt.word("erasure_category", v)),
            Column(self.tr("Row"), _what, fmt.text),
            Column(self.tr("Date"), get("date"), lambda v: (v or fmt.DASH)[:10]),
            Column(self.tr("Action"), get("action"), lambda v: fmt.word("erasure_action", v)),
            Column(self.tr("May go from"), get("erasable_from"), lambda v: v or fmt.DASH),
            Column(self.tr("Why"), get("reason_code"), lambda v: fmt.word("erasure_reason", v)),
        ], self, highlight=lambda row: row.get("action") == "keep")
        setup_table(ui.rowsView, self.rows)
        ui.filterEdit.textChanged.connect(self.rows.set_filter)
        ui.executeButton.clicked.connect(self.ask_to_execute)
        # analytics rows may be kept de-identified instead (docs/design.md "Erasure"): the preview follows
        self._deidentify_checks = {"usage_events": ui.deidentifyUsageCheck, "interests": ui.deidentifyInterestsCheck,
                                   "newsletter_interactions": ui.deidentifyNewsletterCheck}
        for check in self._deidentify_checks.values():
            check.toggled.connect(lambda _on: self.reload())
        ui.buttonBox.rejected.connect(ui.reject)
        self._execute_tip = ui.executeButton.toolTip()
        self._set_busy(False)

    def _who(self, customer_no: str) -> str:
        return f"{customer_no} ({self.person_name})" if self.person_name else customer_no

    def start(self) -> None:
        self.ui.show()
        self.ui.activateWindow()
        self.reload()

    def reload(self) -> None:
        self._set_busy(True)
        messages.show(self.ui.messageLabel, self.tr("Reading every row of the person…"), messages.NOTE_STYLE)
        self._executor.submit(load_preview, self._desk, self._actor, self.ref, self.deidentify(), owner=self.ui,
                              channel=f"erasure:{id(self)}", on_result=self._show, on_error=self._failed)

    def _show(self, preview: dict) -> None:
        self.preview = preview
        self._set_busy(False)
        ui = self.ui
        ui.headingLabel.setText(self.tr("Erasure for request %1 · customer %2").replace("%1", self.ref)
                                .replace("%2", self._who(preview["customer_no"])))
        self.rows.set_rows(preview["rows"])
        fit_columns(ui.rowsView)
        ui.holdLabel.setVisible(bool(preview["hold"]))
        ui.holdLabel.setText(self.tr("Legal hold: nothing of this person may be erased until a supervisor lifts "
                                     "the hold (policy 6.1). Every row below is kept."))
        summary = self.tr("Rows to erase: %1. Rows to keep: %2.").replace("%1", str(preview["erase_count"])) \
            .replace("%2", str(preview["keep_count"]))
        if preview["deidentify_count"]:
            summary += " " + self.tr("Rows kept de-identified for statistics: %1.") \
                .replace("%1", str(preview["deidentify_count"]))
        if preview["bookkeeping_count"]:
            summary += " " + self.tr("Orders kept as bookkeeping records, restricted to that use: %1; the last "
                                     "may go on %2, and the retention run removes each on its date.") \
                .replace("%1", str(preview["bookkeeping_count"])).replace("%2", preview["last_erasable_from"])
        ui.summaryLabel.setText(summary)
        if not _may_execute(self._actor):
            messages.show(ui.messageLabel, self.tr("Preview only: a supervisor executes the erasure."),
                          messages.NOTE_STYLE)
        else:
            messages.show(ui.messageLabel, "")
        self._update_buttons()

    def ask_to_execute(self) -> None:
        if self.preview is None or self.result is not None:
            return
        self.question = messages.confirm(
            self.ui, QMessageBox.Icon.Warning, self.tr("Execute the erasure"),
            self.tr("Erase customer %1 now? %2 rows go for good; what stays is restricted to bookkeeping. This "
                    "cannot be undone.").replace("%1", self._who(self.preview["customer_no"]))
            .replace("%2", str(self.preview["erase_count"])), self._answered, yes_text=self.tr("Erase"))

    def _answered(self, yes: bool) -> None:
        self.question = None
        if yes:
            self.execute()

    def execute(self) -> None:
        self._set_busy(True)
        messages.show(self.ui.messageLabel, self.tr("Erasing…"), messages.NOTE_STYLE)
        self._executor.submit(partial(erasure.execute, deidentify=self.deidentify()), self._desk, self._actor,
                              self.ref, owner=self.ui, on_result=self._executed, on_error=self._failed)

    def deidentify(self) -> tuple[str, ...]:
        """The analytics categories the agent chose to keep de-identified."""
        return tuple(category for category, check in self._deidentify_checks.items() if check.isChecked())

    def _executed(self, result: dict) -> None:
        self.result = result
        self._set_busy(False)
        text = self.tr("Customer %1 is erased; ledger line %2 written.").replace("%1", result["customer_no"]) \
            .replace("%2", str(result["ledger_seq"]))
        if result["orders_kept"]:
            text += " " + self.tr("Orders kept for bookkeeping: %1.").replace("%1", str(result["orders_kept"]))
        if result["tasks"]:
            text += " " + self.tr("Recipients to tell: %1 (tasks on the request); close the request when they "
                                  "are told.").replace("%1", str(result["tasks"]))
        messages.show(self.ui.messageLabel, text, messages.OK_STYLE)
        self._update_buttons()
        self.erased.emit(self.ref)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        messages.show(self.ui.messageLabel, messages.error_text(exc))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.progressBar.setVisible(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        preview = self.preview or {}
        self.ui.deidentifyBox.setEnabled(not self._busy and self.result is None)
        # a supervisor's step: disabled for an agent, the tooltip saying who may (the service refuses too)
        gate(self.ui.executeButton, self._actor, Permission.EXECUTE_ERASURE,
             not self._busy and self.result is None and bool(preview) and not preview.get("hold"),
             self._execute_tip)
