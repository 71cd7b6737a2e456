"""Agents, roles and log-in (docs/design.md section 6, "Agents' life"): argon2id hashes, a 15-minute lockout after
5 failures, the first admin of an empty database, and only admins adding, changing, disabling, enabling,
unlocking agents and resetting their passwords after that; each step audited. On a shared server each agent
is also a database log-in of its own, changed in the same step through the definer routines
(mnu_desk.db.definer); the server then checks the password."""

from __future__ import annotations

import functools
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from ..db import definer
from ..db.models import Agent
from ..domain.clock import iso_z, to_stockholm, utcnow
from ..domain.errors import AgentLocked, AuthenticationFailed, NotFound, PermissionDenied, ValidationFailed
from ..domain.roles import Permission, Role, parse_role
from . import audit
from .context import Actor, Desk
from .database import agent_count  # noqa: F401 - where every start reads it, without this module's argon2

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8
_NAME = re.compile(r"^[\w.\-]{1,64}$")
_hasher = PasswordHasher()  # argon2id with the library's current recommended parameters


@dataclass(frozen=True)
class AgentInfo:
    name: str
    role: str
    active: bool
    locked_until: datetime | None
    db_login: str | None = None
    last_login_at: datetime | None = None

    def as_dict(self) -> dict:
        return {"name": self.name, "role": self.role, "active": self.active,
                "locked_until": iso_z(self.locked_until) if self.locked_until else None,
                "db_login": self.db_login,
                "last_login_at": iso_z(self.last_login_at) if self.last_login_at else None}


def add_agent(desk: Desk, actor: Actor | None, name: str, role: str | Role, password: str) -> Actor:
    """Create an agent. With no agents in the database, the first one (an admin) needs no actor. On a server
    the agent's database log-in is created first (on MariaDB that statement commits on its own)."""
    role = role if isinstance(role, Role) else parse_role(role)
    name = name.strip()
    if not _NAME.match(name):
        raise ValidationFailed(
            "An agent name is 1-64 letters, digits, dots, dashes or underscores; '{name}' is not.", name=name)
    _check_password(password)
    db_login = desk.login_name(name)
    password_hash = _hasher.hash(password)  # slow on purpose: outside the transaction
    with desk.write() as session:
        existing = session.scalar(select(func.count()).select_from(Agent)) or 0
        if existing == 0:
            if role is not Role.ADMIN:
                raise ValidationFailed("The first agent of a database must be an admin.")
        elif actor is None:
            raise PermissionDenied("This database has agents; log in as an admin with --agent to add one.")
        else:
            actor.require(Permission.MANAGE_AGENTS)
        if session.scalar(select(Agent.id).where(func.lower(Agent.name) == name.lower())) is not None:
            raise ValidationFailed("An agent named '{name}' already exists.", name=name)
        if db_login is not None:
            definer.call(session, "desk_login_create", db_login, role.value,
                         definer.password_verifier(session.connection(), db_login, password))
        agent = Agent(name=name, role=role.value, password_hash=password_hash, failed_logins=0,
                      active=True, created_at=utcnow(), db_login=db_login, version=1)
        session.add(agent)
        session.flush()
        audit.record(session, actor.name if actor else None, "agent_added", subject=f"agent:{name}",
                     payload={"name": name, "role": role.value, "first_admin": existing == 0,
                              "db_login": db_login})
        return Actor(agent.id, agent.name, role)


def created_login(desk: Desk, name: str) -> str | None:
    """The database log-in of an agent (None on SQLite): what `agent add` tells the admin."""
    with desk.read() as session:
        return session.scalar(select(Agent.db_login).where(Agent.name == name))


def authenticate(desk: Desk, name: str, password: str) -> Actor:
    """Log in. A failure is counted (and audited) even though the call then refuses. An unknown name and a
    wrong password get the same message after the same work (one argon2 check), so names cannot be guessed
    from the answer or its time; only someone with the right password learns that the agent is locked or
    deactivated. Connected as the agent's own database log-in, the server has checked the password already."""
    if desk.agent_login is not None:
        return _server_login(desk, name)
    now = utcnow()
    refusal: Exception | None = None
    wrong = AuthenticationFailed()  # "Wrong agent name or password."
    with desk.write() as session:
        agent = session.scalar(select(Agent).where(Agent.name == name.strip()))
        matches = _password_matches(agent.password_hash if agent is not None else _unknown_hash(), password)
        locked = agent is not None and agent.locked_until is not None and agent.locked_until > now
        if agent is None:
            audit.record(session, None, "login_failed", subject=f"agent:{name.strip()[:60]}",
                         payload={"reason": "unknown agent"})
            refusal = wrong
        elif not matches:
            if agent.active and not locked:
                agent.failed_logins = (0 if agent.locked_until else agent.failed_logins) + 1
                agent.locked_until = None
                if agent.failed_logins >= MAX_FAILED_LOGINS:
                    agent.locked_until = now + LOCKOUT
            audit.record(session, None, "login_failed", subject=f"agent:{agent.name}",
                         payload={"failed_logins": agent.failed_logins,
                                  "locked": agent.locked_until is not None and agent.locked_until > now})
            refusal = wrong
        elif not agent.active:
            refusal = AuthenticationFailed("Agent '{name}' is deactivated.", name=agent.name)
        elif locked:
            refusal = AgentLocked("Agent '{name}' is locked after {count} failed log-ins until {until}.",
                                  name=agent.name, count=agent.failed_logins,
                                  until=to_stockholm(agent.locked_until).strftime("%H:%M"))
        else:
            agent.failed_logins, agent.locked_until, agent.last_login_at = 0, None, now
            if _hasher.check_needs_rehash(agent.password_hash):
                agent.password_hash = _hasher.hash(password)
            audit.record(session, agent.name, "login", subject=f"agent:{agent.name}")
            actor = Actor(agent.id, agent.name, Role(agent.role))
    if refusal is not None:
        raise refusal
    return actor


