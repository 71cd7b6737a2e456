"""The one way GUI code runs work off the GUI thread (docs/design.md "Qt conventions").

Database work goes to a single worker thread: the services open their own sessions, and one worker keeps an
SQLite file from being written by two of our own threads at once and keeps the order of operations the order
the agent asked for. Results come back on the GUI thread through a queued signal, never by touching widgets
or models from the worker.

Two checks make late results harmless:
- a *channel* (e.g. "search") numbers its submissions; a result that is not the channel's latest is dropped,
  so the answer to "ost" never overwrites the answer to "ostberg" that arrived first;
- an *owner* QObject: when it has been deleted (a closed record, a closed window) its result is dropped
  instead of calling into a dead widget. A view passes its form (`self.ui`) rather than itself: when a window
  is put away with deleteLater(), PySide marks the form and its widgets dead at once, while a QObject made in
  Python (the view) lives on until the deletion really happens, and a result delivered in between would reach
  widgets that are already gone.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Job:
    """What a long task sees of itself: whether the agent cancelled it, and a way to report progress.

    A Job is also callable and has `is_set()`, so it can be handed as-is to code that polls a cancel flag
    either as a function or as a threading.Event."""

    def __init__(self, executor: Executor | None = None) -> None:
        self._cancelled = threading.Event()
        self._executor = executor
        self.ticket: _Ticket | None = None

    def cancel(self) -> None:
        self._cancelled.set()

    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    # the two spellings a polling loop may use
    is_set = cancelled
    __call__ = cancelled

    def report(self, done: int, total: int) -> None:
        """Progress from the worker; delivered to on_progress on the GUI thread."""
        if self._executor is not None and self.ticket is not None:
            self._executor._emit_progress(self.ticket, done, total)


@dataclass(eq=False)
class _Ticket:
    fn: Callable[..., Any]
    args: tuple
    job: Job
    pass_job: bool
    on_result: Callable[[Any], None] | None
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int], None] | None
    owner: QObject | None
    channel: str | None
    generation: int
    outcome: tuple[bool, Any] | None = field(default=None)


class _Runnable(QRunnable):
    def __init__(self, executor: Executor, ticket: _Ticket) -> None:
        super().__init__()
        self._executor = executor
        self._ticket = ticket

    def run(self) -> None:
        ticket = self._ticket
        if self._executor._is_stale(ticket) or ticket.job.cancelled():
            ticket.outcome = None  # superseded before it started: do not spend the database on it
        else:
            try:
                args = (ticket.job, *ticket.args) if ticket.pass_job else ticket.args
                ticket.outcome = (True, ticket.fn(*args))
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which decides
                ticket.outcome = (False, exc)
        self._executor._emit_done(ticket)


class Executor(QObject):
    """Runs callables on one worker thread; calls back on the GUI thread."""

    _done = Signal(object)
    _progress = Signal(object, int, int)

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._pool.setExpiryTimeout(-1)  # keep the worker: a new thread per search costs more than it saves
        self._generations: dict[str, int] = {}
        self._lock = threading.Lock()
        self._open: set[_Ticket] = set()
        self._closed = False
        self._done.connect(self._deliver)
        self._progress.connect(self._deliver_progress)

    def submit(self, fn: Callable[..., Any], *args: Any, on_result: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[int, int], None] | None = None, owner: QObject | None = None,
               channel: str | None = None, pass_job: bool = False) -> Job:
        """Queue fn(*args) (fn(job, *args) with pass_job). Submitting on a channel makes every earlier
        submission on it stale. Without on_error an exception is raised again on the GUI thread."""
        job = Job(self)
        with self._lock:
            generation = 0
            if channel is not None:
                generation = self._generations.get(channel, 0) + 1
                self._generations[channel] = generation
            ticket = _Ticket(fn, args, job, pass_job, on_result, on_error, on_progress, owner, channel,
                             generation)
            job.ticket = ticket
            if self._closed:
                return job
            self._open.add(ticket)
        self._pool.start(_Runnable(self, ticket))
        return job

    def invalidate(self, channel: str) -> None:
        """Drop whatever is still to come on a channel (e.g. the search field was cleared)."""
        with self._lock:
            self._generations[channel] = self._generations.get(channel, 0) + 1

    def shutdown(self, wait_ms: int = 30_000) -> bool:
        """Cancel what has not started, ask running jobs to stop, and wait for the worker. True when it
        finished in time."""
        with self._lock:
            self._closed = True
            for ticket in self._open:
                ticket.job.cancel()
        self._pool.clear()
        return self._pool.waitForDone(wait_ms)

    # --- worker side -------------------------------------------------------------------------------------

    def _is_stale(self, ticket: _Ticket) -> bool:
        if ticket.channel is None:
            return False
        with self._lock:
            return self._generations.get(ticket.channel) != ticket.generation

    def _emit_done(self, ticket: _Ticket) -> None:
        try:
            self._done.emit(ticket)
        except RuntimeError:  # the executor itself is gone (application quitting): nobody to tell
            pass

    def _emit_progress(self, ticket: _Ticket, done: int, total: int) -> None:
        try:
            self._progress.emit(ticket, int(done), int(total))
        except RuntimeError:
            pass

    # --- GUI side ----------------------------------------------------------------------------------------

    def _wanted(self, ticket: _Ticket) -> bool:
        if self._is_stale(ticket):
            return False
        return ticket.owner is None or shiboken6.isValid(ticket.owner)

    @Slot(object)
    def _deliver(self, ticket: _Ticket) -> None:
        with self._lock:
            self._open.discard(ticket)
        if ticket.outcome is None or not self._wanted(ticket):
            return
        ok, value = ticket.outcome
        ticket.outcome = None  # let the result be collected once it has been handed over
        if ok:
            if ticket.on_result is not None:
                ticket.on_result(value)
        elif ticket.on_error is not None:
            ticket.on_error(value)
        else:
            raise value

    @Slot(object, int, int)
    def _deliver_progress(self, ticket: _Ticket, done: int, total: int) -> None:
        if ticket.on_progress is not None and self._wanted(ticket):
            ticket.on_progress(done, total)
