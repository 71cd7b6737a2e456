"""Getting in (docs/design.md sections 6-8): the log-in with its own message for each refusal, the demo log-ins, the
log-in window shown before its database is open (issue 17), the reason in that window when the database
cannot be opened, and a plain message (exit 1) for a URL that is not one. The first start on an empty database
is in test_gui_first_run.py."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QMessageBox
from sqlalchemy.engine import make_url

from mnu_desk.db import migrate
from mnu_desk.gui import language
from mnu_desk.gui.app import QUIT_AFTER_START, run_gui
from mnu_desk.gui.demo_setup import DEMO_LOGINS, prepare_demo_database
from mnu_desk.gui.login_dialog import LoginDialog
from mnu_desk.gui.settings import connection as conn
from mnu_desk.gui.startup import Startup
from mnu_desk.services import agents, database, profiles
from mnu_desk.services.context import Desk
from mnu_desk.services.search import search_people

from .conftest import TEST_PASSWORD
from .test_gui_helpers import WAIT_MS

UNREACHABLE = "postgresql+psycopg://desk:secret@127.0.0.1:1/mnu"  # nothing listens on port 1


def connection_of(desk) -> conn.Connection:
    return conn.Connection(conn.URL, desk.engine.url.render_as_string(hide_password=False))


def ok_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def log_in(qtbot, dialog: LoginDialog, name: str, password: str) -> str:
    """Type and press Log in; the message the dialog then shows."""
    dialog.ui.agentEdit.setText(name)
    dialog.ui.passwordEdit.setText(password)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert not ok_button(dialog).isEnabled()  # busy while the worker checks
    qtbot.waitUntil(lambda: ok_button(dialog).isEnabled(), timeout=WAIT_MS)
    return dialog.ui.messageLabel.text()


# --- log in ---------------------------------------------------------------------------------------------------

@pytest.fixture
def login(qtbot, desk, executor, swedish, make_agent):
    make_agent("anna")
    dialog = LoginDialog(executor, connection_of(desk), desk)
    qtbot.addWidget(dialog.ui)
    dialog.ui.show()
    return dialog


def test_a_wrong_password_and_an_unknown_agent_get_one_message(qtbot, login):
    """docs/design.md section 6: which agent names exist cannot be learnt from the log-in window."""
    with qtbot.assertNotEmitted(login.logged_in):
        wrong = log_in(qtbot, login, "anna", "not-the-password")
    assert "Fel handläggarnamn eller lösenord" in wrong
    assert login.ui.passwordEdit.text() == ""
    assert log_in(qtbot, login, "nobody", "whatever-1") == wrong


def test_five_wrong_passwords_lock_the_agent_even_against_the_right_one(qtbot, login):
    """docs/design.md section 6: lockout for 15 minutes after 5 failures; only the right password is told so."""
    for _ in range(5):
        assert "Fel handläggarnamn eller lösenord" in log_in(qtbot, login, "anna", "not-the-password")
    with qtbot.assertNotEmitted(login.logged_in):
        assert "spärrad efter 5 misslyckade inloggningar" in log_in(qtbot, login, "anna", TEST_PASSWORD)


def test_the_right_password_logs_in(qtbot, login):
    login.ui.agentEdit.setText("anna")
    login.ui.passwordEdit.setText(TEST_PASSWORD)
    with qtbot.waitSignal(login.logged_in, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(ok_button(login), Qt.MouseButton.LeftButton)
    actor = signal.args[2]
    assert (actor.name, actor.role.value) == ("anna", "agent")


def test_test_connection_reports_the_backend_and_schema_revision(qtbot, login, desk):
    qtbot.mouseClick(login.ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "schemaversion" in login.ui.testResultLabel.text(), timeout=WAIT_MS)
    text = login.ui.testResultLabel.text()
    assert {"sqlite": "SQLite", "postgresql": "PostgreSQL"}.get(desk.backend, "M") in text
    assert "(aktuell)" in text


def test_an_unreachable_server_gets_its_own_message(qtbot, executor, swedish):
    dialog = LoginDialog(executor, conn.Connection(conn.URL, UNREACHABLE), None)
    qtbot.addWidget(dialog.ui)
    message = log_in(qtbot, dialog, "anna", "whatever-1")
    assert "går inte att nå" in message and "127.0.0.1:1" in message
    qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "går inte att nå" in dialog.ui.testResultLabel.text(), timeout=WAIT_MS)


# --- demo -----------------------------------------------------------------------------------------------------

def test_demo_mode_lists_the_demo_log_ins_and_they_work(qtbot, tmp_path, executor, swedish):
    desk = prepare_demo_database(tmp_path / "demo.sqlite3", customers=12)
    try:
        assert agents.agent_count(desk) == 3
        dialog = LoginDialog(executor, conn.Connection(conn.DEMO, f"sqlite:///{tmp_path / 'demo.sqlite3'}"),
                             desk, DEMO_LOGINS)
        qtbot.addWidget(dialog.ui)
        dialog.ui.show()
        assert dialog.ui.demoBox.isVisible()
        table = dialog.ui.demoTable
        listed = [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]
        assert listed == [("admin", "administratör", "demo-admin"), ("anna", "handläggare", "demo-anna"),
                          ("sven", "arbetsledare", "demo-sven")]
        assert not dialog.ui.connectionCombo.isEnabled()  # the demo is its own database
        anna = table.item(1, 0)
        with qtbot.waitSignal(dialog.logged_in, timeout=WAIT_MS) as signal:
            where = table.visualItemRect(anna).center()
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
            qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        assert signal.args[2].name == "anna"
        assert search_people(desk, signal.args[2], "gmail", limit=50) or search_people(
            desk, signal.args[2], "se", limit=50)
    finally:
        executor.shutdown()
        desk.dispose()
    again = prepare_demo_database(tmp_path / "demo.sqlite3", customers=12)  # made once, then reused
    assert agents.agent_count(again) == 3
    again.dispose()


def test_the_demo_start_prepares_its_database_and_offers_the_demo_log_ins(qtbot, executor, swedish):
    path = conn.demo().url.removeprefix("sqlite:///")
    for suffix in ("", "-wal", "-shm"):
        __import__("pathlib").Path(path + suffix).unlink(missing_ok=True)
    startup = Startup(executor, conn.demo(), demo_customers=8)
    with qtbot.waitSignal(startup.ready, timeout=60_000) as signal:
        startup.start()
    connection, desk, agent_count, demo_logins = signal.args
    try:
        assert connection.kind == conn.DEMO and agent_count >= 1 and demo_logins == DEMO_LOGINS
        assert [a.name for a in DEMO_LOGINS] == ["admin", "anna", "sven"]
        assert agents.authenticate(desk, "sven", "demo-sven").role.value == "supervisor"
    finally:
        executor.shutdown()
        desk.dispose()


# --- the start: the log-in window first, its database behind it ------------------------------------------------

def _log_in_form(earlier: frozenset = frozenset()):
    """The visible log-in window, not one an earlier test left behind (`earlier`: the top-level windows that
    were there before this start): looking at a stale one would wait for ever."""
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "LoginDialog" and widget.isVisible() and id(widget) not in earlier:
            return widget
    return None


def _windows_now() -> frozenset:
    return frozenset(id(widget) for widget in QApplication.topLevelWidgets())


GIVE_UP_AFTER_S = 30.0  # a start that never settles fails the test instead of hanging the run


def _give_up_when(started: float) -> bool:
    if time.monotonic() - started < GIVE_UP_AFTER_S:
        return False
    QApplication.instance().exit(99)
    return True


def _state(form) -> dict:
    return {"ok": form.buttonBox.button(QDialogButtonBox.StandardButton.Ok).isEnabled(),
            "name": form.agentEdit.isEnabled(), "combo": form.connectionCombo.isEnabled(),
            "message": form.messageLabel.text() if form.messageLabel.isVisible() else ""}


def _start_until_opened(args, seen: dict) -> int:
    """run_gui(args): the log-in window's state at the first turn of the event loop (`first`) and once the
    database has opened or failed (`settled`, when the choice of database is offered again); then Quit."""

    earlier, started = _windows_now(), time.monotonic()

    def first() -> None:  # runs before the start's own zero-delay timers: the database is not open yet
        form = _log_in_form(earlier)
        seen["first"] = _state(form) if form is not None else None

    def look() -> None:
        form = _log_in_form(earlier)
        if form is not None and form.testButton.isEnabled():
            seen["settled"] = _state(form)
            form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
            return
        if not _give_up_when(started):
            QTimer.singleShot(50, look)

    QTimer.singleShot(0, first)
    QTimer.singleShot(50, look)
    return run_gui(args)


def test_the_log_in_window_shows_before_its_database_is_open(qtbot, monkeypatch, desk, make_agent):
    """Issue 17: the window does not wait for SQLAlchemy and the database; name and password can be typed at
    once, and the database is open behind it a moment later."""
    make_agent("anna")
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail("no message box expected"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (desk.engine.url.password or "", True))
    seen = {}
    args = argparse.Namespace(demo=False, db=connection_of(desk).url, profile=None, agent="anna", lang="sv")
    assert _start_until_opened(args, seen) == 0
    assert seen["first"]["name"] and seen["first"]["ok"] and not seen["first"]["combo"]
    assert seen["first"]["message"].startswith("Ansluter till")
    assert seen["settled"] == {"ok": True, "name": True, "combo": True, "message": ""}


def test_a_log_in_pressed_while_the_database_opens_goes_ahead_when_it_is_open(qtbot, desk, executor, swedish,
                                                                                make_agent):
    make_agent("anna")
    dialog = LoginDialog(executor, connection_of(desk), None)
    qtbot.addWidget(dialog.ui)
    dialog.ui.show()
    dialog.opening("Ansluter …")
    dialog.ui.agentEdit.setText("anna")
    dialog.ui.passwordEdit.setText(TEST_PASSWORD)
    with qtbot.assertNotEmitted(dialog.logged_in):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
        qtbot.wait(50)
    assert not ok_button(dialog).isEnabled() and dialog.ui.messageLabel.text() == "Loggar in…"
    with qtbot.waitSignal(dialog.logged_in, timeout=WAIT_MS) as signal:
        dialog.opened(desk)
    assert signal.args[1] is desk and signal.args[2].name == "anna"


def test_a_demo_database_that_could_not_be_made_leaves_nothing_to_log_in_to(qtbot, executor, swedish, tmp_path):
    dialog = LoginDialog(executor, conn.Connection(conn.DEMO, f"sqlite:///{tmp_path / 'demo.sqlite3'}"), None,
                         DEMO_LOGINS)
    qtbot.addWidget(dialog.ui)
    dialog.ui.show()
    dialog.opening("Förbereder demodatabasen …")
    dialog.opened(None, "Disken är full.")
    assert dialog.ui.messageLabel.text() == "Disken är full."
    assert not ok_button(dialog).isEnabled() and not dialog.ui.demoTable.isEnabled()
    assert dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).isEnabled()


def test_the_log_in_window_modules_do_not_load_the_database_layer():
    """What the window is built from: PySide6 and its own modules, not SQLAlchemy or the services that open a
    database (they load on the worker once the window shows)."""
    probe = ("import sys; import mnu_desk.gui.app; "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic', 'argon2') "
             "or m.startswith(('mnu_desk.db.engine', 'mnu_desk.db.models', 'mnu_desk.services.database', "
             "'mnu_desk.services.context', 'mnu_desk.services.agents'))))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


@pytest.mark.parametrize(("db", "says"), [("not a url", "ingen databas-URL"), ("nonsense://x", "stöds inte")])
def test_a_bad_url_at_start_is_a_plain_message_and_exit_1(qtbot, monkeypatch, db, says):
    """A URL that is not one names no database to show in the log-in window: the start ends."""
    shown = []
    # the one static dialog patched: it would block the test
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    args = argparse.Namespace(demo=False, db=db, profile=None, agent=None, lang="sv")
    assert run_gui(args) == 1
    assert len(shown) == 1 and "Traceback" not in shown[0]
    assert says in shown[0]


def test_an_unreachable_server_at_start_is_said_in_the_log_in_window(qtbot, monkeypatch):
    """The window is already there: the reason goes in it, and another database can be chosen."""
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail("no message box expected"))
    seen = {}
    assert _start_until_opened(argparse.Namespace(demo=False, db=UNREACHABLE, profile=None, agent=None,
                                                  lang="sv"), seen) == 0
    assert seen["first"]["message"] == "Ansluter till 127.0.0.1:1/mnu…"
    assert "går inte att nå" in seen["settled"]["message"] and "127.0.0.1:1" in seen["settled"]["message"]
    assert seen["settled"]["ok"] and seen["settled"]["combo"]


def test_an_open_database_without_agents_leads_from_the_log_in_to_the_first_run_wizard(qtbot, monkeypatch, desk,
                                                                                         capsys):
    """An existing database whose first administrator was never made: the log-in window shows first, and
    once the database is open and has no agents, the first-run wizard takes its place."""
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail("no message box expected"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (desk.engine.url.password or "", True))
    monkeypatch.setenv(QUIT_AFTER_START, "1")
    args = argparse.Namespace(demo=False, db=connection_of(desk).url, profile=None, agent=None, lang="sv")
    assert run_gui(args) == 0
    out = capsys.readouterr().out
    assert "shown: Logga in" in out and "ready: Första start" in out


def test_a_remembered_server_that_does_not_answer_opens_the_log_in_with_the_reason(qtbot, monkeypatch):
    """The database of the last log-in is the one the window starts with; when it does not answer, the window
    says why and the agent can choose another."""
    profiles.add_profile("kontor", UNREACHABLE)
    language.settings().setValue("login/connection", "kontor")
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail("no message box expected"))
    seen = []
    earlier, started = _windows_now(), time.monotonic()

    def look() -> None:
        form = _log_in_form(earlier)
        if form is not None and form.testButton.isEnabled():
            seen.append((form.messageLabel.text(), form.connectionCombo.currentText()))
            form.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).click()
            return
        if not _give_up_when(started):
            QTimer.singleShot(100, look)

    QTimer.singleShot(100, look)
    try:
        assert run_gui(argparse.Namespace(demo=False, db=None, profile=None, agent=None, lang="sv")) == 0
    finally:
        language.settings().remove("login/connection")
        profiles.remove_profile("kontor")
    message, chosen = seen[0]
    assert "går inte att nå" in message and chosen.startswith("kontor")


def test_a_new_empty_sqlite_file_given_with_db_is_set_up_and_asks_for_the_first_admin(
        qtbot, monkeypatch, tmp_path, capsys):
    """docs/design.md section 5: an SQLite file is created and migrated on its first start. `touch desk.sqlite3`
    then `mnu-desk --db sqlite:///desk.sqlite3` is such a start: the first-run wizard opens, no wait, no refusal."""
    path = tmp_path / "desk.sqlite3"
    path.touch()
    refused = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: refused.append(text))
    monkeypatch.setenv(QUIT_AFTER_START, "1")
    args = argparse.Namespace(demo=False, db=f"sqlite:///{path}", profile=None, agent=None, lang="sv")
    assert run_gui(args) == 0 and refused == []
    assert "shown: Första start" in capsys.readouterr().out
    desk = Desk.open(f"sqlite:///{path}")
    try:
        assert database.revision(desk) == migrate.head_revision() and agents.agent_count(desk) == 0
    finally:
        desk.dispose()


def test_a_database_without_the_programs_tables_says_in_swedish_who_creates_them(
        qtbot, monkeypatch, fresh_db_url, server, tmp_path):
    """A server database nobody has set up (or an SQLite file holding something else) is not changed by a
    desk: one Swedish message in the log-in window says it is empty and names the command its owner runs."""
    url = fresh_db_url
    if server.backend == "sqlite":
        import sqlite3

        path = tmp_path / "other.sqlite3"
        with sqlite3.connect(path) as other:
            other.execute("create table notes (line text)")
        url = f"sqlite:///{path}"
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail("no message box expected"))
    # a test server's URL may name its user without a password: the start would ask for it and block
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (make_url(url).password or "", True))
    seen = {}
    assert _start_until_opened(argparse.Namespace(demo=False, db=url, profile=None, agent=None, lang="sv"),
                               seen) == 0
    shown = seen["settled"]["message"]
    assert "är tom" in shown and "db upgrade" in shown
    assert "(empty)" not in shown and "Traceback" not in shown
