"""The desk's agents (docs/design.md section 6): argon2id password hashes, lockout after failed log-ins, and on a
shared server the agent's own database login. The hash is loaded only when a password is checked: an agent's
database login may not read it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import TABLE_OPTIONS, Base, Versioned
from ..types import BigId, UTCDateTime


class Agent(Versioned, Base):
    __tablename__ = "agents"
    # MariaDB checks INSERT ... RETURNING against SELECT on every inserted column, and no log-in may read the
    # password hash: the new id comes back without RETURNING
    __table_args__ = {"implicit_returning": False, **TABLE_OPTIONS}

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200), deferred=True)
    failed_logins: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # the agent's own log-in on PostgreSQL or MariaDB (None on SQLite): the server checks its password
    db_login: Mapped[str | None] = mapped_column(String(80), unique=True)
