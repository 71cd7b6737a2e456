"""`mnu-desk` without a command: the Qt application. Chooses the language and the database, shows the log-in window
and opens the database behind it (SQLAlchemy, the engine and the schema check are most of the start, and
need not keep the agent from the window), then the AppController leads on to the main window. A database
that cannot be opened is one plain message in the log-in window, where another one can be chosen.

A new SQLite file (the embedded one on a first start, or a new file given with --db) is opened first, then
its first window is the first-run wizard; a failure there, like a URL that is not one, is one plain message
in a box and exit code 1. Never a traceback."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import __version__
from ..domain.errors import DeskError
from . import language
from .app_icon import APP_ID, application_icon
from .controller import AppController
from .demo_setup import DEMO_LOGINS
from .login_dialog import remembered_connection
from .settings import connection as conn
from .shutdown import close_down
from .startup import Startup
from .widgets.executor import Executor
from .widgets.messages import error_text
from .widgets.style import DeskStyle

EXIT_REFUSED = 1
EXIT_USAGE = 2
# for the frozen build's smoke test (packaging/smoke_test.sh) and the start-up benchmark: say when the first
# window is on the screen ("shown:"), then quit once the database is open too ("ready:"), exit 1 if it failed
QUIT_AFTER_START = "MNU_DESK_QUIT_AFTER_START"


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("mnu-desk")
    app.setOrganizationName("m.nu")
    app.setOrganizationDomain("m.nu")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("mnu-desk")
    app.setWindowIcon(application_icon())
    app.setDesktopFileName(APP_ID)  # Wayland matches the window to packaging/linux's .desktop file by it
    if not isinstance(app.style(), DeskStyle):
        app.setStyle(DeskStyle())
    # between the start-up progress, the log-in and the main window there are moments with no window;
    # the application ends when the agent quits, not then
    app.setQuitOnLastWindowClosed(False)
    return app


def _shown(app: QApplication) -> str:
    return " | ".join(w.windowTitle() or type(w).__name__ for w in app.topLevelWidgets() if w.isVisible())


def _say_shown(app: QApplication) -> None:
    print("shown: " + _shown(app), flush=True)


def _quit_when_ready(app: QApplication, failure: str) -> None:
    """Name the windows on the screen and quit: 0 when there is one and the database opened. Proves that a
    build has every Qt part the first window needs and every part that opens the database, without anyone
    there to close it."""
    shown = _shown(app)
    print("ready: " + (shown if not failure else failure), flush=True)
    app.exit(0 if shown and not failure else EXIT_REFUSED)


def _fatal(text: str) -> None:
    QMessageBox.critical(None, QCoreApplication.translate("App", "mnu-desk cannot start"), text)


def run_gui(args) -> int:
    app = _application()
    language.install(language.choose(getattr(args, "lang", None)))
    if getattr(args, "db", None) and getattr(args, "profile", None):
        _fatal(QCoreApplication.translate("App", "Use --db or --profile, not both."))
        return EXIT_USAGE
    try:
        connection = conn.from_args(args, remembered_connection())
    except DeskError as exc:
        _fatal(error_text(exc))
        return EXIT_REFUSED

    executor = Executor(app)
    demo_logins = DEMO_LOGINS if connection.kind == conn.DEMO else ()
    controller = AppController(executor, connection, None, demo_logins, getattr(args, "agent", None))
    controller.finished.connect(app.exit)
    quit_after_start = bool(os.environ.get(QUIT_AFTER_START))

    def shown() -> None:
        if quit_after_start:
            QTimer.singleShot(0, lambda: _say_shown(app))

    def settled(failure: str = "") -> None:
        if quit_after_start:
            QTimer.singleShot(0, lambda: _quit_when_ready(app, failure))

    if conn.opens_to_first_run(connection):
        startup = _open_then_show(app, executor, connection, controller, shown, settled)
    else:
        startup = _show_then_open(app, executor, connection, controller, settled)
        shown()
    # started from inside the event loop, so that an early exit (a cancelled password prompt) ends it; with the
    # log-in window already shown, after it has been laid out and drawn
    QTimer.singleShot(0, startup.start)
    try:
        code = app.exec()
    finally:
        close_down(app, executor, controller)
    return code


def _show_then_open(app, executor: Executor, connection: conn.Connection, controller: AppController,
                    settled) -> Startup:
    """The log-in window at once; the database opens on the worker behind it, and Log in waits for it."""
    login = controller.show_login()
    startup = Startup(executor, connection, parent=app, window=login.ui)
    if not connection.own_login:  # a desk's server connection opens nothing before the agent's log-in
        login.opening(startup.opening_text())
    startup.note.connect(lambda text: controller.login is not None and controller.login.note(text))

    def ready(_chosen, desk, agent_count, _demo_logins) -> None:
        controller.opened(desk, agent_count)
        settled()

    def failed(text: str) -> None:
        controller.opened(None, None, text)
        settled(text)

    def cancelled() -> None:  # the database password was not given: Log in asks again
        controller.opened(None, None)
        settled()

    startup.ready.connect(ready)
    startup.failed.connect(failed)
    startup.cancelled.connect(cancelled)
    return startup


def _open_then_show(app, executor: Executor, connection: conn.Connection, controller: AppController, shown,
                    settled) -> Startup:
    """A new file: made and migrated first (with a progress dialog when that takes a while), then its first
    window, the first-run wizard."""
    startup = Startup(executor, connection, parent=app)

    def ready(_chosen, desk, agent_count, _demo_logins) -> None:
        controller.desk = desk
        controller.start(agent_count)
        shown()
        settled()

    def failed(text: str) -> None:
        _fatal(text)
        app.exit(EXIT_REFUSED)

    startup.ready.connect(ready)
    startup.failed.connect(failed)
    startup.cancelled.connect(lambda: app.exit(0))
    return startup
