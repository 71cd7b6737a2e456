"""search ranked inside the index: every person with a search text gets a sort key (folded surname, first
name, customer number) and a sparse rank in that order (mnu_desk.db.searchrank)

SQLite: the external-content trigram table (rowid = person id) gives way to two contentless FTS5 tables whose
rowid is the rank: a word table (whole words, word starts through its prefix index, and the name as spelled)
and a trigram table (inside words), kept in step by triggers. A search reads each tier's first rows already
in the desk's order. SQLite no longer needs the word table's rows (the FTS5 prefix index answers two-letter
queries). PostgreSQL and MariaDB keep their indexes and sort their candidates by the rank.

Revision ID: 0013
Revises: 0012
"""
import sqlalchemy as sa
from alembic import op

from mnu_desk.db import searchrank

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

OLD_SQLITE = [
    "CREATE VIRTUAL TABLE people_fts USING fts5(search_text, content='people', content_rowid='id', "
    "tokenize='trigram')",
    "CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN "
    "INSERT INTO people_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN "
    "INSERT INTO people_fts(people_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER people_fts_update AFTER UPDATE OF search_text ON people BEGIN "
    "INSERT INTO people_fts(people_fts, rowid, search_text) VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO people_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO people_fts(people_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    bind = op.get_bind()
    key = sa.String(250).with_variant(sa.String(250, collation="C"), "postgresql")
    op.add_column("people", sa.Column("search_key", key, nullable=True))
    op.add_column("people", sa.Column("search_rank", sa.BigInteger(), nullable=True))
    if bind.dialect.name == "sqlite":
        for name in ("people_fts_insert", "people_fts_delete", "people_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS people_fts")
        op.execute("DELETE FROM search_words")
        for statement in searchrank.SQLITE_TABLES:
            op.execute(statement)
    searchrank.fill_keys(bind)
    op.create_index("ix_people_search_key", "people", ["search_key", "search_rank"])
    op.create_index("ix_people_search_rank", "people", ["search_rank"])
    searchrank.renumber(bind)  # on SQLite also fills the FTS5 tables and makes their triggers


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        searchrank.drop_sqlite_index(bind)
        for statement in OLD_SQLITE:
            op.execute(statement)
        # the word table again, for two-letter queries (folded words of the search text, as 0002 made them)
        rows = bind.execute(sa.text("SELECT id, search_text FROM people WHERE search_text != ''")).all()
        words = {(w[:64], i) for i, t in rows for w in t.split(" ") if w}
        if words:
            bind.execute(sa.text("INSERT INTO search_words (word, person_id) VALUES (:w, :p)"),
                         [{"w": w, "p": p} for w, p in words])
    op.drop_index("ix_people_search_rank", table_name="people")
    op.drop_index("ix_people_search_key", table_name="people")
    with op.batch_alter_table("people") as batch_op:
        batch_op.drop_column("search_rank")
        batch_op.drop_column("search_key")
