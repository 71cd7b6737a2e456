"""The open person's actions through the windows an agent uses (docs/design.md sections 1, 4, 6 and 8): an objection
registered in the dialog applies at once and can be withdrawn from the objections tab; a restriction or legal
hold is a supervisor's decision with a reason; closing an account shows what went and what stayed. A refusal
is shown in the dialog and changes nothing."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from mnu_desk.db.models import NewsletterSubscription, Person
from mnu_desk.domain.clock import today_stockholm
from mnu_desk.gui.record.close_account_dialog import DONE
from mnu_desk.gui.widgets.dates import to_qdate
from mnu_desk.services.marketing import export_marketing
from mnu_desk.services.people import show_person

from .factories import add_person
from .test_gui_helpers import WAIT_MS, shown_main_window

TODAY = today_stockholm()
OBJECTIONS_TAB = 4


@pytest.fixture
def anna(desk, make_agent):
    add_person(desk, customer_no="100001")
    subscribe(desk, "100001")
    return make_agent("anna")


@pytest.fixture
def sara(make_agent):
    return make_agent("sara", "supervisor")


def subscribe(desk, customer_no: str) -> None:
    with desk.write() as session:
        person = session.scalar(select(Person).where(Person.customer_no == customer_no))
        session.add(NewsletterSubscription(person_id=person.id, list_name="Nyheter",
                                           subscribed_at=datetime.now(UTC), personalise=True))


def window_for(qtbot, executor, desk, actor):
    window = shown_main_window(qtbot, executor, desk, actor)
    window.open_person("100001")
    qtbot.waitUntil(lambda: window.record is not None and window.record.editable, timeout=WAIT_MS)
    return window


@pytest.fixture
def window(qtbot, desk, executor, swedish, anna):
    return window_for(qtbot, executor, desk, anna)


def ok(dialog):
    return dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)


def choose(combo, code) -> None:
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)


def audience(desk, supervisor, tmp_path) -> list[str]:
    """The customer numbers in the marketing export (the newsletter audience), as a supervisor exports it."""
    out = tmp_path / "marketing.csv"
    export_marketing(desk, supervisor, out, force=True)
    with open(out, encoding="utf-8", newline="") as handle:
        return [row["customer_no"] for row in csv.DictReader(handle)]


def stored(desk, actor, category: str) -> list[dict]:
    return show_person(desk, actor, "100001", categories=(category,))["categories"][category]


def register_objection(qtbot, window, scope="email", channel="email", received=TODAY):
    window.ui.actionRegisterObjection.trigger()
    dialog = window.person_actions.dialog
    choose(dialog.ui.scopeCombo, scope)
    choose(dialog.ui.channelCombo, channel)
    dialog.ui.receivedEdit.setDate(to_qdate(received))
    return dialog


def test_an_objection_registered_in_the_dialog_takes_the_person_out_of_the_next_marketing_export(
        qtbot, desk, anna, sara, window, tmp_path):
    """Policy 9.4 and GDPR art. 21(3): an objection to e-mail marketing applies from its registration; the
    record's banner and objections tab show it after saving."""
    assert audience(desk, sara, tmp_path) == ["100001"]
    assert window.ui.actionRegisterObjection.isEnabled()
    assert window.ui.actionRegisterObjection.shortcut().toString() == "Ctrl+Shift+O"
    dialog = register_objection(qtbot, window, received=TODAY - timedelta(days=1))
    assert dialog.ui.scopeHint.isVisible() and dialog.ui.scopeHint.text()  # what the scope changes
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.person_actions.dialog is None, timeout=WAIT_MS)

    assert audience(desk, sara, tmp_path) == []
    [objection] = stored(desk, anna, "objections")
    assert (objection["scope"], objection["channel"]) == ("email", "email")
    assert "100001" in window.status_text()
    record = window.record
    qtbot.waitUntil(lambda: "Invänder mot: Marknadsföring per e-post." in record.ui.bannerLabel.text(),
                    timeout=WAIT_MS)
    record.select_tab(OBJECTIONS_TAB)
    tab = record.tabs[OBJECTIONS_TAB]
    qtbot.waitUntil(lambda: record.is_loaded(OBJECTIONS_TAB) and tab.objections.model.rowCount() == 1,
                    timeout=WAIT_MS)
    # an active objection cannot be registered twice: the scope is offered as already registered
    window.ui.actionRegisterObjection.trigger()
    again = window.person_actions.dialog
    combo = again.ui.scopeCombo
    assert not combo.model().item(combo.findData("email")).isEnabled()
    again.ui.reject()


