"""`changes export --since SEQ --out FILE`, `changes ack SEQ`, `changes status`: the desk's changes for the
shop's systems (docs/change-feed.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ... import i18n
from ...services import changes
from ..arguments import LARGEST
from ..output import emit_json
from ..session import login, open_desk
from . import summary


def _seq(text: str) -> int:
    if not text.isdigit() or int(text) > LARGEST:
        raise argparse.ArgumentTypeError(f"'{text}' is not a sequence number (0 to {LARGEST})")
    return int(text)


def register(sub, common) -> None:
    parser = sub.add_parser("changes", help=summary("changes"))
    actions = parser.add_subparsers(dest="changes_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    export = actions.add_parser("export", parents=[common], help="write the changes after SEQ as JSON Lines")
    export.add_argument("--since", required=True, type=_seq, metavar="SEQ")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.jsonl")
    export.set_defaults(handler=export_command)
    ack = actions.add_parser("ack", parents=[common], help="the shop has applied every change up to SEQ")
    ack.add_argument("seq", type=_seq, metavar="SEQ")
    ack.set_defaults(handler=ack_command)
    status = actions.add_parser("status", parents=[common], help="last change and last acknowledged")
    status.set_defaults(handler=status_command)


def _run(args, call, message) -> int:
    """Log in, call the service, print its result as JSON or as one line for a person."""
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = call(inv.desk, actor)
    if args.json:
        emit_json(result)
    else:
        print(message(result))
    return 0


def export_command(args) -> int:
    return _run(args, lambda desk, actor: changes.export(desk, actor, args.since, args.out),
                lambda r: i18n.text("{count} changes written to {path} (up to {last}).", count=r["count"],
                                    path=r["out"], last=r["last"]))


def ack_command(args) -> int:
    return _run(args, lambda desk, actor: changes.ack(desk, actor, args.seq),
                lambda r: i18n.text("The shop has applied the changes up to {seq}; {count} tasks closed.",
                                    seq=r["acked"], count=len(r["tasks_closed"])))


def status_command(args) -> int:
    return _run(args, changes.feed_state,
                lambda r: i18n.text("Last change {last}, applied by the shop up to {acked}, {pending} waiting.",
                                    last=r["last"], acked=r["acked"], pending=r["pending"]))
