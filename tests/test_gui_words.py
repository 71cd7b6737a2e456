"""Stored codes read as words in the Swedish window (docs/design.md "Words, not codes"): a person with a
correction, an objection, a restriction, a legal hold and an issued extract is opened on every tab, with its
request open too, and no table cell or label shows a stored code (`objection_added`, `extract issued (on
time)`, "customer service", "(agent)") without its words. The words come from resources/codes, the same
tables the extract and the letters read."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel

from mnu_desk.gui.widgets.uiload import discard
from mnu_desk.i18n import codes
from mnu_desk.services import extracts, keys, objections, rectification, requests, restrictions

from .factories import add_person
from .test_gui_helpers import WAIT_MS, shown_main_window

PASS = "hemlig-lösenfras-1"
SNAKE = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")


@pytest.fixture
def anna(desk, admin, make_agent):
    add_person(desk, customer_no="100001", first="Åsa", last="Östberg", street="Storgatan 12")
    keys.init_self_signed(desk, admin, PASS)
    rectification.rectify(desk, admin, "100001", {"email": "asa@exempel.se"}, "Kunden bad om det")
    objections.add_objection(desk, admin, "100001", "email", "letter", date.today())
    restrictions.set_restriction(desk, admin, "100001", "restriction", "Uppgifterna bestrids")
    restrictions.set_restriction(desk, admin, "100001", "legal_hold", "Tvist om faktura")
    ref = requests.register_request(desk, admin, type="access", channel="letter", received=date.today(),
                                    customer_no="100001", signed=True)["ref"]
    extracts.issue_extract(desk, admin, ref, passphrase=PASS, deliver=lambda pdf, copy: None)
    return make_agent("anna")


def _codes_that_differ_from_their_words() -> set[str]:
    table = codes.table("sv")
    return {code for group in table.values() for code, words in group.items()
            if code != words and (SNAKE.fullmatch(code) or " " in code)}


def _shown_texts() -> list[tuple[str, str]]:
    """(where, text) of every visible label and every cell of every visible table."""
    texts = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        for label in window.findChildren(QLabel):
            if label.isVisible() and label.text():
                texts.append((label.objectName() or "label", label.text()))
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if not view.isVisible() or model is None:
                continue
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str) and value:
                        texts.append((f"{view.objectName()}[{row},{column}]", value))
    return texts


def _offenders(stored: set[str]) -> list[str]:
    found = []
    for where, text in _shown_texts():
        plain = re.sub(r"<[^>]+>", " ", text)
        cells = {part.strip() for part in re.split(r"[;·,:\n]| — | → ", plain)}
        hits = sorted({code for code in stored if code in cells})
        hits += [m for m in SNAKE.findall(plain) if "@" not in plain and "." not in m]
        if "(agent)" in plain or "(supervisor)" in plain:
            hits.append("role code")
        if hits:
            found.append(f"{where}: {plain[:120]!r} shows {hits}")
    return found


def test_no_stored_code_shows_without_its_words_in_the_swedish_window(qtbot, desk, executor, swedish, anna):
    window = shown_main_window(qtbot, executor, desk, anna)
    stored = _codes_that_differ_from_their_words()
    window.open_person("100001")
    offenders = []
    for tab in range(window.record.ui.tabs.count()):
        window.select_tab(tab)
        qtbot.waitUntil(lambda t=tab: window.record.is_loaded(t), timeout=WAIT_MS)
        offenders += _offenders(stored)
    window.show_queue()
    qtbot.wait(200)
    offenders += _offenders(stored)
    ref = requests.list_requests(desk, anna)[0]["ref"]
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    offenders += _offenders(stored)
    assert "Registerutdrag utfärdat (i tid)" in detail.ui.outcomeValue.text()
    discard(detail.ui)
    assert not offenders, "codes shown without their words:\n" + "\n".join(dict.fromkeys(offenders))


def test_a_refusal_names_the_role_in_words(anna):
    """The role in a refusal is the code table's word: "(handläggare)", not "(agent)"."""
    from mnu_desk import i18n
    from mnu_desk.domain.errors import PermissionDenied
    from mnu_desk.domain.roles import Permission

    with pytest.raises(PermissionDenied) as refused:
        anna.require(Permission.EXTEND_DEADLINE)
    assert "(handläggare)" in i18n.message(refused.value, "sv")
    assert "(agent)" in i18n.message(refused.value, "en")
