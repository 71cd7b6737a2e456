"""Objections to marketing (policy 9.4, GDPR art. 21) and restrictions of processing or legal holds (art. 18,
policy 6.1): what the desk must obey before it uses or erases anything. Active ones are highlighted."""

from __future__ import annotations

from .. import formatting as fmt
from ..table_model import Column, RowsModel, get
from .base import CategoryTab
from .sections import Section, stack


class ObjectionsTab(CategoryTab):
    categories = ("objections", "restrictions")
    register_codes = ("objections",)

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
        self.body.addWidget(stack(self, [self.objections, self.restrictions]), 1)

    def populate(self, data: dict) -> None:
        self.objections.fill(data.get("objections") or [], 3)
        self.restrictions.fill(data.get("restrictions") or [], 2)
