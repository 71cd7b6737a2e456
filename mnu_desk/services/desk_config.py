"""The settings of this computer alone, kept in the user's config file (never in the shared database and
never secrets): the connection profiles (services.profiles) and where this desk writes the erasure ledger
when it differs from the shop's setting, e.g. a share mounted under another path here."""

from __future__ import annotations

import json
import os
from pathlib import Path

from ..domain.errors import ValidationFailed
from ..paths import config_dir

LEDGER_PATH = "erasure_ledger_path"


def config_file() -> Path:
    return config_dir() / "config.json"


def read() -> dict:
    path = config_file()
    if not path.exists():
        return {}
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write(data: dict) -> None:
    """Whole or not at all: a crash while writing leaves the old file, never half a new one."""
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def ledger_path() -> Path | None:
    """This desk's own erasure ledger file, or None to follow the shop's setting."""
    value = read().get("desk", {}).get(LEDGER_PATH)
    return Path(value) if value else None


def set_ledger_path(value: str | Path | None) -> Path | None:
    """Empty clears the override. A relative path is refused: it would depend on the folder the desk was
    started from."""
    path = check_ledger_path(value)
    data = read()
    desk = data.setdefault("desk", {})
    if path is None:
        desk.pop(LEDGER_PATH, None)
    else:
        desk[LEDGER_PATH] = str(path)
    write(data)
    return path


def check_ledger_path(value: str | Path | None) -> Path | None:
    """None for an empty value; the path, expanded, when it is absolute and not a folder."""
    text = str(value or "").strip()
    if not text:
        return None
    path = Path(text).expanduser()
    if not path.is_absolute():
        raise ValidationFailed("The erasure ledger needs an absolute path; '{path}' is not.", path=text)
    if path.is_dir():
        raise ValidationFailed("The erasure ledger path '{path}' is a folder; name a file in it.", path=text)
    return path
