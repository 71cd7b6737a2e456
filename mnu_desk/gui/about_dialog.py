"""Help > About: the version, the database this desk works on (backend, server, schema revision, database id),
where passwords are kept, and the licence. What an agent reads out when the support of the desk asks "which
version, which database?". The facts come from the services on the worker: asking the server and the keyring
can take a moment, and the dialog is there at once meanwhile."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, qVersion
from PySide6.QtWidgets import QWidget

from .. import __version__
from ..services import credentials, database, keys
from ..services.context import Desk
from .app_icon import application_icon
from .widgets import messages
from .widgets.executor import Executor
from .widgets.uiload import discard, load_ui


def keyring_facts() -> tuple[str, bool]:
    """On the worker: the first call makes keyring look for its backends, which may ask the session bus."""
    return credentials.backend_name(), credentials.is_secure()


def signing_key_facts(desk: Desk) -> tuple[keys.KeyInfo | None, bool]:
    """On the worker: the active key, and whether this computer signs on a token."""
    return keys.active_key_info(desk), keys.signs_on_token(desk)


class AboutDialog(QObject):
    def __init__(self, executor: Executor, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("about.ui", parent)
        self.setParent(self.ui)
        ui = self.ui
        ui.iconLabel.setPixmap(application_icon().pixmap(64, 64))
        font = ui.headingLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        ui.headingLabel.setFont(font)
        ui.headingLabel.setText(f"mnu-desk {__version__}")
        ui.versionLabel.setText(__version__)
        ui.databaseLabel.setText(desk.where)
        waiting = self.tr("Asking the database…")
        for label in (ui.serverLabel, ui.schemaLabel, ui.databaseIdLabel, ui.keyringLabel, ui.signingKeyLabel):
            label.setText(waiting)
        ui.keyringWarningLabel.hide()
        ui.platformLabel.setText(f"Python {platform.python_version()}, Qt {qVersion()}, "
                                 f"Qt for Python {pyside_version}")
        ui.buttonBox.rejected.connect(ui.reject)
        ui.finished.connect(lambda _result: discard(ui))
        # two questions: a database that does not answer must not hide where passwords are kept. The window
        # itself owns the answers: once it is closed (and deleted) a late answer is dropped, not shown in it
        executor.submit(database.server_info, desk, owner=ui, on_result=self._show_server,
                        on_error=self._show_error)
        executor.submit(signing_key_facts, desk, owner=ui, on_result=self._show_signing_key,
                        on_error=self._show_signing_key_error)
        executor.submit(keyring_facts, owner=ui, on_result=self._show_keyring,
                        on_error=lambda exc: ui.keyringLabel.setText(messages.error_text(exc)))

    def _show_server(self, server: database.ServerInfo) -> None:
        ui = self.ui
        ui.serverLabel.setText(f"{server.server_version} ({server.backend})")
        if server.current:
            ui.schemaLabel.setText(self.tr("%1 (up to date)").replace("%1", server.revision or ""))
        else:
            ui.schemaLabel.setText(self.tr("%1; this program needs %2").replace(
                "%1", server.revision or self.tr("none")).replace("%2", server.head))
            ui.schemaLabel.setStyleSheet(messages.ERROR_STYLE)
        ui.databaseIdLabel.setText(server.database_id or self.tr("none yet"))
        self._fit()

    def _show_signing_key(self, facts: tuple[keys.KeyInfo | None, bool]) -> None:
        info, on_token = facts
        label = self.ui.signingKeyLabel
        if on_token:
            label.setText(self.tr("On this computer's token"))
        elif info is None:
            label.setText(self.tr("none yet"))
        elif info.trial:
            # docs/design.md "Signing key": said in red
            label.setText(self.tr("A trial key (PKCS#12 in the database)"))
            label.setStyleSheet(messages.ERROR_STYLE)
        else:
            label.setText(self.tr("On a token (%1)").replace("%1", info.token or ""))
        self._fit()

    def _show_signing_key_error(self, exc: BaseException) -> None:
        self.ui.signingKeyLabel.setText(messages.error_text(exc))
        self._fit()

    def _show_keyring(self, facts: tuple[str, bool]) -> None:
        backend, secure = facts
        ui = self.ui
        ui.keyringLabel.setText(backend if secure else self.tr("%1 (not encrypted)").replace("%1", backend))
        # said plainly (docs/design.md section 6): a database password saved there is not protected
        ui.keyringWarningLabel.setVisible(not secure)
        if not secure:
            ui.keyringLabel.setStyleSheet(messages.ERROR_STYLE)
            ui.keyringWarningLabel.setStyleSheet(messages.ERROR_STYLE)
        self._fit()

    def _show_error(self, exc: BaseException) -> None:
        ui = self.ui
        ui.schemaLabel.setText("–")
        ui.databaseIdLabel.setText("–")
        ui.serverLabel.setText(messages.error_text(exc))
        ui.serverLabel.setStyleSheet(messages.ERROR_STYLE)
        self._fit()

    def _fit(self) -> None:
        # a wrapped label that got a longer text asks for more height; the dialog grows to give it
        self.ui.adjustSize()

    def show(self) -> None:
        self.ui.show()
        self.ui.raise_()
        self.ui.activateWindow()
