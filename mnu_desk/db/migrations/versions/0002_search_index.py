"""search index: trigram index per backend over the folded search text, and a word table for short queries

SQLite: an FTS5 table with the trigram tokenizer over people.search_text as external content (a contentless
table cannot delete rows, and erasure and rectification must), kept in step by triggers.
PostgreSQL: pg_trgm with a GIN index on people.search_text.
MariaDB (no n-gram parser): a table of (trigram, person id), kept in step by mnu_desk.db.searchindex.

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SQLITE_FTS = [
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
    op.create_table(
        "search_words",
        sa.Column("word", sa.String(length=64), nullable=False),
        sa.Column("person_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_search_words_person_id_people"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("word", "person_id", name=op.f("pk_search_words")),
        mysql_charset="utf8mb4", mysql_collate="utf8mb4_bin", mysql_engine="InnoDB",
    )
    op.create_index("ix_search_words_person_id", "search_words", ["person_id"])
    backend = op.get_bind().dialect.name
    if backend == "sqlite":
        for statement in SQLITE_FTS:
            op.execute(statement)
    elif backend == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_people_search_text_trgm ON people USING gin (search_text gin_trgm_ops)")
    else:
        op.create_table(
            "people_trigrams",
            sa.Column("trigram", sa.String(length=3), nullable=False),
            sa.Column("person_id", sa.BigInteger(), nullable=False),
            sa.ForeignKeyConstraint(["person_id"], ["people.id"], ondelete="CASCADE",
                                    name="fk_people_trigrams_person_id_people"),
            sa.PrimaryKeyConstraint("trigram", "person_id", name="pk_people_trigrams"),
            mysql_charset="utf8mb4", mysql_collate="utf8mb4_bin", mysql_engine="InnoDB",
        )
        op.create_index("ix_people_trigrams_person_id", "people_trigrams", ["person_id"])


def downgrade() -> None:
    backend = op.get_bind().dialect.name
    if backend == "sqlite":
        for name in ("people_fts_insert", "people_fts_delete", "people_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS people_fts")
    elif backend == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_people_search_text_trgm")
    else:
        op.drop_table("people_trigrams")
    op.drop_table("search_words")
