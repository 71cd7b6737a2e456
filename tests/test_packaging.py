"""The desktop integration files (packaging/linux) and the icon: one version everywhere, files the desktop's
own validators accept, and every icon size a menu, a task bar and a software centre ask for."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path

import pytest

from mnu_desk import __version__
from mnu_desk.cli.main import main
from mnu_desk.gui.app_icon import APP_ID, SIZES

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


def _validator(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it)")
    return path


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def test_metainfo_release_is_this_version(capsys):
    """One version: the package's, shown by --version and the About dialog, is the newest release."""
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__
    assert main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"mnu-desk {__version__}"


def test_desktop_file_starts_the_program_with_its_icon():
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"].split()[0] == "mnu-desk"
    assert section["Icon"] == APP_ID
    launchable = ET.parse(METAINFO).getroot().findtext("launchable")
    assert launchable == DESKTOP.name


def test_desktop_file_validates():
    result = subprocess.run([_validator("desktop-file-validate"), str(DESKTOP)], capture_output=True,
                            text=True)
    # the validator exits 0 also on hints; any output is a complaint worth fixing
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_validates():
    result = subprocess.run([_validator("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_icon_exists_in_every_size():
    assert (ICONS / f"{APP_ID}.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in SIZES:
        assert _png_size(ICONS / f"{APP_ID}-{size}.png") == (size, size)
    assert set(SIZES) >= {16, 32, 48, 64, 128, 256}
