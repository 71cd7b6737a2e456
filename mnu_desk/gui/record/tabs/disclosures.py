"""Disclosures: which third party received what, when, why and on what basis, and whether it left the EU/EEA
with which safeguard (policy 7.1-7.4, GDPR art. 15(1)(c) and 15(2)). Transfers outside the EU/EEA are
highlighted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from .... import i18n
from ...widgets import formatting as fmt
from ...widgets.table_model import Column, RowsModel
from .base import CategoryTab, fit_columns
from .sections import Section, stack

# shown for the selected disclosure below the table rather than as columns: nine columns do not fit half a
# laptop's screen beside the search (1366 × 768), and a table that scrolls sideways hides them anyway
ROLE, COUNTRY, OUTSIDE_EEA, SAFEGUARD, CATEGORIES, PURPOSE, LEGAL_BASIS = 2, 3, 4, 5, 6, 7, 8
BELOW = (ROLE, CATEGORIES, LEGAL_BASIS, OUTSIDE_EEA, SAFEGUARD)


def _recipient(key: str):
    return lambda row: (row.get("recipient") or {}).get(key)


class DisclosuresTab(CategoryTab):
    categories = ("disclosures",)
    register_codes = ("disclosures",)

    def build(self) -> None:
        self.disclosures = Section(self.tr("Disclosures (%1)"), RowsModel([
            Column(self.tr("Date"), lambda r: r.get("disclosed_at"), fmt.when),
            Column(self.tr("Recipient"), _recipient("name"), fmt.text),
            Column(self.tr("Role"), _recipient("role"), lambda v: fmt.word("recipient_role", v)),
            Column(self.tr("Country"), lambda r: self._country(r), fmt.text),
            Column(self.tr("Outside EU/EEA"), _recipient("outside_eea"), fmt.yes_no),
            Column(self.tr("Safeguard"), _recipient("safeguard"), fmt.text),
            Column(self.tr("Categories"), lambda r: r.get("categories"), self._category_names),
            Column(self.tr("Purpose"), lambda r: r.get("purpose"), fmt.text),
            Column(self.tr("Legal basis"), lambda r: r.get("legal_basis"), lambda v: fmt.word("legal_basis", v)),
        ], self, highlight=lambda r: bool((r.get("recipient") or {}).get("outside_eea"))), self)
        view = self.disclosures.view
        for column in (ROLE, OUTSIDE_EEA, SAFEGUARD, LEGAL_BASIS):
            view.horizontalHeader().hideSection(column)
        view.horizontalHeader().moveSection(CATEGORIES, view.model().columnCount() - 1)  # the last: it stretches
        self.details_label = QLabel(self)
        self.details_label.setObjectName("disclosureDetailsLabel")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.hide()
        view.selectionModel().currentRowChanged.connect(lambda _now, _before: self._show_details())
        splitter = stack(self, [self.disclosures])
        splitter.widget(0).layout().addWidget(self.details_label)
        self.body.addWidget(splitter, 1)

    def _country(self, row: dict) -> str | None:
        """"US · Utanför EU/EES": a transfer outside the EU/EEA is read in the row, not only in its colour."""
        recipient = row.get("recipient") or {}
        if recipient.get("outside_eea"):
            return f"{recipient.get('country') or ''} · {self.tr('Outside EU/EEA')}".strip(" ·")
        return recipient.get("country")

    def _show_details(self) -> None:
        """The selected disclosure whole: its recipient's role, the categories, the legal basis and, outside
        the EU/EEA, the safeguard."""
        model = self.disclosures.model
        row = model.row(self.disclosures.view.currentIndex().row())
        if row is None:
            self.details_label.hide()
            return
        parts = [f"{model.headerData(column, Qt.Orientation.Horizontal)}: {model.cell_text(row, column)}"
                 for column in BELOW]
        self.details_label.setText("\n".join(parts))  # a line each: read down, not across
        self.details_label.show()

    def _category_names(self, codes: str | None) -> str:
        """The stored category codes by the names the processing register gives them."""
        if not codes:
            return fmt.DASH
        names = []
        for code in (c.strip() for c in codes.split(",") if c.strip()):
            try:
                names.append(self.register.category(code, i18n.language()).name)
            except (AttributeError, KeyError):  # no register, or a code it does not know
                names.append(code)
        return ", ".join(names)

    def populate(self, data: dict) -> None:
        self.disclosures.fill(data.get("disclosures") or [], 0)
        if self.disclosures.model.rowCount():
            self.disclosures.view.selectRow(0)  # the newest, with its details below
        self._show_details()
        # the categories and the purpose give way if they must (whole in the line below and the tooltip)
        view = self.disclosures.view
        width = view.fontMetrics().horizontalAdvance
        fit_columns(view, {CATEGORIES: width(self.tr("Categories")) + 24, PURPOSE: width("Betalning av") + 12})
