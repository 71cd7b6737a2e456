"""Erasure in the windows an agent and a supervisor use (policy 9.2, 9.3.3, 6.1; GDPR art. 17 and 19; docs/design.md
"Erasure"): the preview lists every row with its action, reason and date; only a supervisor executes; a legal
hold blocks it; afterwards the person is a tombstone that search no longer finds."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from mnu_desk.services import erasure, requests
from mnu_desk.services.people import show_person
from mnu_desk.services.restrictions import set_restriction
from mnu_desk.services.search import search_people

from .factories import add_disclosure, add_person
from .test_gui_helpers import WAIT_MS, shown_main_window


@pytest.fixture
def case(desk, make_agent):
    add_person(desk, order_no="7000001", ip="2001:db8::7")
    add_disclosure(desk, "100001", "klarna", "Klarna Bank AB", "contact")
    anna, sven = make_agent("anna"), make_agent("sven", "supervisor")
    ref = requests.register_request(desk, anna, type="erasure", channel="email", received=date.today(),
                                    customer_no="100001")["ref"]
    return anna, sven, ref


def open_erasure(qtbot, executor, desk, actor, ref):
    window = shown_main_window(qtbot, executor, desk, actor)
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    assert detail.ui.erasureButton.isVisible() and not detail.ui.extractButton.isVisible()
    detail.ui.erasureButton.click()
    dialog = detail.erasure_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    return window, detail, dialog


def test_supervisor_previews_every_row_and_executes(qtbot, desk, executor, swedish, case):
    anna, sven, ref = case
    window, detail, dialog = open_erasure(qtbot, executor, desk, sven, ref)
    expected = erasure.preview(desk, sven, ref)["rows"]
    # this second preview is logged about the person too: the list has one audit entry more than the window's
    assert dialog.rows.rowCount() == len(expected) - 1
    assert {"tombstone", "audit_entries", "erasure_ledger"} <= \
        {dialog.rows.row(i)["category"] for i in range(dialog.rows.rowCount())}
    # the order of this year stays as a bookkeeping record, with the date it may go
    texts = [[dialog.rows.data(dialog.rows.index(row, col)) for col in range(dialog.rows.columnCount())]
             for row in range(dialog.rows.rowCount())]
    kept = [row for row in texts if row[3] == "Behåll"]
    order = next(row for row in expected if row["category"] == "orders")
    assert order["action"] == "keep" and order["erasable_from"].endswith("-01-01")
    assert any("bokföringslagen 7 kap. 2 §" in row[5] and row[4] == order["erasable_from"] for row in kept)
    assert "Rader som raderas" in dialog.ui.summaryLabel.text() and not dialog.ui.holdLabel.isVisible()

    assert dialog.ui.executeButton.isEnabled()
    dialog.ui.executeButton.click()
    qtbot.waitUntil(lambda: dialog.question is not None, timeout=WAIT_MS)
    dialog.question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT_MS)
    assert "raderad" in dialog.ui.messageLabel.text() and not dialog.ui.executeButton.isEnabled()
    assert show_person(desk, sven, "100001")["status"] == "erased"
    assert search_people(desk, sven, "Östberg") == []
    # art. 19: the recipient's notification task shows on the request
    qtbot.waitUntil(lambda: detail.tasks.rowCount() == 1, timeout=WAIT_MS)


def test_an_agent_sees_the_preview_but_a_supervisor_executes(qtbot, desk, executor, swedish, case):
    anna, sven, ref = case
    _window, _detail, dialog = open_erasure(qtbot, executor, desk, anna, ref)
    assert dialog.rows.rowCount() > 3
    assert not dialog.ui.executeButton.isEnabled()
    assert "arbetsledare" in dialog.ui.messageLabel.text()
    assert show_person(desk, anna, "100001")["status"] != "erased"


def test_a_legal_hold_keeps_every_row_and_blocks_execution(qtbot, desk, executor, swedish, case):
    """Policy 6.1: a legal hold blocks every erasure of that person until lifted."""
    anna, sven, ref = case
    set_restriction(desk, sven, "100001", "legal_hold", "Tvist om faktura")
    _window, _detail, dialog = open_erasure(qtbot, executor, desk, sven, ref)
    assert dialog.ui.holdLabel.isVisible() and "policy 6.1" in dialog.ui.holdLabel.text()
    assert all(dialog.rows.row(row)["action"] == "keep" for row in range(dialog.rows.rowCount()))
    assert not dialog.ui.executeButton.isEnabled()


def test_usage_is_kept_deidentified_when_the_box_is_ticked(qtbot, desk, executor, swedish, case):
    """docs/design.md "Erasure" (policy 9.2 "avidentifiera"): chosen per category in the preview, shown as
    de-identify, and executed so: the usage rows stay without the person."""
    anna, sven, ref = case
    _window, _detail, dialog = open_erasure(qtbot, executor, desk, sven, ref)
    dialog.ui.deidentifyUsageCheck.setChecked(True)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview["deidentify_count"] > 0, timeout=WAIT_MS)
    actions = {dialog.rows.row(i)["table"]: dialog.rows.row(i)["action"] for i in range(dialog.rows.rowCount())}
    assert actions["usage_events"] == "deidentify" and "avidentifier" in dialog.ui.summaryLabel.text()
    dialog.ui.executeButton.click()
    qtbot.waitUntil(lambda: dialog.question is not None, timeout=WAIT_MS)
    dialog.question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT_MS)
    assert dialog.result["counts"]["usage_events_deidentified"] >= 1 and not dialog.ui.deidentifyBox.isEnabled()


def test_the_name_stands_beside_the_customer_number_where_the_agent_decides(qtbot, desk, executor, swedish, case):
    """Nobody erases, or answers, a number alone (docs/design.md section 8): the queue, the request window
    and the erasure's confirmation name the person beside the number."""
    _anna, sven, ref = case
    window, detail, dialog = open_erasure(qtbot, executor, desk, sven, ref)
    assert detail.ui.customerValue.text() == "100001 · Åsa Östberg"
    assert "Åsa Östberg" in dialog.ui.headingLabel.text()
    # the row column names the row as the agent knows it: the order number, the customer number
    shown = {dialog.rows.data(dialog.rows.index(row, 1)) for row in range(dialog.rows.rowCount())}
    assert {"7000001", "100001"} <= shown
    dialog.ui.executeButton.click()
    qtbot.waitUntil(lambda: dialog.question is not None, timeout=WAIT_MS)
    assert "100001 (Åsa Östberg)" in dialog.question.text()
    dialog.question.button(QMessageBox.StandardButton.Cancel).click()
    window.show_queue()
    model = window.queue.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=WAIT_MS)
    # the queue's customer cell: the number over the name
    assert any(model.data(model.index(0, column)) == "100001\nÅsa Östberg" for column in range(model.columnCount()))
