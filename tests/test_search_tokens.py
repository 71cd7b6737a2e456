"""Pieces inside words (docs/design.md section 5), which the servers find through their token index
(mnu_desk.db.searchtokens): the same answers on every backend, and on a server a vocabulary that keeps no token
of an erased or rectified person. Policy 1.1 and 2.2: the desk finds whoever contacts it by what they give;
policy 9.3.3 (erasure): nothing of an erased person stays behind in an index."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mnu_desk.db import searchtokens
from mnu_desk.db.models import Person
from mnu_desk.db.searchindex import refresh_person, remove
from mnu_desk.services.search import search_people

from .factories import add_person


@pytest.fixture
def people(desk):
    add_person(desk, "300001", "Anna", "Andersson", email="anna.andersson4521@gmail.com", street="Storgatan 12",
               postal_code="111 22", city="Stockholm", order_no="7000001")
    add_person(desk, "300002", "Eva", "Hedström-Nordlander", email="eva.hn@exempel.se", street="Ågatan 3",
               postal_code="413 01", city="Göteborg", order_no="7000002")
    add_person(desk, "300003", "Zora", "Zqxberg", email="zq.zqxberg77@unikdoman.se", street="Qvistvägen 9",
               postal_code="752 36", city="Uppsala", order_no="7000003")
    return desk


def numbers(desk, actor, query):
    return [row["customer_no"] for row in search_people(desk, actor, query)]


@pytest.mark.parametrize("query, expected", [
    ("dersson452", ["300001"]),      # letters running into digits, inside the e-mail
    ("4521@gma", ["300001"]),        # digits, a sign and letters
    ("a.andersson4", ["300001"]),    # the longest run a whole token between a sign and digits
    ("maj.anders", []),
    ("ndersson", ["300001"]),        # inside the surname, a whole word of hers
    ("nordland", ["300002"]),        # inside the second half of a double surname
    ("strom-nord", ["300002"]),      # across the hyphen
    ("xberg77", ["300003"]),
    ("kdoman", ["300003"]),          # inside the domain, which is no word of hers
    ("vistvag", ["300003"]),
    ("ndersson 111", ["300001"]),    # several words: the others checked on the rows found
    ("rsson452 zqx", []),            # every word must be there
    ("dersson453", []),
])
def test_pieces_inside_words_are_found_on_every_backend(people, admin, query, expected):
    assert numbers(people, admin, query) == expected


def test_runs_tokens_and_the_run_that_drives_a_look_up():
    assert searchtokens.runs("anna.andersson4521@gmail.com") == ["anna", "andersson", "4521", "gmail", "com"]
    assert searchtokens.tokens_of("li.ek_12@x.se") == set()  # no run of three: nothing to index
    assert searchtokens.tokens_of("hedstrom-nordlander") == {"hedstrom", "nordlander"}
    assert searchtokens.tokens_of("a" * 100) == {"a" * searchtokens.TOKEN_LENGTH}
    assert searchtokens.driving_run(("l%100", "erik_l")) == ("erik_l", "erik", "%erik")  # ends its token
    assert searchtokens.driving_run(("a.berg.1",)) == ("a.berg.1", "berg", "berg")      # a whole token
    assert searchtokens.driving_run(("maj.olss",)) == ("maj.olss", "olss", "olss%")    # starts its token
    assert searchtokens.driving_run(("andersson4",)) == ("andersson4", "andersson", "%andersson")
    assert searchtokens.driving_run(("ndersso",)) == ("ndersso", "ndersso", "%ndersso%")
    assert searchtokens.driving_run(("a.b", "12-3")) is None
    assert searchtokens.is_one_run("andersson") and not searchtokens.is_one_run("anna.berg")
    assert searchtokens.middle_trigram("andersson") == "ers"
    assert searchtokens.middle_trigram("abc") == "abc"


def _vocabulary(desk) -> set[str]:
    with desk.read() as session:
        return set(session.execute(select(searchtokens.TOKEN_TRIGRAMS.c.token).distinct()).scalars())


def _token_rows(desk, customer_no: str) -> set[tuple[str, str]]:
    with desk.read() as session:
        person_id = session.scalar(select(Person.id).where(Person.customer_no == customer_no))
        table = searchtokens.SEARCH_TOKENS
        return set(session.execute(select(table.c.token, table.c.word).where(table.c.person_id == person_id)).all())


@pytest.fixture
def server_people(people):
    if people.engine.dialect.name == "sqlite":
        pytest.skip("a shared server's token index")
    return people


def test_a_person_has_token_rows_for_the_words_of_more_than_one_run(server_people):
    assert _token_rows(server_people, "300001") == {("anna", "anna.andersson4521@gmail.com"),
                                                     ("andersson", "anna.andersson4521@gmail.com"),
                                                     ("4521", "anna.andersson4521@gmail.com"),
                                                     ("gmail", "anna.andersson4521@gmail.com"),
                                                     ("com", "anna.andersson4521@gmail.com")}
    assert {token for token, _ in _token_rows(server_people, "300002")} == {
        "hedstrom", "nordlander", "eva", "exempel"}
    assert {"andersson", "hedstrom", "zqxberg", "unikdoman", "storgatan", "11122"} <= _vocabulary(server_people)


def test_erasure_leaves_no_token_of_the_person_in_the_vocabulary(server_people, admin):
    with server_people.write() as session:
        person = session.scalar(select(Person).where(Person.customer_no == "300003"))
        remove(session.connection(), [person.id])
    vocabulary = _vocabulary(server_people)
    assert not {"zora", "zqxberg", "unikdoman", "qvistvagen", "uppsala", "75236"} & vocabulary
    assert {"anna", "gmail", "exempel", "com"} <= vocabulary  # still somebody's
    assert _token_rows(server_people, "300003") == set()
    assert numbers(server_people, admin, "xberg77") == []


def test_rectification_replaces_the_old_tokens(server_people, admin):
    with server_people.write() as session:
        person = session.scalar(select(Person).where(Person.customer_no == "300003"))
        person.last_name, person.email = "Lindqvist", "zora.l@exempel.se"
        refresh_person(session, person)
    vocabulary = _vocabulary(server_people)
    assert not {"zqxberg", "unikdoman"} & vocabulary and {"lindqvist", "zora"} <= vocabulary
    assert _token_rows(server_people, "300003") == {("zora", "zora.l@exempel.se"), ("exempel", "zora.l@exempel.se")}
    assert numbers(server_people, admin, "indqvi") == ["300003"]
    assert numbers(server_people, admin, "xberg77") == []


def test_migration_0017_moves_a_server_desk_in_use_to_tokens_and_back(fresh_db_url):
    """`db upgrade` on a shared server's desk with people: a downgrade gives back the index of pieces of
    migration 0002 (MariaDB's trigram table, filled from everyone's search text; PostgreSQL's pg_trgm index);
    the upgrade drops it and fills the token index from everyone's search text."""
    from sqlalchemy import inspect, text

    from mnu_desk.db import migrate
    from mnu_desk.db.engine import make_engine
    from mnu_desk.services import agents
    from mnu_desk.services.context import Desk

    engine = make_engine(fresh_db_url)
    if engine.dialect.name == "sqlite":
        engine.dispose()
        pytest.skip("a shared server's token index")
    desk = Desk(engine)

    def pieces_index() -> bool:
        if engine.dialect.name == "postgresql":
            return "ix_people_search_text_trgm" in {i["name"] for i in inspect(engine).get_indexes("people")}
        return "people_trigrams" in inspect(engine).get_table_names()

    try:
        migrate.upgrade(engine)
        add_person(desk, "300001", "Anna", "Andersson", email="anna.andersson4521@gmail.com")
        migrate.downgrade(engine, "0016")
        assert pieces_index()
        if engine.dialect.name != "postgresql":
            with engine.connect() as connection:
                grams = set(connection.execute(text("SELECT trigram FROM people_trigrams")).scalars())
            assert {"and", "452", "l.c"} <= grams
        assert not {"search_tokens", "token_trigrams"} & set(inspect(engine).get_table_names())
        migrate.upgrade(engine)
        assert not pieces_index()
        assert {token for token, _ in _token_rows(desk, "300001")} == {"anna", "andersson", "4521", "gmail", "com"}
        assert {"anna", "andersson", "4521", "gmail"} <= _vocabulary(desk)
        actor = agents.add_agent(desk, None, "admin", "admin", "test-password-1")
        assert numbers(desk, actor, "dersson452") == ["300001"]
    finally:
        desk.dispose()


def test_a_token_already_in_the_vocabulary_is_skipped_not_refused(server_people):
    """Two desks may add the same new token at the same moment: the vocabulary's insert skips a key that is
    there (MariaDB's INSERT IGNORE, PostgreSQL's ON CONFLICT DO NOTHING) instead of failing the other's work."""
    from mnu_desk.db.bulk import insert_rows

    rows = [("qqw", "qqwtoken"), ("new", "newtoken")]
    with server_people.engine.begin() as connection:
        insert_rows(connection, searchtokens.TOKEN_TRIGRAMS, ("trigram", "token"), rows, ignore_duplicates=True)
    with server_people.engine.begin() as connection:
        insert_rows(connection, searchtokens.TOKEN_TRIGRAMS, ("trigram", "token"), rows, ignore_duplicates=True)
        count = connection.execute(select(searchtokens.TOKEN_TRIGRAMS.c.token).where(
            searchtokens.TOKEN_TRIGRAMS.c.token.in_(["qqwtoken", "newtoken"]))).scalars().all()
    assert sorted(count) == ["newtoken", "qqwtoken"]
