"""Agents' life from the command line (docs/design.md "Agents' life"): list, change role, disable and enable,
unlock, reset and change a password; each audited, each an admin's but one's own password."""

from __future__ import annotations

import json

from mnu_desk.db.models import AuditEntry
from mnu_desk.services import agents

from .conftest import TEST_PASSWORD
from .test_cli import run_cli


def _cli(capsys, db_url, *argv, agent="admin"):
    return run_cli(capsys, "--lang", "en", *argv, "--db", db_url, "--agent", agent)


def test_an_admin_lists_re_roles_disables_and_enables(capsys, monkeypatch, db_url, desk, make_agent):
    make_agent("anna")
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    code, out, _ = _cli(capsys, db_url, "agent", "list", "--json")
    assert code == 0 and {a["name"]: a["role"] for a in json.loads(out)} == {"admin": "admin", "anna": "agent"}
    code, out, _ = _cli(capsys, db_url, "agent", "set", "anna", "--role", "supervisor", "--json")
    assert code == 0 and json.loads(out)["role"] == "supervisor"
    assert _cli(capsys, db_url, "agent", "disable", "anna")[0] == 0
    code, _, err = _cli(capsys, db_url, "request", "list", agent="anna")
    assert code == 1 and "deactivated" in err
    assert _cli(capsys, db_url, "agent", "enable", "anna")[0] == 0
    assert _cli(capsys, db_url, "request", "list", agent="anna")[0] == 0
    with desk.read() as session:
        actions = [e.action for e in session.query(AuditEntry).filter(AuditEntry.subject == "agent:anna")]
    assert {"agent_role_changed", "agent_disabled", "agent_enabled"} <= set(actions)


def test_only_an_admin_manages_agents_and_the_last_admin_stays(capsys, monkeypatch, db_url, make_agent):
    make_agent("anna")
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    code, _, err = _cli(capsys, db_url, "agent", "set", "anna", "--role", "admin", agent="anna")
    assert code == 1 and "may not manage agents" in err
    code, _, err = _cli(capsys, db_url, "agent", "set", "admin", "--role", "agent")
    assert code == 1 and "last active admin" in err
    code, _, err = _cli(capsys, db_url, "agent", "disable", "admin")
    assert code == 1 and "own log-in" in err


def test_unlock_lifts_a_lockout(capsys, monkeypatch, db_url, desk, make_agent):
    make_agent("anna")
    for _ in range(agents.MAX_FAILED_LOGINS):
        try:
            agents.authenticate(desk, "anna", "wrong-password")
        except Exception:
            pass
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    assert _cli(capsys, db_url, "request", "list", agent="anna")[0] == 1
    assert _cli(capsys, db_url, "agent", "unlock", "anna")[0] == 0
    assert _cli(capsys, db_url, "request", "list", agent="anna")[0] == 0


def test_own_password_and_an_admins_reset(capsys, monkeypatch, db_url, make_agent):
    make_agent("anna")
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    monkeypatch.delenv("MNU_DESK_NEW_PASSWORD", raising=False)
    code, _, err = _cli(capsys, db_url, "agent", "password", agent="anna")
    assert code == 2 and "MNU_DESK_NEW_PASSWORD" in err  # never the current password again by mistake
    monkeypatch.setenv("MNU_DESK_NEW_PASSWORD", "annas-own-new-1")
    assert _cli(capsys, db_url, "agent", "password", agent="anna")[0] == 0
    assert _cli(capsys, db_url, "request", "list", agent="anna")[0] == 1  # the old one no longer works
    monkeypatch.setenv("MNU_DESK_NEW_PASSWORD", "reset-by-admin-1")
    assert _cli(capsys, db_url, "agent", "password", "anna")[0] == 0
    monkeypatch.setenv("MNU_DESK_PASSWORD", "reset-by-admin-1")
    assert _cli(capsys, db_url, "request", "list", agent="anna")[0] == 0
