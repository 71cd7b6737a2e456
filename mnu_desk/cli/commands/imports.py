"""`import CATEGORY FILE [--dry-run]`: a file from the shop's systems (docs/import-format.md), an admin's job."""

from __future__ import annotations

import sys
from pathlib import Path

from ... import i18n
from ...imports.categories import NAMES
from ...services.imports import import_file
from ..output import emit_json
from ..output import progress as write_progress
from ..session import login, open_desk
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("import", parents=[common], help=summary("import"))
    parser.add_argument("category", choices=NAMES, metavar="CATEGORY", help=", ".join(NAMES))
    parser.add_argument("file", type=Path, metavar="FILE")
    parser.add_argument("--dry-run", action="store_true", help="check and count, write nothing but the report")
    parser.set_defaults(handler=import_command)


def import_command(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    interactive = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if interactive and total:
            write_progress(f"{done}/{total}")

    result = import_file(inv.desk, actor, args.category, args.file, dry_run=args.dry_run, progress=progress)
    if interactive:
        sys.stderr.write("\n")
    if args.json:
        emit_json(result)
        return 0
    print(i18n.text("{category}: {rows} rows read, {inserted} new, {updated} updated, {unchanged} unchanged, "
                    "{rejected} rejected.", **{k: result[k] for k in ("category", "rows", "inserted", "updated",
                                                                       "unchanged", "rejected")}))
    if result["rejected"]:
        print(i18n.text("The rejected rows and why: {path}", path=result["report"]))
    if result["dry_run"]:
        print(i18n.text("Dry run: nothing was written to the database."))
    return 0
