"""analytics rows that outlive the person: a usage event, interest or newsletter interaction de-identified
instead of erased keeps no link to the person (its person column empty)

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

TABLES = ("usage_events", "interests", "newsletter_interactions")
_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("person_id", existing_type=_ID, nullable=True)


def downgrade() -> None:
    for table in TABLES:
        op.execute(sa.text(f"DELETE FROM {table} WHERE person_id IS NULL"))  # de-identified rows have no owner
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column("person_id", existing_type=_ID, nullable=False)
