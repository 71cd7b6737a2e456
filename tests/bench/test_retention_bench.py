"""The retention run over 1 000 000 usage events on SQLite: target under 60 s (policy 6.3's 36 months).
Builds its own database in a temporary folder (the run deletes data, so the shared bench databases are not
used); half of the events are older than 36 months and go, a tenth of the visitors with old events is under a legal hold."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from mnu_desk.db import migrate
from mnu_desk.db.bulk import insert_rows, stored_datetime
from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import (
    Account,
    AuditEntry,
    AuditHead,
    Order,
    OrderLine,
    Person,
    Restriction,
    UsageEvent,
)
from mnu_desk.domain.roles import Role
from mnu_desk.services import retention
from mnu_desk.services.context import Actor, Desk

from .conftest import report

EVENTS = 1_000_000
VISITORS = 20_000
TODAY = date(2027, 3, 15)


@pytest.mark.bench
def test_retention_run_over_a_million_usage_events(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'retention.sqlite3'}")
    migrate.upgrade(engine)
    desk = Desk(engine)
    created = stored_datetime(datetime(2022, 1, 1, tzinfo=UTC))
    old, young = datetime(2023, 6, 1, tzinfo=UTC), datetime(2025, 6, 1, tzinfo=UTC)
    with engine.begin() as connection:
        insert_rows(connection, Person.__table__, ("id", "customer_no", "kind", "status", "search_text",
                                                   "created_at", "version"),
                    ((i, f"V{i:07d}", "visitor", "active", "", created, 1) for i in range(1, VISITORS + 1)))
        insert_rows(connection, Restriction.__table__, ("person_id", "kind", "reason", "set_at", "version"),
                    ((i, "legal_hold", "bench", created, 1) for i in range(2, VISITORS + 1, 20)))
        insert_rows(connection, UsageEvent.__table__, ("person_id", "occurred_at", "ip_address", "event_type"),
                    ((i % VISITORS + 1, stored_datetime((old if i % 2 else young) + timedelta(seconds=i)),
                      "192.0.2.1", "page_view") for i in range(EVENTS)))
    actor = Actor(id=0, name="bench", role=Role.ADMIN)
    started = time.perf_counter()
    dry = retention.run(desk, actor, today=TODAY, dry_run=True)
    dry_s = time.perf_counter() - started
    started = time.perf_counter()
    real = retention.run(desk, actor, today=TODAY)
    real_s = time.perf_counter() - started
    with desk.read() as session:
        left = session.scalar(select(func.count()).select_from(UsageEvent))
    report({"bench": "retention_run", "backend": "sqlite", "usage_events": EVENTS,
            "deleted": real["counts"]["visitor_usage_events"], "left": left, "dry_run_s": round(dry_s, 2),
            "run_s": round(real_s, 2), "target_s": 60})
    desk.dispose()
    assert dry["counts"] == real["counts"]
    assert real["counts"]["visitor_usage_events"] == 450_000  # half are old; a tenth of those are held
    assert left == EVENTS - 450_000
    assert real_s < 60


ORDERS = 200_000
AUDIT = 200_000
BUYERS = 20_000


@pytest.mark.bench
def test_retention_run_over_orders_and_old_audit_entries(tmp_path):
    """Every order past its bookkeeping date and the personal part of audit entries older than three years
    (docs/design.md "Retention"): 200 000 orders with their lines of guests, closed and open accounts (half placed
    in 2016, past their date in 2027) and 200 000 audit entries of 2022; target under 60 s like the run above."""
    engine = make_engine(f"sqlite:///{tmp_path / 'retention-orders.sqlite3'}")
    migrate.upgrade(engine)
    desk = Desk(engine)
    created = stored_datetime(datetime(2015, 1, 1, tzinfo=UTC))
    kinds = ("guest", "account", "account")  # a third guests; of the accounts, half closed
    with engine.begin() as connection:
        insert_rows(connection, Person.__table__, ("id", "customer_no", "kind", "status", "search_text",
                                                   "created_at", "version"),
                    ((i, f"B{i:07d}", kinds[i % 3], "closed" if i % 3 == 2 else "active", "", created, 1)
                     for i in range(1, BUYERS + 1)))
        insert_rows(connection, Account.__table__, ("person_id", "login", "created_at", "closed_at", "version"),
                    ((i, f"b{i}@exempel.se", created, created if i % 3 == 2 else None, 1)
                     for i in range(1, BUYERS + 1) if i % 3))
        insert_rows(connection, Order.__table__, ("id", "order_no", "person_id", "placed_at", "status",
                                                  "payment_provider", "currency", "total", "vat", "billing_name",
                                                  "billing_street", "billing_postal_code", "billing_city",
                                                  "billing_country", "restricted_to_bookkeeping"),
                    ((i, f"O{i:08d}", i % BUYERS + 1,
                      stored_datetime(datetime(2016 if i % 2 else 2024, 5, 1, tzinfo=UTC) + timedelta(seconds=i)),
                      "delivered", "Klarna", "SEK", 19900, 3980, "Namn", "Gata 1", "111 22", "Stad", "SE", 0)
                     for i in range(1, ORDERS + 1)))
        insert_rows(connection, OrderLine.__table__, ("order_id", "line_no", "product_sku", "product_name",
                                                      "quantity", "unit_price", "vat_rate_percent", "line_total"),
                    ((i, 1, "SKU-1", "Kabel", 1, 19900, 25, 19900) for i in range(1, ORDERS + 1)))
        insert_rows(connection, AuditEntry.__table__, ("seq", "at", "agent", "action", "subject", "request_ref",
                                                       "payload_sha256", "personal_sha256", "entry_hash"),
                    ((i, stored_datetime(datetime(2022, 1, 1, tzinfo=UTC) + timedelta(seconds=i)), "bench",
                      "viewed", f"person:B{i % BUYERS + 1:07d}", None, "0" * 64, "0" * 64, "0" * 64)
                     for i in range(1, AUDIT + 1)))
        connection.execute(update(AuditHead).values(seq=AUDIT, hash="0" * 64))
    actor = Actor(id=0, name="bench", role=Role.ADMIN)
    started = time.perf_counter()
    dry = retention.run(desk, actor, today=TODAY, dry_run=True)
    dry_s = time.perf_counter() - started
    started = time.perf_counter()
    real = retention.run(desk, actor, today=TODAY)
    real_s = time.perf_counter() - started
    report({"bench": "retention_run_orders_audit", "backend": "sqlite", "orders": ORDERS, "audit_entries": AUDIT,
            "orders_deleted": real["counts"]["orders_past_erasable_from"],
            "audit_subjects_cleared": real["counts"]["old_audit_subjects"], "dry_run_s": round(dry_s, 2),
            "run_s": round(real_s, 2), "target_s": 60})
    desk.dispose()
    assert dry["counts"] == real["counts"]
    # the 2016 orders of guests and closed accounts go (two thirds of half); open accounts' stay
    assert real["counts"]["orders_past_erasable_from"] == sum(1 for i in range(1, ORDERS + 1, 2)
                                                              if (i % BUYERS + 1) % 3 != 1)
    assert real["counts"]["old_audit_subjects"] == AUDIT
    assert real_s < 60
