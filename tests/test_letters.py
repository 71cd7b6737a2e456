"""Letters about a request (GDPR art. 12(3) extension notice, art. 12(4) refusal), read back from the PDF."""

import io
from datetime import date

import pytest
from pypdf import PdfReader

from mnu_desk.domain.errors import ValidationFailed
from mnu_desk.domain.letters import EnvelopeWindow
from mnu_desk.services import letters, requests

from .factories import add_person

MM = 72 / 25.4


def _text_positions(pdf: bytes) -> list[tuple[str, float, float]]:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            found.append((text.strip(), tm[4], tm[5]))
    page.extract_text(visitor_text=visit)
    return found


@pytest.fixture
def extended(desk, make_agent):
    add_person(desk, street="Storgatan 12", postal_code="111 22", city="Stockholm")
    anna, sven = make_agent("anna"), make_agent("sven", "supervisor")
    ref = requests.register_request(desk, anna, type="access", channel="letter", received=date(2026, 3, 5),
                                    customer_no="100001", today=date(2026, 3, 10))["ref"]
    requests.extend(desk, sven, ref, "Begäran omfattar mycket data", today=date(2026, 3, 10))
    return desk, anna, ref


def test_extension_letter_names_reason_new_date_and_imy(extended):
    desk, anna, ref = extended
    pdf = letters.extension_letter(desk, anna, ref, today=date(2026, 3, 10))
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Begäran omfattar mycket data" in text and "2026-06-05" in text
    assert "Integritetsskyddsmyndigheten" in text and ref in text and "Sida 1 av 1" in text
    assert "Åsa Östberg" in text  # Swedish letters survive the embedded font
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta.author == "m punkt nu Sverige AB" and ref in meta.title


def test_address_lies_inside_the_envelope_window(extended):
    """docs/design.md "Letter": the address block sits in the window (default 20/45 mm, 85 x 40 mm)."""
    desk, anna, ref = extended
    pdf = letters.extension_letter(desk, anna, ref)
    window = EnvelopeWindow()
    page_height = 297 * MM
    left, right = window.left_mm * MM, (window.left_mm + window.width_mm) * MM
    top, bottom = page_height - window.top_mm * MM, page_height - (window.top_mm + window.height_mm) * MM
    lines = {t: (x, y) for t, x, y in _text_positions(pdf)}
    for line in ("Åsa Östberg", "Storgatan 12", "111 22  STOCKHOLM"):
        x, y = lines[line]
        assert left <= x <= right and bottom <= y <= top, line


def test_refusal_letter_states_reasons_and_the_right_to_court(desk, make_agent):
    add_person(desk)
    anna, sven = make_agent("anna"), make_agent("sven", "supervisor")
    ref = requests.register_request(desk, anna, type="erasure", channel="email", received=date.today(),
                                    customer_no="100001")["ref"]
    with pytest.raises(ValidationFailed):
        letters.refusal_letter(desk, anna, ref)
    requests.refuse(desk, sven, ref, "uppgifterna behövs för bokföringen")
    pdf = letters.refusal_letter(desk, anna, ref, lang="en")
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "uppgifterna behövs för bokföringen" in text and "go to court" in text and "IMY" in text


@pytest.mark.parametrize("window", [EnvelopeWindow(150, 45, 85, 40), EnvelopeWindow(-1, 45, 85, 40),
                                    EnvelopeWindow(20, 45, 10, 10), EnvelopeWindow(100, 250, 90, 40)])
def test_a_window_outside_the_page_or_on_the_sorting_zone_is_refused(window):
    with pytest.raises(ValidationFailed):
        window.validate()


def test_a_sent_letter_is_registered_and_the_fee_letter_is_known(extended):
    """docs/design.md "Fees and repeats": work on a fee starts only once the fee letter went out, so the desk
    keeps a register of the letters it sent (kind, language, when, by whom)."""
    from sqlalchemy import select

    from mnu_desk.db.models import Request, SentLetter

    desk, anna, ref = extended
    with desk.read() as session:
        request_id = session.scalar(select(Request.id).where(Request.ref == ref))
        assert not letters.fee_letter_sent(session, request_id)
    letters.record_sent(desk, anna, ref, "extension", "sv")
    with desk.read() as session:
        assert not letters.fee_letter_sent(session, request_id)
    letters.record_sent(desk, anna, ref, "fee", "en")
    with desk.read() as session:
        assert letters.fee_letter_sent(session, request_id)
        sent = session.scalars(select(SentLetter).order_by(SentLetter.id)).all()
        assert [(s.kind, s.language, s.sent_by) for s in sent] == [("extension", "sv", anna.id),
                                                                  ("fee", "en", anna.id)]


def test_no_letter_or_extract_without_the_company_postal_address(extended, admin):
    """docs/design.md "Letters the desk sends": from the company's full postal address; none is made without it,
    and the refusal says where an admin enters it."""
    from mnu_desk import i18n
    from mnu_desk.services import extracts, settings

    desk, anna, ref = extended
    settings.change(desk, admin, "company_address", [])
    for make in (lambda: letters.extension_letter(desk, anna, ref),
                 lambda: extracts.preview_extract(desk, anna, ref)):
        with pytest.raises(ValidationFailed) as refused:
            make()
        assert "settings set company_address" in i18n.message(refused.value, "en")
        assert "Inställningar > Inställningar" in i18n.message(refused.value, "sv")
