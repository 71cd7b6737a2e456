"""`erase preview|execute --request REF` and `erase replay --ledger FILE` (policy 9.3.3; GDPR art. 17)."""

from __future__ import annotations

from pathlib import Path

from ... import i18n
from ...domain.deidentify import DEIDENTIFIABLE
from ...services import erasure
from ..arguments import whole_number
from ..output import emit_json
from ..session import login, open_desk
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("erase", help=summary("erase"))
    actions = parser.add_subparsers(dest="erase_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    for action, handler in (("preview", preview_command), ("execute", execute_command)):
        sub_parser = actions.add_parser(action, parents=[common], help=f"{action} an erasure")
        sub_parser.add_argument("--request", required=True, metavar="REF")
        sub_parser.add_argument("--deidentify", action="append", default=[], choices=DEIDENTIFIABLE,
                                metavar="CATEGORY",
                                help="keep this analytics category de-identified instead of erasing it "
                                     f"({', '.join(DEIDENTIFIABLE)}); may be repeated")
        if action == "execute":
            sub_parser.add_argument("--ledger", type=Path, metavar="FILE",
                                    help="the erasure ledger (default: the desk's setting)")
        sub_parser.set_defaults(handler=handler)
    replay = actions.add_parser("replay", parents=[common], help="re-apply erasures after a backup restore")
    replay.add_argument("--ledger", required=True, type=Path, metavar="FILE")
    replay.add_argument("--dry-run", action="store_true", help="show what would be erased")
    replay.add_argument("--apply-prepared", action="append", type=whole_number, default=[], metavar="SEQ",
                        help="also erase this prepared line that was never marked applied (a supervisor's "
                             "decision after a desk died mid-erasure; repeatable)")
    replay.set_defaults(handler=replay_command)


def preview_command(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = erasure.preview(inv.desk, actor, args.request, deidentify=args.deidentify)
    if args.json:
        emit_json(result)
        return 0
    if result["hold"]:
        print(i18n.text("Legal hold: every row stays."))
    for row in result["rows"]:
        until = f" ({row['erasable_from']})" if row["erasable_from"] else ""
        print(f"{row['action']:5}  {row['category']:16} {row['table']}:{row['id']}  {row['reason_code']}{until}")
    return 0


def execute_command(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = erasure.execute(inv.desk, actor, args.request, ledger_path=args.ledger,
                             deidentify=args.deidentify)
    if args.json:
        emit_json(result)
    else:
        print(i18n.text("Customer {customer_no} erased; {kept} orders kept for bookkeeping, {tasks} recipients "
                        "to notify.", customer_no=result["customer_no"], kept=result["orders_kept"],
                        tasks=result["tasks"]))
    return 0


def replay_command(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = erasure.replay(inv.desk, actor, args.ledger, dry_run=args.dry_run,
                            apply_prepared=tuple(args.apply_prepared))
    if args.json:
        emit_json(result)
        return 0
    for line in result["lines"]:
        print(f"{line['seq']:>5}  {line['customer_no']}  {line['request'] or '-'}  {line['status']}")
    return 0
