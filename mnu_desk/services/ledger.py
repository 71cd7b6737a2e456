"""The erasure ledger (docs/design.md "Erasure ledger"): a file outside the database, without personal data
(database id, sequence, step, request, the desk's and the shop's ids of the person, time). Each erasure writes
two lines: `prepared` before its transaction commits and `applied` after, so a desk killed in between leaves a
line that says only "perhaps". Every line carries an HMAC over its fields and the previous line's HMAC, with a
key kept off the database (MNU_DESK_LEDGER_KEY, else the keyring): a hand-written or altered line is refused,
and the whole file with it. After a backup is restored, `erase replay` re-applies what the backup predates."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
import stat
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Setting
from ..domain.clock import iso_z
from ..domain.errors import ValidationFailed
from ..paths import data_dir
from . import credentials, desk_config

try:
    import fcntl
except ImportError:  # Windows: one desk per ledger file
    fcntl = None

GENESIS = "0" * 64
FIELDS = ("database_id", "seq", "step", "prepared", "request", "customer_no", "shop_customer_id", "at", "prev")
PREPARED, APPLIED = "prepared", "applied"
KEY_ENV = "MNU_DESK_LEDGER_KEY"


def key_account(db_id: str) -> str:
    return f"ledger-key:{db_id}"


def ledger_key(db_id: str) -> bytes | None:
    """The ledger's HMAC key: every desk that erases or replays holds the same one, the database never."""
    text = os.environ.get(KEY_ENV) or credentials.get(key_account(db_id))
    return text.encode("utf-8") if text else None


def key_for_writing(db_id: str, path: Path) -> bytes:
    """The key, made and kept in this computer's keyring when the ledger is new; a ledger with lines and no
    key here is refused (an admin gives this desk the key), never started again under a new one."""
    key = ledger_key(db_id)
    if key is not None:
        return key
    if read(path):
        raise ValidationFailed("This computer has no key for the erasure ledger {path}: set MNU_DESK_LEDGER_KEY "
                               "or store the desk's ledger key in the keyring. Nothing was erased.",
                               path=str(path))
    made = secrets.token_hex(32)
    credentials.put(key_account(db_id), made)
    return made.encode("utf-8")


def database_id(session: Session) -> str:
    stored = session.scalar(select(Setting.value).where(Setting.key == "database_id"))
    if not stored:
        raise ValidationFailed("The database has no id; run 'mnu-desk db upgrade'.")
    return json.loads(stored)


def default_path(session: Session) -> Path:
    """This computer's own path if one is set (a share can be mounted elsewhere on each desk), else the
    shop's setting 'erasure_ledger_path' if an admin set one, else a file in the user data folder."""
    local = desk_config.ledger_path()
    if local is not None:
        return local
    stored = session.scalar(select(Setting.value).where(Setting.key == "erasure_ledger_path"))
    if stored:
        return Path(json.loads(stored))
    # one file per database: a demo database and a real one on the same computer never share a ledger
    return data_dir() / f"erasure-ledger-{database_id(session)}.jsonl"


def line_mac(key: bytes, fields: dict) -> str:
    canonical = json.dumps({k: fields.get(k) for k in FIELDS}, sort_keys=True, separators=(",", ":"),
                           ensure_ascii=False)
    return hmac.new(key, canonical.encode("utf-8"), hashlib.sha256).hexdigest()


def read(path: Path, *, key: bytes | None = None, required: bool = False) -> list[dict]:
    """Every line, checked: a gap, a broken link, and with the key a line whose HMAC does not match, refuse
    the whole file. Without the key (an import that only keeps erased people out) the links are checked
    but not the HMACs. A missing file is an empty ledger unless `required` (a replay names a file)."""
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        if required:
            raise ValidationFailed("There is no erasure ledger at {path}: nothing was erased.", path=str(path))
        return []
    _regular_or_refuse(path)
    try:
        with open(path, encoding="utf-8") as handle:
            return _parse(handle, key)
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationFailed("The erasure ledger {path} cannot be read ({reason}): nothing was erased.",
                               path=str(path), reason=getattr(exc, "strerror", None) or str(exc)) from None


def _regular_or_refuse(path: Path) -> None:
    """A ledger is a file of its own: a folder, /dev/null or a pipe would swallow or block the line that lets
    an erasure survive a restore."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # not there (yet): opening it says why if it cannot be made
    if not stat.S_ISREG(mode):
        raise ValidationFailed("The erasure ledger {path} is not a regular file: nothing was erased.",
                               path=str(path))


def _parse(handle, key: bytes | None) -> list[dict]:
    lines, previous = [], GENESIS
    for number, text in enumerate(handle, start=1):
        if not text.strip():
            continue
        try:
            entry = json.loads(text)
            ok = (isinstance(entry, dict) and entry.get("seq") == len(lines) + 1
                  and entry.get("prev") == previous and entry.get("step") in (PREPARED, APPLIED)
                  and isinstance(entry.get("mac"), str)
                  and (key is None or hmac.compare_digest(entry["mac"], line_mac(key, entry))))
        except (ValueError, KeyError, TypeError):
            ok = False
        if not ok:
            raise ValidationFailed("The erasure ledger is broken at line {line}: nothing was erased.",
                                   line=number)
        lines.append(entry)
        previous = entry["mac"]
    return lines


def append(path: Path, db_id: str, key: bytes, step: str, request_ref: str | None, customer_no: str,
           shop_customer_id: str | None, at: datetime, prepared: int | None = None) -> dict:
    """Append one line and fsync it (and the folder on first creation): `prepared` before the caller
    commits, `applied` (naming its prepared line) after."""
    path = Path(path)
    _regular_or_refuse(path)
    try:
        return _append(path, db_id, key, step, request_ref, customer_no, shop_customer_id, at, prepared)
    except OSError as exc:  # a missing drive, a full disk, no permission: the erasure is rolled back
        raise ValidationFailed("Cannot write the erasure ledger {path}: {reason}. Nothing was erased.",
                               path=str(path), reason=exc.strerror or str(exc)) from None


def _append(path: Path, db_id: str, key: bytes, step: str, request_ref: str | None, customer_no: str,
            shop_customer_id: str | None, at: datetime, prepared: int | None) -> dict:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    created = not path.exists()
    # the ledger holds no personal data, yet is the desk's own record: the owner's only (section 6)
    with open(os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600), "a+", encoding="utf-8") as handle:
        if fcntl is not None:  # two desks on one machine append one after the other, never interleaved
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        handle.seek(0)
        existing = _parse(handle, key)
        if existing and existing[-1]["database_id"] != db_id:
            raise ValidationFailed("The erasure ledger at {path} belongs to another database.", path=str(path))
        entry = {"database_id": db_id, "seq": len(existing) + 1, "step": step, "prepared": prepared,
                 "request": request_ref, "customer_no": customer_no, "shop_customer_id": shop_customer_id,
                 "at": iso_z(at), "prev": existing[-1]["mac"] if existing else GENESIS}
        entry["mac"] = line_mac(key, entry)
        end = handle.seek(0, os.SEEK_END)
        try:
            handle.write(json.dumps(entry, sort_keys=True, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        except OSError:
            # a full disk may have taken half the line: cut it off, or the chain would read as broken
            os.ftruncate(handle.fileno(), end)
            raise
    if created and hasattr(os, "O_DIRECTORY"):
        folder = os.open(path.parent, os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
    return entry
