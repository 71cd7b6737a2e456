"""`demo --customers N [--seed S]`: demo people of every kind with all their data; creates no agents."""

from __future__ import annotations

import argparse
import sys
import time

from ... import i18n
from ...domain.errors import ValidationFailed
from ..arguments import whole_number
from ..output import emit_json
from ..output import progress as write_progress
from ..session import login, open_desk
from . import summary

MAX_CUSTOMERS = 10_000_000


def register(sub, common) -> None:
    parser = sub.add_parser("demo", parents=[common], help=summary("demo"))
    parser.add_argument("--customers", type=whole_number, required=True, metavar="N")
    parser.add_argument("--seed", type=whole_number, default=1, metavar="S")
    parser.set_defaults(handler=load_demo)


def load_demo(args: argparse.Namespace) -> int:
    if not 1 <= args.customers <= MAX_CUSTOMERS:
        raise ValidationFailed("The number of demo customers must be between 1 and {maximum}.",
                               maximum=MAX_CUSTOMERS)
    from ...services.demo import load_demo  # Faker loads only for this command

    inv = open_desk(args)
    actor = login(inv, args, required=False)
    started = time.monotonic()
    show_progress = sys.stderr.isatty() and not args.json

    def progress(done: int, total: int) -> None:
        if show_progress:
            rate = done / max(time.monotonic() - started, 1e-6)
            write_progress(f"{done:>10,} / {total:,} ({rate:,.0f}/s)".replace(",", " "))

    summary = load_demo(inv.desk, actor, args.customers, seed=args.seed, progress=progress)
    if show_progress:
        sys.stderr.write("\n")
    counts = dict(summary.counts)
    if args.json:
        emit_json({"customers": args.customers, "seed": args.seed, "seconds": round(summary.seconds, 1),
                   "rows": counts})
    else:
        print(i18n.text("Loaded {customers} demo customers in {seconds} s.", customers=args.customers,
                        seconds=f"{summary.seconds:.1f}"))
        for table_name, count in counts.items():
            print(f"  {table_name}: {count}")
    return 0
