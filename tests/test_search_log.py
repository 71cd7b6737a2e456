"""Every search is logged — who, when, how many people it showed, never the words (docs/design.md "Search
log") — written in batches by a background thread so that search keeps its speed; a supervisor sees every
agent's searches, an agent their own."""

from __future__ import annotations

import os
import subprocess
import sys
import time

from sqlalchemy import func, select

from mnu_desk.db.models import SearchLogEntry
from mnu_desk.services import search_log
from mnu_desk.services.search import find_people, search_people

from .conftest import TEST_PASSWORD
from .factories import add_person


def _logged(desk) -> list[tuple]:
    search_log.flush(desk)
    with desk.read() as session:
        return list(session.execute(select(SearchLogEntry.agent, SearchLogEntry.hits, SearchLogEntry.more)
                                    .order_by(SearchLogEntry.id)))


def test_each_search_is_logged_with_its_hits_and_never_its_words(desk, admin, make_agent):
    anna = make_agent("anna")
    for number in ("100001", "100002", "100003"):
        add_person(desk, number, first="Åsa", last="Östberg")
    assert len(search_people(desk, anna, "Östberg")) == 3
    assert len(find_people(desk, anna, "ostberg").ids) == 3
    search_people(desk, anna, "zzzqqq")
    search_people(desk, anna, "Ö")  # too short to search: no search, nothing shown, nothing logged
    assert _logged(desk) == [("anna", 3, False), ("anna", 3, False), ("anna", 0, False)]
    with desk.read() as session:
        columns = set(SearchLogEntry.__table__.columns.keys())
        assert columns == {"id", "at", "agent", "hits", "more"}
        assert session.scalar(select(func.count()).select_from(SearchLogEntry)) == 3


def test_the_thread_writes_without_a_flush_and_dispose_writes_the_rest(desk, admin, db_url):
    add_person(desk)
    search_people(desk, admin, "Östberg")
    writer = search_log._writers[desk]
    assert writer.thread.is_alive()
    writer.wake.set()  # the thread's own round, without waiting FLUSH_SECONDS
    for _ in range(100):
        with desk.read() as session:
            if session.scalar(select(func.count()).select_from(SearchLogEntry)):
                break
        time.sleep(0.05)
    assert _logged(desk) == [("admin", 1, False)]
    search_people(desk, admin, "Östberg")
    search_log.stop(desk)
    assert not writer.thread.is_alive()
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(SearchLogEntry)) == 2


def test_a_supervisor_sees_everyone_and_an_agent_only_their_own(desk, make_agent):
    anna, sven = make_agent("anna"), make_agent("sven", "supervisor")
    add_person(desk)
    search_people(desk, anna, "Östberg")
    search_people(desk, sven, "Östberg")
    search_people(desk, sven, "nobody here")
    mine = search_log.recent(desk, anna)
    assert [s["agent"] for s in mine["searches"]] == ["anna"] and not mine["everyone"]
    everyone = search_log.recent(desk, sven)
    assert everyone["everyone"]
    assert everyone["agents"] == [{"agent": "anna", "searches": 1, "hits": 1},
                                  {"agent": "sven", "searches": 2, "hits": 1}]


def test_a_search_from_the_command_line_is_logged_before_the_process_ends(desk, admin, db_url, monkeypatch):
    add_person(desk)
    done = subprocess.run([sys.executable, "-m", "mnu_desk", "search", "Östberg", "--db", db_url, "--agent",
                           "admin"], env={**os.environ, "MNU_DESK_PASSWORD": TEST_PASSWORD},
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _logged(desk) == [("admin", 1, False)]
