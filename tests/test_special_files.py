"""Files and numbers an unlucky user or an attacker hands the desk (docs/design.md section 7: one line, exit 1
or 2, never a traceback, nothing changed): a FIFO, a device or a folder where a file belongs, an endless file,
a ledger that is not a file, JSON nested 100 000 deep, ids and amounts past any column."""

from __future__ import annotations

import json
import os
import stat
import threading
from datetime import date

import pytest

from mnu_desk.cli.main import main
from mnu_desk.domain.errors import NotFound, ValidationFailed
from mnu_desk.private_files import read_regular
from mnu_desk.services import audit, extracts, ledger, requests
from mnu_desk.services.erasure import execute, replay
from mnu_desk.services.imports import import_file

from .conftest import TEST_PASSWORD
from .factories import add_person

TODAY = date(2026, 3, 10)


def test_a_fifo_is_refused_at_once_instead_of_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "scan.pdf"
    os.mkfifo(fifo)
    done = threading.Event()

    def read():
        with pytest.raises(ValidationFailed, match="not a regular file"):
            read_regular(fifo)
        done.set()

    worker = threading.Thread(target=read, daemon=True)
    worker.start()
    worker.join(30)
    if not done.is_set():  # unblock the reader before failing, so the run does not hang
        with open(fifo, "wb"):
            pass
    assert done.is_set()


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/null", "/"])
def test_devices_and_folders_are_refused(path):
    with pytest.raises(ValidationFailed, match="not a regular file"):
        read_regular(path)


def test_the_limit_holds_while_reading(tmp_path):
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * (1024 * 1024 + 1))
    with pytest.raises(ValidationFailed, match="larger than 1 MB"):
        read_regular(big, limit=1024 * 1024)
    assert read_regular(big, limit=2 * 1024 * 1024)[:1] == b"x"
    with pytest.raises(ValidationFailed, match="Cannot read"):
        read_regular(tmp_path / "missing.pdf")


@pytest.fixture
def as_admin(monkeypatch, admin):
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    return admin


def _cli(capsys, desk, *argv):
    code = main([*argv, "--db", desk.engine.url.render_as_string(False), "--agent", "admin"])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("scan", ["/dev/zero", "/dev/null", "/", "fifo"])
def test_request_new_with_a_special_scan_is_refused_in_one_line(desk, as_admin, capsys, tmp_path, scan):
    if scan == "fifo":
        scan = str(tmp_path / "fifo.pdf")
        os.mkfifo(scan)
    code, out, err = _cli(capsys, desk, "request", "new", "--type", "access", "--received", "2026-03-05",
                          "--channel", "letter", "--requester", "Eva", "--scan", scan)
    assert (code, out) == (1, "") and err.count("\n") == 1 and "vanlig fil" in err
    assert requests.list_requests(desk, as_admin) == []


def test_a_scan_name_that_is_not_utf8_is_one_line(desk, as_admin, capsys, tmp_path):
    name = os.fsencode(tmp_path) + b"/\xff\xfe.pdf"
    with open(name, "wb") as handle:
        handle.write(b"%PDF-1.4\n%%EOF\n")
    code, out, err = _cli(capsys, desk, "request", "new", "--type", "access", "--received", "2026-03-05",
                          "--channel", "letter", "--requester", "Eva", "--scan", os.fsdecode(name))
    assert code == 0, err
    assert requests.list_requests(desk, as_admin)[0]["requester_name"] == "Eva"


@pytest.mark.parametrize("where", ["folder", "/dev/null", "fifo"])
def test_an_erasure_ledger_that_is_not_a_file_erases_nothing(desk, admin, tmp_path, where):
    """Policy 9.3.3 and docs/design.md section 4 ("Erasure ledger"): no erasure without its ledger line."""
    add_person(desk, "100001")
    ref = requests.register_request(desk, admin, type="erasure", channel="email", received=TODAY,
                                    customer_no="100001", today=TODAY)["ref"]
    path = {"folder": tmp_path, "/dev/null": "/dev/null"}.get(where) or tmp_path / "ledger.jsonl"
    if where == "fifo":
        os.mkfifo(path)
    before = audit.verify(desk).entries
    with pytest.raises(ValidationFailed, match="not a regular file"):
        execute(desk, admin, ref, ledger_path=path)
    with pytest.raises(ValidationFailed, match="not a regular file"):
        replay(desk, admin, path)
    assert audit.verify(desk).entries == before
    assert requests.get_request(desk, admin, ref)["status"] != "completed"


def test_a_missing_ledger_is_refused_by_replay_and_created_private_by_an_erasure(desk, admin, tmp_path):
    with pytest.raises(ValidationFailed, match="no erasure ledger"):
        replay(desk, admin, tmp_path / "none.jsonl")
    add_person(desk, "100001")
    ref = requests.register_request(desk, admin, type="erasure", channel="email", received=TODAY,
                                    customer_no="100001", today=TODAY)["ref"]
    path = tmp_path / "new" / "ledger.jsonl"
    execute(desk, admin, ref, ledger_path=path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert {line["customer_no"] for line in ledger.read(path)} == {"100001"}


def test_json_nested_100000_deep_is_a_rejected_row(desk, admin, tmp_path):
    path = tmp_path / "customers.jsonl"
    good = {"customer_id": "C1", "kind": "account", "first_name": "Åsa", "created_at": "2024-01-01T00:00:00Z"}
    deep = '{"customer_id": "C2", "kind": "account", "first_name": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text(json.dumps(good) + "\n" + deep + "\n", encoding="utf-8")
    result = import_file(desk, admin, "customers", path)
    assert (result["inserted"], result["rejected"]) == (1, 1)
    first = tmp_path / "deep.jsonl"
    first.write_text(deep + "\n", encoding="utf-8")
    with pytest.raises(ValidationFailed, match="Line 1"):
        import_file(desk, admin, "customers", first)


def test_ids_and_amounts_past_any_column_are_refused(desk, admin, capsys, monkeypatch):
    with pytest.raises(NotFound):
        requests.complete_task(desk, admin, "99999999999999999999999")
    with pytest.raises(NotFound):
        requests.complete_task(desk, admin, "-1")
    add_person(desk, "100001")
    ref = requests.register_request(desk, admin, type="access", channel="email", received=TODAY,
                                    customer_no="100001", today=TODAY)["ref"]
    for amount in ("1e308", "1e999999", "NaN", "-Infinity", "12.345"):
        with pytest.raises(ValidationFailed):
            extracts.decide_fee(desk, admin, ref, amount, "a further copy")
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    code, out, err = _cli(capsys, desk, "task", "done", "99999999999999999999999")
    assert (code, out, err.count("\n")) == (1, "", 1)
    code, out, err = _cli(capsys, desk, "changes", "export", "--since", "99999999999999999999999", "--out", "x")
    assert (code, out, err.count("\n")) == (2, "", 1)
