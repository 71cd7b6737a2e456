"""Demo data (docs/design.md sections 3, 4 and 7: `mnu-desk demo --customers N [--seed S]`): every kind of data
subject and every category of the policy (section 3), deterministic per seed, exact money, nothing in the
future, appending continues the numbering. Also the bulk loader underneath it."""

from __future__ import annotations

import ipaddress
import re
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mnu_desk.db import migrate, searchtokens
from mnu_desk.db.bulk import insert_rows, reset_sequences, stored_datetime
from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import (
    Account,
    Address,
    Disclosure,
    Interest,
    NewsletterInteraction,
    NewsletterSubscription,
    Order,
    OrderLine,
    Person,
    Recipient,
    SearchWord,
    SupportContact,
    UsageEvent,
)
from mnu_desk.db.types import UTCDateTime
from mnu_desk.domain.clock import STOCKHOLM
from mnu_desk.domain.contact import normalise_email, phone_e164
from mnu_desk.domain.textfold import fold, person_search_text
from mnu_desk.services import demo
from mnu_desk.services.demo import generate_demo

TODAY = date(2026, 3, 15)
START_OF_TODAY = datetime.combine(TODAY, time(0), tzinfo=STOCKHOLM).astimezone(UTC)
CATEGORY_CODES = {"identity", "address", "contact", "account", "purchases", "usage", "interests", "newsletter",
                  "support"}
STORED_TIME = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}$")


