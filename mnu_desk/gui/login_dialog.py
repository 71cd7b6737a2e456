"""The log-in (docs/design.md section 6): agent name, password and which database. Checking the password is slow on
purpose (argon2id) and a server can be slow to answer, so both run on the executor's worker while the dialog
stays responsive. Each refusal gets its own plain message: no such agent, wrong password, locked agent,
unreachable database.

At start the window shows before its database is open (gui/app.py): name and password can be typed at once,
and a Log in pressed meanwhile goes ahead as soon as the database is open (`opening`, `opened`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLineEdit,
    QTableWidgetItem,
    QWidget,
)

from ..domain.errors import AgentLocked, AuthenticationFailed, DatabaseUnavailable, DeskError
from .language import settings
from .plain_imports import plain_imports
from .settings import connection as conn
from .widgets import formatting as fmt
from .widgets import messages
from .widgets.executor import Executor
from .widgets.uiload import discard, load_ui

if TYPE_CHECKING:  # the profiles window is imported when opened: the log-in window comes up without it
    from ..services.context import Actor, Desk  # nor SQLAlchemy, loaded on the worker as the database opens
    from .settings.profiles_dialog import ProfilesDialog

_LAST_AGENT = "login/agent"
_LAST_CONNECTION = "login/connection"


@dataclass
class _Outcome:
    """What a log-in attempt found; the desk is kept even when the password was wrong, so the next attempt
    does not connect again."""

    desk: Desk | None  # None: a refused log-in as the agent's own database log-in
    actor: Actor | None
    no_agents: bool
    refusal: DeskError | None


def _authenticate(desk: Desk, name: str, password: str) -> Actor:
    with plain_imports():  # argon2 and the ORM models: loaded at the first log-in, not for the window
        from ..services import agents

    return agents.authenticate(desk, name, password)


def _attempt(connection: conn.Connection, desk: Desk | None, db_password: str | None, name: str,
             password: str) -> _Outcome:
    """On the worker, where the connection's timeout (db/engine.py) bounds the wait for a server."""
    if connection.own_login:
        return _attempt_own_login(connection, name, password)
    if desk is None:
        opened = conn.open_connection(connection, db_password)
        desk = opened.desk
        if opened.agents == 0:
            return _Outcome(desk, None, True, None)
    try:
        return _Outcome(desk, _authenticate(desk, name, password), False, None)
    except DeskError as exc:
        return _Outcome(desk, None, False, exc)


def _attempt_own_login(connection: conn.Connection, name: str, password: str) -> _Outcome:
    """A desk's server connection: the agent's name and password are the database log-in's, and the server
    checks them (docs/design.md "Who the database trusts"). A connection is never reused for a later log-in:
    the server checks each one."""
    try:
        desk = conn.open_own_login(connection, name, password)
    except (AuthenticationFailed, AgentLocked) as exc:
        return _Outcome(None, None, False, exc)
    try:
        return _Outcome(desk, _authenticate(desk, name, password), False, None)
    except DeskError as exc:
        desk.dispose()
        return _Outcome(None, None, False, exc)
    except BaseException:
        desk.dispose()
        raise


def connection_label(connection: conn.Connection) -> str:
    if connection.kind == conn.EMBEDDED:
        return QCoreApplication.translate("LoginDialog", "This computer (embedded database)")
    if connection.kind == conn.DEMO:
        return QCoreApplication.translate("LoginDialog", "Demo database on this computer")
    if connection.kind == conn.PROFILE:
        return f"{connection.profile} – {connection.where}"
    return connection.where


def remembered_connection() -> str | None:
    """The database the agent last logged in to: a profile's name or "embedded"."""
    value = settings().value(_LAST_CONNECTION, None)
    return str(value) if value else None


