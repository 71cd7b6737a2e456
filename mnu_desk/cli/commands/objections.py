"""`objection add|withdraw`, `marketing export` and `suppression export` (policy 9.4, GDPR art. 21)."""

from __future__ import annotations

from pathlib import Path

from ... import i18n
from ...domain.objections import CHANNELS, SCOPES
from ...services.marketing import export_marketing, export_suppression
from ...services.objections import add_objection, withdraw_objection
from ..arguments import date_arg
from ..files import add_force
from ..output import emit_json
from ..session import login, open_desk
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("objection", help=summary("objection"))
    actions = parser.add_subparsers(dest="objection_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    add = actions.add_parser("add", parents=[common], help="register an objection (effective at once)")
    add.add_argument("customer_no")
    add.add_argument("--scope", required=True, choices=SCOPES)
    add.add_argument("--channel", required=True, choices=CHANNELS)
    add.add_argument("--received", required=True, type=date_arg, metavar="DATE")
    add.add_argument("--request", metavar="REF")
    add.set_defaults(handler=add_command)
    withdraw = actions.add_parser("withdraw", parents=[common], help="record the person's withdrawal")
    withdraw.add_argument("customer_no")
    withdraw.add_argument("--scope", required=True, choices=SCOPES)
    withdraw.set_defaults(handler=withdraw_command)

    for name, handler in (("marketing", marketing_command), ("suppression", suppression_command)):
        helptext = summary(name)
        group = sub.add_parser(name, help=helptext)
        group_actions = group.add_subparsers(dest=f"{name}_action", metavar="ACTION", required=True,
                                             parser_class=type(group))
        export = group_actions.add_parser("export", parents=[common], help=f"write {helptext} as CSV")
        export.add_argument("--out", required=True, type=Path, metavar="FILE.csv")
        add_force(export)
        export.set_defaults(handler=handler)


def add_command(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = add_objection(inv.desk, actor, args.customer_no, args.scope, args.channel, args.received,
                           request_ref=args.request)
    if args.json:
        emit_json(result)
    else:
        print(i18n.text("Objection to {scope} registered for customer {customer_no}; effective now.",
                        scope=result["scope"], customer_no=result["customer_no"]))
    return 0


def withdraw_command(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = withdraw_objection(inv.desk, actor, args.customer_no, args.scope)
    if args.json:
        emit_json(result)
    else:
        print(i18n.text("Objection to {scope} withdrawn for customer {customer_no}.",
                        scope=result["scope"], customer_no=result["customer_no"]))
    return 0


def _export(args, function) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    count = function(inv.desk, actor, args.out, force=args.force)
    if args.json:
        emit_json({"rows": count, "out": str(args.out)})
    else:
        print(i18n.text("{count} rows written to {path}.", count=count, path=str(args.out)))
    return 0


def marketing_command(args) -> int:
    return _export(args, export_marketing)


def suppression_command(args) -> int:
    return _export(args, export_suppression)
