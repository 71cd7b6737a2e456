"""Importing a shop file (issue: feed the desk from the shop): an admin's job. The file is checked whole for
its structure first, then read as a stream and applied in batches that each commit whole; rejected rows go to
the report next to the file. Every row is an upsert keyed by the shop's id, so the same file twice changes
nothing and a re-run after a crash or a cancel finishes the job. An import run and two audit entries (start,
end) record who imported what."""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import select, update

from ..db.engine import IMMEDIATE
from ..db.models import ImportRun
from ..domain.clock import utcnow
from ..domain.errors import ValidationFailed
from ..domain.roles import Permission
from ..imports import categories, reader
from ..imports.apply import Applier, Outcome, Row
from ..imports.report import Report, report_path
from ..imports.seen import SeenIds, process_alive
from ..imports.values import Rejected
from . import audit, ledger
from .context import Actor, Desk

BATCH = 20_000  # rows a transaction: fewer commits write each touched index page fewer times
SQLITE_CACHE_KIB = 256 * 1024
RUNS = ImportRun.__table__


def import_file(desk: Desk, actor: Actor, category: str, path: Path, *, dry_run: bool = False,
                progress: Callable[[int, int], None] | None = None, cancel: Callable[[], bool] | None = None,
                batch_size: int = BATCH) -> dict:
    """Import `path` as `category`. `progress(rows done, rows in file)` after each batch; `cancel()` before
    each: the batches committed so far stay. A dry run checks and counts everything and writes nothing but
    the report."""
    actor.require(Permission.IMPORT_DATA)
    started = time.perf_counter()
    path = Path(path)
    specs = categories.build(utcnow())
    if category not in specs:
        raise ValidationFailed("Unknown category '{category}': choose {categories}.", category=category,
                               categories=", ".join(specs))
    spec = specs[category]
    source = reader.open_source(path, spec)
    erased = _erased_in_ledger(desk)
    report = Report(report_path(path))
    run_id = _start(desk, actor, spec.name, source, dry_run)
    work = _Work(spec, report, erased)
    work.use_header(source)
    status = "failed"
    try:
        status = work.run(desk, source, dry_run, run_id, batch_size, progress, cancel)
    finally:
        work.close()
        _finish(desk, actor, run_id, status, work, dry_run)
    return {"category": spec.name, "file": str(path), "format": source.format, "dry_run": dry_run,
            "status": status, "rows": work.read, "inserted": work.totals.inserted, "updated": work.totals.updated,
            "unchanged": work.totals.unchanged, "rejected": work.totals.rejected, "report": str(report.path),
            "run": str(run_id), "seconds": round(time.perf_counter() - started, 3)}


