"""The search log: who searched when, and how many people the search showed (docs/design.md "Search log").
Not the words searched for: they are often a person's name, and the log must not become a second register."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import BigId, UTCDateTime


class SearchLogEntry(Base):
    __tablename__ = "search_log"
    __table_args__ = (Index("ix_search_log_at", "at"), Index("ix_search_log_agent_at", "agent", "at"))

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    agent: Mapped[str] = mapped_column(String(64))
    hits: Mapped[int] = mapped_column(Integer)
    more: Mapped[bool] = mapped_column(Boolean, default=False)  # more matched than were shown
