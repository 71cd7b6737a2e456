"""Benchmark databases: demo data at 1 000, 100 000 and 1 000 000 customers per backend, built once and kept
between runs (SQLite files under bench-results/, databases named mnu_bench_<N> on the servers, or
$MNU_DESK_BENCH_DB_PREFIX_<N>), migrated when
the schema is newer and rebuilt when the generator's seed or size changes. Backends come from MNU_DESK_BENCH_DB_URLS (default:
SQLite, plus the local PostgreSQL and MariaDB when they answer)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from mnu_desk.db import migrate
from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import Person
from mnu_desk.services.context import Desk

from ..conftest import drop_desk_roles

ROOT = Path(__file__).resolve().parents[2] / "bench-results"
SEED = 7
DEFAULT_URLS = "sqlite:// postgresql+psycopg://postgres@127.0.0.1/postgres mysql+pymysql://root@127.0.0.1/mysql"
# every backend at a million too (the first run builds them: about 15 minutes each on two cores); kept for
# later runs
SIZES = {"sqlite": (1_000, 100_000, 1_000_000), "postgresql": (1_000, 100_000, 1_000_000),
         "mysql": (1_000, 100_000, 1_000_000)}


def bench_urls() -> list[str]:
    urls = os.environ.get("MNU_DESK_BENCH_DB_URLS", DEFAULT_URLS).split()
    reachable = []
    for url in urls:
        if make_url(url).get_backend_name() == "sqlite":
            reachable.append(url)
            continue
        try:
            probe = create_engine(url, connect_args={"connect_timeout": 3})
            with probe.connect():
                pass
            probe.dispose()
            reachable.append(url)
        except Exception as exc:  # noqa: BLE001 - a benchmark of what is there; say what is not
            print(f"bench: skipping {make_url(url).get_backend_name()}: {exc}")
    return reachable


def report(record: dict) -> None:
    """One JSON line per measurement, on stdout and appended to bench-results/results.jsonl."""
    line = json.dumps(record, ensure_ascii=False)
    print(line)
    ROOT.mkdir(exist_ok=True)
    with open(ROOT / "results.jsonl", "a", encoding="utf-8") as out:
        out.write(line + "\n")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


# several checkouts of the project can share one server: each may name its own benchmark databases
PREFIX = os.environ.get("MNU_DESK_BENCH_DB_PREFIX", "mnu_bench")


def _database_url(server_url: str, customers: int) -> str:
    url = make_url(server_url)
    name = f"{PREFIX}_{customers}"
    backend = url.get_backend_name()
    if backend == "sqlite":
        ROOT.mkdir(exist_ok=True)
        return f"sqlite:///{ROOT / (name + '.sqlite3')}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        if backend == "postgresql":
            exists = connection.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
            if not exists:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
        else:
            connection.execute(text(f"CREATE DATABASE IF NOT EXISTS `{name}` CHARACTER SET utf8mb4"))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def _drop(server_url: str, database_url: str) -> None:
    url, backend = make_url(server_url), make_url(server_url).get_backend_name()
    name = make_url(database_url).database
    if backend == "sqlite":
        for suffix in ("", "-wal", "-shm"):
            Path(name + suffix).unlink(missing_ok=True)
        return
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        if backend == "postgresql":
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        else:
            connection.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
        # its agents' log-ins and group roles live on the server: a second run would find them there
        drop_desk_roles(connection, name, groups=True)
        if backend == "postgresql":
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        else:
            connection.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4"))
    admin.dispose()


def bench_desk(server_url: str, customers: int) -> Desk:
    """A desk on a benchmark database holding exactly `customers` demo people, built if needed."""
    from mnu_desk.services.demo import generate_demo

    url = _database_url(server_url, customers)
    stamp = f"{SEED}:{customers}"
    marker = ROOT / f"{make_url(url).get_backend_name()}_{customers}.built"
    engine = make_engine(url)
    built = marker.exists() and marker.read_text().endswith(stamp)
    if built:
        with engine.connect() as connection:
            # the record benchmark adds one heavy person to the smallest database
            built = connection.scalar(select(func.count()).select_from(Person)) in (customers, customers + 1)
    if not built:
        engine.dispose()
        _drop(server_url, url)
        engine = make_engine(url)
        migrate.upgrade(engine)
        started = time.perf_counter()
        summary = generate_demo(engine, customers, seed=SEED)
        # statistics and (PostgreSQL) the visibility map that index-only scans need, as autovacuum would
        # have made them on a server in use
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            if engine.dialect.name == "postgresql":
                connection.exec_driver_sql("VACUUM ANALYZE")
            elif engine.dialect.name == "sqlite":
                connection.exec_driver_sql("ANALYZE")
        seconds = round(time.perf_counter() - started, 1)
        desk = Desk(engine)
        report({"bench": "demo_load", "backend": engine.dialect.name, "customers": customers,
                "seconds": seconds, "server_cache_mb": server_cache_mb(desk), "server_log_mb": server_log_mb(desk),
                "rows": dict(summary.counts)})
        marker.write_text(stamp)
        return desk
    migrate.upgrade(engine)  # a newer schema keeps the data: no need to load it again
    return Desk(engine)


def server_cache_mb(desk: Desk) -> int | None:
    """The server's own page cache (PostgreSQL's shared_buffers, MariaDB's InnoDB buffer pool), printed beside
    a search figure: a cold search at a million people is the index and table pages it must read, and whether
    the server holds them (README, "Sizing the server")."""
    return _setting_mb(desk, "shared_buffers", "innodb_buffer_pool_size")


def server_log_mb(desk: Desk) -> int | None:
    """How much change the server lets pile up before it must write its pages out (PostgreSQL's max_wal_size,
    MariaDB's innodb_log_file_size), printed beside a bulk load: with the defaults (1 GB, 96 MB) a load of
    millions of rows spends much of its time in forced checkpoints (README, "Sizing the server")."""
    return _setting_mb(desk, "max_wal_size", "innodb_log_file_size")


def _setting_mb(desk: Desk, postgresql: str, mariadb: str) -> int | None:
    """A server setting of a size, in MiB (None on SQLite)."""
    query = {"postgresql": f"SELECT pg_size_bytes(current_setting('{postgresql}'))",
             "mysql": f"SELECT @@{mariadb}", "mariadb": f"SELECT @@{mariadb}"}.get(desk.backend)
    if query is None:
        return None
    with desk.connect() as connection:
        return int(connection.exec_driver_sql(query).scalar()) // (1 << 20)


@pytest.fixture(scope="session", params=bench_urls(), ids=lambda u: make_url(u).get_backend_name())
def bench_server(request) -> str:
    return request.param
