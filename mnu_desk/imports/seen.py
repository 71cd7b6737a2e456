"""The ids met so far in one file, to refuse a second row with the same id. Held in a scratch SQLite file,
not in memory: ten million event ids would not fit in a constant amount of it."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

PREFIX = "mnu-desk-import-"


def process_alive(pid: int) -> bool:
    """Whether process `pid` runs on this computer (POSIX; elsewhere assumed, so nothing is taken away)."""
    if os.name != "posix":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_stale_folders() -> int:
    """Scratch folders of imports whose process was killed (they hold the shop's ids of a whole file)."""
    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(f"{PREFIX}*-*"):
        pid = folder.name[len(PREFIX):].split("-", 1)[0]
        try:
            mine = folder.stat().st_uid == os.getuid() if hasattr(os, "getuid") else True
        except OSError:
            continue
        if pid.isdigit() and mine and folder.is_dir() and not process_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


class SeenIds:
    def __init__(self) -> None:
        remove_stale_folders()
        self._folder = tempfile.TemporaryDirectory(prefix=f"{PREFIX}{os.getpid()}-")
        self._db = sqlite3.connect(Path(self._folder.name) / "seen.sqlite3", isolation_level=None)
        # scratch data: losing it in a crash loses nothing (a re-run starts a new one)
        self._db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-65536;"
                               "CREATE TABLE seen (k TEXT PRIMARY KEY, line INTEGER) WITHOUT ROWID;")

    def known(self, keys: list[str]) -> dict[str, int]:
        """Those of `keys` added by earlier batches, with the line each was first on."""
        found: dict[str, int] = {}
        for start in range(0, len(keys), 900):
            chunk = keys[start:start + 900]
            marks = ",".join("?" * len(chunk))
            found.update(self._db.execute(f"SELECT k, line FROM seen WHERE k IN ({marks})", chunk))
        return found

    def add(self, keys: dict[str, int]) -> None:
        self._db.execute("BEGIN")
        self._db.executemany("INSERT OR IGNORE INTO seen (k, line) VALUES (?, ?)", keys.items())
        self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()
        self._folder.cleanup()
