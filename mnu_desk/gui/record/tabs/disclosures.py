"""Disclosures: which third party received what, when, why and on what basis, and whether it left the EU/EEA
with which safeguard (policy 7.1-7.4, GDPR art. 15(1)(c) and 15(2)). Transfers outside the EU/EEA are
highlighted."""

from __future__ import annotations

from .... import i18n
from ...widgets import formatting as fmt
from ...widgets.table_model import Column, RowsModel
from .base import CategoryTab
from .sections import Section, stack


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
            Column(self.tr("Country"), _recipient("country"), fmt.text),
            Column(self.tr("Outside EU/EEA"), _recipient("outside_eea"), fmt.yes_no),
            Column(self.tr("Safeguard"), _recipient("safeguard"), fmt.text),
            Column(self.tr("Categories"), lambda r: r.get("categories"), self._category_names),
            Column(self.tr("Purpose"), lambda r: r.get("purpose"), fmt.text),
            Column(self.tr("Legal basis"), lambda r: r.get("legal_basis"), lambda v: fmt.word("legal_basis", v)),
        ], self, highlight=lambda r: bool((r.get("recipient") or {}).get("outside_eea"))), self)
        self.body.addWidget(stack(self, [self.disclosures]), 1)

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