def _server_login(desk: Desk, name: str) -> Actor:
    with desk.write() as session:
        agent = session.scalar(select(Agent).where(Agent.db_login == desk.agent_login))
        if agent is None or agent.name.lower() != name.strip().lower():
            raise AuthenticationFailed("The database log-in {login} is not agent '{name}'.",
                                       login=desk.agent_login, name=name.strip())
        if not agent.active:
            raise AuthenticationFailed("Agent '{name}' is deactivated.", name=agent.name)
        agent.last_login_at = utcnow()
        audit.record(session, agent.name, "login", subject=f"agent:{agent.name}")
        return Actor(agent.id, agent.name, Role(agent.role))


def list_agents(desk: Desk, actor: Actor) -> list[AgentInfo]:
    actor.require(Permission.MANAGE_AGENTS)
    with desk.read() as session:
        return [_info(a) for a in session.scalars(select(Agent).order_by(Agent.name))]


def set_role(desk: Desk, actor: Actor, name: str, role: str | Role) -> AgentInfo:
    """Give an agent another role; the last active admin keeps theirs, so the desk is never left without one."""
    role = role if isinstance(role, Role) else parse_role(role)
    actor.require(Permission.MANAGE_AGENTS)
    with desk.write() as session:
        agent = _agent(session, name)
        if agent.role == Role.ADMIN.value and role is not Role.ADMIN:
            _keep_an_admin(session, agent)
        if agent.db_login:
            definer.call(session, "desk_login_set_role", agent.db_login, role.value)
        previous, agent.role = agent.role, role.value
        audit.record(session, actor.name, "agent_role_changed", subject=f"agent:{agent.name}",
                     payload={"from": previous, "to": role.value})
        return _info(agent)


def set_active(desk: Desk, actor: Actor, name: str, active: bool) -> AgentInfo:
    """Disable or enable an agent. A disabled agent cannot log in, on a server neither (the log-in itself is
    locked); no one disables themselves or the last active admin."""
    actor.require(Permission.MANAGE_AGENTS)
    with desk.write() as session:
        agent = _agent(session, name)
        if not active and agent.id == actor.id:
            raise ValidationFailed("You cannot disable your own log-in.")
        if not active and agent.role == Role.ADMIN.value:
            _keep_an_admin(session, agent)
        if agent.db_login:
            definer.call(session, "desk_login_enable", agent.db_login, active)
        agent.active = active
        audit.record(session, actor.name, "agent_enabled" if active else "agent_disabled",
                     subject=f"agent:{agent.name}")
        return _info(agent)


def unlock(desk: Desk, actor: Actor, name: str) -> AgentInfo:
    """Lift the lockout after failed log-ins before its 15 minutes are over."""
    actor.require(Permission.MANAGE_AGENTS)
    with desk.write() as session:
        agent = _agent(session, name)
        agent.failed_logins, agent.locked_until = 0, None
        audit.record(session, actor.name, "agent_unlocked", subject=f"agent:{agent.name}")
        return _info(agent)


def change_password(desk: Desk, actor: Actor, name: str | None, new_password: str) -> AgentInfo:
    """An agent's own new password (no name, or its own), or an admin's reset of another's."""
    own = name is None or name.strip().lower() == actor.name.lower()
    if not own:
        actor.require(Permission.MANAGE_AGENTS)
    _check_password(new_password)
    password_hash = _hasher.hash(new_password)
    with desk.write() as session:
        agent = _agent(session, actor.name if own else name)
        if agent.db_login is None and desk.is_server:
            # an agent from before database log-ins (README, "An existing shared database"): the reset
            # gives it one, through the owner's connection, the only one that may write db_login
            login = desk.login_name(agent.name)
            definer.call(session, "desk_login_create", login, agent.role,
                         definer.password_verifier(session.connection(), login, new_password))
            agent.db_login, agent.password_hash = login, password_hash
        elif agent.db_login:
            definer.call(session, "desk_login_password", agent.db_login,
                         definer.password_verifier(session.connection(), agent.db_login, new_password),
                         password_hash)
        else:
            agent.password_hash = password_hash
            agent.failed_logins, agent.locked_until = 0, None
        audit.record(session, actor.name, "password_changed" if own else "password_reset",
                     subject=f"agent:{agent.name}")
        return _info(agent)


def _agent(session, name: str) -> Agent:
    agent = session.scalar(select(Agent).where(Agent.name == (name or "").strip()))
    if agent is None:
        raise NotFound("No agent named '{name}'.", name=(name or "").strip())
    return agent


def _keep_an_admin(session, agent: Agent) -> None:
    others = session.scalar(select(func.count()).select_from(Agent).where(
        Agent.role == Role.ADMIN.value, Agent.active.is_(True), Agent.id != agent.id)) or 0
    if others == 0:
        raise ValidationFailed("'{name}' is the last active admin; make another agent admin first.",
                               name=agent.name)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed("A password needs at least {minimum} characters.", minimum=MIN_PASSWORD_LENGTH)


def _info(agent: Agent) -> AgentInfo:
    return AgentInfo(agent.name, agent.role, agent.active, agent.locked_until, agent.db_login,
                     agent.last_login_at)


@functools.cache
def _unknown_hash() -> str:
    """A hash no password matches, checked for an unknown name so that it takes as long as a known one."""
    return _hasher.hash(secrets.token_urlsafe(32))


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
