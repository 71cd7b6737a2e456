"""The command line for requests, tasks and rectification (docs/design.md section 7)."""

import json
from datetime import date, timedelta

import pytest

from mnu_desk.domain.deadlines import due_date

from .conftest import TEST_PASSWORD
from .factories import add_disclosure, add_person
from .test_cli import run_cli
from .test_identity_checks import ID_SCAN
from .test_identity_checks import PDF as SCAN
from .test_identity_checks import attachments as attachments_of


@pytest.fixture
def cli(capsys, monkeypatch, desk, db_url, admin):
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    add_person(desk)

    def call(*argv):
        return run_cli(capsys, *argv, "--db", db_url, "--agent", "admin")
    return call


def test_request_new_with_scan_and_json_shape(cli, tmp_path):
    scan = tmp_path / "brev.pdf"
    scan.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    received = date.today() - timedelta(days=3)
    code, out, err = cli("request", "new", "--type", "access", "--received", received.isoformat(), "--channel",
                         "letter", "--customer", "100001", "--signed", "--identity", "signature_address",
                         "--scan", str(scan), "--json")
    assert code == 0, err
    request = json.loads(out)
    assert {"ref", "type", "status", "channel", "received", "due", "extended_due", "customer_no"} <= set(request)
    assert request["due"] == due_date(received).isoformat() and request["customer_no"] == "100001"
    code, out, _ = cli("request", "list", "--open", "--json")
    assert [r["ref"] for r in json.loads(out)] == [request["ref"]]
    code, out, _ = cli("request", "list", "--open", "--overdue", "--json")
    assert json.loads(out) == []


@pytest.mark.parametrize("argv, code", [
    (["--received", "2026-13-01"], 2),           # malformed date
    (["--received", "5/3/2026"], 2),
    (["--received", "2999-01-01"], 1),           # in the future: refused
])
def test_request_new_bad_dates(cli, argv, code):
    got, out, err = cli("request", "new", "--type", "access", "--channel", "email", "--customer", "100001", *argv)
    assert got == code and out == ""


def test_scan_that_only_claims_to_be_a_pdf_is_refused(cli, tmp_path):
    fake = tmp_path / "brev.pdf"
    fake.write_text("hello")
    code, out, err = cli("--lang", "en", "request", "new", "--type", "access", "--received",
                         date.today().isoformat(), "--channel", "letter", "--customer", "100001", "--scan", str(fake))
    assert code == 1 and "not a PDF, JPEG or PNG" in err
    assert json.loads(cli("request", "list", "--json")[1]) == []


def test_rectify_then_tasks_then_close(cli):
    ref = json.loads(cli("request", "new", "--type", "rectification", "--received", date.today().isoformat(),
                         "--channel", "phone", "--customer", "100001", "--json")[1])["ref"]
    code, out, err = cli("rectify", "100001", "postal_code=41301", "city=Göteborg", "email=",
                         "--reason", "moved", "--request", ref, "--json")
    assert code == 0, err
    changed = json.loads(out)["changed"]
    assert changed["postal_code"] == {"old": "111 22", "new": "413 01"} and changed["email"]["new"] is None
    code, out, _ = cli("request", "close", ref, "--outcome", "address corrected", "--json")
    assert code == 0 and json.loads(out)["status"] == "completed"


def test_close_is_refused_while_a_task_is_open(cli, desk):
    add_disclosure(desk, "100001", "klarna", "Klarna Bank AB", "address")
    ref = json.loads(cli("request", "new", "--type", "rectification", "--received", date.today().isoformat(),
                         "--channel", "phone", "--customer", "100001", "--json")[1])["ref"]
    cli("rectify", "100001", "street=Nygatan 5", "--reason", "moved", "--request", ref)
    code, out, err = cli("request", "close", ref, "--outcome", "done")
    assert code == 1 and out == ""
    tasks = json.loads(cli("task", "list", "--open", "--request", ref, "--json")[1])
    assert len(tasks) == 1 and tasks[0]["recipient"] == "Klarna Bank AB"
    assert cli("task", "done", tasks[0]["id"], "--impossible", "recipient no longer exists")[0] == 0
    assert cli("request", "close", ref, "--outcome", "done")[0] == 0


@pytest.mark.parametrize("assignment", ["nickname=x", "postal_code", "=x"])
def test_rectify_unknown_or_malformed_field_is_a_usage_error(cli, assignment):
    code, out, _ = cli("rectify", "100001", assignment, "--reason", "r")
    assert code == 2 and out == ""


def test_rectify_bad_value_is_refused(cli):
    code, out, err = cli("--lang", "en", "rectify", "100001", "postal_code=1234", "--reason", "r")
    assert code == 1 and out == "" and "1234" in err


def test_identity_extend_refuse_and_export(cli, capsys, monkeypatch, db_url, tmp_path, make_agent):
    received = date.today() - timedelta(days=2)
    ref = json.loads(cli("request", "new", "--type", "access", "--received", received.isoformat(),
                         "--channel", "letter", "--customer", "100001", "--json")[1])["ref"]
    code, out, _ = cli("request", "identity", ref, "--asked", received.isoformat(), "--json")
    assert code == 0 and json.loads(out)["status"] == "awaiting_identity"
    code, out, _ = cli("request", "identity", ref, "--received", date.today().isoformat(), "--method", "id_copy",
                       "--json")
    assert json.loads(out)["due"] == due_date(date.today()).isoformat()
    code, out, _ = cli("request", "extend", ref, "--reason", "complex", "--json")
    assert code == 0 and json.loads(out)["extended_due"]
    out_file = tmp_path / "register.csv"
    assert cli("request", "export", "--out", str(out_file))[0] == 0
    assert ref in out_file.read_text()
    code, out, _ = cli("request", "refuse", ref, "--reason", "manifestly unfounded", "--json")
    assert json.loads(out)["status"] == "refused"


