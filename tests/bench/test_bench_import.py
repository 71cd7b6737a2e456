"""The shop import at scale (issue: 1 000 000 customers, 3 000 000 orders and 10 000 000 events in under 10
minutes on SQLite and 15 on PostgreSQL, in constant memory; MariaDB is held to PostgreSQL's 15). The files are made once, streamed to disk, and
kept under bench-results/import-<N>/; each run imports them into a fresh database and prints rows per second
and the peak resident memory. MNU_DESK_BENCH_IMPORT_CUSTOMERS sets a smaller size for a quick look."""

from __future__ import annotations

import os
import random
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from mnu_desk.db import migrate
from mnu_desk.db.engine import make_engine
from mnu_desk.services import agents
from mnu_desk.services.context import Desk
from mnu_desk.services.imports import import_file

from .conftest import ROOT, _database_url, _drop, bench_urls, report, server_cache_mb, server_log_mb

CUSTOMERS = int(os.environ.get("MNU_DESK_BENCH_IMPORT_CUSTOMERS", "1000000"))
TARGET_SECONDS = {"sqlite": 600, "postgresql": 900, "mysql": 900}  # a shared server's target on MariaDB too
ORDERS_PER_CUSTOMER, EVENTS_PER_CUSTOMER = 3, 10
FIRST = ("Anna", "Erik", "Maria", "Lars", "Karin", "Per", "Åsa", "Johan", "Eva", "Mikael", "Sara", "Björn")
LAST = ("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
        "Svensson", "Gustafsson", "Pettersson", "Östberg", "Åkesson", "Lindqvist")
CITIES = (("Stockholm", "111"), ("Göteborg", "411"), ("Malmö", "211"), ("Uppsala", "752"), ("Umeå", "903"))
EVENTS = ("page_view", "search", "login", "add_to_cart", "checkout")


def _files(customers: int) -> Path:
    """customers.csv, orders.csv (`;` and decimal commas, as a Swedish export) and events.csv, written once."""
    folder = ROOT / f"import-{customers}"
    marker = folder / "complete"
    if marker.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(3)
    start = datetime(2018, 1, 1, tzinfo=UTC)
    span = int((datetime.now(UTC) - timedelta(days=2) - start).total_seconds())

    def stamp() -> str:
        return (start + timedelta(seconds=rng.randrange(span))).strftime("%Y-%m-%dT%H:%M:%SZ")

    with open(folder / "customers.csv", "w", encoding="utf-8", newline="") as out:
        out.write("customer_id,customer_no,kind,first_name,last_name,email,phone,created_at\n")
        for n in range(customers):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            out.write(f"c{n},{200000 + n},account,{first},{last},{first.lower()}.{n}@exempel.se,"
                      f"+4670{rng.randrange(1000000, 9999999)},{stamp()}\n")
    with open(folder / "orders.csv", "w", encoding="utf-8", newline="") as out:
        out.write("order_id;customer_id;order_no;placed_at;status;payment_provider;total;vat;billing_name;"
                  "billing_street;billing_postal_code;billing_city\n")
        for n in range(customers * ORDERS_PER_CUSTOMER):
            customer = rng.randrange(customers)
            city, prefix = rng.choice(CITIES)
            kronor = rng.randrange(99, 9999)
            out.write(f"o{n};c{customer};{7000000 + n};{stamp()};delivered;Klarna;{kronor},00;{kronor // 5},00;"
                      f"{rng.choice(FIRST)} {rng.choice(LAST)};Storgatan {rng.randrange(1, 99)};"
                      f"{prefix} {rng.randrange(10, 99)};{city}\n")
    with open(folder / "events.csv", "w", encoding="utf-8", newline="") as out:
        out.write("event_id,customer_id,occurred_at,ip_address,event_type,path\n")
        for n in range(customers * EVENTS_PER_CUSTOMER):
            customer = n // EVENTS_PER_CUSTOMER  # the shop writes a visitor's events together
            out.write(f"e{n},c{customer},{stamp()},{rng.randrange(1, 223)}.{rng.randrange(256)}."
                      f"{rng.randrange(256)}.{rng.randrange(1, 255)},{rng.choice(EVENTS)},/produkt/{n % 5000}\n")
    marker.write_text(str(customers))
    return folder


class _PeakMemory:
    """The highest resident set size seen while it runs, sampled from /proc (Linux)."""

    def __init__(self) -> None:
        self.peak_kib = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            try:
                with open("/proc/self/status", encoding="ascii") as status:
                    for line in status:
                        if line.startswith("VmRSS:"):
                            self.peak_kib = max(self.peak_kib, int(line.split()[1]))
            except OSError:
                return
            self._stop.wait(0.2)

    def __enter__(self) -> _PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


@pytest.mark.bench
@pytest.mark.parametrize("server_url", bench_urls(), ids=lambda u: make_url(u).get_backend_name())
def test_import_a_million_customers(server_url):
    folder = _files(CUSTOMERS)
    url = _database_url(server_url, f"import_{CUSTOMERS}")
    _drop(server_url, url)
    desk = Desk(make_engine(url))
    try:
        migrate.upgrade(desk.engine)
        admin = agents.add_agent(desk, None, "bench-admin", "admin", "bench-password-1")
        total_rows, started = 0, time.perf_counter()
        for category, name in (("customers", "customers.csv"), ("orders", "orders.csv"),
                               ("events", "events.csv")):
            path = folder / name
            with _PeakMemory() as memory:
                result = import_file(desk, admin, category, path)
            assert result["rejected"] == 0 and result["inserted"] == result["rows"]
            total_rows += result["rows"]
            report({"bench": "import", "backend": desk.backend, "category": category, "rows": result["rows"],
                    "file_mib": round(path.stat().st_size / 2**20), "seconds": result["seconds"],
                    "rows_per_second": round(result["rows"] / result["seconds"]),
                    "peak_rss_mib": round(memory.peak_kib / 1024)})
        seconds = time.perf_counter() - started
        report({"bench": "import_total", "backend": desk.backend, "customers": CUSTOMERS, "rows": total_rows,
                "seconds": round(seconds, 1), "rows_per_second": round(total_rows / seconds),
                "target_seconds": TARGET_SECONDS[desk.backend] if CUSTOMERS == 1_000_000 else None,
                "server_cache_mb": server_cache_mb(desk), "server_log_mb": server_log_mb(desk)})
    finally:
        desk.dispose()
