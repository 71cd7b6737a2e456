"""`mnu-desk`: the GUI when called alone, else one command. Exit 0 on success, 1 on a refused action (one line
on stderr, nothing on stdout), 2 on a usage error.

Nothing heavy is imported before a command runs: `--version`, `--help` and a usage error need only argparse
and the table of command names (cli/commands/__init__.py); the command's own module (with the services,
SQLAlchemy, pyHanko...) is imported once argparse has chosen it, and the GUI's once no command is given."""

from __future__ import annotations

import argparse
import functools
import importlib
import sys

from .. import __version__, i18n
from ..domain.errors import DeskError
from .commands import COMMANDS
from .errors import EXIT_REFUSED, EXIT_USAGE, UsageError
from .output import safe_terminal

VERSION = f"mnu-desk {__version__}"


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse's own: usage errors exit 2 with one line
        sys.stderr.write(f"{self.prog}: " + message.replace("\n", "\\n") + "\n")
        raise SystemExit(EXIT_USAGE)


def _globals(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    """The global options, accepted before or after the subcommand. On subcommands they default to
    SUPPRESS so that a value given before the subcommand is not overwritten."""
    d = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument("--db", metavar="URL", help="SQLAlchemy database URL", **d)
    parser.add_argument("--profile", metavar="NAME", help="named connection profile", **d)
    parser.add_argument("--agent", metavar="NAME", help="act as this agent", **d)
    parser.add_argument("--json", action="store_true", help="machine-readable output", **d)
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help="language of messages (sv, en)", **d)


class _Chosen(Exception):
    """argparse reached a command whose module is not loaded yet."""

    def __init__(self, module: str) -> None:
        super().__init__(module)
        self.module = module


class _LazyCommands(argparse._SubParsersAction):  # the class add_subparsers(action=) extends
    """The COMMAND positional. A command listed only by its name and help line stops the parse with _Chosen;
    the caller then parses again with that command's module registered in full."""

    stubs: dict[str, str]

    def __call__(self, parser, namespace, values, option_string=None):
        if values[0] in self.stubs:
            raise _Chosen(self.stubs[values[0]])
        super().__call__(parser, namespace, values, option_string)


@functools.cache
def build_parser(module: str | None = None) -> argparse.ArgumentParser:
    """The parser with the commands of one module of cli/commands registered in full (none when None); every
    other command is its name and help line only, so that --help lists them all. Built once a process per
    module: parsing leaves the parser as it was, so a second main() in the same process (the tests) reuses it."""
    parser = _Parser(prog="mnu-desk", description="m.nu's support desk for privacy requests.")
    parser.add_argument("--version", action="version", version=VERSION)
    parser.add_argument("--demo", action="store_true", help="start the GUI on its own demo database")
    _globals(parser, suppress=False)
    parser.set_defaults(handler=None)
    common = _Parser(add_help=False)
    _globals(common, suppress=True)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND", action=_LazyCommands)
    sub.stubs = {}
    for name, (owner, helptext) in COMMANDS.items():
        if owner != module:
            sub.add_parser(name, help=helptext, add_help=False)
            sub.stubs[name] = owner
        elif name not in sub.choices:  # the module registers all its commands at the first of them
            importlib.import_module(f"{__package__}.commands.{module}").register(sub, common)
    return parser


def parse(argv: list[str]) -> argparse.Namespace:
    """argv parsed as the full parser would, importing only the chosen command's module."""
    try:
        return build_parser().parse_args(argv)
    except _Chosen as chosen:
        return build_parser(chosen.module).parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--version"]:  # the common case, without building a parser
        print(VERSION)
        return 0
    with safe_terminal():
        return _main(argv)


def _main(argv: list[str]) -> int:
    try:
        args = parse(argv)
    except SystemExit as exc:  # usage errors (2), --help and --version (0)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.lang:
        i18n.set_language(args.lang)
    if args.handler is None:
        from ..gui.app import run_gui  # imported late: the command line must not need a screen

        return run_gui(args)
    try:
        return _run(args)
    except UsageError as exc:
        _refusal(str(exc))
        return EXIT_USAGE
    except DeskError as exc:
        _refusal(i18n.message(exc))
        return EXIT_REFUSED
    except UnicodeEncodeError:
        # an argument made of bytes that are not UTF-8 reaches Python as lone surrogates, which no database
        # driver can send; a file name of such bytes is read fine, a name or a number to look up is not
        _refusal(i18n.text("A value on the command line is not valid text (bytes that are not UTF-8)."))
        return EXIT_REFUSED
    except Exception as exc:
        from sqlalchemy.exc import SQLAlchemyError  # loaded by then: every command's services use it

        if not isinstance(exc, SQLAlchemyError):
            raise
        # a database failure the services did not foresee: still one line, never a traceback
        sys.stderr.write(f"mnu-desk: {i18n.text('Database error: {error}', error=_one_line(exc))}\n")
        return EXIT_REFUSED
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        return 130


def _run(args) -> int:
    try:
        return args.handler(args) or 0
    finally:
        for desk in args.__dict__.pop("_opened", []):
            desk.dispose()


def _refusal(text: str) -> None:
    """One line on stderr, whatever the message quotes (a value with a line break in it)."""
    sys.stderr.write("mnu-desk: " + text.replace("\n", "\\n") + "\n")


def _one_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return " ".join(str(orig).split())[:300]


def run() -> None:
    raise SystemExit(main())
