"""The README's "Setting up a shared server", followed as written on a fresh PostgreSQL and a fresh MariaDB
database (docs/design.md "Who the database trusts"): the DBA's statements, then the command lines, with only
the names made unique to this run and the host made the test server's."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from .conftest import drop_desk_roles

ROOT = Path(__file__).resolve().parents[1]


def readme_section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Setting up a shared server")
    return readme[start:readme.index("\n## ", start + 1)]


def blocks(section: str, kind: str) -> list[str]:
    return re.findall(rf"```{kind}\n(.*?)```", section, flags=re.S)


def statements(block: str) -> list[str]:
    return [s.strip() for s in block.split(";") if s.strip()]


@pytest.fixture
def fresh_names(server):
    if server.backend == "sqlite":
        pytest.skip("a shared server only")
    database = f"trustreadme{uuid.uuid4().hex[:8]}"
    yield database
    admin = create_engine(server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        if server.backend == "postgresql":
            connection.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            drop_desk_roles(connection, database, groups=True)
        else:
            connection.execute(text(f"DROP DATABASE IF EXISTS `{database}`"))
            drop_desk_roles(connection, database, groups=True)
            connection.execute(text(f"DROP USER IF EXISTS '{database}_owner'@'%'"))
    admin.dispose()


def adapt(line: str, database: str, host: str) -> str:
    """The README's names made this run's own: database `mnu` and its owner, the example host."""
    line = line.replace("db.example.internal", host)
    return re.sub(r"\bmnu(?=_owner\b|[^\w-]|$)", database, line)


def run_shell(block: str, env: dict, database: str, host: str) -> None:
    """Each line of a shell block: `export`/`unset`, or a mnu-desk command run as a program."""
    joined = block.replace("\\\n", " ")
    for line in joined.splitlines():
        words = shlex.split(adapt(line, database, host))
        if not words:
            continue
        if words[0] == "export":
            env.update(word.split("=", 1) for word in words[1:])
            continue
        if words[0] == "unset":
            for word in words[1:]:
                env.pop(word, None)
            continue
        local = dict(env)
        while "=" in words[0]:
            key, value = words.pop(0).split("=", 1)
            local[key] = value
        assert words[0] == "mnu-desk"
        done = subprocess.run([sys.executable, "-m", "mnu_desk", *words[1:]], env=local, capture_output=True,
                              text=True, timeout=120)
        assert done.returncode == 0, (line, done.stderr)


def test_the_readme_setup_works_on_a_fresh_database(server, fresh_names, tmp_path):
    database, section = fresh_names, readme_section()
    superuser = create_engine(server.url, isolation_level="AUTOCOMMIT")
    dba = blocks(section, "postgresql" if server.backend == "postgresql" else "mariadb")[0]
    with superuser.connect() as connection:
        for statement in statements(adapt(dba, database, "")):
            if server.backend == "postgresql" and statement.startswith("CREATE DATABASE"):
                # a DBA who is not a superuser must be a member of the owner to make it the owner
                is_super = connection.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user"))
                if not is_super.scalar():
                    connection.exec_driver_sql(f'GRANT "{database}_owner" TO current_user')
            # as the DBA types it: straight to the driver, whose parameter style would read '%' as a marker
            connection.connection.dbapi_connection.cursor().execute(statement)
    superuser.dispose()

    host = server.url.host + (f":{server.url.port}" if server.url.port else "")
    # a desk computer of its own: the profile "shop" lives in this test's folder
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    shell = blocks(section, "shell")
    owner_block = shell[0] if server.backend == "postgresql" else \
        shell[0].replace("postgresql+psycopg://", "mysql+pymysql://")
    run_shell(owner_block, env, database, host)
    desk_block = shell[1] if server.backend == "postgresql" else \
        shell[1].replace("postgresql+psycopg://", "mysql+pymysql://")
    run_shell(desk_block, env, database, host)

    # anna works through the profile as her own log-in, and her log-in cannot rewrite the audit log
    run_shell("MNU_DESK_PASSWORD=anna-password mnu-desk --profile shop --agent anna request list\n",
              env, database, host)
    scheme = "postgresql+psycopg" if server.backend == "postgresql" else "mysql+pymysql"
    anna = create_engine(f"{scheme}://{database}.anna:anna-password@{host}/{database}")
    with pytest.raises(DBAPIError), anna.connect() as connection:
        connection.execute(text("DELETE FROM audit_entries"))
    anna.dispose()
