"""Start-up and memory (docs/design.md section 9): the time from starting `mnu-desk` to its log-in window on
the screen, and the memory of the desk after a search in the main window, each beside its floor measured in
the same run — a bare PySide6 program showing one window. Target (issue "Speed near the floor"): a 0.6 s
start. Both run as their own processes, offscreen, so that nothing already imported flatters them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import ROOT, bench_desk, percentile, report

RUNS = 5
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
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(home), XDG_CONFIG_HOME=str(home / "config"),
               XDG_DATA_HOME=str(home / "data"), PYTHON_KEYRING_BACKEND="keyrings.alt.file.PlaintextKeyring",
               PYTHONPATH=str(REPO), MNU_DESK_QUIT_AFTER_START="1")
    return env


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0 and "shown:" in done.stdout, done.stdout + done.stderr
    return elapsed, done.stdout


@pytest.mark.bench
def test_start_to_the_log_in_window_beside_a_bare_window(tmp_path):
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    env = _env(tmp_path)
    subprocess.run([sys.executable, "-m", "mnu_desk", "--db", url, "db", "upgrade"], env=env, check=True,
                   capture_output=True, timeout=120)
    desk_times = [_timed([sys.executable, "-m", "mnu_desk", "--db", url, "--lang", "sv"], env)[0]
                  for _ in range(RUNS)]
    floor_times = [_timed([sys.executable, "-c", BARE_WINDOW], env)[0] for _ in range(RUNS)]
    desk, floor = percentile(desk_times, 50), percentile(floor_times, 50)
    report({"bench": "start_to_login_window", "runs": RUNS, "p50_s": round(desk, 3),
            "max_s": round(max(desk_times), 3), "floor_bare_window_p50_s": round(floor, 3),
            "ratio": round(desk / floor, 2), "load": os.getloadavg()[0]})


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
