"""Starts the real application (`mnu-desk --demo`, the same code path as a person's start), logs in as the
demo supervisor, opens a person's record, a request with the extract preview and the About box, then quits
with Arkiv → Avsluta. Run as its own process by tests/test_gui_quit.py, which checks the exit code: a crash
on quit shows only there, after the event loop has ended.

Usage: quit_from_main_window.py DATA_DIR [CUSTOMERS]   (XDG folders and the keyring are set by the caller)"""

from __future__ import annotations

import sys
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from sqlalchemy import select

from mnu_desk.cli.main import build_parser
from mnu_desk.db.models import Address, Person
from mnu_desk.gui.app import run_gui
from mnu_desk.gui.demo_setup import DEMO_LOGINS, prepare_demo_database
from mnu_desk.gui.login_dialog import LoginDialog
from mnu_desk.gui.main_window import MainWindow
from mnu_desk.paths import demo_database_path
from mnu_desk.services import agents, requests

STEP_MS = 100
GIVE_UP_MS = 20_000


def prepare(customers: int) -> tuple[str, str]:
    """The demo database with a request for an extract of one of its customers: (request ref, customer no)."""
    desk = prepare_demo_database(demo_database_path(), customers)
    try:
        sven = next(login for login in DEMO_LOGINS if login.role == "supervisor")
        actor = agents.authenticate(desk, sven.name, sven.password)
        with desk.read() as session:
            customer_no = session.scalar(select(Person.customer_no).join(Address, Address.person_id == Person.id)
                                         .where(Person.status == "active").order_by(Person.id).limit(1))
        ref = requests.register_request(desk, actor, type="access", channel="letter", received=date.today(),
                                        customer_no=customer_no, signed=True)["ref"]
        return ref, customer_no
    finally:
        desk.dispose()


def _find(kind):
    for widget in QApplication.topLevelWidgets():
        for child in [widget, *widget.findChildren(kind)]:
            if isinstance(child, kind):
                return child
    return None


class Driver:
    def __init__(self, ref: str, customer_no: str) -> None:
        self.ref = ref
        self.customer = customer_no
        self.waited = 0
        self.step = self.log_in

    def tick(self) -> None:
        self.waited += STEP_MS
        if self.waited > GIVE_UP_MS:
            print(f"driver: gave up at {self.step.__name__}; windows: {self.shown()}", flush=True)
            QApplication.instance().exit(3)
            return
        if self.step():
            print(f"driver: {self.step.__name__} done", flush=True)
            self.step = self.next_steps.pop(0) if self.next_steps else None
            self.waited = 0
        if self.step is not None:
            QTimer.singleShot(STEP_MS, self.tick)

    @staticmethod
    def shown() -> str:
        from PySide6.QtWidgets import QLabel

        return " | ".join(f"{w.windowTitle()}: " + " / ".join(label.text() for label in w.findChildren(QLabel)
                                                              if label.isVisible() and label.text())
                          for w in QApplication.topLevelWidgets() if w.isVisible())

    def log_in(self) -> bool:
        dialog = _find(LoginDialog)
        if dialog is None or not dialog.ui.isVisible():
            return False
        sven = next(login for login in DEMO_LOGINS if login.role == "supervisor")
        dialog.ui.agentEdit.setText(sven.name)
        dialog.ui.passwordEdit.setText(sven.password)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        self.next_steps = [self.main_window, self.record, self.request, self.extract, self.about, self.quit]
        return True

    def main_window(self) -> bool:
        self.window = _find(MainWindow)
        return self.window is not None and self.window.ui.isVisible()

    def record(self) -> bool:
        if self.window.record is None:
            self.window.ui.searchEdit.setText(self.customer)
            self.window.open_person(self.customer)
            return False
        return self.window.record.header is not None

    def request(self) -> bool:
        if not hasattr(self, "detail"):
            self.detail = self.window.cases.open_request(self.ref)
        return self.detail.request is not None

    def extract(self) -> bool:
        if self.detail.extract_dialog is None:
            self.detail.ui.extractButton.click()
        dialog = self.detail.extract_dialog
        return dialog is not None and dialog.preview is not None

    def about(self) -> bool:
        self.window.about()
        return True

    def quit(self) -> bool:
        self.window.ui.actionQuit.trigger()
        return True


def main() -> int:
    customers = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    ref, customer_no = prepare(customers)
    QApplication(sys.argv[:1])  # run_gui takes this one over; the driver's timer needs it first
    app_args = build_parser().parse_args(["--demo", "--lang", "sv"])
    driver = Driver(ref, customer_no)
    QTimer.singleShot(STEP_MS, driver.tick)
    code = run_gui(app_args)
    print(f"driver: event loop ended with {code}", flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
