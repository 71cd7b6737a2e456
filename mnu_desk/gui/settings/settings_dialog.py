"""The admin's settings (docs/design.md sections 4-6): what belongs to the shop lives in the database and is shared
by every desk (company details, fiscal year end, envelope window, fee for further copies, erasure ledger,
signing key); what belongs to this computer lives in its user config (language, its own path to the erasure
ledger). The tabs say which is which. Save checks every value before anything is stored: one bad value and
nothing is saved, the reason shown in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox, QWidget

from ... import i18n
from ...domain.errors import DeskError
from ...domain.letters import EnvelopeWindow
from ...services import desk_config, settings
from ...services.context import Actor, Desk
from .. import language
from ..widgets import messages
from ..widgets.executor import Executor
from ..widgets.uiload import load_ui
from .company_form import CompanyForm
from .envelope_preview import EnvelopePreview
from .signing_key_panel import SigningKeyPanel

# each language named in itself, as a language menu does
LANGUAGE_NAMES = (("sv", "Svenska"), ("en", "English"))
SHOP_TAB, KEY_TAB, LOCAL_TAB = range(3)


class SettingsDialog(QObject):
    saved = Signal(list)             # the shop settings that changed
    language_chosen = Signal(str)

    def __init__(self, executor: Executor, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__()
        self.ui = load_ui("settings.ui", parent)
        self.setParent(self.ui)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self._busy = False
        ui = self.ui

        self.company = CompanyForm(ui.companyBox)
        ui.companyHost.addWidget(self.company.ui)
        self.preview = EnvelopePreview(ui.envelopeBox)
        ui.previewHost.addWidget(self.preview)
        self.key = SigningKeyPanel(executor, desk, actor, ui.keyTab)
        ui.keyHost.addWidget(self.key.ui)
        QWidget.setTabOrder(ui.tabs, self.company.ui.companyNameEdit)
        QWidget.setTabOrder(self.company.ui.fiscalMonthCombo, ui.feeEdit)

        for code, name in LANGUAGE_NAMES:
            ui.languageCombo.addItem(name, code)
        ui.languageCombo.setCurrentIndex(ui.languageCombo.findData(language.saved_language()))
        ui.localLedgerEdit.setText(str(desk_config.ledger_path() or ""))

        for box in self._spins():
            box.valueChanged.connect(self._window_changed)
        ui.windowDefaultButton.clicked.connect(lambda: self._show_window(EnvelopeWindow()))
        ui.ledgerBrowseButton.clicked.connect(lambda: self._browse_ledger(ui.ledgerEdit))
        ui.localLedgerBrowseButton.clicked.connect(lambda: self._browse_ledger(ui.localLedgerEdit))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.close)
        ui.installEventFilter(self)  # Escape and the window's close button ask too when something was changed
        self._shown: dict | None = None  # the values as loaded: a change of any of them is unsaved work
        self.question = None
        messages.show(ui.messageLabel, "")
        self._save_button().setEnabled(False)  # until the stored values are shown
        ui.tabs.setCurrentIndex(SHOP_TAB)
        self.company.ui.companyNameEdit.setFocus()

    def _spins(self):
        ui = self.ui
        return ui.leftSpin, ui.topSpin, ui.widthSpin, ui.heightSpin

    def _save_button(self):
        return self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)

    def load(self) -> None:
        self._executor.submit(settings.load, self._desk, owner=self.ui, on_result=self._loaded,
                              on_error=self._failed)
        self.key.refresh()

    def show(self) -> None:
        self.load()
        self.ui.show()

    def _loaded(self, shop: settings.ShopSettings) -> None:
        ui = self.ui
        self.company.fill(shop)
        ui.feeEdit.setText(f"{shop.further_copy_fee:.2f}".replace(".", "," if i18n.language() == "sv" else "."))
        ui.ledgerEdit.setText(str(shop.erasure_ledger_path or ""))
        self._show_window(shop.window)
        self._save_button().setEnabled(True)
        self._shown = self._edited()

    # --- leaving without saving -----------------------------------------------------------------------------

    def _edited(self) -> dict:
        return {**self.values(), "local_ledger": self.ui.localLedgerEdit.text(),
                "language": self.ui.languageCombo.currentData()}

    def close(self) -> None:
        """Cancel, Escape or the close button: changed values are not dropped without asking."""
        if self._shown is None or self._edited() == self._shown:
            self.ui.reject()
            return
        self.question = messages.confirm(
            self.ui, QMessageBox.Icon.Question, self.tr("Discard the changes?"),
            self.tr("The settings were changed but not saved. Close and discard the changes?"),
            lambda discard: self.ui.reject() if discard else None, yes=QMessageBox.StandardButton.Discard)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.ui and self.ui.isVisible() and (
                event.type() == QEvent.Type.Close
                or (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape)):
            event.ignore()
            self.close()
            return True
        return False

    # --- the envelope window --------------------------------------------------------------------------------

    def _show_window(self, window: EnvelopeWindow) -> None:
        for box, value in zip(self._spins(), window.millimetres(), strict=True):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)
        self._window_changed()

    def window(self) -> EnvelopeWindow:
        return EnvelopeWindow(*(box.value() for box in self._spins()))

    def _window_changed(self) -> None:
        """The preview follows every change; a window the letter cannot use says why at once."""
        window = self.window()
        self.preview.set_window(window)
        try:
            window.validate()
            self._message("")
        except DeskError as exc:
            self._message(messages.error_text(exc))

    # --- saving ---------------------------------------------------------------------------------------------

    def values(self) -> dict:
        ui = self.ui
        window = self.window()
        return {**self.company.values(), "further_copy_fee": ui.feeEdit.text(),
                "erasure_ledger_path": ui.ledgerEdit.text(),
                "envelope_window_mm": window.millimetres()}

    def save(self) -> None:
        if self._busy:
            return
        try:
            # this computer's values are checked before the shop's are sent, so that a refusal of either
            # leaves both unsaved
            local_ledger = desk_config.check_ledger_path(self.ui.localLedgerEdit.text())
        except DeskError as exc:
            self._refused(exc, LOCAL_TAB, self.ui.localLedgerEdit)
            return
        self._set_busy(True)
        self._message(self.tr("Saving…"), messages.NOTE_STYLE)
        self._executor.submit(settings.change_many, self._desk, self._actor, self.values(), owner=self.ui,
                              on_result=lambda changed: self._saved(changed, local_ledger),
                              on_error=self._failed)

    def _saved(self, changed: list, local_ledger) -> None:
        self._set_busy(False)
        desk_config.set_ledger_path(local_ledger)
        lang = self.ui.languageCombo.currentData()
        if lang != language.saved_language():
            language.save_language(lang)
            self.language_chosen.emit(lang)
        self._message("")
        self._shown = None  # saved: nothing left to ask about
        self.saved.emit(changed)
        self.ui.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._refused(exc, SHOP_TAB, None)

    def _refused(self, exc: BaseException, tab: int, field: QLineEdit | None) -> None:
        self.ui.tabs.setCurrentIndex(tab)
        self._message(messages.error_text(exc))
        if field is not None:
            field.setFocus()

    def message(self) -> str:
        return self.ui.messageLabel.text()

    def _message(self, text: str, style: str = messages.ERROR_STYLE) -> None:
        messages.show(self.ui.messageLabel, text, style)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._save_button().setEnabled(not busy)
        self.ui.shopTab.setEnabled(not busy)

    def _browse_ledger(self, edit: QLineEdit) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self.ui, self.tr("The erasure ledger"), edit.text() or "erasure-ledger.jsonl",
            self.tr("Erasure ledger (*.jsonl);;All files (*)"), "",
            QFileDialog.Option.DontConfirmOverwrite)  # an existing ledger is appended to, never replaced
        if path:
            edit.setText(path)
