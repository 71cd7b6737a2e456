"""Which database the window works on: the embedded file on this computer, the demo file, a named connection
profile, or a URL given with --db (DESIGN.md sections 5 and 7).

This mirrors mnu_desk.cli.session.database_url, which cannot be reused as it is: it prompts on the terminal
and raises the command line's usage error. The functions that open a database run on the executor's worker
(a server can take seconds to answer); nothing here touches a widget."""

from __future__ import annotations

import os
from dataclasses import dataclass

from ..db import migrate
from ..db.engine import describe, parse_url
from ..paths import default_database_path, demo_database_path
from ..services import agents, profiles
from ..services.context import Desk

EMBEDDED = "embedded"
DEMO = "demo"
PROFILE = "profile"
URL = "url"


@dataclass(frozen=True)
class Connection:
    kind: str
    url: str
    profile: str | None = None

    @property
    def backend(self) -> str:
        return parse_url(self.url).get_backend_name()

    @property
    def where(self) -> str:
        """Host and database, or the file: never the password."""
        return describe(parse_url(self.url))

    @property
    def key(self) -> str:
        """What the log-in dialog remembers: a profile's name or the embedded file."""
        return self.profile if self.kind == PROFILE else self.kind

    def needs_password_prompt(self, known: str | None) -> bool:
        return known is None and self.backend != "sqlite" and parse_url(self.url).password is None


def embedded() -> Connection:
    return Connection(EMBEDDED, f"sqlite:///{default_database_path()}")


def demo() -> Connection:
    return Connection(DEMO, f"sqlite:///{demo_database_path()}")


def profile(name: str) -> Connection:
    return Connection(PROFILE, profiles.get_profile(name).url, name)


def from_args(args, remembered: str | None = None) -> Connection:
    """--demo, --db or --profile; else the connection the agent last logged in with (so that a desk on a
    shared server does not open an empty local file first), else the embedded file. Raises DeskError for a
    bad URL or an unknown profile."""
    if getattr(args, "demo", False):
        return demo()
    if args.db:
        parse_url(args.db)  # a bad URL is refused before anything else
        return Connection(URL, args.db.strip())
    if args.profile:
        return profile(args.profile)
    if remembered and remembered not in (EMBEDDED, DEMO):
        try:
            return profile(remembered)
        except Exception:  # noqa: BLE001 - a profile removed since: fall back to this computer's file
            pass
    return embedded()


def choices(current: Connection) -> list[Connection]:
    """What the log-in dialog offers: this computer, then the named profiles; a --db URL stays listed."""
    found = [embedded()] + [Connection(PROFILE, p.url, p.name) for p in profiles.list_profiles()]
    if current not in found:
        found.insert(0, current)
    return found


def stored_password(connection: Connection) -> str | None:
    """MNU_DESK_DB_PASSWORD, else the keyring (profiles), else None; an SQLite file needs none."""
    if connection.backend == "sqlite":
        return None
    if connection.kind == PROFILE:
        return profiles.profile_password(connection.profile)
    return os.environ.get("MNU_DESK_DB_PASSWORD")


@dataclass
class Opened:
    desk: Desk
    agents: int


def open_connection(connection: Connection, password: str | None) -> Opened:
    """Open and check a database: the embedded file is created and migrated on first use; a shared server
    must already be at this program's schema (its admin runs `mnu-desk db upgrade`)."""
    desk = Desk.open(connection.url, password)
    try:
        if connection.kind in (EMBEDDED, DEMO):
            migrate.upgrade(desk.engine)
        else:
            migrate.require_current(desk.engine)
        return Opened(desk, agents.agent_count(desk))
    except BaseException:
        desk.dispose()
        raise


@dataclass(frozen=True)
class ServerInfo:
    backend: str
    server_version: str
    revision: str | None
    head: str

    @property
    def current(self) -> bool:
        return self.revision == self.head


def probe(connection: Connection, password: str | None) -> ServerInfo:
    """What "Test connection" reports; changes nothing (a missing SQLite file is not created)."""
    if connection.backend == "sqlite":
        path = parse_url(connection.url).database
        if path and not os.path.exists(path):
            import sqlite3

            return ServerInfo("sqlite", f"SQLite {sqlite3.sqlite_version}", None, migrate.head_revision())
    desk = Desk.open(connection.url, password)
    try:
        revision = migrate.current_revision(desk.engine)  # connects; the dialect then knows the server
        version = ".".join(str(part) for part in (desk.engine.dialect.server_version_info or ()))
        names = {"sqlite": "SQLite", "postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB"}
        backend = desk.backend
        if backend == "mysql" and getattr(desk.engine.dialect, "is_mariadb", False):
            backend = "mariadb"
        return ServerInfo(backend, f"{names.get(backend, backend)} {version}".strip(), revision,
                          migrate.head_revision())
    finally:
        desk.dispose()
