"""The retention run over 1 000 000 usage events on SQLite: target under 60 s (policy 6.3's 36 months).
Builds its own database in a temporary folder (the run deletes data, so the shared bench databases are not
used); half of the events are older than 36 months and go, a tenth of the visitors with old events is under a legal hold."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from mnu_desk.db import migrate
from mnu_desk.db.bulk import insert_rows, stored_datetime
from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import Person, Restriction, UsageEvent
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
