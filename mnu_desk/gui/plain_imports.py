"""The database's modules imported as they were before the log-in window came first: as if PySide6 were not
loaded.

PySide6 replaces Python's import with a hook that serves its opt-in `from __feature__ import` switches: for
every module imported after PySide6 it reads the module's whole source (inspect.getsource, then kept in
linecache) to see whether it names PySide6. Imported that way, SQLAlchemy and the services took a third more
time and held 12 MiB more. Nothing in them uses PySide6, and the desk uses no `__feature__` switch, so while
the worker loads them the hook is set aside: they are imported as modules loaded before PySide6 are. A module
the GUI thread imports meanwhile is likewise left without a feature entry, which is what every module of the
desk has in effect (none selects a feature)."""

from __future__ import annotations

import builtins
import importlib
import threading
from contextlib import contextmanager

from ..db.url_parts import SUPPORTED
from . import PLAIN_IMPORT

_lock = threading.Lock()


@contextmanager
def plain_imports():
    with _lock:
        hooked = builtins.__import__
        builtins.__import__ = PLAIN_IMPORT
        try:
            yield
        finally:
            builtins.__import__ = hooked


def load_database_modules(backend: str, *also: str) -> None:
    """What opening a database imports: SQLAlchemy with the engine, the services that open and check a
    database, the backend's dialect and driver, and the modules named in `also`."""
    with plain_imports():
        import sqlalchemy

        from ..services import database  # noqa: F401 - loaded for its imports

        dialect = sqlalchemy.engine.make_url(f"{SUPPORTED[backend]}://").get_dialect()
        dialect.import_dbapi()
        for name in also:
            importlib.import_module(name)
