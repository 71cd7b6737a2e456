"""The register extract of an access request (policy 9.3.1; GDPR art. 15): the agent reads the preview, issues
and signs it, prints it for the envelope and saves the signed file. The PDF is made on the worker; what the
dialog shows and prints is that very file, rendered by QtPdf.

The signed file exists only here until it is printed or saved (the desk keeps its hash, not the file), so
closing the dialog before either asks first."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ...domain.requests import RequestType
from ...domain.roles import Permission
from ...private_files import write_private
from ...services.extracts import IssuedResult, Preview, issue_extract, preview_extract
from ..widgets import folders, messages
from ..widgets import formatting as fmt
from ..widgets.role_gate import gate
from ..widgets.uiload import discard, load_ui
from .pdf_preview import PdfPreview

LANGUAGES = (("sv", "Svenska"), ("en", "English"))


class ExtractDialog(QObject):
    issued = Signal(str)  # the request's ref, once the extract is issued and the request closed

    def __init__(self, executor, desk, actor, request: dict, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("extract.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self.request = request
        self.ref = request["ref"]
        self.preview: Preview | None = None
        self.result: IssuedResult | None = None
        self.handed_out = False  # the signed file was printed or saved
        self.question: QMessageBox | None = None
        self.passphrase_dialog: QInputDialog | None = None
        self._busy = False
        ui = self.ui
        ui.setWindowTitle(self.tr("Register extract %1 – mnu-desk").replace("%1", self.ref))
        font = ui.headingLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.headingLabel.setFont(font)
        ui.headingLabel.setText(self.tr("Register extract for request %1").replace("%1", self.ref))

        self.pdf = PdfPreview(ui.pdfArea)
        self.document, self.view = self.pdf.document, self.pdf.view

        for code, name in LANGUAGES:
            ui.languageCombo.addItem(name, code)
        portability = request.get("type") == RequestType.PORTABILITY.value
        # portability is answered with the machine-readable copy; for access it is the person's choice
        ui.copyCheck.setChecked(portability)
        ui.copyCheck.setEnabled(not portability)
        ui.languageCombo.currentIndexChanged.connect(lambda _index: self.make_preview())
        ui.previewButton.clicked.connect(self.make_preview)
        ui.issueButton.clicked.connect(self.ask_to_issue)
        ui.printButton.clicked.connect(self.print_with_dialog)
        ui.saveButton.clicked.connect(self.save_with_dialog)
        ui.cancelButton.clicked.connect(self.cancel_preview)
        ui.buttonBox.rejected.connect(self.close)
        ui.issueButton.setDefault(True)
        self._issue_tip = ui.issueButton.toolTip()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), ui, self.print_with_dialog)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), ui, self.save_with_dialog)
        ui.installEventFilter(self)
        self._set_busy(False)
        self._update_buttons()

    # --- preview ------------------------------------------------------------------------------------------

    def start(self) -> None:
        self.ui.show()
        self.ui.activateWindow()
        self.make_preview()

    @property
    def language(self) -> str:
        return self.ui.languageCombo.currentData()

    def make_preview(self) -> None:
        if self.result is not None:
            return
        self._show_message(self.tr("Preparing the preview…"), messages.NOTE_STYLE)
        self._set_busy(True, cancellable=True)
        self._executor.submit(
            preview_extract, self._desk, self._actor, self.ref, self.language, owner=self.ui,
            channel=self._channel, on_result=self._previewed, on_error=self._failed)

    def cancel_preview(self) -> None:
        self._executor.invalidate(self._channel)
        self._set_busy(False)
        self._show_message(self.tr("Preview cancelled."), messages.NOTE_STYLE)

    def _previewed(self, preview: Preview) -> None:
        self.preview = preview
        self._set_busy(False)
        self._load(preview.pdf)
        self.ui.factsLabel.setText(self._facts(preview))
        if not preview.signing_key:
            self._show_message(self.tr("There is no signing key yet: an admin creates or imports one in the "
                                       "settings before an extract can be issued."))
        else:
            self._show_message(self.tr("Preview: check every page, then issue and sign. Nothing is sent or "
                                       "recorded as issued yet."), messages.NOTE_STYLE)
        self._update_buttons()

    def _facts(self, preview: Preview) -> str:
        due = fmt.day(preview.due)
        lines = [(self.tr("Due %1: issued today, the answer is on time.") if preview.on_time
                  else self.tr("Due %1: issued today, the answer is late.")).replace("%1", due)]
        if preview.repeat:
            lines.append(self.tr("A repeat: an extract was already issued to this person this calendar year. "
                                 "A supervisor decides whether it is free, costs a fee or is refused."))
        if preview.fee:
            lines.append(self.tr("Fee decided by a supervisor: %1 kr.")
                         .replace("%1", f"{preview.fee:.2f}".replace(".", ",")))
        return "\n".join(lines)

    # --- issuing ------------------------------------------------------------------------------------------

    def ask_to_issue(self) -> None:
        if self.preview is None or self.result is not None:
            return
        self.question = messages.confirm(
            self.ui, QMessageBox.Icon.Question, self.tr("Issue the extract"),
            self.tr("Issue and sign the extract for request %1? The request is then closed, and the signed file "
                    "must be printed or saved before this window closes.").replace("%1", self.ref),
            self._issue_answered, yes_text=self.tr("Issue and sign"), default_yes=True)

    def _issue_answered(self, yes: bool) -> None:
        self.question = None
        if not yes:
            return
        if self.preview is not None and self.preview.passphrase_known:
            self.issue(None)
            return
        # the keyring does not have the key's passphrase (the token's PIN) on this computer: the agent types it
        on_token = self.preview is not None and self.preview.on_token
        dialog = QInputDialog(self.ui)
        if on_token:
            dialog.setWindowTitle(self.tr("PIN of the signing token"))
            dialog.setLabelText(self.tr("The signing token's PIN is not stored on this computer. Type it to "
                                        "sign:"))
        else:
            dialog.setWindowTitle(self.tr("Passphrase of the signing key"))
            dialog.setLabelText(self.tr("The signing key's passphrase is not stored on this computer. Type it "
                                        "to sign:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.textValueSelected.connect(lambda text: self.issue(text or None, on_token=on_token))
        dialog.finished.connect(lambda _result: setattr(self, "passphrase_dialog", None))
        self.passphrase_dialog = dialog
        dialog.open()

    def issue(self, secret: str | None, *, on_token: bool = False) -> None:
        """Sign and record; not cancellable, since the record and the file belong together. `secret` is the
        key's passphrase, or with `on_token` the token's PIN."""
        self._show_message(self.tr("Signing and recording the extract…"), messages.NOTE_STYLE)
        self._set_busy(True, cancellable=False)
        typed = {"pin": secret} if on_token else {"passphrase": secret}
        self._executor.submit(partial(issue_extract, **typed), self._desk, self._actor, self.ref,
                              self.language, self.ui.copyCheck.isChecked(), owner=self.ui, channel=self._channel,
                              on_result=self._issued, on_error=self._failed)

    def _issued(self, result: IssuedResult) -> None:
        self.result = result
        self._set_busy(False)
        self._load(result.pdf)
        timing = self.tr("on time") if result.on_time else self.tr("late")
        self._show_message(self.tr("Issued and signed: %1 pages, verification code %2. Request %3 is closed: "
                                   "answered %4. Now print it for the envelope and save the file.")
                           .replace("%1", str(result.pages)).replace("%2", result.verification_code)
                           .replace("%3", result.request_ref).replace("%4", timing), messages.OK_STYLE)
        # what was a forecast in the preview is now a fact
        self.ui.factsLabel.setText(self.tr("Issued today: the answer was given on time.") if result.on_time
                                    else self.tr("Issued today: the answer was given late."))
        self._update_buttons()
        self.ui.printButton.setFocus()
        self.issued.emit(result.request_ref)

    # --- printing and saving ------------------------------------------------------------------------------

    def print_with_dialog(self) -> None:
        if self.result is None:
            return
        printer = self.pdf.ask_printer(self.ui, f"{self.ref}.pdf")
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """The signed extract on `printer`, page by page at 100 %, with a progress window."""
        if self.result is None:
            return 0
        try:
            printed = self.pdf.print_to(printer, self.ui)
        except OSError:
            self._show_message(self.tr("The printer could not be opened. Check it and try again."))
            return 0
        if printed:
            self.handed_out = True
            self._show_message(self.tr("%1 pages sent to the printer. Fold the cover letter so the address "
                                       "shows in the envelope's window.").replace("%1", str(printed)),
                               messages.OK_STYLE)
        return printed

    def save_with_dialog(self) -> None:
        if self.result is None:
            return
        name = self.tr("register-extract-%1.pdf").replace("%1", self.ref)
        path = folders.ask_save_pdf(self.ui, "extracts", self.tr("Save the signed extract"), name, self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """The signed PDF byte for byte (a changed byte breaks the signature), and the JSON copy beside it, each
        as a private file (0600, written whole) like `extract issue`: they hold the person's data."""
        if self.result is None:
            return False
        path = folders.pdf_path(path)
        written = [path]
        try:
            write_private(path, self.result.pdf, force=True)  # the file dialog asked before replacing it
            if self.result.json is not None:
                written.append(path.with_suffix(".json"))
                write_private(written[-1], self.result.json, force=True)
        except OSError as exc:
            self._show_message(self.tr("The file could not be saved: %1")
                               .replace("%1", exc.strerror or str(exc)))
            return False
        self.handed_out = True
        # the verification code stays in view: it is what the person can check the paper against
        self._show_message(self.tr("Saved: %1. Verification code %2; request %3 is closed.")
                           .replace("%1", ", ".join(str(p) for p in written))
                           .replace("%2", self.result.verification_code).replace("%3", self.result.request_ref),
                           messages.OK_STYLE)
        return True

    # --- closing ------------------------------------------------------------------------------------------

    def close(self) -> None:
        if self.result is not None and not self.handed_out:
            self.question = messages.confirm(
                self.ui, QMessageBox.Icon.Warning, self.tr("Close without the extract?"),
                self.tr("The signed extract has been neither printed nor saved, and the desk keeps only its "
                        "fingerprint: closing this window loses the file. Request %1 is already closed as "
                        "answered, so a new copy would need a new request.").replace("%1", self.result.request_ref),
                self._close_answered, yes=QMessageBox.StandardButton.Close)
            return
        self._executor.invalidate(self._channel)
        self.ui.reject()

    def _close_answered(self, close: bool) -> None:
        self.question = None
        if close:
            self.handed_out = True  # the agent chose to let it go
            self.close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # Escape and the window's close button come here too, so the unsaved signed file is never lost
        if watched is self.ui:
            if event.type() == QEvent.Type.Close and self.ui.isVisible():
                event.ignore()
                self.close()
                return True
            if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
                self.close()
                return True
        return False

    # --- helpers ------------------------------------------------------------------------------------------

    @property
    def _channel(self) -> str:
        return f"extract:{id(self)}"

    def _load(self, pdf: bytes) -> None:
        count = self.pdf.load(pdf)
        self.ui.pagesLabel.setText(self.tr("Pages: %1").replace("%1", str(count)))

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._show_message(messages.error_text(exc))
        self._update_buttons()

    def _show_message(self, text: str, style: str = messages.ERROR_STYLE) -> None:
        messages.show(self.ui.messageLabel, text, style)

    def _set_busy(self, busy: bool, cancellable: bool = False) -> None:
        self._busy = busy
        self.ui.progressBar.setVisible(busy)
        self.ui.cancelButton.setVisible(busy and cancellable)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        busy = self._busy
        issued = self.result is not None
        ready = self.preview is not None and self.preview.signing_key
        ui.previewButton.setEnabled(not busy and not issued)
        ui.languageCombo.setEnabled(not busy and not issued)
        ui.copyCheck.setEnabled(not busy and not issued
                                and self.request.get("type") != RequestType.PORTABILITY.value)
        # a repeat nobody has decided on is a supervisor's to issue: the agent's button says so before the click
        undecided = self.preview is not None and self.preview.undecided_repeat
        gate(ui.issueButton, self._actor, Permission.DECIDE_REPEATS_FEES_REFUSALS if undecided
             else Permission.ISSUE_FREE_EXTRACT, not busy and not issued and bool(ready), self._issue_tip)
        ui.printButton.setEnabled(not busy and issued)
        ui.saveButton.setEnabled(not busy and issued)

    def dispose(self) -> None:
        discard(self.ui)
