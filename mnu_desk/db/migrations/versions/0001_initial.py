"""initial schema: every policy data category and the desk's records

Revision ID: 0001
Revises:
Create Date: 2026-11-25 08:48:37.476179
"""
import json
import uuid
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import mysql

import mnu_desk.db.types

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('agents',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('name', sa.String(length=64), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('last_login_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agents')),
    sa.UniqueConstraint('name', name=op.f('uq_agents_name')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    op.create_table('audit_entries',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('agent', sa.String(length=64), nullable=True),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('subject', sa.String(length=80), nullable=True),
    sa.Column('request_ref', sa.String(length=20), nullable=True),
    sa.Column('purpose', sa.String(length=200), nullable=True),
    sa.Column('payload_sha256', sa.String(length=64), nullable=False),
    sa.Column('entry_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_entries')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('audit_entries', schema=None) as batch_op:
        batch_op.create_index('ix_audit_entries_subject', ['subject'], unique=False)

    op.create_table('audit_head',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('seq', sa.BigInteger(), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_head')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    op.create_table('people',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('customer_no', sa.String(length=20), nullable=False),
    sa.Column('shop_customer_id', sa.String(length=64), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=True),
    sa.Column('last_name', sa.String(length=100), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('email_norm', sa.String(length=254), nullable=True),
    sa.Column('phone_e164', sa.String(length=20), nullable=True),
    sa.Column('search_text', sa.String(length=1000), nullable=False),
    sa.Column('created_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('closed_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('erased_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('customer_no', name=op.f('uq_people_customer_no')),
    sa.UniqueConstraint('shop_customer_id', name=op.f('uq_people_shop_customer_id')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('people', schema=None) as batch_op:
        batch_op.create_index('ix_people_email_norm', ['email_norm'], unique=False)
        batch_op.create_index('ix_people_phone_e164', ['phone_e164'], unique=False)

    op.create_table('recipients',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=40), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('outside_eea', sa.Boolean(), nullable=False),
    sa.Column('safeguard', sa.String(length=200), nullable=True),
    sa.Column('contact', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_recipients')),
    sa.UniqueConstraint('code', name=op.f('uq_recipients_code')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.Text().with_variant(mysql.LONGTEXT(), 'mariadb').with_variant(mysql.LONGTEXT(), 'mysql'), nullable=False),
    sa.Column('updated_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    op.create_table('accounts',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('login', sa.String(length=254), nullable=False),
    sa.Column('created_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('last_login_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('closed_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_accounts_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts')),
    sa.UniqueConstraint('person_id', name=op.f('uq_accounts_person_id')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    op.create_table('addresses',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('is_primary', sa.Boolean(), nullable=False),
    sa.Column('street', sa.String(length=200), nullable=False),
    sa.Column('postal_code', sa.String(length=10), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('created_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_addresses_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_addresses')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('addresses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_addresses_person_id'), ['person_id'], unique=False)

    op.create_table('audit_payloads',
    sa.Column('seq', sa.BigInteger(), autoincrement=False, nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('payload', sa.Text().with_variant(mysql.LONGTEXT(), 'mariadb').with_variant(mysql.LONGTEXT(), 'mysql'), nullable=False),
    sa.ForeignKeyConstraint(['seq'], ['audit_entries.seq'], name=op.f('fk_audit_payloads_seq_audit_entries')),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_audit_payloads')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('audit_payloads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_payloads_person_id'), ['person_id'], unique=False)

    op.create_table('disclosures',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('recipient_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('disclosed_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('categories', sa.String(length=300), nullable=False),
    sa.Column('purpose', sa.String(length=300), nullable=False),
    sa.Column('legal_basis', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_disclosures_person_id_people')),
    sa.ForeignKeyConstraint(['recipient_id'], ['recipients.id'], name=op.f('fk_disclosures_recipient_id_recipients')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosures')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('disclosures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disclosures_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_disclosures_recipient_id'), ['recipient_id'], unique=False)

    op.create_table('favourites',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('product_sku', sa.String(length=40), nullable=False),
    sa.Column('product_name', sa.String(length=200), nullable=False),
    sa.Column('added_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_favourites_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_favourites')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('favourites', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_favourites_person_id'), ['person_id'], unique=False)

    op.create_table('interests',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('occurred_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('product_sku', sa.String(length=40), nullable=False),
    sa.Column('product_name', sa.String(length=200), nullable=False),
    sa.Column('interaction', sa.String(length=16), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_interests_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_interests')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('interests', schema=None) as batch_op:
        batch_op.create_index('ix_interests_person_id_occurred_at', ['person_id', 'occurred_at'], unique=False)

    op.create_table('newsletter_interactions',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('campaign', sa.String(length=200), nullable=False),
    sa.Column('event', sa.String(length=16), nullable=False),
    sa.Column('occurred_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('link', sa.String(length=500), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_newsletter_interactions_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_newsletter_interactions')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('newsletter_interactions', schema=None) as batch_op:
        batch_op.create_index('ix_newsletter_interactions_person_id_occurred_at', ['person_id', 'occurred_at'], unique=False)

    op.create_table('newsletter_subscriptions',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('list_name', sa.String(length=100), nullable=False),
    sa.Column('subscribed_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('unsubscribed_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('personalise', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_newsletter_subscriptions_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_newsletter_subscriptions')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('newsletter_subscriptions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_newsletter_subscriptions_person_id'), ['person_id'], unique=False)

    op.create_table('orders',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('order_no', sa.String(length=20), nullable=False),
    sa.Column('shop_order_id', sa.String(length=64), nullable=True),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('placed_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('payment_provider', sa.String(length=60), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('total', mnu_desk.db.types.Money(), nullable=False),
    sa.Column('vat', mnu_desk.db.types.Money(), nullable=False),
    sa.Column('billing_name', sa.String(length=200), nullable=False),
    sa.Column('billing_street', sa.String(length=200), nullable=False),
    sa.Column('billing_postal_code', sa.String(length=10), nullable=False),
    sa.Column('billing_city', sa.String(length=100), nullable=False),
    sa.Column('billing_country', sa.String(length=2), nullable=False),
    sa.Column('billing_email', sa.String(length=254), nullable=True),
    sa.Column('restricted_to_bookkeeping', sa.Boolean(), nullable=False),
    sa.Column('erasable_from', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_orders_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_orders')),
    sa.UniqueConstraint('order_no', name=op.f('uq_orders_order_no')),
    sa.UniqueConstraint('shop_order_id', name=op.f('uq_orders_shop_order_id')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('orders', schema=None) as batch_op:
        batch_op.create_index('ix_orders_person_id_placed_at', ['person_id', 'placed_at'], unique=False)

    op.create_table('requests',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('ref', sa.String(length=20), nullable=False),
    sa.Column('type', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=24), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('requester_name', sa.String(length=200), nullable=True),
    sa.Column('requester_address', sa.String(length=500), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('signed', sa.Boolean(), nullable=False),
    sa.Column('identity_method', sa.String(length=30), nullable=True),
    sa.Column('identity_note', sa.String(length=300), nullable=True),
    sa.Column('identity_checked_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('identity_checked_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('identity_asked_on', sa.Date(), nullable=True),
    sa.Column('identity_received_on', sa.Date(), nullable=True),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('extended_due_on', sa.Date(), nullable=True),
    sa.Column('extension_reason', sa.Text(), nullable=True),
    sa.Column('repeat_of_year', sa.Boolean(), nullable=False),
    sa.Column('fee', mnu_desk.db.types.Money(), nullable=True),
    sa.Column('decision_reason', sa.Text(), nullable=True),
    sa.Column('assigned_to', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('created_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('created_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('closed_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['assigned_to'], ['agents.id'], name=op.f('fk_requests_assigned_to_agents')),
    sa.ForeignKeyConstraint(['created_by'], ['agents.id'], name=op.f('fk_requests_created_by_agents')),
    sa.ForeignKeyConstraint(['identity_checked_by'], ['agents.id'], name=op.f('fk_requests_identity_checked_by_agents')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_requests_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_requests')),
    sa.UniqueConstraint('ref', name=op.f('uq_requests_ref')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_requests_person_id'), ['person_id'], unique=False)
        batch_op.create_index('ix_requests_status_due_on', ['status', 'due_on'], unique=False)

    op.create_table('restrictions',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('set_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('set_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('lifted_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('lifted_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('lift_reason', sa.Text(), nullable=True),
    sa.Column('person_told_on', sa.Date(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['lifted_by'], ['agents.id'], name=op.f('fk_restrictions_lifted_by_agents')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_restrictions_person_id_people')),
    sa.ForeignKeyConstraint(['set_by'], ['agents.id'], name=op.f('fk_restrictions_set_by_agents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_restrictions')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('restrictions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_restrictions_person_id'), ['person_id'], unique=False)

    op.create_table('support_contacts',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('opened_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('closed_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('summary', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_support_contacts_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_contacts')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('support_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_support_contacts_person_id'), ['person_id'], unique=False)

    op.create_table('usage_events',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('shop_event_id', sa.String(length=64), nullable=True),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('occurred_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('ip_address', sa.String(length=45), nullable=False),
    sa.Column('event_type', sa.String(length=32), nullable=False),
    sa.Column('path', sa.String(length=500), nullable=True),
    sa.Column('cookie_id', sa.String(length=64), nullable=True),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_usage_events_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_usage_events')),
    sa.UniqueConstraint('shop_event_id', name=op.f('uq_usage_events_shop_event_id')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('usage_events', schema=None) as batch_op:
        batch_op.create_index('ix_usage_events_ip_address', ['ip_address'], unique=False)
        batch_op.create_index('ix_usage_events_occurred_at', ['occurred_at'], unique=False)
        batch_op.create_index('ix_usage_events_person_id_occurred_at', ['person_id', 'occurred_at'], unique=False)

    op.create_table('wish_lists',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('created_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_wish_lists_person_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wish_lists')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('wish_lists', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wish_lists_person_id'), ['person_id'], unique=False)

    op.create_table('issued_extracts',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('request_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('agent_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('issued_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('language', sa.String(length=2), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('verification_code', sa.String(length=20), nullable=False),
    sa.Column('free', sa.Boolean(), nullable=False),
    sa.Column('fee', mnu_desk.db.types.Money(), nullable=True),
    sa.ForeignKeyConstraint(['agent_id'], ['agents.id'], name=op.f('fk_issued_extracts_agent_id_agents')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_issued_extracts_person_id_people')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_issued_extracts_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_issued_extracts')),
    sa.UniqueConstraint('sha256', name=op.f('uq_issued_extracts_sha256')),
    sa.UniqueConstraint('verification_code', name=op.f('uq_issued_extracts_verification_code')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('issued_extracts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_issued_extracts_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_extracts_request_id'), ['request_id'], unique=False)

    op.create_table('objections',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('scope', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('registered_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('registered_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('request_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('withdrawn_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('withdrawn_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('email_sha256', sa.String(length=64), nullable=True),
    sa.Column('phone_e164_sha256', sa.String(length=64), nullable=True),
    sa.Column('phone_digits_sha256', sa.String(length=64), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_objections_person_id_people')),
    sa.ForeignKeyConstraint(['registered_by'], ['agents.id'], name=op.f('fk_objections_registered_by_agents')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_objections_request_id_requests')),
    sa.ForeignKeyConstraint(['withdrawn_by'], ['agents.id'], name=op.f('fk_objections_withdrawn_by_agents')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_objections')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('objections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_objections_person_id'), ['person_id'], unique=False)

    op.create_table('order_lines',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('order_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('product_sku', sa.String(length=40), nullable=False),
    sa.Column('product_name', sa.String(length=200), nullable=False),
    sa.Column('quantity', sa.Integer(), nullable=False),
    sa.Column('unit_price', mnu_desk.db.types.Money(), nullable=False),
    sa.Column('vat_rate_percent', sa.Integer(), nullable=False),
    sa.Column('line_total', mnu_desk.db.types.Money(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_order_lines_order_id_orders')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_lines')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('order_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_lines_order_id'), ['order_id'], unique=False)

    op.create_table('request_attachments',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('request_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('media_type', sa.String(length=50), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('content', sa.LargeBinary().with_variant(mysql.LONGBLOB(), 'mariadb').with_variant(mysql.LONGBLOB(), 'mysql'), nullable=True),
    sa.Column('added_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('deleted_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_request_attachments_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_attachments')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('request_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_attachments_request_id'), ['request_id'], unique=False)

    op.create_table('tasks',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('request_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('person_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('recipient_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('description', sa.String(length=500), nullable=False),
    sa.Column('created_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.Column('done_at', mnu_desk.db.types.UTCDateTime(), nullable=True),
    sa.Column('done_by', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True),
    sa.Column('impossible_reason', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['done_by'], ['agents.id'], name=op.f('fk_tasks_done_by_agents')),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_tasks_person_id_people')),
    sa.ForeignKeyConstraint(['recipient_id'], ['recipients.id'], name=op.f('fk_tasks_recipient_id_recipients')),
    sa.ForeignKeyConstraint(['request_id'], ['requests.id'], name=op.f('fk_tasks_request_id_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_tasks')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_tasks_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_tasks_request_id'), ['request_id'], unique=False)

    op.create_table('wish_list_items',
    sa.Column('id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('wish_list_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=False),
    sa.Column('product_sku', sa.String(length=40), nullable=False),
    sa.Column('product_name', sa.String(length=200), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('added_at', mnu_desk.db.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['wish_list_id'], ['wish_lists.id'], name=op.f('fk_wish_list_items_wish_list_id_wish_lists')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_wish_list_items')),
    mysql_charset='utf8mb4',
    mysql_collate='utf8mb4_bin',
    mysql_engine='InnoDB'
    )
    with op.batch_alter_table('wish_list_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_wish_list_items_wish_list_id'), ['wish_list_id'], unique=False)


    # The database's own identity, made once here: the erasure ledger names it so that a ledger is never
    # replayed into another database. The audit chain starts from an all-zero hash.
    now = datetime.now(UTC)
    settings = sa.table("settings", sa.column("key", sa.String), sa.column("value", sa.Text),
                        sa.column("updated_at", mnu_desk.db.types.UTCDateTime()),
                        sa.column("version", sa.Integer))
    op.bulk_insert(settings, [{"key": "database_id", "value": json.dumps(str(uuid.uuid4())),
                               "updated_at": now, "version": 1}])
    head = sa.table("audit_head", sa.column("id", sa.Integer), sa.column("seq", sa.BigInteger),
                    sa.column("hash", sa.String))
    op.bulk_insert(head, [{"id": 1, "seq": 0, "hash": "0" * 64}])

def downgrade() -> None:
    # dropping a table drops its indexes; MariaDB refuses to drop an index a foreign key needs first
    op.drop_table('wish_list_items')
    op.drop_table('tasks')
    op.drop_table('request_attachments')
    op.drop_table('order_lines')
    op.drop_table('objections')
    op.drop_table('issued_extracts')
    op.drop_table('wish_lists')
    op.drop_table('usage_events')
    op.drop_table('support_contacts')
    op.drop_table('restrictions')
    op.drop_table('requests')
    op.drop_table('orders')
    op.drop_table('newsletter_subscriptions')
    op.drop_table('newsletter_interactions')
    op.drop_table('interests')
    op.drop_table('favourites')
    op.drop_table('disclosures')
    op.drop_table('audit_payloads')
    op.drop_table('addresses')
    op.drop_table('accounts')
    op.drop_table('settings')
    op.drop_table('recipients')
    op.drop_table('people')
    op.drop_table('audit_head')
    op.drop_table('audit_entries')
    op.drop_table('agents')
