"""`search WORDS... [--limit N]`: people, best first."""

from __future__ import annotations

from ...services.search import DEFAULT_LIMIT, search_people
from ..arguments import whole_number
from ..errors import UsageError
from ..output import emit_json, table
from ..session import login, open_desk
from . import summary

COLUMNS = ["customer_no", "first_name", "last_name", "email", "phone", "postal_code", "city", "kind", "status"]


def register(sub, common) -> None:
    parser = sub.add_parser("search", parents=[common], help=summary("search"))
    parser.add_argument("words", nargs="+")
    parser.add_argument("--limit", type=whole_number, default=DEFAULT_LIMIT, metavar="N")
    parser.set_defaults(handler=search)


def search(args) -> int:
    if not 1 <= args.limit <= 1000:
        raise UsageError("--limit must be between 1 and 1000")
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    rows = search_people(inv.desk, actor, " ".join(args.words), limit=args.limit)
    if args.json:
        emit_json(rows)
    elif rows:
        print(table(rows, COLUMNS))
    return 0
