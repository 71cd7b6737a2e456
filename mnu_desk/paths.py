"""Where the desk keeps its files: the user's data and config folders (platformdirs), and the bundled
assets (ui/, resources/) in the source tree, an installed package or a frozen build alike."""

from __future__ import annotations

import sys
from pathlib import Path

from platformdirs import user_config_path, user_data_path

APP = "mnu-desk"


def data_dir() -> Path:
    return user_data_path(APP, appauthor=False)


def config_dir() -> Path:
    return user_config_path(APP, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "desk.sqlite3"


def demo_database_path() -> Path:
    return data_dir() / "demo.sqlite3"


def asset(*parts: str) -> Path:
    """A bundled file: from PyInstaller's folder when frozen, else from the project tree beside the
    package, else from the package's own copy."""
    roots = []
    if getattr(sys, "frozen", False) and hasattr(sys, "_MEIPASS"):
        roots.append(Path(sys._MEIPASS))
    package = Path(__file__).resolve().parent
    roots += [package.parent, package / "_assets"]
    for root in roots:
        candidate = root.joinpath(*parts)
        if candidate.exists():
            return candidate
    return roots[0].joinpath(*parts)
