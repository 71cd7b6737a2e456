"""the shop connection: the shop's own ids on every imported category, import runs, and the change feed
(outbox with sequence numbers, the acknowledged mark, art. 19 tasks closed by an acknowledgement)

Revision ID: 0005
Revises: 0004
"""
import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

import mnu_desk.db.types

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
_TABLE = {"mysql_charset": "utf8mb4", "mysql_collate": "utf8mb4_bin", "mysql_engine": "InnoDB"}
# table -> the column holding the shop's own id of the row
SHOP_IDS = {
    "addresses": "shop_address_id",
    "favourites": "shop_favourite_id",
    "wish_lists": "shop_wish_list_id",
    "wish_list_items": "shop_item_id",
    "interests": "shop_interest_id",
    "newsletter_subscriptions": "shop_subscription_id",
    "newsletter_interactions": "shop_interaction_id",
    "support_contacts": "shop_contact_id",
    "disclosures": "shop_disclosure_id",
}


def upgrade() -> None:
    for table, column in SHOP_IDS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column(column, sa.String(length=64), nullable=True))
            batch_op.create_unique_constraint(batch_op.f(f"uq_{table}_{column}"), [column])
    op.create_table(
        "change_outbox",
        sa.Column("seq", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("at", mnu_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("person_id", _ID, nullable=True),
        sa.Column("customer_no", sa.String(length=20), nullable=True),
        sa.Column("shop_customer_id", sa.String(length=64), nullable=True),
        sa.Column("request_ref", sa.String(length=20), nullable=True),
        sa.Column("payload", sa.Text().with_variant(mysql.LONGTEXT(), "mysql", "mariadb"), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["people.id"], name=op.f("fk_change_outbox_person_id_people")),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_outbox")),
        **_TABLE,
    )
    op.create_index("ix_change_outbox_person_id", "change_outbox", ["person_id"])
    op.create_index("ix_change_outbox_request_ref", "change_outbox", ["request_ref"])
    state = op.create_table(
        "change_feed_state",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_seq", sa.BigInteger(), nullable=False),
        sa.Column("acked_seq", sa.BigInteger(), nullable=False),
        sa.Column("acked_at", mnu_desk.db.types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_feed_state")),
        **_TABLE,
    )
    op.bulk_insert(state, [{"id": 1, "last_seq": 0, "acked_seq": 0, "acked_at": None}])
    op.create_table(
        "change_tasks",
        sa.Column("task_id", _ID, autoincrement=False, nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(["seq"], ["change_outbox.seq"], name=op.f("fk_change_tasks_seq_change_outbox")),
        sa.ForeignKeyConstraint(["task_id"], ["tasks.id"], name=op.f("fk_change_tasks_task_id_tasks")),
        sa.PrimaryKeyConstraint("task_id", name=op.f("pk_change_tasks")),
        **_TABLE,
    )
    op.create_index("ix_change_tasks_seq", "change_tasks", ["seq"])
    op.create_table(
        "import_runs",
        sa.Column("id", _ID, nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("file_size", sa.BigInteger(), nullable=False),
        sa.Column("dry_run", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("started_at", mnu_desk.db.types.UTCDateTime(), nullable=False),
        sa.Column("finished_at", mnu_desk.db.types.UTCDateTime(), nullable=True),
        sa.Column("agent", sa.String(length=64), nullable=True),
        sa.Column("rows_read", sa.BigInteger(), nullable=False),
        sa.Column("inserted", sa.BigInteger(), nullable=False),
        sa.Column("updated", sa.BigInteger(), nullable=False),
        sa.Column("unchanged", sa.BigInteger(), nullable=False),
        sa.Column("rejected", sa.BigInteger(), nullable=False),
        sa.Column("committed_line", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_runs")),
        **_TABLE,
    )


def downgrade() -> None:
    op.drop_table("import_runs")
    op.drop_table("change_tasks")
    op.drop_table("change_feed_state")
    op.drop_table("change_outbox")
    for table, column in SHOP_IDS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_constraint(batch_op.f(f"uq_{table}_{column}"), type_="unique")
            batch_op.drop_column(column)
