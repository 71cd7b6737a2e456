"""Settings > Agents… (docs/design.md "Agents' life"): an admin adds an agent, changes a role, disables and
enables, unlocks and resets a password in the window; each through the services, so each is audited; others
do not see the menu entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from mnu_desk.db.models import AuditEntry
from mnu_desk.gui.settings.agents_dialog import AgentsDialog
from mnu_desk.services import agents

from .conftest import TEST_PASSWORD
from .test_gui_helpers import WAIT_MS, shown_main_window


@pytest.fixture
def dialog(qtbot, desk, executor, swedish, admin, make_agent):
    make_agent("anna")
    shown = AgentsDialog(executor, desk, admin)
    qtbot.addWidget(shown.ui)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() == 2, timeout=WAIT_MS)
    return shown


def select(dialog, name: str) -> None:
    view = dialog.ui.agentsTable
    for row in range(dialog.model.rowCount()):
        if dialog.model.row(row)["name"] == name:
            view.selectionModel().select(dialog.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                         | QItemSelectionModel.SelectionFlag.Rows)
            return
    raise AssertionError(name)


def click_and_wait(qtbot, dialog, button) -> None:
    dialog.ui.statusLabel.clear()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.statusLabel.text() != "", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT_MS)  # the list read again after the change


def test_an_admin_changes_a_role_disables_and_enables(qtbot, dialog, desk):
    ui = dialog.ui
    assert not ui.selectedBox.isEnabled()  # nothing chosen, nothing to change
    select(dialog, "anna")
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData("supervisor"))
    click_and_wait(qtbot, dialog, ui.setRoleButton)
    assert ui.statusLabel.text() == "Rollen är ändrad."
    click_and_wait(qtbot, dialog, ui.activeButton)
    with pytest.raises(Exception, match="avaktiverad|deactivated"):
        agents.authenticate(desk, "anna", TEST_PASSWORD)
    assert dialog._selected_name() == "anna"  # the chosen agent stays chosen when the list is read again
    assert ui.activeButton.text() == "&Aktivera"
    click_and_wait(qtbot, dialog, ui.activeButton)
    assert agents.authenticate(desk, "anna", TEST_PASSWORD).role.value == "supervisor"
    with desk.read() as session:
        actions = {e.action for e in session.query(AuditEntry).filter(AuditEntry.subject == "agent:anna")}
    assert {"agent_role_changed", "agent_disabled", "agent_enabled"} <= actions


def test_an_admin_adds_an_agent_and_resets_a_password(qtbot, dialog, desk):
    ui = dialog.ui
    ui.nameEdit.setText("bo")
    ui.passwordEdit.setText("bos-password-1")
    click_and_wait(qtbot, dialog, ui.addButton)
    assert agents.authenticate(desk, "bo", "bos-password-1").role.value == "agent"
    assert ui.passwordEdit.text() == ""  # a password never lingers in the window
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 3, timeout=WAIT_MS)
    select(dialog, "bo")
    ui.resetEdit.setText("kort")
    click_and_wait(qtbot, dialog, ui.resetButton)
    assert "minst 8 tecken" in ui.statusLabel.text()  # refused in Swedish, nothing changed
    ui.resetEdit.setText("a-new-one-for-bo")
    click_and_wait(qtbot, dialog, ui.resetButton)
    assert agents.authenticate(desk, "bo", "a-new-one-for-bo").name == "bo"


def test_only_an_admin_may_open_the_agents_window(qtbot, desk, admin, make_agent, executor, swedish):
    """docs/design.md "Roles in the window": the entry is there for everyone, disabled for others with why."""
    anna = make_agent("anna")
    for actor, allowed in ((admin, True), (anna, False)):
        window = shown_main_window(qtbot, executor, desk, actor)
        assert window.ui.actionAgents.isEnabled() is allowed
        assert ("endast en administratör" in window.ui.actionAgents.toolTip().lower()) is not allowed
