"""Money is exact and times are UTC on every backend (docs/design.md section 3)."""

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select

from mnu_desk.db.models import Order, Person
from mnu_desk.db.types import Money


def _person(session, **extra):
    person = Person(customer_no="100001", kind="guest", status="active", first_name="Åsa",
                    last_name="Östberg", search_text="asa ostberg", created_at=datetime.now(UTC), **extra)
    session.add(person)
    session.flush()
    return person


def test_money_round_trips_exactly_as_integer_ore(desk):
    with desk.write() as session:
        person = _person(session)
        session.add(Order(order_no="5000001", person_id=person.id, placed_at=datetime.now(UTC),
                          status="paid", payment_provider="Klarna", total=Decimal("1234567.89"),
                          vat=Decimal("0.10") + Decimal("0.20"), billing_name="Åsa Östberg",
                          billing_street="Storgatan 1", billing_postal_code="111 22",
                          billing_city="Stockholm"))
    with desk.read() as session:
        order = session.scalar(select(Order))
        assert order.total == Decimal("1234567.89")
        assert order.vat == Decimal("0.30")
        raw = session.execute(select(Order.__table__.c.total.cast(Money().impl))).scalar()
        assert raw == 123456789


def test_money_refuses_float():
    with pytest.raises(TypeError):
        Money().process_bind_param(0.1, None)


def test_times_are_stored_in_utc_and_come_back_aware(desk):
    stockholm_summer = datetime(2026, 6, 19, 23, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2)))
    with desk.write() as session:
        _person(session).closed_at = stockholm_summer
    with desk.read() as session:
        closed = session.scalar(select(Person.closed_at))
    assert closed.tzinfo is not None
    assert closed == stockholm_summer
    assert closed.astimezone(UTC).hour == 21
    assert closed.microsecond == 123456


def test_swedish_letters_and_emoji_survive(desk):
    with desk.write() as session:
        _person(session, email="åsa.östberg@exempel.se").last_name = "Östberg-Ågren 😀"
    with desk.read() as session:
        person = session.scalar(select(Person))
    assert person.last_name == "Östberg-Ågren 😀"
    assert person.email == "åsa.östberg@exempel.se"
