"""What the search log costs a search (docs/design.md "Search log"): the same 200 queries at 100 000 customers
through the service with the log on and with it off, alternating query by query so both meet the same cache,
and what the background thread spends writing the notes. Target: p95 with the log within 1 ms of p95 without
(the search itself only puts a note on a queue)."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from mnu_desk.db.models import SearchLogEntry
from mnu_desk.services import search_log
from mnu_desk.services.search import search_people

from .conftest import bench_desk, percentile, report
from .test_search_bench import BENCH_ACTOR, QUERIES, make_queries


@pytest.mark.bench
@pytest.mark.parametrize("customers", [100_000])
def test_search_with_and_without_the_log(bench_server, customers, monkeypatch):
    if make_url(bench_server).get_backend_name() != "sqlite":
        pytest.skip("the log's cost is the same queue put on every backend; measured on SQLite")
    desk = bench_desk(bench_server, customers)
    try:
        workload = make_queries(desk, QUERIES)
        logged, unlogged = [], []
        note = search_log.note
        for q in workload:
            monkeypatch.setattr(search_log, "note", note)
            search_people(desk, BENCH_ACTOR, q)  # warm (and logged)
            for timings, noting in ((logged, note), (unlogged, lambda *args, **kwargs: None)):
                monkeypatch.setattr(search_log, "note", noting)
                started = time.perf_counter()
                search_people(desk, BENCH_ACTOR, q)
                timings.append((time.perf_counter() - started) * 1000)
        monkeypatch.setattr(search_log, "note", note)
        writer = search_log._writers[desk]
        started = time.perf_counter()
        written = writer.flush()
        flush_ms = (time.perf_counter() - started) * 1000
        with desk.read() as session:
            rows = session.scalar(select(func.count()).select_from(SearchLogEntry))
        with open("/proc/loadavg", encoding="ascii") as handle:
            load = handle.read().split()[0]
        record = {"bench": "search_log", "backend": desk.backend, "customers": customers, "queries": len(workload),
                  "logged_p50_ms": round(percentile(logged, 50), 2), "logged_p95_ms": round(percentile(logged, 95), 2),
                  "unlogged_p50_ms": round(percentile(unlogged, 50), 2),
                  "unlogged_p95_ms": round(percentile(unlogged, 95), 2),
                  "last_flush_rows": written, "last_flush_ms": round(flush_ms, 2), "log_rows": rows,
                  "loadavg": load}
        record["p95_difference_ms"] = round(record["logged_p95_ms"] - record["unlogged_p95_ms"], 2)
        report(record)
        assert rows >= 2 * len(workload)  # the warm-up searches and the logged ones, none lost
    finally:
        desk.dispose()
