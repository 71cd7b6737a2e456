"""Test people, indexed for search the way every service indexes them."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select

from mnu_desk.db.models import Address, Disclosure, Order, OrderLine, Person, Recipient, UsageEvent
from mnu_desk.db.searchindex import refresh_person
from mnu_desk.domain.contact import normalise_email


def add_person(desk, customer_no="100001", first="Åsa", last="Östberg", *, email=None, phone="+46701234567",
               street="Storgatan 1", postal_code="111 22", city="Stockholm", kind="account",
               order_no=None, ip="2001:db8::1") -> str:
    email = email if email is not None else f"{customer_no}@exempel.se"
    with desk.write() as session:
        person = Person(customer_no=customer_no, kind=kind, status="active", first_name=first, last_name=last,
                        email=email, email_norm=normalise_email(email), phone_e164=phone,
                        created_at=datetime.now(UTC))
        session.add(person)
        session.flush()
        session.add(Address(person_id=person.id, is_primary=True, street=street, postal_code=postal_code,
                            city=city, country="SE", created_at=datetime.now(UTC)))
        order = Order(order_no=order_no or f"5{customer_no}", person_id=person.id, placed_at=datetime.now(UTC),
                      status="paid", payment_provider="Klarna", total=Decimal("199.00"), vat=Decimal("39.80"),
                      billing_name=f"{first} {last}", billing_street=street, billing_postal_code=postal_code,
                      billing_city=city)
        order.lines.append(OrderLine(line_no=1, product_sku="SKU-1", product_name="Kabel", quantity=1,
                                     unit_price=Decimal("199.00"), line_total=Decimal("199.00")))
        session.add(order)
        if ip:
            session.add(UsageEvent(person_id=person.id, occurred_at=datetime.now(UTC), ip_address=ip,
                                   event_type="page_view", path="/"))
        session.flush()
        refresh_person(session, person)
    return customer_no


def add_disclosure(desk, customer_no: str, code: str, name: str, categories: str) -> None:
    """A disclosure to a recipient (made if missing), as the shop's import writes it."""
    with desk.write() as session:
        recipient = session.scalar(select(Recipient).where(Recipient.code == code))
        if recipient is None:
            recipient = Recipient(code=code, name=name, role="payment", country="SE", outside_eea=False)
            session.add(recipient)
            session.flush()
        person_id = session.scalar(select(Person.id).where(Person.customer_no == customer_no))
        session.add(Disclosure(person_id=person_id, recipient_id=recipient.id, disclosed_at=datetime.now(UTC),
                               categories=categories, purpose="payment", legal_basis="contract"))
