"""The servers' index for pieces inside words (docs/design.md section 5). MariaDB has no n-gram parser, and its
table of (trigram, person) held about 35 rows a person: at a million people it was most of a bulk load's time.
PostgreSQL's pg_trgm index over the search text read every person holding a common piece's trigrams before its
first row. Both use this index of tokens instead.

A token is a run of letters or a run of digits inside a word of the search text: "anna.andersson4521@gmail.com"
holds anna, andersson, 4521, gmail and com. A piece typed inside a word ("dersson45") has runs of its own, and
each lies inside a token of any word that holds the piece. So the piece's longest run, looked up among the
tokens, names every word that may hold the piece.

- `token_trigrams` (trigram, token) is the vocabulary: the trigrams of each distinct token. Names, streets,
  cities, domains and numbers repeat, so it grows with the tokens in use, not with the people.
- A word that is one run ("andersson", "11122") is its own token, and the word table already leads from it to
  its people. `search_tokens` (token, word, person) holds the tokens of the other words ("anna.andersson4521
  @gmail.com", "hedstrom-nordlander"): about five a person. A piece of several runs ("andersson4", "george_j")
  can only lie in such a word, so it is checked against the word in the index, before any person is read.

Only tokens of three characters or more are indexed (a trigram's length): a piece without such a run is found
by its word start only. Words are indexed by their first 64 characters, as in the word table. The vocabulary
keeps no token that nobody has: when the last person holding one is erased or rectified its rows go (`prune`),
since a rare surname is itself personal data."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    MetaData,
    String,
    Table,
    bindparam,
    delete,
    select,
    text,
)

from .bulk import insert_rows
from .inlist import among
from .models import SearchWord

TOKEN_LENGTH = 64  # as the word table's words
SHORTEST = 3
_RUN = re.compile(r"[^\W\d_]+|\d+")  # letters, or digits: what a word is cut into
_CHUNK = 2000  # values in one IN list

_metadata = MetaData()
SEARCH_TOKENS = Table("search_tokens", _metadata, Column("token", String(TOKEN_LENGTH)),
                      Column("word", String(TOKEN_LENGTH)), Column("person_id", BigInteger))
TOKEN_TRIGRAMS = Table("token_trigrams", _metadata, Column("trigram", String(3)),
                       Column("token", String(TOKEN_LENGTH)))


def runs(word: str) -> list[str]:
    """The runs of letters and of digits in a word, in order, however short."""
    return _RUN.findall(word)


def tokens_of(word: str) -> set[str]:
    return {run[:TOKEN_LENGTH] for run in runs(word) if len(run) >= SHORTEST}


def trigrams(token: str) -> set[str]:
    return {token[i:i + 3] for i in range(len(token) - 2)}


def is_one_run(word: str) -> bool:
    found = runs(word)
    return len(found) == 1 and found[0] == word


def write(connection: Connection, words: dict[int, set[str]]) -> None:
    """Index the tokens of people whose old rows are gone, from their words as the word table holds them
    (`searchindex.words_of`)."""
    token_rows: list[tuple[str, str, int]] = []
    vocabulary: set[str] = set()
    for person_id, own in words.items():
        for word in own:
            tokens = tokens_of(word)
            vocabulary |= tokens
            if not is_one_run(word):
                token_rows.extend((token, word, person_id) for token in tokens)
    insert_rows(connection, SEARCH_TOKENS, ("token", "word", "person_id"), token_rows)
    new = vocabulary - _known(connection, vocabulary)
    # IGNORE: another desk may add the same new token at the same moment
    insert_rows(connection, TOKEN_TRIGRAMS, ("trigram", "token"),
                ((gram, token) for token in sorted(new) for gram in trigrams(token)), ignore_duplicates=True)


def _chunks(values: Iterable) -> Iterable[list]:
    """IN lists of at most _CHUNK values."""
    listed = list(values)
    return (listed[start:start + _CHUNK] for start in range(0, len(listed), _CHUNK))


def _known(connection: Connection, tokens: set[str]) -> set[str]:
    known: set[str] = set()
    for chunk in _chunks(sorted(tokens)):
        known.update(connection.execute(select(TOKEN_TRIGRAMS.c.token).distinct()
                                        .where(among(connection, TOKEN_TRIGRAMS.c.token, chunk))).scalars())
    return known


def forget(connection: Connection, person_ids: list[int]) -> set[str]:
    """Remove the people's token rows and return every token of their words, for `prune` once their new rows
    are written."""
    had: set[str] = set()
    for chunk in _chunks(person_ids):
        for word in connection.execute(select(SearchWord.word).where(SearchWord.person_id.in_(chunk))).scalars():
            had |= tokens_of(word)
        connection.execute(delete(SEARCH_TOKENS).where(SEARCH_TOKENS.c.person_id.in_(chunk)))
    return had


_PRUNE = text(
    "DELETE FROM token_trigrams WHERE token IN :tokens "
    "AND NOT EXISTS (SELECT 1 FROM search_words w WHERE w.word = token_trigrams.token) "
    "AND NOT EXISTS (SELECT 1 FROM search_tokens t WHERE t.token = token_trigrams.token)"
).bindparams(bindparam("tokens", expanding=True))


def prune(connection: Connection, tokens: set[str]) -> None:
    """Drop from the vocabulary the tokens that nobody has any more."""
    for chunk in _chunks(sorted(tokens)):
        connection.execute(_PRUNE, {"tokens": chunk})


def clear(connection: Connection) -> None:
    connection.execute(delete(SEARCH_TOKENS))
    connection.execute(delete(TOKEN_TRIGRAMS))


def driving_run(words: Iterable[str]) -> tuple[str, str, str] | None:
    """The query word that drives the look-up, its longest run of three characters or more, and the LIKE
    pattern a token holding that run matches. A run with something before it in the word starts its token
    (what precedes it is not of its kind, so the token ends there), and a run with something after it ends
    its token: "maj.olss" needs a token ending "maj" or one starting "olss", far fewer than all holding
    "olss"."""
    found = []
    for word in words:
        position = 0
        for run in runs(word):
            start = word.index(run, position)
            position = start + len(run)
            if len(run) >= SHORTEST:
                found.append((run[:TOKEN_LENGTH], word, start > 0, position < len(word)))
    if not found:
        return None
    run, word, bounded_before, bounded_after = max(found, key=lambda item: len(item[0]))
    return word, run, ("" if bounded_before else "%") + run + ("" if bounded_after else "%")


def middle_trigram(run: str) -> str:
    """The trigram that narrows the vocabulary for the run. One is enough: the vocabulary is small, so even a
    common trigram's tokens are a few thousand, which the LIKE on each token checks faster than a second
    trigram's rows are joined."""
    middle = (len(run) - 3) // 2
    return run[middle:middle + 3]


def matching_tokens():
    """The vocabulary's tokens holding the run as its pattern says (`driving_run`)."""
    return select(TOKEN_TRIGRAMS.c.token).where(TOKEN_TRIGRAMS.c.trigram == bindparam("gram"),
                                                TOKEN_TRIGRAMS.c.token.like(bindparam("run"), escape="\\"))


__all__ = ["SEARCH_TOKENS", "TOKEN_TRIGRAMS", "clear", "driving_run", "forget", "is_one_run", "matching_tokens",
           "middle_trigram", "prune", "runs", "tokens_of", "trigrams", "write"]
