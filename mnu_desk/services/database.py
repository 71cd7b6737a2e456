"""Opening a database the way the desk does, for the command line and the GUI alike: the embedded file is
created and migrated on first use; a shared server must already be at this program's schema (its admin runs
`mnu-desk db upgrade`). Also what `db check` and "Test connection" report."""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass

from sqlalchemy import func, select, table, text

from ..db import grants, migrate
from ..db.engine import describe, parse_url
from ..domain.errors import AuthenticationFailed, DatabaseUnavailable, ValidationFailed
from .context import Desk
from .urls import backend_of, check_url, connects_as_agent, has_password, is_new_file, where  # noqa: F401 - offered here too

_NAMES = {"sqlite": "SQLite", "postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB"}


def agent_login_url(url: str, agent: str) -> str | None:
    """The URL of an agent's own log-in on a desk's server URL; None for SQLite and for a URL that names its
    user (an owner's)."""
    if not connects_as_agent(url):
        return None
    parsed = parse_url(url)
    login = grants.login_name(parsed.database or "", agent.strip())
    return parsed.set(username=login).render_as_string(hide_password=False)


# what the server says when it refuses a log-in: a wrong password, no such log-in, a locked or disabled one
_LOGIN_REFUSED = ("the server refused the user name or password", "not permitted to log in", "account is locked")


def open_as_agent(url: str, agent: str, password: str) -> Desk:
    """A desk's server URL opened as the agent's own database log-in with the agent's password, which the
    server checks (docs/design.md "Who the database trusts"). The server does not say whether the name, the
    password or the log-in's lock was wrong, so neither does the desk."""
    login = agent_login_url(url, agent)
    if login is None:
        raise ValidationFailed("This connection names its database user; it is not a desk's connection.")
    try:
        return open_desk(login, password)
    except DatabaseUnavailable as exc:
        if any(marker in str(exc.values.get("reason", "")) for marker in _LOGIN_REFUSED):
            raise AuthenticationFailed() from None
        raise


def open_desk(url: str, password: str | None = None, *, embedded: bool = False,
              check_schema: bool = True) -> Desk:
    desk = Desk.open(url, password)
    try:
        if embedded:
            migrate.upgrade(desk.engine)
        elif check_schema:
            migrate.require_current(desk.engine)
        return desk
    except BaseException:
        desk.dispose()
        raise


def agent_count(desk: Desk) -> int:
    """How many agents the database has (none: the first-run wizard). Read at every start, before the log-in
    window: a Core count, without the ORM models."""
    with desk.connect() as connection:
        return connection.scalar(select(func.count()).select_from(table("agents"))) or 0


def upgrade(desk: Desk) -> tuple[str | None, str]:
    """Migrate to this program's schema; an SQLite file is copied aside first. Returns (before, after)."""
    return migrate.upgrade(desk.engine)


def revision(desk: Desk) -> str | None:
    return migrate.current_revision(desk.engine)


@dataclass(frozen=True)
class ServerInfo:
    backend: str           # sqlite, postgresql, mysql, mariadb
    server_version: str
    database: str          # host/database or the file, never a password
    revision: str | None
    head: str
    database_id: str | None = None

    @property
    def current(self) -> bool:
        return self.revision == self.head


def server_info(desk: Desk) -> ServerInfo:
    current = migrate.current_revision(desk.engine)  # connects; the dialect then knows the server
    backend = desk.backend
    with desk.engine.connect() as connection:
        if backend == "sqlite":
            version = "SQLite " + connection.exec_driver_sql("select sqlite_version()").scalar()
        else:
            version = str(connection.execute(text("select version()")).scalar())
            if backend == "mysql" and getattr(desk.engine.dialect, "is_mariadb", False):
                backend = "mariadb"
            if not version.lower().startswith(backend[:5]):
                version = f"{_NAMES.get(backend, backend)} {version}"
        database_id = None
        if current is not None:
            from ..db.models import Setting

            stored = connection.execute(select(Setting.value).where(Setting.key == "database_id")).scalar()
            database_id = json.loads(stored) if stored else None
    return ServerInfo(backend, version, desk.where, current, migrate.head_revision(), database_id)


def probe(url: str, password: str | None = None) -> ServerInfo:
    """What "Test connection" reports; changes nothing (a missing SQLite file is not created)."""
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and not os.path.exists(parsed.database):
        return ServerInfo("sqlite", f"SQLite {sqlite3.sqlite_version}", describe(parsed), None,
                          migrate.head_revision())
    desk = Desk.open(url, password)
    try:
        return server_info(desk)
    finally:
        desk.dispose()
