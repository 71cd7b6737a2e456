"""Shared fixtures. Every database test runs on each backend in MNU_DESK_TEST_DB_URLS (space-separated
SQLAlchemy server URLs; SQLite when unset). Each run creates its own databases and drops them after; a
configured backend that cannot be reached fails the run (docs/design.md section 9)."""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import bindparam, create_engine, delete, text, update
from sqlalchemy.engine import URL, make_url

from mnu_desk.db import grants, migrate
from mnu_desk.db.base import Base
from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import AuditHead, Setting
from mnu_desk.domain.clock import utcnow
from mnu_desk.services import agents
from mnu_desk.services.context import Actor, Desk

TEST_PASSWORD = "test-password-1"


def _configured_urls() -> list[str]:
    raw = os.environ.get("MNU_DESK_TEST_DB_URLS", "").split()
    return raw or ["sqlite://"]


def _backend_id(url: str) -> str:
    return make_url(url).get_backend_name()


class Server:
    """Creates and drops databases on one configured backend."""

    def __init__(self, url: str, scratch: Path) -> None:
        self.url = make_url(url)
        self.backend = self.url.get_backend_name()
        self.scratch = scratch
        self.created: list[str] = []

    def create(self) -> str:
        name = f"mnu_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
        if self.backend == "sqlite":
            return f"sqlite:///{self.scratch / (name + '.sqlite3')}"
        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            if self.backend == "postgresql":
                connection.execute(text(f'CREATE DATABASE "{name}"'))
            else:
                connection.execute(text(f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4"))
        admin.dispose()
        self.created.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop(self, name_or_url: str) -> None:
        if self.backend == "sqlite":
            return
        name = make_url(name_or_url).database if "://" in name_or_url else name_or_url
        admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            if self.backend == "postgresql":
                _wait_for_agents_to_leave(connection, name)
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            else:
                connection.execute(text(f"DROP DATABASE IF EXISTS `{name}`"))
            drop_desk_roles(connection, name, groups=True)
        admin.dispose()
        if name in self.created:
            self.created.remove(name)

    def drop_all(self) -> None:
        for name in list(self.created):
            self.drop(name)


@pytest.fixture(autouse=True)
def fresh_window_settings() -> Iterator[None]:
    """Each test starts as on a computer where the desk has never run: no window size, splitter position, last
    log-in or language left by an earlier test (Qt reads the settings file's folder once per process, so the
    session's folder is shared by every test in it)."""
    if "PySide6.QtCore" in sys.modules:
        from mnu_desk.gui.language import settings
        settings().clear()
    yield


@pytest.fixture(scope="session", autouse=True)
def isolated_user_dirs(tmp_path_factory) -> Iterator[Path]:
    """Config, data and keyring of the tests live in a temporary folder, never the user's own."""
    root = tmp_path_factory.mktemp("home")
    mp = pytest.MonkeyPatch()
    mp.setenv("XDG_CONFIG_HOME", str(root / "config"))
    mp.setenv("XDG_DATA_HOME", str(root / "data"))
    mp.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    mp.setenv("QT_QPA_PLATFORM", "offscreen")
    mp.delenv("MNU_DESK_PASSWORD", raising=False)
    mp.delenv("MNU_DESK_NEW_PASSWORD", raising=False)
    mp.delenv("MNU_DESK_DB_PASSWORD", raising=False)
    mp.delenv("MNU_DESK_KEY_PASSPHRASE", raising=False)
    mp.delenv("MNU_DESK_TOKEN_PIN", raising=False)
    store = PlaintextKeyring()
    store.file_path = str(root / "keyring.cfg")
    keyring.set_keyring(store)
    yield root
    mp.undo()


@pytest.fixture(autouse=True)
def _messages_language_restored():
    """`--lang` sets the messages' language for the process: each test starts in the language the run began
    with, whatever an earlier command asked for."""
    from mnu_desk import i18n

    before = i18n.language()
    yield
    i18n.set_language(before)


@pytest.fixture(scope="session", params=_configured_urls(), ids=_backend_id)
def server(request, tmp_path_factory) -> Iterator[Server]:
    handle = Server(request.param, tmp_path_factory.mktemp("sqlite"))
    if handle.backend != "sqlite":
        # unreachable is a failure, never a skip: a configured backend must be tested
        probe = create_engine(handle.url)
        with probe.connect():
            pass
        probe.dispose()
    yield handle
    handle.drop_all()


@pytest.fixture
def fresh_db_url(server) -> str:
    """An empty database (no schema) of its own for this test."""
    return server.create()


@pytest.fixture(scope="session")
def _migrated_template(server) -> str:
    url = server.create()
    engine = make_engine(url)
    migrate.upgrade(engine)
    engine.dispose()
    return url


@pytest.fixture
def db_url(server, _migrated_template, tmp_path) -> Iterator[str]:
    """A migrated database with no data but the schema's own seed rows, for this test alone."""
    if server.backend == "sqlite":
        path = tmp_path / "desk.sqlite3"
        shutil.copy(make_url(_migrated_template).database, path)
        yield f"sqlite:///{path}"
        return
    _wipe(_migrated_template)
    yield _migrated_template


def _wait_for_agents_to_leave(connection, database: str) -> None:
    """An agent's log-in closed by a test can still be ending on the server; FORCE may not end another role's
    session (that needs pg_signal_backend), so give such sessions a moment to go."""
    for _ in range(50):
        others = connection.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :d AND "
                                         "usename <> current_user"), {"d": database}).scalar()
        if not others:
            return
        time.sleep(0.1)


