"""The database's modules load on the worker with Python's own import, not through PySide6's hook, which reads
the source of every module imported after PySide6 and keeps it (gui/plain_imports.py). Run in a process of
its own that starts as `mnu-desk` does, the GUI package before PySide6: in the test process pytest-qt has
loaded PySide6 first."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import builtins, linecache, sys
import mnu_desk.gui
from PySide6.QtWidgets import QApplication
from mnu_desk.gui.plain_imports import load_database_modules
hooked = builtins.__import__
assert hooked is not mnu_desk.gui.PLAIN_IMPORT, "PySide6 replaced the import"
load_database_modules("sqlite")
assert builtins.__import__ is hooked, "the hook is back"
assert "mnu_desk.services.database" in sys.modules and "sqlite3" in sys.modules
read = [name for name in linecache.cache if name.endswith(".py") and ("sqlalchemy" in name or "services" in name)]
print("sources read:", len(read))
"""


def test_the_database_modules_load_without_pyside_reading_their_source():
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert "sources read: 0" in done.stdout
