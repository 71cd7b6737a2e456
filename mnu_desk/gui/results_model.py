"""The search results as a table model (docs/design.md "Qt conventions": a model that holds ids and fetches
rows in pages).

A search answers with the ids of every match, best first (`services.search.find_people`), and the rows of the
first page. The model keeps the ids and the rows fetched so far; when the view scrolls to the end of those
(canFetchMore/fetchMore) it asks its owner, through `request_rows`, for the rows of the next page of ids
(`services.search.rows_for`), and the owner answers with `add_rows`. Each search has a generation number:
ids or rows that arrive for an older generation (a slow answer to what the agent typed before) are dropped,
so the list never jumps back to an earlier query.

No database and no worker in here: the model is filled on the GUI thread by whoever ran the search."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from .widgets import formatting as fmt

KEY_ROLE = Qt.ItemDataRole.UserRole  # the customer number of a row

# (the header's lines, how a row shows in this column). A row reads in two lines, so that a whole e-mail address
# fits a list half a 1366-pixel screen wide: beside the name what tells two namesakes apart (the address, the
# phone, the place), the customer number with the kind of customer, and the status with any restriction.
COLUMNS: tuple[tuple[tuple[str, ...], Callable[[dict], str]], ...] = (
    ((QT_TRANSLATE_NOOP("ResultsModel", "Cust. no."), QT_TRANSLATE_NOOP("ResultsModel", "Kind")),
     lambda r: _lines(fmt.text(r.get("customer_no")), fmt.word("kind", r.get("kind")))),
    ((QT_TRANSLATE_NOOP("ResultsModel", "Name"), QT_TRANSLATE_NOOP("ResultsModel", "E-mail")),
     lambda r: _lines(fmt.person_name(r.get("first_name"), r.get("last_name")), fmt.text(r.get("email")))),
    ((QT_TRANSLATE_NOOP("ResultsModel", "Phone"), QT_TRANSLATE_NOOP("ResultsModel", "Postcode and city")),
     lambda r: _lines(fmt.phone(r.get("phone")), _place(r))),
    ((QT_TRANSLATE_NOOP("ResultsModel", "Status"),), lambda r: _status(r)),
)
LINES = 2  # the lines of a row


def _lines(*lines: str) -> str:
    return "\n".join(lines)


def _place(row: dict) -> str:
    """"111 22 Stockholm", as on an envelope; a dash when neither is known."""
    parts = [part for part in (row.get("postal_code"), row.get("city")) if part]
    return fmt.text(" ".join(parts) if parts else None)


def _status(row: dict) -> str:
    """"Aktiv" alone would hide a restriction or a legal hold: the list names it beside the status."""
    status = fmt.word("status", row.get("status"))
    if row.get("restriction"):
        # the short word ("Begränsad"), so that the status column is read whole beside the others
        return f"{status} · {fmt.word('restriction_short', row['restriction'])}"
    return status


CUSTOMER_NO, NAME_EMAIL, PHONE_PLACE, STATUS = range(len(COLUMNS))


class ResultsModel(QAbstractTableModel):
    PAGE = 50  # rows fetched per page: a screenful or two, so the first answer is quick

    def __init__(self, parent=None, request_rows: Callable[[int, list[int]], None] | None = None) -> None:
        super().__init__(parent)
        self._request_rows = request_rows
        self._generation = 0
        self._query = ""
        self._ids: list[int] = []
        self._next = 0          # index in _ids of the first id whose row has not been asked for
        self._rows: list[dict] = []
        self._more = False      # the search had more matches than it listed
        self._fetching = False

    # --- filling (GUI thread) -----------------------------------------------------------------------------

    @property
    def generation(self) -> int:
        return self._generation

    @property
    def query(self) -> str:
        return self._query

    def begin(self, query: str) -> int:
        """A new search starts: answers to older ones will be refused from now on. The rows on screen stay
        until the answer comes, so the list does not flicker while the agent types."""
        self._generation += 1
        self._query = query
        self._fetching = False
        return self._generation

    def set_results(self, generation: int, ids: list[int], rows: list[dict], more: bool = False,
                    asked: int | None = None) -> bool:
        """A search's answer: all ids, best first, and the rows of the first `asked` ids (a page by
        default). False (and nothing changed) when the answer is not for the latest search."""
        if generation != self._generation:
            return False
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = list(rows)
        # a person gone between the search and the fetch simply has no row: count what was asked, not got
        self._next = min(len(self._ids), self.PAGE if asked is None else asked)
        self._more = more
        self._fetching = False
        self.endResetModel()
        return True

    def add_rows(self, generation: int, rows: list[dict]) -> bool:
        """The rows of the page asked for by request_rows."""
        if generation != self._generation:
            return False
        self._fetching = False
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        return True

    def fetch_failed(self, generation: int) -> None:
        """A page could not be fetched: stop asking until the next search."""
        if generation == self._generation:
            self._fetching = False
            self._next = len(self._ids)

    def clear(self) -> int:
        generation = self.begin("")
        self.set_results(generation, [], [])
        return generation

    # --- reading ------------------------------------------------------------------------------------------

    def customer_no(self, row: int) -> str | None:
        return self._rows[row]["customer_no"] if 0 <= row < len(self._rows) else None

    def row_data(self, row: int) -> dict | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def match_count(self) -> int:
        """Every match the search listed, fetched or not."""
        return len(self._ids)

    @property
    def more(self) -> bool:
        return self._more

    # --- QAbstractTableModel ------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(COLUMNS):
            return "\n".join(QCoreApplication.translate("ResultsModel", title) for title in COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return COLUMNS[index.column()][1](row)
        if role == KEY_ROLE:
            return row["customer_no"]
        if role == Qt.ItemDataRole.FontRole and row.get("status") not in (None, "active"):
            font = QFont()
            font.setItalic(True)  # closed and erased people read differently at a glance
            return font
        return None

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid():
            return False
        return self._next < len(self._ids) and not self._fetching and self._request_rows is not None

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self.canFetchMore():
            return
        page = self._ids[self._next:self._next + self.PAGE]
        self._next += len(page)
        self._fetching = True
        self._request_rows(self._generation, page)
