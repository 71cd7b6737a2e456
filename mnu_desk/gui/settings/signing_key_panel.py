"""The company's signing key as an admin sees it (docs/design.md section 6): the active key's subject and expiry,
a warning 30 days before it expires, importing the company's PKCS#12 or creating a self-signed trial key. An
import or a new key takes effect at once; the passphrase goes to this computer's keyring, never to a file."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...services import credentials, keys
from ...services.context import Actor, Desk
from ..widgets import formatting as fmt
from ..widgets import messages
from ..widgets.executor import Executor
from ..widgets.uiload import load_ui


class SigningKeyPanel(QObject):
    key_changed = Signal(object)   # KeyInfo of the new active key
    busy_changed = Signal(bool)
    failed = Signal()              # an import or a new key was refused (the panel shows why)

    def __init__(self, executor: Executor, desk: Desk, actor: Actor | None, parent: QWidget | None = None,
                 ask_before_replacing: bool = True) -> None:
        super().__init__()
        self.ui = load_ui("signing_key.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._desk = desk
        self.actor = actor
        self.info: keys.KeyInfo | None = None
        self._ask = ask_before_replacing
        self._busy = False
        ui = self.ui
        ui.browseButton.clicked.connect(self._browse)
        ui.importButton.clicked.connect(self.import_file)
        ui.createButton.clicked.connect(self.create_trial)
        ui.fileEdit.returnPressed.connect(self.import_file)
        ui.importPassphraseEdit.returnPressed.connect(self.import_file)
        ui.trialRepeatEdit.returnPressed.connect(self.create_trial)
        messages.show(ui.keyMessageLabel, "")
        self._show_info(None)

    def refresh(self) -> None:
        self._executor.submit(keys.active_key_info, self._desk, owner=self.ui, on_result=self._show_info,
                              on_error=self._failed)

    # --- what the admin typed, for a wizard's Finish ------------------------------------------------------------

    def has_pending(self) -> bool:
        ui = self.ui
        return bool(ui.trialPassphraseEdit.text() or ui.trialRepeatEdit.text() or ui.fileEdit.text().strip())

    def submit_pending(self) -> None:
        ui = self.ui
        if ui.trialPassphraseEdit.text() or ui.trialRepeatEdit.text():
            self.create_trial()
        else:
            self.import_file()

    # --- actions ----------------------------------------------------------------------------------------------

    def import_file(self) -> None:
        ui = self.ui
        if self._busy or not self._may_replace() or not self._keyring_ok():
            return
        self._run(self.tr("Importing the certificate…"), keys.import_p12_file, self._desk, self.actor,
                  ui.fileEdit.text(), ui.importPassphraseEdit.text())

    def create_trial(self) -> None:
        ui = self.ui
        if self._busy:
            return
        if ui.trialPassphraseEdit.text() != ui.trialRepeatEdit.text():
            self._message(self.tr("The two passphrases differ; type them again."))
            ui.trialPassphraseEdit.clear()
            ui.trialRepeatEdit.clear()
            ui.trialPassphraseEdit.setFocus()
            return
        if not self._may_replace() or not self._keyring_ok():
            return
        self._run(self.tr("Creating a self-signed key…"), keys.init_self_signed, self._desk, self.actor,
                  ui.trialPassphraseEdit.text())

    def _keyring_ok(self) -> bool:
        """The passphrase goes to the keyring; where that is a plain file, only when the admin says so
        (docs/design.md section 6)."""
        if credentials.is_secure():
            return True
        answer = QMessageBox.question(
            self.ui, self.tr("Unprotected keyring"),
            self.tr("This computer has no protected keyring: the signing key's passphrase would be kept in a plain "
                    "file (%1) that anyone with access to your account can read.\n\nKeep it there anyway? With "
                    "No nothing is changed.").replace("%1", credentials.backend_name()))
        return answer == QMessageBox.StandardButton.Yes

    def _may_replace(self) -> bool:
        if self.info is None or not self._ask:
            return True
        answer = QMessageBox.question(
            self.ui, self.tr("Replace the signing key"),
            self.tr("Extracts are then signed with the new key; those already issued stay verifiable. "
                    "Replace the active key?"))
        return answer == QMessageBox.StandardButton.Yes

    def _run(self, note: str, fn, *args) -> None:
        self._set_busy(True)
        self._message(note, messages.NOTE_STYLE)
        self._executor.submit(fn, *args, owner=self.ui, on_result=self._stored, on_error=self._failed)

    def _stored(self, info: keys.KeyInfo) -> None:
        self._set_busy(False)
        ui = self.ui
        for edit in (ui.fileEdit, ui.importPassphraseEdit, ui.trialPassphraseEdit, ui.trialRepeatEdit):
            edit.clear()
        self._show_info(info)
        self._message(self.tr("The new key is active; its passphrase is kept in this computer's keyring."),
                      messages.OK_STYLE)
        self.key_changed.emit(info)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._message(messages.error_text(exc))
        self.failed.emit()

    def _browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self.ui, self.tr("The company's certificate"), "",
                                                    self.tr("PKCS#12 files (*.p12 *.pfx);;All files (*)"))
        if path:
            self.ui.fileEdit.setText(path)
            self.ui.importPassphraseEdit.setFocus()

    # --- showing ----------------------------------------------------------------------------------------------

    def _show_info(self, info: keys.KeyInfo | None) -> None:
        self.info = info
        ui = self.ui
        # docs/design.md "Signing key": a PKCS#12 kept in the database is a trial key, said in red
        messages.show(ui.keyTrialLabel, self.tr(
            "A trial key: a PKCS#12 kept in the database. In production the company's key is on a token "
            "(mnu-desk keys token).") if info is not None and info.trial else "")
        if info is None:
            ui.subjectValue.setText(self.tr("none"))
            ui.validValue.setText("–")
            ui.fingerprintValue.setText("–")
            messages.show(ui.keyWarningLabel, self.tr("No signing key yet: extracts cannot be issued until the "
                                                      "company's certificate is imported or a trial key is "
                                                      "created."), messages.NOTE_STYLE)
            return
        ui.subjectValue.setText(info.subject)
        ui.validValue.setText(fmt.day(info.not_after))
        ui.fingerprintValue.setText(info.fingerprint_sha256[:32] + "…")
        ui.fingerprintValue.setToolTip(info.fingerprint_sha256)
        days = keys.days_to_expiry_warning(info)
        if days is None:
            messages.show(ui.keyWarningLabel, "")
        elif days == 0:
            messages.show(ui.keyWarningLabel, self.tr("The signing key has expired: no extract can be signed "
                                                      "until a new certificate is imported."))
        else:
            messages.show(ui.keyWarningLabel, self.tr("The signing key expires in %n day(s): import the "
                                                      "company's new certificate before then.", "", days))

    def warning_text(self) -> str:
        return self.ui.keyWarningLabel.text()

    def _message(self, text: str, style: str = messages.ERROR_STYLE) -> None:
        messages.show(self.ui.keyMessageLabel, text, style)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        ui = self.ui
        for widget in (ui.importBox, ui.trialBox):
            widget.setEnabled(not busy)
        self.busy_changed.emit(busy)