@pytest.mark.parametrize("missing", ["scope", "channel", "future"])
def test_a_missing_choice_or_a_future_date_is_refused_and_nothing_is_saved(qtbot, desk, anna, window, missing):
    """Policy 9.4: the desk records what the person objected to, how and when it arrived; a guess is no
    record, and an objection cannot have arrived tomorrow."""
    dialog = register_objection(qtbot, window)
    ui = dialog.ui
    if missing == "scope":
        ui.scopeCombo.setCurrentIndex(0)
    elif missing == "channel":
        ui.channelCombo.setCurrentIndex(0)
    else:
        ui.receivedEdit.setDate(to_qdate(TODAY + timedelta(days=1)))
        assert "framtiden" in ui.receivedHint.text()  # said at once, as the date changes
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert ui.messageLabel.isVisible() and ui.messageLabel.text()
    assert window.person_actions.dialog is dialog  # still open, to be put right
    assert stored(desk, anna, "objections") == []


def test_an_objection_is_withdrawn_from_the_tab_and_stays_recorded(qtbot, desk, anna, sara, window, tmp_path):
    """Policy 9.4, GDPR art. 21: the person may withdraw the objection; the withdrawal is recorded and the
    objection row kept, and the person is in the marketing export again."""
    dialog = register_objection(qtbot, window, scope="all", channel="phone")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.person_actions.dialog is None, timeout=WAIT_MS)
    assert audience(desk, sara, tmp_path) == []

    record = window.record
    record.select_tab(OBJECTIONS_TAB)
    tab = record.tabs[OBJECTIONS_TAB]
    qtbot.waitUntil(lambda: record.is_loaded(OBJECTIONS_TAB) and tab.objections.model.rowCount() == 1,
                    timeout=WAIT_MS)
    assert not tab.withdraw_button.isEnabled()  # nothing selected yet
    tab.objections.view.selectRow(0)
    assert tab.withdraw_button.isEnabled()
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    box = window.person_actions.confirm_box
    assert box is not None and box.isVisible()
    [withdraw] = [b for b in box.buttons() if b.text() == "&Återkalla"]
    qtbot.mouseClick(withdraw, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Återkallad" in window.status_text() or "återkallad" in window.status_text(),
                    timeout=WAIT_MS)

    [objection] = stored(desk, anna, "objections")
    assert objection["withdrawn_at"] is not None
    assert audience(desk, sara, tmp_path) == ["100001"]
    qtbot.waitUntil(lambda: record.is_loaded(OBJECTIONS_TAB) and tab.objections.model.rowCount() == 1
                    and tab.objections.model.row(0)["withdrawn_at"] is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "Invänder mot" not in record.ui.bannerLabel.text(), timeout=WAIT_MS)
    assert not tab.withdraw_button.isEnabled()


def test_cancelling_the_withdrawal_changes_nothing(qtbot, desk, anna, window):
    dialog = register_objection(qtbot, window, scope="partner_ads")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.person_actions.dialog is None, timeout=WAIT_MS)
    box = window.person_actions.confirm_withdrawal("partner_ads")
    box.reject()
    assert window.person_actions.confirm_box is None
    [objection] = stored(desk, anna, "objections")
    assert objection["withdrawn_at"] is None


def test_an_agent_cannot_set_a_legal_hold(qtbot, desk, anna, window):
    """docs/design.md section 6, policy 6.1: setting and lifting holds and restrictions is a supervisor's decision.
    The menu entries are disabled and say why; the service refuses anyway, and nothing is stored."""
    ui = window.ui
    for action in (ui.actionSetLegalHold, ui.actionLiftLegalHold, ui.actionRestrict, ui.actionLiftRestriction):
        assert not action.isEnabled()
        assert "arbetsledare" in action.toolTip()
    dialog = window.person_actions.restriction("legal_hold", lift=False)
    dialog.ui.reasonEdit.setText("tvist om faktura")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.messageLabel.text() != "Sparar…", timeout=WAIT_MS)
    assert "anna" in dialog.ui.messageLabel.text()  # the service's refusal, in Swedish
    assert window.person_actions.dialog is dialog
    assert stored(desk, anna, "restrictions") == []


