"""Schema changes, only through Alembic (docs/design.md section 5). An SQLite file is copied aside before it is
upgraded, so a failed upgrade can be undone by putting the copy back.

Checking that a database is at this program's schema, which every start does, needs no Alembic: the stored
revision is one row of its version table and this program's newest is read from the scripts' own lines.
Alembic (with Mako and Pygments) is imported only to migrate."""

from __future__ import annotations

import functools
import os
import re
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from ..domain.errors import SchemaBehind
from ..private_files import FILE_MODE
from . import grants
from .engine import describe, unavailable

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"  # Alembic's default, which migrations/env.py keeps
_REVISION_LINE = re.compile(r'^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:"([^"]*)"|\'([^\']*)\'|None)\s*$',
                            re.MULTILINE)


def _config(connection=None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@functools.cache
def head_revision() -> str:
    """This program's newest revision: the one no script names as its down_revision, from the scripts'
    `revision = "..."` and `down_revision = "..."` lines (Alembic's own reading imports every script and took
    a fifth of a short command's time; tests/test_migrations.py checks that both agree). Read once a process."""
    revisions, downs = set(), set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        for name, double, single in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            value = double or single
            if value:
                (revisions if name == "revision" else downs).add(value)
    heads = revisions - downs
    if len(heads) != 1:
        raise RuntimeError(f"the migration scripts have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at; None for an empty one."""
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table(VERSION_TABLE):
                return None
            stored = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    except DBAPIError as exc:
        raise unavailable(engine.url, exc) from None
    if len(stored) > 1:  # Alembic's own refusal, in its words
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    return stored[0] if stored else None


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Migrate to `revision`; returns (before, after)."""
    before = current_revision(engine)
    target = head_revision() if revision == "head" else revision
    if before != target:
        _copy_sqlite_aside(engine, before)
        from alembic import command

        with _migrating(engine) as connection:
            command.upgrade(_config(connection), revision)
    if revision == "head" and grants.is_server(engine):
        # every upgrade sets the group roles' privileges to the matrix again, so a new table is never
        # left to a default and a hand-made GRANT does not outlive the next upgrade
        try:
            with engine.begin() as connection:
                grants.apply(connection)
        except DBAPIError as exc:
            raise grants.owner_lacks_rights(engine, exc) from None
    return before, current_revision(engine)


def downgrade(engine: Engine, revision: str = "base") -> None:
    from alembic import command

    with _migrating(engine) as connection:
        command.downgrade(_config(connection), revision)


@contextmanager
def _migrating(engine: Engine):
    """One transaction for the migration. On SQLite, batch mode copies a table and drops the old one, which
    a row pointing at it (a task at its request) forbids while foreign keys are enforced: they are switched
    off for the migration (only possible outside a transaction) and every key is checked before the commit."""
    if engine.url.get_backend_name() != "sqlite":
        with engine.begin() as connection:
            yield connection
        return
    with engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                yield connection
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise RuntimeError(f"the migration broke a foreign key of {broken[0]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")


def require_current(engine: Engine) -> None:
    """Refuse to work on a schema this program does not know: older, or from a newer program."""
    current, head = current_revision(engine), head_revision()
    if current is None:
        # a database nobody has set up yet: say who sets it up and how, not a revision called "(empty)"
        raise SchemaBehind(
            "The database {where} is empty: this program's tables are not there yet. Its owner creates them "
            "once with 'mnu-desk --db URL db upgrade'; then the desk opens it and asks for the first admin.",
            where=describe(engine.url),
        )
    if current != head:
        raise SchemaBehind(
            "The database schema is at revision {current}, this program needs {head}; "
            "run 'mnu-desk db upgrade'.", current=current, head=head,
        )


def _copy_sqlite_aside(engine: Engine, revision: str | None) -> Path | None:
    if engine.url.get_backend_name() != "sqlite" or not engine.url.database:
        return None
    path = Path(engine.url.database)
    if revision is None or not path.exists() or path.stat().st_size == 0:
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    copy = path.with_name(f"{path.name}.{revision}.{stamp}.bak")
    # the copy is taken by SQLite itself so a WAL file's content is included; VACUUM runs outside any
    # transaction, so on the raw connection (autocommit) rather than through SQLAlchemy's BEGIN
    # the copy holds the same personal data: made empty and private first (VACUUM INTO fills an empty file)
    os.close(os.open(copy, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))
    raw = engine.raw_connection()
    try:
        raw.cursor().execute("VACUUM INTO ?", (copy.as_posix(),))
    finally:
        raw.close()
    return copy


