"""The routines that run with the owner's rights on a shared server (docs/design.md "Who the database trusts").

An agent's login may append to the audit log but never change it. The triggers here check each append made
through a desk login: the entry follows the head (no gap, no fork), names the agent of the connection (taken
from `session_user` / `USER()`, never from the client), and is dated now; the head moves one entry at a time
to that entry's hash. The owner's own connection (upgrades, the first admin, a DBA) is not checked: the owner
can change anything, and `audit verify --seal` is what catches it.

Agents' database logins are created and changed only through the `desk_login_*` routines, which an admin's
login may call: they touch only logins named `<db>.<name>`, so an admin can never reach the owner, a DBA or
another desk database's logins. Passwords reach the server already hashed (SCRAM-SHA-256 on PostgreSQL,
the server's own hash on MariaDB), so no statement log holds one in clear; the same routine keeps the agent's argon2 hash (used only when the owner's
connection logs an agent in) in step, which no login may otherwise write or read."""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, text

from ..domain.roles import Role

# SQLSTATE and MariaDB error number of "permission denied": a refused append reads like a refused GRANT.
DENIED_PG = "42501"
DENIED_MARIADB = 1142
AUDIT_CLOCK_SLACK_SECONDS = 300


def install(connection: Connection, database: str, groups: dict[Role, str]) -> None:
    login_prefix = groups[Role.AGENT][: -len("_agent")] + "."
    if connection.dialect.name == "postgresql":
        schema = connection.execute(text("SELECT current_schema()")).scalar()
        statements = _postgresql(schema, login_prefix, groups)
    else:
        statements = _mariadb(database, login_prefix, groups)
    # straight to the driver: the routines' bodies hold '%' that a parameter style would take for a marker
    cursor = connection.connection.dbapi_connection.cursor()
    try:
        for statement in statements:
            cursor.execute(statement)
    finally:
        cursor.close()


def password_verifier(connection: Connection, login: str, password: str) -> str:
    """What the server stores for a password, computed here so the password itself is never sent in SQL."""
    if connection.dialect.name == "postgresql":
        pgconn = connection.connection.dbapi_connection.pgconn
        return pgconn.encrypt_password(password.encode(), login.encode(), b"scram-sha-256").decode()
    # MariaDB's mysql_native_password: "*" and the upper-case hex SHA-1 of the SHA-1 of the password
    return "*" + hashlib.sha1(hashlib.sha1(password.encode()).digest()).hexdigest().upper()


