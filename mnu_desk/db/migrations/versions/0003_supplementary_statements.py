"""supplementary statements: completion of a record by the person's own statement (GDPR art. 16)

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

import mnu_desk.db.types

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supplementary_statements",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("person_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("request_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("added_at", mnu_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("added_by", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.ForeignKeyConstraint(["added_by"], ["agents.id"], name=op.f("fk_supplementary_statements_added_by_agents")),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"],
                                name=op.f("fk_supplementary_statements_person_id_people")),
        sa.ForeignKeyConstraint(["request_id"], ["requests.id"],
                                name=op.f("fk_supplementary_statements_request_id_requests")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supplementary_statements")),
        mysql_charset="utf8mb4", mysql_collate="utf8mb4_bin", mysql_engine="InnoDB",
    )
    op.create_index("ix_supplementary_statements_person_id", "supplementary_statements", ["person_id"])


def downgrade() -> None:
    op.drop_table("supplementary_statements")
