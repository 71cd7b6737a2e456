"""Small wording and habits of the windows that an agent's day stumbles on: the program's name once in the
title, one full stop per sentence, a code's words in lower case inside a sentence, file dialogs that open in
the agent's folder, and the same name for the shared settings on both tabs (docs/design.md section 8)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from mnu_desk.gui.settings.settings_dialog import SettingsDialog
from mnu_desk.gui.widgets import folders
from mnu_desk.gui.widgets import formatting as fmt
from mnu_desk.services import requests

from .factories import add_person
from .test_gui_helpers import WAIT_MS, shown_main_window


def test_the_main_window_names_the_program_once_at_the_end(qtbot, desk, executor, swedish, make_agent):
    """Qt appends the program's name unless the title already ends with it: said once, at the end."""
    window = shown_main_window(qtbot, executor, desk, make_agent("anna"))
    title = window.ui.windowTitle()
    assert title.count("mnu-desk") == 1 and title.endswith("mnu-desk")
    assert "anna (handläggare)" in title


def test_the_deadline_is_one_sentence_with_one_full_stop(qtbot, desk, executor, swedish, make_agent):
    anna = make_agent("anna")
    add_person(desk)
    ref = requests.register_request(desk, anna, type="access", channel="letter", received=date.today(),
                                    customer_no="100001")["ref"]
    window = shown_main_window(qtbot, executor, desk, anna)
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    text = detail.ui.deadlineLabel.text()
    assert text.endswith("dagar kvar).") and ". (" not in text and text.count(".") == 1


def test_a_codes_words_inside_a_sentence_start_in_lower_case():
    assert fmt.mid_sentence("Marknadsföring per e-post") == "marknadsföring per e-post"
    assert fmt.mid_sentence("IP-adresser och användning") == "IP-adresser och användning"


def test_a_file_dialog_opens_in_the_last_folder_else_documents_never_the_programs_folder(tmp_path):
    first = folders.start_folder("test-scans")
    assert Path(first) != Path(os.getcwd()) and Path(first).is_dir()
    scan = tmp_path / "brev.pdf"
    scan.write_bytes(b"%PDF-1.4")
    folders.remember("test-scans", str(scan))
    assert folders.start_folder("test-scans") == str(tmp_path)


def test_this_computers_ledger_field_names_the_shared_setting_as_the_other_tab_does(qtbot, desk, executor, swedish,
                                                                                   admin):
    dialog = SettingsDialog(executor, desk, admin)
    qtbot.addWidget(dialog.ui)
    assert dialog.ui.localLedgerEdit.placeholderText() == "Tomt: inställningen för alla arbetsplatser"
    assert dialog.ui.tabs.tabText(0).startswith("För alla arbetsplatser")