def _postgresql(schema: str, login_prefix: str, groups: dict[Role, str]) -> list[str]:
    head = f'SECURITY DEFINER SET search_path = "{schema}", pg_temp'
    n = len(login_prefix)
    denied = f"USING ERRCODE = '{DENIED_PG}'"
    statements = [
        f"""CREATE OR REPLACE FUNCTION desk_connection_agent() RETURNS text LANGUAGE plpgsql STABLE {head} AS $$
DECLARE me text;
BEGIN
  IF left(session_user::text, {n}) <> '{login_prefix}' THEN RETURN NULL; END IF;
  SELECT name INTO me FROM agents WHERE db_login = session_user::text AND active;
  IF me IS NULL THEN RAISE EXCEPTION 'no active agent has this database log-in' {denied}; END IF;
  RETURN me;
END $$""",
        f"""CREATE OR REPLACE FUNCTION desk_require_admin() RETURNS void LANGUAGE plpgsql {head} AS $$
DECLARE me text := desk_connection_agent();
BEGIN
  IF me IS NOT NULL AND (SELECT role FROM agents WHERE name = me) <> 'admin' THEN
    RAISE EXCEPTION 'only an admin manages agents' {denied};
  END IF;
END $$""",
        f"""CREATE OR REPLACE FUNCTION desk_check_login(login text, new_role text) RETURNS void
LANGUAGE plpgsql {head} AS $$
BEGIN
  IF left(login, {n}) <> '{login_prefix}' OR length(login) <= {n} THEN
    RAISE EXCEPTION 'not a log-in of this desk database: %', login {denied};
  END IF;
  IF new_role IS NOT NULL AND new_role NOT IN ('agent', 'supervisor', 'admin') THEN
    RAISE EXCEPTION 'unknown role %', new_role USING ERRCODE = '22023';
  END IF;
END $$""",
        f"""CREATE OR REPLACE FUNCTION desk_login_create(login text, new_role text, verifier text) RETURNS void
LANGUAGE plpgsql {head} AS $$
BEGIN
  PERFORM desk_require_admin();
  PERFORM desk_check_login(login, new_role);
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', login, verifier,
                 '{login_prefix[:-1]}_' || new_role);
END $$""",
        f"""CREATE OR REPLACE FUNCTION desk_login_set_role(login text, new_role text) RETURNS void
LANGUAGE plpgsql {head} AS $$
DECLARE old text;
BEGIN
  PERFORM desk_require_admin();
  PERFORM desk_check_login(login, new_role);
  FOREACH old IN ARRAY ARRAY['agent', 'supervisor', 'admin'] LOOP
    EXECUTE format('REVOKE %I FROM %I', '{login_prefix[:-1]}_' || old, login);
  END LOOP;
  EXECUTE format('GRANT %I TO %I', '{login_prefix[:-1]}_' || new_role, login);
END $$""",
        f"""CREATE OR REPLACE FUNCTION desk_login_enable(login text, enabled boolean) RETURNS void
LANGUAGE plpgsql {head} AS $$
BEGIN
  PERFORM desk_require_admin();
  PERFORM desk_check_login(login, NULL);
  EXECUTE format('ALTER ROLE %I %s', login, CASE WHEN enabled THEN 'LOGIN' ELSE 'NOLOGIN' END);
END $$""",
        f"""CREATE OR REPLACE FUNCTION desk_login_password(login text, verifier text, argon2_hash text)
RETURNS void LANGUAGE plpgsql {head} AS $$
BEGIN
  IF login <> session_user::text THEN PERFORM desk_require_admin(); END IF;
  PERFORM desk_check_login(login, NULL);
  EXECUTE format('ALTER ROLE %I PASSWORD %L', login, verifier);
  UPDATE agents SET password_hash = argon2_hash WHERE db_login = login;
END $$""",
        f"""CREATE OR REPLACE FUNCTION desk_audit_guard() RETURNS trigger LANGUAGE plpgsql {head} AS $$
DECLARE me text := desk_connection_agent(); head_seq bigint;
BEGIN
  IF me IS NULL THEN RETURN NEW; END IF;
  SELECT seq INTO head_seq FROM audit_head WHERE id = 1;
  IF TG_TABLE_NAME = 'audit_head' THEN
    IF NEW.id <> OLD.id OR NEW.seq <> OLD.seq + 1
       OR NEW.hash IS DISTINCT FROM (SELECT entry_hash FROM audit_entries WHERE seq = NEW.seq) THEN
      RAISE EXCEPTION 'the audit head only moves to the next entry' {denied};
    END IF;
  ELSIF TG_TABLE_NAME = 'audit_payloads' THEN
    IF NEW.seq <> head_seq + 1 THEN
      RAISE EXCEPTION 'a payload belongs to the entry being appended' {denied};
    END IF;
  ELSIF NEW.seq <> head_seq + 1 OR NEW.agent IS DISTINCT FROM me
        OR abs(extract(epoch FROM NEW.at - (now() AT TIME ZONE 'UTC'))) > {AUDIT_CLOCK_SLACK_SECONDS} THEN
    RAISE EXCEPTION 'an audit entry follows the head, names this log-in''s agent and is dated now' {denied};
  END IF;
  RETURN NEW;
END $$""",
        "CREATE OR REPLACE TRIGGER desk_audit_entries_guard BEFORE INSERT ON audit_entries "
        "FOR EACH ROW EXECUTE FUNCTION desk_audit_guard()",
        "CREATE OR REPLACE TRIGGER desk_audit_payloads_guard BEFORE INSERT ON audit_payloads "
        "FOR EACH ROW EXECUTE FUNCTION desk_audit_guard()",
        "CREATE OR REPLACE TRIGGER desk_audit_head_guard BEFORE UPDATE ON audit_head "
        "FOR EACH ROW EXECUTE FUNCTION desk_audit_guard()",
    ]
    routines = ("desk_connection_agent()", "desk_require_admin()", "desk_check_login(text, text)",
                "desk_login_create(text, text, text)", "desk_login_set_role(text, text)",
                "desk_login_enable(text, boolean)", "desk_login_password(text, text, text)", "desk_audit_guard()")
    for routine in routines:
        statements.append(f"REVOKE ALL ON FUNCTION {routine} FROM PUBLIC")
    for routine in routines[3:6]:  # an admin's: adding and changing logins
        statements.append(f'GRANT EXECUTE ON FUNCTION {routine} TO "{groups[Role.ADMIN]}"')
    statements.append(f'GRANT EXECUTE ON FUNCTION desk_login_password(text, text, text) TO "{groups[Role.AGENT]}"')
    return statements


