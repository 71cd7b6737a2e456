"""the personal part of an audit entry (subject, request) hashed apart: the chain covers its SHA-256, so retention
can clear the part after its period and `audit verify` still passes; entries written before are re-hashed in
the new form after their chain was checked in the old one

Revision ID: 0010
Revises: 0009
"""
import hashlib
import json
from datetime import UTC

import sqlalchemy as sa
from alembic import op

import mnu_desk.db.types

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

GENESIS = "0" * 64
BATCH = 5000

# the tables as this revision knows them (migrations do not import the models, which move on)
ENTRIES = sa.table("audit_entries", sa.column("seq", sa.BigInteger()), sa.column("at", mnu_desk.db.types.UTCDateTime()),
                   sa.column("agent", sa.String()), sa.column("action", sa.String()), sa.column("subject", sa.String()),
                   sa.column("request_ref", sa.String()), sa.column("purpose", sa.String()),
                   sa.column("payload_sha256", sa.String()), sa.column("personal_sha256", sa.String()),
                   sa.column("entry_hash", sa.String()))
HEAD = sa.table("audit_head", sa.column("id", sa.Integer()), sa.column("seq", sa.BigInteger()),
                sa.column("hash", sa.String()))


def _canonical(value) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _at(row) -> str:
    return row.at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _old_text(row) -> str:
    """Revision 0009's canonical text: subject and request inside it."""
    return _canonical({"seq": row.seq, "at": _at(row), "agent": row.agent, "action": row.action,
                       "subject": row.subject, "request": row.request_ref, "purpose": row.purpose,
                       "payload_sha256": row.payload_sha256})


def _personal(row) -> str:
    return _sha(_canonical({"subject": row.subject, "request": row.request_ref}))


def _new_text(row, personal: str) -> str:
    return _canonical({"seq": row.seq, "at": _at(row), "agent": row.agent, "action": row.action,
                       "purpose": row.purpose, "payload_sha256": row.payload_sha256, "personal_sha256": personal})


def _rechain(connection, check, make) -> None:
    """Walk the chain in pages: `check(previous, row)` must hold for the stored hash (the old form), `make`
    gives the new hash and personal part. A chain that does not verify is not re-hashed: it would hide what
    was altered."""
    stored_previous, new_previous, last = GENESIS, GENESIS, 0
    while True:
        rows = connection.execute(sa.select(ENTRIES).where(ENTRIES.c.seq > last).order_by(ENTRIES.c.seq)
                                  .limit(BATCH)).all()
        if not rows:
            break
        updates = []
        for row in rows:
            if not check(stored_previous, row):
                raise RuntimeError(f"The audit log does not verify at entry {row.seq}; run 'mnu-desk audit verify' "
                                   "and restore the log before upgrading.")
            digest, personal = make(new_previous, row)
            updates.append({"s": row.seq, "h": digest, "p": personal})
            stored_previous, new_previous, last = row.entry_hash, digest, row.seq
        connection.execute(ENTRIES.update().where(ENTRIES.c.seq == sa.bindparam("s"))
                           .values(entry_hash=sa.bindparam("h"), personal_sha256=sa.bindparam("p")), updates)
    head = connection.execute(sa.select(HEAD).where(HEAD.c.id == 1)).first()
    if head is not None and head.seq == last:
        connection.execute(HEAD.update().where(HEAD.c.id == 1).values(hash=new_previous))


def upgrade() -> None:
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("personal_sha256", sa.String(length=64), nullable=True))

    def check(previous, row):
        return _sha(previous + "\n" + _old_text(row)) == row.entry_hash

    def make(previous, row):
        personal = _personal(row)
        return _sha(previous + "\n" + _new_text(row, personal)), personal

    _rechain(op.get_bind(), check, make)
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.alter_column("personal_sha256", existing_type=sa.String(length=64), nullable=False)


def downgrade() -> None:
    def check(previous, row):
        return _sha(previous + "\n" + _new_text(row, row.personal_sha256)) == row.entry_hash

    def make(previous, row):
        return _sha(previous + "\n" + _old_text(row)), row.personal_sha256

    _rechain(op.get_bind(), check, make)
    with op.batch_alter_table("audit_entries", schema=None) as batch_op:
        batch_op.drop_column("personal_sha256")
