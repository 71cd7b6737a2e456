"""The desk's connection to its database and the acting agent. Every service function takes a Desk and an
Actor; a Desk hands out sessions whose failures become plain messages."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError

from ..db import grants
from ..db.engine import IMMEDIATE, describe, make_engine, unavailable
from ..domain.errors import Coded, Conflict, DeskError, PermissionDenied
from ..domain.roles import Permission, Role, role_may

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

# How each permission reads in a refusal: "Agent 'anna' (agent) may not <this>."
PERMISSION_WORDS = {
    Permission.LOOK_UP: "look up customers",
    Permission.WORK_REQUESTS: "work requests",
    Permission.RECTIFY: "rectify data",
    Permission.REGISTER_OBJECTION: "register objections",
    Permission.PREVIEW_ERASURE: "preview erasures",
    Permission.ISSUE_FREE_EXTRACT: "issue extracts",
    Permission.EXECUTE_ERASURE: "execute erasures",
    Permission.DECIDE_REPEATS_FEES_REFUSALS: "decide repeats, fees and refusals",
    Permission.EXTEND_DEADLINE: "extend deadlines",
    Permission.LEGAL_HOLDS_AND_RESTRICTIONS: "set or lift legal holds and restrictions",
    Permission.MARKETING_EXPORTS: "export marketing and suppression lists",
    Permission.MANAGE_AGENTS: "manage agents",
    Permission.MANAGE_SETTINGS: "change settings",
    Permission.MANAGE_SIGNING_KEYS: "manage signing keys",
    Permission.RUN_RETENTION: "run retention",
    Permission.IMPORT_DATA: "import data",
    Permission.CHANGE_FEED: "use the change feed",
    Permission.LOAD_DEMO_DATA: "load demo data",
    Permission.VERIFY_AUDIT: "verify the audit log",
}


@dataclass(frozen=True)
class Actor:
    """The logged-in agent a service acts for."""

    id: int
    name: str
    role: Role

    def require(self, permission: Permission) -> None:
        if not role_may(self.role, permission):
            raise PermissionDenied("Agent '{agent}' ({role}) may not {action}.", agent=self.name,
                                   role=Coded("role", self.role.value), action=PERMISSION_WORDS[permission])


class Desk:
    """One database. `read()` for look-ups, `write()` for changes: a write transaction takes the write
    lock at its start on SQLite, and commits whole or not at all everywhere. The ORM is imported at the first
    session: opening a database and counting its agents before the log-in window needs only the engine."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._on_dispose: list = []

    @functools.cached_property
    def _reader(self) -> sessionmaker:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @functools.cached_property
    def _writer(self) -> sessionmaker:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine.execution_options(**{IMMEDIATE: True}), expire_on_commit=False)

    @classmethod
    def open(cls, url: str, password: str | None = None) -> Desk:
        return cls(make_engine(url, password=password))

    @property
    def backend(self) -> str:
        return self.engine.url.get_backend_name()

    @property
    def is_server(self) -> bool:
        return self.backend != "sqlite"

    @property
    def agent_login(self) -> str | None:
        """The database log-in of the agent this desk is connected as, when it is one (docs/design.md "Who the
        database trusts"); None for SQLite and for the owner's or a DBA's connection."""
        user = self.engine.url.username
        if not self.is_server or not user:
            return None
        return user if user.startswith(grants.prefix(self.engine.url.database or "") + ".") else None

    def login_name(self, agent: str) -> str | None:
        """The database log-in an agent of this database has on a server; None on SQLite."""
        return grants.login_name(self.engine.url.database or "", agent) if self.is_server else None

    @property
    def where(self) -> str:
        return describe(self.engine.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._plain_errors(), self._reader() as session:
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A bare connection for read-only look-ups on the hot path (search): no ORM session to set up."""
        with self._plain_errors(), self.engine.connect() as connection:
            yield connection

    @contextmanager
    def _plain_errors(self) -> Iterator[None]:
        """A lost connection or another desk's lock as a plain message; anything else surfaces as it is."""
        try:
            yield
        except DBAPIError as exc:
            translated = _translate(self.engine.url, exc)
            if translated is None:
                raise
            raise translated from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        from sqlalchemy.orm.exc import StaleDataError

        try:
            with self._plain_errors(), self._writer.begin() as session:
                yield session
        except StaleDataError:
            raise Conflict() from None

    def on_dispose(self, callback) -> None:
        """Run `callback` before the engine goes (the search log writes what it still holds)."""
        self._on_dispose.append(callback)

    def dispose(self) -> None:
        while self._on_dispose:
            self._on_dispose.pop()()
        self.engine.dispose()


_CONNECTION_WORDS = ("connect", "refused", "timed out", "timeout expired", "unable to open",
                     "server has gone away", "lost connection", "terminat", "closed the connection",
                     "name or service not known", "ssl syscall")
_CONTENTION_WORDS = ("deadlock", "database is locked", "could not serialize", "lock wait timeout")


def _translate(url, exc: DBAPIError) -> Exception | None:
    """A lost or refused connection, or contention another desk caused, as a plain message; anything else
    (a bug) is left to surface as it is."""
    text = str(exc.orig if exc.orig is not None else exc).lower()
    if exc.connection_invalidated or any(word in text for word in _CONNECTION_WORDS):
        return unavailable(url, exc)
    if any(word in text for word in _CONTENTION_WORDS):
        return DeskError("The database changed while you worked; please try again.")
    return None
