"""The erasure ledger that cannot lie (docs/design.md "Erasure ledger"; policy 9.3.3): two steps around the
commit, an HMAC on every line with a key kept off the database. A desk killed between the steps leaves a line
that replay applies only on a supervisor's decision; a hand-written line is refused; a refused request is
skipped."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from mnu_desk.cli.main import main
from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import Person, Request
from mnu_desk.domain.errors import DeskError, ValidationFailed
from mnu_desk.services import audit, erasure, ledger

from .conftest import TEST_PASSWORD
from .test_erasure import erasure_request, populated

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def supervisor(make_agent):
    return make_agent("sara", "supervisor")


def _status(desk, customer_no: str) -> str:
    with desk.read() as session:
        return session.scalar(select(Person.status).where(Person.customer_no == customer_no))


def _unerase(desk, customer_no: str) -> None:
    """As a restore from an older backup would leave the person."""
    with desk.write() as session:
        person = session.scalar(select(Person).where(Person.customer_no == customer_no))
        person.status, person.erased_at = "active", None


def test_an_erasure_writes_prepared_then_applied(desk, supervisor, tmp_path):
    populated(desk, supervisor)
    path = tmp_path / "ledger.jsonl"
    result = erasure.execute(desk, supervisor, erasure_request(desk, supervisor, "100001"), ledger_path=path)
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    assert [(line["step"], line["prepared"]) for line in lines] == [("prepared", None), ("applied", 1)]
    assert result["ledger_applied"] is True and all(len(line["mac"]) == 64 for line in lines)


def test_an_erasure_killed_at_its_commit_waits_for_a_supervisor(desk, db_url, server, supervisor, tmp_path,
                                                               capsys, monkeypatch):
    """The connection dies at the commit, after the prepared line: nothing erased, and replay does not erase
    until a supervisor names the line."""
    populated(desk, supervisor)
    ref = erasure_request(desk, supervisor, "100001")
    path = tmp_path / "ledger.jsonl"
    killer = make_engine(db_url)

    def die_at_commit(connection):
        if server.backend == "postgresql":  # the server ends the session, as a DBA or a crash would
            pid = connection.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with killer.connect() as other:
                other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        else:
            raise ConnectionError("the desk lost its connection")

    event.listen(desk.engine, "commit", die_at_commit)
    try:
        with pytest.raises((DeskError, ConnectionError)):
            erasure.execute(desk, supervisor, ref, ledger_path=path)
    finally:
        event.remove(desk.engine, "commit", die_at_commit)
        killer.dispose()
    assert _status(desk, "100001") == "active"
    assert [json.loads(line)["step"] for line in path.read_text().splitlines()] == ["prepared"]
    shown = erasure.replay(desk, supervisor, path)
    assert [line["status"] for line in shown["lines"]] == ["unconfirmed"] and _status(desk, "100001") == "active"
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    code = main(["erase", "replay", "--ledger", str(path), "--apply-prepared", "1", "--json", "--db", db_url,
                 "--agent", "sara"])
    assert code == 0 and json.loads(capsys.readouterr().out)["lines"][0]["status"] == "erased"
    assert _status(desk, "100001") == "erased" and audit.verify(desk).ok


def test_a_client_killed_between_the_steps(desk, db_url, server, supervisor, tmp_path):
    """The desk's process is killed (SIGKILL) right after its commit, before the applied line: the person is
    erased, the ledger holds only the prepared line, and replay sees the erasure as done."""
    if server.backend != "sqlite":
        pytest.skip("one backend is enough for a killed process; the commit is the server's either way")
    populated(desk, supervisor)
    ref = erasure_request(desk, supervisor, "100001")
    path = tmp_path / "ledger.jsonl"
    script = (
        "import os, signal, sys\n"
        "from sqlalchemy import event\n"
        "from mnu_desk.services import agents, erasure\n"
        "from mnu_desk.services.context import Desk\n"
        f"desk = Desk.open({db_url!r})\n"
        f"actor = agents.authenticate(desk, 'sara', {TEST_PASSWORD!r})\n"
        "event.listen(desk.engine, 'commit', lambda c: event.listen(desk.engine, 'checkin',"
        " lambda *a: os.kill(os.getpid(), signal.SIGKILL)))\n"
        f"erasure.execute(desk, actor, {ref!r}, ledger_path={str(path)!r})\n"
    )
    with desk.read() as session:  # the desk's ledger key, handed to the other process as a desk would have it
        key = ledger.key_for_writing(ledger.database_id(session), path).decode()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), ledger.KEY_ENV: key})
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert [json.loads(line)["step"] for line in path.read_text().splitlines()] == ["prepared"]
    assert _status(desk, "100001") == "erased"
    assert [line["status"] for line in erasure.replay(desk, supervisor, path)["lines"]] == ["done"]


def test_a_hand_written_line_is_refused(desk, supervisor, tmp_path):
    populated(desk, supervisor, "100001")
    populated(desk, supervisor, "100002")
    path = tmp_path / "ledger.jsonl"
    erasure.execute(desk, supervisor, erasure_request(desk, supervisor, "100001"), ledger_path=path)
    lines = [json.loads(line) for line in path.read_text().splitlines()]
    with desk.read() as session:
        db_id = ledger.database_id(session)
    # a line for a request that does not exist, chained and hashed the way the old ledger was
    forged = {"database_id": db_id, "seq": 3, "step": "applied", "prepared": 3, "request": "R-2026-9999",
              "customer_no": "100002", "shop_customer_id": None, "at": "2026-01-01T00:00:00Z",
              "prev": lines[-1]["mac"]}
    forged["mac"] = ledger.line_mac(b"a guess at the key", forged)
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(json.dumps(forged) + "\n")
    with pytest.raises(ValidationFailed, match="broken at line 3"):
        erasure.replay(desk, supervisor, path)
    assert _status(desk, "100002") == "active"


def test_replay_skips_a_refused_request(desk, supervisor, tmp_path):
    populated(desk, supervisor)
    ref = erasure_request(desk, supervisor, "100001")
    path = tmp_path / "ledger.jsonl"
    erasure.execute(desk, supervisor, ref, ledger_path=path)
    _unerase(desk, "100001")
    with desk.write() as session:  # the restored backup knows the request as refused
        session.scalar(select(Request).where(Request.ref == ref)).status = "refused"
    assert [line["status"] for line in erasure.replay(desk, supervisor, path)["lines"]] == ["refused"]
    assert _status(desk, "100001") == "active"


def test_no_key_on_this_computer_erases_nothing(desk, supervisor, tmp_path, monkeypatch):
    populated(desk, supervisor)
    path = tmp_path / "ledger.jsonl"
    erasure.execute(desk, supervisor, erasure_request(desk, supervisor, "100001"), ledger_path=path)
    with desk.read() as session:
        account = ledger.key_account(ledger.database_id(session))
    from mnu_desk.services import credentials

    kept = credentials.get(account)
    credentials.delete(account)
    try:
        _unerase(desk, "100001")
        with pytest.raises(ValidationFailed, match="no key"):
            erasure.replay(desk, supervisor, path)
        monkeypatch.setenv(ledger.KEY_ENV, kept)
        assert [line["status"] for line in erasure.replay(desk, supervisor, path)["lines"]] == ["erased"]
    finally:
        credentials.put(account, kept)
