"""The SQLite file and its copies are the owner's only (docs/design.md section 6: 0600, folders 0700): it holds
every customer's data on a desk computer other accounts may share."""

from __future__ import annotations

import os
import stat

from mnu_desk.db import migrate
from mnu_desk.db.engine import make_engine


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_database_file_and_its_folders_are_private(tmp_path):
    path = tmp_path / "a" / "b" / "desk.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine)
    with engine.begin() as connection:  # a write, so the WAL file exists too
        connection.exec_driver_sql("CREATE TABLE t (x INTEGER)")
        connection.exec_driver_sql("INSERT INTO t VALUES (1)")
        assert _mode(f"{path}-wal") == 0o600
    engine.dispose()
    assert _mode(path) == 0o600
    assert _mode(tmp_path / "a") == 0o700 and _mode(tmp_path / "a" / "b") == 0o700


def test_an_existing_readable_file_is_tightened_and_its_upgrade_copy_is_private(tmp_path):
    path = tmp_path / "desk.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")  # an older schema, so the upgrade below copies the file aside first
    engine.dispose()
    os.chmod(path, 0o644)
    engine = make_engine(f"sqlite:///{path}")
    assert _mode(path) == 0o600
    migrate.upgrade(engine)
    engine.dispose()
    copies = list(tmp_path.glob("*.bak"))
    assert copies and all(_mode(copy) == 0o600 for copy in copies)
