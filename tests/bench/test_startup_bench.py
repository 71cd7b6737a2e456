"""Start-up and memory (docs/design.md section 9): `mnu-desk --version` beside `python -c pass`; the time from
starting `mnu-desk` to its log-in window on the screen and the memory the desk holds then, beside a bare
PySide6 program showing one window; and the memory after a search in the main window. Each floor is measured
in the same run. Targets (issue "Speed near the floor"): --version within 0.1 s, the log-in window within
0.6 s and 150 MiB. All run as their own processes, offscreen, so that nothing already imported flatters them.

The log-in window shows before its database is open (gui/app.py): the desk says "shown:" when the window is on
the screen and "ready:" when the database is open too and Log in can be pressed, and the bench reads the time
of each line as it arrives (the bare window says "shown:" the same way); the time to the process's end and
the peak memory include opening the database."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, bench_desk, percentile, report

RUNS = 7
REPO = Path(__file__).resolve().parents[2]

BARE_WINDOW = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(800, 600); window.show()
def done():
    print("shown:", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()
QTimer.singleShot(0, done)
app.exec()
"""

AFTER_SEARCH = """
import resource, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from mnu_desk.domain.roles import Role
from mnu_desk.gui import language
from mnu_desk.gui.widgets.executor import Executor
from mnu_desk.gui.main_window import MainWindow
from mnu_desk.gui.shutdown import release_windows
from mnu_desk.services.context import Actor, Desk
app = QApplication(sys.argv[:1])
language.install("sv")
executor = Executor(app)
desk = Desk.open(sys.argv[1])
window = MainWindow(executor, desk, Actor(0, "bench", Role.AGENT), "bench")
window.show()
window.ui.searchEdit.setText("ander")
def check():
    if window.search.searching or not window.status_text():
        QTimer.singleShot(20, check)
        return
    print("rows:", window.search.model.rowCount(), "rss:", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()
QTimer.singleShot(20, check)
app.exec()
executor.shutdown(10_000)
release_windows(app)
desk.dispose()
"""


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    # an installed program starts from compiled modules: let the first run write them, as pip would have
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
               PYTHONPATH=str(REPO), MNU_DESK_QUIT_AFTER_START="1")
    return env


# what the `mnu-desk` console script runs (pyproject.toml), without runpy's cost of `-m`
SCRIPT = "from mnu_desk.cli.main import run; run()"
# runs a command as its only child and prints the child's peak resident memory (KiB on Linux)
PEAK = """
import resource, subprocess, sys
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
sys.stdout.write(done.stdout)
sys.stderr.write(done.stderr)
print("peak_kib:", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
sys.exit(done.returncode)
"""


def _timed(command: list[str], env: dict[str, str], expect: str = "shown:") -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0 and expect in done.stdout, done.stdout + done.stderr
    return elapsed, done.stdout


def _peak_kib(command: list[str], env: dict[str, str], expect: str = "shown:") -> int:
    out = _timed([sys.executable, "-c", PEAK, *command], env, expect)[1]
    return int(out.split("peak_kib:")[1].split()[0])


