"""Letters from the request window (docs/design.md "Letters the desk sends", "Sending a letter", "Letter"): each
kind chosen, previewed from the PDF the service made, printed at 100 % so the address stays in the envelope
window, and only then recorded as sent and listed with the request. Real widgets, real PDFs."""

from __future__ import annotations

import io
from datetime import date

import pdfplumber
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from mnu_desk.domain.letters import EnvelopeWindow
from mnu_desk.gui.extract.pdf_printing import a4_printer
from mnu_desk.i18n.letters import KINDS
from mnu_desk.services import requests

from .factories import add_person
from .test_gui_extract import _ink_box
from .test_gui_helpers import WAIT_MS, shown_main_window
from .test_letters import window_lines


@pytest.fixture
def office(desk, make_agent):
    add_person(desk, street="Storgatan 12", postal_code="111 22", city="Stockholm")
    return make_agent("anna")


@pytest.fixture
def window(qtbot, desk, executor, swedish, office):
    return shown_main_window(qtbot, executor, desk, office)


def open_letter(qtbot, window, ref):
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    assert detail.ui.letterButton.isEnabled() and "Brev skickade: inga" in detail.ui.lettersLabel.text()
    detail.ui.letterButton.click()
    return detail, detail.letter_dialog


def settled(dialog) -> bool:
    return not dialog._busy


def test_every_kind_is_offered_and_a_refused_one_says_why(qtbot, window, desk, office):
    ref = requests.register_request(desk, office, type="access", channel="letter", received=date.today(),
                                    customer_no="100001")["ref"]
    detail, dialog = open_letter(qtbot, window, ref)
    ui = dialog.ui
    assert [ui.kindCombo.itemData(i) for i in range(ui.kindCombo.count())] == list(KINDS)
    assert all(ui.kindCombo.itemText(i) for i in range(ui.kindCombo.count()))
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("fee"))
    qtbot.waitUntil(lambda: settled(dialog) and "avgift" in ui.messageLabel.text(), timeout=WAIT_MS)
    assert not ui.printButton.isEnabled() and not ui.saveButton.isEnabled()
    assert not ui.reasonEdit.isEnabled()
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("identity"))
    assert ui.reasonEdit.isEnabled()
    qtbot.waitUntil(lambda: settled(dialog) and "tvivel" in ui.messageLabel.text(), timeout=WAIT_MS)


def test_the_identity_letter_previewed_printed_at_100_percent_and_recorded(qtbot, window, desk, office, tmp_path):
    ref = requests.register_request(desk, office, type="access", channel="letter", received=date.today(),
                                    customer_no="100001")["ref"]
    detail, dialog = open_letter(qtbot, window, ref)
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(ui.kindCombo.findData("identity"))
    qtbot.waitUntil(lambda: settled(dialog) and "tvivel" in ui.messageLabel.text(), timeout=WAIT_MS)
    ui.reasonEdit.setText("Underskriften saknas i brevet.")
    qtbot.keyClick(ui.reasonEdit, Qt.Key.Key_Return)  # Enter previews again
    qtbot.waitUntil(lambda: settled(dialog) and dialog.pdf_bytes is not None, timeout=WAIT_MS)
    assert dialog.pdf.document.pageCount() == 1 and ui.printButton.isEnabled()
    with pdfplumber.open(io.BytesIO(dialog.pdf_bytes)) as shown:
        assert "Underskriften saknas i brevet." in shown.pages[0].extract_text()
    assert requests.get_request(desk, office, ref)["letters"] == []  # a preview records nothing

    printer = a4_printer(ref)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    with qtbot.waitSignal(dialog.sent, timeout=WAIT_MS):
        assert dialog.print_to(printer) == 1
    assert "Registrerat som skickat" in ui.messageLabel.text()
    # printed at 100 %: the printed page is an image, so its ink in the window is compared with the letter's
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    size = printed.pagePointSize(0)
    assert abs(size.width() - 595.3) < 1 and abs(size.height() - 841.9) < 1
    pixels = QSize(round(size.width()), round(size.height()))
    w, mm = EnvelopeWindow(), 72 / 25.4
    box = (round(w.left_mm * mm), round(w.top_mm * mm), round((w.left_mm + w.width_mm) * mm),
           round((w.top_mm + w.height_mm) * mm))
    expected, got = _ink_box(dialog.pdf.document.render(0, pixels), *box), _ink_box(printed.render(0, pixels), *box)
    assert expected is not None and got is not None
    assert all(abs(a - b) <= 2 for a, b in zip(expected, got, strict=True)), (expected, got)
    assert window_lines(dialog.pdf_bytes)[1:] == ["Åsa Östberg", "Storgatan 12", "111 22 STOCKHOLM"]

    shown = requests.get_request(desk, office, ref)
    assert shown["identity_asked_on"] == date.today() and [s["kind"] for s in shown["letters"]] == ["identity"]
    qtbot.waitUntil(lambda: "Begäran om identitetsbevis (art. 12.6) (sv" in detail.ui.lettersLabel.text(),
                    timeout=WAIT_MS)


def test_the_no_data_letter_saved_as_pdf_closes_the_request(qtbot, window, desk, office, tmp_path):
    ref = requests.register_request(desk, office, type="access", channel="letter", received=date.today(),
                                    requester_name="Nils Nilsson", requester_address="Lillgatan 4\n222 33 Lund")["ref"]
    detail, dialog = open_letter(qtbot, window, ref)
    ui = dialog.ui
    assert ui.kindCombo.currentData() == "no-data"  # no customer matched: the likely answer
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    qtbot.waitUntil(lambda: settled(dialog) and dialog.pdf_bytes is not None, timeout=WAIT_MS)
    with qtbot.waitSignal(dialog.sent, timeout=WAIT_MS):
        assert dialog.save_to(tmp_path / "svar")
    saved = tmp_path / "svar.pdf"
    assert saved.read_bytes() == dialog.pdf_bytes and (saved.stat().st_mode & 0o777) == 0o600
    shown = requests.get_request(desk, office, ref)
    assert shown["status"] == "completed" and [(s["kind"], s["language"]) for s in shown["letters"]] == \
        [("no-data", "en")]
