"""The log-in window on a shared server (docs/design.md "Who the database trusts"): a desk's connection names host
and database without a user, and the window connects as the agent's own database log-in with the password the
agent types, which the server checks. Nothing is opened before the log-in, and no database password is asked."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import URL, create_engine
from sqlalchemy.exc import DBAPIError

from mnu_desk.gui.controller import AppController
from mnu_desk.gui.settings import connection as conn
from mnu_desk.gui.startup import Startup
from mnu_desk.gui.widgets.uiload import discard
from mnu_desk.services import agents

from .conftest import desk_profile_url
from .factories import add_person
from .test_gui_helpers import WAIT_MS
from .test_gui_login import log_in, ok_button

ANNA = "anna-password-1"


@pytest.fixture
def desk_connection(server, desk, admin, monkeypatch):
    """The connection a desk's profile gives: the server and the database, no user."""
    if server.backend == "sqlite":
        pytest.skip("database log-ins exist on PostgreSQL and MariaDB")
    agents.add_agent(desk, admin, "anna", "agent", ANNA)
    add_person(desk)

    def no_prompt(*args, **kwargs):
        raise AssertionError("a desk's connection asks no database password: the agent's is the log-in's")

    monkeypatch.setattr(QInputDialog, "getText", no_prompt)
    bare = desk_profile_url(desk)
    return conn.Connection(conn.URL, bare)


@pytest.fixture
def controller(qtbot, executor, swedish, desk_connection):
    startup = Startup(executor, desk_connection)
    with qtbot.waitSignal(startup.ready, timeout=WAIT_MS) as ready:
        startup.start()
    chosen, opened, count, _demo = ready.args
    assert opened is None and count is None  # nothing to open before the agent's own log-in
    handle = AppController(executor, chosen, opened, (), None)
    handle.start(count)
    yield handle
    login = handle.login
    handle.release()
    # the worker idle first: a search that comes late would connect again after the desk is disposed
    assert executor.shutdown(30_000), "the worker did not finish"
    if login is not None and shiboken6.isValid(login.ui):
        login.ui.rejected.disconnect()
        discard(login.ui)
    if handle.desk is not None:
        handle.desk.dispose()


def server_checks_passwords(desk) -> bool:
    """Whether the server checks a log-in's password. A PostgreSQL whose pg_hba.conf says `trust` for the host
    lets any password in (README, "Setting up a shared server": the DBA sets scram-sha-256); the desk cannot
    check a password the server does not."""
    engine = create_engine(URL.create(desk.engine.url.drivername, username=desk.login_name("anna"),
                                      password="not-annas-password", host=desk.engine.url.host,
                                      port=desk.engine.url.port, database=desk.engine.url.database,
                                      query=desk.engine.url.query))
    try:
        with engine.connect():
            return False
    except DBAPIError:
        return True
    finally:
        engine.dispose()


def logged_in(qtbot, controller, name: str, password: str) -> None:
    """Type and press Log in; the window closes and the main window opens."""
    dialog = controller.login
    dialog.ui.agentEdit.setText(name)
    dialog.ui.passwordEdit.setText(password)
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)


def test_an_agent_logs_in_as_their_own_database_login_and_searches(qtbot, desk, controller):
    dialog = controller.login
    if server_checks_passwords(desk):
        assert "Fel handläggarnamn eller lösenord" in log_in(qtbot, dialog, "anna", "not-annas-password")
    assert "Fel handläggarnamn eller lösenord" in log_in(qtbot, dialog, "nobody", ANNA)
    assert controller.main_window is None
    logged_in(qtbot, controller, "anna", ANNA)
    assert controller.desk.agent_login == desk.login_name("anna")
    assert controller.desk.engine.url.username == desk.login_name("anna")
    window = controller.main_window
    qtbot.keyClicks(window.ui.searchEdit, "ostberg")
    model = window.search.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.customer_no(0) == "100001", timeout=WAIT_MS)


def test_logging_out_closes_the_agents_connection(qtbot, desk, controller):
    """The next agent at the desk connects as theirs: the server checks the password again."""
    logged_in(qtbot, controller, "anna", ANNA)
    controller.log_out()
    assert controller.desk is None
    if server_checks_passwords(desk):
        assert "Fel handläggarnamn eller lösenord" in log_in(qtbot, controller.login, "anna", "a-guess")
        assert controller.main_window is None


def test_test_connection_logs_in_as_the_typed_agent(qtbot, controller):
    dialog = controller.login
    dialog.ui.agentEdit.clear()
    dialog.test_connection()
    assert "din egen inloggning" in dialog.ui.testResultLabel.text()
    dialog.ui.agentEdit.setText("anna")
    dialog.ui.passwordEdit.setText(ANNA)
    dialog.test_connection()
    qtbot.waitUntil(lambda: "(aktuell)" in dialog.ui.testResultLabel.text(), timeout=WAIT_MS)
