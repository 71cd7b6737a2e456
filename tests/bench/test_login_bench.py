"""What the database's own checks cost (docs/design.md "Who the database trusts"): the same search and the same
record opening, through the desk, as the owner's connection and as an agent's own database log-in (column
GRANTs, the audit triggers that check each append). Queries alternate between the two so that neither meets a
warmer cache; PostgreSQL only, where the benchmark databases reach 100 000 people quickly."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import Agent
from mnu_desk.services import agents
from mnu_desk.services.context import Desk
from mnu_desk.services.people import show_person
from mnu_desk.services.search import search_people

from .conftest import bench_desk, bench_urls, percentile, report
from .test_record_bench import OVERVIEW, _make_heavy_person
from .test_search_bench import make_queries

CUSTOMERS = 100_000
PASSWORD = "bench-agent-password-1"
RECORD_RUNS = 30


def _agent_desk(desk: Desk) -> tuple[Desk, object, object]:
    """The owner's desk and an agent's own log-in to the same database, with the agent as each sees it."""
    with desk.read() as session:
        admin = session.scalar(select(Agent).where(Agent.name == "benchadmin"))
    if admin is None:  # a rebuilt database: its old log-ins are still on the server
        with desk.engine.begin() as connection:
            for name in ("benchadmin", "benchanna"):
                connection.exec_driver_sql(f'DROP ROLE IF EXISTS "{desk.login_name(name)}"')
        boss = agents.add_agent(desk, None, "benchadmin", "admin", PASSWORD)
        agents.add_agent(desk, boss, "benchanna", "agent", PASSWORD)
    as_owner = agents.authenticate(desk, "benchanna", PASSWORD)
    url = desk.engine.url.set(username=desk.login_name("benchanna"), password=PASSWORD)
    login_desk = Desk(make_engine(url))
    return login_desk, as_owner, agents.authenticate(login_desk, "benchanna", PASSWORD)


@pytest.mark.bench
def test_grant_checks_cost_on_search_and_record_open():
    servers = [u for u in bench_urls() if make_url(u).get_backend_name() == "postgresql"]
    if not servers:
        pytest.skip("no PostgreSQL to measure on")
    desk = bench_desk(servers[0], CUSTOMERS)
    login_desk, owner_actor, login_actor = _agent_desk(desk)
    try:
        workload = make_queries(desk, 200)
        timings = {"owner": [], "agent_login": []}
        sides = [("owner", desk, owner_actor), ("agent_login", login_desk, login_actor)]
        for number, query in enumerate(workload):
            for label, side, actor in (sides if number % 2 == 0 else sides[::-1]):
                started = time.perf_counter()
                search_people(side, actor, query)
                timings[label].append((time.perf_counter() - started) * 1000)
        _make_heavy_person(desk)
        opens = {"owner": [], "agent_login": []}
        for number in range(RECORD_RUNS):
            for label, side, actor in (sides if number % 2 == 0 else sides[::-1]):
                started = time.perf_counter()
                show_person(side, actor, "999999", categories=OVERVIEW)
                opens[label].append((time.perf_counter() - started) * 1000)
        for label in timings:
            report({"bench": "grant_checks", "backend": "postgresql", "customers": CUSTOMERS, "as": label,
                    "search_p50_ms": round(percentile(timings[label], 50), 2),
                    "search_p95_ms": round(percentile(timings[label], 95), 2),
                    "record_open_p50_ms": round(percentile(opens[label], 50), 1),
                    "record_open_p95_ms": round(percentile(opens[label], 95), 1)})
    finally:
        login_desk.dispose()
        desk.dispose()
