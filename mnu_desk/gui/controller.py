"""The way through the application: the first-run wizard or the log-in, the main window, log out and back to the
log-in, a change of language. It owns the open database and the logged-in agent, and tells whoever started it
when the agent quits (`finished`). The log-in window usually shows before the database is open (`opening`,
then `opened`), so that a start does not wait for SQLAlchemy and the database before the first window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from . import language
from .login_dialog import LoginDialog
from .settings import connection as conn
from .widgets.executor import Executor
from .widgets.uiload import discard

if TYPE_CHECKING:  # imported when first shown: the log-in window comes up without them (and their PDF stack)
    from ..services.context import Actor, Desk
    from .main_window import MainWindow
    from .settings.first_run_wizard import FirstRunWizard


def database_label(connection: conn.Connection, desk: Desk) -> str:
    """How the window title names the database."""
    if connection.kind == conn.DEMO:
        return QCoreApplication.translate("AppController", "demo database")
    if connection.kind == conn.EMBEDDED:
        return QCoreApplication.translate("AppController", "this computer")
    if connection.kind == conn.PROFILE:
        return f"{connection.profile} ({desk.where})"
    return desk.where


class AppController(QObject):
    finished = Signal(int)  # exit code

    def __init__(self, executor: Executor, connection: conn.Connection, desk: Desk | None, demo_logins=(),
                 agent_name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.executor = executor
        self.connection = connection
        self.desk = desk
        self.demo_logins = tuple(demo_logins)
        self.agent_name = agent_name  # --agent: the name the log-in starts with
        self.actor: Actor | None = None
        self.login: LoginDialog | None = None
        self.first_run: FirstRunWizard | None = None
        self.main_window: MainWindow | None = None
        self._released = False

    def start(self, agent_count: int | None, message: str = "") -> None:
        """agent_count None: the database is not open yet (its server did not answer); the log-in says why
        and lets the agent choose another."""
        if agent_count == 0:
            self.show_first_run()
        else:
            self.show_login(message)

    def opened(self, desk: Desk | None, agent_count: int | None, failure: str = "") -> None:
        """The start's outcome: an open database (without agents: the first-run wizard instead of the log-in),
        or none, with the reason when it failed."""
        if self._released:  # the agent quit while it was opening
            if desk is not None:
                desk.dispose()
            return
        if desk is not None:
            self.desk = desk
        if agent_count == 0:
            login, self.login = self.login, None
            if login is not None:
                login.put_away()
            self.show_first_run()
        elif self.login is not None:
            self.login.opened(desk, failure)
        else:
            self.show_login(failure)

    # --- dialogs ------------------------------------------------------------------------------------------

    def show_login(self, message: str = "") -> LoginDialog:
        dialog = LoginDialog(self.executor, self.connection, self.desk, self.demo_logins, self.agent_name,
                             message=message)
        dialog.logged_in.connect(self._logged_in)
        dialog.first_admin_needed.connect(self._first_admin_needed)
        dialog.quit_requested.connect(self.quit)
        dialog.ui.finished.connect(lambda _result, form=dialog.ui: discard(form))
        self.login = dialog
        dialog.ui.show()
        return dialog

    def show_first_run(self) -> None:
        from .settings.first_run_wizard import FirstRunWizard

        wizard = FirstRunWizard(self.executor, self.desk, self.connection.where)
        wizard.logged_in.connect(lambda actor: self._logged_in(self.connection, self.desk, actor))
        wizard.agents_exist.connect(self.show_login)
        wizard.quit_requested.connect(self.quit)
        wizard.finished.connect(lambda _result, form=wizard: discard(form))
        self.first_run = wizard
        wizard.show()

    def _first_admin_needed(self, connection: conn.Connection, desk: Desk) -> None:
        self._use(connection, desk)
        self.show_first_run()

    def _use(self, connection: conn.Connection, desk: Desk) -> None:
        if desk is not self.desk and self.desk is not None:
            self.desk.dispose()
        self.connection, self.desk = connection, desk

    def _logged_in(self, connection: conn.Connection, desk: Desk, actor: Actor) -> None:
        self._use(connection, desk)
        self.actor = actor
        self.login = self.first_run = None
        self._show_main()

    # --- main window --------------------------------------------------------------------------------------

    def _show_main(self, query: str = "", customer_no: str | None = None, tab: int = 0) -> None:
        from .main_window import MainWindow

        window = MainWindow(self.executor, self.desk, self.actor, database_label(self.connection, self.desk))
        window.log_out_requested.connect(self.log_out)
        window.quit_requested.connect(self.quit)
        window.language_requested.connect(self.switch_language)
        self.main_window = window
        window.show()
        if query:
            window.ui.searchEdit.setText(query)
        if customer_no:
            window.open_person(customer_no)
            window.select_tab(tab)

    def log_out(self) -> None:
        if self.main_window is not None:
            self.main_window.dispose()
            self.main_window = None
        self.actor = None
        if self.desk is not None and self.desk.agent_login is not None:
            # connected as the agent's own log-in: the next agent connects as theirs
            self.desk.dispose()
            self.desk = None
        self.show_login()

    def switch_language(self, lang: str) -> None:
        """Windows built from .ui files take their texts when they are built, so the main window is built
        again in the new language, with the same query and the same person open."""
        language.install(lang)
        language.save_language(lang)
        old = self.main_window
        if old is None:
            return
        query = old.ui.searchEdit.text()
        record = old.record
        customer_no = record.customer_no if record is not None else None
        tab = record.ui.tabs.currentIndex() if record is not None else 0
        old.dispose()
        self._show_main(query, customer_no, tab)

    def quit(self) -> None:
        self.release()
        self.finished.emit(0)

    def release(self) -> None:
        """Put the windows away (quit, and the application's close-down after its event loop)."""
        self._released = True
        if self.main_window is not None:
            self.main_window.dispose()
            self.main_window = None
        self.login = self.first_run = None
