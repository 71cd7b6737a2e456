"""A stack of titled tables in a splitter: the layout of the tabs that show several lists at once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from ...widgets.table_model import RowsModel
from .base import fit_columns, make_table, section_label


class Section:
    """A title that carries the row count, over a table."""

    def __init__(self, title: str, model: RowsModel, parent: QWidget) -> None:
        self.title = title  # with %1 for the count
        self.model = model
        self.label: QLabel = section_label(parent)
        self.view: QTableView = make_table(model, parent)

    def fill(self, rows: list[dict], sort_column: int | None = None,
             order: Qt.SortOrder = Qt.SortOrder.DescendingOrder) -> None:
        self.model.set_rows(rows)
        if sort_column is not None:
            self.view.sortByColumn(sort_column, order)
        self.label.setText(self.title.replace("%1", str(len(rows))))
        fit_columns(self.view)


def stack(parent: QWidget, sections: list[Section], stretches: list[int] | None = None) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Vertical, parent)
    splitter.setChildrenCollapsible(False)
    for i, section in enumerate(sections):
        holder = QWidget(splitter)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(section.label)
        column.addWidget(section.view, 1)
        splitter.addWidget(holder)
        splitter.setStretchFactor(i, (stretches or [1] * len(sections))[i])
    return splitter
