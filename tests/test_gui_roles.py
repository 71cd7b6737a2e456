"""Roles in the window (docs/design.md section 6 and "Roles in the window"): for each role, every step it may
not take is disabled, and its tooltip gives the service's refusal and who may instead, rather than a refusal
after the click; every step it may take is offered. The services check again (their own tests)."""

from __future__ import annotations

from datetime import date

import pytest

from mnu_desk.services import extracts, keys, requests

from .factories import add_person
from .test_gui_helpers import WAIT_MS, shown_main_window

PASS = "hemlig-lösenfras-1"
ROLE_WORDS = {"agent": "(handläggare)", "supervisor": "(arbetsledare)", "admin": "(administratör)"}
SUPERVISOR_MAY = "En arbetsledare eller en administratör får."
ADMIN_MAY = "Endast en administratör får."


def offered(control, allowed: bool, role: str, who_may: str) -> None:
    name = control.objectName()
    if allowed:
        assert control.isEnabled(), f"{name} is not offered to {role}"
        return
    tip = control.toolTip()
    assert not control.isEnabled(), f"{name} is offered to {role}"
    assert "får inte" in tip and ROLE_WORDS[role] in tip and tip.endswith(who_may), f"{name}: {tip!r}"


@pytest.mark.parametrize("role", ["agent", "supervisor", "admin"])
def test_each_role_is_offered_what_it_may_and_told_who_may_the_rest(qtbot, desk, executor, swedish, admin,
                                                                   make_agent, role):
    actor = admin if role == "admin" else make_agent("kim", role)
    supervisor, is_admin = role != "agent", role == "admin"
    add_person(desk, order_no="7000001")
    keys.init_self_signed(desk, admin, PASS)
    first = requests.register_request(desk, admin, type="access", channel="letter", received=date.today(),
                                      customer_no="100001", signed=True)["ref"]
    extracts.issue_extract(desk, admin, first, passphrase=PASS)
    repeat = requests.register_request(desk, admin, type="access", channel="email", received=date.today(),
                                       customer_no="100001")["ref"]
    erase = requests.register_request(desk, admin, type="erasure", channel="email", received=date.today(),
                                      customer_no="100001")["ref"]
    window = shown_main_window(qtbot, executor, desk, actor)
    ui = window.ui

    # an admin's windows: in the menu for everyone, each saying why it is greyed; menus show the tooltips
    for action in (ui.actionSettings, ui.actionAgents, ui.actionImport, ui.actionRetention):
        assert action.isVisible()
        offered(action, is_admin, role, ADMIN_MAY)
    menus = [entry.menu() for entry in ui.menuBar().actions() if entry.menu() is not None]
    assert len(menus) >= 4 and all(menu.toolTipsVisible() for menu in menus)

    # Kund: restrictions and legal holds are a supervisor's
    window.open_person("100001")
    qtbot.waitUntil(lambda: window.record.header is not None, timeout=WAIT_MS)
    for action in (ui.actionSetLegalHold, ui.actionRestrict):
        offered(action, supervisor, role, SUPERVISOR_MAY)
    assert ui.actionRegisterObjection.isEnabled() and ui.actionCorrectData.isEnabled()

    # the request window: extend, refuse, decide a fee; the extract of an undecided repeat
    detail = window.cases.open_request(repeat)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    for button in (detail.ui.extendButton, detail.ui.refuseButton, detail.ui.feeButton):
        offered(button, supervisor, role, SUPERVISOR_MAY)
    assert detail.ui.extractButton.isEnabled() and detail.ui.letterButton.isEnabled()
    detail.ui.extractButton.click()
    dialog = detail.extract_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    assert dialog.preview.undecided_repeat
    offered(dialog.ui.issueButton, supervisor, role, SUPERVISOR_MAY)
    dialog.close()

    # the erasure: an agent prepares it with the preview, a supervisor executes it
    erasure_detail = window.cases.open_request(erase)
    qtbot.waitUntil(lambda: erasure_detail.request is not None, timeout=WAIT_MS)
    assert erasure_detail.ui.erasureButton.isEnabled()
    erasure_detail.ui.erasureButton.click()
    preview = erasure_detail.erasure_dialog
    qtbot.waitUntil(lambda: preview.preview is not None, timeout=WAIT_MS)
    offered(preview.ui.executeButton, supervisor, role, SUPERVISOR_MAY)
