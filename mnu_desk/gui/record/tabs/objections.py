"""Objections to marketing (policy 9.4, GDPR art. 21) and restrictions of processing or legal holds (art. 18,
policy 6.1): what the desk must obey before it uses or erases anything. Active ones are highlighted. An
active objection is withdrawn from here when the person asks for it; the row stays, with the day of withdrawal."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from ...widgets import formatting as fmt
from ...widgets.table_model import Column, RowsModel, get
from .base import CategoryTab
from .sections import Section, stack


class ObjectionsTab(CategoryTab):
    categories = ("objections", "restrictions")
    register_codes = ("objections",)
    withdraw_requested = Signal(str)  # the scope of the selected active objection

    def build(self) -> None:
        self.objections = Section(self.tr("Objections (%1)"), RowsModel([
            Column(self.tr("Scope"), get("scope"), lambda v: fmt.word("objection_scope", v)),
            Column(self.tr("Channel"), get("channel"), lambda v: fmt.word("channel", v)),
            Column(self.tr("Received"), get("received_on"), fmt.day),
            Column(self.tr("Registered"), get("registered_at"), fmt.when),
            Column(self.tr("Withdrawn"), get("withdrawn_at"), fmt.when),
        ], self, highlight=lambda o: o.get("withdrawn_at") is None), self)
        self.restrictions = Section(self.tr("Restrictions and legal holds (%1)"), RowsModel([
            Column(self.tr("Kind"), get("kind"), lambda v: fmt.word("restriction_kind", v)),
            Column(self.tr("Reason"), get("reason"), fmt.text),
            Column(self.tr("Set"), get("set_at"), fmt.when),
            Column(self.tr("Lifted"), get("lifted_at"), fmt.when),
            Column(self.tr("Why lifted"), get("lift_reason"), fmt.text),
            Column(self.tr("Person told"), get("person_told_on"), fmt.day),
        ], self, highlight=lambda r: r.get("lifted_at") is None), self)
        actions = QHBoxLayout()
        self.withdraw_button = QPushButton(self.tr("&Withdraw…"), self)
        self.withdraw_button.setObjectName("withdrawButton")
        self.withdraw_button.setToolTip(self.tr("Withdraw the selected objection, when the person asks for it"))
        self.withdraw_button.clicked.connect(self._withdraw)
        actions.addWidget(self.withdraw_button)
        actions.addStretch(1)
        self.body.addLayout(actions)
        self.body.addWidget(stack(self, [self.objections, self.restrictions]), 1)
        self.objections.view.selectionModel().selectionChanged.connect(lambda *_args: self._update_withdraw())
        self._update_withdraw()

    def selected_objection(self) -> dict | None:
        rows = self.objections.view.selectionModel().selectedRows()
        return self.objections.model.row(rows[0].row()) if rows else None

    def _update_withdraw(self) -> None:
        row = self.selected_objection()
        self.withdraw_button.setEnabled(row is not None and row.get("withdrawn_at") is None)

    def _withdraw(self) -> None:
        row = self.selected_objection()
        if row is not None and row.get("withdrawn_at") is None:
            self.withdraw_requested.emit(row["scope"])

    def populate(self, data: dict) -> None:
        self.objections.fill(data.get("objections") or [], 3)
        self.restrictions.fill(data.get("restrictions") or [], 2)
        self._update_withdraw()
