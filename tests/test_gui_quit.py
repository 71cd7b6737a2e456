"""Quitting from the main window ends the process with exit code 0 (docs/design.md "Quitting"; docs/design.md
section 9): the real program is started as its own process (tests/drivers/quit_from_main_window.py), a person's
record, a request's extract preview and the About box are opened, and Arkiv → Avsluta is chosen. A crash on
quit happens after the event loop, so only the process's exit code shows it; it showed under a real X server
where offscreen did not, so the test runs under both."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DRIVER = ROOT / "tests" / "drivers" / "quit_from_main_window.py"
CUSTOMERS = "40"


def _environment(home: Path, platform: str | None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("MNU_DESK_")}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
               PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
               PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
               PYTHONFAULTHANDLER="1")
    env.pop("QT_QPA_PLATFORM", None)
    if platform:
        env["QT_QPA_PLATFORM"] = platform
    return env


def _quit(command: list[str], home: Path, platform: str | None) -> subprocess.CompletedProcess:
    result = subprocess.run(command, env=_environment(home, platform), capture_output=True, text=True,
                            timeout=240, cwd=home)
    steps = [line for line in result.stdout.splitlines() if line.startswith("driver:")]
    assert "driver: quit done" in steps, f"the driver did not reach the quit:\n{result.stdout}\n{result.stderr}"
    assert result.returncode == 0, (f"exit code {result.returncode} after quitting from the main window\n"
                                    f"{result.stdout}\n{result.stderr[-3000:]}")
    return result


def test_quit_from_the_main_window_with_a_record_an_extract_and_a_dialog_open_exits_0_offscreen(tmp_path):
    _quit([sys.executable, str(DRIVER), CUSTOMERS], tmp_path, "offscreen")


def test_quit_from_the_main_window_exits_0_under_a_real_x_server(tmp_path):
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        pytest.fail("xvfb-run is missing: packaging/system-packages.sh test installs it (make test does)")
    _quit([xvfb, "-a", "-s", "-screen 0 1366x768x24", sys.executable, str(DRIVER), CUSTOMERS], tmp_path, None)
