"""Interests and newsletters: products and offers the person looked at or clicked, their subscriptions and
what was sent, opened and clicked (policy 3: intresserad av, nyhetsbrev och interaktioner; 5.3: personalised
offers, which a person may object to)."""

from __future__ import annotations

from ...widgets import formatting as fmt
from ...widgets.table_model import Column, RowsModel, get
from .base import CategoryTab
from .sections import Section, stack


class InterestsTab(CategoryTab):
    categories = ("interests", "newsletter")
    register_codes = ("interests", "newsletter")

    def build(self) -> None:
        self.interests = Section(self.tr("Interests (%1)"), RowsModel([
            Column(self.tr("Time"), get("occurred_at"), fmt.when),
            Column(self.tr("Product"), get("product_name"), fmt.text),
            Column(self.tr("Item no."), get("product_sku"), fmt.text),
            Column(self.tr("How"), get("interaction"), lambda v: fmt.word("interaction", v)),
            Column(self.tr("Where"), get("source"), lambda v: fmt.word("source", v)),
        ], self), self)
        self.subscriptions = Section(self.tr("Newsletter subscriptions (%1)"), RowsModel([
            Column(self.tr("List"), get("list_name"), fmt.text),
            Column(self.tr("Subscribed"), get("subscribed_at"), fmt.when),
            Column(self.tr("Unsubscribed"), get("unsubscribed_at"), fmt.when),
            Column(self.tr("Personalised offers"), get("personalise"), fmt.yes_no),
        ], self), self)
        self.interactions = Section(self.tr("Newsletter interactions (%1)"), RowsModel([
            Column(self.tr("Time"), get("occurred_at"), fmt.when),
            Column(self.tr("Campaign"), get("campaign"), fmt.text),
            Column(self.tr("Event"), get("event"), lambda v: fmt.word("newsletter_event", v)),
            Column(self.tr("Link"), get("link"), fmt.text),
        ], self), self)
        self.body.addWidget(stack(self, [self.interests, self.subscriptions, self.interactions], [3, 1, 3]), 1)

    def populate(self, data: dict) -> None:
        newsletter = data.get("newsletter") or {}
        self.interests.fill(data.get("interests") or [], 0)
        self.subscriptions.fill(newsletter.get("subscriptions") or [], 1)
        self.interactions.fill(newsletter.get("interactions") or [], 0)
