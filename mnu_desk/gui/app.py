"""`mnu-desk` without a command: the Qt application. Chooses the language and the database, opens it (showing
progress), then hands over to the AppController for log-in and the main window. A failure at start is one
plain message in a box and exit code 1, never a traceback."""

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
from .login_dialog import remembered_connection
from .settings import connection as conn
from .shutdown import close_down
from .startup import Startup
from .widgets.executor import Executor
from .widgets.messages import error_text
from .widgets.style import DeskStyle

EXIT_REFUSED = 1
EXIT_USAGE = 2
# for the frozen build's smoke test (packaging/smoke_test.sh): quit once the first window is on the screen
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


def _quit_when_shown(app: QApplication) -> None:
    """Name the windows on the screen and quit: 0 when there is one. Proves that a build has every Qt part
    the first window needs, without anyone there to close it."""
    shown = [w.windowTitle() or type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()]
    print("shown: " + " | ".join(shown), flush=True)
    app.exit(0 if shown else EXIT_REFUSED)


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
        remembered = connection.kind == conn.PROFILE and not getattr(args, "profile", None)
    except DeskError as exc:
        _fatal(error_text(exc))
        return EXIT_REFUSED

    executor = Executor(app)
    startup = Startup(executor, connection)
    state: dict[str, object] = {}

    def ready(chosen, desk, agent_count, demo_logins, message: str = "") -> None:
        controller = AppController(executor, chosen, desk, demo_logins, getattr(args, "agent", None))
        controller.finished.connect(app.exit)
        state["controller"] = controller
        controller.start(agent_count, message)
        if os.environ.get(QUIT_AFTER_START):
            QTimer.singleShot(0, lambda: _quit_when_shown(app))

    def failed(text: str) -> None:
        if remembered:
            # the database of the last log-in, not one asked for: let the agent choose another one
            ready(connection, None, None, (), message=text)
            return
        _fatal(text)
        app.exit(EXIT_REFUSED)

    startup.ready.connect(ready)
    startup.failed.connect(failed)
    startup.cancelled.connect(lambda: app.exit(0))
    # started from inside the event loop, so that an early exit (a cancelled password prompt) ends it
    QTimer.singleShot(0, startup.start)
    try:
        code = app.exec()
    finally:
        close_down(app, executor, state.pop("controller", None))
    return code
