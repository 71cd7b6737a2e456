"""Several words typed, each the start of a word (README, Search, step 4; docs/design.md section 5). On
PostgreSQL through its GIN index of words and word starts (mnu_desk.db.searchlexemes), elsewhere through the
word table: the same people on every backend. Policy 1.1: the desk finds whoever contacts it."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from mnu_desk.db import search as queries
from mnu_desk.db.searchlexemes import word_starts_query
from mnu_desk.services.search import search_people

from .factories import add_person


@pytest.fixture
def namesakes(desk):
    add_person(desk, "400001", "Karl", "Andersson", email="ka@exempel.se", phone=None, ip=None,
               street="Ringvägen 49", postal_code="217 11", city="Malmö")
    add_person(desk, "400002", "Anders", "Karlsson", email="ak@exempel.se", phone=None, ip=None,
               street="Backgränd 4", postal_code="722 19", city="Västerås")
    add_person(desk, "400003", "Sean", "O'Brien", email="sob@exempel.se", phone=None, ip=None,
               street="Storgatan 1", postal_code="111 22", city="Stockholm")
    # the letters of "karl" and "anders" only inside words: found as word starts by nobody
    add_person(desk, "400004", "Mikarla", "Wanders", email="mw@exempel.se", phone=None, ip=None,
               street="Torget 2", postal_code="411 01", city="Göteborg")
    return desk


def numbers(desk, actor, query):
    return sorted(row["customer_no"] for row in search_people(desk, actor, query))


@pytest.mark.parametrize("query", ["ka an", "kar and", "karl ande", "ande karl"])
def test_every_length_of_start_finds_both_namesakes_and_no_one_else(namesakes, admin, query):
    """Starts of two, three and four letters are keys of their own on PostgreSQL: each finds Karl Andersson
    and Anders Karlsson, never Mikarla Wanders, who has the letters inside words."""
    assert numbers(namesakes, admin, query) == ["400001", "400002"]


@pytest.mark.parametrize("query", ["karlss anders", "anders karlsson", "KARLSSON Anders", "karlsson andersson"])
def test_a_longer_start_is_matched_whole(namesakes, admin, query):
    """A start longer than four letters is its four letters' key and a prefix match: "karlss" starts
    Karlsson's surname, not Karl's first name."""
    expected = [] if query == "karlsson andersson" else ["400002"]
    assert numbers(namesakes, admin, query) == expected


def test_a_start_must_start_a_word_of_the_same_person(namesakes, admin):
    assert numbers(namesakes, admin, "karl 722") == ["400002"]      # Karlsson lives at 722 19
    assert numbers(namesakes, admin, "ringv 21 malm") == ["400001"]  # street, postcode and city starts
    # no Karl* lives in Göteborg: with nobody found by word starts, Mikarla Wanders by the letters inside hers
    assert numbers(namesakes, admin, "karl göteborg") == ["400004"]


@pytest.mark.parametrize("query", ["o'brien se", "o'b sean", "'o bri", "o\\'b se", "se:* | o", "!(se) & o",
                                   "sean <-> o'brien", "o'brien sean ' '"])
def test_quotes_and_text_search_operators_are_plain_letters(namesakes, admin, query):
    """A query word is one quoted lexeme: its quotes, backslashes and text-search operators are letters to
    look for, never syntax. O'Brien is found where the letters are his."""
    found = numbers(namesakes, admin, query)
    if query in ("o'brien se", "o'b sean"):
        assert found == ["400003"]


def test_the_query_quotes_each_word_as_one_lexeme():
    assert word_starts_query(("karlsson", "an")) == "' karl' & 'karlsson':* & ' an'"
    assert word_starts_query(("o'b", "a\\b")) == "' o''b' & ' a\\\\b'"


def _postgresql_only(desk):
    if desk.backend != "postgresql":
        pytest.skip("PostgreSQL's GIN index of word starts")


def test_postgresql_index_holds_words_and_their_starts(desk):
    _postgresql_only(desk)
    with desk.connect() as connection:
        keys = connection.scalar(text("SELECT tsvector_to_array(search_lexemes('karl ab  x'))"))
        # a word of a thousand four-byte letters (a lexeme holds at most 2 047 bytes) still indexes
        long_word = connection.scalar(text("SELECT length(search_lexemes(repeat(chr(128578), 1000)))"))
    assert sorted(keys) == sorted(["karl", " ka", " kar", " karl", "ab", " ab", "x"])
    assert long_word == 4  # the word's first 500 letters and its starts of two, three and four


def test_postgresql_answers_several_words_through_the_gin_index(namesakes):
    """The statement's expression is the index's: with sequential scans priced out, the plan reads
    ix_people_search_lexemes (a mismatch would scan every person at a million)."""
    _postgresql_only(namesakes)
    statement, values = queries.prefix_statement(queries.parse("karl anders"), namesakes.backend)
    compiled = statement.compile(dialect=namesakes.engine.dialect)
    with namesakes.connect() as connection:
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        plan = "\n".join(row[0] for row in connection.exec_driver_sql(
            "EXPLAIN " + str(compiled), {**compiled.params, **values}))
    assert "ix_people_search_lexemes" in plan
