"""The extract's parts (docs/design.md "The extract as a document", section 2): a service reads the content
(services/extract_content.py); `extract/` only draws what it is handed and reaches neither the database nor
the services, so the document can be made and tested from plain data."""

from __future__ import annotations

import ast
from pathlib import Path

import mnu_desk

EXTRACT = Path(mnu_desk.__file__).parent / "extract"
FORBIDDEN = ("services", "db")


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            names += [base] + [f"{base}.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
    return names


def test_the_document_imports_neither_services_nor_the_database():
    offenders = []
    for path in sorted(EXTRACT.glob("*.py")):
        for name in _imports(path):
            parts = [p for p in name.replace("mnu_desk.", "..", 1).split(".") if p]
            if name.startswith("..") or name.startswith("mnu_desk."):
                if parts and parts[0] in FORBIDDEN:
                    offenders.append(f"{path.name}: {name}")
    assert offenders == []
