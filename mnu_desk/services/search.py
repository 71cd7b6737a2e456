"""Finding people: the one service the search field, the command line and the benchmark call."""

from __future__ import annotations

import time
from dataclasses import dataclass

from ..db import search as queries
from ..domain.roles import Permission
from . import search_log
from .context import Actor, Desk

DEFAULT_LIMIT = 20
MIN_QUERY_LENGTH = 2


@dataclass(frozen=True)
class SearchResult:
    ids: list[int]        # best first
    more: bool            # the candidate set was full: there are more matches than listed
    elapsed_ms: float


def find_people(desk: Desk, actor: Actor, query: str, limit: int = queries.CANDIDATES) -> SearchResult:
    """Ids of the people matching the query, best first: exact identifiers, then ranked text matches."""
    actor.require(Permission.LOOK_UP)
    started = time.perf_counter()
    parsed = queries.parse(query)
    with desk.connect() as connection:
        ids, more = _find(connection, desk.backend, parsed, limit)
    if parsed is not None:  # a query too short to search shows nobody and is no search
        search_log.note(desk, actor, len(ids), more)
    return SearchResult(ids, more, (time.perf_counter() - started) * 1000)


def rows_for(desk: Desk, actor: Actor, ids: list[int]) -> list[dict]:
    """The result rows of the given people, in the order given (a page of a result list)."""
    actor.require(Permission.LOOK_UP)
    if not ids:
        return []
    with desk.connect() as connection:
        return _rows(connection, ids)


def search_people(desk: Desk, actor: Actor, query: str, limit: int = DEFAULT_LIMIT) -> list[dict]:
    """People matching the query, best first; a query under two characters finds nothing and scans
    nothing. One connection for the look-up and the rows."""
    actor.require(Permission.LOOK_UP)
    parsed = queries.parse(query)
    with desk.connect() as connection:
        ids, more = _find(connection, desk.backend, parsed, limit)
        rows = _rows(connection, ids) if ids else []
    if parsed is not None:
        search_log.note(desk, actor, len(rows), more)
    return rows


def _find(connection, backend: str, parsed, limit: int) -> tuple[list[int], bool]:
    if parsed is None or limit <= 0:
        return [], False
    exact = connection.execute(*queries.exact_statement(parsed)).all()
    if exact:  # a customer no., order no., e-mail, phone or IP address names the person: no text search
        ids = list(dict.fromkeys(person_id for person_id, _ in sorted(exact, key=lambda row: row[1])))
        return ids[:limit], len(ids) > limit
    if backend == "sqlite":
        return queries.find_in_tiers(lambda statement, values: connection.execute(statement, values).all(),
                                     parsed, limit)
    candidates = _text_candidates(connection, backend, parsed)
    ids = queries.rank(parsed, candidates)
    return ids[:limit], len(candidates) >= queries.CANDIDATES or len(ids) > limit


def _text_candidates(connection, backend: str, parsed) -> list:
    """PostgreSQL and MariaDB: word-start matches first (cheap at any size); matches inside words only when
    those are few (`queries.wants_inside_words`)."""
    found: dict[int, object] = {}
    prefix = queries.prefix_statement(parsed, backend)
    if prefix is not None:
        for row in connection.execute(*prefix):
            found.setdefault(row[0], row)
    if queries.wants_inside_words(parsed, len(found)):
        infix = queries.candidate_statement(parsed, backend)
        if infix is not None:
            for row in connection.execute(*infix):
                found.setdefault(row[0], row)
    return list(found.values())[:queries.CANDIDATES]


def _rows(connection, ids: list[int]) -> list[dict]:
    found = {row.id: row for row in connection.execute(*queries.rows_statement(ids))}
    return [_row(found[i]) for i in ids if i in found]


def _row(row) -> dict:
    return {"customer_no": row.customer_no, "first_name": row.first_name, "last_name": row.last_name,
            "email": row.email, "phone": row.phone_e164, "postal_code": row.postal_code, "city": row.city,
            "kind": row.kind, "status": row.status, "restriction": row.restriction}
