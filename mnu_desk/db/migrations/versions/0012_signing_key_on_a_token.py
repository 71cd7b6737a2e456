"""the company's signing key on a PKCS#11 token (docs/design.md "Signing key"): a key row without PKCS#12
material names the token that holds the key; every PKCS#12 key kept in the database is marked a trial

Revision ID: 0012
Revises: 0011
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_BLOB = sa.LargeBinary().with_variant(mysql.LONGBLOB(), "mysql", "mariadb")


def upgrade() -> None:
    with op.batch_alter_table("signing_keys", schema=None) as batch_op:
        batch_op.alter_column("p12", existing_type=_BLOB, nullable=True)
        batch_op.add_column(sa.Column("trial", sa.Boolean(), nullable=False, server_default=sa.true()))
        batch_op.add_column(sa.Column("token_label", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("key_label", sa.String(length=32), nullable=True))


def downgrade() -> None:
    op.execute(sa.text("DELETE FROM signing_keys WHERE p12 IS NULL AND id NOT IN "
                       "(SELECT signing_key_id FROM issued_extracts WHERE signing_key_id IS NOT NULL)"))
    with op.batch_alter_table("signing_keys", schema=None) as batch_op:
        batch_op.drop_column("key_label")
        batch_op.drop_column("token_label")
        batch_op.drop_column("trial")
        batch_op.alter_column("p12", existing_type=_BLOB, nullable=False)
