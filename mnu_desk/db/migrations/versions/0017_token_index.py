"""search on a server: pieces inside words through an index of tokens

MariaDB's table of (trigram, person) held about 35 rows a person, and writing them was most of a bulk load's
time at a million people (25 minutes for the demo data). PostgreSQL's pg_trgm GIN index over the search text
read the posting lists of everyone holding a common piece's trigrams before its first row (50-110 ms for
"erss" at a million people). Both give way to a vocabulary of tokens (runs of letters or of digits inside
words) with their trigrams, and a table of the tokens of each person's words that are more than one run (an
e-mail address, a double surname): about four rows a person (mnu_desk.db.searchtokens). SQLite keeps its FTS5
trigram table.

Revision ID: 0017
Revises: 0016
"""
import sqlalchemy as sa
from alembic import op

from mnu_desk.db import searchtokens
from mnu_desk.db.searchindex import words_of

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_BATCH = 20_000
_TABLE_OPTIONS = {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin", "mysql_engine": "InnoDB"}


def _backend() -> str:
    return op.get_bind().dialect.name


def _people(bind):
    """(id, search text) of everyone, a batch at a time."""
    last = 0
    while True:
        chunk = bind.execute(sa.text("SELECT id, search_text FROM people WHERE id > :last AND search_text <> '' "
                                     "ORDER BY id LIMIT :n"), {"last": last, "n": _BATCH}).all()
        if not chunk:
            return
        yield [(person_id, search_text or "") for person_id, search_text in chunk]
        last = chunk[-1][0]


def upgrade() -> None:
    if _backend() == "sqlite":
        return
    op.create_table(
        "token_trigrams",
        sa.Column("trigram", sa.String(length=3), nullable=False),
        sa.Column("token", sa.String(length=searchtokens.TOKEN_LENGTH), nullable=False),
        sa.PrimaryKeyConstraint("trigram", "token", name="pk_token_trigrams"),
        **_TABLE_OPTIONS,
    )
    op.create_index("ix_token_trigrams_token", "token_trigrams", ["token"])
    op.create_table(
        "search_tokens",
        sa.Column("token", sa.String(length=searchtokens.TOKEN_LENGTH), nullable=False),
        sa.Column("word", sa.String(length=searchtokens.TOKEN_LENGTH), nullable=False),
        sa.Column("person_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], ondelete="CASCADE",
                                name="fk_search_tokens_person_id_people"),
        sa.PrimaryKeyConstraint("token", "word", "person_id", name="pk_search_tokens"),
        **_TABLE_OPTIONS,
    )
    op.create_index("ix_search_tokens_person_id", "search_tokens", ["person_id"])
    bind = op.get_bind()
    for rows in _people(bind):
        searchtokens.write(bind, {person_id: words_of(text) for person_id, text in rows})
    if _backend() == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_people_search_text_trgm")
    else:
        op.drop_table("people_trigrams")


def downgrade() -> None:
    if _backend() == "sqlite":
        return
    if _backend() == "postgresql":  # as migration 0002 made it
        op.execute("CREATE INDEX ix_people_search_text_trgm ON people USING gin (search_text gin_trgm_ops)")
        _drop_token_index()
        return
    op.create_table(  # as migration 0002 made it
        "people_trigrams",
        sa.Column("trigram", sa.String(length=3), nullable=False),
        sa.Column("person_id", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], ondelete="CASCADE",
                                name="fk_people_trigrams_person_id_people"),
        sa.PrimaryKeyConstraint("trigram", "person_id", name="pk_people_trigrams"),
        **_TABLE_OPTIONS,
    )
    op.create_index("ix_people_trigrams_person_id", "people_trigrams", ["person_id"])
    bind = op.get_bind()
    for rows in _people(bind):
        grams = {(word[i:i + 3], person_id) for person_id, text in rows for word in text.split(" ")
                 for i in range(len(word) - 2)}
        bind.execute(sa.text("INSERT INTO people_trigrams (trigram, person_id) VALUES (:g, :p)"),
                     [{"g": g, "p": p} for g, p in sorted(grams)])
    _drop_token_index()


def _drop_token_index() -> None:
    op.drop_table("search_tokens")
    op.drop_table("token_trigrams")
