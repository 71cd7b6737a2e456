"""`db upgrade` and `db check`."""

from __future__ import annotations

import sys

from ... import i18n
from ...services import database
from ..output import emit_json
from ..session import open_desk
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("db", help=summary("db"))
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    up = actions.add_parser("upgrade", parents=[common], help="migrate the schema to this version")
    up.set_defaults(handler=upgrade)
    check = actions.add_parser("check", parents=[common], help="backend, server version, schema revision")
    check.set_defaults(handler=check_schema)


def upgrade(args) -> int:
    inv = open_desk(args, check_schema=False)
    before, after = database.upgrade(inv.desk)
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
    info = database.server_info(inv.desk)
    if not info.current:  # a refusal: the reason on stderr, nothing on stdout
        sys.stderr.write(f"mnu-desk: {info.backend} {info.server_version}: " + i18n.text(
            "The database schema is at revision {current}, this program needs {head}; run 'mnu-desk db "
            "upgrade'.", current=info.revision or "(empty)", head=info.head) + "\n")
        return 1
    fields = {"backend": info.backend, "server_version": info.server_version, "database": info.database,
              "revision": info.revision, "head": info.head, "current": info.current,
              "database_id": info.database_id}
    if args.json:
        emit_json(fields)
    else:
        for key in ("backend", "server_version", "database", "revision", "head", "database_id"):
            print(f"{key}: {fields[key] if fields[key] is not None else '-'}")
    return 0
