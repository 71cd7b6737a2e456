"""The desk fits a 1366 × 768 laptop (docs/design.md section 8): the main window and its dialogs never ask for
more than the screen, whatever they show, and a long status message does not widen the window."""

from __future__ import annotations

from datetime import date

from mnu_desk.services import requests

from .factories import add_person
from .test_gui_helpers import WAIT_MS, shown_main_window

SCREEN_W, SCREEN_H = 1366, 768


def _fits(widget) -> None:
    hint = widget.minimumSizeHint()
    assert hint.width() <= SCREEN_W and hint.height() <= SCREEN_H, f"{widget.objectName()} needs {hint}"
    assert widget.width() <= SCREEN_W, f"{widget.objectName()} is {widget.width()} wide"


def test_the_main_window_and_the_request_window_fit_a_laptop_and_a_long_status_does_not_widen_it(
        qtbot, desk, executor, swedish, make_agent):
    anna = make_agent("anna")
    add_person(desk)
    ref = requests.register_request(desk, anna, type="access", channel="letter", received=date.today(),
                                    customer_no="100001", signed=True)["ref"]
    window = shown_main_window(qtbot, executor, desk, anna)
    window.ui.showNormal()
    window.ui.resize(1360, 740)
    qtbot.wait(50)
    width = window.ui.width()
    window.show_status("Ett mycket långt meddelande " * 40)
    qtbot.wait(50)
    assert window.ui.width() == width and window.ui.minimumSizeHint().width() <= SCREEN_W
    assert window.status_label.toolTip().startswith("Ett mycket långt")
    window.open_person("100001")
    qtbot.waitUntil(lambda: window.record.header is not None, timeout=WAIT_MS)
    _fits(window.ui)
    edit = window.correct_data()  # its field hints keep their lines: still within the screen
    _fits(edit.ui)
    edit.ui.reject()
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    _fits(detail.ui)
    window.show_queue()
    _fits(window.ui)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() == 1, timeout=WAIT_MS)
    view = window.queue.ui.queueView
    qtbot.wait(50)
    # the due date, the days left, the reference and the type are read whole, never elided to fit
    model = window.queue.model
    for column in range(4):
        text = model.data(model.index(0, column))
        assert view.columnWidth(column) >= view.fontMetrics().horizontalAdvance(text), text
