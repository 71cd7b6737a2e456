"""the search log (who searched when, how many people were shown; never the words), and where an import runs
(host and process), so that a killed import is found and marked interrupted

Revision ID: 0009
Revises: 0008
"""
import sqlalchemy as sa
from alembic import op

import mnu_desk.db.types

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "search_log",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True),
        sa.Column("at", mnu_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("agent", sa.String(64), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.Column("more", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_search_log_at", "search_log", ["at"])
    op.create_index("ix_search_log_agent_at", "search_log", ["agent", "at"])
    with op.batch_alter_table("import_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("host", sa.String(255), nullable=True))
        batch_op.add_column(sa.Column("pid", sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("import_runs", schema=None) as batch_op:
        batch_op.drop_column("pid")
        batch_op.drop_column("host")
    op.drop_index("ix_search_log_agent_at", table_name="search_log")
    op.drop_index("ix_search_log_at", table_name="search_log")
    op.drop_table("search_log")
