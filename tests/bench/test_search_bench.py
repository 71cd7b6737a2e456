"""Search latency at 1 000, 100 000 and 1 000 000 customers: the service the GUI calls, next to the same SQL
on a raw cursor (the floor) and a naive LIKE '%…%' scan over five columns (what a shop admin screen does).
Targets at a million: p95 <= 30 ms on SQLite, <= 50 ms on PostgreSQL, within 1.5x of the floor."""

from __future__ import annotations

import random
import time

import phonenumbers
import pytest
from sqlalchemy import or_, select
from sqlalchemy.engine import make_url

from mnu_desk.db import search as queries
from mnu_desk.db.models import Address, Order, Person
from mnu_desk.domain.roles import Role
from mnu_desk.domain.textfold import fold
from mnu_desk.services.context import Actor
from mnu_desk.services.search import search_people

from .conftest import SIZES, bench_desk, percentile, report

QUERIES = 200
NAIVE_QUERIES = 40  # the naive scan is slow by design; fewer runs give its figure
BENCH_ACTOR = Actor(0, "bench", Role.AGENT)


def _phone_notations(e164: str, rng: random.Random) -> str:
    number = phonenumbers.parse(e164, "SE")
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return rng.choice([national, national.replace("-", "").replace(" ", ""),
                       phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
                       "00" + e164[1:]])


def make_queries(desk, count: int, seed: int = 11) -> list[str]:
    """Varied queries drawn from the data: names, partial e-mails, phone notations, postcodes with and
    without space, order numbers, folded spellings, streets, cities, two-letter prefixes."""
    rng = random.Random(seed)
    with desk.read() as session:
        top = session.scalar(select(Person.id).order_by(Person.id.desc()).limit(1))
        picks = []
        while len(picks) < count:
            pid = rng.randint(1, top)
            row = session.execute(
                select(Person.first_name, Person.last_name, Person.email, Person.phone_e164,
                       Address.street, Address.postal_code, Address.city)
                .outerjoin(Address, (Address.person_id == Person.id) & Address.is_primary)
                .where(Person.id == pid, Person.last_name.is_not(None))).first()
            if row is None:
                continue
            order_no = session.scalar(select(Order.order_no).where(Order.person_id == pid).limit(1))
            picks.append((row, order_no))
    out = []
    kinds = ["last", "first_last", "email", "phone", "postcode", "postcode_compact", "order", "folded",
             "street", "city", "prefix2", "partial_last"]
    for i, (row, order_no) in enumerate(picks):
        first, last, email, phone, street, postcode, city = row
        kind = kinds[i % len(kinds)]
        if kind == "email" and email:
            out.append(email.split("@")[0][: rng.randint(5, 9)])
        elif kind == "phone" and phone:
            out.append(_phone_notations(phone, rng))
        elif kind == "postcode" and postcode:
            out.append(postcode)
        elif kind == "postcode_compact" and postcode:
            out.append(postcode.replace(" ", ""))
        elif kind == "order" and order_no:
            out.append(order_no)
        elif kind == "folded":
            out.append(fold(f"{first} {last}"))
        elif kind == "street" and street:
            out.append(street)
        elif kind == "city" and city:
            out.append(city)
        elif kind == "prefix2":
            out.append(last[:2])
        elif kind == "partial_last":
            out.append(last[1:5])
        elif kind == "first_last":
            out.append(f"{last} {first[:3]}")
        else:
            out.append(last)
    return out


def _raw_statements(desk, query: str) -> list[tuple[str, object]]:
    """The service's own SQL for one query, compiled once for the raw cursor (the floor): the exact
    look-up, the word-start look-up, and the inside-word look-up when the service would run it."""
    parsed = queries.parse(query)
    dialect = desk.engine.dialect
    statements = [queries.exact_statement(parsed)]
    prefix = queries.prefix_statement(parsed)
    found = 0
    if prefix is not None:
        statements.append(prefix)
        with desk.connect() as connection:
            found = len({row[0] for row in connection.execute(*prefix)})
    infix = queries.candidate_statement(parsed, desk.backend)
    if infix is not None and found < queries.PREFIX_ENOUGH:
        statements.append(infix)
    return [_compiled(dialect, statement, values) for statement, values in statements]


def _compiled(dialect, statement, values) -> tuple[str, object]:
    """The SQL string and DBAPI parameters SQLAlchemy would send, for a raw cursor."""
    state = statement.compile(dialect=dialect).construct_expanded_state(values)
    if dialect.paramstyle == "qmark":
        return state.statement, tuple(state.parameters[name] for name in state.positiontup)
    return state.statement, state.parameters


def _floor(desk, query: str, page_ids: list[int]) -> float:
    statements = _raw_statements(desk, query)
    if page_ids:
        statements.append(_compiled(desk.engine.dialect, *queries.rows_statement(page_ids)))
    raw = desk.engine.raw_connection()
    try:
        cursor = raw.cursor()
        started = time.perf_counter()
        for sql, params in statements:
            cursor.execute(sql, params)
            cursor.fetchall()
        elapsed = time.perf_counter() - started
        cursor.close()
        raw.rollback()
    finally:
        raw.close()
    return elapsed * 1000


def _naive(desk, query: str) -> float:
    """What a shop admin screen does: LIKE '%q%' over five columns, no index can help."""
    pattern = f"%{query}%"
    stmt = (select(Person.id).outerjoin(Address, Address.person_id == Person.id)
            .where(or_(Person.first_name.like(pattern), Person.last_name.like(pattern),
                       Person.email.like(pattern), Address.street.like(pattern), Address.city.like(pattern)))
            .limit(20))
    with desk.read() as session:
        started = time.perf_counter()
        session.execute(stmt).all()
        return (time.perf_counter() - started) * 1000


@pytest.mark.bench
@pytest.mark.parametrize("customers", [1_000, 100_000, 1_000_000])
def test_search_latency(bench_server, customers):
    backend = make_url(bench_server).get_backend_name()
    if customers not in SIZES[backend]:
        pytest.skip(f"{backend} is measured at {SIZES[backend]}")
    desk = bench_desk(bench_server, customers)
    try:
        workload = make_queries(desk, QUERIES)
        service, floor = [], []
        for q in workload:
            # each query once untimed, so that the service and its floor meet the same (warm) cache
            rows = search_people(desk, BENCH_ACTOR, q)
            ids = _ids_for(desk, [r["customer_no"] for r in rows])
            floor.append(_floor(desk, q, ids))
            started = time.perf_counter()
            search_people(desk, BENCH_ACTOR, q)
            service.append((time.perf_counter() - started) * 1000)
        naive = [_naive(desk, q) for q in workload[:NAIVE_QUERIES]]
        record = {"bench": "search", "backend": desk.backend, "customers": customers, "queries": len(workload),
                  "p50_ms": round(percentile(service, 50), 2), "p95_ms": round(percentile(service, 95), 2),
                  "floor_p50_ms": round(percentile(floor, 50), 2),
                  "floor_p95_ms": round(percentile(floor, 95), 2),
                  "naive_p50_ms": round(percentile(naive, 50), 1),
                  "naive_p95_ms": round(percentile(naive, 95), 1)}
        record["ratio_p95"] = round(record["p95_ms"] / max(record["floor_p95_ms"], 0.01), 2)
        report(record)
    finally:
        desk.dispose()


def _ids_for(desk, customer_nos: list[str]) -> list[int]:
    if not customer_nos:
        return []
    with desk.read() as session:
        return list(session.scalars(select(Person.id).where(Person.customer_no.in_(customer_nos))))
