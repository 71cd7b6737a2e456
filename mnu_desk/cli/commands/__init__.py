"""One module per command group; each has `register(subparsers, common)` that sets `handler`."""

from . import (
    accounts,
    agent,
    audit,
    db,
    demo,
    erasure,
    extracts,
    objections,
    profile,
    rectify,
    requests,
    restrictions,
    retention,
    search,
    show,
)

COMMANDS = [db, profile, demo, agent, search, show, requests, rectify, audit, extracts, objections,
            restrictions, erasure, accounts,
            retention]
