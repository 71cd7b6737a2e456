"""The Qt GUI: windows and dialogs loaded from ui/*.ui, talking only to services.

What every start needs that has no Qt in it (SQLAlchemy's engine, opening and checking the database) is
imported here, before PySide6: once PySide6 is loaded it looks into each module imported after it for its
`__feature__` switches, which made SQLAlchemy's import a quarter slower and the start a tenth."""

from ..services import context, database  # noqa: F401 - imported first on purpose
