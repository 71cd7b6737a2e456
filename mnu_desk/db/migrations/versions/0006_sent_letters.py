"""the register of letters sent about a request (kind, language, when, by whom)

Revision ID: 0006
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

import mnu_desk.db.types

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "sent_letters",
        sa.Column("id", _ID, nullable=False),
        sa.Column("request_id", _ID, nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("sent_at", mnu_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("sent_by", _ID, nullable=False),
        sa.ForeignKeyConstraint(["request_id"], ["requests.id"], name=op.f("fk_sent_letters_request_id_requests")),
        sa.ForeignKeyConstraint(["sent_by"], ["agents.id"], name=op.f("fk_sent_letters_sent_by_agents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sent_letters")),
        mysql_charset="utf8mb4", mysql_collate="utf8mb4_bin", mysql_engine="InnoDB",
    )
    with op.batch_alter_table("sent_letters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sent_letters_request_id"), ["request_id"], unique=False)


def downgrade() -> None:
    op.drop_table("sent_letters")  # its index goes with it (MariaDB refuses to drop an index a key needs)
