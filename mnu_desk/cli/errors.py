"""Exit codes of the command-line contract."""

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A malformed command line: exit 2 with the message."""
