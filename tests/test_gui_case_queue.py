"""The case queue as an agent uses it (docs/design.md sections 4 and 8): open requests by due date with the days
left, overdue and due-soon rows standing out in words, colour and an icon (not colour alone), filters, "assign
to me", "open person", closed requests on request, and the register exported as CSV."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mnu_desk.domain import deadlines
from mnu_desk.domain.clock import today_stockholm
from mnu_desk.gui.main_window import QUEUE_PAGE, SEARCH_PAGE
from mnu_desk.gui.requests.queue_model import URGENCY_ROLE, QueueModel
from mnu_desk.gui.widgets import urgency
from mnu_desk.services import requests

from .factories import add_person
from .test_gui_helpers import WAIT_MS, shown_main_window

TODAY = today_stockholm()


@pytest.fixture
def anna(desk, make_agent):
    add_person(desk, customer_no="100001")
    add_person(desk, customer_no="100002", first="Bo", last="Ek")
    return make_agent("anna")


@pytest.fixture
def window(qtbot, desk, executor, swedish, anna):
    main = shown_main_window(qtbot, executor, desk, anna)
    qtbot.waitUntil(lambda: main.queue.loaded, timeout=WAIT_MS)
    return main


def register(desk, actor, days_ago: int, **values) -> dict:
    values.setdefault("type", "access")
    values.setdefault("channel", "email")
    values.setdefault("customer_no", "100001")
    return requests.register_request(desk, actor, received=TODAY - timedelta(days=days_ago), **values)


def queue_refs(window) -> list[str]:
    model = window.queue.model
    return [model.row(r)["ref"] for r in range(model.rowCount())]


def wait_for_queue(qtbot, window, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: queue_refs(window) == expected, timeout=WAIT_MS)


def row_dict(days_left, extended=None):
    due = TODAY + timedelta(days=days_left or 0)
    return {"ref": f"R-{days_left}", "type": "access", "status": "new", "channel": "letter", "received": TODAY,
            "due": due, "extended_due": extended, "customer_no": "100001", "assigned_to": None,
            "days_left": days_left, "overdue": days_left is not None and days_left < 0}


def test_overdue_and_due_soon_rows_say_so_in_words_colour_and_icon(qapp, swedish):
    """Art. 12(3): overdue cases stand out (docs/design.md section 4); a colour is never the only cue."""
    model = QueueModel()
    model.set_rows([row_dict(-3), row_dict(0), row_dict(7), row_dict(8), row_dict(None)])
    levels = [model.index(r, 0).data(URGENCY_ROLE) for r in range(5)]
    assert levels == [urgency.OVERDUE, urgency.DUE_SOON, urgency.DUE_SOON, None, None]
    left = [model.index(r, QueueModel.LEFT).data() for r in range(5)]
    assert left == ["3 dagar försenat", "svar i dag", "7 dagar kvar", "8 dagar kvar", "–"]
    overdue_background = model.index(0, 3).data(Qt.ItemDataRole.BackgroundRole).color()
    soon_background = model.index(1, 3).data(Qt.ItemDataRole.BackgroundRole).color()
    assert overdue_background != soon_background
    assert overdue_background.red() > overdue_background.green()  # a red
    assert model.index(3, 3).data(Qt.ItemDataRole.BackgroundRole) is None
    # dark text on the pale background, for contrast
    assert model.index(0, 3).data(Qt.ItemDataRole.ForegroundRole).color().lightness() < 100
    # the days left under the due date, in the queue's first column, with an icon beside the words, there only
    assert [model.index(r, QueueModel.DUE).data().split("\n")[1] for r in range(5)] == left
    assert not model.index(0, QueueModel.DUE).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert model.index(0, QueueModel.REF).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(3, QueueModel.DUE).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(0, QueueModel.DUE).data(Qt.ItemDataRole.FontRole).bold()
    assert "Försenat" in model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert "Snart" in model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.counts() == (1, 2)


def test_an_extended_request_is_due_on_its_extended_date(qapp, swedish):
    model = QueueModel()
    extended = TODAY + timedelta(days=40)
    model.set_rows([row_dict(40, extended=extended) | {"due": TODAY - timedelta(days=20)}])
    assert model.index(0, QueueModel.DUE).data() == f"{extended.isoformat()}\n40 dagar kvar"
    assert "Förlängt från" in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_the_queue_lists_open_requests_by_due_date_and_the_tab_counts_the_overdue(qtbot, desk, anna, window):
    late = register(desk, anna, 60)
    soon = register(desk, anna, 28, type="erasure")
    fresh = register(desk, anna, 0, type="objection", customer_no=None, requester_name="Kalle Anka")
    window.queue.refresh()
    wait_for_queue(qtbot, window, [late["ref"], soon["ref"], fresh["ref"]])
    model = window.queue.model
    assert model.index(0, QueueModel.DUE).data().startswith(
        deadlines.due_date(TODAY - timedelta(days=60)).isoformat() + "\n")
    assert model.index(0, 0).data(URGENCY_ROLE) == urgency.OVERDUE
    assert model.index(2, 4).data() == "Kalle Anka"  # no customer: the requester as given
    assert window.ui.leftTabs.tabText(QUEUE_PAGE) == "Ärendekö (1 försenat)"
    assert "1 försenat" in window.queue.ui.summaryLabel.text()


def test_ctrl_k_shows_the_queue_and_ctrl_f_goes_back_to_the_search(qtbot, window):
    assert window.ui.actionCaseQueue.shortcut().toString() == "Ctrl+K"
    window.ui.actionCaseQueue.trigger()
    assert window.ui.leftTabs.currentIndex() == QUEUE_PAGE
    window.ui.actionFocusSearch.trigger()
    assert window.ui.leftTabs.currentIndex() == SEARCH_PAGE
    assert window.ui.focusWidget() is window.ui.searchEdit


def test_filters_type_agent_and_closed(qtbot, desk, anna, make_agent, window):
    sven = make_agent("sven", "supervisor")
    access = register(desk, anna, 5)
    erasure = register(desk, anna, 3, type="erasure", customer_no="100002")
    requests.assign(desk, sven, erasure["ref"])
    done = register(desk, anna, 2, type="objection")
    requests.close(desk, anna, done["ref"], "objection registered")
    queue = window.queue
    queue.refresh()
    wait_for_queue(qtbot, window, [access["ref"], erasure["ref"]])

    queue.ui.typeCombo.setCurrentIndex(queue.ui.typeCombo.findData("erasure"))
    wait_for_queue(qtbot, window, [erasure["ref"]])
    queue.ui.typeCombo.setCurrentIndex(0)
    queue.ui.agentCombo.setCurrentIndex(queue.ui.agentCombo.findData("sven"))  # a name seen in the queue
    wait_for_queue(qtbot, window, [erasure["ref"]])
    queue.ui.agentCombo.setCurrentIndex(2)  # not assigned
    wait_for_queue(qtbot, window, [access["ref"]])
    queue.ui.agentCombo.setCurrentIndex(0)
    queue.ui.closedCheck.setChecked(True)
    wait_for_queue(qtbot, window, [access["ref"], erasure["ref"], done["ref"]])  # by due date
    closed = queue_refs(window).index(done["ref"])
    assert queue.model.index(closed, QueueModel.LEFT).data() == "–"
    assert queue.model.index(closed, 0).data(URGENCY_ROLE) is None
    assert queue.ui.statusCombo.findData("completed") > 0
    queue.ui.statusCombo.setCurrentIndex(queue.ui.statusCombo.findData("completed"))
    wait_for_queue(qtbot, window, [done["ref"]])


def test_assign_to_me_and_open_person(qtbot, desk, anna, window):
    request = register(desk, anna, 1, customer_no="100002")
    queue = window.queue
    queue.refresh()
    wait_for_queue(qtbot, window, [request["ref"]])
    queue.ui.queueView.selectRow(0)
    assert queue.ui.assignButton.isEnabled()
    qtbot.mouseClick(queue.ui.assignButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: queue.model.row(0)["assigned_to"] == "anna", timeout=WAIT_MS)
    assert requests.get_request(desk, anna, request["ref"])["assigned_to"] == "anna"
    assert not queue.ui.assignButton.isEnabled()  # already mine
    qtbot.mouseClick(queue.ui.openPersonButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.record is not None and window.record.is_loaded(0), timeout=WAIT_MS)
    assert window.record.customer_no == "100002"
    assert window.record.ui.nameLabel.text() == "Bo Ek"


def test_export_writes_the_register_as_the_service_gives_it(qtbot, desk, anna, window, tmp_path, monkeypatch):
    register(desk, anna, 4)
    register(desk, anna, 2, type="erasure", customer_no=None, requester_name="Kalle, Anka")
    target = tmp_path / "register"  # the agent left out the extension
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), "")))
    window.ui.actionExportRegister.trigger()
    written = tmp_path / "register.csv"
    qtbot.waitUntil(written.exists, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "sparades som" in window.queue.ui.messageLabel.text(), timeout=WAIT_MS)
    assert written.read_bytes() == requests.export_register_csv(desk, anna).encode("utf-8")
    assert "2 ärenden" in window.queue.ui.messageLabel.text()


def test_export_cancelled_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: ("", "")))
    window.queue.export_register()
    assert list(tmp_path.glob("*.csv")) == []
    assert not window.queue.ui.messageLabel.isVisible()
