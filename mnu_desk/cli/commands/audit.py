"""`audit verify [--seal FILE]...`: the hash chain, the gapless sequence, the head, every payload, and that the
chain still holds each sealed head; `audit seal`: sign the head now (docs/design.md "Audit log")."""

from __future__ import annotations

import sys
from pathlib import Path

from ... import i18n
from ...services import audit, seals
from ..output import emit_json
from ..session import login, open_desk
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("audit", help=summary("audit"))
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    verify = actions.add_parser("verify", parents=[common], help="check the audit log's hash chain")
    verify.add_argument("--seal", action="append", default=[], metavar="FILE",
                        help="also check that the chain still holds this sealed head (repeatable)")
    verify.set_defaults(handler=verify_chain)
    seal = actions.add_parser("seal", parents=[common], help="sign the audit log's head with the company key")
    seal.add_argument("--folder", metavar="DIR", help="write the seal here instead of this computer's seal folder")
    seal.set_defaults(handler=seal_head)


def verify_chain(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=False)
    result = audit.verify(inv.desk, actor)
    if not result.ok:
        return _broken(i18n.text("The audit log is broken at entry {seq}: {reason}.",
                                 seq=result.first_bad_seq, reason=result.reason))
    problem = seals.check(inv.desk, args.seal) if args.seal else None
    if problem:
        return _broken(i18n.text("The audit log does not hold its seal: {reason}.", reason=problem))
    if args.json:
        emit_json({"ok": True, "entries": result.entries, "seals": len(args.seal)})
    else:
        print(i18n.text("The audit log is intact: {count} entries.", count=result.entries))
    return 0


def seal_head(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    made = seals.seal(inv.desk, actor, None, folder=Path(args.folder).expanduser() if args.folder else None)
    if args.json:
        emit_json(made.as_dict())
    else:
        print(i18n.text("Sealed entry {seq} in {file}.", seq=made.seq, file=str(made.path)))
    return 0


def _broken(message: str) -> int:
    sys.stderr.write("mnu-desk: " + message + "\n")
    return 1
