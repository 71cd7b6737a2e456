"""The order a desk sees (README, Search; docs/design.md section 5): exact identifiers, then the name as spelled,
whole words, word starts and inside words, and within each the desk's ranking order, surname, first name,
customer number, whatever order the people came in. On every backend; the order holds after a rename and an
import, and when the ranks' gaps run out."""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import select

from mnu_desk.db import searchrank
from mnu_desk.db.models import Person
from mnu_desk.services.imports import import_file
from mnu_desk.services.rectification import rectify
from mnu_desk.services.search import search_people

from .factories import add_person

# (customer no., first name, surname), added in this order: neither ids nor numbers follow the names
PEOPLE = [("100020", "Per", "Karlsson"), ("100011", "Anna", "Karlsson"), ("100005", "Anna", "Karlsson"),
          ("100030", "Karl", "Andersson"), ("100002", "Åsa", "Karlsson"), ("100040", "Bo", "Kärlsson"),
          ("100009", "Erik", "Karlström")]


@pytest.fixture
def karlssons(desk):
    for number, first, last in PEOPLE:
        add_person(desk, number, first, last, email=f"k{number}@exempel.se", phone=None, order_no=f"7{number}",
                   ip=None, street="Ringvägen 2", postal_code="118 60", city="Stockholm")
    return desk


def numbers(desk, actor, query):
    return [row["customer_no"] for row in search_people(desk, actor, query)]


def test_people_of_one_surname_are_listed_by_first_name_then_customer_number(karlssons, admin):
    """Exact spelling first ("Karlsson" typed finds the Karlssons before Bo Kärlsson), then by first name
    folded (Åsa sorts as Asa), then customer number."""
    assert numbers(karlssons, admin, "karlsson") == ["100005", "100011", "100002", "100020", "100040"]
    assert numbers(karlssons, admin, "kärlsson") == ["100040", "100005", "100011", "100002", "100020"]


def test_tiers_name_whole_word_word_start_inside_word(karlssons, admin):
    """"karl": Karl Andersson by his name, then everyone with a word starting so, in the ranking order
    (Bo Kärlsson among the Karlssons: the order is folded); "arls" inside words, in the same order."""
    assert numbers(karlssons, admin, "karl") == ["100030", "100005", "100011", "100002", "100040", "100020",
                                                  "100009"]
    assert numbers(karlssons, admin, "arls") == ["100005", "100011", "100002", "100040", "100020", "100009"]
    assert numbers(karlssons, admin, "karlsson an") == ["100005", "100011"]  # surname and a first name's start


def test_order_follows_a_rename(karlssons, admin):
    rectify(karlssons, admin, "100020", {"first_name": "Aron"}, reason="Stavning")
    assert numbers(karlssons, admin, "karlsson")[:2] == ["100005", "100011"]
    assert numbers(karlssons, admin, "karlsson") == ["100005", "100011", "100020", "100002", "100040"]
    rectify(karlssons, admin, "100009", {"last_name": "Karlsson"}, reason="Stavning")
    assert numbers(karlssons, admin, "karlsson") == ["100005", "100011", "100020", "100002", "100009", "100040"]
    assert "100009" not in numbers(karlssons, admin, "karlström")


def _import_customers(desk, admin, path, rows) -> int:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(("customer_id", "customer_no", "kind", "first_name", "last_name", "email", "phone",
                         "created_at"))
        for shop_id, number, first, last in rows:
            writer.writerow((shop_id, number, "account", first, last, f"{shop_id.lower()}@exempel.se", "",
                             "2024-03-05T10:00:00Z"))
    return import_file(desk, admin, "customers", path)["inserted"]


@pytest.mark.parametrize("bulk, few", [(5_000, 50), (5_000, 0), (1, 50)],
                         ids=["placed_one_by_one", "placed_together", "everyone_numbered_again"])
def test_order_follows_an_import(karlssons, admin, tmp_path, monkeypatch, bulk, few):
    """An import's people take their places among those already there: one by one (SQLite), together (a
    server reads the gaps of all of them at once and inserts them with their ranks), or with everyone numbered
    again."""
    monkeypatch.setattr(searchrank, "BULK", bulk)
    monkeypatch.setattr(searchrank, "FEW", few)
    rows = [("S1", "100001", "Ulla", "Karlsson"), ("S2", "100050", "Anna", "Karlsson"),
            ("S3", "100060", "Britt", "Karlsson")]
    assert _import_customers(karlssons, admin, tmp_path / "customers.csv", rows) == 3
    assert numbers(karlssons, admin, "karlsson") == ["100005", "100011", "100050", "100002", "100060", "100020",
                                                  "100001", "100040"]


def test_order_follows_an_import_that_renames_many(karlssons, admin, tmp_path, monkeypatch):
    """People an import renames leave their places and take new ones, many at once on a server."""
    monkeypatch.setattr(searchrank, "FEW", 0)
    rows = [("S1", "100001", "Ulla", "Karlsson"), ("S2", "100050", "Anna", "Karlsson"),
            ("S3", "100060", "Britt", "Karlsson")]
    _import_customers(karlssons, admin, tmp_path / "customers.csv", rows)
    renamed = [("S1", "100001", "Alva", "Karlsson"), ("S2", "100050", "Vera", "Karlsson"),
               ("S3", "100060", "Britt", "Karlsson")]
    _import_customers(karlssons, admin, tmp_path / "renamed.csv", renamed)
    assert numbers(karlssons, admin, "karlsson") == ["100001", "100005", "100011", "100002", "100060", "100020",
                                                  "100050", "100040"]


