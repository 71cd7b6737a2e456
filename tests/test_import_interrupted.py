"""An import killed outright (kill -9, a power cut) is found by the next one: its run marked interrupted, its
import_started closed by an import_finished, its scratch folder of shop ids removed; running the file again
finishes the job (docs/design.md section 9: a killed process)."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import select

from mnu_desk.db.models import AuditEntry, ImportRun
from mnu_desk.domain.clock import utcnow
from mnu_desk.imports.seen import PREFIX
from mnu_desk.services import audit
from mnu_desk.services.imports import HOST, import_file

from .test_imports import CUSTOMERS, customer, write_csv


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_killed_run_is_marked_interrupted_and_its_folder_removed(desk, admin, tmp_path):
    dead = _dead_pid()
    with desk.write() as session:
        session.add(ImportRun(category="customers", file_name="old.csv", file_size=1, dry_run=False,
                              status="running", started_at=utcnow(), agent="admin", rows_read=40000,
                              inserted=40000, updated=0, unchanged=0, rejected=0, committed_line=40001,
                              host=HOST, pid=dead))
        session.add(ImportRun(category="customers", file_name="elsewhere.csv", file_size=1, dry_run=False,
                              status="running", started_at=utcnow(), agent="admin", rows_read=0,
                              inserted=0, updated=0, unchanged=0, rejected=0, committed_line=0,
                              host="another-desk", pid=dead))
    scratch = Path(tempfile.gettempdir()) / f"{PREFIX}{dead}-test"
    scratch.mkdir()
    (scratch / "seen.sqlite3").write_bytes(b"80 000 shop ids")
    path = tmp_path / "customers.csv"
    write_csv(path, CUSTOMERS, [customer("C1")])
    assert import_file(desk, admin, "customers", path)["status"] == "done"
    with desk.read() as session:
        runs = {run.file_name: run.status for run in session.scalars(select(ImportRun))}
        finished = session.scalars(select(AuditEntry.subject).where(AuditEntry.action == "import_finished")).all()
    assert runs == {"old.csv": "interrupted", "elsewhere.csv": "running", str(path): "done"}
    assert len(finished) == 2  # the interrupted run's and this run's
    assert not scratch.exists()
    assert audit.verify(desk).ok


def test_a_live_runs_folder_stays(tmp_path):
    from mnu_desk.imports.seen import remove_stale_folders

    mine = Path(tempfile.gettempdir()) / f"{PREFIX}{os.getpid()}-live"
    mine.mkdir()
    try:
        remove_stale_folders()
        assert mine.exists()
    finally:
        mine.rmdir()
