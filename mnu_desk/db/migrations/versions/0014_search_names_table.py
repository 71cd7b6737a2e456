"""search on SQLite: the name as spelled in an FTS5 table of its own

Revision 0013 first kept the name as a second column of the word table; a column filter reads the whole list
of a word that is common elsewhere (a city), so the name moved to a table of its own, which 0013 now makes. A
database upgraded to 0013 before that gets its search tables made again here; other backends have nothing
to do.

Revision ID: 0014
Revises: 0013
"""
from alembic import op

from mnu_desk.db import searchrank

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    if bind.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'people_names'").first():
        return
    searchrank.drop_sqlite_index(bind)
    searchrank.create_sqlite_index(bind)


def downgrade() -> None:
    pass  # 0013's tables as it makes them now serve either revision
