"""`show CUSTOMER_NO`: everything held on one person."""

from __future__ import annotations

from ...services.people import show_person
from ..output import emit_json, plain
from ..session import login, open_desk
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("show", parents=[common], help=summary("show"))
    parser.add_argument("customer_no")
    parser.set_defaults(handler=show)


def show(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    record = show_person(inv.desk, actor, args.customer_no)
    if args.json:
        emit_json(record)
        return 0
    print(f"{record['customer_no']}  {record['kind']}  {record['status']}")
    for name, value in record["categories"].items():
        print(f"\n[{name}]")
        _print_value(value, "  ")
    return 0


def _print_value(value, indent: str) -> None:
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (list, dict)):
                print(f"{indent}{key}:")
                _print_value(item, indent + "  ")
            else:
                print(f"{indent}{key}: {plain(item)}")
    elif isinstance(value, list):
        if not value:
            print(f"{indent}-")
        for item in value:
            if isinstance(item, dict):
                scalars = {k: v for k, v in item.items() if not isinstance(v, (list, dict))}
                print(indent + "- " + ", ".join(f"{k}={plain(v)}" for k, v in scalars.items()))
                for key, nested in item.items():
                    if isinstance(nested, (list, dict)):
                        print(f"{indent}  {key}:")
                        _print_value(nested, indent + "    ")
            else:
                print(f"{indent}- {plain(item)}")
    else:
        print(f"{indent}{plain(value)}")
