"""Every text of every window has its Swedish translation: the Swedish .ts file, brought up to date with the
sources as `make translations-update` does, holds no unfinished or empty entry (docs/design.md section 8: Swedish
by default)."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_window_text_has_a_swedish_translation(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(path) for pattern in ("mnu_desk/gui/**/*.py", "ui/*.ui")
                     for path in ROOT.glob(pattern))
    copy = tmp_path / "translations" / "mnu_desk_sv.ts"
    copy.parent.mkdir()
    shutil.copy(ROOT / "resources" / "translations" / "mnu_desk_sv.ts", copy)
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", *sources, "-ts", str(copy)], check=True,
                   capture_output=True)
    missing = []
    for context in ET.parse(copy).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
            if translation.get("type") == "unfinished" or not all(text and text.strip() for text in forms):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')}")
    assert not missing, "texts without a Swedish translation:\n" + "\n".join(missing)
