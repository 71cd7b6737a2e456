"""Every document the code, the tests and the README cite is in the repository, and every section or named
paragraph of docs/design.md they cite exists there: a newcomer can follow each reference."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DESIGN = ROOT / "docs" / "design.md"
SCANNED = [ROOT / "mnu_desk", ROOT / "tests", ROOT / "docs", ROOT / "packaging", ROOT / "README.md"]
SUFFIXES = {".py", ".md", ".ui", ".json", ".sh", ".spec", ".toml"}

# "docs/design.md section 4", "docs/design.md sections 4 and 7", "docs/design.md sections 4-6", then an
# optional paragraph name in quotes: docs/design.md section 4 ("Letter") or docs/design.md "Letter"
CITATION = re.compile(r'docs/design\.md(?P<sections>(?:\s*,?\s*(?:sections?|§)\s*[\d\s,\-–and]+)?)'
                      r'(?P<names>(?:[\s(,;]*"[^"\n]{2,60}")*)')
NAMES = re.compile(r'"([^"\n]{2,60})"')
NUMBERS = re.compile(r"\d+")


def _texts():
    for base in SCANNED:
        files = [base] if base.is_file() else [p for p in base.rglob("*") if p.suffix in SUFFIXES]
        for path in files:
            if path.resolve() == Path(__file__).resolve():
                continue
            yield path, path.read_text(encoding="utf-8", errors="replace")


def _design_sections_and_names():
    text = DESIGN.read_text(encoding="utf-8")
    sections = {int(m) for m in re.findall(r"^## (\d+)\.", text, flags=re.M)}
    names = set(re.findall(r"\*\*([^*]+?)\*\*", text)) | set(re.findall(r"^#+ (?:\d+\. )?(.+)$", text, flags=re.M))
    return sections, {n.strip().rstrip(":").strip() for n in names}


def test_no_citation_of_a_design_document_outside_the_repository():
    offenders = []
    for path, text in _texts():
        for line_no, line in enumerate(text.splitlines(), 1):
            # the design document outside the repository, by file name or bare ("DESIGN section 6")
            if re.search(r"(?<!\w)DESIGN(\.md|\b)", line):
                offenders.append(f"{path.relative_to(ROOT)}:{line_no}: {line.strip()[:100]}")
    assert not offenders, "cites a design document that is not in the repository:\n" + "\n".join(offenders)


def test_every_cited_section_and_paragraph_of_the_design_exists():
    sections, names = _design_sections_and_names()
    missing = []
    for path, text in _texts():
        for match in CITATION.finditer(text):
            for number in NUMBERS.findall(match.group("sections")):
                if int(number) not in sections:
                    missing.append(f"{path.relative_to(ROOT)}: section {number}")
            for name in NAMES.findall(match.group("names")):
                if name not in names:
                    missing.append(f"{path.relative_to(ROOT)}: \"{name}\"")
    assert not missing, "cited but not in docs/design.md:\n" + "\n".join(missing)


def test_no_document_named_alone_is_missing():
    """A document named without its folder (an upper-case NAME.md) is one at the repository's top or in docs/;
    any other is outside the repository and a newcomer cannot follow it."""
    missing = []
    for path, text in _texts():
        for match in re.finditer(r"(?<![\w./-])([A-Z][A-Z_-]+\.md)\b", text):
            if not (ROOT / match.group(1)).exists() and not (ROOT / "docs" / match.group(1)).exists():
                missing.append(f"{path.relative_to(ROOT)}: {match.group(1)}")
    assert not missing, "\n".join(missing)


def test_every_markdown_document_cited_by_path_exists():
    missing = []
    for path, text in _texts():
        for match in re.finditer(r"(?<![\w./-])((?:docs|resources|packaging)/[\w./-]+\.md)", text):
            if not (ROOT / match.group(1)).exists():
                missing.append(f"{path.relative_to(ROOT)}: {match.group(1)}")
    assert not missing, "\n".join(missing)
