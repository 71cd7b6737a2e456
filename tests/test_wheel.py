"""The built wheel is a program that starts its windows (docs/design.md section 9): it carries ui/ and
resources/ (the forms, code tables, letters, register, icons and compiled translations) as package data. The
test builds the wheel, installs it into a fresh virtual environment (the dependencies borrowed from the test's
own environment, the project's source tree nowhere on the path) and starts the GUI offscreen from there."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from .test_gui_helpers import build_translations

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    build_translations()  # the .qm files are built, not kept in git; the wheel must carry them
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out), str(ROOT)],
                   check=True, capture_output=True, timeout=600)
    return next(out.glob("mnu_desk-*.whl"))


def test_the_wheel_carries_the_windows_and_the_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for form in (ROOT / "ui").glob("*.ui"):
        assert f"mnu_desk/_assets/ui/{form.name}" in names
    for needed in ("i18n/sv/codes.json", "i18n/sv/letters.json", "i18n/sv/messages.json", "i18n/en/extract.json", "processing_register.json", "translations/mnu_desk_sv.qm",
                   "icons/nu.m.MnuDesk.svg"):
        assert f"mnu_desk/_assets/resources/{needed}" in names


def test_the_installed_wheel_starts_its_first_window(wheel, tmp_path):
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(target)
    python = target / "bin" / "python"
    # the dependencies from this environment: its folder as a plain path line, so that its .pth files (an
    # editable install of the source tree among them) are not read
    site = subprocess.check_output([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                   text=True).strip()
    Path(site, "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH",)}
    env.update(QT_QPA_PLATFORM="offscreen", MNU_DESK_QUIT_AFTER_START="1", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring", MNU_DESK_LANG="sv")
    # without the source tree on the path, or pip would take the tree's own metadata for an installed copy
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)], check=True,
                   capture_output=True, timeout=300, env=env, cwd=tmp_path)
    found = subprocess.run([str(python), "-c", "import mnu_desk; print(mnu_desk.__file__)"], env=env,
                           cwd=tmp_path, text=True, capture_output=True)
    assert found.returncode == 0, found.stderr
    where = found.stdout.strip()
    assert where.startswith(str(target)), f"mnu_desk came from {where}, not the wheel"
    program, url = str(target / "bin" / "mnu-desk"), f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    upgraded = subprocess.run([program, "--db", url, "db", "upgrade"], env=env, cwd=tmp_path, capture_output=True,
                              text=True, timeout=120)  # the migrations ship in the wheel too
    assert upgraded.returncode == 0, upgraded.stderr
    started = subprocess.run([program, "--db", url], env=env, cwd=tmp_path, capture_output=True, text=True,
                             timeout=120)
    assert started.returncode == 0, started.stdout + started.stderr
    assert "shown: " in started.stdout and "mnu-desk" in started.stdout
