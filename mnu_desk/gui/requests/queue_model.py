"""The case queue's table: open requests by due date, each row saying how urgent it is in words (the days left
under the due date), colour (background and text), an icon and a tooltip. URGENCY_ROLE gives the plain level, so a test
or a delegate does not have to guess from colours.

A column is one line of COLUMNS: its name (QueueModel.NAME is its place, derived), its title, its value and
how the value reads. Adding one is that line (and its title's Swedish in the .ts file); a new value also
comes from `services.requests.list_requests`."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont

from ..widgets import formatting as fmt
from ..widgets import urgency
from ..widgets.table_model import Column, RowsModel, get

URGENCY_ROLE = Qt.ItemDataRole.UserRole + 1


def _who(row: dict) -> str:
    """The customer number over the name, or the requester as given when no customer matched: in two lines, so
    that a long name ("Emelie Persson-Wallinder") is read whole in the queue on half a laptop's screen."""
    if row.get("customer_no"):
        return "\n".join(part for part in (row["customer_no"], row.get("customer_name")) if part)
    return row.get("requester_name") or fmt.DASH


def _status(value: tuple) -> str:
    """The status with the agent working it ("Pågår · anna"): one column instead of two, so that the queue
    fits half a laptop's screen with the customer's name in view."""
    status, agent = value
    word = fmt.word("request_status", status)
    return f"{word} · {agent}" if agent else word


# name, title (translated when the model is made), value, how it reads[, numeric]
COLUMNS = (
    ("DUE", QT_TRANSLATE_NOOP("QueueModel", "Due"), urgency.effective_due, fmt.day),
    ("LEFT", QT_TRANSLATE_NOOP("QueueModel", "Left"), get("days_left"), urgency.days_text, True),
    ("REF", QT_TRANSLATE_NOOP("QueueModel", "Reference"), get("ref"), fmt.text),
    ("TYPE", QT_TRANSLATE_NOOP("QueueModel", "Type"), get("type"), lambda v: fmt.word("request_type_short", v)),
    ("CUSTOMER", QT_TRANSLATE_NOOP("QueueModel", "Customer"), _who, fmt.text),
    ("STATUS", QT_TRANSLATE_NOOP("QueueModel", "Status"), lambda row: (row.get("status"), row.get("assigned_to")),
     _status),
    ("AGENT", QT_TRANSLATE_NOOP("QueueModel", "Agent"), get("assigned_to"), fmt.text),
    ("CHANNEL", QT_TRANSLATE_NOOP("QueueModel", "Channel"), get("channel"), lambda v: fmt.word("channel", v)),
    ("RECEIVED", QT_TRANSLATE_NOOP("QueueModel", "Received"), get("received"), fmt.day),
)


LINES = 2  # the lines of a row


class QueueModel(RowsModel):
    """QueueModel.DUE, .LEFT... are the columns' places, set from COLUMNS below the class."""

    def __init__(self, parent=None) -> None:
        super().__init__([Column(QCoreApplication.translate("QueueModel", title), value, show, *numeric)
                          for _name, title, value, show, *numeric in COLUMNS], parent)
        # a row reads in two lines (LINES), so that the queue fits half a laptop's screen with every cell whole:
        # the days left under the due date (sorted by the date; the separate LEFT column is hidden) and the
        # customer's name under the number
        self._deadline_title = "\n".join(self._columns[column].title for column in (self.DUE, self.LEFT))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if section == self.DUE and orientation == Qt.Orientation.Horizontal \
                and role == Qt.ItemDataRole.DisplayRole:
            return self._deadline_title
        return super().headerData(section, orientation, role)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            return None
        level = urgency.urgency(row)
        if role == URGENCY_ROLE:
            return level
        if role == Qt.ItemDataRole.BackgroundRole:
            return urgency.background(level)
        if role == Qt.ItemDataRole.ForegroundRole:
            return urgency.foreground(level)
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.DUE:
            return "\n".join(self._columns[column].text(row) for column in (self.DUE, self.LEFT))
        if role == Qt.ItemDataRole.DecorationRole and index.column() in (self.DUE, self.LEFT):
            return urgency.icon(level)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = urgency.explanation(row)
            text = self._columns[index.column()].text(row).replace("\n", " ")
            if len(text) > 30:  # a long requester name: whole in the tooltip, as in every other table
                tip = text + "\n" + tip
            if row.get("extended_due"):
                tip += "\n" + self.tr("Extended from %1.").replace("%1", fmt.day(row.get("due")))
            return tip
        if role == Qt.ItemDataRole.FontRole and level == urgency.OVERDUE and index.column() in (self.DUE, self.LEFT):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def counts(self) -> tuple[int, int]:
        """(overdue, due soon) among the rows shown."""
        levels = [urgency.urgency(self.row(r)) for r in range(self.rowCount())]
        return levels.count(urgency.OVERDUE), levels.count(urgency.DUE_SOON)


for _place, (_name, *_spec) in enumerate(COLUMNS):
    setattr(QueueModel, _name, _place)
