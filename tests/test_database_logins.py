"""The database as the second line of defence (docs/design.md "Who the database trusts"): on PostgreSQL and
MariaDB each agent is a database log-in of its own. An agent holding a plain SQL client and its own password
tries what the desk's checks would refuse; the server refuses it too. The same agent's daily work through the
desk, connected as that log-in, still runs."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from mnu_desk.cli.main import main
from mnu_desk.db import grants
from mnu_desk.db.base import Base
from mnu_desk.db.models import Agent, AuditEntry
from mnu_desk.services import agents, audit, keys
from mnu_desk.services.search import search_people

from .conftest import TEST_PASSWORD, desk_profile_url
from .factories import add_person

PASSWORDS = {"anna": "anna-password-1", "sven": "sven-password-1", "boss": "boss-password-1"}


@pytest.fixture
def server_desk(server, desk, admin):
    if server.backend == "sqlite":
        pytest.skip("database log-ins exist on PostgreSQL and MariaDB; SQLite's boundary is the file's mode")
    agents.add_agent(desk, admin, "anna", "agent", PASSWORDS["anna"])
    agents.add_agent(desk, admin, "sven", "supervisor", PASSWORDS["sven"])
    agents.add_agent(desk, admin, "boss", "admin", PASSWORDS["boss"])
    add_person(desk, "100001")
    keys.init_self_signed(desk, admin, "trial-passphrase-1")
    return desk


def login_url(desk, name: str, *, with_password: bool = True) -> str:
    """The URL a desk profile gives (host and database, no user) with the agent's own log-in."""
    url = desk.engine.url.set(username=desk.login_name(name),
                              password=PASSWORDS[name] if with_password else None)
    return url.render_as_string(hide_password=False)


def plain_client(desk, name: str):
    """A bare driver connection as the agent's log-in: not the desk's code, what `psql`/`mariadb` would do."""
    engine = create_engine(login_url(desk, name), isolation_level="AUTOCOMMIT")
    return engine


def refused(engine, statement: str, params: dict | None = None) -> bool:
    """The server refuses the statement with a permission error: SQLSTATE 42501 on PostgreSQL; on MariaDB
    1044 (database), 1142 (table, also the audit triggers'), 1143 (column), 1227 (privilege), 1370 (routine), 1698 (granting a role)."""
    try:
        with engine.connect() as connection:
            connection.execute(text(statement), params or {})
    except DBAPIError as exc:
        orig = exc.orig
        if engine.dialect.name == "postgresql":
            return orig.sqlstate == "42501"
        return orig.args[0] in (1044, 1142, 1143, 1227, 1370, 1698)
    return False


def test_every_table_has_its_grants(server_desk):
    """docs/design.md "Who the database trusts": a table missing from the matrix would be left to a default."""
    tables = set(Base.metadata.tables) | {"alembic_version"}
    assert tables - set(grants.MATRIX) == set()


ATTACKS_BY_AN_AGENT = {
    "rewrite an audit entry": "UPDATE audit_entries SET action = 'nothing' WHERE seq = 1",
    "delete audit entries": "DELETE FROM audit_entries WHERE seq > 1",
    "delete every audit payload": "DELETE FROM audit_payloads",
    "move the audit head back": "UPDATE audit_head SET seq = 1",
    "read the signing key": "SELECT p12 FROM signing_keys",
    "read password hashes": "SELECT password_hash FROM agents",
    "make oneself admin": "UPDATE agents SET role = 'admin' WHERE name = 'anna'",
    "lift a lockout": "UPDATE agents SET failed_logins = 0, locked_until = NULL",
    "divert the erasure ledger": "UPDATE settings SET value = '\"/tmp/elsewhere\"' WHERE `key` = 'database_id'",
    "add a setting": "INSERT INTO settings (`key`, value, updated_at, version) "
                     "VALUES ('erasure_ledger_path', '\"/tmp/x\"', '2026-01-01', 1)",
    "register a foreign key": "INSERT INTO signing_keys (p12, subject, not_before, not_after, "
                              "fingerprint_sha256, active, added_at) VALUES ('x', 'x', '2026-01-01', "
                              "'2030-01-01', 'f', true, '2026-01-01')",
    "lift a restriction by hand": "DELETE FROM restrictions",
}


