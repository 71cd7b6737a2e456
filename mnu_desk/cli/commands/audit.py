"""`audit verify`: the hash chain, the gapless sequence, the head and every payload."""

from __future__ import annotations

import sys

from ... import i18n
from ...services import audit
from ..output import emit_json
from ..session import login, open_desk


def register(sub, common) -> None:
    parser = sub.add_parser("audit", help="the audit log")
    actions = parser.add_subparsers(dest="audit_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    verify = actions.add_parser("verify", parents=[common], help="check the audit log's hash chain")
    verify.set_defaults(handler=verify_chain)


def verify_chain(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=False)
    result = audit.verify(inv.desk, actor)
    if result.ok:
        if args.json:
            emit_json({"ok": True, "entries": result.entries})
        else:
            print(i18n.text("The audit log is intact: {count} entries.", count=result.entries))
        return 0
    sys.stderr.write("mnu-desk: " + i18n.text("The audit log is broken at entry {seq}: {reason}.",
                                              seq=result.first_bad_seq, reason=result.reason) + "\n")
    return 1
