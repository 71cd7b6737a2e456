"""The command-line contract (docs/design.md section 7): exit codes, one-line refusals, stable JSON."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from mnu_desk.cli.main import main
from mnu_desk.db.models import Person
from mnu_desk.services import audit

from .conftest import TEST_PASSWORD
from .factories import add_person


@pytest.fixture
def as_admin(monkeypatch, admin):
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    return admin


def run_cli(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version_needs_no_database(capsys):
    assert main(["--version"]) == 0
    assert "mnu-desk" in capsys.readouterr().out


def test_db_check_reports_backend_and_revision(capsys, db_url, server):
    code, out, _ = run_cli(capsys, "db", "check", "--db", db_url, "--json")
    info = json.loads(out)
    # the test servers are SQLite, PostgreSQL and MariaDB; MariaDB is named as such, not as "mysql"
    expected = {"mysql": "mariadb"}.get(server.backend, server.backend)
    assert code == 0 and info["backend"] == expected and info["current"] is True
    assert info["server_version"]


def test_db_check_on_an_empty_database_is_refused_until_upgraded(capsys, fresh_db_url):
    code, out, err = run_cli(capsys, "db", "check", "--db", fresh_db_url)
    assert code == 1 and out == "" and "db upgrade" in err
    assert run_cli(capsys, "db", "upgrade", "--db", fresh_db_url)[0] == 0
    assert run_cli(capsys, "--db", fresh_db_url, "db", "check")[0] == 0  # global option before the command


def test_first_admin_without_agent_then_only_admins(capsys, monkeypatch, db_url):
    monkeypatch.setenv("MNU_DESK_NEW_PASSWORD", TEST_PASSWORD)
    assert run_cli(capsys, "agent", "add", "boss", "--role", "admin", "--db", db_url)[0] == 0
    code, out, err = run_cli(capsys, "agent", "add", "anna", "--role", "agent", "--db", db_url)
    assert code == 2 and out == "" and "--agent" in err
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("MNU_DESK_NEW_PASSWORD", "anna-password")
    assert run_cli(capsys, "agent", "add", "anna", "--role", "agent", "--db", db_url, "--agent", "boss")[0] == 0
    monkeypatch.setenv("MNU_DESK_PASSWORD", "anna-password")
    code, out, err = run_cli(capsys, "agent", "add", "eve", "--role", "admin", "--db", db_url, "--agent", "anna")
    assert code == 1 and out == "" and "anna" in err


def test_unknown_role_is_a_usage_error(capsys, db_url):
    code, _, err = run_cli(capsys, "agent", "add", "x", "--role", "boss", "--db", db_url)
    assert code == 2 and "invalid choice" in err


def test_both_db_and_profile_is_a_usage_error(capsys, db_url):
    code, out, err = run_cli(capsys, "db", "check", "--db", db_url, "--profile", "x")
    assert code == 2 and out == ""


def test_show_json_has_every_category_and_every_row(capsys, desk, db_url, as_admin):
    customer_no = add_person(desk)
    code, out, _ = run_cli(capsys, "show", customer_no, "--db", db_url, "--agent", "admin", "--json")
    assert code == 0
    record = json.loads(out)
    assert record["customer_no"] == customer_no and record["kind"] == "account"
    assert set(record["categories"]) == {
        "identity", "addresses", "contact", "account", "favourites", "wish_lists", "usage_events",
        "interests", "newsletter", "orders", "support_contacts", "disclosures", "objections",
        "restrictions", "requests", "statements"}
    order = record["categories"]["orders"][0]
    assert order["order_no"] == f"5{customer_no}" and order["placed_at"].endswith("Z")
    assert order["total"] == "199.00" and order["lines"][0]["product_name"] == "Kabel"
    assert record["categories"]["usage_events"][0]["ip_address"] == "2001:db8::1"
    assert record["categories"]["identity"] == {"first_name": "Åsa", "last_name": "Östberg"}


def test_show_writes_a_viewed_audit_entry(capsys, desk, db_url, as_admin):
    customer_no = add_person(desk)
    run_cli(capsys, "show", customer_no, "--db", db_url, "--agent", "admin", "--json")
    from mnu_desk.db.models import AuditEntry
    with desk.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "viewed"))
    assert entry.agent == "admin" and entry.subject == f"person:{customer_no}"
    assert audit.verify(desk).ok


def test_unknown_customer_is_refused_in_one_line(capsys, db_url, as_admin):
    code, out, err = run_cli(capsys, "--lang", "en", "show", "999999", "--db", db_url, "--agent", "admin")
    assert code == 1 and out == "" and err.count("\n") == 1 and "999999" in err


def test_wrong_password_is_refused(capsys, monkeypatch, db_url, admin):
    monkeypatch.setenv("MNU_DESK_PASSWORD", "wrong-password")
    code, out, err = run_cli(capsys, "search", "åsa", "--db", db_url, "--agent", "admin")
    assert code == 1 and out == ""


def test_search_json_shape(capsys, desk, db_url, as_admin):
    add_person(desk)
    code, out, _ = run_cli(capsys, "search", "östberg", "--db", db_url, "--agent", "admin", "--json")
    rows = json.loads(out)
    assert code == 0 and rows[0]["customer_no"] == "100001"
    assert set(rows[0]) == {"customer_no", "first_name", "last_name", "email", "phone", "postal_code",
                            "city", "kind", "status", "restriction"}
    assert rows[0]["restriction"] is None  # neither restricted nor under a legal hold
    assert json.loads(run_cli(capsys, "search", "ö", "--db", db_url, "--agent", "admin", "--json")[1]) == []


def test_audit_verify_exit_codes(capsys, desk, db_url, as_admin):
    add_person(desk)
    run_cli(capsys, "show", "100001", "--db", db_url, "--agent", "admin")
    assert run_cli(capsys, "audit", "verify", "--db", db_url)[0] == 0
    from sqlalchemy import update

    from mnu_desk.db.models import AuditEntry
    with desk.write() as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(agent="mallory"))
    code, out, err = run_cli(capsys, "--lang", "en", "audit", "verify", "--db", db_url)
    assert code == 1 and out == "" and "entry 2" in err


def test_failed_command_leaves_the_database_as_it_was(capsys, desk, db_url, as_admin):
    with desk.read() as session:
        before = session.scalar(select(func.count()).select_from(Person))
    run_cli(capsys, "show", "nope", "--db", db_url, "--agent", "admin")
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == before


def test_profile_password_goes_to_keyring_not_the_file(capsys):
    from mnu_desk.services import credentials, profiles

    # the tests' keyring is a plain file: the password goes there only when asked for in so many words
    code, out, err = run_cli(capsys, "profile", "add", "shared", "--url",
                             "postgresql+psycopg://desk:s3cret-pw@127.0.0.1/mnu")
    assert (code, out) == (1, "") and "--allow-plaintext-keyring" in err
    assert credentials.get(credentials.profile_account("shared")) is None
    assert "shared" not in [p.name for p in profiles.list_profiles()]
    code, out, _ = run_cli(capsys, "profile", "add", "shared", "--url",
                           "postgresql+psycopg://desk:s3cret-pw@127.0.0.1/mnu", "--allow-plaintext-keyring")
    assert code == 0
    assert "s3cret-pw" not in profiles.config_file().read_text()
    assert credentials.get(credentials.profile_account("shared")) == "s3cret-pw"
    code, out, _ = run_cli(capsys, "profile", "list", "--json")
    assert {"name": "shared", "backend": "postgresql", "url": "postgresql+psycopg://desk@127.0.0.1/mnu"} \
        in json.loads(out)


def test_bad_profile_url_is_refused(capsys):
    code, out, err = run_cli(capsys, "--lang", "en", "profile", "add", "x", "--url", "not a url")
    assert code == 1 and out == "" and "not a database URL" in err


@pytest.mark.parametrize("url, words", [
    ("postgresql+psycopg://nobody@127.0.0.1:1/x", ["127.0.0.1:1", "refused"]),
    ("mysql+pymysql://nobody@127.0.0.1:1/x", ["127.0.0.1:1", "refused"]),
    ("postgresql+psycopg://nobody@no-such-host.invalid/x", ["no-such-host.invalid", "unknown"]),
])
def test_unreachable_database_gives_host_and_cause_without_traceback(url, words):
    env = dict(os.environ, MNU_DESK_LANG="en")
    done = subprocess.run([sys.executable, "-m", "mnu_desk", "db", "check", "--db", url],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1 and done.stdout == ""
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1
    for word in words:
        assert word in done.stderr


def test_person_log_lists_who_opened_the_record(desk, admin, make_agent):
    from mnu_desk.services.people import person_log, show_person

    customer_no = add_person(desk)
    anna = make_agent("anna")
    show_person(desk, anna, customer_no, purpose="telephone enquiry")
    log = person_log(desk, admin, customer_no)
    assert log[0]["agent"] == "anna" and log[0]["action"] == "viewed"
    assert log[0]["purpose"] == "telephone enquiry"
