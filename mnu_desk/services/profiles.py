"""Named connection profiles for a shared server, kept in the user's config file. The URL is stored without
its password; the password goes to keyring under the profile's name (services.credentials)."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..db.engine import parse_url
from ..domain.errors import NotFound, ValidationFailed
from ..paths import config_dir
from . import credentials

_NAME = re.compile(r"^[\w.\-]{1,40}$")


@dataclass(frozen=True)
class Profile:
    name: str
    url: str  # without password

    @property
    def backend(self) -> str:
        return parse_url(self.url).get_backend_name()


def config_file() -> Path:
    return config_dir() / "config.json"


def _load() -> dict:
    path = config_file()
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _save(data: dict) -> None:
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def list_profiles() -> list[Profile]:
    return [Profile(name, entry["url"]) for name, entry in sorted(_load().get("profiles", {}).items())]


def get_profile(name: str) -> Profile:
    entry = _load().get("profiles", {}).get(name)
    if entry is None:
        raise NotFound("No connection profile named '{name}'.", name=name)
    return Profile(name, entry["url"])


def add_profile(name: str, url: str, password: str | None = None) -> tuple[Profile, bool]:
    """Save a profile. A password in the URL (or given) goes to keyring; returns (profile, stored_securely)
    where the second is False when only an insecure keyring backend took the password."""
    if not _NAME.match(name):
        raise ValidationFailed(
            "A profile name is 1-40 letters, digits, dots, dashes or underscores; '{name}' is not.", name=name)
    parsed = parse_url(url)
    if parsed.get_backend_name() == "sqlite":
        raise ValidationFailed("A profile is for a shared PostgreSQL or MariaDB server; use --db for an "
                               "SQLite file.")
    secret = password if password is not None else parsed.password
    clean = parsed._replace(password=None).render_as_string(hide_password=False)  # .set(password=None) keeps it
    data = _load()
    data.setdefault("profiles", {})[name] = {"url": clean}
    _save(data)
    secure = True
    if secret:
        credentials.put(credentials.profile_account(name), secret)
        secure = credentials.is_secure()
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
