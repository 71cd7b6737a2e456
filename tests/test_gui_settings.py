"""The admin's settings dialog (docs/design.md sections 4-6): the shop's settings in the database, this computer's
in its user config; a bad value is refused with its reason and nothing is saved; the signing key with its
expiry warning."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from mnu_desk.domain.errors import PermissionDenied
from mnu_desk.domain.letters import A4_WIDTH_MM
from mnu_desk.gui.settings.settings_dialog import KEY_TAB, LOCAL_TAB, SettingsDialog
from mnu_desk.gui.widgets import messages
from mnu_desk.services import desk_config, keys, settings

from .test_gui_helpers import WAIT_MS, shown_main_window

PASSPHRASE = "company-passphrase-1"


@pytest.fixture
def dialog(qtbot, desk, executor, swedish, admin, monkeypatch):
    # the tests' keyring is a plain file: the panel asks before keeping a passphrase there, and the admin
    # here says yes (the one static dialog patched: it would block)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    shown = SettingsDialog(executor, desk, admin)
    qtbot.addWidget(shown.ui)
    shown.show()
    qtbot.waitUntil(save_button(shown).isEnabled, timeout=WAIT_MS)  # the stored values are shown
    yield shown
    desk_config.set_ledger_path(None)


def save_button(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)


def save(qtbot, dialog) -> None:
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: save_button(dialog).isEnabled() or not dialog.ui.isVisible(), timeout=WAIT_MS)


def test_a_changed_company_name_is_saved_for_every_desk(qtbot, dialog, desk):
    company = dialog.company.ui
    assert company.companyNameEdit.text() == "m punkt nu Sverige AB"
    company.companyNameEdit.setText("m.nu Butik AB")
    company.addressEdit.setPlainText("Box 12\n\n123 45 Göteborg")
    dialog.ui.feeEdit.setText("125,50")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert set(signal.args[0]) == {"company_name", "company_address", "further_copy_fee"}
    shop = settings.load(desk)
    assert shop.company_name == "m.nu Butik AB"
    assert shop.company_address == ["Box 12", "123 45 Göteborg"]  # no blank lines on a letter
    assert shop.further_copy_fee == Decimal("125.50")
    assert not dialog.ui.isVisible()


def test_the_preview_draws_the_window_where_the_numbers_put_it(qtbot, dialog):
    """docs/design.md section 4: the window's position is a setting in millimetres on an A4 page."""
    ui, preview = dialog.ui, dialog.preview
    ui.tabs.setCurrentIndex(0)
    qtbot.waitExposed(preview)
    page = preview.page_rect()
    assert page.height() / page.width() == pytest.approx(297 / 210, rel=0.01)
    ui.leftSpin.setValue(105.0)
    ui.topSpin.setValue(60.0)
    window, scale = preview.window_rect(), page.width() / A4_WIDTH_MM
    assert (window.left() - page.left()) / scale == pytest.approx(105.0)
    assert (window.top() - page.top()) / scale == pytest.approx(60.0)
    assert window.width() / scale == pytest.approx(85.0)
    assert preview.is_valid() and dialog.message() == ""
    zone = preview.zone_rect()
    assert zone.right() == pytest.approx(page.right()) and zone.width() / scale == pytest.approx(150.0)


@pytest.mark.parametrize(("field", "value", "says"), [
    ("leftSpin", 150.0, "utanför A4-sidan"),
    ("topSpin", 250.0, "sorteringsfält"),
])
def test_a_window_off_the_page_or_over_the_posts_zone_is_refused_and_nothing_saved(qtbot, dialog, desk, field,
                                                                                   value, says):
    dialog.company.ui.companyNameEdit.setText("Ska inte sparas AB")
    getattr(dialog.ui, field).setValue(value)
    assert says in dialog.message() and not dialog.preview.is_valid()  # said at once, before saving
    save(qtbot, dialog)
    assert says in dialog.message()
    assert dialog.ui.isVisible()
    assert settings.load(desk).company_name == "m punkt nu Sverige AB"
    assert settings.load(desk).window.left_mm == 20.0


