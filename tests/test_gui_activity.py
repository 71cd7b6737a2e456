"""Help > Activity shows the search log (docs/design.md "Search log"): a supervisor every agent's searches with
their totals, an agent their own; the words searched for appear nowhere."""

from __future__ import annotations

from mnu_desk.services.search import search_people

from .factories import add_person
from .test_gui_helpers import WAIT_MS, shown_main_window


def _cells(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_a_supervisor_sees_every_agents_searches(qtbot, desk, admin, make_agent, executor, swedish):
    anna, sven = make_agent("anna"), make_agent("sven", "supervisor")
    add_person(desk, "100001", first="Åsa", last="Östberg")
    add_person(desk, "100002", first="Åke", last="Östberg")
    search_people(desk, anna, "Östberg")
    search_people(desk, anna, "Åsa")
    search_people(desk, sven, "nobody")
    main = shown_main_window(qtbot, executor, desk, sven)
    dialog = main.activity()
    qtbot.waitUntil(lambda: dialog.searches.rowCount() == 3, timeout=WAIT_MS)
    assert _cells(dialog.agents) == [["anna", "2", "3"], ["sven", "1", "0"]]
    shown = " ".join(" ".join(row) for row in _cells(dialog.searches)) + dialog.ui.introLabel.text()
    assert "Östberg" not in shown and "Åsa" not in shown and "nobody" not in shown
    assert "varje handläggares" in dialog.ui.introLabel.text()


def test_an_agent_sees_only_their_own(qtbot, desk, admin, make_agent, executor, swedish):
    anna = make_agent("anna")
    add_person(desk)
    search_people(desk, admin, "Östberg")
    search_people(desk, anna, "Östberg")
    main = shown_main_window(qtbot, executor, desk, anna)
    main.ui.actionActivity.trigger()
    dialog = main.activity_dialog
    qtbot.waitUntil(lambda: dialog.searches.rowCount() == 1, timeout=WAIT_MS)
    assert _cells(dialog.agents) == [["anna", "1", "1"]]
    dialog.ui.buttonBox.rejected.emit()
    qtbot.waitUntil(lambda: not dialog.ui.isVisible(), timeout=WAIT_MS)
