"""The main window: the search on the left, the open person on the right (DESIGN.md section 8), the menus and
their shortcuts, the status line and the window title that says who works on which database."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QLabel, QMessageBox

from .. import __version__, i18n
from ..services.register import load_register
from . import formatting as fmt
from . import messages
from .executor import Executor
from .language import settings
from .record_view import RecordView
from .search_panel import SearchPanel
from .uiload import discard, load_ui

_GEOMETRY = "main/geometry"
_SPLITTER = "main/splitter"
TAB_ACTIONS = ("actionTabOverview", "actionTabPurchases", "actionTabActivity", "actionTabInterests",
               "actionTabObjections", "actionTabDisclosures", "actionTabRequests", "actionTabLog")


def _register():
    """The processing register, or the reason it could not be read (the tabs then say so)."""
    try:
        return load_register()
    except Exception as exc:  # noqa: BLE001 - a broken resource file must not keep the desk from working
        return exc


class MainWindow(QObject):
    log_out_requested = Signal()
    quit_requested = Signal()
    language_requested = Signal(str)

    def __init__(self, executor: Executor, desk, actor, database_label: str) -> None:
        super().__init__()
        self.ui = load_ui("main_window.ui")
        self.setParent(self.ui)
        self._executor = executor
        self._desk = desk
        self._actor = actor
        self._register = _register()
        self._leaving = False
        self.record: RecordView | None = None
        ui = self.ui

        ui.setWindowTitle(self.tr("mnu-desk — %1 (%2) — %3").replace("%1", actor.name)
                          .replace("%2", fmt.word("role", actor.role.value)).replace("%3", database_label))
        self.search = SearchPanel(executor, desk, actor, ui.searchEdit, ui.resultsView, self)
        self.search.open_requested.connect(self.open_person)
        self.status_label = QLabel(ui.statusbar)
        ui.statusbar.addWidget(self.status_label, 1)
        self.search.status_changed.connect(self.show_status)

        ui.actionQuit.triggered.connect(self._quit)
        ui.actionLogOut.triggered.connect(self._log_out)
        ui.actionFocusSearch.triggered.connect(self.search.focus)
        ui.actionAbout.triggered.connect(self.about)
        for index, name in enumerate(TAB_ACTIONS):
            getattr(ui, name).triggered.connect(lambda _checked=False, i=index: self.select_tab(i))
            getattr(ui, name).setEnabled(False)
        languages = QActionGroup(self)
        for action, lang in ((ui.actionSwedish, "sv"), (ui.actionEnglish, "en")):
            languages.addAction(action)
            action.setChecked(i18n.language() == lang)
            action.triggered.connect(lambda _checked=False, code=lang: self._choose_language(code))

        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        state = settings()
        self._first_show = not ui.restoreGeometry(QByteArray(state.value(_GEOMETRY, QByteArray())))
        self._split = ui.splitter.restoreState(QByteArray(state.value(_SPLITTER, QByteArray())))
        ui.installEventFilter(self)

    def show(self) -> None:
        if self._first_show:
            # the first time on this computer: all the screen there is, since the search and the record
            # each want half of it
            self.ui.showMaximized()
        else:
            self.ui.show()
        if not self._split:
            width = max(self.ui.width(), 1000)
            self.ui.splitter.setSizes([width // 2, width - width // 2])
        self.ui.activateWindow()
        self.ui.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- the open person ------------------------------------------------------------------------------------

    def open_person(self, customer_no: str) -> None:
        previous_tab = self.record.ui.tabs.currentIndex() if self.record is not None else 0
        self._close_record()
        record = RecordView(self._executor, self._desk, self._actor, customer_no, self._register,
                            self.ui.recordStack)
        record.failed.connect(lambda text: self.show_status(text, True))
        record.header_loaded.connect(self._record_opened)
        self.ui.recordStack.addWidget(record.ui)
        self.ui.recordStack.setCurrentWidget(record.ui)
        self.record = record
        # keep the tab the agent was on, e.g. comparing purchases of several customers
        record.select_tab(previous_tab)
        record.start()
        for name in TAB_ACTIONS:
            getattr(self.ui, name).setEnabled(True)

    def _record_opened(self, header: dict) -> None:
        self.show_status(self.tr("Opened customer %1; the opening is logged.").replace("%1", header["customer_no"]))

    def _close_record(self) -> None:
        if self.record is None:
            return
        self.record.close()
        self.ui.recordStack.removeWidget(self.record.ui)
        discard(self.record.ui)
        self.record = None

    def select_tab(self, index: int) -> None:
        if self.record is not None:
            self.record.select_tab(index)

    # --- status, about ------------------------------------------------------------------------------------

    def show_status(self, text: str, is_error: bool = False) -> None:
        self.status_label.setStyleSheet(messages.ERROR_STYLE if is_error else "")
        self.status_label.setText(text)

    def status_text(self) -> str:
        return self.status_label.text()

    def about(self) -> None:
        QMessageBox.about(self.ui, self.tr("About mnu-desk"), self.tr(
            "<h3>mnu-desk %1</h3><p>The support desk's tool for keeping the promises of m.nu's privacy policy: "
            "look up customers and see every category of their data.</p><p>m punkt nu Sverige AB, "
            "org.nr 556871-8133</p><p>Database: %2 (%3)</p>").replace("%1", __version__)
            .replace("%2", self._desk.where).replace("%3", self._desk.backend))

    # --- leaving ------------------------------------------------------------------------------------------

    def dispose(self) -> None:
        """Close the window for good without quitting (log out, language change)."""
        self._leaving = True
        self._save_layout()
        self._close_record()
        discard(self.ui)

    def _save_layout(self) -> None:
        state = settings()
        state.setValue(_GEOMETRY, self.ui.saveGeometry())
        state.setValue(_SPLITTER, self.ui.splitter.saveState())

    def _log_out(self) -> None:
        self.log_out_requested.emit()

    def _quit(self) -> None:
        self._save_layout()
        self.quit_requested.emit()

    def _choose_language(self, lang: str) -> None:
        if lang != i18n.language():
            self.language_requested.emit(lang)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui and event.type() == QEvent.Type.Close and not self._leaving:
            self._quit()
        return super().eventFilter(watched, event)
