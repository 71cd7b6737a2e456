"""The first start on a database without agents (docs/design.md sections 6 and 7): the wizard creates the first
administrator and logs them in, takes the company's details for letters and the signing key, then the main
window opens. Each step is stored when the admin goes on (one transaction each, on the executor's worker), so
nothing typed is lost if the desk is closed half-way; once the administrator exists, Cancel becomes "Later"
and opens the desk, the rest being in Settings."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from ...domain.errors import DeskError, PermissionDenied
from ...services import agents, settings
from ...services.context import Actor, Desk
from ..widgets import messages
from ..widgets.executor import Executor
from ..widgets.uiload import load_ui
from .company_form import CompanyForm
from .signing_key_panel import SigningKeyPanel

ADMIN_PAGE, COMPANY_PAGE, KEY_PAGE = range(3)


def _create_and_log_in(desk: Desk, name: str, password: str) -> Actor:
    """On the worker."""
    agents.add_agent(desk, None, name, "admin", password)
    return agents.authenticate(desk, name, password)


class _Page(QWizardPage):
    """A wizard page around a form from ui/, with a line for what went wrong."""

    def __init__(self, content: QWidget, title: str, subtitle: str) -> None:
        super().__init__()
        self.setTitle(title)
        self.setSubTitle(subtitle)
        layout = QVBoxLayout(self)
        content.setParent(self)
        if content.layout() is not None:
            content.layout().setContentsMargins(0, 0, 0, 0)
        layout.addWidget(content)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        messages.show(self.message, "")


class FirstRunWizard(QWizard):
    logged_in = Signal(object)        # Actor
    agents_exist = Signal()           # another desk created the first admin meanwhile: log in instead
    quit_requested = Signal()

    def __init__(self, executor: Executor, desk: Desk, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunWizard")
        self._executor = executor
        self._desk = desk
        self.actor: Actor | None = None
        self._busy = False
        self._passed: int | None = None   # the page whose work the worker has just done
        self._to_login = False
        self._finishing = False          # Finish asked for the key the page holds
        self.setWindowTitle(self.tr("First start – mnu-desk"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setMinimumWidth(620)

        self.admin = load_ui("first_run_admin.ui")
        messages.show(self.admin.databaseLabel, self.tr("Database: %1").replace("%1", where), messages.NOTE_STYLE)
        self.company = CompanyForm()
        self.key = SigningKeyPanel(executor, desk, None)
        self.key.key_changed.connect(self._key_stored)
        self.key.busy_changed.connect(self._set_busy)
        self.key.failed.connect(self._key_failed)
        admin_page = _Page(self.admin, self.tr("The first administrator"),
                           self.tr("Step 1 of 3: who sets up the desk."))
        admin_page.setCommitPage(True)  # the administrator exists once created: no way back to undo it
        self.setPage(ADMIN_PAGE, admin_page)
        self.setPage(COMPANY_PAGE, _Page(self.company.ui, self.tr("The company"),
                                         self.tr("Step 2 of 3: the sender of every letter and extract, and "
                                                 "the end of the fiscal year, which sets how long "
                                                 "bookkeeping records are kept.")))
        self.setPage(KEY_PAGE, _Page(self.key.ui, self.tr("The signing key"),
                                     self.tr("Step 3 of 3: register extracts are signed with the company's "
                                             "key. Import the company's certificate, create a trial key, or "
                                             "finish and do it later under Settings.")))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create administrator"))
        self.rejected.connect(self._cancelled)
        self.accepted.connect(lambda: self.logged_in.emit(self.actor))
        self.admin.nameEdit.setFocus()

    # --- going on: each page's work runs on the worker; the page is left when it is done --------------------

    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if self._busy:
            return False
        if self._passed == page:
            self._passed = None
            return True
        if page == ADMIN_PAGE:
            self._create_admin()
        elif page == COMPANY_PAGE:
            self._run(settings.change_many, self._desk, self.actor, self.company.values())
        elif page == KEY_PAGE:
            if not self.key.has_pending():
                return True  # no key now: Settings has the same panel
            self._finishing = True
            self.key.submit_pending()
        return False

    def _create_admin(self) -> None:
        ui = self.admin
        name, password, repeat = ui.nameEdit.text().strip(), ui.passwordEdit.text(), ui.repeatEdit.text()
        if not name:
            self._message(self.tr("Enter a name for the administrator."))
            ui.nameEdit.setFocus()
            return
        if password != repeat:
            self._message(self.tr("The two passwords differ; type them again."))
            ui.passwordEdit.clear()
            ui.repeatEdit.clear()
            ui.passwordEdit.setFocus()
            return
        self._message(self.tr("Creating the administrator…"), messages.NOTE_STYLE)
        self._run(_create_and_log_in, self._desk, name, password, on_result=self._admin_created)

    def _run(self, fn, *args, on_result=None) -> None:
        page = self.currentId()

        def done(value) -> None:
            self._set_busy(False)
            if on_result is not None:
                on_result(value)
            self._message("")
            self._passed = page
            self.next()

        self._set_busy(True)
        self._executor.submit(fn, *args, owner=self, on_result=done, on_error=self._refused)

    def _admin_created(self, actor: Actor) -> None:
        self.actor = actor
        self.key.actor = actor
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("&Later"))
        self._executor.submit(settings.load, self._desk, owner=self, on_result=self.company.fill)

    def _key_stored(self, _info) -> None:
        """A key made by Finish ends the wizard; one made by the panel's own button leaves the admin on the
        page to read that it worked."""
        if self._finishing and self.currentId() == KEY_PAGE:
            self._passed = KEY_PAGE
            self.accept()

    def _key_failed(self) -> None:
        self._finishing = False

    def _refused(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, PermissionDenied) and self.actor is None:
            # the service's own words speak of --agent; here the way on is the log-in dialog
            self._to_login = True
            self.reject()
            self.agents_exist.emit()
            return
        self._message(messages.error_text(exc))
        if isinstance(exc, DeskError) and self.currentId() == ADMIN_PAGE:
            self.admin.passwordEdit.setFocus()

    def _cancelled(self) -> None:
        if self._to_login:
            return
        if self.actor is not None:
            self.logged_in.emit(self.actor)  # "Later": the administrator exists and works on
        else:
            self.quit_requested.emit()

    # --- state --------------------------------------------------------------------------------------------

    def message(self) -> str:
        return self.currentPage().message.text()

    def _message(self, text: str, style: str = messages.ERROR_STYLE) -> None:
        messages.show(self.currentPage().message, text, style)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.currentPage().setEnabled(not busy)
        # Back is the wizard's to manage: after the administrator is created it stays off
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
                      QWizard.WizardButton.FinishButton):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
