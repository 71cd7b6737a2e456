"""`account close CUSTOMER_NO [--request REF]` (policy 6.2, 8)."""

from __future__ import annotations

from ... import i18n
from ...services.accounts import close_account
from ..output import emit_json
from ..session import login, open_desk
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("account", help=summary("account"))
    actions = parser.add_subparsers(dest="account_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    close = actions.add_parser("close", parents=[common], help="close an account; bookkeeping stays")
    close.add_argument("customer_no")
    close.add_argument("--request", metavar="REF")
    close.set_defaults(handler=close_command)


def close_command(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = close_account(inv.desk, actor, args.customer_no, request_ref=args.request)
    if args.json:
        emit_json(result)
        return 0
    print(i18n.text("Account of customer {customer_no} closed.", customer_no=result["customer_no"]))
    for name, count in result["erased"].items():
        print(f"  - {name}: {count}")
    for order in result["kept"]["orders"]:
        print(i18n.text("Kept for bookkeeping: order {order_no}, erasable from {date}.",
                        order_no=order["order_no"], date=order["erasable_from"]))
    return 0