def _engine(path):
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    return engine


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    """300 customers, seed 1, a fixed today."""
    engine = _engine(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    summary = generate_demo(engine, 300, seed=1, today=TODAY)
    yield engine, summary
    engine.dispose()


def _dump(engine):
    with engine.connect() as connection:
        people = connection.exec_driver_sql("SELECT * FROM people ORDER BY id").all()
        orders = connection.exec_driver_sql("SELECT * FROM orders ORDER BY id").all()
        lines = connection.exec_driver_sql("SELECT * FROM order_lines ORDER BY id").all()
        events = connection.exec_driver_sql("SELECT * FROM usage_events ORDER BY id").all()
    return people, orders, lines, events


def test_same_seed_gives_identical_rows(loaded, tmp_path):
    engine, _ = loaded
    again = _engine(tmp_path / "again.sqlite3")
    other = _engine(tmp_path / "other.sqlite3")
    try:
        generate_demo(again, 300, seed=1, today=TODAY)
        generate_demo(other, 300, seed=2, today=TODAY)
        first = _dump(engine)
        assert first[0] and first[1]
        assert _dump(again) == first
        assert _dump(other)[0] != first[0]
    finally:
        again.dispose()
        other.dispose()


def test_summary_counts_match_the_tables(loaded):
    engine, summary = loaded
    assert summary.people == 300 and summary.requested == 300 and not summary.cancelled
    assert summary.first_customer_no == "100001" and summary.last_customer_no == "100300"
    assert summary.seconds > 0
    with engine.connect() as connection:
        for name, count in summary.counts.items():
            assert connection.exec_driver_sql(f"SELECT COUNT(*) FROM {name}").scalar() == count, name
    assert summary.total_rows == sum(summary.counts.values())


def test_every_subject_kind_is_present_in_roughly_the_designed_mix(loaded):
    """Policy 1, 1.1: account holders, guest buyers, newsletter subscribers, visitors without account."""
    engine, _ = loaded
    with engine.connect() as connection:
        kinds = dict(connection.execute(select(Person.kind, func.count()).group_by(Person.kind)).all())
        closed = connection.execute(
            select(func.count()).where(Person.status == "closed", Person.closed_at.is_not(None))).scalar()
        closed_accounts = connection.execute(
            select(func.count()).select_from(Account).where(Account.closed_at.is_not(None))).scalar()
    assert set(kinds) == {"account", "guest", "subscriber", "visitor"}
    assert 0.45 < kinds["account"] / 300 < 0.65
    assert 0.12 < kinds["guest"] / 300 < 0.28
    assert 0.04 < kinds["subscriber"] / 300 < 0.16
    assert 0.08 < kinds["visitor"] / 300 < 0.22
    assert closed >= 1 and closed == closed_accounts


def test_every_category_table_is_filled(loaded):
    """Policy 3: each category of personal data has rows to show and to extract."""
    engine, _ = loaded
    with engine.connect() as connection:
        for table in [*demo.TABLE_NAMES, "recipients"]:
            assert connection.exec_driver_sql(f"SELECT COUNT(*) FROM {table}").scalar() > 0, table


def test_people_rows_are_consistent_with_the_domain_rules(loaded):
    """search_text as person_search_text makes it, e-mail in its normal form, phones valid E.164,
    postcodes NNN NN, the account login is the e-mail."""
    engine, _ = loaded
    with Session(engine) as session:
        people = session.scalars(select(Person).order_by(Person.id)).all()
        emails = [p.email for p in people if p.email]
        assert len(emails) == len(set(emails))
        for person in people:
            primary = next((a for a in person.addresses if a.is_primary), None)
            assert person.search_text == person_search_text(
                person.first_name, person.last_name, person.email, primary and primary.street,
                primary and primary.postal_code, primary and primary.city)
            assert person.email_norm == normalise_email(person.email)
            assert person.version == 1
            assert person.created_at.tzinfo is not None
            if person.phone_e164:
                assert phone_e164(person.phone_e164) == person.phone_e164
            for address in person.addresses:
                assert re.fullmatch(r"\d{3} \d{2}", address.postal_code) and address.country == "SE"
            if person.kind == "account":
                assert person.account is not None and person.account.login == person.email
                assert len([a for a in person.addresses if a.is_primary]) == 1
            if person.kind == "visitor":
                assert (person.first_name, person.last_name, person.email, person.phone_e164) == (None,) * 4
                assert person.addresses == [] and person.account is None
                assert person.search_text == ""
                events = session.scalars(select(UsageEvent).where(UsageEvent.person_id == person.id)).all()
                assert events and all(e.cookie_id and e.ip_address for e in events)


def test_demo_people_are_in_the_search_index(loaded):
    """docs/design.md section 5: every searchable demo person has a rank of their own and is found through the
    index: on SQLite the FTS5 word and trigram tables (rowid = rank), elsewhere the word table (two-letter
    queries), and on MariaDB the token index's vocabulary (pieces inside words)."""
    engine, _ = loaded
    with engine.connect() as connection:
        searchable = dict(connection.execute(select(Person.id, Person.search_rank)
                                             .where(Person.search_text != "")).all())
        person_id, last_name, rank = connection.execute(
            select(Person.id, Person.last_name, Person.search_rank).where(Person.kind == "account")
            .order_by(Person.id)).first()
        if connection.dialect.name == "sqlite":
            indexed = set(connection.exec_driver_sql("SELECT rowid FROM people_words").scalars())
            assert indexed == set(searchable.values())
            for table in ("people_words", "people_trigrams"):
                hits = set(connection.exec_driver_sql(
                    f"SELECT rowid FROM {table} WHERE {table} MATCH ?", (f'"{fold(last_name)}"',)).scalars())
                assert rank in hits
        else:
            indexed = set(connection.execute(select(SearchWord.person_id).distinct()).scalars())
            words = set(connection.execute(
                select(SearchWord.word).where(SearchWord.person_id == person_id)).scalars())
            assert indexed == set(searchable) and fold(last_name) in words
            if connection.dialect.name in ("mysql", "mariadb"):
                vocabulary = searchtokens.TOKEN_TRIGRAMS.c.token
                tokens = {token for word in words for token in searchtokens.tokens_of(word)}
                known = set(connection.execute(select(vocabulary).where(vocabulary.in_(tokens))).scalars())
                assert tokens and known == tokens
    assert searchable and None not in searchable.values()
    assert len(set(searchable.values())) == len(searchable)


def test_ipv4_and_ipv6_addresses_are_both_present_in_canonical_form(loaded):
    engine, _ = loaded
    with engine.connect() as connection:
        ips = connection.execute(select(UsageEvent.ip_address).distinct()).scalars().all()
        types = set(connection.execute(select(UsageEvent.event_type).distinct()).scalars())
    versions = {ipaddress.ip_address(ip).version for ip in ips}
    assert versions == {4, 6}
    assert all(str(ipaddress.ip_address(ip)) == ip for ip in ips)
    assert {"page_view", "search", "login", "add_to_cart", "checkout"} <= types


def test_orders_older_than_eight_years_exist(loaded):
    """docs/design.md section 4: bookkeeping records are kept through the seventh year after the fiscal year; the demo
    must hold some that the retention run may already purge."""
    engine, _ = loaded
    limit = datetime.combine(TODAY.replace(year=TODAY.year - 8), time(0), tzinfo=UTC)
    with Session(engine) as session:
        old = session.scalar(select(func.count()).select_from(Order).where(Order.placed_at < limit))
        oldest = session.scalar(select(func.min(Order.placed_at)))
    assert old > 0
    assert oldest >= START_OF_TODAY - timedelta(days=9 * 366 + 5)


def test_money_reads_back_exact_and_totals_are_the_sum_of_lines(loaded):
    engine, _ = loaded
    with Session(engine) as session:
        orders = session.scalars(select(Order).order_by(Order.id)).all()
        rates = set()
        for order in orders:
            assert isinstance(order.total, Decimal) and order.total.as_tuple().exponent == -2
            assert 1 <= len(order.lines) <= 4
            assert order.total == sum(line.line_total for line in order.lines)
            by_rate: dict[int, Decimal] = {}
            for line in order.lines:
                assert isinstance(line.unit_price, Decimal)
                assert line.line_total == line.unit_price * line.quantity
                by_rate[line.vat_rate_percent] = by_rate.get(line.vat_rate_percent, Decimal(0)) + line.line_total
                rates.add(line.vat_rate_percent)
            expected_vat = sum((amount * rate / (100 + rate)).quantize(Decimal("0.01"), "ROUND_HALF_UP")
                               for rate, amount in by_rate.items())
            assert order.vat == expected_vat
            assert order.billing_country == "SE" and order.currency == "SEK"
            person = session.get(Person, order.person_id)
            assert person.kind in ("account", "guest")
            assert order.billing_name == f"{person.first_name} {person.last_name}"
            assert order.billing_email == person.email
        assert 25 in rates


def test_no_timestamp_lies_after_the_start_of_today(loaded):
    engine, _ = loaded
    _assert_all_times_before(engine, START_OF_TODAY)


def test_with_the_real_date_nothing_is_in_the_future(tmp_path):
    engine = _engine(tmp_path / "now.sqlite3")
    try:
        generate_demo(engine, 120, seed=5)
        _assert_all_times_before(engine, datetime.now(UTC))
    finally:
        engine.dispose()


def _assert_all_times_before(engine, limit: datetime) -> None:
    checked = 0
    with engine.connect() as connection:
        for table, _ in demo._TABLES:
            for column in table.columns:
                if isinstance(column.type, UTCDateTime):
                    latest = connection.execute(select(func.max(column))).scalar()
                    raw = connection.exec_driver_sql(
                        f"SELECT {column.name} FROM {table.name} WHERE {column.name} IS NOT NULL LIMIT 1"
                    ).scalar()
                    if latest is None:
                        continue
                    checked += 1
                    assert STORED_TIME.match(raw), (table.name, column.name, raw)
                    latest = datetime.fromisoformat(latest).replace(tzinfo=UTC) if isinstance(latest, str) \
                        else latest
                    assert latest < limit, (table.name, column.name, latest)
    assert checked >= 17  # every time column the demo fills (a small run may close no account)


def test_stored_times_compare_equal_to_what_the_orm_binds(loaded):
    """The bulk load writes the same text SQLAlchemy writes, so ORM filters on times find the rows."""
    engine, _ = loaded
    with Session(engine) as session:
        person = session.scalars(select(Person).order_by(Person.id)).first()
        found = session.scalars(select(Person.id).where(Person.created_at == person.created_at)).all()
        assert person.id in found


def test_newsletter_and_disclosures_follow_the_model(loaded):
    """Policy 7.1-7.4: recipients by name and role, outside the EU/EEA with a safeguard; disclosures with
    category codes and a legal basis."""
    engine, _ = loaded
    with Session(engine) as session:
        recipients = {r.code: r for r in session.scalars(select(Recipient))}
        assert {"klarna", "svea", "meta", "google", "postnord", "skatteverket"} <= set(recipients)
        for recipient in recipients.values():
            assert recipient.outside_eea == (recipient.country != "SE")
            assert (recipient.safeguard is not None) == recipient.outside_eea
        assert recipients["skatteverket"].role == "authority"
        disclosures = session.scalars(select(Disclosure)).all()
        used = {d.recipient_id for d in disclosures}
        assert {recipients[c].id for c in ("klarna", "svea", "postnord", "meta", "google")} <= used
        for disclosure in disclosures:
            assert set(disclosure.categories.split(",")) <= CATEGORY_CODES
            assert disclosure.legal_basis in ("contract", "legitimate_interest", "legal_obligation")
        events = set(session.scalars(select(NewsletterInteraction.event).distinct()))
        assert events == {"sent", "opened", "clicked"}
        clicks = session.scalars(select(NewsletterInteraction).where(NewsletterInteraction.event == "clicked"))
        assert all(c.link for c in clicks)
        subscriptions = session.scalars(select(NewsletterSubscription)).all()
        assert any(s.unsubscribed_at for s in subscriptions) and any(s.personalise for s in subscriptions)
        assert {i.interaction for i in session.scalars(select(Interest))} == {"viewed", "clicked"}
        assert session.scalar(select(func.count()).select_from(SupportContact)) > 0


def test_appending_continues_customer_and_order_numbers(tmp_path):
    engine = _engine(tmp_path / "append.sqlite3")
    try:
        first = generate_demo(engine, 150, seed=3, today=TODAY)
        with engine.connect() as connection:
            last_order = max(int(n) for n in connection.execute(select(Order.order_no)).scalars())
        second = generate_demo(engine, 100, seed=4, today=TODAY)
        assert second.first_customer_no == "100151" and second.last_customer_no == "100250"
        assert first.counts["recipients"] == 6 and second.counts["recipients"] == 0
        with Session(engine) as session:
            numbers = sorted(int(n) for n in session.scalars(select(Person.customer_no)))
            assert numbers == list(range(100001, 100251))
            orders = [int(n) for n in session.scalars(select(Order.order_no))]
            assert len(orders) == len(set(orders)) and min(orders) == 5000001
            new_orders = session.scalars(select(Order.order_no).where(
                Order.person_id.in_(select(Person.id).where(Person.customer_no >= "100151")))).all()
            assert min(int(n) for n in new_orders) == last_order + 1
            # an ordinary ORM insert after the bulk load gets a fresh id
            session.add(Person(customer_no="999999", kind="visitor", created_at=datetime.now(UTC)))
            session.commit()
    finally:
        engine.dispose()


def test_cancel_stops_between_batches_and_keeps_what_was_loaded(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "BATCH", 40)
    engine = _engine(tmp_path / "cancel.sqlite3")
    calls = []
    try:
        summary = generate_demo(engine, 200, seed=1, today=TODAY, progress=lambda d, t: calls.append((d, t)),
                                cancel=lambda: len(calls) > 2)
        assert summary.cancelled and summary.people == 80
        assert calls == [(0, 200), (40, 200), (80, 200)]
        with engine.connect() as connection:
            assert connection.execute(select(func.count()).select_from(Person)).scalar() == 80
            orphans = connection.exec_driver_sql(
                "SELECT COUNT(*) FROM order_lines WHERE order_id NOT IN (SELECT id FROM orders)").scalar()
            assert orphans == 0
    finally:
        engine.dispose()


def test_bulk_insert_adapts_python_values_like_the_orm(tmp_path):
    engine = _engine(tmp_path / "bulk.sqlite3")
    moment = datetime(2024, 5, 17, 10, 30, tzinfo=UTC)
    try:
        with engine.begin() as connection:
            insert_rows(connection, Person.__table__, ("id", "customer_no", "kind", "status", "search_text",
                                                       "created_at", "version"),
                        [(7, "100007", "guest", "active", "", moment, 1)], adapt=True)
            insert_rows(connection, Person.__table__, ("id", "customer_no", "kind", "status", "search_text",
                                                       "created_at", "version"),
                        iter([(8, "100008", "guest", "active", "", stored_datetime(moment), 1)]))
            insert_rows(connection, Order.__table__, (
                "id", "order_no", "person_id", "placed_at", "status", "payment_provider", "currency", "total",
                "vat", "billing_name", "billing_street", "billing_postal_code", "billing_city",
                "billing_country", "restricted_to_bookkeeping"),
                [(1, "5000001", 7, moment, "paid", "Swish", "SEK", Decimal("125.00"), Decimal("25.00"), "A B",
                  "Gatan 1", "111 22", "Stockholm", "SE", False)], adapt=True)
            insert_rows(connection, OrderLine.__table__, ("id", "order_id", "line_no", "product_sku",
                                                          "product_name", "quantity", "unit_price",
                                                          "vat_rate_percent", "line_total"), [])
            reset_sequences(connection, [Person.__table__])
            raw = connection.exec_driver_sql("SELECT created_at FROM people ORDER BY id").scalars().all()
            assert raw == ["2024-05-17 10:30:00.000000"] * 2
            assert connection.exec_driver_sql("SELECT total FROM orders").scalar() == 12500
        with Session(engine) as session:
            assert session.get(Person, 8).created_at == moment
            assert session.get(Order, 1).total == Decimal("125.00")
            session.add(Address(person_id=8, street="Gatan 2", postal_code="111 22", city="Stockholm",
                                created_at=moment))
            session.commit()
    finally:
        engine.dispose()


def test_the_demo_queue_has_every_type_open_due_soon_overdue_and_closed_with_a_scan(desk, admin):
    """`mnu-desk --demo` shows a working desk's queue (docs/design.md section 8), not an empty one."""
    from mnu_desk.domain.requests import RequestType
    from mnu_desk.services import requests as request_service
    from mnu_desk.services.demo import generate_demo
    from mnu_desk.services.demo_requests import add_demo_requests

    generate_demo(desk.engine, 40, seed=5)
    refs = add_demo_requests(desk, admin)
    listed = request_service.list_requests(desk, admin)
    assert {r["type"] for r in listed} == {t.value for t in RequestType}
    open_ = [r for r in listed if r["days_left"] is not None]
    assert any(r["overdue"] for r in open_)
    assert any(0 <= r["days_left"] <= 7 for r in open_)
    assert any(r["days_left"] > 7 for r in open_)
    assert len(listed) - len(open_) == 2
    scans = [request_service.get_request(desk, admin, ref)["attachments"] for ref in refs]
    letter = next(a for found in scans for a in found)
    assert request_service.attachment_content(desk, admin, refs[0], letter["id"])["content"][:5] == b"%PDF-"
