"""search on SQLite: the word table's prefix index holds word starts of two to eight letters

With starts of two to four letters only, a longer start ("nilsso", typed on the way to Nilsson) read the first
four letters in rank order and checked each row, and when that passed too few, made FTS5 merge the whole
lists of every word so starting (25-40 ms for a common surname at a million people). Up to eight letters
every such start is one read of the prefix index in rank order. The word table is made again and filled
(about a minute at a million people), and all three tables have their segments merged into one (a bulk
fill left dozens, each probed for every term); other backends have nothing to do.

Revision ID: 0015
Revises: 0014
"""
from alembic import op

from mnu_desk.db import searchrank

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_BEFORE = "prefix='2 3 4'"


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        searchrank.recreate_sqlite_table(bind, "people_words")  # filled and merged
        searchrank.optimize_sqlite_index(bind, ["people_names", "people_trigrams"])


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for trigger in ("people_rank_insert", "people_rank_delete", "people_rank_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS people_words")
    op.execute("CREATE VIRTUAL TABLE people_words USING fts5(words, content='', "
               f"tokenize='unicode61 remove_diacritics 0', {_BEFORE})")
    op.execute("INSERT INTO people_words(rowid, words) SELECT search_rank, search_text FROM people "
               "WHERE search_rank IS NOT NULL ORDER BY search_rank")
    for statement in searchrank.SQLITE_TRIGGERS:
        op.execute(statement)
