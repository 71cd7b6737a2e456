"""The README is the newcomer's first page (docs/design.md section 8): it names the screens as the Swedish
window shows them, with the English in brackets, and lists the system libraries `make run` installs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_names_the_screens_in_swedish_with_the_english_in_brackets():
    for swedish, english in (("Rätta uppgifter…", "Correct data"), ("Registrera ett ärende…", "Register a request"),
                             ("Registerutdrag…", "Register extract"), ("Utfärda och signera…", "Issue and sign"),
                             ("Brev…", "Letter"), ("Kund", "Customer"), ("Kontrollera", "Check")):
        assert re.search(rf"\*{re.escape(swedish)}\* \({re.escape(english)}", README), swedish
    assert "*Ärendekö*" in README and "*Översikt, Köp, Aktivitet" in README


def test_the_readme_lists_every_library_make_run_installs():
    script = (ROOT / "packaging" / "system-packages.sh").read_text(encoding="utf-8")
    listed = re.search(r"want=\((.*?)\)", script, re.S).group(1).split()
    for package in listed:
        assert package in README, package
