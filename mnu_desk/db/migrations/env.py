"""Alembic environment: run by mnu_desk.db.migrate with an open connection in config.attributes."""

from alembic import context

from mnu_desk.db import models  # noqa: F401  (fills the metadata)
from mnu_desk.db.base import Base

config = context.config
connection = config.attributes["connection"]

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
