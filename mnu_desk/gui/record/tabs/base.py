"""What every tab of the record view shares: the line from the processing register that says why the desk
holds these categories (docs/design.md section 2: the record view says what the policy says), a loading/error line,
and the table and form helpers the tabs are built from."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .... import i18n
from ...widgets import messages
from ...widgets.messages import escape
from ...widgets.table_model import RowsModel

SHORT_VALUE = 150  # px: a column this narrow is read whole, never elided to fit
MAX_COLUMN_WIDTH = 360  # a long purpose or URL is elided (full text in the tooltip), not a page wide


class CategoryTab(QWidget):
    """A tab: `categories` are the names show_person loads for it, `register_codes` the processing register's
    categories whose purposes and legal bases head it."""

    categories: tuple[str, ...] = ()
    register_codes: tuple[str, ...] = ()
    # a tab of fixed forms rather than of one table that can shrink: it scrolls when the room is too small
    scrolls = False

    def __init__(self, register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.register_label = QLabel(self)
        self.register_label.setObjectName("registerLabel")
        self.register_label.setWordWrap(True)
        self.register_label.setTextFormat(Qt.TextFormat.RichText)
        self.register_label.setStyleSheet(
            "QLabel#registerLabel { background: #f1f4f8; border: 1px solid #d5dbe3; border-radius: 3px;"
            " padding: 6px; }")
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.hide()
        layout.addWidget(self.register_label)
        layout.addWidget(self.status_label)
        self.body = QVBoxLayout()
        self.body.setSpacing(6)
        layout.addLayout(self.body, 1)
        self.build()
        self._show_register(register)

    # --- to be provided by each tab ------------------------------------------------------------------------

    def build(self) -> None:
        """Create the tab's widgets (empty)."""
        raise NotImplementedError

    @staticmethod
    def prepare(data: dict) -> object:
        """On the worker: turn the service's categories into what populate() needs (sums, groupings), so the
        GUI thread only hands lists to models."""
        return data

    def populate(self, prepared) -> None:
        raise NotImplementedError

    # --- shared -------------------------------------------------------------------------------------------

    def show_loading(self) -> None:
        messages.show(self.status_label, self.tr("Loading…"), messages.NOTE_STYLE)

    def show_error(self, text: str) -> None:
        messages.show(self.status_label, text)

    def show_loaded(self) -> None:
        messages.show(self.status_label, "")

    def _show_register(self, register) -> None:
        if not self.register_codes or register is None:
            self.register_label.hide()
            return
        if isinstance(register, Exception):
            self.register_label.setText(escape(self.tr("The processing register could not be read: %1")
                                               .replace("%1", messages.error_text(register))))
            return
        lang = i18n.language()
        lines, tips = [], []
        for code in self.register_codes:
            try:
                info = register.category(code, lang)
            except KeyError:
                continue
            parts = []
            if info.purposes:
                parts.append(self.tr("purposes: %1.").replace("%1", escape("; ".join(info.purposes))))
            if info.legal_bases:
                parts.append(self.tr("<i>Legal basis:</i> %1.").replace("%1", escape("; ".join(info.legal_bases))))
            lines.append(f"<b>{escape(info.name)}</b> — " + " ".join(parts))
            tip = [f"<b>{escape(info.name)}</b>", self.tr("Kept: %1").replace("%1", escape(info.retention))]
            if info.recipients:
                tip.append(self.tr("Recipients: %1").replace("%1", escape("; ".join(info.recipients))))
            if info.source:
                tip.append(self.tr("Source: %1").replace("%1", escape(info.source)))
            tips.append("<br>".join(tip))
        self.register_label.setText("<br>".join(lines))
        self.register_label.setToolTip("<p>" + "</p><p>".join(tips) + "</p>")


def make_table(model: RowsModel, parent: QWidget | None = None) -> QTableView:
    return setup_table(QTableView(parent), model)


def setup_table(view: QTableView, model: RowsModel) -> QTableView:
    """A table of the desk: read-only rows, sortable, one line each; also for a table from a .ui file."""
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setResizeContentsPrecision(200)  # sample the first rows, not all 20 000, when sizing columns
    view.setSortingEnabled(True)
    return view


