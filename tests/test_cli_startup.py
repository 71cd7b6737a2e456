"""What the command line loads before a command runs: `--version`, `--help` and a usage error must not import
the services, the database layer, Qt or the PDF libraries (issue "Speed near the floor": `mnu-desk --version`
within 0.1 s). Each case runs in its own process, where sys.modules shows what was imported; the timing itself
is in tests/bench."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from mnu_desk.cli.commands import COMMANDS
from mnu_desk.cli.main import build_parser, main

HEAVY = ("sqlalchemy", "PySide6", "pyhanko", "reportlab", "fontTools", "holidays", "alembic", "argon2", "keyring",
         "mnu_desk.services", "mnu_desk.db", "mnu_desk.gui", "mnu_desk.extract")

PROBE = """
import json, sys
from mnu_desk.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def _loaded(*argv: str) -> tuple[int, str, list[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    printed, _, last = done.stdout.rstrip("\n").rpartition("\n")
    result = json.loads(last)
    return result["code"], printed + done.stderr, result["modules"]


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["--lang", "en", "--help"], ["no-such-command"]],
                         ids=["version", "help", "lang-help", "usage-error"])
def test_the_command_line_answers_without_loading_the_desk(argv):
    code, output, modules = _loaded(*argv)
    assert code == (2 if argv == ["no-such-command"] else 0), output
    assert _heavy(modules) == []
    # not even one command's module: they are listed from the table of names
    assert [m for m in modules if m.startswith("mnu_desk.cli.commands.")] == []


def test_help_lists_every_command_with_its_help_line():
    code, output, _ = _loaded("--help")
    assert code == 0
    lines = output.splitlines()
    commands = lines[lines.index("  COMMAND") + 1:lines.index("options:") - 1]
    listed = [line.split(None, 1) for line in commands]
    assert [(name, text.strip()) for name, text in listed] == [(n, h) for n, (_, h) in COMMANDS.items()]


def test_a_command_loads_only_its_own_module():
    code, output, modules = _loaded("search", "--help")
    assert code == 0 and "--limit" in output
    assert [m for m in modules if m.startswith("mnu_desk.cli.commands.")] == ["mnu_desk.cli.commands.search"]
    assert "pyhanko" not in modules and "PySide6" not in modules


@pytest.mark.parametrize("module", sorted({m for m, _ in COMMANDS.values()}))
def test_the_table_of_commands_says_what_each_module_registers(module):
    """The top-level help with one module registered in full is the help from the table alone: the same names,
    in the same order, with the same help lines."""
    assert build_parser(module).format_help() == build_parser().format_help()


def test_a_command_still_runs_through_its_module(capsys):
    assert main(["request", "new"]) == 2  # the module's own arguments: --type and the rest are required
    assert "required" in capsys.readouterr().err
