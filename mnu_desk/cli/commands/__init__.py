"""One module per command group; each has `register(subparsers, common)` that sets `handler`.

The top-level commands' names and help lines live here, in the order `--help` lists them, with the module that
registers each: the command line imports a command's module (and through it the services, SQLAlchemy,
pyHanko...) only when that command runs, so that `--version` and `--help` start at once."""

# command: (module in this package, help line)
COMMANDS: dict[str, tuple[str, str]] = {
    "db": ("db", "database schema"),
    "profile": ("profile", "connection profiles for a shared server"),
    "demo": ("demo", "load demo customers"),
    "agent": ("agent", "the desk's agents"),
    "settings": ("settings", "the shop's settings, shared by every desk (admin)"),
    "search": ("search", "find people"),
    "show": ("show", "everything held on one person"),
    "request": ("requests", "the case register"),
    "task": ("requests", "follow-up tasks of requests"),
    "rectify": ("rectify", "correct or complete a person's data"),
    "statement": ("rectify", "completion by the person's supplementary statement"),
    "audit": ("audit", "the audit log"),
    "extract": ("extracts", "signed register extracts"),
    "keys": ("extracts", "the signing key (admin)"),
    "objection": ("objections", "objections to marketing"),
    "marketing": ("objections", "the newsletter audience"),
    "suppression": ("objections", "hashes for ad partners to suppress"),
    "restriction": ("restrictions", "set or lift a restriction"),
    "hold": ("restrictions", "set or lift a legal hold"),
    "erase": ("erasure", "erasure: preview, execute, replay after a restore"),
    "account": ("accounts", "customer accounts"),
    "retention": ("retention", "the retention job"),
    "import": ("imports", "import a file from the shop (CSV or JSON Lines)"),
    "changes": ("changes", "the change feed for the shop"),
}


def summary(command: str) -> str:
    """The help line `--help` shows for a top-level command."""
    return COMMANDS[command][1]
