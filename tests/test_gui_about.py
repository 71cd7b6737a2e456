"""Help > About: the facts an agent reads out to whoever supports the desk (version, database, server, schema
revision, database id, where passwords are kept), taken from the services and never invented by the window."""

from __future__ import annotations

import pytest

from mnu_desk import __version__
from mnu_desk.db import migrate
from mnu_desk.db.engine import make_engine
from mnu_desk.gui.about_dialog import AboutDialog
from mnu_desk.gui.app_icon import SIZES, application_icon
from mnu_desk.gui.widgets.messages import ERROR_STYLE
from mnu_desk.services import credentials, database, keys
from mnu_desk.services.context import Desk

from .test_gui_helpers import WAIT_MS, shown_main_window


@pytest.fixture
def old_desk(fresh_db_url):
    """A database left at the first revision, as a shared server is before its admin runs `db upgrade`."""
    handle = Desk(make_engine(fresh_db_url))
    migrate.upgrade(handle.engine, "0001")
    yield handle
    handle.dispose()


def test_about_names_the_version_the_database_and_the_password_store(qtbot, desk, admin, executor, swedish):
    main = shown_main_window(qtbot, executor, desk, admin)
    main.ui.actionAbout.trigger()
    about = main.about_dialog
    ui = about.ui
    qtbot.waitExposed(ui)
    info = database.server_info(desk)
    qtbot.waitUntil(lambda: info.server_version in ui.serverLabel.text(), timeout=WAIT_MS)
    assert ui.versionLabel.text() == __version__
    assert __version__ in ui.headingLabel.text()
    assert ui.databaseLabel.text() == desk.where
    assert ui.schemaLabel.text() == f"{info.head} (aktuell)"
    assert ui.databaseIdLabel.text() == info.database_id
    assert not ui.iconLabel.pixmap().isNull()
    assert "556871-8133" in ui.licenceLabel.text()
    # the tests' keyring is a plain-text file: the dialog says so plainly, in red (docs/design.md section 6)
    qtbot.waitUntil(lambda: credentials.backend_name() in ui.keyringLabel.text(), timeout=WAIT_MS)
    assert ui.keyringLabel.text() == f"{credentials.backend_name()} (inte krypterad)"
    assert ui.keyringLabel.styleSheet() == ERROR_STYLE
    assert not ui.keyringWarningLabel.isHidden() and "kan läsas" in ui.keyringWarningLabel.text()
    ui.buttonBox.rejected.emit()
    qtbot.waitUntil(lambda: not ui.isVisible(), timeout=WAIT_MS)


def test_about_says_in_red_that_a_pkcs12_key_is_a_trial_key(qtbot, desk, admin, executor, swedish):
    """docs/design.md "Signing key": Settings and About say in red that a PKCS#12 key is a trial key."""
    def shown(expected: str):
        about = AboutDialog(executor, desk)
        ui = about.ui
        # every answer in before the window goes: a late one must not meet a closed window
        qtbot.waitUntil(lambda: expected in ui.signingKeyLabel.text() and "…" not in ui.serverLabel.text()
                        and "…" not in ui.keyringLabel.text(), timeout=WAIT_MS)
        text, style = ui.signingKeyLabel.text(), ui.signingKeyLabel.styleSheet()
        ui.buttonBox.rejected.emit()
        qtbot.waitUntil(lambda: not ui.isVisible(), timeout=WAIT_MS)
        return text, style

    assert shown("ingen ännu")[0] == "ingen ännu"
    keys.init_self_signed(desk, admin, "trial-passphrase-1")
    text, style = shown("Provnyckel")
    assert "PKCS#12" in text and style == ERROR_STYLE


def test_about_says_when_the_schema_is_behind_this_program(qtbot, old_desk, executor, swedish):
    about = AboutDialog(executor, old_desk)
    qtbot.addWidget(about.ui)
    about.show()
    head = migrate.head_revision()
    qtbot.waitUntil(lambda: head in about.ui.schemaLabel.text(), timeout=WAIT_MS)
    assert about.ui.schemaLabel.text() == f"0001; det här programmet behöver {head}"
    assert about.ui.schemaLabel.styleSheet() == ERROR_STYLE


def test_about_shows_a_database_that_does_not_answer_and_still_the_password_store(qtbot, executor, swedish):
    # nothing listens on port 1 of this computer: the connection is refused at once
    unreachable = Desk(make_engine("postgresql+psycopg://desk@127.0.0.1:1/mnu"))
    try:
        about = AboutDialog(executor, unreachable)
        qtbot.addWidget(about.ui)
        about.show()
        qtbot.waitUntil(lambda: about.ui.serverLabel.styleSheet() == ERROR_STYLE, timeout=WAIT_MS)
        assert about.ui.serverLabel.text()
        assert about.ui.schemaLabel.text() == "–"
        qtbot.waitUntil(lambda: credentials.backend_name() in about.ui.keyringLabel.text(), timeout=WAIT_MS)
    finally:
        executor.shutdown(WAIT_MS)
        unreachable.dispose()


def test_the_window_icon_has_every_size_the_desktop_asks_for(qapp):
    sizes = {size.width() for size in application_icon().availableSizes()}
    assert sizes == set(SIZES)
