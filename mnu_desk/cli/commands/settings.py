"""`settings show` and `settings set KEY VALUE...`: the shop's settings every desk shares, for an admin
(docs/design.md section 7). A list setting (company_address, company_contact, envelope_window_mm) takes one
VALUE a line; the others exactly one VALUE."""

from __future__ import annotations

from ... import i18n
from ...services import settings as service
from ..output import emit_json, plain
from ..session import login, open_desk
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("settings", help=summary("settings"))
    actions = parser.add_subparsers(dest="settings_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    show = actions.add_parser("show", parents=[common], help="every setting with its value")
    show.set_defaults(handler=show_settings)
    change = actions.add_parser("set", parents=[common],
                                help="change one setting; a list setting takes one VALUE a line")
    change.add_argument("key", metavar="KEY")
    change.add_argument("values", nargs="*", metavar="VALUE")
    change.set_defaults(handler=set_setting)


def show_settings(args) -> int:
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    values = service.current(inv.desk, actor)
    if args.json:
        emit_json(values)
        return 0
    for key, value in values.items():
        if service.takes_lines(key) and value:
            print(f"{key}:")
            for line in value:
                print(f"  {plain(line)}")
        else:
            print(f"{key}: {plain(value) if value != [] else '-'}")
    if not values.get("company_address"):
        print(i18n.text("Note: the company's postal address is empty; no letter or extract can be made until an "
                        "admin sets it (settings set company_address LINE...)."))
    return 0


def set_setting(args) -> int:
    value = service.value_from_words(args.key, args.values)  # an unknown key is refused before logging in
    inv = open_desk(args)
    actor = login(inv, args, required=True)
    changed = service.change_many(inv.desk, actor, {args.key: value})
    stored = service.current(inv.desk, actor)[args.key]
    if args.json:
        emit_json({"key": args.key, "value": stored, "changed": bool(changed)})
    elif changed:
        print(i18n.text("Setting {key} changed.", key=args.key))
    else:
        print(i18n.text("Setting {key} already had that value.", key=args.key))
    return 0