@pytest.fixture
def four_apart(karlssons, monkeypatch):
    """The Karlssons ranked four apart, a new person at most one after its neighbour, windows of two: the
    gaps run out at once."""
    monkeypatch.setattr(searchrank, "GAP", 4)
    monkeypatch.setattr(searchrank, "STEP", 1)
    monkeypatch.setattr(searchrank, "WINDOW", 2)
    with karlssons.write() as session:
        searchrank.renumber(session.connection())
    return karlssons


def _assert_ranks_distinct_and_in_key_order(desk) -> None:
    with desk.read() as session:
        ranks = session.execute(select(Person.search_key, Person.search_rank).where(Person.search_rank.is_not(None))
                                .order_by(Person.search_key)).all()
    assert [r for _, r in ranks] == sorted({r for _, r in ranks})  # distinct and in key order


def test_an_import_placed_together_holds_its_order_when_the_gaps_run_out(four_apart, admin, tmp_path,
                                                                         monkeypatch):
    """Ranks four apart and twelve new people in one gap too narrow for them: the people after the gap are
    spaced again together with the new ones; ranks stay distinct and in the desk's order."""
    monkeypatch.setattr(searchrank, "FEW", 0)
    rows = [(f"T{n}", f"1001{n:02d}", "Anna", "Karlsson") for n in range(12)]
    assert _import_customers(four_apart, admin, tmp_path / "customers.csv", rows) == 12
    expected = ["100005", "100011"] + [f"1001{n:02d}" for n in range(12)] + ["100002", "100020", "100040"]
    assert numbers(four_apart, admin, "karlsson")[:17] == expected
    _assert_ranks_distinct_and_in_key_order(four_apart)


def test_an_import_into_several_crowded_gaps_spaces_one_window_for_all(four_apart, admin, tmp_path):
    """Ranks four apart, six new Annas after Anna 100011, a Berit with room of her own and six new Carls
    after Bo: the window spaced again for the Annas reaches past Berit and the Carls, and takes them in;
    ranks stay distinct and in the desk's order."""
    annas = [(f"A{n}", f"1002{n:02d}", "Anna", "Karlsson") for n in range(6)]
    carls = [(f"C{n}", f"1003{n:02d}", "Carl", "Karlsson") for n in range(6)]
    rows = [*carls, ("B1", "100400", "Berit", "Karlsson"), *annas]
    assert _import_customers(four_apart, admin, tmp_path / "customers.csv", rows) == 13
    expected = (["100005", "100011"] + [n for _, n, _, _ in annas] + ["100002", "100400"]
                + [n for _, n, _, _ in carls] + ["100020", "100040"])
    assert numbers(four_apart, admin, "karlsson")[:18] == expected
    _assert_ranks_distinct_and_in_key_order(four_apart)


def test_order_holds_when_the_gaps_run_out(four_apart, admin):
    """Ranks two apart: every new person between two others moves its neighbours; the index follows."""
    for n in range(12):
        add_person(four_apart, f"1001{n:02d}", "Anna", "Karlsson", email=f"a{n}@exempel.se", phone=None,
                   order_no=f"81{n:02d}", ip=None)
    expected = ["100005", "100011"] + [f"1001{n:02d}" for n in range(12)] + ["100002", "100020", "100040"]
    assert numbers(four_apart, admin, "karlsson")[:17] == expected
    _assert_ranks_distinct_and_in_key_order(four_apart)


def test_erased_person_keeps_no_rank_and_no_sort_key(karlssons, admin):
    from mnu_desk.db.searchindex import remove

    with karlssons.write() as session:
        person = session.scalars(select(Person).where(Person.customer_no == "100011")).one()
        remove(session.connection(), [person.id])
        person.first_name = person.last_name = None
        person.search_text = ""
    with karlssons.read() as session:
        person = session.scalars(select(Person).where(Person.customer_no == "100011")).one()
        assert (person.search_key, person.search_rank) == (None, None)
    assert "100011" not in numbers(karlssons, admin, "karlsson")
    assert "100011" not in numbers(karlssons, admin, "anna")


@pytest.mark.parametrize("walk", [400, 1], ids=["checked_walk", "whole_list"])
def test_a_word_start_longer_than_the_prefix_index_keeps_the_order(karlssons, admin, monkeypatch, walk):
    """"karlss": on SQLite read through "karl" and checked, or (when the first rows pass too few) through the
    whole list of words starting so; either way the same people in the same order."""
    from mnu_desk.db import search as queries

    monkeypatch.setattr(queries, "WALK", walk)
    assert numbers(karlssons, admin, "karlss") == ["100005", "100011", "100002", "100040", "100020"]
    assert numbers(karlssons, admin, "karlss an") == ["100005", "100011"]


def test_several_words_found_as_word_starts_leave_out_pieces_inside_words(desk, admin):
    """"hedström jul" finds Julia Hedström by her words' starts; Ajul Bhedström, who has the letters only
    inside words, is noise then and is not listed, on every backend (README "Search": inside words only when
    the steps before found nobody, for several words)."""
    add_person(desk, "300001", "Julia", "Hedström", email="j@exempel.se", phone=None, ip=None)
    add_person(desk, "300002", "Ajul", "Bhedström", email="b@exempel.se", phone=None, ip=None)
    assert numbers(desk, admin, "hedström jul") == ["300001"]
    assert numbers(desk, admin, "edströ jul") == ["300002", "300001"]  # no word starts so: inside, by surname
