"""Purchases: orders with the billing details as on the invoice, and the lines of the selected order (policy
3: Uppgifter om dina inköp). Orders are bookkeeping records: after an erasure they stay, restricted, until the
law's date, which the line below the table says."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...widgets import formatting as fmt
from ...widgets.table_model import Column, RowsModel, get
from .base import CategoryTab, fit_columns, make_table, section_label


def _address(order: dict) -> str:
    parts = [order.get("billing_street"), " ".join(p for p in (order.get("billing_postal_code"),
                                                              order.get("billing_city")) if p)]
    country = order.get("billing_country")
    if country and country != "SE":
        parts.append(country)
    return ", ".join(p for p in parts if p)


class PurchasesTab(CategoryTab):
    categories = ("orders",)
    register_codes = ("purchases",)

    def build(self) -> None:
        self.summary_label = section_label(self)
        self.orders = RowsModel([
            Column(self.tr("Order no."), get("order_no"), fmt.text),
            Column(self.tr("Placed"), get("placed_at"), fmt.when),
            Column(self.tr("Status"), get("status"), lambda v: fmt.word("order_status", v)),
            Column(self.tr("Payment"), get("payment_provider"), fmt.text),
            Column(self.tr("Total"), get("total"), fmt.money, numeric=True),
            Column(self.tr("Billed to"), get("billing_name"), fmt.text),
        ], self, highlight=lambda order: bool(order.get("restricted_to_bookkeeping")))
        self.orders_view = make_table(self.orders, self)
        # the rest of the invoice's details, for the selected order: as columns they would not fit half a
        # laptop's screen beside the search (1366 × 768), and a table that scrolls sideways hides them anyway
        self.billing_label = QLabel(self)
        self.billing_label.setObjectName("billingLabel")
        self.billing_label.setWordWrap(True)
        self.billing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lines_label = section_label(self)
        self.lines = RowsModel([
            Column(self.tr("Line"), get("line_no"), fmt.text, numeric=True),
            Column(self.tr("Item no."), get("product_sku"), fmt.text),
            Column(self.tr("Product"), get("product_name"), fmt.text),
            Column(self.tr("Qty"), get("quantity"), fmt.text, numeric=True),
            Column(self.tr("Unit price"), get("unit_price"), fmt.money, numeric=True),
            Column(self.tr("VAT %"), get("vat_rate_percent"), fmt.text, numeric=True),
            Column(self.tr("Line total"), get("line_total"), fmt.money, numeric=True),
        ], self)
        self.lines_view = make_table(self.lines, self)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        for label, view, below in ((self.summary_label, self.orders_view, self.billing_label),
                                   (self.lines_label, self.lines_view, None)):
            holder = QWidget(splitter)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            column.addWidget(view, 1)
            if below is not None:
                column.addWidget(below)
            splitter.addWidget(holder)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.body.addWidget(splitter, 1)
        self.orders_view.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_lines())

    @staticmethod
    def prepare(data: dict) -> dict:
        orders = data.get("orders") or []
        spent = sum((o.get("total") or Decimal(0) for o in orders if o.get("status") != "cancelled"),
                    Decimal(0))
        return {"orders": orders, "spent": spent}

    def populate(self, data: dict) -> None:
        orders = data["orders"]
        self.orders.set_rows(orders)
        self.orders_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # newest first
        if orders:
            text = self.tr("Orders (%1), bought for %2 in all (cancelled orders not counted)")
            self.summary_label.setText(text.replace("%1", str(len(orders))).replace("%2", fmt.money(data["spent"])))
        else:
            self.summary_label.setText(self.tr("Orders (0)"))
        fit_columns(self.orders_view)
        if orders:
            self.orders_view.selectRow(0)
        self._show_lines()

    def _billing(self, order: dict) -> str:
        """The invoice's name, address and e-mail and its VAT, as the order was billed."""
        billed = ", ".join(part for part in (order.get("billing_name"), _address(order), order.get("billing_email"))
                           if part)
        text = self.tr("Order %1 billed to %2; of which VAT %3.")
        text = (text.replace("%1", order.get("order_no") or "").replace("%2", billed or "–")
                .replace("%3", fmt.money(order.get("vat"))))
        if order.get("erasable_from"):
            text += " " + self.tr("Kept for bookkeeping until %1.").replace("%1", fmt.day(order["erasable_from"]))
        return text

    def _show_lines(self) -> None:
        order = self.orders.row(self.orders_view.currentIndex().row())
        lines = order.get("lines", []) if order else []
        self.lines.set_rows(lines)
        self.billing_label.setText(self._billing(order) if order else "")
        self.billing_label.setVisible(bool(order))
        if order:
            self.lines_label.setText(self.tr("Lines of order %1 (%2)").replace("%1", order.get("order_no", ""))
                                     .replace("%2", str(len(lines))))
        else:
            self.lines_label.setText(self.tr("Order lines"))
        fit_columns(self.lines_view)