@pytest.mark.parametrize(("setup", "says"), [
    (lambda ui, company: ui.feeEdit.setText("-5"), "minst 0 kr"),
    (lambda ui, company: ui.feeEdit.setText("tio"), "inte ett belopp"),
    (lambda ui, company: company.orgNoEdit.setText("556871-8134"), "organisationsnummer"),
    (lambda ui, company: ui.ledgerEdit.setText("relativ/fil.jsonl"), "absolut sökväg"),
])
def test_a_bad_value_is_refused_with_its_reason_and_nothing_is_saved(qtbot, dialog, desk, setup, says):
    dialog.company.ui.companyNameEdit.setText("Ska inte sparas AB")
    setup(dialog.ui, dialog.company.ui)
    save(qtbot, dialog)
    assert says in dialog.message()
    shop = settings.load(desk)
    assert shop.company_name == "m punkt nu Sverige AB" and shop.further_copy_fee == Decimal("0.00")
    assert shop.fiscal_year_end == "12-31" and shop.org_no == "556871-8133"


def test_this_computers_ledger_path_is_kept_in_the_user_config_not_the_database(qtbot, dialog, desk, tmp_path):
    ui = dialog.ui
    ui.tabs.setCurrentIndex(LOCAL_TAB)
    ui.localLedgerEdit.setText("inte/absolut")
    save(qtbot, dialog)
    assert "absolut sökväg" in dialog.message() and ui.tabs.currentIndex() == LOCAL_TAB
    assert desk_config.ledger_path() is None
    ui.localLedgerEdit.setText(str(tmp_path / "ledger.jsonl"))
    save(qtbot, dialog)
    assert desk_config.ledger_path() == tmp_path / "ledger.jsonl"
    assert settings.load(desk).erasure_ledger_path is None


def test_the_language_for_this_computer_is_saved_and_announced(qtbot, dialog):
    from mnu_desk.gui import language

    ui = dialog.ui
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    with qtbot.waitSignal(dialog.language_chosen, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert signal.args == ["en"] and language.saved_language() == "en"


# --- the signing key --------------------------------------------------------------------------------------------

def import_key(qtbot, dialog, path, passphrase) -> str:
    panel = dialog.key.ui
    dialog.ui.tabs.setCurrentIndex(KEY_TAB)
    panel.fileEdit.setText(str(path))
    panel.importPassphraseEdit.setText(passphrase)
    qtbot.mouseClick(panel.importButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.importBox.isEnabled(), timeout=WAIT_MS)
    return panel.keyMessageLabel.text()


def test_a_pkcs12_with_the_wrong_passphrase_is_refused(qtbot, dialog, desk, tmp_path):
    path = tmp_path / "company.p12"
    path.write_bytes(keys.make_self_signed_p12(PASSPHRASE))
    assert "fel lösenfras" in import_key(qtbot, dialog, path, "not-the-passphrase")
    assert keys.active_key_info(desk) is None


def test_an_expired_certificate_is_refused(qtbot, dialog, desk, tmp_path):
    from datetime import timedelta

    from mnu_desk.domain.clock import utcnow

    path = tmp_path / "old.p12"
    path.write_bytes(keys.make_self_signed_p12(PASSPHRASE, not_before=utcnow() - timedelta(days=400), days=365))
    assert "gick ut" in import_key(qtbot, dialog, path, PASSPHRASE)
    assert keys.active_key_info(desk) is None


def test_an_imported_key_shows_its_subject_and_warns_when_it_expires_within_30_days(qtbot, dialog, desk, tmp_path):
    path = tmp_path / "company.p12"
    path.write_bytes(keys.make_self_signed_p12(PASSPHRASE, days=20, common_name="m.nu signering"))
    assert "aktiv" in import_key(qtbot, dialog, path, PASSPHRASE)
    info = keys.active_key_info(desk)
    assert info is not None and "m.nu signering" in dialog.key.ui.subjectValue.text()
    warning = dialog.key.warning_text()
    assert "går ut om 19 dagar" in warning or "går ut om 20 dagar" in warning
    assert keys.passphrase_from_environment(desk) == PASSPHRASE  # kept in the keyring, not in a file


def test_no_passphrase_goes_to_a_plain_file_keyring_unless_the_admin_says_so(qtbot, dialog, desk, monkeypatch):
    """docs/design.md section 6: the desk asks before storing a secret in an insecure keyring."""
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, title, text, *a: (asked.append(text), QMessageBox.StandardButton.No)[1])
    from mnu_desk.services import credentials

    stored = credentials.get(keys.keyring_account(desk))
    panel = dialog.key.ui
    dialog.ui.tabs.setCurrentIndex(KEY_TAB)
    panel.trialPassphraseEdit.setText("another-passphrase-1")
    panel.trialRepeatEdit.setText("another-passphrase-1")
    qtbot.mouseClick(panel.createButton, Qt.MouseButton.LeftButton)
    assert asked and "vanlig fil" in asked[0]
    assert keys.active_key_info(desk) is None
    assert credentials.get(keys.keyring_account(desk)) == stored


