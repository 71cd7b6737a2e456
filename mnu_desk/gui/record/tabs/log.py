"""Log: who opened or changed this person's record, when and for what purpose (GDPR art. 5(2) accountability;
the extract names the dates and purposes, CJEU C-579/21). The entries come from
`services.people.person_log`; reading them is not itself logged, so the tab asks again each time it is shown
and includes the openings of this very session."""

from __future__ import annotations

from ....services.people import person_log
from ...widgets import formatting as fmt
from ...widgets.table_model import Column, RowsModel, get
from .base import CategoryTab
from .sections import Section, stack


class LogTab(CategoryTab):
    categories = ()  # not a category of show_person: the tab fetches through its own service
    register_codes = ("audit_payloads",)
    refresh_on_show = True

    def build(self) -> None:
        self.entries = Section(self.tr("Log entries (%1)"), RowsModel([
            Column(self.tr("Time"), get("at"), fmt.when_seconds),
            Column(self.tr("Agent"), get("agent"), fmt.text),
            Column(self.tr("Action"), get("action"), lambda v: fmt.word("audit_action", v)),
            Column(self.tr("Purpose"), get("purpose"), lambda v: fmt.word("purpose", v)),
            Column(self.tr("Request"), get("request_ref"), fmt.text),
            Column(self.tr("Details"), lambda row: self.details(row.get("payload")), str),
        ], self), self)
        self.body.addWidget(stack(self, [self.entries]), 1)

    def details(self, payload: dict | None) -> str:
        """What the entry says beyond its action, in words: the categories an opening saw, a correction's
        old → new values, an objection's scope, a restriction's reason."""
        payload = payload or {}
        parts = []
        if payload.get("categories"):
            parts.append(self.tr("Seen: %1").replace("%1", ", ".join(
                fmt.word("record_category", name) for name in payload["categories"])))
        for field, change in (payload.get("changes") or {}).items():
            if isinstance(change, dict):
                parts.append(f"{fmt.word('rectify_field', field)}: {fmt.text(change.get('old'))} → "
                             f"{fmt.text(change.get('new'))}")
        if payload.get("scope"):
            parts.append(fmt.word("objection_scope", payload["scope"]))
        if payload.get("reason"):
            parts.append(str(payload["reason"]))
        return "; ".join(parts) or fmt.DASH

    @staticmethod
    def fetch(desk, actor, customer_no: str) -> dict:
        """On the worker."""
        return {"entries": person_log(desk, actor, customer_no)}

    def populate(self, data: dict) -> None:
        self.entries.fill(data.get("entries") or [], 0)
