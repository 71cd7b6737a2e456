"""Activity: the IP addresses a person came from and every usage event (policy 3: IP-adress och
användningsdata; 6.3: kept up to 36 months for visitors). A heavy user has tens of thousands of events, so the
events come a page at a time, newest first: the first with the tab, the next when the table is scrolled to its end
(Qt's fetchMore), all the rest before a filter or another order applies, every read on the worker. The per-address
summary is summed by the database on the worker after the first page shows."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QSplitter, QVBoxLayout, QWidget

from ....services import people
from ....services.record import EVENTS_PAGE
from ...widgets import formatting as fmt
from ...widgets.messages import error_text
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


class EventsModel(RowsModel):
    """The events shown, with the next page asked for through `fetch_next` while `more` says there is one."""

    def __init__(self, columns: list[Column], parent=None) -> None:
        super().__init__(columns, parent)
        self.more = False
        self.fetch_next = None  # set by the tab: ask the worker for the next page

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and self.more and self.fetch_next is not None

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self.more = False  # until the page is in: the view asks again while it waits
            self.fetch_next()

    def append(self, rows: list[dict]) -> None:
        """Rows after the last one held (in its order): the view keeps its place and selection."""
        kept = [row for row in rows if self._passes(row)]
        if kept:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(kept) - 1)
        self._all.extend(rows)
        self._rows.extend(kept)
        if kept:
            self.endInsertRows()

    def _passes(self, row: dict) -> bool:
        if not self._filter:
            return True
        haystack = " ".join(c.text(row) for c in self._columns).casefold()
        self._haystacks[id(row)] = haystack
        return all(word in haystack for word in self._filter)


class ActivityTab(CategoryTab):
    categories = ("usage_events_page",)
    register_codes = ("usage",)
    _source = None  # (executor, desk, actor, customer_no) once attached to a record view
    _total: int | None = 0  # how many events in all; None until the addresses' counts are in
    _load = 0  # raised by each populate: a page of an earlier load is dropped
    _wants_all = False  # a filter or another order waits for the rest of the events
    _fetching = False  # a page is on its way

    def attach(self, executor, desk, actor, customer_no: str) -> None:
        """Where the next pages come from: the record view's worker, desk and agent."""
        self._source = (executor, desk, actor, customer_no)

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
        self.events = EventsModel([
            Column(self.tr("Time"), get("occurred_at"), fmt.when_seconds),
            Column(self.tr("IP address"), get("ip_address"), fmt.text),
            Column(self.tr("Event"), get("event_type"), lambda v: fmt.word("event_type", v)),
            Column(self.tr("Page"), get("path"), fmt.text),
            Column(self.tr("Cookie id"), get("cookie_id"), fmt.text),
        ], self)
        self.events_view = make_table(self.events, self)
        self.events.fetch_next = self._fetch_next
        self.events_view.horizontalHeader().sortIndicatorChanged.connect(lambda *_: self._need_all())

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
        page = data.get("usage_events_page")
        if page is not None:  # the first page; the addresses follow
            return {"events": page["rows"], "total": None if page["more"] else len(page["rows"]), "ips": None}
        events = data.get("usage_events") or []  # all of them at once
        return {"events": events, "total": len(events), "ips": ip_summary(events)}

    def populate(self, data: dict) -> None:
        self._load += 1
        self._total = data["total"]
        self._wants_all = self._fetching = False
        self._show_ips(data["ips"] or [], count=data["ips"] is not None)
        if data["ips"] is None:
            self.ips_label.setText(self.tr("IP addresses (%1)").replace("%1", "…"))
            self._submit(self._show_ips, "usage_ips")
        header = self.events_view.horizontalHeader()
        header.blockSignals(True)  # the first order is the pages' own: nothing more to fetch for it
        self.events.set_rows(data["events"])
        self.events_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first
        header.blockSignals(False)
        self.events.more = self._total is None or len(data["events"]) < self._total
        self._update_events_label()
        fit_columns(self.events_view)

    def _show_ips(self, ips: list[dict], count: bool = True) -> None:
        if count:
            self._total = sum(ip["events"] for ip in ips)
            if not self._fetching:
                self.events.more = not self._complete()
            self._update_events_label()
        self.ips.set_rows(ips)
        self.ips_label.setText(self.tr("IP addresses (%1)").replace("%1", str(len(ips))))
        fit_columns(self.ips_view)

    def _submit(self, on_result, name: str, *args) -> None:
        if self._source is None:
            return
        executor, desk, actor, customer_no = self._source
        load = self._load

        def arrived(result) -> None:
            if load == self._load and shiboken6.isValid(self.events):  # not a closed record's
                on_result(result)
        executor.submit(getattr(people, name), desk, actor, customer_no, *args, owner=self, on_result=arrived,
                        on_error=lambda exc: self._failed(load, exc))

    def _failed(self, load: int, exc: BaseException) -> None:
        if load == self._load:
            self._fetching = False
            self.show_error(error_text(exc))

    def _last_key(self) -> tuple | None:
        held = self.events._all
        if not held:
            return None
        last = min(held, key=lambda e: (e["occurred_at"], e["id"]))  # the oldest held: pages go back in time
        return last["occurred_at"], last["id"]

    def _fetch_next(self, everything: bool = False) -> None:
        after = self._last_key()
        if after is None or self._source is None or self._fetching:
            return
        self._fetching = True
        self._submit(self._page_arrived, "more_usage_events", after, *((None,) if everything else ()))

    def _page_arrived(self, rows: list[dict]) -> None:
        self._fetching = False
        self.events.append(rows)
        self.events.more = bool(rows) and not self._complete(len(rows))
        if self._wants_all:
            if self.events.more:
                self._fetch_next(everything=True)
                return
            self._wants_all = False
            header = self.events_view.horizontalHeader()
            self.events.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
            self.events.set_filter(self.filter_edit.text())
        self._update_events_label()

    def _complete(self, arrived: int | None = None) -> bool:
        """Every event held: as many as the count says, or a page came short of a full one."""
        if self._total is not None:
            return self.events.total() >= self._total
        return arrived is not None and arrived < EVENTS_PAGE

    def _need_all(self) -> bool:
        """Before a filter or another order than newest first: the rest of the events, in one read. True
        when they are on the way (the filter or order applies when they are in)."""
        if self._wants_all:
            return True
        if self._complete() or self._source is None:
            return False
        self._wants_all = True
        self.events.more = False
        self._fetch_next(everything=True)
        return True

    def _apply_filter(self) -> None:
        if self.filter_edit.text().strip() and self._need_all():
            return
        self.events.set_filter(self.filter_edit.text())
        self._update_events_label()

    def _update_events_label(self) -> None:
        shown, total = self.events.rowCount(), self.events.total() if self._total is None else max(
            self._total, self.events.total())
        if self._total is None:  # the count is on its way
            self.events_label.setText(self.tr("Usage events (%1 of %2)").replace("%1", str(shown))
                                      .replace("%2", "…"))
            return
        if shown == total:
            self.events_label.setText(self.tr("Usage events (%1)").replace("%1", str(total)))
        else:
            self.events_label.setText(self.tr("Usage events (%1 of %2)").replace("%1", str(shown))
                                      .replace("%2", str(total)))