def test_a_key_valid_for_long_shows_no_warning_and_a_trial_key_can_be_created(qtbot, dialog, desk, monkeypatch):
    panel = dialog.key.ui
    dialog.ui.tabs.setCurrentIndex(KEY_TAB)
    panel.trialPassphraseEdit.setText(PASSPHRASE)
    panel.trialRepeatEdit.setText("something-else")
    qtbot.mouseClick(panel.createButton, Qt.MouseButton.LeftButton)
    assert "skiljer sig" in panel.keyMessageLabel.text() and keys.active_key_info(desk) is None
    panel.trialPassphraseEdit.setText(PASSPHRASE)
    panel.trialRepeatEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.key.key_changed, timeout=WAIT_MS):
        qtbot.mouseClick(panel.createButton, Qt.MouseButton.LeftButton)
    assert keys.active_key_info(desk) is not None and dialog.key.warning_text() == ""
    # docs/design.md "Signing key": Settings says in red that a PKCS#12 key is a trial key
    assert "Provnyckel" in panel.keyTrialLabel.text()
    assert panel.keyTrialLabel.styleSheet() == messages.ERROR_STYLE
    # a second key replaces the first only when the admin says so
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    panel.trialPassphraseEdit.setText(PASSPHRASE)
    panel.trialRepeatEdit.setText(PASSPHRASE)
    first = keys.active_key_info(desk).fingerprint_sha256
    qtbot.mouseClick(panel.createButton, Qt.MouseButton.LeftButton)
    assert keys.active_key_info(desk).fingerprint_sha256 == first


# --- only admins --------------------------------------------------------------------------------------------------

def test_only_admins_may_open_the_settings_and_the_service_refuses_others(qtbot, desk, executor, swedish, admin,
                                                                     make_agent):
    """docs/design.md section 6: settings are an admin's."""
    sven = make_agent("sven", "supervisor")
    main = shown_main_window(qtbot, executor, desk, sven)
    assert not main.ui.actionSettings.isEnabled() and "administratör" in main.ui.actionSettings.toolTip()
    assert main.ui.actionConnections.isVisible() and main.ui.actionConnections.isEnabled()
    with pytest.raises(PermissionDenied):
        settings.change(desk, sven, "company_name", "Någon annan AB")
    main.dispose()
    boss = shown_main_window(qtbot, executor, desk, admin)
    assert boss.ui.actionSettings.isEnabled()
    dialog = boss.open_settings()
    qtbot.waitUntil(save_button(dialog).isEnabled, timeout=WAIT_MS)
    assert dialog.ui.isVisible()
    dialog.ui.reject()
    boss.dispose()


def test_the_fiscal_year_is_chosen_by_its_last_month_only(qtbot, dialog, desk):
    """BFL 3 kap. 1 § (docs/design.md "Retention"): a fiscal year ends on a month's last day, so the window
    asks for the month; February is stored as its end, 02-28 (the 29th in a leap year)."""
    company = dialog.company.ui
    assert not hasattr(company, "fiscalDaySpin")
    company.fiscalMonthCombo.setCurrentIndex(1)
    save(qtbot, dialog)
    assert settings.load(desk).fiscal_year_end == "02-28"


def test_escape_after_a_change_asks_before_dropping_it(qtbot, dialog, desk):
    """An edit is not lost to a stray Escape: the dialog asks; unchanged, Escape closes at once."""
    qtbot.waitUntil(lambda: save_button(dialog).isEnabled(), timeout=WAIT_MS)
    dialog.company.ui.companyNameEdit.setText("Ett annat namn AB")
    qtbot.keyClick(dialog.ui, Qt.Key.Key_Escape)
    assert dialog.ui.isVisible()
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=WAIT_MS)
    dialog.question.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.ui.isVisible() and dialog.company.ui.companyNameEdit.text() == "Ett annat namn AB"
    dialog.ui.close()  # the close button asks the same
    qtbot.waitUntil(lambda: dialog.question.isVisible(), timeout=WAIT_MS)
    dialog.question.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.ui.isVisible(), timeout=WAIT_MS)
    assert settings.load(desk).company_name != "Ett annat namn AB"


def test_escape_without_a_change_closes_at_once(qtbot, dialog):
    qtbot.waitUntil(lambda: save_button(dialog).isEnabled(), timeout=WAIT_MS)
    qtbot.keyClick(dialog.ui, Qt.Key.Key_Escape)
    assert not dialog.ui.isVisible() and dialog.question is None
