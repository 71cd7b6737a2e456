"""`profile add NAME --url URL` and `profile list`."""

from __future__ import annotations

import sys

from ... import i18n
from ...db.engine import parse_url
from ...services import credentials, profiles
from ..output import emit_json, table
from ..session import add_plaintext_keyring_option, require_safe_keyring
from . import summary


def register(sub, common) -> None:
    parser = sub.add_parser("profile", help=summary("profile"))
    actions = parser.add_subparsers(dest="profile_action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    add = actions.add_parser("add", parents=[common], help="save a named connection profile")
    add.add_argument("name")
    add.add_argument("--url", required=True, help="postgresql+psycopg://user@host/db or mysql+pymysql://...")
    add_plaintext_keyring_option(add)
    add.set_defaults(handler=add_profile)
    ls = actions.add_parser("list", parents=[common], help="the saved profiles")
    ls.set_defaults(handler=list_profiles)


def add_profile(args) -> int:
    if parse_url(args.url).password:  # checked before anything is saved
        require_safe_keyring(args, "MNU_DESK_DB_PASSWORD")
    profile, secure = profiles.add_profile(args.name, args.url)
    if not secure:
        sys.stderr.write("mnu-desk: " + i18n.text(
            "The password is stored unencrypted in the keyring {backend}, as --allow-plaintext-keyring asked.",
            backend=credentials.backend_name()) + "\n")
    if args.json:
        emit_json({"name": profile.name, "url": profile.url, "backend": profile.backend})
    else:
        print(i18n.text("Saved profile {name}: {url}", name=profile.name, url=profile.url))
    return 0


def list_profiles(args) -> int:
    rows = [{"name": p.name, "backend": p.backend, "url": p.url} for p in profiles.list_profiles()]
    if args.json:
        emit_json(rows)
    elif rows:
        print(table(rows, ["name", "backend", "url"]))
    return 0
