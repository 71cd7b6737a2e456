"""One module per command group; each has `register(subparsers, common)` that sets `handler`."""

from . import agent, audit, db, demo, profile, rectify, requests, search, show

COMMANDS = [db, profile, demo, agent, search, show, requests, rectify, audit]
