"""One module per command group; each has `register(subparsers, common)` that sets `handler`."""

from . import (
    accounts,
    agent,
    audit,
    changes,
    db,
    demo,
    erasure,
    extracts,
    imports,
    objections,
    profile,
    rectify,
    requests,
    restrictions,
    retention,
    search,
    settings,
    show,
)

COMMANDS = [db, profile, demo, agent, settings, search, show, requests, rectify, audit, extracts, objections,
            restrictions, erasure, accounts,
            retention, imports, changes]
