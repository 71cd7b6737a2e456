"""Persistence: SQLAlchemy models, engines per backend, migrations and the queries the services use."""
