"""The extract preview (issue "Signed register extract", item 7; policy 9.3.1): the agent reads exactly what
the customer would receive before issuing it, and nothing about the preview can pass for an issued extract."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from mnu_desk.db.models import AuditEntry, IssuedExtract
from mnu_desk.domain.errors import ValidationFailed
from mnu_desk.services import credentials, extracts, keys, requests

from .test_extract_issue import _access, make_office


@pytest.fixture
def office(desk, admin, make_agent):
    return make_office(desk, admin, make_agent)


def _count(desk, model) -> int:
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_preview_is_the_whole_extract_marked_on_every_page_and_records_nothing_issued(office):
    desk, admin, anna, sven = office
    ref = _access(desk, anna)
    preview = extracts.preview_extract(desk, anna, ref)
    reader = PdfReader(io.BytesIO(preview.pdf))
    assert len(reader.pages) == preview.pages >= 2
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert "FÖRHANDSGRANSKNING – INTE UTFÄRDAT" in text, number
        assert f"Sida {number} av {preview.pages}" in text
    whole = "".join(page.extract_text() for page in reader.pages)
    assert "Östberg" in whole and "7000001" in whole and "Bertil" not in whole
    assert preview.on_time and not preview.repeat and preview.signing_key and preview.passphrase_known
    # unsigned, not in the issuance register, and the request still open
    assert "/Sig" not in str(reader.trailer["/Root"].get("/AcroForm", {}))
    with pytest.raises(ValidationFailed, match="not a signed PDF"):
        extracts.verify_file(desk, preview.pdf)
    assert _count(desk, IssuedExtract) == 0
    assert requests.get_request(desk, anna, ref)["status"] != "completed"


def test_preview_is_logged_as_a_view_with_its_purpose(office):
    """Policy 9.3.1 with CJEU C-579/21: the record's openings are told in the extract, so they are logged."""
    desk, admin, anna, sven = office
    ref = _access(desk, anna)
    extracts.preview_extract(desk, anna, ref, lang="en")
    with desk.read() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc())).first()
    assert entry.action == "viewed" and entry.request_ref == ref and "preview" in entry.purpose


def test_preview_in_english_and_without_a_known_passphrase(office):
    desk, admin, anna, sven = office
    ref = _access(desk, anna)
    credentials.delete(keys.keyring_account(desk))
    preview = extracts.preview_extract(desk, anna, ref, lang="en")
    text = PdfReader(io.BytesIO(preview.pdf)).pages[0].extract_text()
    assert "PREVIEW – NOT ISSUED" in text and "Page 1 of" in text
    assert preview.signing_key and not preview.passphrase_known


def test_preview_refuses_what_issuing_refuses(office):
    desk, admin, anna, sven = office
    rectification = _access(desk, anna, type="rectification")
    with pytest.raises(ValidationFailed, match="extract answers an access request"):
        extracts.preview_extract(desk, anna, rectification)
    with pytest.raises(ValidationFailed, match="Unknown language"):
        extracts.preview_extract(desk, anna, _access(desk, anna), lang="de")
