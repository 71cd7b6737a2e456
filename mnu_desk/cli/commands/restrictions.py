"""`restriction add|lift` (GDPR art. 18) and `hold add|lift` (legal hold, policy 6.1)."""

from __future__ import annotations

from ... import i18n
from ...domain.errors import Coded
from ...services.restrictions import lift_restriction, set_restriction
from ..arguments import date_arg
from ..output import emit_json
from ..session import login, open_desk
from . import summary


def register(sub, common) -> None:
    for name, kind in (("restriction", "restriction"), ("hold", "legal_hold")):
        parser = sub.add_parser(name, help=summary(name))
        actions = parser.add_subparsers(dest=f"{name}_action", metavar="ACTION", required=True,
                                        parser_class=type(parser))
        for action in ("add", "lift"):
            sub_parser = actions.add_parser(action, parents=[common], help=f"{action} a {kind.replace('_', ' ')}")
            sub_parser.add_argument("customer_no")
            sub_parser.add_argument("--reason", required=True)
            if name == "restriction" and action == "lift":
                # art. 18(3): the person is told before the lift; the day is required, never assumed
                sub_parser.add_argument("--told", type=date_arg, metavar="DATE", required=True,
                                        help="the day the person was told (the restriction-lift letter)")
            sub_parser.set_defaults(handler=command, kind=kind, action=action)


def command(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    if args.action == "add":
        result = set_restriction(inv.desk, actor, args.customer_no, args.kind, args.reason)
    else:
        result = lift_restriction(inv.desk, actor, args.customer_no, args.kind, args.reason,
                                  person_told_on=getattr(args, "told", None))
    if args.json:
        emit_json(result)
    elif args.action == "add":
        print(i18n.text("{kind} set for customer {customer_no}.", kind=Coded("restriction_kind", args.kind),
                        customer_no=result["customer_no"]))
    else:
        print(i18n.text("{kind} lifted for customer {customer_no}.", kind=Coded("restriction_kind", args.kind),
                        customer_no=result["customer_no"]))
    return 0
