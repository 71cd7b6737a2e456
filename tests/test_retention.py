"""The retention run (policy 6.1-6.3; Bokföringslagen 7 kap. 2 §)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from mnu_desk.cli.main import main
from mnu_desk.db.models import AuditEntry, Order, Person, UsageEvent
from mnu_desk.domain.errors import PermissionDenied, ValidationFailed
from mnu_desk.domain.retention import months_before
from mnu_desk.services import retention
from mnu_desk.services.accounts import close_account
from mnu_desk.services.restrictions import set_restriction

from .conftest import TEST_PASSWORD
from .factories import add_person

TODAY = date(2027, 3, 15)


def old_events(desk, customer_no, when, n=3):
    with desk.write() as session:
        person = session.scalar(select(Person).where(Person.customer_no == customer_no))
        for i in range(n):
            session.add(UsageEvent(person_id=person.id, occurred_at=when, ip_address="192.0.2.1",
                                   event_type="page_view", path=f"/{i}"))


def population(desk, admin):
    """Visitors with old and new usage, a closed account, an order past its date, a held visitor."""
    add_person(desk, "100001", kind="visitor", ip=None)
    old_events(desk, "100001", datetime(2023, 1, 10, tzinfo=UTC))      # older than 36 months: goes
    old_events(desk, "100001", datetime(2025, 1, 10, tzinfo=UTC), 2)   # younger: stays
    add_person(desk, "100002", kind="visitor", ip=None)
    old_events(desk, "100002", datetime(2023, 1, 10, tzinfo=UTC))
    set_restriction(desk, admin, "100002", "legal_hold", "police request")
    add_person(desk, "100003", kind="account")
    old_events(desk, "100003", datetime(2023, 1, 10, tzinfo=UTC))      # account open: stays (6.2)
    add_person(desk, "100004", kind="account")
    close_account(desk, admin, "100004")
    with desk.write() as session:  # an order of 2018, kept to the end of 2026
        order = session.scalar(select(Order).where(Order.order_no == "5100004"))
        order.placed_at = datetime(2018, 5, 1, tzinfo=UTC)
        order.erasable_from = date(2027, 1, 1)


def usage_of(desk, customer_no):
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(UsageEvent).join(Person)
                              .where(Person.customer_no == customer_no))


def test_months_before_counts_to_the_last_day_of_a_short_month():
    """Policy 6.3: 36 months back, same date, or the month's last day."""
    assert months_before(date(2027, 3, 15), 36) == date(2024, 3, 15)
    assert months_before(date(2027, 2, 28), 12) == date(2026, 2, 28)
    assert months_before(date(2028, 2, 29), 12) == date(2027, 2, 28)


def test_dry_run_counts_equal_the_real_run_and_change_nothing(desk, admin):
    """Policy 6.1-6.3: the dry run says exactly what the real run then does."""
    population(desk, admin)
    before = usage_of(desk, "100001")
    dry = retention.run(desk, admin, today=TODAY, dry_run=True)
    assert usage_of(desk, "100001") == before
    real = retention.run(desk, admin, today=TODAY, batch=2)  # tiny batches: several rounds per rule
    assert dry["counts"] == real["counts"]
    assert real["counts"]["visitor_usage_events"] == 3
    assert real["counts"]["orders_past_erasable_from"] == 1
    assert real["counts"]["closed_usage_events"] == 1 and real["counts"]["closed_addresses"] == 1
    assert real["counts"]["closed_identities"] == 1
    with desk.read() as session:
        closed = session.scalar(select(Person).where(Person.customer_no == "100004"))
        assert (closed.status, closed.first_name, closed.email) == ("closed", None, None)
    assert usage_of(desk, "100001") == 2
    assert usage_of(desk, "100003") == 4  # open account: kept (policy 6.2)
    assert retention.run(desk, admin, today=TODAY, dry_run=True)["total"] == 0


def test_legal_hold_blocks_retention(desk, admin):
    """Policy 6.1: a legal hold keeps every row of that person out of the retention run."""
    population(desk, admin)
    retention.run(desk, admin, today=TODAY)
    assert usage_of(desk, "100002") == 3


def test_a_today_before_the_last_run_is_refused_with_nothing_changed(desk, admin):
    """Policy 6.1-6.3: the job's clock may not run backwards."""
    add_person(desk, "100001", kind="visitor", ip=None)
    retention.run(desk, admin, today=TODAY)
    old_events(desk, "100001", datetime(2020, 1, 1, tzinfo=UTC))
    with pytest.raises(ValidationFailed):
        retention.run(desk, admin, today=date(2027, 3, 14))
    assert usage_of(desk, "100001") == 3


def test_only_an_admin_runs_retention(desk, make_agent):
    """DESIGN section 6: retention runs are an admin's."""
    with pytest.raises(PermissionDenied):
        retention.run(desk, make_agent("sara", "supervisor"), today=TODAY)


def test_cli_retention_run(desk, db_url, admin, monkeypatch, capsys):
    """DESIGN section 7: `retention run [--dry-run] [--today DATE]`; exit 1 and 2 as the contract says."""
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    population(desk, admin)
    base = ["--db", db_url, "--agent", "admin", "--json"]
    assert main(["retention", "run", "--dry-run", "--today", TODAY.isoformat(), *base]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert main(["retention", "run", "--today", TODAY.isoformat(), *base]) == 0
    assert json.loads(capsys.readouterr().out)["counts"] == dry["counts"]
    code = main(["retention", "run", "--today", "2027-01-01", *base])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1
    assert main(["retention", "run", "--today", "15/3/2027", *base]) == 2
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.action == "retention_run")) == 1
