"""The record's activity tab reads a heavy user's usage events a page at a time (docs/design.md section 8): the
first page with the tab, the next as the table is scrolled to its end, all the rest before a filter applies;
the count says how many there are in all, and the register extract still gets every event."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from mnu_desk.db.bulk import insert_rows, stored_datetime
from mnu_desk.db.models import Person, UsageEvent
from mnu_desk.gui.record.record_view import RecordView
from mnu_desk.gui.record.tabs import TAB_CLASSES, ActivityTab
from mnu_desk.services.people import person_log, show_person
from mnu_desk.services.record import EVENTS_PAGE

from .factories import add_person
from .test_gui_helpers import WAIT_MS

ACTIVITY = TAB_CLASSES.index(ActivityTab)
EVENTS = 2 * EVENTS_PAGE + 51
ALL = EVENTS + 1  # and add_person's one
START = datetime(2024, 1, 1, tzinfo=UTC)


def _heavy_person(desk, events: int = EVENTS) -> list[int]:
    """A person with `events` and add_person's one, by default more than two pages, two at each moment (the
    page edge falls inside a tie); their ids newest first, the order the tab shows them in."""
    customer_no = add_person(desk, "100001")
    with desk.write() as session:
        pid = session.scalar(select(Person.id).where(Person.customer_no == customer_no))
        top = session.scalar(select(UsageEvent.id).order_by(UsageEvent.id.desc()).limit(1)) or 0
        rows = [(top + i + 1, pid, stored_datetime(START + timedelta(minutes=i // 2)), f"10.0.{i % 3}.{i % 5}",
                 "page_view", f"/produkt/{i}", "c0ffee") for i in range(events)]
        insert_rows(session.connection(), UsageEvent.__table__,
                    ("id", "person_id", "occurred_at", "ip_address", "event_type", "path", "cookie_id"), rows)
        return [e for (e,) in session.execute(select(UsageEvent.id).where(UsageEvent.person_id == pid)
                                              .order_by(UsageEvent.occurred_at.desc(), UsageEvent.id.desc()))]


def _activity(qtbot, executor, desk, actor) -> ActivityTab:
    record = RecordView(executor, desk, actor, "100001", None)
    _OPEN.append(record)  # held as the main window holds its record
    qtbot.addWidget(record.ui)
    record.ui.show()
    qtbot.waitExposed(record.ui)
    record.select_tab(ACTIVITY)
    qtbot.waitUntil(lambda: record.is_loaded(ACTIVITY), timeout=WAIT_MS)
    return record.tabs[ACTIVITY]


_OPEN: list[RecordView] = []


@pytest.fixture(autouse=True)
def _records_closed():
    yield
    while _OPEN:
        _OPEN.pop().close()


def _shown_ids(tab) -> list[int]:
    return [tab.events.row(r)["id"] for r in range(tab.events.rowCount())]


def test_the_first_page_shows_then_scrolling_brings_the_rest(qtbot, desk, admin, executor, swedish):
    expected = _heavy_person(desk)
    total = len(expected)
    assert total == ALL
    tab = _activity(qtbot, executor, desk, admin)
    assert _shown_ids(tab) == expected[:EVENTS_PAGE]
    assert tab.events_label.text() in (f"Användningshändelser ({EVENTS_PAGE} av …)",  # the count on its way
                                       f"Användningshändelser ({EVENTS_PAGE} av {total})")
    qtbot.waitUntil(lambda: tab.ips.rowCount() == 16, timeout=WAIT_MS)  # summed over all events, not the page
    assert sum(tab.ips.row(r)["events"] for r in range(16)) == total
    assert tab.events_label.text() == f"Användningshändelser ({EVENTS_PAGE} av {total})"
    for shown in (2 * EVENTS_PAGE, total):
        tab.events_view.scrollToBottom()
        qtbot.waitUntil(lambda shown=shown: tab.events.rowCount() == shown, timeout=WAIT_MS)
    assert _shown_ids(tab) == expected  # each once, in order, across the ties at the page edges
    assert not tab.events.canFetchMore()
    assert tab.events_label.text() == f"Användningshändelser ({total})"


def test_exactly_a_page_is_all_there_is(qtbot, desk, admin, executor, swedish):
    expected = _heavy_person(desk, EVENTS_PAGE - 1)
    tab = _activity(qtbot, executor, desk, admin)
    assert _shown_ids(tab) == expected
    assert not tab.events.canFetchMore()
    assert tab.events_label.text() == f"Användningshändelser ({EVENTS_PAGE})"


def test_a_filter_reads_the_rest_first_and_finds_among_all(qtbot, desk, admin, executor, swedish):
    _heavy_person(desk)
    tab = _activity(qtbot, executor, desk, admin)
    tab.filter_edit.setText("10.0.2.4")
    qtbot.waitUntil(lambda: tab.events.total() == ALL, timeout=WAIT_MS)
    wanted = [i for i in range(EVENTS) if f"10.0.{i % 3}.{i % 5}" == "10.0.2.4"]
    qtbot.waitUntil(lambda: tab.events.rowCount() == len(wanted), timeout=WAIT_MS)
    assert {tab.events.row(r)["path"] for r in range(len(wanted))} == {f"/produkt/{i}" for i in wanted}
    assert tab.events_label.text() == f"Användningshändelser ({len(wanted)} av {ALL})"
    tab.filter_edit.clear()
    qtbot.waitUntil(lambda: tab.events.rowCount() == ALL, timeout=WAIT_MS)


def test_another_order_reads_the_rest_first(qtbot, desk, admin, executor, swedish):
    _heavy_person(desk)
    tab = _activity(qtbot, executor, desk, admin)
    tab.events_view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: tab.events.rowCount() == ALL, timeout=WAIT_MS)
    paths = [tab.events.row(r)["path"] for r in range(ALL)]
    assert paths == sorted(paths)


def test_the_page_is_logged_as_the_category_and_show_still_gives_every_event(desk, admin):
    _heavy_person(desk)
    page = show_person(desk, admin, "100001", categories=("usage_events_page",))["categories"]
    assert len(page["usage_events_page"]["rows"]) == EVENTS_PAGE
    assert page["usage_events_page"]["more"]
    assert len(show_person(desk, admin, "100001")["categories"]["usage_events"]) == ALL  # the extract's read
    assert person_log(desk, admin, "100001")[-1]["payload"]["categories"] == ["usage_events"]
