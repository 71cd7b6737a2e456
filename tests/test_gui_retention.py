"""The retention screen for an admin (issue "Objections, erasure, ...", item 7; policy 6.1-6.3): the check
shows the counts per category and changes nothing; the run removes exactly those rows, with progress, and
only an admin sees the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from .test_gui_helpers import WAIT_MS, shown_main_window
from .test_retention import population, usage_of


def _counts(dialog) -> dict:
    return {row["category"]: row["count"] for row in (dialog.counts.row(i) for i in range(dialog.counts.rowCount()))}


def test_admin_checks_then_runs_and_the_run_does_what_the_check_said(qtbot, desk, executor, swedish, admin):
    population(desk, admin)
    window = shown_main_window(qtbot, executor, desk, admin)
    assert window.ui.actionRetention.isEnabled()
    dialog = window.open_retention()
    qtbot.waitUntil(lambda: dialog.checked is not None, timeout=WAIT_MS)
    checked = _counts(dialog)
    assert checked["visitor_usage_events"] == 3 and usage_of(desk, "100001") == 5  # the check changed nothing
    assert "inte körts" in dialog.ui.lastRunLabel.text()
    assert dialog.ui.runButton.isEnabled()

    dialog.ui.runButton.click()
    qtbot.waitUntil(lambda: dialog.question is not None, timeout=WAIT_MS)
    dialog.question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT_MS)
    assert _counts(dialog) == checked and not dialog.result["cancelled"]
    assert usage_of(desk, "100001") == 2 and usage_of(desk, "100002") == 3  # the legal hold kept its rows
    assert "borttagna" in dialog.ui.messageLabel.text()
    assert not dialog.ui.runButton.isEnabled()  # a new check comes first


def test_only_an_admin_may_open_the_retention_screen(qtbot, desk, executor, swedish, make_agent):
    window = shown_main_window(qtbot, executor, desk, make_agent("sven", "supervisor"))
    action = window.ui.actionRetention
    assert not action.isEnabled() and "(arbetsledare)" in action.toolTip() and "administratör" in action.toolTip()
