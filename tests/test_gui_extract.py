"""The register extract in the windows an agent uses (issue "Signed register extract", item 7; policy 9.3.1;
GDPR art. 15): from the request, preview the PDF inside the app, issue and sign it, print it at 100 % so the
address sits in the envelope's window, and save the signed file byte for byte. Real widgets, real PDFs."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import select

from mnu_desk.db.models import Request
from mnu_desk.domain.errors import PermissionDenied
from mnu_desk.domain.letters import EnvelopeWindow
from mnu_desk.gui.extract.pdf_printing import a4_printer
from mnu_desk.services import credentials, extracts, keys, requests, settings, token

from .factories import add_person
from .softhsm import make_token
from .test_gui_helpers import WAIT_MS, shown_main_window

PASS = "hemlig-lösenfras-1"


@pytest.fixture
def office(desk, admin, make_agent):
    add_person(desk, street="Storgatan 12", order_no="7000001", ip="2001:db8::1")
    keys.init_self_signed(desk, admin, PASS)
    return make_agent("anna")


@pytest.fixture
def window(qtbot, desk, executor, swedish, office):
    return shown_main_window(qtbot, executor, desk, office)


def _access(desk, agent, customer="100001") -> str:
    return requests.register_request(desk, agent, type="access", channel="letter", received=date.today(),
                                     customer_no=customer, signed=True)["ref"]


def open_extract(qtbot, window, ref):
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    assert detail.ui.extractButton.isVisible() and detail.ui.extractButton.isEnabled()
    detail.ui.extractButton.click()
    dialog = detail.extract_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.ui.messageLabel.styleSheet().startswith("color: #b3"),
                    timeout=WAIT_MS)
    return detail, dialog


def answer(qtbot, dialog, button) -> None:
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=WAIT_MS)
    dialog.question.button(button).click()


def issue(qtbot, dialog) -> None:
    dialog.ui.issueButton.click()
    answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT_MS)


def test_preview_issue_print_and_save_from_the_request(qtbot, window, desk, office, tmp_path):
    """Policy 9.3.1: from a registered letter, preview, issue, sign, print and save in a few clicks."""
    ref = _access(desk, office)
    detail, dialog = open_extract(qtbot, window, ref)
    assert dialog.document.pageCount() == dialog.preview.pages >= 2
    assert "i tid" in dialog.ui.factsLabel.text()
    assert not dialog.ui.printButton.isEnabled() and not dialog.ui.saveButton.isEnabled()

    issue(qtbot, dialog)
    result = dialog.result
    assert result.on_time and "i tid" in dialog.ui.messageLabel.text()
    assert result.verification_code in dialog.ui.messageLabel.text()
    assert dialog.document.pageCount() == result.pages
    assert not dialog.ui.issueButton.isEnabled() and dialog.ui.printButton.isEnabled()
    assert extracts.verify_file(desk, result.pdf)["request"] == ref
    # the request is closed with the outcome, and the request window says so
    assert requests.get_request(desk, office, ref)["status"] == "completed"
    qtbot.waitUntil(lambda: "Registerutdrag utfärdat (i tid)" in detail.ui.outcomeValue.text(), timeout=WAIT_MS)

    # after issuing the window says what is true now: issued, in the past tense
    assert dialog.ui.factsLabel.text() == "Utfärdat i dag: svaret gavs i tid."
    saved = tmp_path / "utdrag"
    assert dialog.save_to(saved)
    assert result.verification_code in dialog.ui.messageLabel.text() and "avslutat" in dialog.ui.messageLabel.text()
    assert (tmp_path / "utdrag.pdf").read_bytes() == result.pdf
    # the person's data: private files, as `extract issue` writes them
    assert (tmp_path / "utdrag.pdf").stat().st_mode & 0o777 == 0o600
    if shutil.which("pdfsig"):
        check = subprocess.run(["pdfsig", str(tmp_path / "utdrag.pdf")], capture_output=True, text=True)
        assert "Signature is Valid" in check.stdout and "Total document signed" in check.stdout
    dialog.close()
    qtbot.waitUntil(lambda: detail.extract_dialog is None, timeout=WAIT_MS)


def _on_white(image) -> QImage:
    """QtPdf renders on a transparent background; paper is white."""
    page = QImage(image.size(), QImage.Format.Format_RGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    return page


def _ink_box(image, left, top, right, bottom):
    """The bounding box of dark pixels inside a rectangle of an image (pixels)."""
    image = _on_white(image)
    xs, ys = [], []
    for y in range(top, bottom):
        for x in range(left, right):
            if QColor(image.pixel(x, y)).lightness() < 128:
                xs.append(x)
                ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def test_printing_keeps_the_page_at_100_percent_so_the_address_stays_in_the_window(qtbot, window, desk, office,
                                                                                   tmp_path):
    """docs/design.md "Letter": QPrinter.setFullPage(True), no fit-to-page."""
    ref = _access(desk, office)
    _detail, dialog = open_extract(qtbot, window, ref)
    issue(qtbot, dialog)
    printer = a4_printer(ref)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_to(printer) == dialog.result.pages
    assert dialog.handed_out

    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == dialog.result.pages
    size = printed.pagePointSize(0)
    assert abs(size.width() - 595.3) < 1 and abs(size.height() - 841.9) < 1  # A4, not shrunk
    dpi = 72
    pixels = QSize(round(size.width()), round(size.height()))
    original = dialog.document.render(0, pixels)
    on_paper = printed.render(0, pixels)
    w = EnvelopeWindow()
    mm = dpi / 25.4
    box = (round(w.left_mm * mm), round(w.top_mm * mm), round((w.left_mm + w.width_mm) * mm),
           round((w.top_mm + w.height_mm) * mm))
    expected, got = _ink_box(original, *box), _ink_box(on_paper, *box)
    assert expected is not None, "the address is in the window of the issued PDF"
    # the address block: lines of text, not a window full of ink
    assert 25 * mm < expected[2] - expected[0] < 80 * mm and 10 * mm < expected[3] - expected[1] < 35 * mm, expected
    assert got is not None and all(abs(a - b) <= 2 for a, b in zip(expected, got, strict=True)), (expected, got)


def test_closing_before_printing_or_saving_asks_first(qtbot, window, desk, office, tmp_path):
    ref = _access(desk, office)
    _detail, dialog = open_extract(qtbot, window, ref)
    issue(qtbot, dialog)
    dialog.close()
    # the request is closed already: the warning does not offer to issue again, it says what is lost
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=WAIT_MS)
    assert "utfärdas igen" not in dialog.question.text() and ref in dialog.question.text()
    answer(qtbot, dialog, QMessageBox.StandardButton.Cancel)
    assert dialog.ui.isVisible() and dialog.result is not None
    assert dialog.save_to(tmp_path / "x.pdf")
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.ui.isVisible(), timeout=WAIT_MS)


def test_without_a_stored_passphrase_the_agent_types_it_and_a_wrong_one_issues_nothing(qtbot, window, desk,
                                                                                         office):
    """Issue item 3 / bad input: a wrong passphrase gives a clear message and no file handed out as signed."""
    credentials.delete(keys.keyring_account(desk))
    ref = _access(desk, office)
    _detail, dialog = open_extract(qtbot, window, ref)
    assert not dialog.preview.passphrase_known
    dialog.ui.issueButton.click()
    answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is not None, timeout=WAIT_MS)
    dialog.passphrase_dialog.setTextValue("fel-lösenfras")
    dialog.passphrase_dialog.accept()
    qtbot.waitUntil(lambda: "lösenfras" in dialog.ui.messageLabel.text(), timeout=WAIT_MS)
    assert dialog.result is None and not dialog.ui.printButton.isEnabled()
    assert requests.get_request(desk, office, ref)["status"] != "completed"

    dialog.ui.issueButton.click()
    answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is not None, timeout=WAIT_MS)
    dialog.passphrase_dialog.setTextValue(PASS)
    dialog.passphrase_dialog.accept()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT_MS)
    dialog.handed_out = True  # nothing to print in a test


def test_on_a_token_the_agent_types_the_tokens_pin(qtbot, window, desk, admin, office, tmp_path, monkeypatch):
    """docs/design.md "Signing key": a desk set up with `keys token` asks for the token's PIN, not a passphrase,
    and the extract is signed on the token."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # this computer's token, for this test
    hsm = make_token(tmp_path / "hsm", monkeypatch)
    keys.set_up_token(desk, admin, hsm.module, hsm.label, hsm.key_label, hsm.pin)
    credentials.delete(token.pin_account(hsm.label))
    ref = _access(desk, office)
    _detail, dialog = open_extract(qtbot, window, ref)
    assert dialog.preview.on_token and not dialog.preview.passphrase_known
    dialog.ui.issueButton.click()
    answer(qtbot, dialog, QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is not None, timeout=WAIT_MS)
    assert "PIN" in dialog.passphrase_dialog.labelText()
    dialog.passphrase_dialog.setTextValue(hsm.pin)
    dialog.passphrase_dialog.accept()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=WAIT_MS)
    dialog.handed_out = True  # nothing to print in a test
    assert extracts.verify_file(desk, dialog.result.pdf)["request"] == ref