def test_statement_add(cli):
    code, out, _ = cli("statement", "add", "100001", "--text", "Min adress är fel i er faktura 2024.", "--json")
    assert code == 0 and json.loads(out)["text"].startswith("Min adress")
    assert cli("statement", "add", "100001", "--text", " ")[0] == 1


def test_cli_id_copy_and_a_method_that_is_never_assumed(cli, desk, tmp_path):
    """docs/design.md section 7: `request new … --id-copy FILE`; `request identity --received` needs
    `--method` (exit 2 without it, nothing recorded)."""
    scan, id_scan = tmp_path / "brev.pdf", tmp_path / "pass.pdf"
    scan.write_bytes(SCAN)
    id_scan.write_bytes(ID_SCAN)
    received = date.today() - timedelta(days=2)
    code, out, err = cli("request", "new", "--type", "access", "--received", received.isoformat(), "--channel",
                         "letter", "--customer", "100001", "--scan", str(scan), "--id-copy", str(id_scan),
                         "--requester-address", "Byvägen 3, 123 45 Byn", "--json")
    assert code == 0, err
    request = json.loads(out)
    assert request["warnings"] == ["address_differs"]
    ref = request["ref"]
    cli("request", "identity", ref, "--asked", received.isoformat())
    code, out, err = cli("request", "identity", ref, "--received", date.today().isoformat())
    assert code == 2 and out == "" and "--method" in err
    code, out, err = cli("request", "identity", ref, "--received", date.today().isoformat(), "--method",
                         "signature_address", "--lang", "sv")
    assert code == 1 and out == "" and "annan adress" in err
    assert attachments_of(desk) == [("letter", SCAN, False), ("id_copy", ID_SCAN, False)]
    code, out, err = cli("request", "identity", ref, "--received", date.today().isoformat(), "--method",
                         "id_copy", "--json")
    assert code == 0, err
    code, out, _ = cli("request", "show", ref, "--json")
    shown = json.loads(out)
    assert [(a["kind"], a["deleted_at"] is not None) for a in shown["attachments"]] == \
        [("letter", False), ("id_copy", True)]
    assert shown["identity_method"] == "id_copy"


def test_request_letter_writes_the_file_privately_and_records_it_sent(cli, tmp_path):
    """docs/design.md section 7: `request letter REF --kind ...`; the file whole and 0600, recorded as sent only
    once it is there, never over an existing file without --force."""
    ref = json.loads(cli("request", "new", "--type", "access", "--received", date.today().isoformat(),
                         "--channel", "letter", "--requester", "Nils Nilsson", "--requester-address",
                         "Lillgatan 4, 222 33 Lund", "--json")[1])["ref"]
    out_file = tmp_path / "svar.pdf"
    code, out, err = cli("request", "letter", ref, "--kind", "no-data", "--out", str(out_file), "--json")
    assert code == 0, err
    assert json.loads(out)["kind"] == "no-data" and json.loads(out)["status"] == "completed"
    assert out_file.read_bytes().startswith(b"%PDF") and (out_file.stat().st_mode & 0o777) == 0o600
    code, out, err = cli("--lang", "en", "request", "letter", ref, "--kind", "no-data", "--out", str(out_file))
    assert code == 1 and out == "" and "--force" in err
    shown = json.loads(cli("request", "show", ref, "--json")[1])
    assert [(s["kind"], s["sent_by"]) for s in shown["letters"]] == [("no-data", "admin")]
    assert shown["outcome"] == "no data held (GDPR art. 15(1))"
    code, out, _ = cli("--lang", "en", "request", "show", ref)
    assert "no-data" in out and "sent_by" in out


def test_request_letter_refusals_change_nothing(cli, tmp_path):
    ref = json.loads(cli("request", "new", "--type", "access", "--received", date.today().isoformat(),
                         "--channel", "letter", "--customer", "100001", "--json")[1])["ref"]
    out_file = tmp_path / "brev.pdf"
    code, out, err = cli("request", "letter", ref, "--kind", "birthday", "--out", str(out_file))
    assert code == 2 and out == ""
    code, out, err = cli("--lang", "en", "request", "letter", ref, "--kind", "identity", "--out", str(out_file))
    assert code == 1 and out == "" and "why there is doubt" in err and not out_file.exists()
    code, out, err = cli("request", "letter", ref, "--kind", "identity", "--reason", "Underskriften saknas.",
                         "--out", str(out_file), "--json")
    assert code == 0, err
    assert json.loads(cli("request", "show", ref, "--json")[1])["identity_asked_on"] == date.today().isoformat()
    code, out, err = cli("--lang", "en", "request", "letter", ref, "--kind", "fee", "--out",
                         str(tmp_path / "missing" / "x.pdf"))
    assert code == 1 and "no fee decided" in err