class LoginDialog(QObject):
    logged_in = Signal(object, object, object)    # Connection, Desk, Actor
    first_admin_needed = Signal(object, object)   # Connection, Desk (a database without agents)
    quit_requested = Signal()

    def __init__(self, executor: Executor, connection: conn.Connection, desk: Desk | None,
                 demo_logins=(), agent_name: str | None = None, message: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("login.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._demo = bool(demo_logins)
        self._desks: dict[conn.Connection, Desk] = {connection: desk} if desk is not None else {}
        self._initial = connection
        self._busy = False
        self._opening = False  # the start is still opening the first database (gui/startup.py)
        self._pending = False  # Log in was pressed meanwhile
        self._usable = True  # False: the demo database could not be made, and there is no other to choose
        ui = self.ui

        font = ui.headingLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        ui.headingLabel.setFont(font)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log in"))
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Quit"))
        ui.buttonBox.accepted.connect(self.log_in)
        ui.buttonBox.rejected.connect(self._quit)
        ui.rejected.connect(self._quit)  # Escape and the window's close button
        ui.testButton.clicked.connect(self.test_connection)
        ui.connectionCombo.currentIndexChanged.connect(lambda _i: self._show(ui.testResultLabel, ""))
        for label in (ui.testResultLabel, ui.messageLabel):
            label.hide()

        ui.manageButton.clicked.connect(self.manage_connections)
        ui.manageButton.setVisible(not self._demo)
        self._fill_choices(connection)
        ui.connectionCombo.setEnabled(not self._demo)

        self._fill_demo(demo_logins)
        remembered = agent_name or ("" if self._demo else settings().value(_LAST_AGENT, ""))
        ui.agentEdit.setText(str(remembered or ""))
        (ui.passwordEdit if remembered else ui.agentEdit).setFocus()
        if message:
            self._show(ui.messageLabel, message)
        ui.adjustSize()

    def _fill_choices(self, selected: conn.Connection) -> None:
        combo = self.ui.connectionCombo
        combo.blockSignals(True)
        combo.clear()
        self._choices = [self._initial] if self._demo else conn.choices(self._initial)
        for choice in self._choices:
            combo.addItem(connection_label(choice))
            combo.setItemData(combo.count() - 1, choice.where, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(self._choices.index(selected) if selected in self._choices else 0)
        combo.blockSignals(False)

    def manage_connections(self) -> ProfilesDialog:
        """The profiles window over the log-in; the list of databases follows what was changed there."""
        from .settings.profiles_dialog import ProfilesDialog

        dialog = ProfilesDialog(self._executor, self.ui)
        dialog.changed.connect(lambda: self._fill_choices(self.selected()))
        dialog.ui.finished.connect(lambda _result, form=dialog.ui: discard(form))
        dialog.ui.open()
        return dialog

    def _fill_demo(self, demo_logins) -> None:
        ui = self.ui
        ui.demoBox.setVisible(self._demo)
        if not self._demo:
            return
        table = ui.demoTable
        table.setRowCount(len(demo_logins))
        for row, login in enumerate(demo_logins):
            for column, value in enumerate((login.name, fmt.word("role", login.role), login.password)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (login.name, login.password))
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # all log-ins visible at once: the table is exactly as tall as its rows
        table.setFixedHeight(table.verticalHeader().length() + table.horizontalHeader().sizeHint().height()
                             + 2 * table.frameWidth() + 2)
        table.itemDoubleClicked.connect(self._use_demo_login)

    def _use_demo_login(self, item: QTableWidgetItem) -> None:
        name, password = item.data(Qt.ItemDataRole.UserRole)
        self.ui.agentEdit.setText(name)
        self.ui.passwordEdit.setText(password)
        self.log_in()

    # --- state --------------------------------------------------------------------------------------------

    def selected(self) -> conn.Connection:
        return self._choices[max(0, self.ui.connectionCombo.currentIndex())]

    def _show(self, label, text: str, style: str = messages.ERROR_STYLE) -> None:
        """A message line appears or changes: the dialog grows with it instead of squeezing the rest (a
        wrapped label's height is not part of the dialog's minimum size)."""
        messages.show(label, text, style)
        self.ui.adjustSize()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self._enable()
        if text:
            self._show(self.ui.messageLabel, text, messages.NOTE_STYLE)

    def _enable(self) -> None:
        """While the first database opens, the log-in can be typed and pressed; the choice of database and
        what works on it (test, manage) wait for it."""
        ui, busy, waiting = self.ui, self._busy, self._busy or self._opening
        for widget in (ui.agentEdit, ui.passwordEdit):
            widget.setEnabled(not busy)
        for widget in (ui.demoTable, ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)):
            widget.setEnabled(not busy and self._usable)
        for widget in (ui.testButton, ui.manageButton):
            widget.setEnabled(not waiting)
        ui.connectionCombo.setEnabled(not waiting and not self._demo)

    # --- the start opening the first database ---------------------------------------------------------------

    def opening(self, text: str) -> None:
        """Shown before the database is open: a log-in waits for `opened`."""
        self._opening = True
        self._enable()
        self.note(text)

    def note(self, text: str) -> None:
        """What the start is doing (connecting, the demo's progress)."""
        if self._opening:
            self._show(self.ui.messageLabel, text, messages.NOTE_STYLE)

    def opened(self, desk: Desk | None, failure: str = "") -> None:
        """The start is over: the database is open, or not (`failure` says why, else nothing was opened, as for
        a cancelled password), in which case Log in opens it, or another one chosen."""
        if not self._opening:
            return
        self._opening = False
        if desk is not None:
            self._desks[self._initial] = desk
        pending, self._pending = self._pending, False
        self._usable = not (failure and self._demo)
        self._set_busy(False)
        self._show(self.ui.messageLabel, failure)
        if pending and not failure:
            self.log_in()

    def put_away(self) -> None:
        """Closed without quitting: the database had no agents, the first-run wizard comes instead."""
        self._finish(self._initial)

    def _db_password(self, connection: conn.Connection) -> tuple[bool, str | None]:
        """(go on, password). A server password comes from the environment or keyring, else the agent; a
        desk's connection as the agent's own log-in takes the agent's password."""
        if connection in self._desks or connection.own_login:
            return True, None
        known = conn.stored_password(connection)
        if not connection.needs_password_prompt(known):
            return True, known
        text, ok = QInputDialog.getText(self.ui, self.tr("Database password"),
                                        self.tr("Password for the database at %1:").replace("%1", connection.where),
                                        QLineEdit.EchoMode.Password)
        return ok, (text or None)

    # --- log in -------------------------------------------------------------------------------------------

    def log_in(self) -> None:
        if self._busy or not self._usable:
            return
        ui = self.ui
        name, password = ui.agentEdit.text().strip(), ui.passwordEdit.text()
        if not name:
            self._show(ui.messageLabel, self.tr("Enter your agent name."))
            ui.agentEdit.setFocus()
            return
        if not password:
            self._show(ui.messageLabel, self.tr("Enter your password."))
            ui.passwordEdit.setFocus()
            return
        if self._opening:  # goes ahead when the database is open
            self._pending = True
            self._set_busy(True, self.tr("Logging in…"))
            return
        connection = self.selected()
        go_on, db_password = self._db_password(connection)
        if not go_on:
            return
        self._set_busy(True, self.tr("Logging in…"))
        self._executor.submit(_attempt, connection, self._desks.get(connection), db_password, name, password,
                              owner=self, on_result=lambda outcome: self._answered(connection, outcome),
                              on_error=self._failed)

    def _answered(self, connection: conn.Connection, outcome: _Outcome) -> None:
        self._set_busy(False)
        if outcome.desk is not None:
            self._desks[connection] = outcome.desk
        ui = self.ui
        if outcome.no_agents:
            self._finish(connection)
            self.first_admin_needed.emit(connection, outcome.desk)
            return
        if outcome.refusal is not None:
            self._refused(outcome.refusal)
            return
        if not self._demo:
            settings().setValue(_LAST_AGENT, outcome.actor.name)
            settings().setValue(_LAST_CONNECTION, connection.key)
        self._show(ui.messageLabel, "")
        self._finish(connection)
        self.logged_in.emit(connection, outcome.desk, outcome.actor)

    def _refused(self, exc: DeskError) -> None:
        ui = self.ui
        text = messages.error_text(exc)
        if isinstance(exc, AgentLocked):
            text += " " + self.tr("An administrator can tell you more; the lock ends by itself.")
        elif isinstance(exc, AuthenticationFailed):
            text += " " + self.tr("After 5 wrong passwords the agent is locked for 15 minutes.")
        self._show(ui.messageLabel, text)
        ui.passwordEdit.clear()
        ui.passwordEdit.setFocus()  # the service does not say whether the name or the password was wrong

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        text = messages.error_text(exc)
        if isinstance(exc, DatabaseUnavailable):
            text += " " + self.tr("Check the network, or choose another database.")
        self._show(self.ui.messageLabel, text)

    def _finish(self, chosen: conn.Connection) -> None:
        """Close without quitting; every other database this dialog opened is let go."""
        for connection, desk in list(self._desks.items()):
            if connection != chosen and connection != self._initial:
                desk.dispose()
        self.ui.rejected.disconnect(self._quit)
        self.ui.accept()

    def _quit(self) -> None:
        self.quit_requested.emit()

    # --- test connection ----------------------------------------------------------------------------------

    def test_connection(self) -> None:
        connection = self.selected()
        go_on, db_password = self._db_password(connection)
        if not go_on:
            return
        if connection.own_login:
            # a desk's connection has no user of its own: the test logs in as the agent typed in
            name, password = self.ui.agentEdit.text().strip(), self.ui.passwordEdit.text()
            if not name or not password:
                self._show(self.ui.testResultLabel, self.tr("Enter your agent name and password: this "
                                                            "database is reached with your own log-in."))
                return
            connection, db_password = conn.as_agent(connection, name), password
        elif connection in self._desks and db_password is None:
            db_password = self._desks[connection].engine.url.password
        self.ui.testButton.setEnabled(False)
        self._show(self.ui.testResultLabel, self.tr("Connecting to %1…").replace("%1", connection.where),
                      messages.NOTE_STYLE)
        self._executor.submit(conn.probe, connection, db_password, owner=self,
                              on_result=lambda info: self._tested(connection, info),
                              on_error=self._test_failed)

    def _tested(self, connection: conn.Connection, info: conn.ServerInfo) -> None:
        from .settings.profiles_dialog import tested_text

        self.ui.testButton.setEnabled(not self._busy)
        self._show(self.ui.testResultLabel,
                   *tested_text(info, embedded=connection.kind in (conn.EMBEDDED, conn.DEMO)))

    def _test_failed(self, exc: BaseException) -> None:
        self.ui.testButton.setEnabled(not self._busy)
        self._show(self.ui.testResultLabel, messages.error_text(exc))
