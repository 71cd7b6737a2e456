"""database logins per agent: the agent's own log-in on a shared server (docs/design.md "Who the database
trusts"); the group roles, GRANTs and definer routines are (re)applied by every `db upgrade` after the
migrations (mnu_desk.db.grants), so they always match the tables

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("agents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("db_login", sa.String(length=80), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_agents_db_login"), ["db_login"])


def downgrade() -> None:
    with op.batch_alter_table("agents", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_agents_db_login"), type_="unique")
        batch_op.drop_column("db_login")
