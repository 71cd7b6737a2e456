"""The case queue (docs/design.md section 8): the desk's open requests by due date, the extended date where there
is one, with the days left; overdue and due-soon rows stand out in words, colour and an icon. Filters by type,
status and agent go to the requests service; "not assigned" is picked from its answer. The queue reads again
after every change of a request (`refresh`), when the agent asks (F5) and every two minutes, since other desks
change requests too."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from ...domain.clock import today_stockholm
from ...domain.requests import RequestType, Status
from ...private_files import write_or_refuse
from ...services.requests import assign, export_register_csv, list_requests
from ..record.tabs.base import fit_columns, setup_table
from ..widgets import formatting as fmt
from ..widgets import messages
from ..widgets.executor import Executor
from ..widgets.uiload import load_ui
from .queue_model import LINES, QueueModel

REFRESH_MS = 120_000
ANYONE, MINE, NOBODY = "", "\x00mine", "\x00nobody"  # agent filter choices besides the agents' names


@dataclass(frozen=True)
class Filters:
    type: str | None = None
    status: str | None = None
    agent: str = ANYONE
    closed: bool = False


def load_queue(desk, actor, filters: Filters) -> tuple[list[dict], int]:
    """On the worker: the rows to show, and how many open requests are overdue in all (for the tab's badge,
    whatever the filters)."""
    agent = actor.name if filters.agent == MINE else (None if filters.agent in (ANYONE, NOBODY) else filters.agent)
    rows = list_requests(desk, actor, open_only=not filters.closed, type=filters.type, status=filters.status,
                         agent=agent)
    if filters.agent == NOBODY:
        rows = [row for row in rows if not row.get("assigned_to")]
    overdue = len(list_requests(desk, actor, overdue_only=True))
    return rows, overdue


def write_register(desk, actor, path: str) -> int:
    """On the worker: the register as CSV in the file the agent chose; the number of requests in it."""
    text = export_register_csv(desk, actor)
    # the save dialog has asked before replacing a file; written whole, readable by the owner only
    write_or_refuse(Path(path), text.encode("utf-8"), force=True)
    return max(0, len(list(csv.reader(io.StringIO(text)))) - 1)


class CaseQueue(QObject):
    open_request = Signal(str)          # a request's ref
    open_person = Signal(str)           # a customer number
    new_request = Signal()
    counts_changed = Signal(int, int)   # rows shown, open requests overdue in all
    status_changed = Signal(str, bool)  # text, is_error

    def __init__(self, executor: Executor, desk, actor, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("case_queue.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self._agents: set[str] = set()
        self.overdue = 0
        self.loaded = False
        ui = self.ui
        self.model = QueueModel(self)
        setup_table(ui.queueView, self.model)
        # each row in two lines (queue_model.LINES): room for both, no more
        rows = ui.queueView.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(LINES * ui.queueView.fontMetrics().lineSpacing() + 8)
        # the days left are under the due date; the channel and the day received are in the request's window and
        # the register's export, the agent beside the status; as columns of their own beside the due date, the
        # type and the customer they would push the queue sideways on half a laptop's screen
        for column in (QueueModel.LEFT, QueueModel.AGENT, QueueModel.CHANNEL, QueueModel.RECEIVED):
            ui.queueView.setColumnHidden(column, True)
        ui.messageLabel.hide()

        ui.typeCombo.addItem(self.tr("All types"), None)
        for kind in RequestType:
            ui.typeCombo.addItem(fmt.word("request_type", kind.value), kind.value)
        self._fill_statuses()
        self._fill_agents()

        ui.typeCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.statusCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.agentCombo.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.closedCheck.toggled.connect(self._closed_toggled)
        ui.queueView.activated.connect(lambda index: self._open(index.row()))
        ui.queueView.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        ui.openButton.clicked.connect(lambda: self._open(self._current_row()))
        ui.assignButton.clicked.connect(self.assign_to_me)
        ui.openPersonButton.clicked.connect(self._open_person)
        ui.newButton.clicked.connect(self.new_request)
        ui.exportButton.clicked.connect(self.export_register)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), ui)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._update_buttons()

    # --- filters ------------------------------------------------------------------------------------------

    def _fill_statuses(self) -> None:
        combo = self.ui.statusCombo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All statuses"), None)
        for status in Status:
            if status.is_open or self.ui.closedCheck.isChecked():
                combo.addItem(fmt.word("request_status", status.value), status.value)
        index = combo.findData(chosen)
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def _fill_agents(self) -> None:
        combo = self.ui.agentCombo
        chosen = combo.currentData() if combo.count() else ANYONE
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All agents"), ANYONE)
        combo.addItem(self.tr("Mine"), MINE)
        combo.addItem(self.tr("Not assigned"), NOBODY)
        for name in sorted(self._agents - {self._actor.name}, key=str.casefold):
            combo.addItem(name, name)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def _closed_toggled(self, _checked: bool) -> None:
        self._fill_statuses()
        self.refresh()

    def filters(self) -> Filters:
        ui = self.ui
        return Filters(ui.typeCombo.currentData(), ui.statusCombo.currentData(), ui.agentCombo.currentData(),
                       ui.closedCheck.isChecked())

    # --- loading ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._executor.submit(load_queue, self._desk, self._actor, self.filters(), owner=self.ui,
                              channel=f"queue:{id(self)}", on_result=self._loaded, on_error=self._failed)

    def _loaded(self, result: tuple[list[dict], int]) -> None:
        rows, overdue = result
        selected = self._current_ref()
        self.model.set_rows(rows)
        # every cell whole on half a laptop's screen; only when the splitter leaves the queue narrower does the
        # customer's name give way (whole in the tooltip and the request's window), never the due date, days
        # left, reference, type or status
        width = self.ui.queueView.fontMetrics().horizontalAdvance
        fit_columns(self.ui.queueView, {QueueModel.CUSTOMER: width("Solveig Andersson") + 12})
        self.overdue = overdue
        self.loaded = True
        names = {row["assigned_to"] for row in rows if row.get("assigned_to")}
        if not names <= self._agents:
            self._agents |= names
            self._fill_agents()
        if not (selected is not None and self.select(selected)) and rows:
            self.ui.queueView.selectRow(0)  # the most urgent: Enter opens it
        shown_overdue, soon = self.model.counts()
        self.ui.summaryLabel.setText(" · ".join([
            self.tr("%n request(s)", "", len(rows)),
            self.tr("%n overdue", "", shown_overdue),
            self.tr("%n due within 7 days", "", soon),
        ]))
        messages.show(self.ui.messageLabel, "")
        self._update_buttons()
        self.counts_changed.emit(len(rows), overdue)

    def _failed(self, exc: BaseException) -> None:
        text = messages.error_text(exc)
        messages.show(self.ui.messageLabel, text)
        self.status_changed.emit(text, True)

    # --- rows ---------------------------------------------------------------------------------------------

    def _current_row(self) -> int:
        rows = self.ui.queueView.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _current_ref(self) -> str | None:
        row = self.model.row(self._current_row())
        return row["ref"] if row else None

    def select(self, ref: str) -> bool:
        for number in range(self.model.rowCount()):
            if self.model.row(number)["ref"] == ref:
                self.ui.queueView.selectRow(number)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.model.row(self._current_row())
        self.ui.openButton.setEnabled(row is not None)
        self.ui.assignButton.setEnabled(row is not None and row.get("days_left") is not None
                                        and row.get("assigned_to") != self._actor.name)
        self.ui.openPersonButton.setEnabled(bool(row and row.get("customer_no")))

    def _open(self, number: int) -> None:
        row = self.model.row(number)
        if row is not None:
            self.open_request.emit(row["ref"])

    def _open_person(self) -> None:
        row = self.model.row(self._current_row())
        if row and row.get("customer_no"):
            self.open_person.emit(row["customer_no"])

    def assign_to_me(self) -> None:
        ref = self._current_ref()
        if ref is None:
            return
        self._executor.submit(assign, self._desk, self._actor, ref, owner=self.ui, on_error=self._failed,
                              on_result=lambda result: self._assigned(result))

    def _assigned(self, result: dict) -> None:
        self.status_changed.emit(self.tr("%1 is assigned to you.").replace("%1", result["ref"]), False)
        self.refresh()

    # --- export -------------------------------------------------------------------------------------------

    def export_register(self) -> None:
        # a file name, so translated: "arenderegister-2026-05-04.csv" for a Swedish desk
        name = self.tr("request-register-%1.csv").replace("%1", today_stockholm().isoformat())
        suggested = str(Path.home() / name)
        path, _filter = QFileDialog.getSaveFileName(self.ui, self.tr("Export the request register"), suggested,
                                                    self.tr("CSV files (*.csv)"))
        if not path:
            return
        if not path.lower().endswith(".csv"):
            path += ".csv"
        messages.show(self.ui.messageLabel, self.tr("Exporting…"), messages.NOTE_STYLE)
        self._executor.submit(write_register, self._desk, self._actor, path, owner=self.ui, on_error=self._failed,
                              on_result=lambda count: self._exported(path, count))

    def _exported(self, path: str, count: int) -> None:
        text = self.tr("Saved the register (%n request(s)) as %1.", "", count).replace("%1", path)
        messages.show(self.ui.messageLabel, text, messages.OK_STYLE)
        self.status_changed.emit(text, False)
