"""Every message a service or command can show has its Swedish text (Swedish is the default language)."""

import ast
from pathlib import Path

from mnu_desk.messages_sv import SWEDISH

ROOT = Path(__file__).resolve().parents[1] / "mnu_desk"
ERRORS = {"DeskError", "ValidationFailed", "PermissionDenied", "NotFound", "Conflict", "AuthenticationFailed",
          "AgentLocked", "DatabaseUnavailable", "SchemaBehind"}


def _templates():
    for path in ROOT.rglob("*.py"):
        if "gui" in path.parts:
            continue  # windows are translated by Qt's .ts files
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            first = node.args[0]
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            is_text = isinstance(func, ast.Attribute) and func.attr == "text" and \
                isinstance(func.value, ast.Name) and func.value.id == "i18n"
            if name in ERRORS or is_text:
                yield path.relative_to(ROOT), first.value


def test_every_message_template_has_a_swedish_text():
    missing = sorted({f"{path}: {template}" for path, template in _templates() if template not in SWEDISH})
    assert missing == []


def test_swedish_texts_keep_the_placeholders():
    import re

    for english, swedish in SWEDISH.items():
        assert set(re.findall(r"{(\w+)}", english)) == set(re.findall(r"{(\w+)}", swedish)), english
