"""The change feed for the shop (docs/design.md section 3): every change the desk makes to personal data is
appended to an outbox under a sequence number, so that the shop's own systems can apply it and acknowledge
what they applied. Sequence numbers come from the one state row, locked while a change is appended: a
change that commits later always has a higher number, so a reader that has seen N never misses one below."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import Base
from ..types import BigId, LongText, UTCDateTime


class ChangeOutbox(Base):
    __tablename__ = "change_outbox"

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(30))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"), index=True)
    customer_no: Mapped[str | None] = mapped_column(String(20))
    shop_customer_id: Mapped[str | None] = mapped_column(String(64))
    request_ref: Mapped[str | None] = mapped_column(String(20), index=True)
    # what the shop needs to apply the change (new values); erasure of the person clears personal values
    payload: Mapped[str] = mapped_column(LongText)


class ChangeFeedState(Base):
    """One row: the last sequence number handed out and the highest one the shop acknowledged."""

    __tablename__ = "change_feed_state"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    acked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class ChangeTask(Base):
    """A notification task (GDPR art. 19) for one of the shop's own systems, closed when the change that
    carries it is acknowledged."""

    __tablename__ = "change_tasks"

    task_id: Mapped[int] = mapped_column(ForeignKey("tasks.id"), primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(ForeignKey("change_outbox.seq"), index=True)


class ImportRun(Base):
    """One import of a shop file: what was read and what became of it. A run still `running` after its
    desk stopped was interrupted; running the file again finishes it (every row is an upsert)."""

    __tablename__ = "import_runs"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    category: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(500))
    file_size: Mapped[int] = mapped_column(BigInteger)
    dry_run: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(16))  # running, done, cancelled, failed
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    agent: Mapped[str | None] = mapped_column(String(64))
    rows_read: Mapped[int] = mapped_column(BigInteger, default=0)
    inserted: Mapped[int] = mapped_column(BigInteger, default=0)
    updated: Mapped[int] = mapped_column(BigInteger, default=0)
    unchanged: Mapped[int] = mapped_column(BigInteger, default=0)
    rejected: Mapped[int] = mapped_column(BigInteger, default=0)
    # the last physical line of the file whose batch is committed
    committed_line: Mapped[int] = mapped_column(BigInteger, default=0)
    # where the import runs: a run still `running` whose process on this host is gone was killed, and the
    # next import marks it interrupted (mnu_desk/services/imports.py)
    host: Mapped[str | None] = mapped_column(String(255))
    pid: Mapped[int | None] = mapped_column(BigInteger)