def test_without_a_signing_key_the_preview_says_so_and_nothing_can_be_issued(qtbot, desk, executor, swedish,
                                                                              admin, make_agent):
    add_person(desk)
    anna = make_agent("anna")
    window = shown_main_window(qtbot, executor, desk, anna)
    ref = _access(desk, anna)
    _detail, dialog = open_extract(qtbot, window, ref)
    assert dialog.document.pageCount() > 0
    assert "signeringsnyckel" in dialog.ui.messageLabel.text()
    assert not dialog.ui.issueButton.isEnabled()


def test_a_repeat_is_flagged_and_an_agent_cannot_issue_it(qtbot, window, desk, office):
    """docs/design.md "Fees and repeats": flagged, never silently charged; a supervisor decides. The agent's
    Issue button is disabled and says who may (docs/design.md "Roles in the window"); the service refuses too."""
    extracts.issue_extract(desk, office, _access(desk, office), passphrase=PASS)
    ref = _access(desk, office)
    _detail, dialog = open_extract(qtbot, window, ref)
    assert "upprepad" in dialog.ui.factsLabel.text().lower()
    issue_attempt = dialog.ui.issueButton
    assert not issue_attempt.isEnabled()
    assert "(handläggare)" in issue_attempt.toolTip() and "arbetsledare" in issue_attempt.toolTip()
    issue_attempt.click()
    assert dialog.question is None and dialog.result is None
    with pytest.raises(PermissionDenied):
        extracts.issue_extract(desk, office, ref, passphrase=PASS)


