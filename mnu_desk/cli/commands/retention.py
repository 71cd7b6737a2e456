"""`retention run [--dry-run] [--today DATE]` (policy 6.1-6.3), an admin's job."""

from __future__ import annotations

from ... import i18n
from ...services.retention import run
from ..arguments import date_arg
from ..errors import UsageError
from ..output import emit_json
from ..session import login, open_desk
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("retention", help=summary("retention"))
    actions = parser.add_subparsers(dest="retention_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    run_parser = actions.add_parser("run", parents=[common], help="erase what is past its retention period")
    run_parser.add_argument("--dry-run", action="store_true", help="count, change nothing")
    run_parser.add_argument("--today", type=date_arg, metavar="DATE",
                            help="count as if it were this day (only with --dry-run)")
    run_parser.set_defaults(handler=run_command)


def run_command(args) -> int:
    if args.today is not None and not args.dry_run:
        # another day is a what-if: a mistyped year in a real run would purge years early (docs/design.md
        # "Retention")
        raise UsageError("--today is only for a dry run: add --dry-run, or leave --today out to run for today")
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = run(inv.desk, actor, today=args.today, dry_run=args.dry_run)
    if args.json:
        emit_json(result)
        return 0
    for category, count in result["counts"].items():
        print(f"{category}: {count}")
    print(i18n.text("{count} rows in all.", count=result["total"]))
    return 0
