"""What a database URL says (its backend, user, password, host, port and database) read without SQLAlchemy,
whose import costs the GUI more than its whole log-in window: the window names its databases and decides
whether to ask for a password before the database is opened. The pattern is SQLAlchemy's own
(sqlalchemy.engine.url._parse_url); tests/test_url_parts.py holds the two to the same answers. Engines are
still made from SQLAlchemy's URL (db/engine.py), which first asks this module whether the URL is one the
desk supports, so that both refuse the same URLs with the same words."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

from ..domain.errors import ValidationFailed

# the backends the desk ships a driver for, and the driver it uses for each
SUPPORTED = {"sqlite": "sqlite", "postgresql": "postgresql+psycopg", "mysql": "mysql+pymysql",
             "mariadb": "mariadb+pymysql"}

_PATTERN = re.compile(
    r"""
        (?P<name>[\w\+]+)://
        (?:
            (?P<username>[^:/]*)
            (?::(?P<password>[^@]*))?
        @)?
        (?:
            (?:
                \[(?P<ipv6host>[^/\?]+)\] |
                (?P<ipv4host>[^/:\?]+)
            )?
            (?::(?P<port>[^/\?]*))?
        )?
        (?:/(?P<database>[^\?]*))?
        (?:\?(?P<query>.*))?
        """,
    re.X,
)


@dataclass(frozen=True)
class UrlParts:
    drivername: str
    username: str | None
    password: str | None
    host: str | None
    port: int | None
    database: str | None

    @property
    def backend(self) -> str:
        return self.drivername.split("+")[0]

    @property
    def where(self) -> str:
        return where(self.backend, self.host, self.port, self.database)


def where(backend: str, host: str | None, port: int | None, database: str | None) -> str:
    """Where a URL points, without its password: for messages, logs and the log-in's list of databases."""
    if backend == "sqlite":
        return database or ":memory:"
    return f"{host or 'localhost'}{f':{port}' if port else ''}/{database or ''}"


def not_a_url(text: str) -> ValidationFailed:
    return ValidationFailed("'{url}' is not a database URL; use e.g. postgresql+psycopg://user@host/db, "
                            "mysql+pymysql://user@host/db or sqlite:///path/file.sqlite3.", url=text)


def read_url(text: str) -> UrlParts:
    """The parts of a URL for a backend the desk supports; ValidationFailed for anything else."""
    found = _PATTERN.match(text.strip())
    try:
        if found is None:
            raise ValueError(text)
        parts = found.groupdict()
        port = int(parts["port"]) if parts["port"] is not None else None  # "host:" is refused too
    except ValueError:
        raise not_a_url(text) from None
    quoted = {key: unquote(parts[key]) if parts[key] is not None else None
              for key in ("username", "password", "database")}
    url = UrlParts(parts["name"], quoted["username"], quoted["password"], parts["ipv4host"] or parts["ipv6host"],
                   port, quoted["database"])
    if url.backend not in SUPPORTED:
        raise ValidationFailed(
            "Database type '{backend}' is not supported; use SQLite, PostgreSQL or MariaDB/MySQL.",
            backend=url.backend,
        )
    return url
