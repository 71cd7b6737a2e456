"""One module per command group; each has `register(subparsers, common)` that sets `handler`."""

from . import agent, audit, db, demo, profile, search, show

COMMANDS = [db, profile, demo, agent, search, show, audit]
