"""`rectify CUSTOMER_NO FIELD=VALUE... --reason TEXT [--request REF]`."""

from __future__ import annotations

from ... import i18n
from ...services.rectification import add_statement, rectify
from ..arguments import field_assignment
from ..errors import UsageError
from ..output import emit_json
from ..session import login, open_desk
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("rectify", parents=[common], help=summary("rectify"))
    parser.add_argument("customer_no")
    parser.add_argument("changes", nargs="+", type=field_assignment, metavar="FIELD=VALUE")
    parser.add_argument("--reason", required=True)
    parser.add_argument("--request", metavar="REF")
    parser.set_defaults(handler=rectify_command)

    statement = sub.add_parser("statement", help=summary("statement"))
    actions = statement.add_subparsers(dest="statement_action", metavar="ACTION", required=True,
                                       parser_class=type(parser))
    add = actions.add_parser("add", parents=[common], help="keep the person's statement with the record")
    add.add_argument("customer_no")
    add.add_argument("--text", required=True)
    add.add_argument("--request", metavar="REF")
    add.set_defaults(handler=statement_command)


def rectify_command(args) -> int:
    changes = dict(args.changes)
    if len(changes) != len(args.changes):
        raise UsageError("a field is given twice")
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = rectify(inv.desk, actor, args.customer_no, changes, args.reason, request_ref=args.request)
    if args.json:
        emit_json({"customer_no": result.customer_no,
                   "changed": {f: {"old": old, "new": new} for f, (old, new) in result.changed.items()},
                   "tasks": result.tasks, "warnings": result.warnings})
    elif not result.changed:
        print(i18n.text("Nothing changed: the values were already stored."))
    else:
        for field, (old, new) in result.changed.items():
            print(f"{field}: {old or '-'} -> {new or '-'}")
        for task in result.tasks:
            print(i18n.text("Task {id}: tell {recipient} (GDPR art. 19).", id=task["id"],
                            recipient=task["recipient"]))
        for warning in result.warnings:
            if warning.startswith("email_in_use:"):
                print(i18n.text("Note: customer {customer_no} has the same e-mail address.",
                                customer_no=warning.partition(":")[2]))
    return 0


def statement_command(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = add_statement(inv.desk, actor, args.customer_no, args.text, request_ref=args.request)
    if args.json:
        emit_json(result)
    else:
        print(i18n.text("Statement kept with customer {customer_no}.", customer_no=result["customer_no"]))
    return 0
