"""Named connection profiles for a shared server, kept in the user's config file (services.desk_config). The
URL is stored without its password; the password goes to keyring under the profile's name
(services.credentials)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

from ..db.url_parts import read_url
from ..domain.errors import NotFound, ValidationFailed
from . import credentials, desk_config

_NAME = re.compile(r"^[\w.\-]{1,40}$")


@dataclass(frozen=True)
class Profile:
    name: str
    url: str  # without password

    @property
    def backend(self) -> str:
        return read_url(self.url).backend


config_file = desk_config.config_file
_load = desk_config.read
_save = desk_config.write


def list_profiles() -> list[Profile]:
    return [Profile(name, entry["url"]) for name, entry in sorted(_load().get("profiles", {}).items())]


def get_profile(name: str) -> Profile:
    entry = _load().get("profiles", {}).get(name)
    if entry is None:
        raise NotFound("No connection profile named '{name}'.", name=name)
    return Profile(name, entry["url"])


def add_profile(name: str, url: str, password: str | None = None, *,
                replace: bool = True) -> tuple[Profile, bool]:
    """Save a profile. A password in the URL (or given) goes to keyring; returns (profile, stored_securely)
    where the second is False when only an insecure keyring backend took the password. replace=False
    refuses a name already taken."""
    return _store(name, url, password, previous=None, replace=replace)


def edit_profile(previous: str, name: str, url: str, password: str | None = None) -> tuple[Profile, bool]:
    """Change a profile, renaming it when `name` differs. Without a new password the stored one stays (and
    moves with a rename)."""
    get_profile(previous)
    return _store(name, url, password, previous=previous, replace=previous == name)


def _store(name: str, url: str, password: str | None, *, previous: str | None,
           replace: bool) -> tuple[Profile, bool]:
    name = name.strip()
    if not _NAME.match(name):
        raise ValidationFailed(
            "A profile name is 1-40 letters, digits, dots, dashes or underscores; '{name}' is not.", name=name)
    from ..db.engine import parse_url  # SQLAlchemy: not for the log-in window, which only lists the profiles

    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        raise ValidationFailed("A profile is for a shared PostgreSQL or MariaDB server; use --db for an "
                               "SQLite file.")
    if not parsed.host or not parsed.database:
        raise ValidationFailed("A server profile needs a host and a database name.")
    data = _load()
    stored = data.setdefault("profiles", {})
    if not replace and name in stored:
        raise ValidationFailed("A connection profile named '{name}' already exists.", name=name)
    secret = password if password else parsed.password
    clean = without_password(url)
    if previous is not None and previous != name:
        stored.pop(previous, None)
        if not secret:
            secret = credentials.get(credentials.profile_account(previous))
    stored[name] = {"url": clean}
    _save(data)
    secure = True
    if secret:
        credentials.put(credentials.profile_account(name), secret)
        secure = credentials.is_secure()
    if previous is not None and previous != name:
        credentials.delete(credentials.profile_account(previous))
    return Profile(name, clean), secure


def remove_profile(name: str) -> None:
    data = _load()
    if name not in data.get("profiles", {}):
        raise NotFound("No connection profile named '{name}'.", name=name)
    del data["profiles"][name]
    _save(data)
    credentials.delete(credentials.profile_account(name))


def profile_password(name: str) -> str | None:
    """MNU_DESK_DB_PASSWORD (unattended runs) first, then keyring."""
    return os.environ.get("MNU_DESK_DB_PASSWORD") or credentials.get(credentials.profile_account(name))


def without_password(url: str) -> str:
    """The URL as a profile keeps it: its password left out."""
    from ..db.engine import parse_url

    return parse_url(url)._replace(password=None).render_as_string(hide_password=False)  # .set() keeps it


# --- a server's details as fields, for the profiles window ----------------------------------------------------

BACKENDS = {"postgresql": ("postgresql+psycopg", 5432), "mariadb": ("mysql+pymysql", 3306)}


def url_from_parts(backend: str, host: str, port: int | None, database: str, user: str) -> str:
    """The profile URL (without password) for a server given field by field."""
    if backend not in BACKENDS:
        raise ValidationFailed(
            "Database type '{backend}' is not supported; use SQLite, PostgreSQL or MariaDB/MySQL.",
            backend=backend)
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host or not database:
        raise ValidationFailed("A server profile needs a host and a database name.")
    if port is not None and not 0 < port < 65536:
        raise ValidationFailed("A port is a number from 1 to 65535; '{port}' is not.", port=port)
    from sqlalchemy.engine import URL

    from ..db.engine import parse_url

    driver, default_port = BACKENDS[backend]
    url = URL.create(driver, username=user or None, host=host,
                     port=port if port and port != default_port else None, database=database)
    return parse_url(url.render_as_string(hide_password=False)).render_as_string(hide_password=False)


def parts_of(url: str) -> dict:
    """The fields of a profile URL: backend (postgresql or mariadb), host, port, database, user."""
    parsed = read_url(url)
    backend = "postgresql" if parsed.backend == "postgresql" else "mariadb"
    return {"backend": backend, "host": parsed.host or "", "port": parsed.port or BACKENDS[backend][1],
            "database": parsed.database or "", "user": parsed.username or ""}