@pytest.mark.parametrize("attack", sorted(ATTACKS_BY_AN_AGENT))
def test_an_agent_login_cannot(server_desk, attack):
    """docs/design.md "Who the database trusts": what no desk login may do, whatever client it uses."""
    statement = ATTACKS_BY_AN_AGENT[attack]
    engine = plain_client(server_desk, "anna")
    if engine.dialect.name == "postgresql":
        statement = statement.replace("`key`", '"key"')
    try:
        assert refused(engine, statement), attack
    finally:
        engine.dispose()
    assert audit.verify(server_desk).ok


def test_an_agent_cannot_grant_itself_a_group(server_desk):
    database = server_desk.engine.url.database
    admin_group = grants.group_name(database, grants.Role.ADMIN)
    engine = plain_client(server_desk, "anna")
    me = server_desk.login_name("anna")
    try:
        if engine.dialect.name == "postgresql":
            assert refused(engine, f'GRANT "{admin_group}" TO "{me}"')
            assert refused(engine, "SELECT desk_login_set_role(:l, 'admin')", {"l": me})
            assert refused(engine, "SELECT desk_login_create(:l, 'admin', 'x')", {"l": me + "2"})
        else:
            assert refused(engine, f"GRANT `{admin_group}` TO `{me}`@`%`")
            assert refused(engine, "CALL desk_login_set_role(:l, 'admin')", {"l": me})
    finally:
        engine.dispose()


def test_a_forged_audit_entry_is_refused(server_desk):
    """An entry names the agent of its connection: anna cannot write one in sven's name, nor cut in before
    the head (docs/design.md "Audit log")."""
    engine = plain_client(server_desk, "anna")
    with server_desk.read() as session:
        head = session.execute(text("SELECT seq, hash FROM audit_head WHERE id = 1")).one()
    values = {"seq": head.seq + 1, "agent": "sven", "h": "0" * 64}
    insert = ("INSERT INTO audit_entries (seq, at, agent, action, payload_sha256, personal_sha256, entry_hash) "
              "VALUES (:seq, CURRENT_TIMESTAMP, :agent, 'login', :h, :h, :h)")
    try:
        assert refused(engine, insert, values)
        assert refused(engine, insert, {**values, "agent": "anna", "seq": head.seq + 5})
    finally:
        engine.dispose()


def test_a_supervisor_and_an_admin_cannot_change_the_audit_log_either(server_desk):
    for name in ("sven", "boss"):
        engine = plain_client(server_desk, name)
        try:
            assert refused(engine, "UPDATE audit_entries SET agent = 'x'")
            assert refused(engine, "DELETE FROM audit_entries")
            assert refused(engine, "UPDATE audit_head SET seq = 0")
        finally:
            engine.dispose()


def test_an_agents_daily_work_runs_as_its_own_login(server_desk, capsys, monkeypatch):
    """Search, show, a request, a rectification and an objection through the desk as anna's log-in; every
    entry names anna (docs/design.md "Who the database trusts", section 7)."""
    bare = desk_profile_url(server_desk)
    monkeypatch.setenv("MNU_DESK_PASSWORD", PASSWORDS["anna"])

    def run(*argv):
        code = main(["--db", bare, "--agent", "anna", "--json", *argv])
        out, err = capsys.readouterr()
        assert code == 0, err
        return json.loads(out) if out.strip() else None

    assert run("search", "Östberg")[0]["customer_no"] == "100001"
    assert run("show", "100001")["customer_no"] == "100001"
    request = run("request", "new", "--type", "access", "--received", date.today().isoformat(),
                  "--channel", "email", "--customer", "100001")
    assert request["ref"]
    run("rectify", "100001", "city=Göteborg", "--reason", "moved")
    run("objection", "add", "100001", "--scope", "email", "--channel", "email",
        "--received", date.today().isoformat())
    with server_desk.read() as session:
        latest = session.query(AuditEntry).order_by(AuditEntry.seq.desc()).limit(4).all()
    assert {entry.agent for entry in latest} == {"anna"}
    assert audit.verify(server_desk).ok