def test_a_supervisor_records_a_fee_with_its_reason_and_the_preview_shows_it(qtbot, desk, executor, swedish, admin,
                                                                             office, make_agent):
    """docs/design.md "Fees and repeats" (GDPR art. 12(5), 15(3)): a fee is a supervisor's decision with a recorded
    reason; the settings' fee for a further copy is the suggested amount."""
    settings.change(desk, admin, "further_copy_fee", "150,00")
    extracts.issue_extract(desk, office, _access(desk, office), passphrase=PASS)
    ref = _access(desk, office)
    sven = make_agent("sven", "supervisor")
    window = shown_main_window(qtbot, executor, desk, sven)
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    assert detail.ui.feeButton.isVisible()
    detail.ui.feeButton.click()
    step = detail.step_dialog
    assert step.ui.noteEdit.text() == "150,00" and not step.ui.noteEdit.isEnabled()  # "free" comes first
    step.ui.choiceCombo.setCurrentIndex(step.ui.choiceCombo.findData("fee"))
    step.ui.textEdit.setPlainText("tredje kopian i år; personen fick besked om avgiften den 3 maj")
    step.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: detail.step_dialog is None or not detail.step_dialog.ui.isVisible(), timeout=WAIT_MS)
    with desk.read() as session:
        decided = session.scalar(select(Request).where(Request.ref == ref))
        assert (str(decided.fee), decided.decision_reason.startswith("tredje")) == ("150.00", True)
    detail.ui.extractButton.click()
    dialog = detail.extract_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    assert "150,00 kr" in dialog.ui.factsLabel.text()


def test_an_agent_cannot_open_the_fee_decision(qtbot, window, desk, office):
    ref = _access(desk, office)
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    assert not detail.ui.feeButton.isEnabled() and "får inte besluta" in detail.ui.feeButton.toolTip()
    detail.ui.feeButton.click()
    assert detail.step_dialog is None



def test_a_supervisor_records_an_excessive_request_with_a_fee(qtbot, desk, executor, swedish, admin, office,
                                                              make_agent):
    """docs/design.md "Fees and repeats" (GDPR art. 12(5)): on a first request a fee only when the supervisor
    records it as manifestly unfounded or excessive; a plain fee on it is refused in words, nothing saved."""
    settings.change(desk, admin, "further_copy_fee", "150,00")
    ref = _access(desk, office)
    window = shown_main_window(qtbot, executor, desk, make_agent("sven", "supervisor"))
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.request is not None, timeout=WAIT_MS)
    detail.ui.feeButton.click()
    step = detail.step_dialog
    step.ui.choiceCombo.setCurrentIndex(step.ui.choiceCombo.findData("fee"))
    step.ui.textEdit.setPlainText("kopia")
    step.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: "kostnadsfritt" in step.ui.messageLabel.text(), timeout=WAIT_MS)
    step.ui.choiceCombo.setCurrentIndex(step.ui.choiceCombo.findData("excessive"))
    assert step.ui.noteEdit.isEnabled()
    step.ui.textEdit.setPlainText("tionde begäran denna månad")
    step.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: detail.step_dialog is None or not detail.step_dialog.ui.isVisible(), timeout=WAIT_MS)
    with desk.read() as session:
        decided = session.scalar(select(Request).where(Request.ref == ref))
        assert (str(decided.fee), decided.fee_excessive) == ("150.00", True)


def test_ctrl_s_after_issuing_saves_the_signed_file(qtbot, window, desk, office, tmp_path, monkeypatch):
    """After issuing, the window offers saving: Ctrl+S opens the save dialog without a click in the window
    first, also under a real X server without a window manager (run under xvfb-run with QT_QPA_PLATFORM=xcb):
    the extract window is the active one when the question about issuing has closed."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QFileDialog

    asked = []

    def chosen(_parent, _title, _start, file_filter):
        asked.append(_parent)
        return str(tmp_path / "utdrag"), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(chosen))
    ref = _access(desk, office)
    _detail, dialog = open_extract(qtbot, window, ref)
    issue(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog.ui, timeout=WAIT_MS)
    qtbot.keyClick(QApplication.focusWidget() or dialog.ui, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [dialog.ui]
    assert (tmp_path / "utdrag.pdf").read_bytes() == dialog.result.pdf
    assert "Sparat:" in dialog.ui.messageLabel.text()
    dialog.close()
