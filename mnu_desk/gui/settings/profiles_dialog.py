"""Connection profiles for a shared PostgreSQL or MariaDB server (docs/design.md sections 5 and 6): add, edit, test
and remove them, given field by field or as a URL. Profiles are this computer's (the user config); their
passwords go to the keyring. Where only an insecure keyring exists (a plain file), the dialog says so and
asks before it stores a password there. Testing runs on the executor's worker: a server that does not answer
takes seconds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QMessageBox, QWidget

from ...domain.errors import DeskError
from ...services import credentials, database, profiles
from ..widgets import messages
from ..widgets.executor import Executor
from ..widgets.uiload import load_ui
from . import connection as conn

SERVER_TAB, URL_TAB = range(2)
BACKEND_NAMES = (("postgresql", "PostgreSQL"), ("mariadb", "MariaDB / MySQL"))


def tested_text(info: conn.ServerInfo, embedded: bool) -> tuple[str, str]:
    """What a connection test found, as (text, style): the log-in and this dialog say it alike."""
    translate = QCoreApplication.translate
    if info.revision is None and embedded:
        text = translate("ConnectionTest", "%1: no schema yet; it is created at the first log-in.")
        style = messages.OK_STYLE
    elif info.revision is None:
        text = translate("ConnectionTest",
                         "%1: the database is empty; an administrator runs 'mnu-desk db upgrade'.")
        style = messages.ERROR_STYLE
    elif info.current:
        text, style = translate("ConnectionTest", "%1, schema revision %2 (current)."), messages.OK_STYLE
    else:
        text = translate("ConnectionTest", "%1, schema revision %2; this program needs %3.")
        style = messages.ERROR_STYLE
    return (text.replace("%1", info.server_version).replace("%2", info.revision or "").replace("%3", info.head),
            style)


class ProfilesDialog(QObject):
    changed = Signal()   # a profile was saved or removed

    def __init__(self, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("profiles.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._editing: str | None = None   # the stored profile the form shows; None: a new one
        ui = self.ui
        for code, name in BACKEND_NAMES:
            ui.backendCombo.addItem(name, code)
        ui.backendCombo.currentIndexChanged.connect(self._backend_changed)
        ui.profileList.currentItemChanged.connect(self._selected)
        ui.newButton.clicked.connect(self.new_profile)
        ui.removeButton.clicked.connect(self.remove)
        ui.testButton.clicked.connect(self.test_connection)
        ui.saveButton.clicked.connect(self.save)
        ui.buttonBox.rejected.connect(ui.reject)
        for label in (ui.testResultLabel, ui.messageLabel):
            messages.show(label, "")
        self._show_keyring()
        self._fill_list()
        if ui.profileList.count():
            ui.profileList.setCurrentRow(0)
        else:
            self.new_profile()

    # --- the list -----------------------------------------------------------------------------------------

    def _fill_list(self, select: str | None = None) -> None:
        lst = self.ui.profileList
        lst.blockSignals(True)
        lst.clear()
        for profile in profiles.list_profiles():
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile.name)
            item.setToolTip(conn.Connection(conn.PROFILE, profile.url, profile.name).where)
            lst.addItem(item)
            if profile.name == select:
                lst.setCurrentItem(item)
        lst.blockSignals(False)
        self.ui.removeButton.setEnabled(lst.currentItem() is not None)

    def _selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.ui.removeButton.setEnabled(item is not None)
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        try:
            profile = profiles.get_profile(name)
            parts = profiles.parts_of(profile.url)
        except DeskError as exc:
            self._message(messages.error_text(exc))
            return
        self._editing = name
        ui = self.ui
        ui.nameEdit.setText(name)
        ui.backendCombo.setCurrentIndex(ui.backendCombo.findData(parts["backend"]))
        ui.hostEdit.setText(parts["host"])
        ui.portSpin.setValue(parts["port"])
        ui.databaseEdit.setText(parts["database"])
        ui.userEdit.setText(parts["user"])
        ui.urlEdit.setText(profile.url)
        ui.detailTabs.setCurrentIndex(SERVER_TAB)
        ui.passwordEdit.clear()
        stored = credentials.get(credentials.profile_account(name)) is not None
        ui.passwordEdit.setPlaceholderText(self.tr("kept in the keyring; type to change") if stored else "")
        self._clear_messages()

    def new_profile(self) -> None:
        ui = self.ui
        ui.profileList.clearSelection()
        ui.profileList.setCurrentItem(None)
        self._editing = None
        for edit in (ui.nameEdit, ui.hostEdit, ui.databaseEdit, ui.userEdit, ui.urlEdit, ui.passwordEdit):
            edit.clear()
        ui.passwordEdit.setPlaceholderText("")
        ui.backendCombo.setCurrentIndex(0)
        ui.portSpin.setValue(profiles.BACKENDS["postgresql"][1])
        ui.detailTabs.setCurrentIndex(SERVER_TAB)
        self._clear_messages()
        ui.nameEdit.setFocus()

    def _backend_changed(self) -> None:
        """The usual port follows the type, unless another one was typed."""
        defaults = {port for _driver, port in profiles.BACKENDS.values()}
        if self.ui.portSpin.value() in defaults:
            self.ui.portSpin.setValue(profiles.BACKENDS[self.ui.backendCombo.currentData()][1])

    # --- what the form says ----------------------------------------------------------------------------------

    def url(self) -> str:
        """The URL of the form's tab in use; ValidationFailed for fields or a URL that make none."""
        ui = self.ui
        if ui.detailTabs.currentIndex() == URL_TAB:
            text = ui.urlEdit.text().strip()
            database.check_url(text)
            return text
        return profiles.url_from_parts(ui.backendCombo.currentData(), ui.hostEdit.text(), ui.portSpin.value(),
                                       ui.databaseEdit.text(), ui.userEdit.text())

    def _password(self, url: str) -> str | None:
        """Typed, else in the URL, else the one stored for the profile being edited."""
        typed = self.ui.passwordEdit.text()
        if typed:
            return typed
        in_url = database.has_password(url)
        if in_url:
            return None  # the URL carries it
        return profiles.profile_password(self._editing) if self._editing else None

    # --- save, remove -----------------------------------------------------------------------------------------

    def save(self) -> bool:
        ui = self.ui
        self._clear_messages()
        name = ui.nameEdit.text().strip()
        try:
            url = self.url()
            typed = ui.passwordEdit.text() or None
            has_secret = bool(typed) or database.has_password(url)
            if has_secret and not credentials.is_secure() and not self._insecure_ok():
                # kept without the password: the log-in asks for it instead
                typed, url = None, profiles.without_password(url)
            if self._editing is None:
                profile, _secure = profiles.add_profile(name, url, typed, replace=False)
            else:
                profile, _secure = profiles.edit_profile(self._editing, name, url, typed)
        except DeskError as exc:
            self._message(messages.error_text(exc))
            return False
        self._editing = profile.name
        self._fill_list(profile.name)
        self._selected(ui.profileList.currentItem())
        self._message(self.tr("Profile '%1' saved.").replace("%1", profile.name), messages.OK_STYLE)
        self.changed.emit()
        return True

    def _insecure_ok(self) -> bool:
        answer = QMessageBox.question(
            self.ui, self.tr("Unprotected keyring"),
            self.tr("This computer has no protected keyring: the password would be kept in a plain file (%1) "
                    "that anyone with access to your account can read.\n\nStore the password there anyway? "
                    "With No the profile is saved without it, and the log-in asks for it.")
            .replace("%1", credentials.backend_name()))
        return answer == QMessageBox.StandardButton.Yes

    def remove(self) -> None:
        item = self.ui.profileList.currentItem()
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        answer = QMessageBox.question(self.ui, self.tr("Remove profile"),
                                      self.tr("Remove the profile '%1' and its stored password? The database "
                                              "itself is not touched.").replace("%1", name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            profiles.remove_profile(name)
        except DeskError as exc:
            self._message(messages.error_text(exc))
            return
        self._fill_list()
        self.changed.emit()
        if self.ui.profileList.count():
            self.ui.profileList.setCurrentRow(0)
        else:
            self.new_profile()
        self._message(self.tr("Profile '%1' removed.").replace("%1", name), messages.OK_STYLE)

    # --- test ---------------------------------------------------------------------------------------------

    def test_connection(self) -> None:
        ui = self.ui
        try:
            url = self.url()
        except DeskError as exc:
            messages.show(ui.testResultLabel, messages.error_text(exc))
            return
        password = self._password(url)
        where = database.where(url)
        ui.testButton.setEnabled(False)
        messages.show(ui.testResultLabel, self.tr("Connecting to %1…").replace("%1", where), messages.NOTE_STYLE)
        self._executor.submit(conn.probe, conn.Connection(conn.URL, url), password, owner=self.ui,
                              on_result=self._tested, on_error=self._test_failed)

    def _tested(self, info: conn.ServerInfo) -> None:
        self.ui.testButton.setEnabled(True)
        messages.show(self.ui.testResultLabel, *tested_text(info, embedded=False))

    def _test_failed(self, exc: BaseException) -> None:
        self.ui.testButton.setEnabled(True)
        messages.show(self.ui.testResultLabel, messages.error_text(exc))

    # --- messages -----------------------------------------------------------------------------------------

    def _show_keyring(self) -> None:
        if credentials.is_secure():
            text = self.tr("Passwords are kept in this computer's keyring (%1).")
            style = messages.NOTE_STYLE
        else:
            text = self.tr("Warning: this computer has no protected keyring. A password stored here sits in a "
                           "plain file (%1) that anyone with access to your account can read; you are asked "
                           "before one is stored.")
            style = messages.ERROR_STYLE
        messages.show(self.ui.keyringLabel, text.replace("%1", credentials.backend_name()), style)

    def _clear_messages(self) -> None:
        messages.show(self.ui.testResultLabel, "")
        messages.show(self.ui.messageLabel, "")

    def _message(self, text: str, style: str = messages.ERROR_STYLE) -> None:
        messages.show(self.ui.messageLabel, text, style)
