"""`mnu-desk keys init|import`, `extract issue|verify`, `request fee` (docs/design.md section 7: exit 0 done, 1
refused with one line on stderr, 2 usage)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mnu_desk.services import agents, keys, requests

from .conftest import TEST_PASSWORD
from .factories import add_person
from .test_cli import run_cli

PASS = "hemlig-lösenfras-1"


@pytest.fixture
def cli(capsys, monkeypatch, desk, db_url, admin, make_agent):
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv(keys.ENV, PASS)
    add_person(desk)
    make_agent("anna")
    make_agent("sven", "supervisor")

    def call(*argv, agent="admin"):
        return run_cli(capsys, *argv, "--db", db_url, *(("--agent", agent) if agent else ()))
    return call


def _ref(desk, cli) -> str:
    code, out, err = cli("request", "new", "--type", "access", "--received", date.today().isoformat(),
                         "--channel", "letter", "--customer", "100001", "--json", agent="anna")
    assert code == 0, err
    return json.loads(out)["ref"]


def test_issue_and_verify_from_the_command_line(cli, desk, tmp_path):
    """Policy 9.3.1; docs/design.md "Extract content": a printed extract is checked by its code."""
    code, out, err = cli("keys", "init", "--json", "--allow-plaintext-keyring")
    assert code == 0, err
    assert json.loads(out)["fingerprint_sha256"]
    assert cli("keys", "init", agent="anna")[0] == 1
    ref = _ref(desk, cli)
    pdf, copy = tmp_path / "utdrag.pdf", tmp_path / "utdrag.json"
    code, out, err = cli("extract", "issue", "--request", ref, "--out", str(pdf), "--copy", str(copy), "--json",
                         agent="anna")
    assert code == 0, err
    issued = json.loads(out)
    assert pdf.read_bytes().startswith(b"%PDF") and json.loads(copy.read_text())["request"] == ref
    code, out, err = cli("extract", "verify", str(pdf), "--json", agent=None)
    assert code == 0, err
    assert json.loads(out)["request"] == ref
    code, out, err = cli("extract", "verify", "--code", issued["verification_code"], agent=None)
    assert code == 0 and ref in out
    broken = bytearray(pdf.read_bytes())
    broken[2000] ^= 0x01
    (tmp_path / "broken.pdf").write_bytes(bytes(broken))
    code, out, err = cli("extract", "verify", str(tmp_path / "broken.pdf"), agent=None)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert cli("extract", "verify", "--code", "AAAAA-BBBBB", agent=None)[0] == 1
    assert cli("extract", "verify", agent=None)[0] == 2


def test_fee_is_a_supervisors_decision(cli, desk, tmp_path):
    """Art. 12(5), 15(3): a fee needs a supervisor's recorded decision with its reason; on a first request only
    as manifestly unfounded or excessive (docs/design.md "Fees and repeats")."""
    assert cli("settings", "set", "further_copy_fee", "50")[0] == 0
    ref = _ref(desk, cli)
    assert cli("request", "fee", ref, "--amount", "50", "--reason", "kopia", agent="anna")[0] == 1
    assert cli("request", "fee", ref, "--amount", "-5", "--reason", "kopia", agent="sven")[0] == 1
    assert cli("request", "fee", ref, "--amount", "50", "--reason", "kopia", agent="sven")[0] == 1  # a first one
    code, out, err = cli("request", "fee", ref, "--amount", "50", "--reason", "tionde begäran denna månad",
                         "--excessive", "--json", agent="sven")
    assert code == 0, err
    assert json.loads(out)["fee"] == "50.00" and json.loads(out)["excessive"] is True
    sven = agents.authenticate(desk, "sven", TEST_PASSWORD)
    assert requests.get_request(desk, sven, ref)["status"] != "completed"


def test_issue_without_a_key_is_refused(cli, desk, tmp_path):
    ref = _ref(desk, cli)
    code, out, err = cli("extract", "issue", "--request", ref, "--out", str(tmp_path / "x.pdf"), agent="anna")
    assert code == 1 and out == "" and not (tmp_path / "x.pdf").exists()


def _issued_count(desk) -> int:
    from sqlalchemy import func, select

    from mnu_desk.db.models import IssuedExtract
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(IssuedExtract))


def test_issue_refuses_to_overwrite_a_file_unless_forced(cli, desk, tmp_path):
    """docs/design.md "Issuing in order": the signed file is written whole and private first; an existing file
    is never replaced without --force, and a refusal issues nothing."""
    assert cli("keys", "init", "--allow-plaintext-keyring")[0] == 0
    ref = _ref(desk, cli)
    pdf = tmp_path / "utdrag.pdf"
    pdf.write_bytes(b"an earlier letter")
    code, out, err = cli("extract", "issue", "--request", ref, "--out", str(pdf), agent="anna")
    assert code == 1 and out == "" and "--force" in err and str(pdf) in err and err.count("\n") == 1
    assert pdf.read_bytes() == b"an earlier letter" and _issued_count(desk) == 0
    code, out, err = cli("extract", "issue", "--request", ref, "--out", str(pdf), "--force", "--json", agent="anna")
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF") and (pdf.stat().st_mode & 0o777) == 0o600
    assert json.loads(out)["sha256"] and _issued_count(desk) == 1
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary file left


def test_a_file_that_cannot_be_written_issues_nothing(cli, desk, tmp_path):
    """The issuance is recorded only after the file is on disk: a missing folder leaves the request open,
    and a copy that cannot be written takes the PDF away again."""
    assert cli("keys", "init", "--allow-plaintext-keyring")[0] == 0
    ref = _ref(desk, cli)
    code, out, err = cli("extract", "issue", "--request", ref, "--out", str(tmp_path / "nej" / "u.pdf"),
                         agent="anna")
    assert code == 1 and "Inget utfärdades" in err and _issued_count(desk) == 0
    pdf = tmp_path / "u.pdf"
    code, out, err = cli("extract", "issue", "--request", ref, "--out", str(pdf), "--copy",
                         str(tmp_path / "nej" / "u.json"), agent="anna")
    assert code == 1 and not pdf.exists() and _issued_count(desk) == 0
    code, out, err = cli("extract", "issue", "--request", ref, "--out", str(pdf), agent="anna")
    assert code == 0, err
    assert _issued_count(desk) == 1


def test_the_file_is_on_disk_before_the_issuance_is_recorded(desk, admin, make_agent, tmp_path):
    """The order the desk keeps: sign, write, then record (a crash between them leaves a file verify refuses)."""
    from mnu_desk.services import extracts

    from .test_extract_issue import make_office
    desk, admin, anna, sven = make_office(desk, admin, make_agent)
    ref = requests.register_request(desk, anna, type="access", channel="letter", received=date.today(),
                                    customer_no="100001")["ref"]
    seen = []

    def deliver(pdf, copy):
        seen.append((pdf[:4], _issued_count(desk)))
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        extracts.issue_extract(desk, anna, ref, passphrase=PASS, deliver=deliver)
    assert seen == [(b"%PDF", 0)] and _issued_count(desk) == 0
    assert requests.get_request(desk, anna, ref)["status"] != "completed"


def test_permission_comes_before_the_passphrase_and_a_plain_keyring_is_refused(cli, desk, monkeypatch):
    """docs/design.md section 6: an agent is told 'not allowed', not 'no passphrase'; the passphrase goes to
    an unencrypted keyring only with --allow-plaintext-keyring (the tests' keyring is a plain file)."""
    monkeypatch.delenv(keys.ENV)
    code, out, err = cli("keys", "init", agent="anna")
    assert (code, out) == (1, "") and "får inte" in err and "lösenfras" not in err
    monkeypatch.setenv(keys.ENV, PASS)
    code, out, err = cli("keys", "init")
    assert (code, out) == (1, "") and "--allow-plaintext-keyring" in err and err.count("\n") == 1
    assert keys.active_key_info(desk) is None
