"""Schema changes only through Alembic (docs/design.md section 5), on every backend."""

import pytest
from sqlalchemy import inspect, select

from mnu_desk.db import migrate
from mnu_desk.db.base import Base
from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import AuditHead, Setting


def test_upgrade_empty_database_to_head_and_back(fresh_db_url):
    engine = make_engine(fresh_db_url)
    try:
        assert migrate.current_revision(engine) is None
        before, after = migrate.upgrade(engine)
        assert (before, after) == (None, migrate.head_revision())
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        migrate.downgrade(engine, "base")
        assert migrate.current_revision(engine) is None
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    finally:
        engine.dispose()


def test_the_head_read_from_the_scripts_is_alembics():
    """Every start compares the database with head_revision(), read from the scripts' lines without Alembic;
    Alembic's own reading of the same scripts must agree, and each stored revision read back is Alembic's."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    assert migrate.head_revision() == ScriptDirectory.from_config(migrate._config()).get_current_head()
    engine = make_engine("sqlite://")
    try:
        for revision in ("0001", migrate.head_revision()):
            migrate.upgrade(engine, revision)
            with engine.connect() as connection:
                assert migrate.current_revision(engine) == revision
                assert MigrationContext.configure(connection).get_current_revision() == revision
    finally:
        engine.dispose()


def test_a_script_tree_with_two_heads_is_refused(tmp_path, monkeypatch):
    versions = tmp_path / "versions"
    versions.mkdir()
    (versions / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (versions / "b.py").write_text("revision: str = 'b'\ndown_revision: str | None = 'a'\n")
    (versions / "c.py").write_text('revision = "c"\ndown_revision = "a"\n')
    monkeypatch.setattr(migrate, "MIGRATIONS", tmp_path)
    migrate.head_revision.cache_clear()
    try:
        with pytest.raises(RuntimeError, match="2 heads"):
            migrate.head_revision()
        (versions / "c.py").write_text('revision = "c"\ndown_revision = "b"\n')
        migrate.head_revision.cache_clear()
        assert migrate.head_revision() == "c"
    finally:
        migrate.head_revision.cache_clear()


def test_upgrade_makes_database_id_and_audit_head(fresh_db_url):
    """The erasure ledger names the database by an id made at upgrade (docs/design.md section 4)."""
    engine = make_engine(fresh_db_url)
    try:
        migrate.upgrade(engine)
        with engine.connect() as connection:
            database_id = connection.scalar(select(Setting.value).where(Setting.key == "database_id"))
            head = connection.execute(select(AuditHead.seq, AuditHead.hash)).one()
        assert len(database_id.strip('"')) == 36
        assert head == (0, "0" * 64)
    finally:
        engine.dispose()


def test_upgrade_twice_changes_nothing(fresh_db_url):
    engine = make_engine(fresh_db_url)
    try:
        migrate.upgrade(engine)
        before, after = migrate.upgrade(engine)
        assert before == after == migrate.head_revision()
    finally:
        engine.dispose()


def _backend_search_index(diff) -> bool:
    """The search index is built per backend by migrations 0002, 0013, 0016 and 0017 (FTS5, the GIN index of
    word starts, the servers' token index) and is not in the models."""
    if not isinstance(diff, tuple):
        return False
    kind, thing = diff[0], diff[1]
    if kind == "remove_table":
        return thing.name.startswith(("people_fts", "people_trigrams", "people_words", "people_names")) \
            or thing.name in ("search_tokens", "token_trigrams")
    if kind == "remove_index":
        return thing.name == "ix_people_search_lexemes" \
            or thing.table.name in ("search_tokens", "token_trigrams")
    return False


def test_schema_matches_models(db_url):
    """Nothing in the models that a migration does not create."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(db_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": False})
            diff = [d for d in compare_metadata(context, Base.metadata) if not _backend_search_index(d)]
        assert diff == []
    finally:
        engine.dispose()


def test_sqlite_file_is_copied_aside_before_upgrade(tmp_path):
    path = tmp_path / "desk.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    migrate.upgrade(engine, "0001")
    head = migrate.head_revision()
    if head == "0001":
        # with one revision only there is nothing to upgrade from; the copy is taken on the next migration
        assert not list(tmp_path.glob("*.bak"))
    else:
        migrate.upgrade(engine)
        assert list(tmp_path.glob("desk.sqlite3.0001.*.bak"))
    engine.dispose()


def test_a_desk_with_requests_and_tasks_upgrades_across_a_table_copy(fresh_db_url):
    """docs/design.md section 5: `db upgrade` on a desk in use. On SQLite a batch migration copies a table
    and drops the old one; rows pointing at it (tasks at their request) must not stop it or be lost."""
    from datetime import date

    from mnu_desk.db.models import Request, Task
    from mnu_desk.services import agents, requests
    from mnu_desk.services.context import Desk

    from .factories import add_person

    engine = make_engine(fresh_db_url)
    desk = Desk(engine)
    try:
        migrate.upgrade(engine)
        admin = agents.add_agent(desk, None, "admin", "admin", "test-password-1")
        add_person(desk)
        ref = requests.register_request(desk, admin, type="access", channel="email", received=date(2026, 3, 5),
                                        customer_no="100001", today=date(2026, 3, 10))["ref"]
        with desk.write() as session:
            request = session.scalar(select(Request).where(Request.ref == ref))
            session.add(Task(request_id=request.id, kind="notify", description="tell Klarna",
                             created_at=request.created_at))
        migrate.downgrade(engine, "0006")
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.head_revision()
        with desk.read() as session:
            assert session.scalar(select(Task.request_id)) == session.scalar(select(Request.id))
        if engine.url.get_backend_name() == "sqlite":
            with engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        desk.dispose()
