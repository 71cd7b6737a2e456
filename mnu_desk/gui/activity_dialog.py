"""Help > Activity: the searches of the last week (docs/design.md "Search log") — when, by whom, how many
people each showed — with each agent's totals. A supervisor or an admin sees every agent's searches, an agent
their own; the service decides which. Read on the worker: the log may hold many rows."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from ..services import search_log
from ..services.context import Actor, Desk
from .record.tabs.base import fit_columns, setup_table
from .widgets import formatting as fmt
from .widgets import messages
from .widgets.executor import Executor
from .widgets.table_model import Column, RowsModel, get
from .widgets.uiload import discard, load_ui

DAYS = 7


class ActivityDialog(QObject):
    def __init__(self, executor: Executor, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("activity.ui", parent)
        self.setParent(self.ui)
        ui = self.ui
        self.agents = RowsModel([
            Column(self.tr("Agent"), get("agent")),
            Column(self.tr("Searches"), get("searches"), numeric=True),
            Column(self.tr("People shown"), get("hits"), numeric=True),
        ], self)
        self.searches = RowsModel([
            Column(self.tr("When"), get("at"), fmt.when_seconds),
            Column(self.tr("Agent"), get("agent")),
            Column(self.tr("People shown"), get("hits"), lambda hits: str(hits), numeric=True),
            Column(self.tr("More not shown"), get("more"), fmt.yes_no),
        ], self)
        setup_table(ui.agentsTable, self.agents)
        setup_table(ui.searchesTable, self.searches)
        ui.introLabel.setText(self.tr("Loading…"))
        ui.buttonBox.rejected.connect(ui.reject)
        ui.finished.connect(lambda _result: discard(ui))
        executor.submit(search_log.recent, desk, actor, owner=self, on_result=self._show,
                        on_error=lambda exc: ui.introLabel.setText(messages.error_text(exc)))

    def _show(self, activity: dict) -> None:
        ui = self.ui
        who = (self.tr("every agent's searches") if activity["everyone"] else self.tr("your own searches"))
        ui.introLabel.setText(
            self.tr("The last %1 days: %2. Each search is logged with the number of people it showed; the "
                    "words searched for are never kept.").replace("%1", str(activity["days"])).replace("%2", who))
        self.agents.set_rows(activity["agents"])
        self.searches.set_rows(activity["searches"])
        fit_columns(ui.agentsTable)
        fit_columns(ui.searchesTable)

    def show(self) -> None:
        self.ui.show()
        self.ui.raise_()
        self.ui.activateWindow()
