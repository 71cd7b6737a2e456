"""A database URL read without SQLAlchemy (db/url_parts.py, for the log-in window before the database opens) gives
the same answers as SQLAlchemy's URL (db/engine.py, which opens it): where it points, the backend, the user and
the password, and the same refusal for a URL the desk cannot open."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mnu_desk.db.engine import describe, parse_url
from mnu_desk.db.url_parts import read_url
from mnu_desk.domain.errors import ValidationFailed

URLS = [
    "sqlite://",
    "sqlite:///desk.sqlite3",
    "sqlite:////home/anna/Mina%20filer/desk.sqlite3",
    "sqlite:///:memory:",
    "  sqlite:////tmp/x.db  ",
    "postgresql+psycopg://desk:secret@db.example.se:5433/mnu",
    "postgresql://desk@db.example.se/mnu",
    "postgresql://db.example.se/mnu",
    "postgresql+psycopg://an%40na:p%3Ass%2Fw@127.0.0.1/m%C3%A5nu?sslmode=require",
    "postgresql+psycopg://desk:@[::1]:5432/mnu",
    "mysql+pymysql://root@127.0.0.1/mnu",
    "mariadb://desk:pw@host/mnu?charset=latin1",
    "mysql://host:3306",
]
REFUSED = ["not a url", "nonsense://x", "postgres://host/db", "", "sqlite:/x", "postgresql://host:port/db",
           "oracle://scott@host/db"]


def _same(text: str) -> None:
    try:
        expected = parse_url(text)
    except ValidationFailed as refused:
        with pytest.raises(ValidationFailed) as ours:
            read_url(text)
        assert ours.value.english() == refused.english()
        return
    parts = read_url(text)
    assert parts.where == describe(expected)
    assert parts.backend == expected.get_backend_name()
    assert (parts.username, parts.password, parts.host, parts.port) == (expected.username, expected.password,
                                                                         expected.host, expected.port)


@pytest.mark.parametrize("text", URLS + REFUSED)
def test_a_url_reads_the_same_without_sqlalchemy(text):
    _same(text)


@pytest.mark.parametrize("text", REFUSED)
def test_a_url_the_desk_cannot_open_is_refused_before_it_is_opened(text):
    with pytest.raises(ValidationFailed):
        read_url(text)


PIECE = st.text(st.sampled_from("ab:@/?[]%2F.0 +-_å"), max_size=8)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(["sqlite", "postgresql", "postgresql+psycopg", "mysql+pymysql", "mariadb", "nope"]),
       PIECE, PIECE, PIECE, PIECE)
def test_any_url_reads_the_same_without_sqlalchemy(scheme, user, host, port, rest):
    _same(f"{scheme}://{user}@{host}:{port}/{rest}")
    _same(f"{scheme}://{host}/{rest}")
