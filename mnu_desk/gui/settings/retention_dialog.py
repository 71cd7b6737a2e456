"""The retention run for an admin (policy 6.1-6.3; docs/design.md "Retention"): a check that counts per category
with the very rules the run uses and changes nothing, then the run itself on the worker, batch by batch, with
progress and a way to stop between batches."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from ... import i18n
from ...i18n.codes import period_words
from ...services import retention
from ..record.tabs.base import setup_table
from ..widgets import formatting as fmt
from ..widgets import messages
from ..widgets.table_model import Column, RowsModel, get
from ..widgets.uiload import load_ui


def _rows(result: dict) -> list[dict]:
    return [{"category": category, "count": count} for category, count in result["counts"].items()]


class RetentionDialog(QObject):
    def __init__(self, executor, desk, actor, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("retention.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self.checked: dict | None = None  # the last check's result
        self.result: dict | None = None   # the last run's result
        self.question: QMessageBox | None = None
        self._job = None
        ui = self.ui
        # the period in words from domain/retention.PERIODS, never a number in the text
        ui.introLabel.setText(ui.introLabel.text().replace("%1", period_words("visitors", i18n.language())))
        self.counts = RowsModel([
            Column(self.tr("What"), get("category"), lambda v: fmt.word("retention_category", v)),
            Column(self.tr("Rows"), get("count"), lambda v: f"{v:,}".replace(",", fmt.NBSP), numeric=True),
        ], self, highlight=lambda row: row["count"] > 0)
        setup_table(ui.countsView, self.counts)
        header = ui.countsView.horizontalHeader()  # the description takes the width, the count its own
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        ui.checkButton.clicked.connect(self.check)
        ui.runButton.clicked.connect(self.ask_to_run)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.buttonBox.rejected.connect(ui.reject)
        ui.checkButton.setDefault(True)
        self._set_busy(False)

    def start(self) -> None:
        self.ui.show()
        self.ui.activateWindow()
        self.check()

    def check(self) -> None:
        self._set_busy(True, indeterminate=True)
        messages.show(self.ui.messageLabel, self.tr("Counting…"), messages.NOTE_STYLE)
        self._job = self._executor.submit(partial(retention.run, dry_run=True), self._desk, self._actor, owner=self.ui,
                                          on_result=self._checked, on_error=self._failed)

    def _checked(self, result: dict) -> None:
        self.checked = result
        self._set_busy(False)
        self._show_counts(result)
        messages.show(self.ui.messageLabel, self.tr("Checked: nothing was changed.") if result["total"]
                      else self.tr("Nothing is past its retention period today."), messages.NOTE_STYLE)

    def ask_to_run(self) -> None:
        if not self.checked or not self.checked["total"]:
            return
        self.question = messages.confirm(
            self.ui, QMessageBox.Icon.Warning, self.tr("Run the retention"),
            self.tr("Remove %1 rows for good? This cannot be undone.").replace("%1", str(self.checked["total"])),
            self._answered, yes_text=self.tr("Remove"))

    def _answered(self, yes: bool) -> None:
        self.question = None
        if yes:
            self.run()

    def run(self) -> None:
        self._set_busy(True, cancellable=True)
        messages.show(self.ui.messageLabel, self.tr("Removing, batch by batch…"), messages.NOTE_STYLE)
        self._job = self._executor.submit(_run_with_job, self._desk, self._actor, pass_job=True, owner=self.ui,
                                          on_result=self._ran, on_error=self._failed, on_progress=self._progressed)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            messages.show(self.ui.messageLabel, self.tr("Stopping after the current batch…"), messages.NOTE_STYLE)

    def _progressed(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, total)
        self.ui.progressBar.setValue(done)

    def _ran(self, result: dict) -> None:
        self.result = result
        self.checked = None
        self._set_busy(False)
        self._show_counts(result)
        if result["cancelled"]:
            text = self.tr("Stopped: %1 rows were removed before the stop; run it again to finish.")
        else:
            text = self.tr("Done: %1 rows removed. The run is in the log.")
        messages.show(self.ui.messageLabel, text.replace("%1", str(result["total"])), messages.OK_STYLE)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        messages.show(self.ui.messageLabel, messages.error_text(exc))

    def _show_counts(self, result: dict) -> None:
        self.counts.set_rows(_rows(result))
        last = result.get("last_run")
        self.ui.lastRunLabel.setText(self.tr("Last complete run: %1").replace("%1", last) if last
                                     else self.tr("The retention has not run on this database yet."))
        self.ui.totalLabel.setText(self.tr("In all: %1 rows").replace("%1", str(result["total"])))

    def _set_busy(self, busy: bool, indeterminate: bool = False, cancellable: bool = False) -> None:
        ui = self.ui
        ui.progressBar.setVisible(busy)
        if busy:
            ui.progressBar.setRange(0, 0 if indeterminate else 1)
            ui.progressBar.setValue(0)
        ui.cancelButton.setVisible(busy and cancellable)
        ui.checkButton.setEnabled(not busy)
        ui.runButton.setEnabled(not busy and bool(self.checked and self.checked["total"]))
        if not busy:
            self._job = None


def _run_with_job(job, desk, actor) -> dict:
    """On the worker: the real run, reporting each rule and stopping when the admin cancels."""
    return retention.run(desk, actor, progress=job.report, cancel=job.cancelled)
