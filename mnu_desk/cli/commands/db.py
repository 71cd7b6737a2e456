"""`db upgrade` and `db check`."""

from __future__ import annotations

import sys

from sqlalchemy import select, text

from ... import i18n
from ...db import migrate
from ...db.models import Setting
from ..output import emit_json
from ..session import open_desk


def register(sub, common) -> None:
    parser = sub.add_parser("db", help="database schema")
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    up = actions.add_parser("upgrade", parents=[common], help="migrate the schema to this version")
    up.set_defaults(handler=upgrade)
    check = actions.add_parser("check", parents=[common], help="backend, server version, schema revision")
    check.set_defaults(handler=check_schema)


def upgrade(args) -> int:
    inv = open_desk(args, check_schema=False)
    before, after = migrate.upgrade(inv.desk.engine)
    if args.json:
        emit_json({"backend": inv.desk.backend, "before": before, "revision": after})
    elif before == after:
        print(i18n.text("The schema is already at revision {revision}.", revision=after))
    else:
        print(i18n.text("Upgraded the schema from {before} to {after}.", before=before or "(empty)",
                        after=after))
    return 0


def check_schema(args) -> int:
    inv = open_desk(args, check_schema=False)
    engine = inv.desk.engine
    revision, head = migrate.current_revision(engine), migrate.head_revision()
    with engine.connect() as connection:
        server = _server_version(connection, inv.desk.backend)
    database_id = None
    if revision is not None:
        with inv.desk.read() as session:
            database_id = session.scalar(select(Setting.value).where(Setting.key == "database_id"))
    info = {"backend": inv.desk.backend, "server_version": server, "database": inv.desk.where,
            "revision": revision, "head": head, "current": revision == head,
            "database_id": database_id.strip('"') if database_id else None}
    if revision != head:  # a refusal: the reason on stderr, nothing on stdout
        sys.stderr.write(f"mnu-desk: {info['backend']} {server}: " + i18n.text(
            "The database schema is at revision {current}, this program needs {head}; run 'mnu-desk db "
            "upgrade'.", current=revision or "(empty)", head=head) + "\n")
        return 1
    if args.json:
        emit_json(info)
    else:
        for key in ("backend", "server_version", "database", "revision", "head", "database_id"):
            print(f"{key}: {info[key] if info[key] is not None else '-'}")
    return 0


def _server_version(connection, backend: str) -> str:
    if backend == "sqlite":
        return "SQLite " + connection.exec_driver_sql("select sqlite_version()").scalar()
    return str(connection.execute(text("select version()")).scalar())
