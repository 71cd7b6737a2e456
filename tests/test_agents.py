"""Agents and roles (docs/design.md section 6): argon2id, 15-minute lockout after 5 failures, cumulative roles,
the first admin of an empty database."""

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from mnu_desk.db.models import Agent
from mnu_desk.domain.clock import utcnow
from mnu_desk.domain.errors import (
    AgentLocked,
    AuthenticationFailed,
    PermissionDenied,
    ValidationFailed,
)
from mnu_desk.domain.roles import Permission, Role, role_may
from mnu_desk.services import agents

from .conftest import TEST_PASSWORD


def test_first_agent_needs_no_actor_and_must_be_admin(desk):
    with pytest.raises(ValidationFailed):
        agents.add_agent(desk, None, "anna", "agent", TEST_PASSWORD)
    assert agents.agent_count(desk) == 0
    first = agents.add_agent(desk, None, "boss", "admin", TEST_PASSWORD)
    assert first.role is Role.ADMIN


def test_after_the_first_only_an_admin_adds_agents(desk, admin, make_agent):
    with pytest.raises(PermissionDenied):
        agents.add_agent(desk, None, "eve", "admin", TEST_PASSWORD)
    supervisor = make_agent("sven", "supervisor")
    with pytest.raises(PermissionDenied):
        agents.add_agent(desk, supervisor, "eve", "agent", TEST_PASSWORD)
    assert agents.add_agent(desk, admin, "eve", "agent", TEST_PASSWORD).name == "eve"


def test_password_is_stored_as_argon2id_hash(desk, admin):
    with desk.read() as session:
        stored = session.scalar(select(Agent.password_hash).where(Agent.name == "admin"))
    assert stored.startswith("$argon2id$")
    assert TEST_PASSWORD not in stored


def test_bad_names_roles_passwords_and_duplicates_are_refused(desk, admin):
    for name, role, password in [("", "agent", TEST_PASSWORD), ("a b", "agent", TEST_PASSWORD),
                                 ("x" * 65, "agent", TEST_PASSWORD), ("ok", "boss", TEST_PASSWORD),
                                 ("ok", "agent", "short"), ("admin", "agent", TEST_PASSWORD)]:
        with pytest.raises(ValidationFailed):
            agents.add_agent(desk, admin, name, role, password)
    assert agents.agent_count(desk) == 1


def test_login_with_the_right_password(desk, admin):
    actor = agents.authenticate(desk, "admin", TEST_PASSWORD)
    assert (actor.name, actor.role) == ("admin", Role.ADMIN)


def test_unknown_agent_and_wrong_password_get_one_message(desk, admin):
    """docs/design.md section 6: agent names cannot be guessed from the answer to a log-in."""
    answers = set()
    for name, password in (("nobody", TEST_PASSWORD), ("admin", "wrong-password"), ("Admin", TEST_PASSWORD)):
        with pytest.raises(AuthenticationFailed) as refused:
            agents.authenticate(desk, name, password)
        assert type(refused.value) is AuthenticationFailed
        answers.add(refused.value.english())
    assert answers == {"Wrong agent name or password."}


def test_five_failures_lock_the_agent_for_fifteen_minutes(desk, admin):
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            agents.authenticate(desk, "admin", "wrong-password")
    # locked: even the right password is refused, and only the right password learns why (a wrong one gets
    # the answer an unknown name gets, so a lock does not tell that the name exists)
    with pytest.raises(AgentLocked):
        agents.authenticate(desk, "admin", TEST_PASSWORD)
    with pytest.raises(AuthenticationFailed) as refused:
        agents.authenticate(desk, "admin", "wrong-password")
    assert type(refused.value) is AuthenticationFailed
    with desk.read() as session:
        locked_until = session.scalar(select(Agent.locked_until))
    assert timedelta(minutes=14) < locked_until - utcnow() <= timedelta(minutes=15)
    # fifteen minutes later the right password works again and the count starts over
    with desk.write() as session:
        session.execute(update(Agent).values(locked_until=utcnow() - timedelta(seconds=1)))
    assert agents.authenticate(desk, "admin", TEST_PASSWORD).name == "admin"
    with desk.read() as session:
        assert session.scalar(select(Agent.failed_logins)) == 0


def test_roles_are_cumulative():
    assert role_may(Role.AGENT, Permission.LOOK_UP)
    assert not role_may(Role.AGENT, Permission.EXECUTE_ERASURE)
    assert role_may(Role.SUPERVISOR, Permission.EXECUTE_ERASURE)
    assert role_may(Role.SUPERVISOR, Permission.LOOK_UP)
    assert not role_may(Role.SUPERVISOR, Permission.MANAGE_AGENTS)
    assert all(role_may(Role.ADMIN, p) for p in Permission)


def test_refusal_names_the_agent_and_what_the_role_may_not_do(desk, admin, make_agent):
    anna = make_agent("anna")
    with pytest.raises(PermissionDenied) as refused:
        agents.list_agents(desk, anna)
    assert "anna" in str(refused.value) and "manage agents" in str(refused.value)
