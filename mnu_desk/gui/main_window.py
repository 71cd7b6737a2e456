"""The main window: the search and the case queue on the left, the open person on the right (docs/design.md
section 8), the menus and their shortcuts, the status line and the window title that says who works on which
database. The queue's tab says how many requests are overdue, so it is seen without looking for it."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QActionGroup, QIcon, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QSizePolicy

from .. import i18n
from ..domain.roles import Permission
from ..services.register import load_register
from .about_dialog import AboutDialog
from .activity_dialog import ActivityDialog
from .language import settings
from .record.edit_person_dialog import EditPersonDialog
from .record.person_actions import PersonActions
from .record.record_view import RecordView
from .requests.case_queue import CaseQueue
from .requests.case_work import CaseWork
from .requests.register_request_dialog import RegisterRequestDialog
from .search_panel import SearchPanel
from .settings.agents_dialog import AgentsDialog
from .settings.import_dialog import ImportDialog
from .settings.profiles_dialog import ProfilesDialog
from .settings.retention_dialog import RetentionDialog
from .settings.settings_dialog import SettingsDialog
from .widgets import formatting as fmt
from .widgets import messages, urgency
from .widgets.executor import Executor
from .widgets.role_gate import gate
from .widgets.uiload import discard, fit_to_screen, load_ui

_GEOMETRY = "main/geometry"
_SPLITTER = "main/splitter"
SEARCH_PAGE, QUEUE_PAGE = range(2)
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
        self._announced: RecordView | None = None
        ui = self.ui

        ui.setWindowTitle(self.tr("%1 (%2) — %3 — mnu-desk").replace("%1", actor.name)
                          .replace("%2", fmt.word("role", actor.role.value)).replace("%3", database_label))
        self.search = SearchPanel(executor, desk, actor, ui.searchEdit, ui.resultsView, self)
        self.search.open_requested.connect(self.open_person)
        self.status_label = QLabel(ui.statusbar)
        # a long message must never widen the window (1360 → 1481 px on a laptop): the label takes the width
        # it is given and the whole text is in its tooltip
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_label.setMinimumWidth(1)
        ui.statusbar.addWidget(self.status_label, 1)
        self.search.status_changed.connect(self.show_status)

        self.cases = CaseWork(executor, desk, actor, ui)
        self.cases.status_changed.connect(self.show_status)
        self.cases.open_person_requested.connect(self.open_person)
        self.cases.person_changed.connect(self._person_changed)
        self.queue = CaseQueue(executor, desk, actor, ui.queuePane)
        ui.queueLayout.addWidget(self.queue.ui)
        self.queue.open_request.connect(self.cases.open_request)
        self.queue.open_person.connect(self.open_person)
        self.queue.new_request.connect(self.new_request)
        self.queue.status_changed.connect(self.show_status)
        self.queue.counts_changed.connect(self._show_queue_count)
        self.cases.requests_changed.connect(self._requests_changed)
        self.person_actions = PersonActions(executor, desk, actor, ui)
        self.person_actions.status_changed.connect(self.show_status)
        self.person_actions.person_changed.connect(self._person_changed)

        ui.actionQuit.triggered.connect(self._quit)
        ui.actionLogOut.triggered.connect(self._log_out)
        ui.actionFocusSearch.triggered.connect(self.focus_search)
        ui.actionCaseQueue.triggered.connect(self.show_queue)
        ui.actionNewRequest.triggered.connect(self.new_request)
        ui.actionExportRegister.triggered.connect(self.queue.export_register)
        ui.actionCorrectData.triggered.connect(self.correct_data)
        ui.actionCorrectData.setEnabled(False)
        ui.actionAbout.triggered.connect(self.about)
        ui.actionActivity.triggered.connect(self.activity)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionAgents.triggered.connect(self.open_agents)
        ui.actionImport.triggered.connect(self.open_import)
        ui.actionRetention.triggered.connect(self.open_retention)
        # an admin's windows: shown to everyone, disabled for others with the reason (the services refuse too)
        for action, permission in ((ui.actionSettings, Permission.MANAGE_SETTINGS),
                                   (ui.actionAgents, Permission.MANAGE_AGENTS),
                                   (ui.actionImport, Permission.IMPORT_DATA),
                                   (ui.actionRetention, Permission.RUN_RETENTION)):
            gate(action, actor, permission, tip=action.toolTip())
        for entry in ui.menuBar().actions():
            if entry.menu() is not None:
                entry.menu().setToolTipsVisible(True)  # a disabled entry's tooltip says why and who may
        ui.actionConnections.triggered.connect(self.open_connections)
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
        ui.leftTabs.setCurrentIndex(SEARCH_PAGE)
        ui.installEventFilter(self)
        self._window_keys = {action.shortcut() for action in (ui.actionCorrectData, ui.actionCaseQueue,
                                                              ui.actionNewRequest)}
        ui.searchEdit.installEventFilter(self)
        self.queue.refresh()  # the overdue count shows from the start

    def show(self) -> None:
        self._fit_screen()
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

    def _fit_screen(self) -> None:
        """A size restored from a bigger monitor shrinks to this one, and the window starts on the screen."""
        fit_to_screen(self.ui)
        room = self.ui.screen().availableGeometry() if self.ui.screen() is not None else None
        if room is not None and not room.contains(self.ui.frameGeometry().topLeft()):
            self.ui.move(room.topLeft())

    # --- the open person ------------------------------------------------------------------------------------

    def open_person(self, customer_no: str) -> None:
        previous_tab = self.record.ui.tabs.currentIndex() if self.record is not None else 0
        self._close_record()
        record = RecordView(self._executor, self._desk, self._actor, customer_no, self._register,
                            self.ui.recordStack)
        record.failed.connect(lambda text: self.show_status(text, True))
        record.header_loaded.connect(self._record_opened)
        record.edit_requested.connect(self.correct_data)
        record.new_request_requested.connect(self.new_request)
        record.request_activated.connect(self.cases.open_request)
        self.ui.recordStack.addWidget(record.ui)
        self.ui.recordStack.setCurrentWidget(record.ui)
        self.record = record
        self.person_actions.attach(record)
        # keep the tab the agent was on, e.g. comparing purchases of several customers
        record.select_tab(previous_tab)
        record.start()
        for name in TAB_ACTIONS:
            getattr(self.ui, name).setEnabled(True)

    def _record_opened(self, header: dict) -> None:
        self.ui.actionCorrectData.setEnabled(self.record is not None and self.record.editable)
        if self._announced is not self.record:  # once per opening, not again when a change reloads it
            self._announced = self.record
            self.show_status(self.tr("Opened customer %1; the opening is logged.")
                             .replace("%1", header["customer_no"]))

    def _close_record(self) -> None:
        self.ui.actionCorrectData.setEnabled(False)
        if self.record is None:
            return
        self.person_actions.attach(None)
        self.record.close()
        self.ui.recordStack.removeWidget(self.record.ui)
        discard(self.record.ui)
        self.record = None

    def select_tab(self, index: int) -> None:
        if self.record is not None:
            self.record.select_tab(index)

    # --- requests -----------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.ui.leftTabs.setCurrentIndex(SEARCH_PAGE)
        self.search.focus()

    def show_queue(self) -> None:
        self.ui.leftTabs.setCurrentIndex(QUEUE_PAGE)
        self.queue.ui.queueView.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.queue.refresh()

    def new_request(self) -> RegisterRequestDialog:
        """Register a request; from the open person's record when one is open."""
        header = self.record.header if self.record is not None else None
        if header is not None and header.get("status") != "erased":
            name = fmt.person_name(header.get("first_name"), header.get("last_name"))
            return self.cases.register_request(header["customer_no"], name)
        return self.cases.register_request()

    def correct_data(self) -> EditPersonDialog | None:
        """Correct the open person's data, starting from what the overview shows."""
        record = self.record
        if record is None or not record.editable:
            return None
        header = record.header
        return self.cases.correct_person(record.customer_no, header["version"], header["values"],
                                         fmt.person_name(header.get("first_name"), header.get("last_name")))

    def _person_changed(self, customer_no: str) -> None:
        if self.record is not None and self.record.customer_no == customer_no:
            self.record.invalidate()

    def _requests_changed(self) -> None:
        self.queue.refresh()
        if self.record is not None:
            self.record.invalidate(("requests",))

    def _show_queue_count(self, _shown: int, overdue: int) -> None:
        tabs = self.ui.leftTabs
        if overdue:
            tabs.setTabText(QUEUE_PAGE, self.tr("Case queue (%n overdue)", "", overdue))
            tabs.setTabIcon(QUEUE_PAGE, urgency.icon(urgency.OVERDUE))
        else:
            tabs.setTabText(QUEUE_PAGE, self.tr("Case queue"))
            tabs.setTabIcon(QUEUE_PAGE, QIcon())
        tabs.setTabToolTip(QUEUE_PAGE, self.tr("Open requests by due date (Ctrl+K)"))

    # --- status, about ------------------------------------------------------------------------------------

    def show_status(self, text: str, is_error: bool = False) -> None:
        self.status_label.setStyleSheet(messages.ERROR_STYLE if is_error else "")
        self.status_label.setText(text)
        self.status_label.setToolTip(text)

    def status_text(self) -> str:
        return self.status_label.text()

    def about(self) -> None:
        self.about_dialog = AboutDialog(self._executor, self._desk, self.ui)
        self.about_dialog.show()

    def activity(self) -> ActivityDialog:
        self.activity_dialog = ActivityDialog(self._executor, self._desk, self._actor, self.ui)
        self.activity_dialog.show()
        return self.activity_dialog

    # --- settings -----------------------------------------------------------------------------------------

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self._executor, self._desk, self._actor, self.ui)
        dialog.saved.connect(lambda _changed: self.show_status(self.tr("Settings saved.")))
        dialog.language_chosen.connect(self._choose_language)
        dialog.ui.finished.connect(lambda _result, form=dialog.ui: discard(form))
        dialog.show()
        return dialog

    def open_agents(self) -> AgentsDialog:
        self.agents_dialog = AgentsDialog(self._executor, self._desk, self._actor, self.ui)
        self.agents_dialog.show()
        return self.agents_dialog

    def open_import(self) -> ImportDialog:
        dialog = ImportDialog(self._executor, self._desk, self._actor, self.ui)
        dialog.ui.finished.connect(lambda _result, form=dialog.ui: discard(form))
        dialog.ui.show()
        return dialog

    def open_retention(self) -> RetentionDialog:
        dialog = RetentionDialog(self._executor, self._desk, self._actor, self.ui)
        dialog.ui.finished.connect(lambda _result, form=dialog.ui: discard(form))
        dialog.start()
        return dialog

    def open_connections(self) -> ProfilesDialog:
        dialog = ProfilesDialog(self._executor, self.ui)
        dialog.ui.finished.connect(lambda _result, form=dialog.ui: discard(form))
        dialog.ui.show()
        return dialog

    # --- leaving ------------------------------------------------------------------------------------------

    def dispose(self) -> None:
        """Close the window for good without quitting (log out, language change)."""
        self._leaving = True
        self._save_layout()
        self._close_record()
        # the filters are Python code: none of them may run while the window is being deleted
        self.ui.removeEventFilter(self)
        self.ui.searchEdit.removeEventFilter(self)
        self.search.release()
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
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit) \
                and QKeySequence(event.keyCombination()) in self._window_keys:
            # on X11 a line edit takes Ctrl+E (end of line) and Ctrl+K (delete to the end) for itself; in the
            # search field the window's shortcuts matter more
            event.ignore()
            return True
        return super().eventFilter(watched, event)
