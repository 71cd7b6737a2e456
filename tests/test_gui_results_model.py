"""The results model without a view (docs/design.md "Qt conventions": test the model without a view):
columns, paging by ids, and the rule that a late answer to an older query never replaces the latest one."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from mnu_desk.gui.results_model import (
    COLUMNS,
    CUSTOMER_NO,
    KEY_ROLE,
    NAME_EMAIL,
    PHONE_PLACE,
    STATUS,
    ResultsModel,
)
from mnu_desk.gui.search_panel import MAX_QUERY, clean_query


def person(n: int, **changes) -> dict:
    row = {"customer_no": str(100000 + n), "first_name": "Åsa", "last_name": f"Östberg{n}",
           "email": f"asa{n}@exempel.se", "phone": "+46701234567", "postal_code": "111 22", "city": "Stockholm",
           "kind": "account", "status": "active"}
    return row | changes


def shown(model: ResultsModel, row: int, column: int):
    return model.data(model.index(row, column))


def test_every_column_reads_as_an_agent_expects(swedish):
    """Two lines a row: the name over the e-mail address, the phone over the postcode and city, the customer
    number over the kind; the status on its own."""
    model = ResultsModel()
    generation = model.begin("östberg")
    assert model.set_results(generation, [1], [person(1)])
    assert (model.rowCount(), model.columnCount()) == (1, len(COLUMNS)) == (1, 4)
    assert shown(model, 0, CUSTOMER_NO) == "100001\nKontokund"
    assert shown(model, 0, NAME_EMAIL) == "Åsa Östberg1\nasa1@exempel.se"
    assert shown(model, 0, PHONE_PLACE) == "070-123 45 67\n111 22 Stockholm"  # national form, not E.164
    assert shown(model, 0, STATUS) == "Aktiv"
    assert model.data(model.index(0, NAME_EMAIL), KEY_ROLE) == "100001"
    assert model.data(model.index(0, NAME_EMAIL), Qt.ItemDataRole.ToolTipRole) == shown(model, 0, NAME_EMAIL)
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
    assert headers == ["Kundnr\nTyp", "Namn\nE-post", "Telefon\nPostnr och ort", "Status"]


def test_kinds_and_statuses_are_translated_and_missing_values_show_a_dash(swedish):
    model = ResultsModel()
    rows = [person(1, kind="guest"), person(2, kind="subscriber", phone=None, postal_code=None, city=None),
            person(3, kind="visitor", first_name=None, last_name=None, email=None, status="erased"),
            person(4, status="closed", postal_code=None)]
    model.set_results(model.begin("x"), [1, 2, 3, 4], rows)
    assert [shown(model, r, CUSTOMER_NO).split("\n")[1] for r in range(4)] == [
        "Gästköpare", "Prenumerant", "Besökare", "Kontokund"]
    assert shown(model, 2, STATUS) == "Raderad" and shown(model, 3, STATUS) == "Avslutad"
    assert shown(model, 1, PHONE_PLACE) == shown(model, 2, NAME_EMAIL) == "–\n–"
    assert shown(model, 3, PHONE_PLACE) == "070-123 45 67\nStockholm"
    assert model.data(model.index(2, NAME_EMAIL), Qt.ItemDataRole.FontRole).italic()


def test_a_late_answer_to_an_older_query_is_dropped():
    model = ResultsModel()
    older = model.begin("ost")
    newer = model.begin("ostberg")
    assert model.set_results(newer, [2], [person(2)])
    # the answer to "ost" arrives after the answer to "ostberg": it must not replace it
    assert not model.set_results(older, [1, 3], [person(1), person(3)])
    assert model.rowCount() == 1 and model.customer_no(0) == "100002"
    assert not model.add_rows(older, [person(9)])
    assert model.rowCount() == 1


def test_rows_stay_on_screen_until_the_next_answer_comes():
    model = ResultsModel()
    model.set_results(model.begin("ost"), [1], [person(1)])
    model.begin("ostb")
    assert model.rowCount() == 1  # no flicker to an empty list while typing


def test_rows_are_fetched_a_page_of_ids_at_a_time():
    asked: list[tuple[int, list[int]]] = []
    model = ResultsModel(request_rows=lambda generation, ids: asked.append((generation, ids)))
    ids = list(range(1, 121))
    generation = model.begin("andersson")
    model.set_results(generation, ids, [person(i) for i in ids[:ResultsModel.PAGE]])
    assert model.rowCount() == ResultsModel.PAGE and model.match_count() == 120
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert asked == [(generation, ids[50:100])]
    assert not model.canFetchMore(QModelIndex())  # one page at a time
    model.add_rows(generation, [person(i) for i in ids[50:100]])
    model.fetchMore(QModelIndex())
    assert asked[-1] == (generation, ids[100:120])
    model.add_rows(generation, [person(i) for i in ids[100:120]])
    assert model.rowCount() == 120 and not model.canFetchMore(QModelIndex())
    assert [model.customer_no(r) for r in (0, 50, 119)] == ["100001", "100051", "100120"]


def test_a_failed_page_stops_the_paging_until_the_next_search():
    model = ResultsModel(request_rows=lambda generation, ids: None)
    generation = model.begin("x")
    model.set_results(generation, list(range(200)), [person(i) for i in range(50)])
    model.fetchMore(QModelIndex())
    model.fetch_failed(generation)
    assert not model.canFetchMore(QModelIndex())
    assert model.rowCount() == 50


def test_clearing_empties_the_list():
    model = ResultsModel()
    model.set_results(model.begin("x"), [1], [person(1)])
    model.clear()
    assert model.rowCount() == 0 and model.customer_no(0) is None


@pytest.mark.parametrize("pasted", [
    "x" * 10_000,
    "Östberg 🙂👍🏽",
    "ost\x00berg\t\n\r\x1b[31m",
    "\u202e\u200dåsa",
])
def test_the_query_sent_is_short_and_has_no_control_characters(pasted):
    query = clean_query(pasted)
    assert len(query) <= MAX_QUERY
    assert not any(ord(ch) < 32 or ord(ch) == 127 for ch in query)
