"""The Qt GUI: windows and dialogs loaded from ui/*.ui, talking only to services.

The log-in window comes up with PySide6 and its own modules alone: SQLAlchemy, the services and the database
are loaded and opened on the worker once the window is on the screen (gui/startup.py). Modules a window
needs only for its types import services under TYPE_CHECKING."""

import builtins

# Python's own import, kept before PySide6 replaces it with its hook (gui/plain_imports.py)
PLAIN_IMPORT = builtins.__import__