def _mariadb(database: str, login_prefix: str, groups: dict[Role, str]) -> list[str]:
    n = len(login_prefix)
    login_of_session = "CONVERT(SUBSTRING_INDEX(USER(), '@', 1) USING utf8mb4) COLLATE utf8mb4_bin"
    group = login_prefix[:-1] + "_"

    def deny(message: str) -> str:
        return f"SIGNAL SQLSTATE '42000' SET MESSAGE_TEXT = '{message}', MYSQL_ERRNO = {DENIED_MARIADB}"

    def run(sql: str) -> str:  # dynamic SQL: account statements take no placeholders
        return f"SET @desk_sql = {sql}; PREPARE desk_stmt FROM @desk_sql; EXECUTE desk_stmt; " \
               "DEALLOCATE PREPARE desk_stmt;"

    account = "QUOTE(login), '@', QUOTE('%')"
    statements = [
        f"""CREATE OR REPLACE FUNCTION desk_connection_agent() RETURNS VARCHAR(64) CHARACTER SET utf8mb4
READS SQL DATA SQL SECURITY DEFINER
BEGIN
  DECLARE login VARCHAR(80) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT {login_of_session};
  DECLARE me VARCHAR(64) CHARACTER SET utf8mb4 DEFAULT NULL;
  IF LEFT(login, {n}) <> '{login_prefix}' THEN RETURN NULL; END IF;
  SET me = (SELECT name FROM agents WHERE db_login = login AND active LIMIT 1);
  IF me IS NULL THEN {deny('no active agent has this database log-in')}; END IF;
  RETURN me;
END""",
        f"""CREATE OR REPLACE PROCEDURE desk_require_admin() SQL SECURITY DEFINER
BEGIN
  DECLARE me VARCHAR(64) CHARACTER SET utf8mb4 DEFAULT desk_connection_agent();
  IF me IS NOT NULL AND (SELECT role FROM agents WHERE name = me) <> 'admin' THEN
    {deny('only an admin manages agents')};
  END IF;
END""",
        f"""CREATE OR REPLACE PROCEDURE desk_check_login(IN login VARCHAR(80), IN new_role VARCHAR(16))
SQL SECURITY DEFINER
BEGIN
  IF LEFT(login, {n}) <> '{login_prefix}' OR CHAR_LENGTH(login) <= {n} THEN
    {deny('not a log-in of this desk database')};
  END IF;
  IF new_role IS NOT NULL AND new_role NOT IN ('agent', 'supervisor', 'admin') THEN
    SIGNAL SQLSTATE '22023' SET MESSAGE_TEXT = 'unknown role';
  END IF;
END""",
        f"""CREATE OR REPLACE PROCEDURE desk_login_create(IN login VARCHAR(80), IN new_role VARCHAR(16),
                                                     IN verifier VARCHAR(100)) SQL SECURITY DEFINER
BEGIN
  CALL desk_require_admin();
  CALL desk_check_login(login, new_role);
  {run(f"CONCAT('CREATE USER ', {account}, ' IDENTIFIED BY PASSWORD ', QUOTE(verifier))")}
  {run(f"CONCAT('GRANT `{group}', new_role, '` TO ', {account})")}
  {run(f"CONCAT('SET DEFAULT ROLE `{group}', new_role, '` FOR ', {account})")}
END""",
        f"""CREATE OR REPLACE PROCEDURE desk_login_set_role(IN login VARCHAR(80), IN new_role VARCHAR(16))
SQL SECURITY DEFINER
BEGIN
  DECLARE old VARCHAR(16);
  DECLARE i INT DEFAULT 0;
  CALL desk_require_admin();
  CALL desk_check_login(login, new_role);
  WHILE i < 3 DO
    SET old = ELT(i + 1, 'agent', 'supervisor', 'admin');
    BEGIN
      DECLARE CONTINUE HANDLER FOR SQLEXCEPTION BEGIN END;  -- a role the login does not have
      {run(f"CONCAT('REVOKE `{group}', old, '` FROM ', {account})")}
    END;
    SET i = i + 1;
  END WHILE;
  {run(f"CONCAT('GRANT `{group}', new_role, '` TO ', {account})")}
  {run(f"CONCAT('SET DEFAULT ROLE `{group}', new_role, '` FOR ', {account})")}
END""",
        f"""CREATE OR REPLACE PROCEDURE desk_login_enable(IN login VARCHAR(80), IN enabled BOOLEAN)
SQL SECURITY DEFINER
BEGIN
  CALL desk_require_admin();
  CALL desk_check_login(login, NULL);
  {run(f"CONCAT('ALTER USER ', {account}, IF(enabled, ' ACCOUNT UNLOCK', ' ACCOUNT LOCK'))")}
END""",
        f"""CREATE OR REPLACE PROCEDURE desk_login_password(IN login VARCHAR(80), IN verifier VARCHAR(100),
                                                       IN argon2_hash VARCHAR(200)) SQL SECURITY DEFINER
BEGIN
  IF login <> {login_of_session} THEN CALL desk_require_admin(); END IF;
  CALL desk_check_login(login, NULL);
  {run(f"CONCAT('ALTER USER ', {account}, ' IDENTIFIED BY PASSWORD ', QUOTE(verifier))")}
  UPDATE agents SET password_hash = argon2_hash WHERE db_login = login;
END""",
        f"""CREATE OR REPLACE TRIGGER desk_audit_entries_guard BEFORE INSERT ON audit_entries FOR EACH ROW
BEGIN
  DECLARE me VARCHAR(64) CHARACTER SET utf8mb4 DEFAULT desk_connection_agent();
  IF me IS NOT NULL AND (NEW.seq <> (SELECT seq FROM audit_head WHERE id = 1) + 1 OR NOT (NEW.agent <=> me)
      OR ABS(TIMESTAMPDIFF(SECOND, NEW.at, UTC_TIMESTAMP(6))) > {AUDIT_CLOCK_SLACK_SECONDS}) THEN
    {deny('an audit entry follows the head, names this log-in agent and is dated now')};
  END IF;
END""",
        f"""CREATE OR REPLACE TRIGGER desk_audit_payloads_guard BEFORE INSERT ON audit_payloads FOR EACH ROW
BEGIN
  IF desk_connection_agent() IS NOT NULL AND NEW.seq <> (SELECT seq FROM audit_head WHERE id = 1) + 1 THEN
    {deny('a payload belongs to the entry being appended')};
  END IF;
END""",
        f"""CREATE OR REPLACE TRIGGER desk_audit_head_guard BEFORE UPDATE ON audit_head FOR EACH ROW
BEGIN
  IF desk_connection_agent() IS NOT NULL AND (NEW.id <> OLD.id OR NEW.seq <> OLD.seq + 1
      OR NOT (NEW.hash <=> (SELECT entry_hash FROM audit_entries WHERE seq = NEW.seq))) THEN
    {deny('the audit head only moves to the next entry')};
  END IF;
END""",
    ]
    for procedure in ("desk_login_create", "desk_login_set_role", "desk_login_enable"):
        statements.append(f"GRANT EXECUTE ON PROCEDURE `{database}`.`{procedure}` TO `{groups[Role.ADMIN]}`")
    statements.append(f"GRANT EXECUTE ON PROCEDURE `{database}`.`desk_login_password` TO `{groups[Role.AGENT]}`")
    return statements


def call(session, routine: str, *args) -> None:
    """Run one of the routines above in the caller's transaction. On MariaDB an account statement commits
    what came before it, so services call these before their own writes."""
    markers = ", ".join(f":a{i}" for i in range(len(args)))
    verb = "SELECT" if session.bind.dialect.name == "postgresql" else "CALL"
    session.execute(text(f"{verb} {routine}({markers})"), {f"a{i}": value for i, value in enumerate(args)})
