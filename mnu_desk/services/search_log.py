"""The search log (docs/design.md "Search log"): every search an agent makes is noted — who, when, how many
people it showed, never the words — so that a look-up of hundreds of people leaves a trace as an opening of
one record does.

Search answers while the agent types, within milliseconds; a write transaction per keystroke would cost more
than the search. So a search only puts its note on a queue, and one background thread per database writes the
queue in one INSERT every FLUSH_SECONDS. A command that ends, a desk that is closed and a process that exits
write what is left first; a process killed outright loses at most the last FLUSH_SECONDS of notes."""

from __future__ import annotations

import atexit
import queue
import threading
import weakref
from datetime import timedelta

from sqlalchemy import func, insert, select

from ..db.models import SearchLogEntry
from ..domain.clock import utcnow
from ..domain.roles import Permission
from .context import Actor, Desk

FLUSH_SECONDS = 2.0
TABLE = SearchLogEntry.__table__


class _Writer:
    """The queue and the thread of one database."""

    def __init__(self, desk: Desk) -> None:
        self.engine = desk.engine
        self.notes: queue.SimpleQueue[dict] = queue.SimpleQueue()
        self.lock = threading.Lock()  # one flush at a time: the thread's and a caller's
        self.wake = threading.Event()
        self.stopped = False
        self.thread = threading.Thread(target=self._run, name="search-log", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stopped:
            self.wake.wait(FLUSH_SECONDS)
            self.wake.clear()
            self.flush()

    def flush(self) -> int:
        with self.lock:
            rows = []
            while True:
                try:
                    rows.append(self.notes.get_nowait())
                except queue.Empty:
                    break
            if rows:
                try:
                    with self.engine.begin() as connection:
                        connection.execute(insert(TABLE), rows)
                except Exception:  # noqa: BLE001 - a lost connection: keep the notes for the next round
                    for row in rows:
                        self.notes.put(row)
                    return 0
            return len(rows)

    def stop(self) -> None:
        self.stopped = True
        self.wake.set()
        self.thread.join(timeout=5)
        self.flush()


_writers: weakref.WeakKeyDictionary[Desk, _Writer] = weakref.WeakKeyDictionary()
_writers_lock = threading.Lock()


def _writer(desk: Desk) -> _Writer:
    with _writers_lock:
        writer = _writers.get(desk)
        if writer is None:
            writer = _writers[desk] = _Writer(desk)
            desk.on_dispose(lambda: stop(desk))
        return writer


def note(desk: Desk, actor: Actor, hits: int, more: bool = False) -> None:
    """Note one search (cheap: a queue put; the thread writes it)."""
    _writer(desk).notes.put({"at": utcnow(), "agent": actor.name, "hits": int(hits), "more": bool(more)})


def flush(desk: Desk) -> int:
    """Write the notes waiting now; the number written."""
    writer = _writers.get(desk)
    return writer.flush() if writer is not None else 0


def stop(desk: Desk) -> None:
    with _writers_lock:
        writer = _writers.pop(desk, None)
    if writer is not None:
        writer.stop()


@atexit.register
def _flush_all() -> None:
    for writer in list(_writers.values()):
        writer.stop()


def recent(desk: Desk, actor: Actor, *, days: int = 7, limit: int = 500) -> dict:
    """The searches of the last `days` days, newest first, with each agent's totals. A supervisor or an admin
    sees every agent's (they answer for the desk's use of the register); an agent sees their own."""
    actor.require(Permission.LOOK_UP)
    flush(desk)
    since = utcnow() - timedelta(days=days)
    everyone = actor.role.covers(actor.role.SUPERVISOR)
    where = [TABLE.c.at >= since] + ([] if everyone else [TABLE.c.agent == actor.name])
    with desk.read() as session:
        rows = session.execute(select(TABLE.c.at, TABLE.c.agent, TABLE.c.hits, TABLE.c.more).where(*where)
                               .order_by(TABLE.c.at.desc(), TABLE.c.id.desc()).limit(limit)).all()
        totals = session.execute(select(TABLE.c.agent, func.count(), func.sum(TABLE.c.hits)).where(*where)
                                 .group_by(TABLE.c.agent).order_by(TABLE.c.agent)).all()
    return {"days": days, "everyone": everyone,
            "searches": [{"at": at, "agent": agent, "hits": hits, "more": bool(more)}
                         for at, agent, hits, more in rows],
            "agents": [{"agent": agent, "searches": count, "hits": int(hits or 0)} for agent, count, hits in totals]}