class _Work:
    """The reading loop of one import: rows checked field by field, ids checked for repeats, batches
    applied."""

    def __init__(self, spec: categories.Category, report: Report, erased: dict[str, datetime]) -> None:
        self.spec = spec
        self.report = report
        self.seen = SeenIds()
        self.totals = Outcome()
        self.read = 0
        self.analyze_at = 0
        self.applier = Applier(spec, erased, lambda row, exc: report.add(row.line, row.key, exc))
        self.known = set(spec.field_names)
        self.parsers = [(f.name, f.parse) for f in spec.fields]
        self.csv_parsers: list[tuple] = []
        self.absent: frozenset = frozenset()

    def use_header(self, source: reader.Source) -> None:
        """Where each field is in a CSV row (None: not in the file, its default then)."""
        if source.format == "csv":
            where = {name: i for i, name in enumerate(source.columns)}
            self.csv_parsers = [(name, parse, where.get(name)) for name, parse in self.parsers]
            self.absent = frozenset(self.known - set(source.columns))

    def run(self, desk: Desk, source: reader.Source, dry_run: bool, run_id: int, batch_size: int,
            progress, cancel) -> str:
        # One thread reads, checks and writes: a writer thread of its own was measured slower (both halves
        # are Python and take turns at the interpreter lock).
        with desk.engine.connect() as connection:
            sqlite = connection.dialect.name == "sqlite"
            if sqlite:
                connection.execution_options(**{IMMEDIATE: True})
                cache = connection.exec_driver_sql("PRAGMA cache_size").scalar()
                connection.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
                connection.commit()
            deferred = False
            try:
                table = self.spec.table
                if sqlite:
                    _build_indexes(connection, table)  # an import that died with its indexes deferred
                self.applier.fresh = connection.execute(select(table.c.id).limit(1)).first() is None
                connection.rollback()
                if sqlite and self.applier.fresh and not dry_run:
                    deferred = _defer_indexes(connection, table)
                self._analyze(connection, force=True)
                rows: list[Row] = []
                keys: list[tuple[str, int, Row | None]] = []
                if progress:
                    progress(0, source.rows)
                for line, raw in reader.rows(source):
                    self.read += 1
                    self._check(line, raw, rows, keys)
                    if len(keys) >= batch_size:
                        if cancel and cancel():
                            return "cancelled"
                        self._apply(connection, *self._unrepeated(rows, keys), dry_run, run_id)
                        rows, keys = [], []
                        if progress:
                            progress(self.read, source.rows)
                if cancel and cancel():
                    return "cancelled"
                self._apply(connection, *self._unrepeated(rows, keys), dry_run, run_id)
                if progress:
                    progress(self.read, source.rows)
                return "done"
            finally:
                if sqlite:
                    connection.rollback()
                    if deferred:
                        _build_indexes(connection, table)
                    connection.exec_driver_sql(f"PRAGMA cache_size={int(cache)}")
                    connection.commit()

    def _check(self, line: int, raw, rows: list[Row], keys: list) -> None:
        """One row's fields; a row with a bad field is reported (every bad field) and left out, but its id
        still counts for the repeat check. The hot loop of an import: ten million rows pass here."""
        spec = self.spec
        if raw.__class__ is Rejected:
            self._reject(line, "", [raw])
            return
        problems: list[Rejected] = []
        values: dict = {}
        if raw.__class__ is list:  # a CSV row: the header said which columns there are, and where
            absent = self.absent
            cells = [(name, parse, raw[i] if i is not None else None) for name, parse, i in self.csv_parsers]
        else:  # a JSON line: its own keys
            problems += [Rejected("unknown_field", "'{value}' is not a field of this format.", field=name,
                                  value=name) for name in raw if name not in self.known]
            absent = frozenset(name for name in self.known if name not in raw)
            cells = [(name, parse, raw.get(name)) for name, parse in self.parsers]
        for name, parse, text in cells:
            try:
                if text.__class__ is Rejected:
                    raise text
                values[name] = parse(text)
            except Rejected as exc:
                exc.field = exc.field or name
                problems.append(exc)
        if not problems and spec.check is not None:
            try:
                spec.check(values)
            except Rejected as exc:
                problems.append(exc)
        key_ok = all(values.get(k) is not None for k in spec.key)
        key = "/".join(str(values[k]) for k in spec.key) if key_ok else \
            "/".join(text or "" for name, _, text in cells if name in spec.key)
        if problems:
            self._reject(line, key, problems)
            if key_ok:
                keys.append((key, line, None))
            return
        row = Row(line, key, values, absent=absent)
        rows.append(row)
        keys.append((key, line, row))

    def _reject(self, line: int, key: str, problems: list[Rejected]) -> None:
        self.totals.rejected += 1
        for problem in problems:
            self.report.add(line, key, problem)

    def _unrepeated(self, rows: list[Row], keys: list) -> tuple[list[Row], int | None]:
        """The batch without rows whose id came earlier in the file, and the batch's last line."""
        earlier = self.seen.known([k for k, _, _ in keys])
        first: dict[str, int] = {}
        repeated: set[int] = set()
        for key, key_line, row in keys:
            before = earlier.get(key) or first.get(key)
            if before is None:
                first[key] = key_line
            elif row is not None:
                repeated.add(id(row))
                self._reject(key_line, key, [Rejected("duplicate_id", "The id {value} is in the file more than "
                                                      "once (first on line {first}).", field=self.spec.key[0],
                                                      value=key, first=before)])
        self.seen.add(first)
        return [r for r in rows if id(r) not in repeated], keys[-1][1] if keys else None

    def _apply(self, connection, good: list[Row], last_line: int | None, dry_run: bool, run_id: int) -> None:
        transaction = connection.begin()
        try:
            outcome = self.applier.apply(connection, good) if good else Outcome()
            self._add(outcome)
            if not dry_run:
                # the run's figures commit with the batch they count: after a crash they say how far it got
                connection.execute(update(RUNS).where(RUNS.c.id == run_id).values(
                    committed_line=last_line if last_line is not None else RUNS.c.committed_line,
                    **self.counts()))
        except BaseException:
            transaction.rollback()
            raise
        if dry_run:
            transaction.rollback()
        else:
            transaction.commit()
            self._analyze(connection)

    def _analyze(self, connection, *, force: bool = False) -> None:
        """PostgreSQL plans a look-up by the statistics of the table; a table an import is filling keeps the
        statistics of its empty start until autovacuum comes by, and every look-up by shop id becomes a
        scan of the whole table. Statistics are made again after the first batch, then each time the rows
        imported have grown fourfold (and for the owners' tables at the start). The first batch matters most:
        psycopg prepares a statement run often, and the plan it kept from the empty table (a scan) stays until
        the statistics change; at a million customers, every look-up of the second batch took 0.4 s."""
        if connection.dialect.name != "postgresql":
            return
        if not force and self.totals.inserted < self.analyze_at:
            return
        names = {self.spec.table.name} | ({"people", "orders", "wish_lists"} if force else set())
        for name in sorted(names):
            connection.exec_driver_sql(f"ANALYZE {name}")
        connection.commit()
        self.analyze_at = max(BATCH, 4 * self.totals.inserted)

    def _add(self, outcome: Outcome) -> None:
        self.totals.inserted += outcome.inserted
        self.totals.updated += outcome.updated
        self.totals.unchanged += outcome.unchanged
        self.totals.rejected += outcome.rejected

    def counts(self) -> dict[str, int]:
        return {"rows_read": self.read, "inserted": self.totals.inserted, "updated": self.totals.updated,
                "unchanged": self.totals.unchanged, "rejected": self.totals.rejected}

    def close(self) -> None:
        self.seen.close()
        self.report.close()


