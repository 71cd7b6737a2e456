"""The company's details for letters and its fiscal year end, as the settings dialog and the first-run wizard
both ask for them. The form only fills and reads fields; the rules are the settings service's."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QWidget

from ...domain.retention import month_end
from ...services.settings import ShopSettings
from ..widgets.uiload import load_ui


class CompanyForm(QObject):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("company_details.ui", parent)
        self.setParent(self.ui)
        locale = QLocale()
        for month in range(1, 13):
            self.ui.fiscalMonthCombo.addItem(locale.standaloneMonthName(month), month)
        self.ui.fiscalMonthCombo.setCurrentIndex(11)

    def fill(self, shop: ShopSettings) -> None:
        ui = self.ui
        ui.companyNameEdit.setText(shop.company_name)
        ui.orgNoEdit.setText(shop.org_no)
        ui.addressEdit.setPlainText("\n".join(shop.company_address))
        ui.contactEdit.setPlainText("\n".join(shop.company_contact))
        month = int(shop.fiscal_year_end.split("-")[0])
        ui.fiscalMonthCombo.setCurrentIndex(month - 1)

    def values(self) -> dict:
        """As the settings service takes them. A fiscal year ends on a month's last day (docs/design.md
        "Retention"), so only the month is asked for; February's end is written 02-28 (the 29th in a leap
        year)."""
        ui = self.ui
        return {"company_name": ui.companyNameEdit.text(), "org_no": ui.orgNoEdit.text(),
                "company_address": ui.addressEdit.toPlainText().splitlines(),
                "company_contact": ui.contactEdit.toPlainText().splitlines(),
                "fiscal_year_end": _month_end(ui.fiscalMonthCombo.currentData())}


def _month_end(month: int) -> str:
    return f"{month:02d}-{month_end(2001, month):02d}"  # 2001: February's end written as the 28th
