"""Agents, roles and log-in (docs/design.md section 6): argon2id hashes, a 15-minute lockout after 5 failures,
the first admin of an empty database, and only admins adding agents after that."""

from __future__ import annotations

import functools
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from ..db.models import Agent
from ..domain.clock import to_stockholm, utcnow
from ..domain.errors import AgentLocked, AuthenticationFailed, PermissionDenied, ValidationFailed
from ..domain.roles import Permission, Role, parse_role
from . import audit
from .context import Actor, Desk

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


def agent_count(desk: Desk) -> int:
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(Agent)) or 0


def add_agent(desk: Desk, actor: Actor | None, name: str, role: str | Role, password: str) -> Actor:
    """Create an agent. With no agents in the database, the first one (an admin) needs no actor."""
    role = role if isinstance(role, Role) else parse_role(role)
    name = name.strip()
    if not _NAME.match(name):
        raise ValidationFailed(
            "An agent name is 1-64 letters, digits, dots, dashes or underscores; '{name}' is not.", name=name)
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationFailed("A password needs at least {minimum} characters.", minimum=MIN_PASSWORD_LENGTH)
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
        if session.scalar(select(Agent.id).where(Agent.name == name)) is not None:
            raise ValidationFailed("An agent named '{name}' already exists.", name=name)
        agent = Agent(name=name, role=role.value, password_hash=password_hash, failed_logins=0,
                      active=True, created_at=utcnow(), version=1)
        session.add(agent)
        session.flush()
        audit.record(session, actor.name if actor else None, "agent_added", subject=f"agent:{name}",
                     payload={"name": name, "role": role.value, "first_admin": existing == 0})
        return Actor(agent.id, agent.name, role)


def authenticate(desk: Desk, name: str, password: str) -> Actor:
    """Log in. A failure is counted (and audited) even though the call then refuses. An unknown name and a
    wrong password get the same message after the same work (one argon2 check), so names cannot be guessed
    from the answer or its time; only someone with the right password learns that the agent is locked or
    deactivated."""
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


def list_agents(desk: Desk, actor: Actor) -> list[AgentInfo]:
    actor.require(Permission.MANAGE_AGENTS)
    with desk.read() as session:
        return [AgentInfo(a.name, a.role, a.active, a.locked_until)
                for a in session.scalars(select(Agent).order_by(Agent.name))]


@functools.cache
def _unknown_hash() -> str:
    """A hash no password matches, checked for an unknown name so that it takes as long as a known one."""
    return _hasher.hash(secrets.token_urlsafe(32))


def _password_matches(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
