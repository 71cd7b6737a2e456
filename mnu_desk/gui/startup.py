"""Opening the database at start: the demo file (made on its first start, docs/design.md section 8), the embedded
file (created and migrated on first start) or a server (which must answer and be at this program's schema). A
failure is one plain message: `failed` carries it.

Usually the log-in window is already on the screen (`window`): it tells what the start is doing and Quit
stops it, the demo's progress is a line in it (`note`). Without a window (a new file, whose first window is
the first-run wizard) a progress dialog the agent can cancel shows when the opening takes a while."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QProgressDialog, QWidget

from .demo_setup import DEMO_CUSTOMERS, DEMO_LOGINS, DemoCancelled, prepare_demo_database
from .plain_imports import load_database_modules
from .settings import connection as conn
from .widgets.executor import Executor
from .widgets.messages import error_text
from .widgets.uiload import discard


def _prepare_demo(job, path, customers: int) -> conn.Opened:
    # a demo made earlier is checked with the agents, the settings and the signing key (the ORM models)
    load_database_modules("sqlite", "mnu_desk.services.agents", "mnu_desk.services.settings",
                          "mnu_desk.services.keys")
    desk = prepare_demo_database(path, customers, progress=job.report, cancel=job)
    return conn.Opened(desk, 1)  # the demo always has its agents


def _open(connection: conn.Connection, password: str | None) -> conn.Opened:
    load_database_modules(connection.backend)
    return conn.open_connection(connection, password)


class Startup(QObject):
    ready = Signal(object, object, object, object)  # Connection, Desk, agent count (None: not opened), demo log-ins
    failed = Signal(str)
    cancelled = Signal()
    note = Signal(str)  # what the start is doing, for the window already shown

    def __init__(self, executor: Executor, connection: conn.Connection, demo_customers: int = DEMO_CUSTOMERS,
                 parent: QObject | None = None, window: QWidget | None = None) -> None:
        super().__init__(parent)
        self._executor = executor
        self.connection = connection
        self._demo_customers = demo_customers
        self._window = window
        self.progress: QProgressDialog | None = None
        self._job = None
        self._cancelled = False

    def opening_text(self) -> str:
        if self.connection.kind == conn.DEMO:
            return (self.tr("Preparing the demo database with %1 generated customers…")
                    .replace("%1", str(self._demo_customers)))
        return self.tr("Connecting to %1…").replace("%1", self.connection.where)

    def start(self) -> None:
        if self.connection.kind == conn.DEMO:
            self._open_demo()
            return
        if self.connection.own_login:
            # a desk's server connection: nothing can be opened before the agent's own log-in is typed
            self.ready.emit(self.connection, None, None, ())
            return
        password = conn.stored_password(self.connection)
        if self.connection.needs_password_prompt(password):
            text, ok = QInputDialog.getText(self._window, self.tr("Database password"),
                                            self.tr("Password for the database at %1:")
                                            .replace("%1", self.connection.where), QLineEdit.EchoMode.Password)
            if not ok:
                self.cancelled.emit()
                return
            password = text or None
        self._show_progress(self.opening_text(), 0)
        self._job = self._executor.submit(_open, self.connection, password, owner=self,
                                          on_result=self._opened, on_error=self._failed)

    def _open_demo(self) -> None:
        from ..paths import demo_database_path

        self._show_progress(self.opening_text(), 0)
        self._job = self._executor.submit(_prepare_demo, demo_database_path(), self._demo_customers,
                                          pass_job=True, owner=self, on_result=self._opened,
                                          on_error=self._failed, on_progress=self._progressed)

    def _show_progress(self, text: str, maximum: int) -> None:
        if self._window is not None:
            self.note.emit(text)
            return
        dialog = QProgressDialog(text, self.tr("Cancel"), 0, maximum)
        dialog.setWindowTitle("mnu-desk")
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(400)  # an existing database opens without a flash of a dialog
        dialog.setMinimumWidth(420)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self._cancel)
        self.progress = dialog

    def _progressed(self, done: int, total: int) -> None:
        if self._window is not None and done > 0:
            self.note.emit(self.tr("Preparing the demo database: %1 of %2 generated customers…")
                           .replace("%1", str(done)).replace("%2", str(total)))
        # a busy indicator until the first batch is in: progress comes per batch of thousands
        if self.progress is not None and done > 0:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(done)

    def _cancel(self) -> None:
        self._cancelled = True
        if self._job is not None:
            self._job.cancel()
        if self.connection.kind != conn.DEMO:
            # a server that does not answer would keep the agent waiting for its timeout: leave now
            self._close_progress()
            self.cancelled.emit()

    def _cancel_done(self) -> None:
        """The worker has stopped after a cancel; a server connection was already given up in _cancel."""
        if self.connection.kind == conn.DEMO:
            self.cancelled.emit()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._cancel)
            discard(self.progress)
            self.progress = None

    def _opened(self, opened: conn.Opened) -> None:
        self._close_progress()
        if self._cancelled:
            opened.desk.dispose()
            self._cancel_done()
            return
        demo = DEMO_LOGINS if self.connection.kind == conn.DEMO else ()
        self.ready.emit(self.connection, opened.desk, opened.agents, demo)

    def _failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, DemoCancelled) or self._cancelled:
            self._cancel_done()
            return
        self.failed.emit(error_text(exc))
