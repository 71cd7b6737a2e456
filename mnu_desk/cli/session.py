"""What a command runs against: the database chosen by --db, --profile or the local default file, and the
agent it acts as (--agent, with the password from MNU_DESK_PASSWORD or a prompt)."""

from __future__ import annotations

import getpass
import os
import sys
from dataclasses import dataclass

from ..db.engine import parse_url
from ..domain.errors import ValidationFailed
from ..paths import default_database_path
from ..services import agents, credentials, database, profiles
from ..services.context import Actor, Desk
from .errors import UsageError


@dataclass
class Invocation:
    desk: Desk
    actor: Actor | None
    is_local_default: bool


def database_url(args) -> tuple[str, str | None, bool]:
    """(url, password, is_local_default) from the global options."""
    if args.db and args.profile:
        raise UsageError("--db and --profile cannot be used together")
    if args.db:
        parse_url(args.db)  # a bad URL is refused before anything else
        return args.db, os.environ.get("MNU_DESK_DB_PASSWORD"), False
    if args.profile:
        profile = profiles.get_profile(args.profile)
        password = profiles.profile_password(profile.name)
        if password is None and profile.backend != "sqlite" and _interactive():
            password = getpass.getpass(f"Database password for profile {profile.name}: ") or None
        return profile.url, password, False
    path = default_database_path()
    return f"sqlite:///{path}", None, True


def open_desk(args, *, check_schema: bool = True) -> Invocation:
    url, password, local = database_url(args)
    own_login = database.agent_login_url(url, args.agent) if getattr(args, "agent", None) else None
    if own_login is not None:
        # a desk's profile names no user: the agent's own database log-in is the connection's, and the
        # server checks its password (docs/design.md "Who the database trusts")
        url, password = own_login, agent_password(args)
    # the embedded file is created and migrated on first use (docs/design.md section 5)
    desk = database.open_desk(url, password, embedded=local, check_schema=check_schema)
    # closed when the command ends (cli.main): an agent's own log-in leaves no session on the server
    args.__dict__.setdefault("_opened", []).append(desk)
    return Invocation(desk, None, local)


def login(inv: Invocation, args, *, required: bool) -> Actor | None:
    if not args.agent:
        if required:
            raise UsageError("this command acts as an agent: give --agent NAME")
        return None
    inv.actor = agents.authenticate(inv.desk, args.agent, agent_password(args))
    return inv.actor


def add_plaintext_keyring_option(parser) -> None:
    parser.add_argument("--allow-plaintext-keyring", action="store_true",
                        help="store the secret even where the only keyring is an unencrypted file")


def require_safe_keyring(args, variable: str) -> None:
    """Where the only keyring is a plain file, a secret goes there only when --allow-plaintext-keyring says
    so (docs/design.md section 6: the desk asks before storing a secret in an insecure keyring)."""
    if not credentials.is_secure() and not getattr(args, "allow_plaintext_keyring", False):
        raise ValidationFailed(
            "Only an insecure keyring ({backend}) is available: the secret would be stored unencrypted. Give "
            "--allow-plaintext-keyring to store it there anyway, or use {variable} instead.",
            backend=credentials.backend_name(), variable=variable)


def agent_password(args) -> str:
    """The acting agent's password, asked once per command."""
    if getattr(args, "_agent_password", None) is None:
        password = os.environ.get("MNU_DESK_PASSWORD")
        if password is None:
            if not _interactive():
                raise UsageError("no password: set MNU_DESK_PASSWORD or run in a terminal")
            password = getpass.getpass(f"Password for {args.agent}: ")
        args._agent_password = password
    return args._agent_password


def new_password(prompt_for: str, *, own_as_default: bool = True) -> str:
    """A new agent's password: MNU_DESK_NEW_PASSWORD, else (for `agent add`) MNU_DESK_PASSWORD, else a prompt.
    A password change never falls back to MNU_DESK_PASSWORD: that is the acting agent's current one."""
    password = os.environ.get("MNU_DESK_NEW_PASSWORD") or \
        (os.environ.get("MNU_DESK_PASSWORD") if own_as_default else None)
    if password is not None:
        return password
    if not _interactive():
        raise UsageError("no password for the new agent: set MNU_DESK_NEW_PASSWORD or run in a terminal")
    first = getpass.getpass(f"New password for {prompt_for}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise UsageError("the two passwords differ")
    return first


def _interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()
