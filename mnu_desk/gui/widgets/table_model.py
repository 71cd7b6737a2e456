"""A read-only table over a list of dicts, as the record service returns them. Cells are formatted when the
view asks for them, so a tab with 20 000 usage events costs a list assignment, not 100 000 strings; sorting
sorts the list by the raw values (not by the formatted text: "9 kr" must come before "10 kr"); a filter keeps
the rows whose shown text contains every word typed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from . import urgency

RAW_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column:
    title: str                                # already translated by the tab that builds it
    value: Callable[[dict], object]           # the raw value, for sorting
    show: Callable[[object], str] = str       # how the raw value reads
    numeric: bool = False                     # right-aligned

    def text(self, row: dict) -> str:
        return self.show(self.value(row))


def get(name: str) -> Callable[[dict], object]:
    """The raw value of one key of a row."""
    return lambda row: row.get(name)


def _sort_key(value: object) -> tuple:
    """None last in ascending order, and every other value compared with its own kind."""
    if value is None:
        return (1, 0, "")
    if isinstance(value, bool):
        return (0, 0, int(value))
    if isinstance(value, (int, float, Decimal)):
        return (0, 0, value)
    if isinstance(value, datetime):
        return (0, 1, value.timestamp())
    if isinstance(value, date):
        return (0, 1, value.toordinal())
    return (0, 2, str(value).casefold())


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent=None,
                 highlight: Callable[[dict], bool] | None = None,
                 urgency: Callable[[dict], str | None] | None = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._urgency = urgency  # a row's deadline level (gui.urgency): its colours, for requests
        self._all: list[dict] = []
        self._rows: list[dict] = []
        self._filter: list[str] = []
        self._haystacks: dict[int, str] = {}
        self._highlight = highlight

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._haystacks = {}
        self._rows = self._filtered()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        words = [w for w in text.casefold().split() if w]
        if words == self._filter:
            return
        self.beginResetModel()
        self._filter = words
        self._rows = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[dict]:
        if not self._filter:
            return list(self._all)
        kept = []
        for row in self._all:
            haystack = self._haystacks.get(id(row))
            if haystack is None:
                haystack = " ".join(c.text(row) for c in self._columns).casefold()
                self._haystacks[id(row)] = haystack
            if all(word in haystack for word in self._filter):
                kept.append(row)
        return kept

    def row(self, index: int) -> dict | None:
        return self._rows[index] if 0 <= index < len(self._rows) else None

    def cell_text(self, row: dict, column: int) -> str:
        """How `row` reads in `column`, shown or hidden."""
        return self._columns[column].text(row)

    def total(self) -> int:
        return len(self._all)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self._columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self._columns[index.column()]
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = column.text(row)
            return text if len(text) > 30 else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and self._urgency is not None:
            level = self._urgency(row)
            if level is not None:
                return (urgency.background(level) if role == Qt.ItemDataRole.BackgroundRole
                        else urgency.foreground(level))
        if role == Qt.ItemDataRole.BackgroundRole and self._highlight is not None and self._highlight(row):
            return QBrush(QColor(255, 243, 205))  # a pale amber: look here, not an error
        if role == RAW_ROLE:
            return row
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        value = self._columns[column].value
        self.layoutAboutToBeChanged.emit()
        # the selection follows its rows, not their old positions
        persistent = self.persistentIndexList()
        held = [(index, self._rows[index.row()]) for index in persistent if 0 <= index.row() < len(self._rows)]
        reverse = order == Qt.SortOrder.DescendingOrder
        self._all.sort(key=lambda row: _sort_key(value(row)), reverse=reverse)
        self._rows = self._filtered()
        position = {id(row): i for i, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            [index for index, _ in held],
            [self.index(position[id(row)], index.column()) if id(row) in position else QModelIndex()
             for index, row in held])
        self.layoutChanged.emit()