def _lines_timed(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from the start of `command` to each line's arrival, by the line's first word ("shown", "ready"),
    and to the process's end ("exit")."""
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen, out = {}, []
    for line in process.stdout:
        seen.setdefault(line.split(":")[0], time.perf_counter() - start)
        out.append(line)
    errors = process.stderr.read()
    assert process.wait(timeout=120) == 0, "".join(out) + errors
    seen["exit"] = time.perf_counter() - start
    return seen


def _alternating(desk: tuple[list[str], str], floor: tuple[list[str], str], env: dict[str, str]) -> tuple[list, list]:
    """RUNS timings of each (command, what it prints), taken in turn so that a busy moment on the machine
    falls on both alike."""
    desk_times, floor_times = [], []
    _timed(desk[0], env, desk[1])  # not counted: writes the compiled modules an installed program has
    for _ in range(RUNS):
        desk_times.append(_timed(desk[0], env, desk[1])[0])
        floor_times.append(_timed(floor[0], env, floor[1])[0])
    return desk_times, floor_times


@pytest.mark.bench
def test_version_beside_python_doing_nothing(tmp_path):
    env = _env(tmp_path)
    desk_times, floor_times = _alternating(([sys.executable, "-c", SCRIPT, "--version"], "mnu-desk"),
                                           ([sys.executable, "-c", "pass"], ""), env)
    desk, floor = percentile(desk_times, 50), percentile(floor_times, 50)
    report({"bench": "version", "runs": RUNS, "p50_s": round(desk, 3), "max_s": round(max(desk_times), 3),
            "floor_python_pass_p50_s": round(floor, 3), "ratio": round(desk / floor, 2), "target_s": 0.1,
            "load": os.getloadavg()[0]})


@pytest.mark.bench
def test_start_to_the_log_in_window_beside_a_bare_window(tmp_path):
    """A desk with an agent, so that the log-in window (not the first-run wizard) is what comes up."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    env = _env(tmp_path)
    setup = dict(env, MNU_DESK_NEW_PASSWORD="bench-password-1")
    for args in (["db", "upgrade"], ["agent", "add", "boss", "--role", "admin"]):
        subprocess.run([sys.executable, "-c", SCRIPT, "--db", url, *args], env=setup, check=True,
                       capture_output=True, timeout=120)
    desk_command = [sys.executable, "-c", SCRIPT, "--db", url, "--lang", "sv"]
    bare_command = [sys.executable, "-c", BARE_WINDOW]
    assert "shown: Logga in" in _timed(desk_command, env, "ready: Logga in")[1]  # writes the compiled modules
    desk_runs, floor_runs = [], []
    for _ in range(RUNS):  # in turn, so that a busy moment on the machine falls on both alike
        desk_runs.append(_lines_timed(desk_command, env))
        floor_runs.append(_lines_timed(bare_command, env))

    def p50(runs, key):
        return percentile([run[key] for run in runs], 50)

    desk, floor = p50(desk_runs, "shown"), p50(floor_runs, "shown")
    report({"bench": "start_to_login_window", "runs": RUNS, "p50_s": round(desk, 3),
            "max_s": round(max(run["shown"] for run in desk_runs), 3), "floor_bare_window_p50_s": round(floor, 3),
            "ratio": round(desk / floor, 2), "target_s": 0.6, "load": os.getloadavg()[0]})
    report({"bench": "start_to_login_ready", "runs": RUNS, "database_open_p50_s": round(p50(desk_runs, "ready"), 3),
            "process_end_p50_s": round(p50(desk_runs, "exit"), 3),
            "floor_bare_window_process_end_p50_s": round(p50(floor_runs, "exit"), 3)})
    desk_kib = _peak_kib(desk_command, env, "ready: Logga in")
    floor_kib = _peak_kib(bare_command, env)
    report({"bench": "memory_at_login_window", "peak_rss_mib": round(desk_kib / 1024, 1),
            "floor_bare_window_mib": round(floor_kib / 1024, 1), "ratio": round(desk_kib / floor_kib, 2),
            "target_mib": 150})


@pytest.mark.bench
def test_memory_after_a_search_beside_a_bare_window(tmp_path):
    desk = bench_desk("sqlite://", 1_000)
    url = desk.engine.url.render_as_string(hide_password=False)
    desk.dispose()
    env = _env(tmp_path)
    env.pop("MNU_DESK_QUIT_AFTER_START")
    done = subprocess.run([sys.executable, "-c", AFTER_SEARCH, url], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and "rss:" in done.stdout, done.stdout + done.stderr
    rss_kb = int(done.stdout.split("rss:")[1].split()[0])
    floor_kb = int(_timed([sys.executable, "-c", BARE_WINDOW], env)[1].split("shown:")[1].split()[0])
    rows = int(done.stdout.split("rows:")[1].split()[0])
    report({"bench": "memory_after_search", "customers": 1_000, "rows_shown": rows, "rss_mb": round(rss_kb / 1024, 1),
            "floor_bare_window_mb": round(floor_kb / 1024, 1), "ratio": round(rss_kb / floor_kb, 2),
            "results_dir": str(ROOT)})
