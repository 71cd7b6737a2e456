"""Which database the window works on: the embedded file on this computer, the demo file, a named connection
profile, or a URL given with --db (docs/design.md sections 5 and 7).

The command line makes the same choice in mnu_desk.cli.session.database_url, which prompts on the terminal
and raises the command line's usage error; both open through services.database. The functions that open a
database run on the executor's worker (a server can take seconds to answer); nothing here touches a widget.

The log-in window is built from a Connection before the database is opened, so what it asks of one (where,
backend, own log-in, password) is read from the URL alone (services.urls), and SQLAlchemy with the rest of
services.database is imported by the functions that open, on the worker."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...paths import default_database_path, demo_database_path
from ...services import profiles, urls

if TYPE_CHECKING:
    from ...services.context import Desk
    from ...services.database import ServerInfo

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
        return urls.backend_of(self.url)

    @property
    def where(self) -> str:
        """Host and database, or the file: never the password."""
        return urls.where(self.url)

    @property
    def key(self) -> str:
        """What the log-in dialog remembers: a profile's name or the embedded file."""
        return self.profile if self.kind == PROFILE else self.kind

    @property
    def own_login(self) -> bool:
        """A desk's server connection: no user of its own, each agent connects as their database log-in."""
        return urls.connects_as_agent(self.url)

    def needs_password_prompt(self, known: str | None) -> bool:
        return (known is None and self.backend != "sqlite" and not urls.has_password(self.url)
                and not self.own_login)


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
        urls.check_url(args.db)  # a bad URL is refused before anything else
        return Connection(URL, args.db.strip())
    if args.profile:
        return profile(args.profile)
    if remembered and remembered not in (EMBEDDED, DEMO):
        try:
            return profile(remembered)
        except Exception:  # noqa: BLE001 - a profile removed since: fall back to this computer's file
            pass
    return embedded()


def opens_to_first_run(connection: Connection) -> bool:
    """A new SQLite file (this computer's at the first start, or one named by --db): it is made and migrated
    before any window shows, and its first window is the first-run wizard, not the log-in."""
    return connection.kind != DEMO and urls.is_new_file(connection.url)


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
    """Open and check a database: the embedded file, and a new or empty SQLite file named by --db or a
    profile, is created and migrated on first use (the first-run wizard then asks for its admin); a shared
    server must already be at this program's schema (its owner runs `mnu-desk db upgrade`)."""
    from ...services import database

    first_start = connection.kind in (EMBEDDED, DEMO) or urls.is_new_file(connection.url)
    desk = database.open_desk(connection.url, password, embedded=first_start)
    try:
        return Opened(desk, database.agent_count(desk))
    except BaseException:
        desk.dispose()
        raise


def open_own_login(connection: Connection, agent: str, password: str) -> Desk:
    """A desk's server connection opened as the agent's own database log-in (AuthenticationFailed when the
    server refuses it)."""
    from ...services import database

    return database.open_as_agent(connection.url, agent, password)


def as_agent(connection: Connection, agent: str) -> Connection:
    """The same connection with the agent's database log-in as its user (for "Test connection")."""
    from ...services import database

    return Connection(connection.kind, database.agent_login_url(connection.url, agent) or connection.url,
                      connection.profile)


def probe(connection: Connection, password: str | None) -> ServerInfo:
    """What "Test connection" reports; changes nothing (a missing SQLite file is not created)."""
    from ...services import database

    return database.probe(connection.url, password)
