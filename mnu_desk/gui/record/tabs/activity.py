"""Activity: the IP addresses a person came from and every usage event (policy 3: IP-adress och
användningsdata; 6.3: kept up to 36 months for visitors). A heavy user has tens of thousands of events, so the
per-address summary is computed on the worker and the table is a model, filtered as the agent types."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSplitter, QVBoxLayout, QWidget

from ...widgets import formatting as fmt
from ...widgets.table_model import Column, RowsModel, get
from .base import CategoryTab, fit_columns, make_table, section_label


def ip_summary(events: list[dict]) -> list[dict]:
    """One row per IP address: how many events, first and last seen."""
    by_ip: dict[str, dict] = {}
    for event in events:
        ip = event.get("ip_address") or ""
        moment = event.get("occurred_at")
        entry = by_ip.get(ip)
        if entry is None:
            by_ip[ip] = {"ip_address": ip, "events": 1, "first": moment, "last": moment}
            continue
        entry["events"] += 1
        if moment is not None:
            if entry["first"] is None or moment < entry["first"]:
                entry["first"] = moment
            if entry["last"] is None or moment > entry["last"]:
                entry["last"] = moment
    return sorted(by_ip.values(), key=lambda e: -e["events"])


class ActivityTab(CategoryTab):
    categories = ("usage_events",)
    register_codes = ("usage",)

    def build(self) -> None:
        self.ips_label = section_label(self)
        self.ips = RowsModel([
            Column(self.tr("IP address"), get("ip_address"), fmt.text),
            Column(self.tr("Events"), get("events"), fmt.text, numeric=True),
            Column(self.tr("First seen"), get("first"), fmt.when),
            Column(self.tr("Last seen"), get("last"), fmt.when),
        ], self)
        self.ips_view = make_table(self.ips, self)
        self.events_label = section_label(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("eventFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter events: IP address, page, type, date…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMaxLength(200)
        self.events = RowsModel([
            Column(self.tr("Time"), get("occurred_at"), fmt.when_seconds),
            Column(self.tr("IP address"), get("ip_address"), fmt.text),
            Column(self.tr("Event"), get("event_type"), lambda v: fmt.word("event_type", v)),
            Column(self.tr("Page"), get("path"), fmt.text),
            Column(self.tr("Cookie id"), get("cookie_id"), fmt.text),
        ], self)
        self.events_view = make_table(self.events, self)

        # filtering 20 000 rows per keystroke would stutter: wait for a pause in typing
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(200)
        self._filter_timer.timeout.connect(self._apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(splitter)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.ips_label)
        top_layout.addWidget(self.ips_view, 1)
        bottom = QWidget(splitter)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.events_label)
        heading.addStretch(1)
        heading.addWidget(self.filter_edit, 1)
        bottom_layout.addLayout(heading)
        bottom_layout.addWidget(self.events_view, 1)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        self.body.addWidget(splitter, 1)

    @staticmethod
    def prepare(data: dict) -> dict:
        events = data.get("usage_events") or []
        return {"events": events, "ips": ip_summary(events)}

    def populate(self, data: dict) -> None:
        self.ips.set_rows(data["ips"])
        self.ips_label.setText(self.tr("IP addresses (%1)").replace("%1", str(len(data["ips"]))))
        self.events.set_rows(data["events"])
        self.events_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        self._update_events_label()
        fit_columns(self.ips_view)
        fit_columns(self.events_view)

    def _apply_filter(self) -> None:
        self.events.set_filter(self.filter_edit.text())
        self._update_events_label()

    def _update_events_label(self) -> None:
        shown, total = self.events.rowCount(), self.events.total()
        if shown == total:
            self.events_label.setText(self.tr("Usage events (%1)").replace("%1", str(total)))
        else:
            self.events_label.setText(self.tr("Usage events (%1 of %2)").replace("%1", str(shown))
                                      .replace("%2", str(total)))
