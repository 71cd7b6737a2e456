"""signing keys for register extracts; request ref, page count and copy hash on issued extracts

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

import mnu_desk.db.types

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "signing_keys",
        sa.Column("id", _ID, nullable=False),
        sa.Column("p12", sa.LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb"), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("not_before", mnu_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("not_after", mnu_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("fingerprint_sha256", sa.String(length=64), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("added_at", mnu_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("added_by", _ID, nullable=True),
        sa.ForeignKeyConstraint(["added_by"], ["agents.id"], name=op.f("fk_signing_keys_added_by_agents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signing_keys")),
        sa.UniqueConstraint("fingerprint_sha256", name=op.f("uq_signing_keys_fingerprint_sha256")),
        mysql_charset="utf8mb4", mysql_collate="utf8mb4_bin", mysql_engine="InnoDB",
    )
    with op.batch_alter_table("issued_extracts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("request_ref", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("page_count", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("copy_sha256", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("signing_key_id", _ID, nullable=True))
        batch_op.create_foreign_key(batch_op.f("fk_issued_extracts_signing_key_id_signing_keys"), "signing_keys",
                                    ["signing_key_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("issued_extracts", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_issued_extracts_signing_key_id_signing_keys"), type_="foreignkey")
        batch_op.drop_column("signing_key_id")
        batch_op.drop_column("copy_sha256")
        batch_op.drop_column("page_count")
        batch_op.drop_column("request_ref")
    op.drop_table("signing_keys")
