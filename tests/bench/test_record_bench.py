"""Opening a heavy record: a person with 200 orders and 20 000 usage events. Target: the record opens (the
overview) in under 200 ms; the purchases and activity tabs load lazily and are measured too."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from mnu_desk.db.bulk import insert_rows, stored_datetime
from mnu_desk.db.models import Order, OrderLine, Person, UsageEvent
from mnu_desk.domain.roles import Role
from mnu_desk.services.context import Actor
from mnu_desk.services.people import more_usage_events, show_person, usage_ips
from mnu_desk.services.record import EVENTS_PAGE, usage_events_page

from .conftest import bench_desk, percentile, report

OVERVIEW = ("identity", "addresses", "contact", "account", "favourites", "wish_lists")
HEAVY_NO = "999999"
RUNS = 15


def _make_heavy_person(desk) -> str:
    with desk.write() as session:
        if session.scalar(select(Person.id).where(Person.customer_no == HEAVY_NO)):
            return HEAVY_NO
        person = Person(customer_no=HEAVY_NO, kind="account", status="active", first_name="Tung",
                        last_name="Kundsson", email="tung@exempel.se", email_norm="tung@exempel.se",
                        search_text="tung kundsson", created_at=datetime.now(UTC))
        session.add(person)
        session.flush()
        pid = person.id
        top_order = session.scalar(select(Order.id).order_by(Order.id.desc()).limit(1)) or 0
        top_line = session.scalar(select(OrderLine.id).order_by(OrderLine.id.desc()).limit(1)) or 0
        top_event = session.scalar(select(UsageEvent.id).order_by(UsageEvent.id.desc()).limit(1)) or 0
        connection = session.connection()
        start = datetime.now(UTC) - timedelta(days=3 * 365)
        orders = [(top_order + i + 1, f"9{i:07d}", pid, stored_datetime(start + timedelta(days=i * 5)), "delivered",
                   "Klarna", "SEK", 49900, 9980, "Tung Kundsson", "Storgatan 1", "111 22", "Stockholm", "SE",
                   "tung@exempel.se", False) for i in range(200)]
        insert_rows(connection, Order.__table__,
                    ("id", "order_no", "person_id", "placed_at", "status", "payment_provider", "currency", "total",
                     "vat", "billing_name", "billing_street", "billing_postal_code", "billing_city",
                     "billing_country", "billing_email", "restricted_to_bookkeeping"), orders)
        lines = [(top_line + i * 2 + n + 1, top_order + i + 1, n + 1, f"SKU-{n}", "Laddkabel USB-C", 1, 24950, 25,
                  24950) for i in range(200) for n in range(2)]
        insert_rows(connection, OrderLine.__table__,
                    ("id", "order_id", "line_no", "product_sku", "product_name", "quantity", "unit_price",
                     "vat_rate_percent", "line_total"), lines)
        events = [(top_event + i + 1, pid, stored_datetime(start + timedelta(minutes=i * 70)),
                   f"2001:db8::{i % 65535:x}", "page_view", f"/produkt/{i}", "c0ffee") for i in range(20_000)]
        insert_rows(connection, UsageEvent.__table__,
                    ("id", "person_id", "occurred_at", "ip_address", "event_type", "path", "cookie_id"), events)
    return HEAVY_NO


def _time(desk, actor, categories) -> list[float]:
    samples = []
    for _ in range(RUNS):
        started = time.perf_counter()
        show_person(desk, actor, HEAVY_NO, categories=categories)
        samples.append((time.perf_counter() - started) * 1000)
    return samples


@pytest.mark.bench
def test_heavy_record_open(bench_server):
    desk = bench_desk(bench_server, 1_000)
    try:
        _make_heavy_person(desk)
        actor = Actor(0, "bench", Role.AGENT)
        for tab, categories in [("overview", OVERVIEW), ("purchases", ("orders",)),
                                ("activity", ("usage_events",))]:
            samples = _time(desk, actor, categories)
            report({"bench": "record_open", "backend": desk.backend, "tab": tab, "orders": 200,
                    "events": 20_000, "p50_ms": round(percentile(samples, 50), 1),
                    "p95_ms": round(percentile(samples, 95), 1)})
    finally:
        desk.dispose()


def _raw_first_page(desk) -> list[float]:
    """The floor: the first page's own query (the same SQL the service runs, compiled once) on a raw DBAPI
    cursor, the rows fetched as the driver gives them."""
    with desk.read() as session:
        pid = session.scalar(select(Person.id).where(Person.customer_no == HEAVY_NO))
    columns = [c for c in UsageEvent.__table__.columns if c.key not in ("person_id",)]
    statement = (select(*columns).where(UsageEvent.person_id == pid)
                 .order_by(UsageEvent.occurred_at.desc(), UsageEvent.id.desc()).limit(EVENTS_PAGE))
    dialect = desk.engine.dialect
    compiled = statement.compile(dialect=dialect)
    state = compiled.construct_params()
    values = (tuple(state[name] for name in compiled.positiontup) if dialect.paramstyle in ("qmark", "format")
              and compiled.positiontup else state)
    raw = desk.engine.raw_connection()
    samples = []
    try:
        for _ in range(RUNS):
            started = time.perf_counter()
            cursor = raw.cursor()
            cursor.execute(str(compiled), values)
            rows = cursor.fetchall()
            cursor.close()
            samples.append((time.perf_counter() - started) * 1000)
        assert len(rows) == EVENTS_PAGE
    finally:
        raw.close()
    return samples


@pytest.mark.bench
def test_activity_first_page(bench_server):
    """The activity tab's first page beside its floor: the service the tab calls (the person looked up, the
    page, the "viewed" audit entry written) and the page query alone, then the raw cursor; the next page as
    scrolling asks for it, and the addresses (with the count) that follow the first page."""
    desk = bench_desk(bench_server, 1_000)
    try:
        _make_heavy_person(desk)
        actor = Actor(0, "bench", Role.AGENT)
        with desk.read() as session:
            pid = session.scalar(select(Person.id).where(Person.customer_no == HEAVY_NO))
        first = _time(desk, actor, ("usage_events_page",))
        query = []
        for _ in range(RUNS):
            started = time.perf_counter()
            with desk.read() as session:
                rows = usage_events_page(session, pid)
            query.append((time.perf_counter() - started) * 1000)
        last = rows[-1]
        following = []
        for _ in range(RUNS):
            started = time.perf_counter()
            more_usage_events(desk, actor, HEAVY_NO, (last["occurred_at"], last["id"]))
            following.append((time.perf_counter() - started) * 1000)
        summary = []
        for _ in range(RUNS):
            started = time.perf_counter()
            usage_ips(desk, actor, HEAVY_NO)
            summary.append((time.perf_counter() - started) * 1000)
        floor = _raw_first_page(desk)
        report({"bench": "activity_first_page", "backend": desk.backend, "events": 20_000, "page": EVENTS_PAGE,
                "tab_p50_ms": round(percentile(first, 50), 1), "tab_p95_ms": round(percentile(first, 95), 1),
                "page_query_p50_ms": round(percentile(query, 50), 1),
                "next_page_p50_ms": round(percentile(following, 50), 1),
                "addresses_and_count_p50_ms": round(percentile(summary, 50), 1),
                "raw_cursor_p50_ms": round(percentile(floor, 50), 1),
                "raw_cursor_p95_ms": round(percentile(floor, 95), 1)})
    finally:
        desk.dispose()
