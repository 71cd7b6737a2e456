"""Search latency at 1 000, 100 000 and 1 000 000 customers: the service the GUI calls, next to its floor (the
same ranked queries on a raw cursor: on SQLite the in-index tiers, elsewhere the candidate queries, then the
rows) and a naive LIKE '%…%' scan over five columns (what a shop admin screen does). Type-ahead has no warm-up:
every query is new to the service once (cold) and then again (warm); half the queries meet the floor first, so
each side has a cold figure. Targets at a million (issue 17): p95 cold <= 4 ms on SQLite, <= 10 ms on
PostgreSQL, <= 20 ms on MariaDB."""

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

from .conftest import SIZES, bench_desk, percentile, report, server_cache_mb

QUERIES = 200
NAIVE_QUERIES = 40  # the naive scan is slow by design; fewer runs give its figure
BENCH_ACTOR = Actor(0, "bench", Role.AGENT)


def _phone_notations(e164: str, rng: random.Random) -> str:
    number = phonenumbers.parse(e164, "SE")
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return rng.choice([national, national.replace("-", "").replace(" ", ""),
                       phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL),
                       "00" + e164[1:]])


KINDS = ["last", "first_last", "last_first_start", "typeahead", "email", "email_full", "phone", "postcode",
         "postcode_compact", "order", "customer_no", "folded", "street", "city", "prefix2", "partial_last"]


def make_queries(desk, count: int, seed: int = 11) -> list[str]:
    """Varied queries drawn from the data: surnames, two-word names, a surname and a first name's start
    ("svensson mik"), what type-ahead sends while a name is typed, partial and full e-mails, phone notations,
    postcodes with and without space, order and customer numbers, folded spellings, streets, cities, two-letter
    prefixes and pieces from inside a surname."""
    rng = random.Random(seed)
    with desk.read() as session:
        top = session.scalar(select(Person.id).order_by(Person.id.desc()).limit(1))
        picks = []
        while len(picks) < count:
            pid = rng.randint(1, top)
            row = session.execute(
                select(Person.customer_no, Person.first_name, Person.last_name, Person.email, Person.phone_e164,
                       Address.street, Address.postal_code, Address.city)
                .outerjoin(Address, (Address.person_id == Person.id) & Address.is_primary)
                .where(Person.id == pid, Person.last_name.is_not(None), Person.first_name.is_not(None))).first()
            if row is None:
                continue
            order_no = session.scalar(select(Order.order_no).where(Order.person_id == pid).limit(1))
            picks.append((row, order_no))
    out = []
    for i, (row, order_no) in enumerate(picks):
        number, first, last, email, phone, street, postcode, city = row
        kind = KINDS[i % len(KINDS)]
        if kind == "email" and email:
            out.append(email.split("@")[0][: rng.randint(5, 9)])
        elif kind == "email_full" and email:
            out.append(email)
        elif kind == "phone" and phone:
            out.append(_phone_notations(phone, rng))
        elif kind == "postcode" and postcode:
            out.append(postcode)
        elif kind == "postcode_compact" and postcode:
            out.append(postcode.replace(" ", ""))
        elif kind == "order" and order_no:
            out.append(order_no)
        elif kind == "customer_no":
            out.append(number)
        elif kind == "folded":
            out.append(fold(f"{first} {last}"))
        elif kind == "street" and street:
            out.append(street)
        elif kind == "city" and city:
            out.append(city)
        elif kind == "prefix2":
            out.append(last[:2])
        elif kind == "typeahead":
            out.append(f"{first} {last}"[: rng.randint(3, len(first) + 4)].strip())
        elif kind == "partial_last":
            out.append(last[1:5])
        elif kind == "first_last":
            out.append(f"{first} {last}")
        elif kind == "last_first_start":
            out.append(f"{last} {first[:3]}")
        else:
            out.append(last)
    return out


