"""Keeping the search index in step with the people table. Every change of a person's search text goes
through `reindex`, which also gives the person their rank (mnu_desk.db.searchrank). SQLite's FTS5 tables
follow the rank and the text by triggers and PostgreSQL's GIN index of words follows by itself; the servers'
word table (SQLite's FTS5 word table has its own prefix index) and token index (mnu_desk.db.searchtokens) are
written here."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.orm import Session

from ..domain.textfold import person_search_text
from . import searchrank, searchtokens
from .bulk import insert_rows
from .models import Address, Person, SearchWord

WORD_LENGTH = 64


def words_of(text: str) -> set[str]:
    return {w[:WORD_LENGTH] for w in text.split(" ") if w}


def refresh_person(session: Session, person: Person) -> None:
    """Recompute a person's search text from their name, e-mail and primary address, and index it. Every
    service that changes those (rectification, erasure, import) calls this."""
    address = session.scalar(select(Address).where(Address.person_id == person.id, Address.is_primary)
                             .order_by(Address.id).limit(1))
    person.search_text = person_search_text(
        person.first_name, person.last_name, person.email,
        address.street if address else None, address.postal_code if address else None,
        address.city if address else None)
    session.flush()
    reindex(session.connection(), [(person.id, person.search_text)], replace=True)


def uses_word_table(dialect_name: str) -> bool:
    return dialect_name != "sqlite"


def reindex(connection: Connection, rows: Iterable[tuple[int, str]], *, replace: bool = False,
            rank: bool = True) -> None:
    """Write the word and token rows (servers) for (person id, search text) pairs and place the people
    in the ranking order. `replace` first removes what the people had; a bulk load of new people leaves it off,
    and one that numbers everyone at its end (searchrank.renumber) passes `rank=False`."""
    rows = list(rows)
    if not rows:
        return
    name = connection.dialect.name
    if rank:
        searchrank.place(connection, [person_id for person_id, _ in rows])
    if not uses_word_table(name):
        return
    had: set[str] = set()
    if replace:
        ids = [person_id for person_id, _ in rows]
        had = searchtokens.forget(connection, ids)
        connection.execute(delete(SearchWord).where(SearchWord.person_id.in_(ids)))
    words = {person_id: words_of(text) for person_id, text in rows}
    insert_rows(connection, SearchWord.__table__, ("word", "person_id"),
                ((word, person_id) for person_id, own in words.items() for word in own))
    searchtokens.write(connection, words)
    if had:
        searchtokens.prune(connection, had)


def remove(connection: Connection, person_ids: list[int]) -> None:
    """Take people out of the index (erasure leaves a tombstone with an empty search text)."""
    searchrank.unplace(connection, person_ids)
    if not uses_word_table(connection.dialect.name):
        return
    had = searchtokens.forget(connection, person_ids)
    connection.execute(delete(SearchWord).where(SearchWord.person_id.in_(person_ids)))
    if had:
        searchtokens.prune(connection, had)


def rebuild(connection: Connection, batch: int = 20_000) -> int:
    """Index and rank every person from scratch (after a bulk load without indexing, or to repair)."""
    connection.execute(update(Person).values(search_key=None))
    ranked = searchrank.fill_keys(connection)
    searchrank.renumber(connection)
    if not uses_word_table(connection.dialect.name):
        return ranked
    connection.execute(delete(SearchWord))
    searchtokens.clear(connection)
    last, done = 0, 0
    while True:
        chunk = connection.execute(select(Person.id, Person.search_text).where(Person.id > last)
                                   .order_by(Person.id).limit(batch)).all()
        if not chunk:
            return done
        reindex(connection, [(i, t or "") for i, t in chunk], rank=False)
        last, done = chunk[-1][0], done + len(chunk)


__all__ = ["refresh_person", "reindex", "rebuild", "remove", "words_of"]
