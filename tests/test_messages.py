"""Every text a person reads has its Swedish kept (Swedish is the default language): every message a service or
command can show, and every part of the catalogues in resources/i18n/<lang>/ (codes, letters, the extract)."""

import ast
import json
import re
from pathlib import Path

import pytest

from mnu_desk import i18n
from mnu_desk.paths import asset

SWEDISH = i18n.catalogue("sv", "messages")

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


def _leaves(value, path=()):
    """Every text of a catalogue part with where it sits (the keys and list places leading to it)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))
    else:
        yield path, value


def _parts() -> list[str]:
    return sorted(path.stem for path in asset("resources", "i18n", "en").glob("*.json"))


def test_both_languages_have_the_same_catalogue_parts():
    """One catalogue per language: English holds no part Swedish lacks, and Swedish holds the messages besides."""
    folder = asset("resources", "i18n")
    english = {path.name for path in (folder / "en").glob("*.json")}
    swedish = {path.name for path in (folder / "sv").glob("*.json")}
    assert english and swedish == english | {"messages.json"}


@pytest.mark.parametrize("part", _parts())
def test_every_catalogue_text_has_its_swedish_with_its_placeholders(part):
    """Codes, letters and the extract's document: every English text has a Swedish text at the same place,
    not empty, with the same {placeholders}; and Swedish has nothing English lacks."""
    english = dict(_leaves(json.loads(asset("resources", "i18n", "en", f"{part}.json").read_text("utf-8"))))
    swedish = dict(_leaves(json.loads(asset("resources", "i18n", "sv", f"{part}.json").read_text("utf-8"))))
    assert sorted(map(str, set(english) ^ set(swedish))) == []
    for where, text in english.items():
        kept = swedish[where]
        assert isinstance(kept, str) == isinstance(text, str), where
        if isinstance(text, str):
            assert kept.strip(), where
            assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", kept)), where


def test_no_second_home_for_the_words():
    """The former homes of the words (a Swedish module beside the package, code and letter folders of their
    own) stay gone: a text added there would never be read."""
    package = Path(__file__).resolve().parents[1] / "mnu_desk"
    assert not (package / "messages_sv.py").exists()
    assert not (package / "codes.py").exists() and not (package / "letter_texts.py").exists()
    assert not asset("resources", "codes").exists() and not asset("resources", "letters").exists()
