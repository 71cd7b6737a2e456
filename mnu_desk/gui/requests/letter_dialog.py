"""A letter about a request (docs/design.md "Letters the desk sends", "Sending a letter"): the agent chooses the
kind and the language, reads the preview the service made, and prints it at 100 % for the window envelope or
saves it as PDF. Only then is it recorded as sent (the identity letter also records the day proof was asked
for, the no-data letter closes the request); a preview records nothing."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ...i18n.letters import KINDS
from ...private_files import write_private
from ...services import letters
from ..extract.pdf_preview import PdfPreview
from ..widgets import folders, messages
from ..widgets.uiload import load_ui

LANGUAGES = (("sv", "Svenska"), ("en", "English"))
NEEDS_REASON = ("identity", "restriction-lift")


class LetterDialog(QObject):
    sent = Signal(str)  # the request's ref, once a letter is recorded as sent

    def __init__(self, executor, desk, actor, request: dict, kind: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("letter.ui", parent)
        self.setParent(self.ui)
        self._executor, self._desk, self._actor = executor, desk, actor
        self.request = request
        self.ref = request["ref"]
        self.pdf_bytes: bytes | None = None
        self.recorded: dict | None = None
        self._busy = False
        ui = self.ui
        ui.setWindowTitle(self.tr("Letter for request %1").replace("%1", self.ref))
        font = ui.headingLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.headingLabel.setFont(font)
        ui.headingLabel.setText(self.tr("Letter for request %1").replace("%1", self.ref))
        names = self.kind_words()
        for code in KINDS:
            ui.kindCombo.addItem(names[code], code)
        ui.kindCombo.setCurrentIndex(max(0, ui.kindCombo.findData(kind or _likely_kind(request))))
        for code, name in LANGUAGES:
            ui.languageCombo.addItem(name, code)
        self.pdf = PdfPreview(ui.pdfArea)
        ui.kindCombo.currentIndexChanged.connect(lambda _index: self._choice_changed())
        ui.languageCombo.currentIndexChanged.connect(lambda _index: self._choice_changed())
        ui.reasonEdit.textChanged.connect(lambda _text: self._forget_preview())
        ui.reasonEdit.returnPressed.connect(self.make_preview)
        ui.previewButton.clicked.connect(self.make_preview)
        ui.printButton.clicked.connect(self.print_with_dialog)
        ui.saveButton.clicked.connect(self.save_with_dialog)
        ui.buttonBox.rejected.connect(self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Print), ui, self.print_with_dialog)
        self._choice_changed()

    @staticmethod
    def kind_words() -> dict[str, str]:
        """Each kind of letter in the window's language (also the request window's list of letters sent)."""
        return {
            "extension": QCoreApplication.translate("LetterDialog", "Extension of the time to answer (art. 12(3))"),
            "refusal": QCoreApplication.translate("LetterDialog", "Refusal with its reasons (art. 12(4))"),
            "fee": QCoreApplication.translate("LetterDialog", "Fee notice (art. 12(5))"),
            "identity": QCoreApplication.translate("LetterDialog", "Request for proof of identity (art. 12(6))"),
            "no-data": QCoreApplication.translate("LetterDialog", "No data held (art. 15(1)); closes the request"),
            "outcome": QCoreApplication.translate("LetterDialog", "Outcome: erased, rectified, restricted, kept, recipients told"),
            "restriction-lift": QCoreApplication.translate("LetterDialog", "Restriction to be lifted (art. 18(3))"),
        }

    # --- preview ------------------------------------------------------------------------------------------

    def start(self) -> None:
        self.ui.show()
        self.ui.activateWindow()
        self.make_preview()

    @property
    def kind(self) -> str:
        return self.ui.kindCombo.currentData()

    @property
    def language(self) -> str:
        return self.ui.languageCombo.currentData()

    @property
    def reason(self) -> str | None:
        return self.ui.reasonEdit.text().strip() or None if self.kind in NEEDS_REASON else None

    def _choice_changed(self) -> None:
        self.ui.reasonEdit.setEnabled(self.kind in NEEDS_REASON)
        self.ui.reasonLabel.setEnabled(self.kind in NEEDS_REASON)
        self._forget_preview()
        if self.ui.isVisible():
            self.make_preview()

    def _forget_preview(self) -> None:
        """What is shown no longer matches the choices: nothing may be printed until it is previewed again."""
        self.pdf_bytes = None
        self._update_buttons()

    def make_preview(self) -> None:
        self._forget_preview()
        self._set_busy(True)
        self._show_message(self.tr("Preparing the preview…"), messages.NOTE_STYLE)
        compose = partial(letters.compose, reason=self.reason)
        self._executor.submit(compose, self._desk, self._actor, self.ref, self.kind, self.language,
                              owner=self.ui, channel=self._channel, on_result=self._previewed,
                              on_error=self._failed)

    def _previewed(self, pdf: bytes) -> None:
        self.pdf_bytes = pdf
        pages = self.pdf.load(pdf)
        self._set_busy(False)
        self._show_message(self.tr("The letter as it will be sent (%1 page(s)). Print it or save it; only then "
                                   "is it recorded as sent.").replace("%1", str(pages)), messages.NOTE_STYLE)

    # --- sending ------------------------------------------------------------------------------------------

    def print_with_dialog(self) -> None:
        if self.pdf_bytes is None:
            return
        printer = self.pdf.ask_printer(self.ui, f"{self.ref}-{self.kind}.pdf")
        if printer is not None:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """The previewed letter on `printer` at 100 %; recorded as sent once every page went to the printer."""
        if self.pdf_bytes is None:
            return 0
        try:
            printed = self.pdf.print_to(printer, self.ui)
        except OSError:
            self._show_message(self.tr("The printer could not be opened. Check it and try again."))
            return 0
        if printed == self.pdf.document.pageCount():
            self._record(self.tr("Printed. Fold the letter so the address shows in the envelope's window."))
        elif printed:
            self._show_message(self.tr("Only part of the letter was printed; it is not recorded as sent."))
        return printed

    def save_with_dialog(self) -> None:
        if self.pdf_bytes is None:
            return
        name = f"{self.ref}-{self.kind}.pdf"
        path = folders.ask_save_pdf(self.ui, "letters", self.tr("Save the letter"), name, self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> bool:
        """The letter as a private file (0600, written whole); recorded as sent once it is there."""
        if self.pdf_bytes is None:
            return False
        path = folders.pdf_path(path)
        try:
            write_private(path, self.pdf_bytes, force=True)  # the file dialog asked before replacing it
        except OSError as exc:
            self._show_message(self.tr("The file could not be saved: %1").replace("%1", exc.strerror or str(exc)))
            return False
        self._record(self.tr("Saved: %1").replace("%1", str(path)))
        return True

    def _record(self, done_text: str) -> None:
        self._set_busy(True)

        def recorded(result: dict) -> None:
            self.recorded = result
            self._set_busy(False)
            self._show_message(done_text + " " + self.tr("Recorded as sent."), messages.OK_STYLE)
            self.sent.emit(self.ref)

        record = partial(letters.record_sent, reason=self.reason)
        self._executor.submit(record, self._desk, self._actor, self.ref, self.kind, self.language, owner=self.ui,
                              channel=self._channel + ":record", on_result=recorded, on_error=self._failed)

    # --- the rest -----------------------------------------------------------------------------------------

    def close(self) -> None:
        self._executor.invalidate(self._channel)
        self.ui.reject()

    @property
    def _channel(self) -> str:
        return f"letter:{id(self)}"

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.pdf_bytes = None
        self.pdf.clear()
        self._show_message(messages.error_text(exc))
        self._update_buttons()

    def _show_message(self, text: str, style: str = messages.ERROR_STYLE) -> None:
        messages.show(self.ui.messageLabel, text, style)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.ui.progressBar.setVisible(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = not self._busy and self.pdf_bytes is not None
        self.ui.previewButton.setEnabled(not self._busy)
        self.ui.printButton.setEnabled(ready)
        self.ui.saveButton.setEnabled(ready)


def _likely_kind(request: dict) -> str:
    """The letter the request's state most likely calls for; the agent may choose another."""
    if request.get("status") == "refused":
        return "refusal"
    if request.get("status") == "awaiting_identity":
        return "identity"
    if request.get("extended_due") and not request.get("letters"):
        return "extension"
    if not request.get("customer_no"):
        return "no-data"
    return "outcome" if request.get("type") in ("erasure", "rectification", "restriction") else "extension"