def desk_profile_url(desk) -> str:
    """The URL a desk's profile gives (docs/design.md section 5): the server and the database, no user, so each
    agent connects as their own database log-in. (URL.set ignores None, so the user is dropped by building the
    URL again.)"""
    url = desk.engine.url
    return URL.create(url.drivername, host=url.host, port=url.port, database=url.database,
                      query=url.query).render_as_string(hide_password=False)


def drop_desk_roles(connection, database: str, *, groups: bool) -> None:
    """A test database's agent log-ins (and with `groups`, its group roles): they live on the server, not in
    the database, so dropping or emptying the database leaves them behind."""
    # the logins by their prefix and a dot; the groups by name, as "mnu_bench_1000" is a prefix of
    # "mnu_bench_1000000" and its groups must stay
    logins = grants.prefix(database).replace("_", r"\_") + r".%"
    names = [grants.group_name(database, role) for role in grants.GROUPS] if groups else []
    if connection.dialect.name == "postgresql":
        found = connection.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p OR rolname IN :g")
                                   .bindparams(bindparam("g", expanding=True)),
                                   {"p": logins, "g": names or [""]}).scalars().all()
        for name in sorted(found, key=lambda n: "." not in n):  # logins before the groups they are in
            connection.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    elif connection.dialect.name in ("mysql", "mariadb"):
        rows = connection.execute(text("SELECT User, Host, is_role FROM mysql.user WHERE User LIKE :p OR User IN :g")
                                  .bindparams(bindparam("g", expanding=True)),
                                  {"p": logins, "g": names or [""]}).all()
        for user, host, is_role in rows:
            connection.execute(text(f"DROP ROLE IF EXISTS `{user}`" if is_role == "Y"
                                    else f"DROP USER IF EXISTS `{user}`@`{host}`"))


def _wipe(url: str) -> None:
    engine = make_engine(url)
    if engine.dialect.name != "sqlite":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            drop_desk_roles(connection, make_url(url).database, groups=False)
    with engine.begin() as connection:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name == "settings":
                connection.execute(delete(table).where(Setting.key != "database_id"))
            elif table.name != "audit_head":
                connection.execute(delete(table))
        connection.execute(update(AuditHead).values(seq=0, hash="0" * 64))
    engine.dispose()


# The company's postal address a letter goes out from (docs/design.md "Letters the desk sends"): stored in every
# test database, as an admin would have, so letters and extracts can be made; tests of its absence remove it.
COMPANY_ADDRESS = ["Exempelgatan 1", "123 45 Exempelstad"]


@pytest.fixture
def desk(db_url) -> Iterator[Desk]:
    handle = Desk(make_engine(db_url))
    with handle.write() as session:
        session.merge(Setting(key="company_address", value=json.dumps(COMPANY_ADDRESS), updated_at=utcnow(),
                              version=1))
    yield handle
    handle.dispose()


@pytest.fixture
def admin(desk) -> Actor:
    """The first admin of the test database."""
    return agents.add_agent(desk, None, "admin", "admin", TEST_PASSWORD)


@pytest.fixture
def make_agent(desk, admin):
    def make(name: str, role: str = "agent") -> Actor:
        return agents.add_agent(desk, admin, name, role, TEST_PASSWORD)
    return make


@pytest.fixture
def swedish(qapp):
    """The GUI in Swedish, the default language (Qt is imported only by the tests that use it)."""
    from .test_gui_helpers import swedish_window

    yield from swedish_window()


@pytest.fixture
def executor(qapp):
    """The GUI's one background executor, running for the test."""
    from .test_gui_helpers import running_executor

    yield from running_executor()
