"""The save dialog of the extract and letter windows (mnu_desk/gui/widgets/folders.py): the folder last used
for that kind of file, the .pdf ending added to a name typed without it, nothing chosen when cancelled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from mnu_desk.gui.widgets import folders


def test_a_name_without_pdf_gets_it_and_the_folder_is_remembered(qtbot, monkeypatch, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    asked = {}

    def chosen(_parent, title, start, file_filter):
        asked.update(title=title, start=start, file_filter=file_filter)
        return str(tmp_path / "svar"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chosen))
    path = folders.ask_save_pdf(parent, "letters", "Spara brevet", "R-1-fee.pdf", "PDF-filer (*.pdf)")
    assert path == tmp_path / "svar.pdf"
    assert asked["title"] == "Spara brevet" and Path(asked["start"]).name == "R-1-fee.pdf"
    assert folders.start_folder("letters") == str(tmp_path)
    assert folders.pdf_path(Path("brev.PDF")) == Path("brev.PDF")


def test_a_cancelled_dialog_chooses_nothing_and_remembers_nothing(qtbot, monkeypatch, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    before = folders.start_folder("extracts")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args: ("", "")))
    assert folders.ask_save_pdf(parent, "extracts", "Spara", "x.pdf", "PDF (*.pdf)") is None
    assert folders.start_folder("extracts") == before
