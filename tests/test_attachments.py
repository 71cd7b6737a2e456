"""A scanned letter can be opened and saved once attached (policy 9.3; docs/design.md section 8): from the
request window it opens inside the desk (a PDF in QtPdf, an image in a viewer) and is saved with Save as…;
`request attachment REF ID --out FILE` saves it from the command line, 0600 and whole. Every opening is an
audit entry ("Bilaga öppnad"), as opening a record is (GDPR art. 5(2))."""

from __future__ import annotations

import io
import json
import stat
from datetime import date

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog
from reportlab.pdfgen import canvas
from sqlalchemy import select

from mnu_desk.db.models import AuditEntry
from mnu_desk.domain.errors import NotFound, ValidationFailed
from mnu_desk.services import requests

from .conftest import TEST_PASSWORD
from .factories import add_person
from .test_cli import run_cli
from .test_gui_helpers import WAIT_MS, shown_main_window


def _pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 720, "Jag begär ett registerutdrag. Åsa Östberg")
    page.showPage()
    page.save()
    return out.getvalue()


def _png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def _views(desk, ref: str) -> int:
    with desk.read() as session:
        return len(session.scalars(select(AuditEntry.seq).where(
            AuditEntry.action == "attachment_viewed", AuditEntry.request_ref == ref)).all())


@pytest.fixture
def case(desk, make_agent):
    anna = make_agent("anna")
    add_person(desk)
    request = requests.register_request(desk, anna, type="access", channel="letter", received=date.today(),
                                        customer_no="100001", signed=True,
                                        attachments=[("brev.pdf", _pdf(), "letter"), ("kuvert.png", _png(), "other")])
    return anna, request["ref"]


def test_the_scan_opens_in_the_desk_and_saves_as_a_file_and_each_opening_is_logged(qtbot, desk, executor, swedish,
                                                                                   case, tmp_path, monkeypatch):
    anna, ref = case
    window = shown_main_window(qtbot, executor, desk, anna)
    detail = window.cases.open_request(ref)
    qtbot.waitUntil(lambda: detail.attachments.rowCount() == 2, timeout=WAIT_MS)
    view = detail.ui.attachmentsView
    view.selectRow(0)
    assert detail.ui.openAttachmentButton.isEnabled() and detail.ui.saveAttachmentButton.isEnabled()
    detail.ui.openAttachmentButton.click()
    qtbot.waitUntil(lambda: detail.viewer is not None and detail.viewer.isVisible(), timeout=WAIT_MS)
    assert detail.viewer.document is not None and detail.viewer.page_count() == 1
    assert "brev.pdf" in detail.viewer.windowTitle()
    view.selectRow(1)
    detail.ui.openAttachmentButton.click()
    qtbot.waitUntil(lambda: detail.viewer is not None and detail.viewer.attachment["filename"] == "kuvert.png",
                    timeout=WAIT_MS)
    assert detail.viewer.document is None and detail.viewer.page_count() == 1
    assert _views(desk, ref) == 2

    target = tmp_path / "sparat-brev.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    view.selectRow(0)
    detail.ui.saveAttachmentButton.click()
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    assert target.read_bytes() == requests.attachment_content(desk, anna, ref, requests.get_request(
        desk, anna, ref)["attachments"][0]["id"])["content"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "Sparade" in detail.ui.messageLabel.text()
    assert _views(desk, ref) == 4  # the save, and the read just above


def test_request_attachment_saves_the_scan_from_the_command_line(capsys, monkeypatch, desk, db_url, admin, case,
                                                                 tmp_path):
    _anna, ref = case
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    code, out, err = run_cli(capsys, "request", "show", ref, "--json", "--db", db_url, "--agent", "admin")
    first = json.loads(out)["attachments"][0]
    out_file = tmp_path / "brev.pdf"
    code, out, err = run_cli(capsys, "request", "attachment", ref, first["id"], "--out", str(out_file), "--json",
                             "--db", db_url, "--agent", "admin")
    assert code == 0, err
    assert json.loads(out)["filename"] == "brev.pdf" and out_file.read_bytes()[:5] == b"%PDF-"
    assert stat.S_IMODE(out_file.stat().st_mode) == 0o600
    assert _views(desk, ref) == 1
    code, _out, err = run_cli(capsys, "request", "attachment", ref, first["id"], "--out", str(out_file),
                              "--db", db_url, "--agent", "admin", "--lang", "sv")
    assert code == 1 and "--force" in err and err.count("\n") == 1  # an existing file is kept
    code, _out, err = run_cli(capsys, "request", "attachment", ref, "999999", "--out", str(tmp_path / "x"),
                              "--db", db_url, "--agent", "admin", "--lang", "sv")
    assert code == 1 and "ingen bilaga 999999" in err and not (tmp_path / "x").exists()


def test_a_bad_or_unknown_attachment_number_is_refused(desk, case):
    anna, ref = case
    with pytest.raises(ValidationFailed):
        requests.attachment_content(desk, anna, ref, "brev")
    with pytest.raises(NotFound):
        requests.attachment_content(desk, anna, ref, 424242)
    assert _views(desk, ref) == 0
