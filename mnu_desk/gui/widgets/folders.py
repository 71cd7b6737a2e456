"""Where a file dialog opens: the folder the agent last used for that kind of file, else Documents (never
the program's own folder, which is where the process happened to start)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from ..language import settings


def start_folder(kind: str) -> str:
    remembered = settings().value(f"folders/{kind}", "")
    if remembered and Path(str(remembered)).is_dir():
        return str(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def remember(kind: str, chosen_file: str) -> None:
    if chosen_file:
        settings().setValue(f"folders/{kind}", str(Path(chosen_file).parent))
