"""What a database URL says, read without opening the database and without SQLAlchemy (db/url_parts.py): where
it points, its backend, whether it carries a password or is a desk's connection, whether it is a new SQLite
file. The log-in window asks these before anything is opened; services.database offers them as well."""

from __future__ import annotations

import os

from ..db.url_parts import read_url


def where(url: str) -> str:
    """Host and database, or the file, of a URL: never its password."""
    return read_url(url).where


def backend_of(url: str) -> str:
    return read_url(url).backend


def has_password(url: str) -> bool:
    return read_url(url).password is not None


def connects_as_agent(url: str) -> bool:
    """A shared server's URL without a user is a desk's (docs/design.md "Who the database trusts"): each agent
    connects as their own database log-in, with their own password."""
    parsed = read_url(url)
    return parsed.backend != "sqlite" and not parsed.username


def check_url(url: str) -> None:
    """Refuse a malformed or unsupported URL before anything else (ValidationFailed)."""
    read_url(url)


def is_new_file(url: str) -> bool:
    """An SQLite file that does not exist yet or holds nothing (`touch desk.sqlite3`): a desk's first start
    on it creates and migrates it, as for the embedded file (docs/design.md section 5)."""
    parsed = read_url(url)
    if parsed.backend != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return False
    return not os.path.exists(parsed.database) or os.path.getsize(parsed.database) == 0
