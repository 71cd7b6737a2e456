"""Importing a file from the shop (an admin's job): choose the category and the file, then the import runs on
the worker with a progress bar and can be cancelled between batches; the batches already in stay, and running
the same file again finishes the job. The result says what became of the rows and where the report is."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ...imports.categories import NAMES
from ...services.imports import import_file
from ..widgets import messages
from ..widgets.executor import Executor, Job
from ..widgets.uiload import load_ui

_CATEGORY_WORDS = {
    "recipients": QT_TRANSLATE_NOOP("ImportDialog", "Recipients"),
    "customers": QT_TRANSLATE_NOOP("ImportDialog", "Customers"),
    "addresses": QT_TRANSLATE_NOOP("ImportDialog", "Addresses"),
    "accounts": QT_TRANSLATE_NOOP("ImportDialog", "Accounts"),
    "favourites": QT_TRANSLATE_NOOP("ImportDialog", "Favourites"),
    "wish_lists": QT_TRANSLATE_NOOP("ImportDialog", "Wish lists"),
    "wish_list_items": QT_TRANSLATE_NOOP("ImportDialog", "Wish list items"),
    "events": QT_TRANSLATE_NOOP("ImportDialog", "Usage events and IP addresses"),
    "interests": QT_TRANSLATE_NOOP("ImportDialog", "Interests"),
    "subscriptions": QT_TRANSLATE_NOOP("ImportDialog", "Newsletter subscriptions"),
    "newsletter_interactions": QT_TRANSLATE_NOOP("ImportDialog", "Newsletter interactions"),
    "orders": QT_TRANSLATE_NOOP("ImportDialog", "Orders"),
    "order_lines": QT_TRANSLATE_NOOP("ImportDialog", "Order lines"),
    "support_contacts": QT_TRANSLATE_NOOP("ImportDialog", "Support contacts"),
    "disclosures": QT_TRANSLATE_NOOP("ImportDialog", "Disclosures"),
}


def _run(job: Job, desk, actor, category: str, path: Path, dry_run: bool, stop: threading.Event) -> dict:
    return import_file(desk, actor, category, path, dry_run=dry_run, progress=job.report, cancel=stop.is_set)


class ImportDialog(QObject):
    imported = Signal(object)  # the import's summary

    def __init__(self, executor: Executor, desk, actor, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("import.ui", parent)
        self.setParent(self.ui)
        self._executor, self._desk, self._actor = executor, desk, actor
        self._job: Job | None = None
        # a stop flag of its own, not the job's cancel: a job cancelled before the worker reached it would
        # never report back, and the window would wait for it
        self._stop = threading.Event()
        ui = self.ui
        for name in NAMES:
            ui.categoryCombo.addItem(QCoreApplication.translate("ImportDialog", _CATEGORY_WORDS[name]), name)
        ui.categoryCombo.setCurrentIndex(NAMES.index("customers"))
        ui.messageLabel.hide()
        ui.progressBar.hide()
        ui.cancelButton.setEnabled(False)
        ui.browseButton.clicked.connect(self.choose_file)
        ui.importButton.clicked.connect(self.start)
        ui.cancelButton.clicked.connect(self.cancel)
        ui.closeButton.clicked.connect(ui.reject)
        ui.rejected.connect(self.cancel)  # closing the window stops the import after its current batch

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.ui, self.tr("File from the shop"), self.ui.fileEdit.text(),
                                              self.tr("CSV or JSON Lines (*.csv *.jsonl *.ndjson *.json);;"
                                                      "All files (*)"))
        if path:
            self.ui.fileEdit.setText(path)

    def start(self) -> None:
        ui = self.ui
        if self._job is not None:
            return
        text = ui.fileEdit.text().strip()
        if not text:
            messages.show(ui.messageLabel, self.tr("Choose the file to import."))
            return
        messages.show(ui.messageLabel, self.tr("Checking the file, then importing…"), messages.NOTE_STYLE)
        ui.progressBar.setRange(0, 0)  # busy until the check of the whole file has counted its rows
        ui.progressBar.show()
        self._set_running(True)
        self._stop = threading.Event()
        self._job = self._executor.submit(_run, self._desk, self._actor, ui.categoryCombo.currentData(),
                                          Path(text), ui.dryRunCheck.isChecked(), self._stop, pass_job=True,
                                          owner=ui,
                                          on_result=self._finished, on_error=self._failed,
                                          on_progress=self._progressed)

    def cancel(self) -> None:
        if self._job is not None:
            self._stop.set()
            messages.show(self.ui.messageLabel, self.tr("Stopping after the current batch…"), messages.NOTE_STYLE)

    def _progressed(self, done: int, total: int) -> None:
        self.ui.progressBar.setRange(0, max(total, 1))
        self.ui.progressBar.setValue(done)

    def _set_running(self, running: bool) -> None:
        ui = self.ui
        for widget in (ui.importButton, ui.categoryCombo, ui.fileEdit, ui.browseButton, ui.dryRunCheck):
            widget.setEnabled(not running)
        ui.cancelButton.setEnabled(running)

    def _finished(self, result: dict) -> None:
        self._job = None
        self._set_running(False)
        summary = (self.tr("%1 rows read: %2 new, %3 updated, %4 unchanged, %5 rejected.")
                   .replace("%1", str(result["rows"])).replace("%2", str(result["inserted"]))
                   .replace("%3", str(result["updated"])).replace("%4", str(result["unchanged"]))
                   .replace("%5", str(result["rejected"])))
        if result["status"] == "cancelled":
            summary = self.tr("Cancelled. The batches already imported stay; import the file again to finish.") \
                + " " + summary
        if result["dry_run"]:
            summary += " " + self.tr("Dry run: nothing was written.")
        if result["rejected"]:
            summary += " " + self.tr("Report: %1").replace("%1", result["report"])
        messages.show(self.ui.messageLabel, summary, messages.OK_STYLE if not result["rejected"] else
                      messages.NOTE_STYLE)
        self.imported.emit(result)

    def _failed(self, exc: BaseException) -> None:
        self._job = None
        self._set_running(False)
        self.ui.progressBar.hide()
        messages.show(self.ui.messageLabel, messages.error_text(exc))
