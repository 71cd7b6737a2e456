"""The demo database behind `mnu-desk --demo`: its own SQLite file with generated customers and three agents
whose log-ins the log-in dialog shows, so anyone can try the desk without touching real data.

No Qt here: this runs on the executor's worker, reporting progress and polling for a cancel. The services it
uses (the signing key's pyHanko among them, and SQLAlchemy) are imported when a demo is opened, not by every
start: the log-in window lists the demo log-ins before the demo database is open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import DeskError

if TYPE_CHECKING:
    from ..services.context import Actor, Desk

DEMO_CUSTOMERS = 3000
DEMO_SEED = 1
# the demo's self-signed trial key; its passphrase is kept in the keyring under the demo database's own id
DEMO_KEY_PASSPHRASE = "demo-signing-key"
# the demo company's postal address: no letter or extract is made without one (docs/design.md section 4)
DEMO_COMPANY_ADDRESS = ["Exempelgatan 1", "123 45 Exempelstad"]


@dataclass(frozen=True)
class DemoLogin:
    name: str
    role: str
    password: str


# The first one must be the admin: only the first agent of a database needs no one to add it.
DEMO_LOGINS = (
    DemoLogin("admin", "admin", "demo-admin"),
    DemoLogin("anna", "agent", "demo-anna"),
    DemoLogin("sven", "supervisor", "demo-sven"),
)


class DemoCancelled(Exception):
    """The agent stopped the generation; the half-made file was removed."""


def prepare_demo_database(path: Path, customers: int = DEMO_CUSTOMERS,
                          progress: Callable[[int, int], None] | None = None,
                          cancel: Callable[[], bool] | None = None) -> Desk:
    """The demo database at `path`, made if it is missing or unfinished. Agents are created last, so a file
    without them is one whose generation was interrupted: it is thrown away and made again rather than
    topped up with a second, overlapping set of customers."""
    from ..services import agents, database
    from ..services import settings as shop_settings
    from ..services.context import Desk

    path = Path(path)
    if path.exists() and path.stat().st_size > 0:
        desk = Desk.open(f"sqlite:///{path}")
        try:
            if database.revision(desk) is not None:
                database.upgrade(desk)
                if agents.agent_count(desk) > 0:
                    _complete_older_demo(desk)
                    return desk
        except BaseException:
            desk.dispose()
            raise
        desk.dispose()
    _remove(path)
    desk = Desk.open(f"sqlite:///{path}")
    try:
        database.upgrade(desk)
        from ..services.demo import load_demo  # Faker loads only when demo data is made

        summary = load_demo(desk, None, customers, seed=DEMO_SEED, progress=progress, cancel=cancel)
        if getattr(summary, "cancelled", False) or (cancel is not None and cancel()):
            raise DemoCancelled()
        admin = None
        for login in DEMO_LOGINS:
            actor = agents.add_agent(desk, admin, login.name, login.role, login.password)
            admin = admin or actor
        _add_signing_key(desk, admin)
        shop_settings.change(desk, admin, "company_address", DEMO_COMPANY_ADDRESS)
        from ..services.demo_requests import add_demo_requests

        add_demo_requests(desk, admin)  # the queue shows open, due-soon, overdue and closed requests
        return desk
    except BaseException:
        desk.dispose()
        _remove(path)
        raise


def _complete_older_demo(desk: Desk) -> None:
    """A demo file made by an earlier version gets what the desk now needs: a signing key (extracts are
    signed) and the company's postal address (letters need it)."""
    from ..services import agents, keys
    from ..services import settings as shop_settings

    missing_key = keys.active_key_info(desk) is None
    missing_address = not shop_settings.load(desk).company_address
    if not (missing_key or missing_address):
        return
    admin = agents.authenticate(desk, DEMO_LOGINS[0].name, DEMO_LOGINS[0].password)
    if missing_key:
        _add_signing_key(desk, admin)
    if missing_address:
        shop_settings.change(desk, admin, "company_address", DEMO_COMPANY_ADDRESS)


def _add_signing_key(desk: Desk, admin: Actor) -> None:
    from ..services import keys

    try:
        keys.init_self_signed(desk, admin, DEMO_KEY_PASSPHRASE)
    except DeskError:
        pass  # the key is stored but the keyring refused the passphrase: the extract dialog asks for it


def _remove(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        candidate.unlink(missing_ok=True)
