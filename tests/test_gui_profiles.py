"""Connection profiles in the GUI (docs/design.md sections 5 and 6): added, edited, tested and removed; the
password goes to the keyring, and where the keyring is a plain file the dialog says so and asks first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mnu_desk.gui.login_dialog import LoginDialog
from mnu_desk.gui.settings.profiles_dialog import URL_TAB, ProfilesDialog
from mnu_desk.services import credentials, profiles

from .test_gui_helpers import WAIT_MS


@pytest.fixture
def dialog(qtbot, executor, swedish):
    shown = ProfilesDialog(executor)
    qtbot.addWidget(shown.ui)
    shown.ui.show()
    yield shown
    for profile in profiles.list_profiles():
        profiles.remove_profile(profile.name)


@pytest.fixture
def answers(monkeypatch):
    """What the admin answers to the question the dialog asks (the one static dialog patched: it would block)."""
    asked = []

    def answer(reply):
        monkeypatch.setattr(QMessageBox, "question", lambda _parent, title, text, *a: (asked.append(text), reply)[1])
    answer(QMessageBox.StandardButton.Yes)
    return answer, asked


def fill_server(dialog, name="kontor", host="db.exempel.internal", database="mnu", user="desk", password=""):
    ui = dialog.ui
    ui.nameEdit.setText(name)
    ui.backendCombo.setCurrentIndex(ui.backendCombo.findData("postgresql"))
    ui.hostEdit.setText(host)
    ui.databaseEdit.setText(database)
    ui.userEdit.setText(user)
    ui.passwordEdit.setText(password)


def test_the_file_keyring_is_named_as_unprotected(dialog):
    assert not credentials.is_secure()
    assert "inget skyddat" in dialog.ui.keyringLabel.text() and "PlaintextKeyring" in dialog.ui.keyringLabel.text()


def test_a_profile_added_in_the_dialog_is_listed_and_its_password_is_in_the_keyring(qtbot, dialog, answers):
    _answer, asked = answers
    fill_server(dialog, password="hemligt-1")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "vanlig fil" in asked[0]  # asked before a password went to a plain file
    assert [(p.name, p.url) for p in profiles.list_profiles()] == [
        ("kontor", "postgresql+psycopg://desk@db.exempel.internal/mnu")]
    assert credentials.get(credentials.profile_account("kontor")) == "hemligt-1"
    assert "hemligt-1" not in profiles.config_file().read_text(encoding="utf-8")
    assert dialog.ui.profileList.currentItem().text() == "kontor"


def test_declining_the_unprotected_keyring_saves_the_profile_without_its_password(qtbot, dialog, answers):
    answer, _asked = answers
    answer(QMessageBox.StandardButton.No)
    dialog.ui.detailTabs.setCurrentIndex(URL_TAB)
    dialog.ui.nameEdit.setText("lager")
    dialog.ui.urlEdit.setText("mysql+pymysql://desk:hemligt-2@127.0.0.1:3307/mnu")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert profiles.get_profile("lager").url.startswith("mysql+pymysql://desk@127.0.0.1:3307/mnu")
    assert credentials.get(credentials.profile_account("lager")) is None


def test_a_profile_renamed_in_the_dialog_takes_its_password_along(qtbot, dialog, answers):
    fill_server(dialog, password="hemligt-3")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    dialog.ui.nameEdit.setText("huvudkontor")
    dialog.ui.hostEdit.setText("db2.exempel.internal")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert [p.name for p in profiles.list_profiles()] == ["huvudkontor"]
    assert "db2.exempel.internal" in profiles.get_profile("huvudkontor").url
    assert credentials.get(credentials.profile_account("huvudkontor")) == "hemligt-3"
    assert credentials.get(credentials.profile_account("kontor")) is None


@pytest.mark.parametrize(("setup", "says"), [
    (lambda ui: (ui.detailTabs.setCurrentIndex(URL_TAB), ui.urlEdit.setText("inte en url")), "ingen databas-URL"),
    (lambda ui: ui.hostEdit.clear(), "värd och ett databasnamn"),
    (lambda ui: ui.nameEdit.setText("två ord"), "profilnamn"),
])
def test_a_bad_profile_is_refused_with_its_reason_and_nothing_saved(qtbot, dialog, answers, setup, says):
    fill_server(dialog)
    setup(dialog.ui)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert says in dialog.ui.messageLabel.text()
    assert profiles.list_profiles() == []


def test_a_new_profile_may_not_take_a_name_already_used(qtbot, dialog, answers):
    fill_server(dialog)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.newButton, Qt.MouseButton.LeftButton)
    fill_server(dialog, host="annan.exempel.internal")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "finns redan" in dialog.ui.messageLabel.text()
    assert "db.exempel.internal" in profiles.get_profile("kontor").url


def test_testing_an_unreachable_server_says_so_off_the_gui_thread(qtbot, dialog):
    fill_server(dialog, host="127.0.0.1", password="whatever-1")
    dialog.ui.portSpin.setValue(1)  # nothing listens on port 1
    qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)
    assert "Ansluter" in dialog.ui.testResultLabel.text()  # the window did not wait for the answer
    qtbot.waitUntil(lambda: "går inte att nå" in dialog.ui.testResultLabel.text(), timeout=WAIT_MS)
    assert profiles.list_profiles() == []  # a test saves nothing


def test_testing_a_reachable_database_reports_its_schema(qtbot, dialog, desk):
    if desk.backend == "sqlite":
        pytest.skip("a profile is for a server; the SQLite file is tested in the log-in")
    url = desk.engine.url
    dialog.ui.detailTabs.setCurrentIndex(URL_TAB)
    dialog.ui.urlEdit.setText(url.render_as_string(hide_password=False))
    qtbot.mouseClick(dialog.ui.testButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "(aktuell)" in dialog.ui.testResultLabel.text(), timeout=WAIT_MS)


def test_a_removed_profile_leaves_the_list_and_the_keyring(qtbot, dialog, answers):
    _answer, asked = answers
    fill_server(dialog, password="hemligt-4")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.ui.removeButton, Qt.MouseButton.LeftButton)
    assert "kontor" in asked[-1]
    assert profiles.list_profiles() == [] and dialog.ui.profileList.count() == 0
    assert credentials.get(credentials.profile_account("kontor")) is None


def test_the_log_in_offers_the_profiles_window_and_lists_a_new_profile_at_once(qtbot, executor, swedish, desk,
                                                                                answers):
    from mnu_desk.gui.settings import connection as conn

    login = LoginDialog(executor, conn.embedded(), None)
    qtbot.addWidget(login.ui)
    login.ui.show()
    before = login.ui.connectionCombo.count()
    manager = login.manage_connections()
    fill_server(manager, name="filial")
    qtbot.mouseClick(manager.ui.saveButton, Qt.MouseButton.LeftButton)
    try:
        assert login.ui.connectionCombo.count() == before + 1
        assert any(login.ui.connectionCombo.itemText(i).startswith("filial")
                   for i in range(login.ui.connectionCombo.count()))
    finally:
        profiles.remove_profile("filial")
    manager.ui.reject()
