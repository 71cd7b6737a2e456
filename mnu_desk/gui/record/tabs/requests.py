"""Requests: the person's data-protection requests to the desk with their deadlines (GDPR art. 12(3)), and
their support contacts with customer service (policy 1.1, 2.2: serviceärenden)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton

from ....domain import deadlines
from ....domain.clock import today_stockholm
from ....domain.requests import OPEN_STATUSES
from ...widgets import formatting as fmt
from ...widgets import urgency
from ...widgets.table_model import Column, RowsModel, get
from .base import CategoryTab
from .sections import Section, stack


def _due(row: dict) -> date | None:
    return row.get("extended_due_on") or row.get("due_on")


def _days_left(row: dict) -> int | None:
    """As the requests service counts them: none once the request is closed."""
    due = _due(row)
    if row.get("closed_at") is not None or row.get("status") not in OPEN_STATUSES or due is None:
        return None
    return deadlines.days_left(due, today_stockholm())


def _level(row: dict) -> str | None:
    return urgency.urgency({"days_left": _days_left(row)})


class RequestsTab(CategoryTab):
    categories = ("requests", "support_contacts")
    register_codes = ("requests", "support")
    request_activated = Signal(str)   # a request's ref: show it
    new_request_requested = Signal()

    def build(self) -> None:
        actions = QHBoxLayout()
        self.new_request_button = QPushButton(self.tr("&New request…"), self)
        self.new_request_button.setObjectName("newRequestButton")
        self.new_request_button.setToolTip(self.tr("Register a request from this person (Ctrl+N)"))
        self.new_request_button.clicked.connect(self.new_request_requested)
        self.open_request_button = QPushButton(self.tr("&Open request"), self)
        self.open_request_button.setObjectName("openRequestButton")
        self.open_request_button.setToolTip(self.tr("Show the selected request (Enter or double-click)"))
        self.open_request_button.clicked.connect(self._open_selected)
        actions.addWidget(self.new_request_button)
        actions.addWidget(self.open_request_button)
        actions.addStretch(1)
        self.body.addLayout(actions)
        self.requests = Section(self.tr("Requests (%1)"), RowsModel([
            Column(self.tr("Reference"), get("ref"), fmt.text),
            Column(self.tr("Type"), get("type"), lambda v: fmt.word("request_type", v)),
            Column(self.tr("Channel"), get("channel"), lambda v: fmt.word("channel", v)),
            Column(self.tr("Status"), get("status"), lambda v: fmt.word("request_status", v)),
            Column(self.tr("Received"), get("received_on"), fmt.day),
            Column(self.tr("Due"), _due, fmt.day),
            Column(self.tr("Left"), _days_left, urgency.days_text, numeric=True),
            Column(self.tr("Closed"), get("closed_at"), fmt.day),
            Column(self.tr("Outcome"), get("outcome"), fmt.outcome),
        ], self, urgency=_level), self)
        self.support = Section(self.tr("Support contacts (%1)"), RowsModel([
            Column(self.tr("Opened"), get("opened_at"), fmt.when),
            Column(self.tr("Closed"), get("closed_at"), fmt.when),
            Column(self.tr("Channel"), get("channel"), lambda v: fmt.word("channel", v)),
            Column(self.tr("Subject"), get("subject"), fmt.text),
            Column(self.tr("Summary"), get("summary"), fmt.text),
        ], self), self)
        self.body.addWidget(stack(self, [self.requests, self.support]), 1)
        self.requests.view.activated.connect(lambda index: self._open(index.row()))
        self.requests.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

    def _open(self, number: int) -> None:
        row = self.requests.model.row(number)
        if row is not None and row.get("ref"):
            self.request_activated.emit(row["ref"])

    def _open_selected(self) -> None:
        rows = self.requests.view.selectionModel().selectedRows()
        if rows:
            self._open(rows[0].row())

    def _update_buttons(self) -> None:
        self.open_request_button.setEnabled(bool(self.requests.view.selectionModel().selectedRows()))

    def populate(self, data: dict) -> None:
        self.requests.fill(data.get("requests") or [], 4)
        self.support.fill(data.get("support_contacts") or [], 0)
        self._update_buttons()
