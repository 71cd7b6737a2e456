"""What each group role of a shared desk database may do, table by table (docs/design.md "Who the database
trusts"). The permission checks in the services are for the user's sake; these GRANTs are what the server
enforces against an agent holding a plain SQL client. Roles add up as in domain/roles.py: the supervisor group
is a member of the agent group, the admin group of the supervisor group, so each row below lists only what a
role adds.

Role names carry the database's name, so two desk databases on one server never share agents: the groups are
`<db>_agent`, `<db>_supervisor`, `<db>_admin`, an agent's own login `<db>.<name>` (a dot, which no group
name has, so an agent named "admin" never collides with a group)."""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from ..domain.errors import DeskError, ValidationFailed
from ..domain.roles import Role

# Privileges as the SQL says them; a column list limits one to those columns.
READ = ("SELECT",)
WRITE = ("SELECT", "INSERT", "UPDATE")
DELETE = ("DELETE",)

# The person's data: agents look up, rectify and close accounts; supervisors erase; admins import.
PERSON_TABLES = (
    "people", "accounts", "addresses", "favourites", "interests", "newsletter_interactions",
    "newsletter_subscriptions", "orders", "order_lines", "support_contacts", "usage_events", "wish_lists",
    "wish_list_items", "disclosures", "supplementary_statements", "search_words", "search_tokens",
    "token_trigrams",
)
# What closing an account deletes (services/accounts.py) and what a rectification rewrites (the search index).
AGENT_DELETES = ("accounts", "favourites", "wish_lists", "wish_list_items", "search_words", "search_tokens",
                 "token_trigrams")
# The desk's own records of its work.
DESK_TABLES = ("requests", "request_attachments", "tasks", "objections", "sent_letters", "change_outbox", "change_tasks",
               "change_feed_state")

_AGENT_COLUMNS = ("id", "name", "role", "failed_logins", "locked_until", "active", "created_at",
                  "last_login_at", "db_login", "version")
_KEY_COLUMNS = ("id", "subject", "not_before", "not_after", "fingerprint_sha256", "active", "added_at",
                "added_by", "trial", "token_label", "key_label")

Grant = tuple[str, ...]


def _matrix() -> dict[str, dict[Role, tuple[str, ...]]]:
    """table -> role -> the privileges that role adds. A table missing here is a failure of the test that
    compares this with the schema, never a silent default."""
    matrix: dict[str, dict[Role, tuple[str, ...]]] = {}
    for table in PERSON_TABLES:
        matrix[table] = {Role.AGENT: WRITE + (DELETE if table in AGENT_DELETES else ()),
                         Role.SUPERVISOR: () if table in AGENT_DELETES else DELETE}
    for table in DESK_TABLES:
        matrix[table] = {Role.AGENT: WRITE, Role.SUPERVISOR: DELETE}
    matrix.update({
        "recipients": {Role.AGENT: READ, Role.ADMIN: ("INSERT", "UPDATE", "DELETE")},
        "restrictions": {Role.AGENT: READ, Role.SUPERVISOR: ("INSERT", "UPDATE", "DELETE")},
        # the issuance register: written by issuing, never changed; retention (admin) removes old rows
        "issued_extracts": {Role.AGENT: ("SELECT", "INSERT"), Role.ADMIN: DELETE},
        "settings": {Role.AGENT: READ, Role.ADMIN: ("INSERT", "UPDATE", "DELETE")},
        "import_runs": {Role.AGENT: READ, Role.ADMIN: ("INSERT", "UPDATE", "DELETE")},
        # the key's secret is read only by admins (a trial key); the rest tells every desk which keys are ours
        "signing_keys": {Role.AGENT: (f"SELECT ({', '.join(_KEY_COLUMNS)})",),
                         Role.ADMIN: ("SELECT", "INSERT", "UPDATE")},
        # an agent records its own log-in; only admins add agents or change them (the login itself changes
        # only through the definer routines); no login reads a password hash
        "agents": {Role.AGENT: (f"SELECT ({', '.join(_AGENT_COLUMNS)})", "UPDATE (last_login_at, version)"),
                   Role.ADMIN: ("INSERT", "UPDATE (role, active, failed_logins, locked_until, version)")},
        # the audit log is appended, never changed: the triggers of db/definer.py check each append; retention
        # (admin) only clears whom an old entry is about and its request, which the chain covers by hash alone
        "audit_entries": {Role.AGENT: ("SELECT", "INSERT"), Role.ADMIN: ("UPDATE (subject, request_ref)",)},
        "audit_payloads": {Role.AGENT: ("SELECT", "INSERT"), Role.SUPERVISOR: DELETE},
        "audit_head": {Role.AGENT: ("SELECT", "UPDATE (seq, hash)")},
        "alembic_version": {Role.AGENT: READ},
        # every search is appended by the searching agent's desk; only retention (admin) removes rows
        "search_log": {Role.AGENT: ("SELECT", "INSERT"), Role.ADMIN: DELETE},
    })
    for table in PERSON_TABLES + DESK_TABLES:
        matrix[table].setdefault(Role.ADMIN, DELETE)  # retention removes what is past its time
    return matrix


