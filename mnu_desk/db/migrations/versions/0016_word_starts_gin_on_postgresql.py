"""search on PostgreSQL: a GIN index over each person's words and their starts, for queries of several words

Several words were found by intersecting their ranges of the word table ("karl jansson": every word starting
"karl", Karlssons included, against every "jansson"), which read a hundred thousand index entries at a million
people (26-90 ms). GIN intersects posting lists instead. Its keys are each word of the search text and each
word's first two, three and four letters behind a space (" ka", " kar", " karl": no word holds a space, so a
start never equals a word), so a start of up to four letters is one posting list, however many words share
it; a longer start adds a prefix match on the words themselves. About 120 MB and 45 s at a million people.

Revision ID: 0016
Revises: 0015
"""
from alembic import op

from mnu_desk.db.searchlexemes import CREATE_FUNCTION, CREATE_INDEX, DROP_FUNCTION, DROP_INDEX

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(CREATE_FUNCTION)
        op.execute(CREATE_INDEX)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(DROP_INDEX)
        op.execute(DROP_FUNCTION)