class _Floor:
    """The service's SQL for one query run on a raw cursor with only the logic the SQL needs: the exact look-up
    (a hit is the answer); then on SQLite the ranked tiers (the same `find_in_tiers`), elsewhere the word-start
    and inside-word candidates; then the page's rows. Statements are compiled once per shape, outside the
    timing."""

    def __init__(self, desk, query: str):
        self.dialect = desk.engine.dialect
        self.parsed = queries.parse(query)
        self.sqlite = desk.backend == "sqlite"
        self.exact = queries.exact_statement(self.parsed)
        self.candidates = [] if self.sqlite else [
            s for s in (queries.prefix_statement(self.parsed, desk.backend), queries.candidate_statement(self.parsed, desk.backend))
            if s is not None]
        statements = [self.exact[0], queries.rows_statement([])[0]] + [c[0] for c in self.candidates]
        if self.sqlite:
            statements += [t[1][0] for t in queries.sqlite_tiers(self.parsed)]
            statements += [t[2][0] for t in queries.sqlite_tiers(self.parsed) if t[2] is not None]
            statements.append(queries._sqlite_walked())
        for statement in statements:
            _compiled(statement, self.dialect)
        self.raw = desk.engine.raw_connection()

    def _run(self, cursor, statement, values) -> list:
        state = _compiled(statement, self.dialect).construct_expanded_state(values)
        if self.dialect.paramstyle == "qmark":
            cursor.execute(state.statement, tuple(state.parameters[name] for name in state.positiontup))
        else:
            cursor.execute(state.statement, state.parameters)
        return cursor.fetchall()

    def __call__(self, limit: int = 20) -> float:
        cursor = self.raw.cursor()
        started = time.perf_counter()
        ids = list(dict.fromkeys(row[0] for row in self._run(cursor, *self.exact)))
        if not ids and self.sqlite:
            ids, _ = queries.find_in_tiers(lambda statement, values: self._run(cursor, statement, values),
                                           self.parsed, limit)
        elif not ids:
            found: dict = {}
            for i, statement in enumerate(self.candidates):
                if i and not queries.wants_inside_words(self.parsed, len(found)):
                    break
                for row in self._run(cursor, *statement):
                    found.setdefault(row[0])
            ids = list(found)[:limit]
        if ids:
            self._run(cursor, *queries.rows_statement(ids))
        elapsed = time.perf_counter() - started
        cursor.close()
        self.raw.rollback()
        return elapsed * 1000

    def close(self) -> None:
        self.raw.close()


_COMPILED: dict = {}


def _compiled(statement, dialect):
    """Each statement compiled once, as SQLAlchemy's own cache does for the service."""
    key = (id(statement), dialect.name)
    if key not in _COMPILED:
        _COMPILED[key] = (statement, statement.compile(dialect=dialect))
    return _COMPILED[key][1]


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


def _timed(call) -> float:
    started = time.perf_counter()
    call()
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
        cold, warm, floor_cold, floor_warm = [], [], [], []
        by_kind: dict[str, list[float]] = {}
        for i, q in enumerate(workload):
            floor = _Floor(desk, q)
            try:
                def service(q=q):
                    return search_people(desk, BENCH_ACTOR, q)
                if i % 2 == 0:  # the service meets the query first
                    cold.append(_timed(service))
                    by_kind.setdefault(KINDS[i % len(KINDS)], []).append(cold[-1])
                    floor_warm.append(floor())
                    warm.append(_timed(service))
                else:           # the floor meets it first
                    floor_cold.append(floor())
                    warm.append(_timed(service))
                    floor_warm.append(floor())
            finally:
                floor.close()
        naive = [_naive(desk, q) for q in workload[:NAIVE_QUERIES]]
        record = {"bench": "search", "backend": desk.backend, "customers": customers, "queries": len(workload),
                  "server_cache_mb": server_cache_mb(desk),
                  "cold_p50_ms": round(percentile(cold, 50), 2), "cold_p95_ms": round(percentile(cold, 95), 2),
                  "floor_cold_p95_ms": round(percentile(floor_cold, 95), 2),
                  "p50_ms": round(percentile(warm, 50), 2), "p95_ms": round(percentile(warm, 95), 2),
                  "floor_p50_ms": round(percentile(floor_warm, 50), 2),
                  "floor_p95_ms": round(percentile(floor_warm, 95), 2),
                  "naive_p50_ms": round(percentile(naive, 50), 1),
                  "naive_p95_ms": round(percentile(naive, 95), 1),
                  "cold_max_ms_by_kind": {k: round(max(v), 1) for k, v in by_kind.items()}}
        record["ratio_cold_p95"] = round(record["cold_p95_ms"] / max(record["floor_cold_p95_ms"], 0.01), 2)
        record["ratio_p95"] = round(record["p95_ms"] / max(record["floor_p95_ms"], 0.01), 2)
        report(record)
    finally:
        desk.dispose()