def _erased_in_ledger(desk: Desk) -> dict[str, datetime]:
    """The shop ids of everyone in the erasure ledger: a person erased at the desk is never re-created,
    even when a restored backup no longer holds their tombstone."""
    with desk.read() as session:
        path = ledger.default_path(session)
    erased = {}
    for line in ledger.read(path):
        if line.get("shop_customer_id"):
            erased[line["shop_customer_id"]] = datetime.fromisoformat(line["at"].replace("Z", "+00:00"))
    return erased


def _start(desk: Desk, actor: Actor, category: str, source: reader.Source, dry_run: bool) -> int:
    with desk.write() as session:
        _close_killed_runs(session, actor)
        run = ImportRun(category=category, file_name=str(source.path)[-500:], file_size=source.size,
                        dry_run=dry_run, status="running", started_at=utcnow(), agent=actor.name, rows_read=0,
                        inserted=0, updated=0, unchanged=0, rejected=0, committed_line=0,
                        host=HOST, pid=os.getpid())
        session.add(run)
        session.flush()
        audit.record(session, actor.name, "import_started", subject=f"import:{run.id}",
                     payload={"category": category, "file": source.path.name, "rows": source.rows,
                              "dry_run": dry_run})
        return run.id


HOST = socket.gethostname()[:255]


def _close_killed_runs(session, actor: Actor) -> list[int]:
    """Runs of this host still `running` whose process is gone were killed (power cut, kill -9): marked
    interrupted, their import_started closed by an import_finished. Their committed batches stay; running
    the file again finishes the import, since every row is an upsert. Another host's runs are left alone:
    whether that process lives cannot be known from here."""
    closed = []
    for run in session.scalars(select(ImportRun).where(ImportRun.status == "running", ImportRun.host == HOST)):
        if run.pid is None or process_alive(run.pid):
            continue
        run.status, run.finished_at = "interrupted", utcnow()
        closed.append(run.id)
        audit.record(session, actor.name, "import_finished", subject=f"import:{run.id}",
                     payload={"status": "interrupted", "dry_run": run.dry_run, "rows": run.rows_read,
                              "committed_line": run.committed_line})
    return closed


def _finish(desk: Desk, actor: Actor, run_id: int, status: str, work: _Work, dry_run: bool) -> None:
    counts = work.counts()
    with desk.write() as session:
        values = {"status": status, "finished_at": utcnow()}
        if status != "failed":  # a failed run keeps the figures of its last committed batch
            values.update(counts)
        session.execute(update(RUNS).where(RUNS.c.id == run_id).values(**values))
        audit.record(session, actor.name, "import_finished", subject=f"import:{run_id}",
                     payload={"status": status, "dry_run": dry_run, **counts})


def _secondary_indexes(table) -> list:
    return [index for index in table.indexes if not index.unique]


def _defer_indexes(connection, table) -> bool:
    """On SQLite, a first import into an empty table leaves out the table's look-up indexes (IP address,
    time, owner) and builds each once at the end: ten million rows inserted into four indexes at random
    places stop fitting in the page cache, while one sorted build per index stays fast. The unique keys
    stay, as the upsert needs them. An import that dies meanwhile is repaired by the next one."""
    indexes = _secondary_indexes(table)
    for index in indexes:
        index.drop(connection, checkfirst=True)
    connection.commit()
    return bool(indexes)


def _build_indexes(connection, table) -> None:
    for index in _secondary_indexes(table):
        index.create(connection, checkfirst=True)
    connection.commit()
