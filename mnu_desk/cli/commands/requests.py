"""`request new|list|show|attachment|close|identity|extend|refuse|export` and `task list|done`."""

from __future__ import annotations

from pathlib import Path

from ... import i18n
from ...domain.attachments import MAX_BYTES
from ...domain.requests import Channel, RequestType
from ...i18n import letters as letter_texts
from ...private_files import read_regular
from ...services import requests as service
from ..arguments import date_arg
from ..errors import UsageError
from ..files import add_force, write_out
from ..output import emit_json, table
from ..session import login, open_desk
from . import summary

QUEUE_COLUMNS = ["ref", "type", "status", "channel", "received", "due", "extended_due", "days_left",
                 "customer_no", "assigned_to"]


def register(sub, common) -> None:
    parser = sub.add_parser("request", help=summary("request"))
    actions = parser.add_subparsers(dest="request_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    new = actions.add_parser("new", parents=[common], help="register a request")
    new.add_argument("--type", required=True, choices=[t.value for t in RequestType])
    new.add_argument("--received", required=True, type=date_arg, metavar="DATE")
    new.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    new.add_argument("--customer", metavar="CUSTOMER_NO")
    new.add_argument("--requester", metavar="TEXT", help="the requester's name (and address) as given")
    new.add_argument("--requester-address", metavar="TEXT")
    new.add_argument("--signed", action="store_true", help="the letter is signed")
    new.add_argument("--identity", metavar="METHOD",
                     help="signature_address, known_email, id_copy or other:TEXT")
    new.add_argument("--scan", action="append", default=[], metavar="FILE",
                     help="the scanned letter (PDF, JPEG or PNG up to 20 MB); may be repeated")
    new.add_argument("--id-copy", action="append", default=[], metavar="FILE",
                     help="a copy of an ID document; deleted as soon as the identity check is recorded")
    new.set_defaults(handler=new_request)

    ls = actions.add_parser("list", parents=[common], help="the case queue, by due date")
    ls.add_argument("--open", action="store_true", dest="open_only")
    ls.add_argument("--overdue", action="store_true")
    ls.set_defaults(handler=list_requests)

    show = actions.add_parser("show", parents=[common], help="one request with its tasks")
    show.add_argument("ref")
    show.set_defaults(handler=show_request)

    attachment = actions.add_parser("attachment", parents=[common],
                                    help="save a request's attachment (a scanned letter) to a file; logged as a view")
    attachment.add_argument("ref")
    attachment.add_argument("id", metavar="ID", help="the attachment's number, as request show lists it")
    attachment.add_argument("--out", required=True, metavar="FILE")
    add_force(attachment)
    attachment.set_defaults(handler=save_attachment)

    close = actions.add_parser("close", parents=[common], help="complete a request with its outcome")
    close.add_argument("ref")
    close.add_argument("--outcome", required=True)
    close.set_defaults(handler=lambda a: _change(a, service.close, a.outcome))

    identity = actions.add_parser("identity", parents=[common], help="asking for proof; proof arrived")
    identity.add_argument("ref")
    which = identity.add_mutually_exclusive_group(required=True)
    which.add_argument("--asked", type=date_arg, metavar="DATE")
    which.add_argument("--received", type=date_arg, metavar="DATE")
    identity.add_argument("--method", metavar="METHOD",
                          help="with --received: how identity was checked (signature_address, known_email, "
                               "id_copy or other:TEXT); required, never assumed")
    identity.set_defaults(handler=identity_step)

    extend = actions.add_parser("extend", parents=[common], help="extend by two months (supervisor)")
    extend.add_argument("ref")
    extend.add_argument("--reason", required=True)
    extend.set_defaults(handler=lambda a: _change(a, service.extend, a.reason))

    refuse = actions.add_parser("refuse", parents=[common], help="refuse with reasons (supervisor)")
    refuse.add_argument("ref")
    refuse.add_argument("--reason", required=True)
    refuse.set_defaults(handler=lambda a: _change(a, service.refuse, a.reason))

    letter = actions.add_parser("letter", parents=[common],
                                help="a letter to the person as PDF, for a window envelope; recorded as sent")
    letter.add_argument("ref")
    letter.add_argument("--kind", required=True, choices=letter_texts.KINDS)
    letter.add_argument("--out", required=True, metavar="FILE.pdf")
    letter.add_argument("--reason", metavar="TEXT",
                        help="identity: why there is doubt; restriction-lift: why it is lifted")
    add_force(letter)
    letter.set_defaults(handler=write_letter)

    fee = actions.add_parser("fee", parents=[common], help="decide a fee for an extract (supervisor)")
    fee.add_argument("ref")
    fee.add_argument("--amount", required=True, metavar="KR")
    fee.add_argument("--reason", required=True, metavar="TEXT")
    fee.add_argument("--excessive", action="store_true",
                     help="record the request as manifestly unfounded or excessive (GDPR art. 12(5)); the "
                          "reasons go in --reason")
    fee.set_defaults(handler=_decide_fee)

    export = actions.add_parser("export", parents=[common], help="the whole register as CSV")
    export.add_argument("--out", required=True, metavar="FILE.csv")
    add_force(export)
    export.set_defaults(handler=export_register)

    task = sub.add_parser("task", help=summary("task"))
    task_actions = task.add_subparsers(dest="task_action", metavar="ACTION", required=True,
                                       parser_class=type(parser))
    tl = task_actions.add_parser("list", parents=[common], help="tasks")
    tl.add_argument("--open", action="store_true", dest="open_only")
    tl.add_argument("--request", metavar="REF")
    tl.set_defaults(handler=list_tasks)
    td = task_actions.add_parser("done", parents=[common], help="check a task off")
    td.add_argument("id")
    td.add_argument("--impossible", metavar="REASON", help="impossible or disproportionate, and why")
    td.set_defaults(handler=task_done)


def _read_scan(path: str, kind: str = "letter") -> tuple[str, bytes, str]:
    # a regular file only, read to at most 20 MB whatever its size claims (a FIFO or /dev/zero is refused)
    return Path(path).name, read_regular(path, limit=MAX_BYTES), kind


def new_request(args) -> int:
    scans = [_read_scan(p) for p in args.scan] + [_read_scan(p, "id_copy") for p in args.id_copy]
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = service.register_request(
        inv.desk, actor, type=args.type, channel=args.channel, received=args.received,
        customer_no=args.customer, requester_name=args.requester, requester_address=args.requester_address,
        signed=args.signed, identity=args.identity, attachments=scans)
    if args.json:
        emit_json(result)
    else:
        print(i18n.text("Registered {ref}: {type} by {channel}, due {due}.", ref=result["ref"],
                        type=result["type"], channel=result["channel"], due=result["due"].isoformat()))
        for warning in result["warnings"]:
            kind, _, other = warning.partition(":")
            if kind == "open_same_type":
                print(i18n.text("Note: the person already has an open request of this type: {ref}.", ref=other))
            elif kind == "address_differs":
                print(i18n.text("Note: the requester gave another address than the one on record: reasonable "
                                "doubt about identity, and the answer goes to the address on record."))
    return 0


def list_requests(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    rows = service.list_requests(inv.desk, actor, open_only=args.open_only, overdue_only=args.overdue)
    if args.json:
        emit_json(rows)
    elif rows:
        print(table(rows, QUEUE_COLUMNS))
    return 0


def show_request(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = service.get_request(inv.desk, actor, args.ref)
    if args.json:
        emit_json(result)
    else:
        for key, value in result.items():
            if key not in ("tasks", "attachments", "letters"):
                print(f"{key}: {value if value is not None else '-'}")
        if result["attachments"]:
            print(table(result["attachments"], ["id", "kind", "filename", "media_type", "size_bytes", "deleted"]))
        if result["tasks"]:
            print(table(result["tasks"], ["id", "kind", "description", "done_at", "impossible_reason"]))
        if result["letters"]:
            print(table(result["letters"], ["kind", "language", "sent_at", "sent_by"]))
    return 0


def identity_step(args) -> int:
    if args.asked:
        if args.method:
            raise UsageError("--method goes with --received, the day the proof arrived")
        return _change(args, service.ask_for_identity, args.asked)
    if not args.method:
        # the agent names how identity was checked; the desk never assumes it (docs/design.md "Signed letter
        # and identity")
        raise UsageError("--received needs --method signature_address|known_email|id_copy|other:TEXT")
    return _change(args, lambda desk, actor, ref, when: service.identity_received(desk, actor, ref, when,
                                                                                   args.method), args.received)


def _change(args, action, value) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = action(inv.desk, actor, args.ref, value)
    if args.json:
        emit_json(result)
    else:
        due = result["extended_due"] or result["due"]
        print(i18n.text("{ref}: {status}, due {due}.", ref=result["ref"], status=result["status"],
                        due=due.isoformat()))
    return 0


def export_register(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    text = service.export_register_csv(inv.desk, actor)
    _write(args, text)
    if args.json:
        emit_json({"out": args.out, "requests": text.count("\n") - 1})
    return 0


def write_letter(args) -> int:
    from ...services import letters

    inv = open_desk(args)
    actor = login(inv, args, required=True)
    lang = args.lang or i18n.language()
    # recorded as sent only once the file is there (docs/design.md section 7)
    sent = letters.send(inv.desk, actor, args.ref, args.kind, lang, reason=args.reason,
                        deliver=lambda pdf: _write(args, pdf))
    if args.json:
        emit_json({"out": args.out, "bytes": sent["bytes"], "ref": sent["ref"], "kind": sent["kind"],
                   "language": sent["language"], "sent_at": sent["sent_at"], "status": sent["status"]})
    else:
        print(i18n.text("Wrote the {kind} letter for {ref} to {file}; recorded as sent.", kind=args.kind,
                        ref=sent["ref"], file=args.out))
    return 0


def save_attachment(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    attachment = service.attachment_content(inv.desk, actor, args.ref, args.id)
    path = write_out(args.out, attachment["content"], force=args.force)
    if args.json:
        emit_json({"out": str(path), "filename": attachment["filename"], "media_type": attachment["media_type"],
                   "bytes": len(attachment["content"])})
    return 0


def _write(args, content: bytes | str) -> None:
    write_out(args.out, content, force=args.force)


def _decide_fee(args) -> int:
    from .extracts import decide_fee  # the fee belongs to the extract it is charged for

    return decide_fee(args)


def list_tasks(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    rows = service.list_tasks(inv.desk, actor, open_only=args.open_only, request_ref=args.request)
    if args.json:
        emit_json(rows)
    elif rows:
        print(table(rows, ["id", "request", "recipient", "description", "done_at", "impossible_reason"]))
    return 0


def task_done(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    result = service.complete_task(inv.desk, actor, args.id, args.impossible)
    if args.json:
        emit_json(result)
    else:
        print(i18n.text("Task {id} done.", id=result["id"]))
    return 0