def test_a_disabled_agent_cannot_connect(server_desk, admin):
    """docs/design.md "Agents' life": disabling an agent stops its database log-in too."""
    agents.set_active(server_desk, admin, "anna", False)
    engine = plain_client(server_desk, "anna")
    try:
        with pytest.raises(DBAPIError):
            with engine.connect():
                pass
    finally:
        engine.dispose()
    agents.set_active(server_desk, admin, "anna", True)
    engine = plain_client(server_desk, "anna")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT 1")).scalar() == 1
    engine.dispose()


def test_role_change_and_password_reset_reach_the_login(server_desk, admin):
    agents.set_role(server_desk, admin, "anna", "supervisor")
    engine = plain_client(server_desk, "anna")
    with engine.connect() as connection:  # a supervisor's privilege: lifting a restriction
        connection.execute(text("DELETE FROM restrictions WHERE 1 = 0"))
    engine.dispose()
    agents.change_password(server_desk, admin, "anna", "a-new-password-2")
    PASSWORDS["anna"], old = "a-new-password-2", PASSWORDS["anna"]
    try:
        engine = plain_client(server_desk, "anna")
        with engine.connect() as connection:
            assert connection.execute(text("SELECT 1")).scalar() == 1
        engine.dispose()
    finally:
        PASSWORDS["anna"] = old
    with server_desk.read() as session:
        assert session.query(Agent).filter_by(name="anna").one().role == "supervisor"


def test_agent_add_returns_the_database_login(server, db_url, capsys, monkeypatch):
    monkeypatch.setenv("MNU_DESK_NEW_PASSWORD", TEST_PASSWORD)
    assert main(["agent", "add", "first", "--role", "admin", "--db", db_url, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    expected = None if server.backend == "sqlite" else f"{grants.prefix(make_url(db_url).database)}.first"
    assert shown == {"name": "first", "role": "admin", "db_login": expected}



SEARCH_INDEX_ATTACKS = {
    # PostgreSQL's GIN index of word starts: a function that returns nothing would hide every person
    "replace the word-start function": ("postgresql", "CREATE OR REPLACE FUNCTION search_lexemes(search_text text) "
                                        "RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$ SELECT ''::tsvector $$"),
    "drop the word-start index": ("postgresql", "DROP INDEX ix_people_search_lexemes"),
    "drop the vocabulary's index of tokens": ("postgresql", "DROP INDEX ix_token_trigrams_token"),
    # either server's token index (migration 0017): agents write its rows (a rectification rewrites them), but
    # without its tables the desk would find nobody by a piece inside a word
    "drop the tokens": (None, "DROP TABLE search_tokens"),
    "drop the vocabulary": (None, "DROP TABLE token_trigrams"),
    "alter the tokens": (None, "ALTER TABLE search_tokens DROP COLUMN word"),
}


@pytest.mark.parametrize("attack", sorted(SEARCH_INDEX_ATTACKS))
def test_an_agent_login_cannot_tamper_with_the_search_index(server_desk, admin, attack):
    """The search's indexes, tables and the function an index is built on belong to the owner (migrations
    0016 and 0017): an agent's own log-in cannot swap, drop or change them, and the desk still finds the person
    by name and by a piece inside a word."""
    backend, statement = SEARCH_INDEX_ATTACKS[attack]
    if server_desk.backend == "sqlite" or backend not in (None, server_desk.backend):
        pytest.skip(f"an attack on {backend or 'a shared server'}")
    engine = plain_client(server_desk, "anna")
    try:
        assert refused(engine, statement), attack
    finally:
        engine.dispose()
    assert [row["customer_no"] for row in search_people(server_desk, admin, "åsa östb")] == ["100001"]
    assert "100001" in [row["customer_no"] for row in search_people(server_desk, admin, "stberg")]
