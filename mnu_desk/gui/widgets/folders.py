"""Where a file dialog opens: the folder the agent last used for that kind of file, else Documents (never
the program's own folder, which is where the process happened to start)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

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


def ask_save_pdf(parent: QWidget, kind: str, title: str, name: str, file_filter: str) -> Path | None:
    """A save dialog for a PDF the desk made, opening in the folder last used for `kind`; the chosen path
    (remembered for next time) with its .pdf ending, or None when the agent cancelled."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path(start_folder(kind)) / name), file_filter)
    if not path:
        return None
    remember(kind, path)
    return pdf_path(Path(path))


def pdf_path(path: Path) -> Path:
    """`path` ending in .pdf: a name typed without it gets it, so the file opens in a PDF reader."""
    return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
