"""Requests: the person's data-protection requests to the desk with their deadlines (GDPR art. 12(3)), and
their support contacts with customer service (policy 1.1, 2.2: serviceärenden)."""

from __future__ import annotations

from datetime import date

from ...domain.clock import today_stockholm
from .. import formatting as fmt
from ..table_model import Column, RowsModel, get
from .base import CategoryTab
from .sections import Section, stack


def _due(row: dict) -> date | None:
    return row.get("extended_due_on") or row.get("due_on")


def _overdue(row: dict) -> bool:
    due = _due(row)
    return row.get("closed_at") is None and due is not None and due < today_stockholm()


class RequestsTab(CategoryTab):
    categories = ("requests", "support_contacts")
    register_codes = ("requests", "support")

    def build(self) -> None:
        self.requests = Section(self.tr("Requests (%1)"), RowsModel([
            Column(self.tr("Reference"), get("ref"), fmt.text),
            Column(self.tr("Type"), get("type"), lambda v: fmt.word("request_type", v)),
            Column(self.tr("Channel"), get("channel"), lambda v: fmt.word("channel", v)),
            Column(self.tr("Status"), get("status"), lambda v: fmt.word("request_status", v)),
            Column(self.tr("Received"), get("received_on"), fmt.day),
            Column(self.tr("Due"), _due, fmt.day),
            Column(self.tr("Closed"), get("closed_at"), fmt.day),
            Column(self.tr("Outcome"), get("outcome"), fmt.text),
        ], self, highlight=_overdue), self)
        self.support = Section(self.tr("Support contacts (%1)"), RowsModel([
            Column(self.tr("Opened"), get("opened_at"), fmt.when),
            Column(self.tr("Closed"), get("closed_at"), fmt.when),
            Column(self.tr("Channel"), get("channel"), lambda v: fmt.word("channel", v)),
            Column(self.tr("Subject"), get("subject"), fmt.text),
            Column(self.tr("Summary"), get("summary"), fmt.text),
        ], self), self)
        self.body.addWidget(stack(self, [self.requests, self.support]), 1)

    def populate(self, data: dict) -> None:
        self.requests.fill(data.get("requests") or [], 4)
        self.support.fill(data.get("support_contacts") or [], 0)
