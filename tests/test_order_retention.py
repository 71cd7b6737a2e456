"""Every order has its bookkeeping date and goes from it (Bokföringslagen 7 kap. 2 §; policy 6.2, 6.1;
docs/design.md "Retention"): a guest's order and the order of an account closed by the shop or the desk are
deleted from that date, an open account's orders stay while it is open, a legal hold keeps everything."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from mnu_desk.db.models import Account, Order, OrderLine, Person, Restriction
from mnu_desk.domain.clock import to_stockholm
from mnu_desk.domain.retention import bookkeeping_cutoff, erasable_from, months_before
from mnu_desk.domain.subjects import PersonStatus
from mnu_desk.services import retention, settings
from mnu_desk.services.demo import generate_demo
from mnu_desk.services.restrictions import set_restriction

from .factories import add_person


@pytest.mark.parametrize("year_end", ["12-31", "06-30", "02-28", "01-31", "11-30"])
def test_the_cutoff_agrees_with_every_orders_date(year_end):
    """Bokföringslagen 7 kap. 2 §: an order placed before the cut-off is exactly one past its erasable-from
    date; checked day by day over four years of orders and a run on the first and last day of each year."""
    runs = [day for year in range(2030, 2036) for day in (date(year, 1, 1), date(year, 12, 31), date(year, 7, 1))]
    placed = [date(2022, 1, 1) + timedelta(days=n) for n in range(4 * 366)]
    for today in runs:
        cutoff = bookkeeping_cutoff(today, year_end)
        for day in placed:
            assert (day < cutoff) == (erasable_from(day, year_end) <= today), (today, day)


def _order_at(desk, customer_no, placed: datetime):
    with desk.write() as session:
        session.execute(update(Order).where(Order.order_no == f"5{customer_no}").values(placed_at=placed))


def _orders_of(desk, customer_no) -> int:
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(Order).join(Person)
                              .where(Person.customer_no == customer_no))


def test_guests_and_closed_accounts_orders_go_from_their_date_open_accounts_stay(desk, admin):
    """Policy 6.2: an open account's orders stay while it is open; a guest's order and the order of an account
    the shop closed go from their date (1 January of the fiscal year's end + 8), not before; a legal hold
    keeps everything (policy 6.1)."""
    placed = datetime(2018, 5, 1, 10, tzinfo=UTC)  # kept through 2025, erasable from 1 January 2026
    for customer_no, kind in (("300001", "guest"), ("300002", "account"), ("300003", "account"),
                              ("300004", "guest")):
        add_person(desk, customer_no, kind=kind, ip=None)
        _order_at(desk, customer_no, placed)
    with desk.write() as session:  # 300002's account was closed in the shop; 300003's is open
        for customer_no, closed in (("300002", datetime(2020, 1, 1, tzinfo=UTC)), ("300003", None)):
            person = session.scalar(select(Person).where(Person.customer_no == customer_no))
            session.add(Account(person_id=person.id, login=f"{customer_no}@exempel.se", created_at=placed,
                                closed_at=closed, version=1))
            if closed:
                person.status, person.closed_at = PersonStatus.CLOSED.value, closed
    set_restriction(desk, admin, "300004", "legal_hold", "tvist")
    assert retention.run(desk, admin, today=date(2025, 12, 31))["counts"]["orders_past_erasable_from"] == 0
    result = retention.run(desk, admin, today=date(2026, 1, 1))
    assert result["counts"]["orders_past_erasable_from"] == 2
    assert [_orders_of(desk, c) for c in ("300001", "300002", "300003", "300004")] == [0, 0, 1, 1]
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(OrderLine)) == 2  # the lines went with them


def test_an_order_of_29_february_goes_with_a_fiscal_year_ending_in_february(desk, admin):
    """BFL 3 kap. 1 §: with the year ending in February, 29 February 2028 ends the fiscal year 2028, so the
    order may go from 1 January 2036 — not a year later."""
    settings.change(desk, admin, "fiscal_year_end", "02-28")
    add_person(desk, "300001", kind="guest", ip=None)
    _order_at(desk, "300001", datetime(2028, 2, 29, 12, tzinfo=UTC))
    assert retention.run(desk, admin, today=date(2035, 12, 31))["counts"]["orders_past_erasable_from"] == 0
    assert retention.run(desk, admin, today=date(2036, 1, 1))["counts"]["orders_past_erasable_from"] == 1


def test_retention_to_2045_over_the_demo_data_keeps_no_order_past_its_date(desk, admin):
    """Bokföringslagen 7 kap. 2 §, policy 6.1-6.3 (docs/design.md "Retention"): run year by year from today to
    2045 over the demo data; after each run no order is past its date unless its account is open or a legal
    hold stands, and the dry run's counts equal the run's."""
    generate_demo(desk.engine, 150, seed=3)
    settings.change(desk, admin, "fiscal_year_end", "06-30")
    with desk.read() as session:  # a legal hold on one guest buyer with orders
        guest = session.scalar(select(Person.customer_no).join(Order, Order.person_id == Person.id)
                               .where(Person.kind == "guest").order_by(Person.id).limit(1))
    set_restriction(desk, admin, guest, "legal_hold", "tvist")
    start = date.today()
    days = [start] + [date(year, month, 1) for year in range(start.year + 1, 2046) for month in (1, 7)]
    deleted = 0
    for day in days:
        dry = retention.run(desk, admin, today=day, dry_run=True)
        real = retention.run(desk, admin, today=day)
        # the dry run writes one audit entry of its own, dated now: a run years ahead counts its payload too
        audit_written = 1 if months_before(day, 36) > datetime.now(UTC).date() else 0
        assert real["counts"].pop("old_audit_payloads") == \
            dry["counts"].pop("old_audit_payloads") + audit_written, day
        assert dry["counts"] == real["counts"], day
        deleted += real["counts"]["orders_past_erasable_from"]
        assert _orders_kept_past_their_date(desk, day, "06-30") == [], day
    assert deleted > 0
    with desk.read() as session:
        held = session.scalar(select(func.count()).select_from(Order).join(Person).where(Person.customer_no == guest))
        open_accounts = session.scalar(select(func.count()).select_from(Order).join(Person).where(
            Person.kind == "account", Person.status == "active"))
    assert held > 0 and open_accounts > 0  # kept: a hold, and accounts still open in 2045


def _orders_kept_past_their_date(desk, day: date, year_end: str) -> list[str]:
    with desk.read() as session:
        held = set(session.scalars(select(Restriction.person_id).where(Restriction.kind == "legal_hold",
                                                                       Restriction.lifted_at.is_(None))))
        open_accounts = set(session.scalars(select(Account.person_id).join(Person, Person.id == Account.person_id)
                                            .where(Account.closed_at.is_(None), Person.status == "active")))
        rows = session.execute(select(Order.order_no, Order.person_id, Order.placed_at)).all()
    return [order_no for order_no, person_id, placed in rows
            if erasable_from(to_stockholm(placed).date(), year_end) <= day
            and person_id not in held and person_id not in open_accounts]
