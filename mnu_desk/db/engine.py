"""Engines per backend, made from a URL on demand (never at import time), and the plain-language reasons a
connection fails."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from ..domain.errors import DatabaseUnavailable, ValidationFailed
from ..private_files import FILE_MODE, private_folder
from .url_parts import not_a_url, read_url, where

# Execution option that makes a SQLite transaction take the write lock at BEGIN: a transaction that reads
# first and writes later could otherwise fail with "database is locked" instead of waiting its turn.
IMMEDIATE = "mnu_desk_begin_immediate"


def parse_url(text: str) -> URL:
    """A SQLAlchemy URL for a backend the desk supports, with the driver the desk ships."""
    read_url(text)  # refuses what the desk cannot open, in the same words as before the database is opened
    try:
        url = make_url(text.strip())
    except (ArgumentError, ValueError):
        raise not_a_url(text) from None
    backend = url.get_backend_name()
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    elif url.drivername in ("mysql", "mariadb"):
        url = url.set(drivername=f"{backend}+pymysql")
    if backend in ("mysql", "mariadb"):
        url = url.update_query_dict({"charset": "utf8mb4"})
    return url


def describe(url: URL) -> str:
    """Where a URL points, without its password: for messages and logs."""
    return where(url.get_backend_name(), url.host, url.port, url.database)


def make_engine(url: URL | str, *, password: str | None = None) -> Engine:
    if isinstance(url, str):
        url = parse_url(url)
    if password is not None and url.get_backend_name() != "sqlite":
        url = url.set(password=password)
    backend = url.get_backend_name()
    if backend == "sqlite":
        return _sqlite_engine(url)
    try:
        engine = create_engine(url, pool_pre_ping=True, pool_recycle=1800,
                               connect_args={"connect_timeout": 5})
    except NoSuchModuleError as exc:
        raise ValidationFailed("Database driver missing: {error}", error=str(exc)) from None
    return engine


MMAP_BYTES = 2_147_418_112  # SQLite's own ceiling; a smaller file is mapped only as far as it goes


def _sqlite_engine(url: URL) -> Engine:
    if url.database and url.database != ":memory:":
        private_database_file(Path(url.database).expanduser())
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # let SQLAlchemy, not the sqlite3 module, decide when a transaction begins
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        if url.database and url.database != ":memory:":
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            # pages read straight from the file's mapping, not copied in by a read call each: a type-ahead
            # search touches a few hundred pages of a large index, most not in the connection's small cache
            cursor.execute(f"PRAGMA mmap_size={MMAP_BYTES}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        immediate = connection.get_execution_options().get(IMMEDIATE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def private_database_file(path: Path) -> None:
    """The database file readable by its owner only (docs/design.md section 6), made before SQLite makes it
    with the umask's 0644; its journal and WAL files take the same mode. A new folder is 0700; an existing
    file of ours that others could read is tightened."""
    try:
        private_folder(path.parent)
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
        os.close(descriptor)
    except FileExistsError:
        try:
            if stat.S_ISREG(path.stat().st_mode) and path.stat().st_mode & 0o077 and \
                    path.stat().st_uid == getattr(os, "getuid", lambda: None)():
                os.chmod(path, FILE_MODE)
        except OSError:
            pass
    except OSError:
        pass  # a folder that cannot be made or written: SQLite's own error then says so, in one line


def unavailable(url: URL, exc: BaseException) -> DatabaseUnavailable:
    """A one-line reason for a failed connection: the host and the cause, never a traceback."""
    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    text = " ".join(str(cause).split())
    lowered = text.lower()
    if "refused" in lowered:
        reason = "connection refused (is the server running?)"
    elif "timeout" in lowered or "timed out" in lowered:
        reason = "no answer (timed out)"
    elif "password authentication failed" in lowered or "access denied" in lowered or \
            (lowered.startswith("connection") and "role" in lowered and "does not exist" in lowered):
        reason = "the server refused the user name or password"
    elif "does not exist" in lowered or "unknown database" in lowered:
        reason = "the database does not exist on that server"
    elif "name or service not known" in lowered or "nodename nor servname" in lowered or \
            "failed to resolve" in lowered or "getaddrinfo" in lowered:
        reason = "the host name is unknown"
    elif "unable to open database file" in lowered:
        reason = "the file cannot be opened"
    else:
        reason = text[:200]
    return DatabaseUnavailable("Cannot reach the database at {where}: {reason}.", where=describe(url),
                               reason=reason)
