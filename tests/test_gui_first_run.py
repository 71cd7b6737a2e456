"""The first start on an empty database (docs/design.md sections 6 and 7): the wizard creates the first
administrator, the company's details and the signing key, then the main window opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from mnu_desk.gui.controller import AppController
from mnu_desk.gui.settings import connection as conn
from mnu_desk.gui.settings.first_run_wizard import COMPANY_PAGE, KEY_PAGE
from mnu_desk.services import agents, keys, settings

from .test_gui_helpers import WAIT_MS


def started(qtbot, desk, executor) -> AppController:
    controller = AppController(executor, conn.Connection(conn.URL, desk.engine.url.render_as_string(
        hide_password=False)), desk)
    controller.start(agents.agent_count(desk))
    assert controller.login is None
    qtbot.waitExposed(controller.first_run)
    return controller


def click(qtbot, wizard, which) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def create_admin(qtbot, wizard, name="chef", password="lösenord-1234", repeat=None) -> None:
    wizard.admin.nameEdit.setText(name)
    wizard.admin.passwordEdit.setText(password)
    wizard.admin.repeatEdit.setText(password if repeat is None else repeat)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)


def at_company_page(qtbot, desk, executor) -> AppController:
    """Started, the administrator created, the company page showing the stored details."""
    controller = started(qtbot, desk, executor)
    wizard = controller.first_run
    create_admin(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentId() == COMPANY_PAGE, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: wizard.company.ui.orgNoEdit.text() == "556871-8133", timeout=WAIT_MS)
    return controller


def test_the_wizard_creates_the_admin_the_company_and_the_key_then_opens_the_desk(qtbot, desk, executor, swedish,
                                                                                    monkeypatch):
    """docs/design.md section 7: on a database without agents the first admin needs no one to add them."""
    # the tests' keyring is a plain file: asked before the passphrase goes there, the admin says yes
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    controller = at_company_page(qtbot, desk, executor)
    wizard = controller.first_run
    assert agents.agent_count(desk) == 1
    company = wizard.company.ui
    company.companyNameEdit.setText("m.nu Testbutik AB")
    company.addressEdit.setPlainText("Storgatan 1\n411 01 Göteborg")
    company.fiscalMonthCombo.setCurrentIndex(5)  # ends with June: 06-30 (docs/design.md "Retention")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentId() == KEY_PAGE, timeout=WAIT_MS)
    key = wizard.key.ui
    key.trialPassphraseEdit.setText("nyckel-lösen-1")
    key.trialRepeatEdit.setText("nyckel-lösen-1")
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    assert controller.actor.name == "chef" and controller.actor.role.value == "admin"
    assert "chef (administratör)" in controller.main_window.ui.windowTitle()
    shop = settings.load(desk)
    assert shop.company_name == "m.nu Testbutik AB" and shop.fiscal_year_end == "06-30"
    assert shop.company_address == ["Storgatan 1", "411 01 Göteborg"]
    assert keys.active_key_info(desk) is not None
    controller.quit()


def test_passwords_must_match_and_follow_the_services_rules(qtbot, desk, executor, swedish):
    controller = started(qtbot, desk, executor)
    wizard = controller.first_run
    create_admin(qtbot, wizard, repeat="lösenord-4321")
    assert "skiljer sig" in wizard.message()
    create_admin(qtbot, wizard, password="kort")
    qtbot.waitUntil(lambda: "minst 8 tecken" in wizard.message(), timeout=WAIT_MS)
    assert agents.agent_count(desk) == 0 and controller.main_window is None
    assert wizard.currentId() == 0
    quit_seen = []
    controller.finished.connect(quit_seen.append)
    wizard.reject()  # Cancel before anything exists: the desk quits
    assert quit_seen == [0]


def test_bad_company_details_are_refused_on_their_page_and_later_opens_the_desk(qtbot, desk, executor, swedish):
    controller = at_company_page(qtbot, desk, executor)
    wizard = controller.first_run
    wizard.company.ui.orgNoEdit.setText("12345")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: "organisationsnummer" in wizard.message(), timeout=WAIT_MS)
    assert wizard.currentId() == COMPANY_PAGE and settings.load(desk).org_no == "556871-8133"
    # the administrator exists: Cancel is now "Later" and opens the desk
    assert wizard.button(QWizard.WizardButton.CancelButton).text().replace("&", "") == "Senare"
    click(qtbot, wizard, QWizard.WizardButton.CancelButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    assert controller.actor.name == "chef"
    controller.quit()


def test_a_key_can_be_left_for_later(qtbot, desk, executor, swedish):
    controller = at_company_page(qtbot, desk, executor)
    wizard = controller.first_run
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    qtbot.waitUntil(lambda: wizard.currentId() == KEY_PAGE, timeout=WAIT_MS)
    assert "Ingen signeringsnyckel" in wizard.key.warning_text()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=WAIT_MS)
    assert keys.active_key_info(desk) is None
    controller.quit()
