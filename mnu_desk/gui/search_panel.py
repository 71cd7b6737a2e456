"""The search field and its results: results while typing (docs/design.md sections 1 and 8).

Typing restarts a short timer; when it fires, the query goes to `services.search.find_people` on the
executor's worker, which answers with the ids of the matches, and the rows of the first page come with it
(`services.search.rows_for`); further pages are fetched as the list is scrolled. Keyboard first: Enter opens
the top hit (or the row the arrows moved to), Up and Down move in the list without leaving the field."""

from __future__ import annotations

import time
import unicodedata

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

from ..services.search import MIN_QUERY_LENGTH, find_people, rows_for
from .record.tabs.base import fit_columns
from .results_model import LINES, NAME_EMAIL, PHONE_PLACE, ResultsModel
from .widgets.executor import Executor
from .widgets.messages import error_text

DEBOUNCE_MS = 150
MAX_QUERY = 200     # what the service looks at; a 10 000-character paste is cut here, not sent whole


def clean_query(text: str) -> str:
    """What is sent to the search: control characters (a pasted tab, newline, NUL) become spaces, the rest
    (accents, emoji) is left to the search's own folding."""
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in text[:MAX_QUERY * 2])
    return cleaned[:MAX_QUERY]


def _search(desk, actor, query: str, page: int):
    """On the worker: every match's id, and the rows of the first page. The time is what the agent waits
    for, both steps together."""
    started = time.perf_counter()
    found = find_people(desk, actor, query)
    rows = rows_for(desk, actor, found.ids[:page])
    return found.ids, rows, found.more, (time.perf_counter() - started) * 1000


class SearchPanel(QObject):
    open_requested = Signal(str)       # a customer number
    status_changed = Signal(str, bool)  # text, is_error

    def __init__(self, executor: Executor, desk, actor, edit: QLineEdit, view: QTableView,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self.edit = edit
        self.view = view
        self.model = ResultsModel(self, request_rows=self._request_rows)
        self._in_flight: int | None = None  # generation of the search on its way
        self._open_when_ready = False

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_now)

        edit.setMaxLength(MAX_QUERY)
        edit.textChanged.connect(self._text_changed)
        edit.returnPressed.connect(self._enter)
        edit.installEventFilter(self)

        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        view.installEventFilter(self)
        # each row in two lines (results_model.COLUMNS): room for both, no more
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(LINES * view.fontMetrics().lineSpacing() + 8)
        self._size_columns()

    def _size_columns(self) -> None:
        """The columns fit the list's width, empty or not (no sideways scroll bar): see _fit_columns."""
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(ResultsModel.PAGE)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Columns as wide as what came, so a name and e-mail address are read whole; only when the list is
        narrower than they need (the splitter moved far) does the name and e-mail give way first, then the
        phone and place (whole in the tooltip), never the customer number, kind or status, so a restriction
        beside the status is always read whole."""
        width = self.view.fontMetrics().horizontalAdvance
        fit_columns(self.view, {column: width(sample) + 12 for column, sample in (
            (NAME_EMAIL, "anna-karin.lindqvist@ex"), (PHONE_PLACE, "070-123 45 67"))})

    # --- searching ----------------------------------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        self._open_when_ready = False
        self._timer.start()

    def run_now(self) -> None:
        """Search for what the field holds now."""
        self._timer.stop()
        query = clean_query(self.edit.text())
        if len(query.strip()) < MIN_QUERY_LENGTH:
            self._executor.invalidate("search")
            self._in_flight = None
            self.model.clear()
            self.status_changed.emit("", False)
            return
        generation = self.model.begin(query)
        self._in_flight = generation
        self._executor.submit(_search, self._desk, self._actor, query, ResultsModel.PAGE, owner=self,
                              channel="search",
                              on_result=lambda result: self._found(generation, result),
                              on_error=lambda exc: self._failed(generation, exc))

    def _found(self, generation: int, result) -> None:
        ids, rows, more, elapsed_ms = result
        if not self.model.set_results(generation, ids, rows, more):
            return
        self._in_flight = None
        if rows:
            self._fit_columns()
            self.view.scrollToTop()
            self._select(0)
        count, ms = len(ids), f"{elapsed_ms:.0f}"
        if more:
            text = self.tr("The best %1 matches in %2 ms; type more to narrow the search").replace("%1", str(count))
            text = text.replace("%2", ms)
        elif count == 0:
            text = self.tr("No matches (%1 ms)").replace("%1", ms)
        else:
            text = self.tr("%n match(es) in %1 ms", "", count).replace("%1", ms)
        self.status_changed.emit(text, False)
        if self._open_when_ready:
            self._open_when_ready = False
            if rows:
                self._open_row(0)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self.model.generation:
            return
        self._in_flight = None
        self._open_when_ready = False
        # the window keeps working: the old results stay, the reason is in the status line
        self.status_changed.emit(self.tr("Search failed: %1").replace("%1", error_text(exc)), True)

    def _request_rows(self, generation: int, ids: list[int]) -> None:
        """The view scrolled to the end of the rows fetched so far: fetch the next page."""
        self._executor.submit(rows_for, self._desk, self._actor, ids, owner=self, channel="search-rows",
                              on_result=lambda rows: self.model.add_rows(generation, rows),
                              on_error=lambda exc: self._page_failed(generation, exc))

    def _page_failed(self, generation: int, exc: BaseException) -> None:
        self.model.fetch_failed(generation)
        self._failed(generation, exc)

    # --- keys and opening ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if watched is self.edit and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp,
                                                Qt.Key.Key_PageDown):
                self._move(key)
                return True
            if watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_row(self.view.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def _move(self, key: int) -> None:
        count = self.model.rowCount()
        if count == 0:
            return
        current = self.view.currentIndex().row()
        page = max(1, self.view.viewport().height() // max(1, self.view.rowHeight(0)) - 1)
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -page, Qt.Key.Key_PageDown: page}[key]
        target = 0 if current < 0 else max(0, min(count - 1, current + step))
        if target == count - 1 and self.model.canFetchMore():
            self.model.fetchMore()
        self._select(target)

    def _select(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def _enter(self) -> None:
        """Enter in the field: the row the arrows chose, else the top hit; if the answer to what was just
        typed is still on its way, open its top hit when it comes."""
        if self.searching:
            self._open_when_ready = True
            if self._timer.isActive():
                self.run_now()
            return
        row = self.view.currentIndex().row()
        self._open_row(row if row >= 0 else 0)

    def _open_row(self, row: int) -> None:
        key = self.model.customer_no(row)
        if key is not None:
            self.open_requested.emit(key)

    @property
    def searching(self) -> bool:
        """Typed but not answered yet: the debounce is waiting or the answer is on its way."""
        return self._timer.isActive() or self._in_flight is not None

    def release(self) -> None:
        """The window is going away: its fields no longer call this panel's Python filter."""
        self.edit.removeEventFilter(self)
        self.view.removeEventFilter(self)
        self._timer.stop()

    def focus(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
