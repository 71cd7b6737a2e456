"""The import window (an admin's): a shop file imported off the GUI thread with a progress bar, a result that
says what became of the rows, a broken file refused in plain Swedish; the menu entry only for admins; the record
and the case say whether the desk's changes have reached the shop."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import func, select

from mnu_desk.db.models import Person
from mnu_desk.gui.record.tabs.overview import shop_changes_text
from mnu_desk.gui.settings.import_dialog import ImportDialog
from mnu_desk.services import changes
from mnu_desk.services.rectification import rectify

from .factories import add_person
from .test_gui_helpers import WAIT_MS, shown_main_window

HEADER = ("customer_id", "kind", "first_name", "last_name", "email", "created_at")


def people(desk) -> int:
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(Person))


@pytest.fixture
def shop_file(tmp_path):
    path = tmp_path / "kunder.csv"
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows([(f"C{i}", "account", "Åsa", f"Namn{i}", f"c{i}@exempel.se", "2024-01-01T10:00:00Z")
                          for i in range(40)])
        writer.writerow(("C99", "account", "Fel", "Adress", "ingen-adress", "2024-01-01T10:00:00Z"))
    return path


@pytest.fixture
def dialog(qtbot, desk, executor, swedish, admin):
    window = ImportDialog(executor, desk, admin)
    qtbot.addWidget(window.ui)
    window.ui.show()
    return window


def test_a_file_is_imported_with_progress_and_a_result(qtbot, desk, dialog, shop_file):
    ui = dialog.ui
    ui.categoryCombo.setCurrentIndex(ui.categoryCombo.findData("customers"))
    ui.fileEdit.setText(str(shop_file))
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as done:
        ui.importButton.click()
        assert not ui.importButton.isEnabled() and ui.cancelButton.isEnabled()
    assert done.args[0]["inserted"] == 40 and people(desk) == 40
    assert "41 rader lästa: 40 nya, 0 uppdaterade, 0 oförändrade, 1 avvisade" in ui.messageLabel.text()
    assert "kunder.rejected.csv" in ui.messageLabel.text()
    assert ui.progressBar.value() == ui.progressBar.maximum() == 41
    assert ui.importButton.isEnabled() and not ui.cancelButton.isEnabled()
    assert ui.categoryCombo.currentText() == "Kunder"


def test_a_broken_file_is_refused_in_plain_words(qtbot, desk, dialog, tmp_path):
    broken = tmp_path / "kunder.csv"
    broken.write_bytes(b"customer_id;kind;created_at\nC1;account;\xe5r\n")
    ui = dialog.ui
    ui.fileEdit.setText(str(broken))
    ui.importButton.click()
    qtbot.waitUntil(lambda: ui.importButton.isEnabled(), timeout=WAIT_MS)
    assert "Rad 2 är inte UTF-8-text" in ui.messageLabel.text()
    assert people(desk) == 0 and ui.progressBar.isHidden()


def test_cancel_stops_before_the_next_batch(qtbot, desk, dialog, shop_file):
    ui = dialog.ui
    ui.fileEdit.setText(str(shop_file))
    with qtbot.waitSignal(dialog.imported, timeout=WAIT_MS) as done:
        ui.importButton.click()
        ui.cancelButton.click()  # the worker is still checking the file: nothing gets in
    assert done.args[0]["status"] == "cancelled" and people(desk) == 0
    assert "Avbrutet" in ui.messageLabel.text()


def test_no_file_chosen_is_said(dialog):
    dialog.ui.importButton.click()
    assert dialog.ui.messageLabel.text() == "Välj filen som ska importeras."


def test_only_admins_may_import(qtbot, desk, executor, swedish, admin, make_agent):
    assert shown_main_window(qtbot, executor, desk, admin).ui.actionImport.isEnabled()
    action = shown_main_window(qtbot, executor, desk, make_agent("anna")).ui.actionImport
    assert not action.isEnabled() and "(handläggare)" in action.toolTip() and "administratör" in action.toolTip()


def test_the_record_and_case_say_whether_a_change_reached_the_shop(desk, swedish, admin):
    add_person(desk, "100001")
    rectify(desk, admin, "100001", {"city": "Uppsala"}, "moved")
    with desk.read() as session:
        state = changes.changes_of(session, person_id=session.scalar(select(Person.id)))
    assert shop_changes_text(state).startswith("Ändringar till butiken: 1, 1 ännu inte genomförda av butiken")
    changes.ack(desk, admin, 1)
    with desk.read() as session:
        state = changes.changes_of(session, person_id=session.scalar(select(Person.id)))
    assert shop_changes_text(state) == "Ändringar till butiken: 1, alla genomförda av butiken"
    assert shop_changes_text(None) == "Ändringar till butiken: inga"