def test_a_supervisor_sets_and_lifts_a_hold_and_a_restriction_with_reasons(qtbot, desk, executor, swedish, anna,
                                                                            sara):
    """GDPR art. 18 and policy 6.1: each needs a reason; before a restriction is lifted the person is told, and
    the day is recorded (art. 18(3)). The record's banner shows what is in force."""
    window = window_for(qtbot, executor, desk, sara)
    ui = window.ui
    assert ui.actionSetLegalHold.isEnabled() and not ui.actionLiftLegalHold.isEnabled()

    # a reason is required
    ui.actionSetLegalHold.trigger()
    dialog = window.person_actions.dialog
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.ui.messageLabel.isVisible()
    assert stored(desk, sara, "restrictions") == []
    dialog.ui.reasonEdit.setText("tvist om faktura 5100001")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.person_actions.dialog is None, timeout=WAIT_MS)
    record = window.record
    qtbot.waitUntil(lambda: "Rättslig spärr sedan" in record.ui.bannerLabel.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ui.actionLiftLegalHold.isEnabled(), timeout=WAIT_MS)
    assert not ui.actionSetLegalHold.isEnabled()

    ui.actionRestrict.trigger()
    dialog = window.person_actions.dialog
    assert not dialog.ui.toldEdit.isVisible()  # only lifting a restriction asks when the person was told
    dialog.ui.reasonEdit.setText("bestrider att adressen stämmer")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.person_actions.dialog is None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ui.actionLiftRestriction.isEnabled(), timeout=WAIT_MS)

    # lifting the restriction: the person cannot have been told tomorrow
    told = TODAY - timedelta(days=3)
    ui.actionLiftRestriction.trigger()
    dialog = window.person_actions.dialog
    assert dialog.ui.toldEdit.isVisible()
    dialog.ui.reasonEdit.setText("adressen kontrollerad")
    # art. 18(3): the day the person was told is never assumed (docs/design.md "Restriction")
    assert dialog.ui.toldEdit.text() == "inte angiven"
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert "Ange dagen" in dialog.ui.messageLabel.text() and window.person_actions.dialog is dialog
    dialog.ui.toldEdit.setDate(to_qdate(TODAY + timedelta(days=1)))
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.ui.messageLabel.isVisible() and window.person_actions.dialog is dialog
    dialog.ui.toldEdit.setDate(to_qdate(told))
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.person_actions.dialog is None, timeout=WAIT_MS)

    ui.actionLiftLegalHold.trigger()
    dialog = window.person_actions.dialog
    assert not dialog.ui.toldEdit.isVisible()
    dialog.ui.reasonEdit.setText("tvisten avgjord")
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.person_actions.dialog is None, timeout=WAIT_MS)

    rows = {row["kind"]: row for row in stored(desk, sara, "restrictions")}
    assert rows["restriction"]["reason"] == "bestrider att adressen stämmer"
    assert rows["restriction"]["lift_reason"] == "adressen kontrollerad"
    assert rows["restriction"]["person_told_on"].isoformat() == told.isoformat()
    assert rows["legal_hold"]["lift_reason"] == "tvisten avgjord" and rows["legal_hold"]["lifted_at"]
    qtbot.waitUntil(lambda: not record.ui.bannerLabel.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: ui.actionSetLegalHold.isEnabled() and ui.actionRestrict.isEnabled(), timeout=WAIT_MS)


def test_closing_the_account_shows_what_stayed(qtbot, desk, anna, window):
    """Policy 6.2 and 8: the log-in, favourites and wish lists go; the order stays for bookkeeping
    (Bokföringslagen 7 kap. 2 §) and the agent sees until when. The record then shows a closed account."""
    ui = window.ui
    assert ui.actionCloseAccount.isEnabled()
    ui.actionCloseAccount.trigger()
    dialog = window.person_actions.dialog
    assert "inloggningen" in dialog.ui.introLabel.text() and "bokföring" in dialog.ui.introLabel.text()
    assert not ok(dialog).isDefault()  # Enter alone does not close an account
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.pages.currentIndex() == DONE, timeout=WAIT_MS)
    done = dialog.ui.doneLabel.text()
    assert "order 5100001" in done
    [order] = dialog.result["kept"]["orders"]
    assert order["erasable_from"] in done
    assert show_person(desk, anna, "100001", categories=("account",))["status"] == "closed"

    record = window.record
    qtbot.waitUntil(lambda: "Kontot är avslutat" in record.ui.bannerLabel.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not ui.actionCloseAccount.isEnabled(), timeout=WAIT_MS)
    qtbot.mouseClick(ok(dialog), Qt.MouseButton.LeftButton)  # Close
    qtbot.waitUntil(lambda: window.person_actions.dialog is None, timeout=WAIT_MS)


def test_the_actions_wait_for_an_open_person(qtbot, desk, executor, swedish, sara):
    """Nothing to act on before a record is shown."""
    window = shown_main_window(qtbot, executor, desk, sara)
    ui = window.ui
    for action in (ui.actionRegisterObjection, ui.actionRestrict, ui.actionSetLegalHold, ui.actionCloseAccount):
        assert not action.isEnabled()
    assert window.person_actions.register_objection() is None
