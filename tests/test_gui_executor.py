"""The executor that runs database work off the GUI thread: results come back on the GUI thread, late
results of a superseded search or for a closed widget are dropped, errors and progress arrive too."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from mnu_desk.domain.errors import DatabaseUnavailable
from mnu_desk.gui.widgets.executor import Executor

from .test_gui_helpers import WAIT_MS


def test_work_runs_on_the_worker_and_the_result_arrives_on_the_gui_thread(qtbot, executor):
    seen = {}

    def work(a, b):
        seen["worker"] = threading.current_thread()
        return a + b

    executor.submit(work, 2, 3, on_result=lambda value: seen.update(value=value,
                                                                     gui=threading.current_thread()))
    qtbot.waitUntil(lambda: "value" in seen, timeout=WAIT_MS)
    assert seen["value"] == 5
    assert seen["gui"] is threading.main_thread()
    assert seen["worker"] is not threading.main_thread()


def test_a_refusal_goes_to_on_error(qtbot, executor):
    errors = []

    def refuse():
        raise DatabaseUnavailable("Cannot reach the database at {where}: {reason}.", where="db", reason="x")

    executor.submit(refuse, on_result=lambda _v: pytest.fail("no result expected"), on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    assert isinstance(errors[0], DatabaseUnavailable)


def test_only_the_latest_submission_of_a_channel_is_delivered(qtbot, executor):
    release = threading.Event()
    results = []
    # the first search is slow; the second is submitted while it runs and so makes it stale
    executor.submit(lambda: release.wait(5) and "ost", channel="search", on_result=results.append)
    executor.submit(lambda: "ostberg", channel="search", on_result=results.append)
    release.set()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    qtbot.wait(100)
    assert results == ["ostberg"]


def test_a_result_for_a_deleted_owner_is_dropped(qtbot, executor):
    owner = QObject()
    release = threading.Event()
    results = []
    executor.submit(lambda: release.wait(5), owner=owner, on_result=results.append)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner), timeout=WAIT_MS)
    release.set()
    done = []
    executor.submit(lambda: None, on_result=done.append)  # the worker is serial: this one comes after
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT_MS)
    assert results == []


def _alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_progress_and_cancel_reach_a_long_job(qtbot, executor):
    progress = []
    results = []
    started = threading.Event()

    def long_job(job):
        for step in range(1, 1000):
            started.set()
            if job.cancelled():
                return f"stopped at {step}"
            job.report(step, 1000)
            threading.Event().wait(0.005)
        return "finished"

    job = executor.submit(long_job, pass_job=True, on_progress=lambda done, total: progress.append(done),
                          on_result=results.append)
    qtbot.waitUntil(lambda: len(progress) >= 3, timeout=WAIT_MS)
    job.cancel()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    assert results[0].startswith("stopped at")
    assert progress == sorted(progress)


def test_shutdown_drops_what_has_not_started_and_refuses_new_work(qtbot):
    pool = Executor()
    started, release = threading.Event(), threading.Event()
    ran = []
    pool.submit(lambda: (started.set(), release.wait(5)))
    pool.submit(lambda: ran.append("queued"))
    started.wait(5)
    threading.Timer(0.2, release.set).start()
    assert pool.shutdown(10_000)
    pool.submit(lambda: ran.append("after shutdown"))
    qtbot.wait(100)
    assert ran == []
