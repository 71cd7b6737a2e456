"""What the database's own checks cost (docs/design.md "Who the database trusts"): the same search and the same
record opening, through the desk, before (the one owner's log-in every desk held) and after (the agent's own
database log-in, with its table and column GRANTs and the audit triggers that check each append). Queries
alternate between the two so that neither meets a warmer cache. On PostgreSQL and MariaDB, 100 000 people; a
line per connection and one with what the agent's log-in adds."""

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

from ..conftest import drop_desk_roles
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
        with desk.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            drop_desk_roles(connection, desk.engine.url.database, groups=False)
        boss = agents.add_agent(desk, None, "benchadmin", "admin", PASSWORD)
        agents.add_agent(desk, boss, "benchanna", "agent", PASSWORD)
    as_owner = agents.authenticate(desk, "benchanna", PASSWORD)
    url = desk.engine.url.set(username=desk.login_name("benchanna"), password=PASSWORD)
    login_desk = Desk(make_engine(url))
    return login_desk, as_owner, agents.authenticate(login_desk, "benchanna", PASSWORD)


@pytest.mark.bench
@pytest.mark.parametrize("backend", ["postgresql", "mysql"])
def test_grant_checks_cost_on_search_and_record_open(backend):
    servers = [u for u in bench_urls() if make_url(u).get_backend_name() == backend]
    if not servers:
        pytest.skip(f"no {backend} to measure on")
    desk = bench_desk(servers[0], CUSTOMERS)
    login_desk, owner_actor, login_actor = _agent_desk(desk)
    try:
        workload = make_queries(desk, 200)
        timings = {"owner": [], "agent_login": []}
        sides = [("owner", desk, owner_actor), ("agent_login", login_desk, login_actor)]
        for side_desk, actor in ((desk, owner_actor), (login_desk, login_actor)):  # warm both pools and caches
            for query in workload[:10]:
                search_people(side_desk, actor, query)
        for number, query in enumerate(workload):
            for label, side, actor in (sides if number % 2 == 0 else sides[::-1]):
                started = time.perf_counter()
                search_people(side, actor, query)
                timings[label].append((time.perf_counter() - started) * 1000)
        _make_heavy_person(desk)
        opens = {"owner": [], "agent_login": []}
        for number in range(RECORD_RUNS + 2):
            for label, side, actor in (sides if number % 2 == 0 else sides[::-1]):
                started = time.perf_counter()
                show_person(side, actor, "999999", categories=OVERVIEW)
                if number >= 2:  # the first two of each warm the caches
                    opens[label].append((time.perf_counter() - started) * 1000)
        summary = {}
        for label in timings:
            summary[label] = {"search_p50_ms": round(percentile(timings[label], 50), 2),
                              "search_p95_ms": round(percentile(timings[label], 95), 2),
                              "record_open_p50_ms": round(percentile(opens[label], 50), 1),
                              "record_open_p95_ms": round(percentile(opens[label], 95), 1)}
            report({"bench": "grant_checks", "backend": backend, "customers": CUSTOMERS, "as": label,
                    **summary[label]})
        before, after = summary["owner"], summary["agent_login"]
        report({"bench": "grant_checks_added", "backend": backend, "customers": CUSTOMERS,
                "searches": len(workload), "record_opens": RECORD_RUNS,
                **{key.replace("_ms", "_added_ms"): round(after[key] - before[key], 2) for key in before}})
    finally:
        login_desk.dispose()
        desk.dispose()
