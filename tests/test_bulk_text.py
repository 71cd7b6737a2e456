"""The bulk loader under the demo data and the shop import (docs/design.md section 4) writes text exactly as
given on every backend: quotes, backslashes, line breaks and statement-like values are data, never SQL. MariaDB's
multi-row INSERTs are written by the loader itself, so they are tested as an attacker would fill a shop export."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mnu_desk.db import bulk
from mnu_desk.db.bulk import insert_rows, stored_datetime
from mnu_desk.db.models import Person
from mnu_desk.domain.clock import utcnow

HOSTILE = ["O'Brien", 'say "hi"', "back\\slash\\", "line\nbreak", "carriage\rreturn", "ctrl-z\x1a",
           "%s and %(name)s", "Åsa 🙂 Ødegård", "'); DROP TABLE people; --", "\\'", "''", "end\\"]


def _insert_and_read(desk) -> list[tuple[str, str | None, str | None]]:
    created = stored_datetime(utcnow())
    rows = [(f"90{n:04d}", "account", "active", value, value[::-1], "", created, 1)
            for n, value in enumerate(HOSTILE)]
    rows.append(("900999", "guest", "active", None, None, "", created, 1))  # NULL as NULL, not 'None'
    with desk.write() as session:
        inserted = insert_rows(session.connection(), Person.__table__,
                               ("customer_no", "kind", "status", "first_name", "last_name", "search_text",
                                "created_at", "version"), iter(rows))
        assert inserted == len(rows)
    with desk.read() as session:
        return session.execute(select(Person.customer_no, Person.first_name, Person.last_name)
                               .where(Person.customer_no.like("90%")).order_by(Person.customer_no)).all()


def _expected() -> list[tuple[str, str | None, str | None]]:
    return [(f"90{n:04d}", value, value[::-1]) for n, value in enumerate(HOSTILE)] + [("900999", None, None)]


def test_hostile_text_is_stored_exactly(desk):
    assert [tuple(row) for row in _insert_and_read(desk)] == _expected()


def test_mariadb_statements_split_at_the_limit_lose_no_row(desk, monkeypatch):
    """Statements of at most 200 bytes: one row each, and every row arrives once."""
    if desk.backend != "mysql":
        pytest.skip("MariaDB's multi-row INSERTs")
    monkeypatch.setattr(bulk, "_mysql_stmt_length", lambda connection: 200)
    assert [tuple(row) for row in _insert_and_read(desk)] == _expected()


def test_mariadb_without_backslash_escapes_stores_text_exactly(desk):
    """A server in NO_BACKSLASH_ESCAPES mode reads a backslash as itself: the loader doubles quotes instead."""
    if desk.backend != "mysql":
        pytest.skip("MariaDB's sql_mode")
    with desk.write() as session:
        connection = session.connection()
        connection.exec_driver_sql("SET SESSION sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')")
        created = stored_datetime(utcnow())
        insert_rows(connection, Person.__table__, ("customer_no", "kind", "status", "first_name", "search_text",
                                                   "created_at", "version"),
                    [(f"91{n:04d}", "account", "active", value, "", created, 1) for n, value in enumerate(HOSTILE)])
        stored = connection.execute(select(Person.first_name).where(Person.customer_no.like("91%"))
                                    .order_by(Person.customer_no)).scalars().all()
        connection.exec_driver_sql("SET SESSION sql_mode = REPLACE(@@sql_mode, 'NO_BACKSLASH_ESCAPES', '')")
    assert stored == HOSTILE