def fit_columns(view: QTableView, floors: dict[int, int] | None = None) -> None:
    """Columns as wide as their contents, none wider than MAX_COLUMN_WIDTH; when they still do not fit the
    visible table, the widest give way first (their text elided, whole in the tooltip), none narrower than
    its title or SHORT_VALUE, so that no column is cut off behind a horizontal scroll bar at the window's default
    size. `floors` names the only columns that may give way and how far; the others are always read whole.
    The table fits again whenever its width changes (the window resized, the splitter moved)."""
    header = view.horizontalHeader()
    # measured, not read back after resizeColumnsToContents: a stretched last section reports the room left
    sizes = [0 if header.isSectionHidden(column) else
             min(max(view.sizeHintForColumn(column), header.sectionSizeHint(column)), MAX_COLUMN_WIDTH)
             for column in range(header.count())]
    available = view.viewport().width() if view.isVisible() else 0
    excess = sum(sizes) - available
    if available > 0 and excess > 0:
        if floors is None:
            # a short value (a date, a reference, "9 dagar försenat") is never elided; a long one (a name, an
            # address) keeps at least SHORT_VALUE of its width
            lowest = [max(header.sectionSizeFromContents(column).width(), min(size, SHORT_VALUE))
                      for column, size in enumerate(sizes)]
        else:
            lowest = [min(size, floors[column]) if column in floors else size for column, size in enumerate(sizes)]
        while excess > 0:
            column = max(range(len(sizes)), key=lambda c: sizes[c] - lowest[c])
            room = sizes[column] - lowest[column]
            if room <= 0:
                break
            cut = min(excess, room, max(8, room // 2))
            sizes[column] -= cut
            excess -= cut
    for column, size in enumerate(sizes):
        if not header.isSectionHidden(column):
            header.resizeSection(column, size)
    _Refit.attach(view, floors)


class _Refit(QObject):
    """Fits a table's columns again when its visible width changes: shown for the first time, the window
    resized, the splitter moved. Once per table; a change of height alone is left alone."""

    def __init__(self, view: QTableView, floors: dict[int, int] | None) -> None:
        super().__init__(view)
        self.view, self.floors, self.width = view, floors, view.viewport().width()
        self.pending = False
        view.viewport().installEventFilter(self)

    @classmethod
    def attach(cls, view: QTableView, floors: dict[int, int] | None) -> None:
        refit = view.findChild(cls, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if refit is None:
            cls(view, floors)
        else:
            refit.floors, refit.width = floors, view.viewport().width()

    def eventFilter(self, watched, event) -> bool:
        # Show as well: a table laid out while hidden may come into view at the very width it was fitted at
        # (to nothing, as it was not visible), and then no resize follows
        changed = event.type() == QEvent.Type.Resize and self.view.viewport().width() != self.width
        if (changed or event.type() == QEvent.Type.Show) and not self.pending:
            self.pending = True
            QTimer.singleShot(0, self._fit)
        return False

    def _fit(self) -> None:
        self.pending = False
        if shiboken6.isValid(self.view) and self.view.model() is not None:
            fit_columns(self.view, self.floors)


def section_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class FormBox(QGroupBox):
    """A titled form of read-only values. Each value is a frameless read-only line edit rather than a label:
    an agent can select and copy it, and a long e-mail address does not make the form (and so the record)
    wider than its half of the window; what does not fit scrolls, and the tooltip has it whole."""

    def __init__(self, title: str, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLineEdit] = {}
        for key, label in rows:
            value = QLineEdit(self)
            value.setReadOnly(True)
            value.setFrame(False)
            value.setObjectName(f"{key}Value")
            value.setMinimumWidth(value.fontMetrics().horizontalAdvance("0000-00-00 00:00"))
            palette = value.palette()
            palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
            value.setPalette(palette)
            form.addRow(label, value)
            self.values[key] = value

    def set_values(self, values: dict[str, str]) -> None:
        for key, field in self.values.items():
            text = values.get(key, "–")
            field.setText(text)
            field.setCursorPosition(0)
            field.setToolTip(text if len(text) > 24 else "")
