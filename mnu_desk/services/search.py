"""Finding people: the service the command line and the search field call."""

from __future__ import annotations

from sqlalchemy import select

from ..db import search as queries
from ..db.models import Address, Person
from ..domain.roles import Permission
from .context import Actor, Desk

DEFAULT_LIMIT = 20
MIN_QUERY_LENGTH = 2


def search_people(desk: Desk, actor: Actor, query: str, limit: int = DEFAULT_LIMIT) -> list[dict]:
    """People matching the query, best first; a query under two characters finds nothing (and scans
    nothing)."""
    actor.require(Permission.LOOK_UP)
    query = query[:200]
    if len(query.strip()) < MIN_QUERY_LENGTH or limit <= 0:
        return []
    with desk.read() as session:
        ids = queries.exact_ids(session, query)
        if len(ids) < limit:
            ids += [i for i in queries.text_ids(session, query, limit) if i not in ids]
        return rows_for(session, ids[:limit])


def rows_for(session, ids: list[int]) -> list[dict]:
    """The result rows for the given ids, in the same order."""
    if not ids:
        return []
    stmt = (select(Person, Address)
            .outerjoin(Address, (Address.person_id == Person.id) & Address.is_primary)
            .where(Person.id.in_(ids)))
    by_id = {}
    for person, address in session.execute(stmt):
        by_id.setdefault(person.id, (person, address))
    return [_row(*by_id[i]) for i in ids if i in by_id]


def _row(person: Person, address: Address | None) -> dict:
    return {"customer_no": person.customer_no, "first_name": person.first_name, "last_name": person.last_name,
            "email": person.email, "phone": person.phone_e164,
            "postal_code": address.postal_code if address else None,
            "city": address.city if address else None, "kind": person.kind, "status": person.status}