MATRIX = _matrix()
GROUPS = (Role.AGENT, Role.SUPERVISOR, Role.ADMIN)
MAX_LOGIN = 63  # PostgreSQL's longest name; MariaDB allows 80
_UNSAFE = re.compile(r"[^a-z0-9_]")


def prefix(database: str) -> str:
    """The database's name as a role-name prefix."""
    return _UNSAFE.sub("_", database.lower())[:40]


def group_name(database: str, role: Role) -> str:
    return f"{prefix(database)}_{role.value}"


def login_name(database: str, agent: str) -> str:
    login = f"{prefix(database)}.{agent.lower()}"
    if len(login) > MAX_LOGIN:
        raise ValidationFailed("The agent name '{name}' is too long for a database log-in on this server.",
                               name=agent)
    return login


def is_server(bind: Connection | Engine) -> bool:
    return bind.dialect.name in ("postgresql", "mysql", "mariadb")


def owner_lacks_rights(engine: Engine, exc: DBAPIError) -> DeskError:
    """The upgrade's own login could not create the group roles or grant: the DBA's one-time step."""
    cause = " ".join(str(exc.orig if exc.orig is not None else exc).split())[:200]
    return DeskError("The schema is upgraded, but the log-in {user} may not set up the agents' roles ({cause}); "
                     "see 'Setting up a shared server' in the README.", user=engine.url.username or "?",
                     cause=cause)


def database_name(connection: Connection) -> str:
    return connection.engine.url.database


def apply(connection: Connection) -> None:
    """Create the three group roles if missing and set their privileges to exactly the matrix. Run by the
    owner after every `db upgrade`, so a new table is never left to a default."""
    from . import definer

    database = database_name(connection)
    tables = set(inspect(connection).get_table_names())
    groups = {role: group_name(database, role) for role in GROUPS}
    if connection.dialect.name == "postgresql":
        _apply_postgresql(connection, groups, tables)
    else:
        _apply_mariadb(connection, database, groups, tables)
    definer.install(connection, database, groups)


def _apply_postgresql(connection: Connection, groups: dict[Role, str], tables: set[str]) -> None:
    for name in groups.values():
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar()
        if not exists:
            connection.exec_driver_sql(f'CREATE ROLE "{name}" NOLOGIN')
    connection.exec_driver_sql(f'GRANT "{groups[Role.AGENT]}" TO "{groups[Role.SUPERVISOR]}"')
    connection.exec_driver_sql(f'GRANT "{groups[Role.SUPERVISOR]}" TO "{groups[Role.ADMIN]}"')
    # the DBA may have revoked CONNECT from PUBLIC (README, "Setting up a shared server")
    database = database_name(connection)
    connection.exec_driver_sql(f'GRANT CONNECT ON DATABASE "{database}" TO "{groups[Role.AGENT]}"')
    everyone = ", ".join(f'"{name}"' for name in groups.values())
    schema = _schema(connection)
    connection.exec_driver_sql(f'REVOKE ALL ON ALL TABLES IN SCHEMA "{schema}" FROM {everyone}')
    for table, grants in MATRIX.items():
        if table not in tables:
            continue
        for role, privileges in grants.items():
            for privilege in privileges:
                connection.exec_driver_sql(f'GRANT {privilege} ON "{table}" TO "{groups[role]}"')
    # new ids come from each table's sequence
    connection.exec_driver_sql(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA "{schema}" TO "{groups[Role.AGENT]}"')


def _schema(connection: Connection) -> str:
    return connection.execute(text("SELECT current_schema()")).scalar()


def _apply_mariadb(connection: Connection, database: str, groups: dict[Role, str], tables: set[str]) -> None:
    for name in groups.values():
        connection.exec_driver_sql(f"CREATE ROLE IF NOT EXISTS `{name}`")
        connection.exec_driver_sql(f"REVOKE ALL PRIVILEGES, GRANT OPTION FROM `{name}`")
    connection.exec_driver_sql(f"GRANT `{groups[Role.AGENT]}` TO `{groups[Role.SUPERVISOR]}`")
    connection.exec_driver_sql(f"GRANT `{groups[Role.SUPERVISOR]}` TO `{groups[Role.ADMIN]}`")
    for table, grants in MATRIX.items():
        if table not in tables:
            continue
        for role, privileges in grants.items():
            for privilege in privileges:
                privilege = privilege.replace("(", "(`").replace(", ", "`, `").replace(")", "`)") \
                    if "(" in privilege else privilege
                connection.exec_driver_sql(f"GRANT {privilege} ON `{database}`.`{table}` TO `{groups[role]}`")
