"""The signed register extract (GDPR art. 15; policy 9.3.1), read back with pypdf, pdftotext and pdfsig."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mnu_desk.db.models import Disclosure, IssuedExtract, Person, Recipient, Request, UsageEvent
from mnu_desk.domain.clock import to_stockholm
from mnu_desk.domain.errors import PermissionDenied, ValidationFailed
from mnu_desk.domain.letters import EnvelopeWindow
from mnu_desk.services import extracts, keys, letters, requests, settings
from mnu_desk.services.people import show_person

from .factories import add_person

PASS = "hemlig-lösenfras-1"
MM = 72 / 25.4
needs_poppler = pytest.mark.skipif(shutil.which("pdfsig") is None or shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdfsig, pdftotext) not installed")


def _pdftotext(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "extract.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def _add_rich_data(desk) -> None:
    """Person 100001 gets a second order, a second IP and a disclosure to a recipient outside the EEA."""
    with desk.write() as session:
        pid = session.scalar(select(Person.id).where(Person.customer_no == "100001"))
        inside = Recipient(code="klarna", name="Klarna Bank AB", role="payment", country="SE", outside_eea=False)
        outside = Recipient(code="google", name="Google LLC", role="ad_partner", country="US", outside_eea=True,
                            safeguard="EU:s standardavtalsklausuler")
        session.add_all([inside, outside])
        session.flush()
        session.add(Disclosure(person_id=pid, recipient_id=outside.id, disclosed_at=datetime.now(UTC),
                               categories="contact", purpose="Annonsering", legal_basis="legitimate_interest"))
        session.add(UsageEvent(person_id=pid, occurred_at=datetime.now(UTC), ip_address="203.0.113.77",
                               event_type="page_view", path="/kassa"))


@pytest.fixture
def office(desk, admin, make_agent):
    return make_office(desk, admin, make_agent)


def make_office(desk, admin, make_agent):
    """Two people (only the first is extracted), agents anna and sven (supervisor), and a signing key."""
    add_person(desk, street="Storgatan 12", order_no="7000001", ip="2001:db8::1")
    add_person(desk, "100002", "Bertil", "Ödmark", email="bertil@annan.se", order_no="7999999",
               ip="198.51.100.9", street="Lillgatan 3")
    _add_rich_data(desk)
    anna, sven = make_agent("anna"), make_agent("sven", "supervisor")
    keys.init_self_signed(desk, admin, PASS)
    show_person(desk, anna, "100001", purpose="kundtjänst: fråga om leverans")
    return desk, admin, anna, sven


def _access(desk, agent, customer="100001", type="access") -> str:
    return requests.register_request(desk, agent, type=type, channel="letter", received=date.today(),
                                     customer_no=customer)["ref"]


@pytest.fixture
def issued(office):
    desk, admin, anna, sven = office
    ref = _access(desk, anna)
    return desk, anna, sven, ref, extracts.issue_extract(desk, anna, ref, copy_json=True, passphrase=PASS)


@needs_poppler
def test_extract_holds_every_article_15_item_and_all_data_of_the_person_only(issued, tmp_path):
    """Art. 15(1)(a)-(h), 15(2), 15(3); policy 3, 4, 5.3, 7.4, 9.3.1: purposes, categories, recipients by name
    with the outside-EU safeguard, retention, the rights, IMY, source, automated decisions and profiling,
    the desk's openings (dates and purposes, no agents' names), and a copy of every row."""
    desk, anna, sven, ref, result = issued
    text = _pdftotext(result.pdf, tmp_path)
    for item in ("Ändamål", "Rättslig grund", "Lagringstid", "Mottagare", "Källa", "Rättelse", "Radering",
                 "Begränsning", "Invändning", "Integritetsskyddsmyndigheten", "art. 22", "policy 5.3",
                 "art. 21.2", "C-579/21", "Google LLC", "US", "EU:s standardavtalsklausuler", "Klarna Bank AB",
                 "IP-adresser och användning", "Köp", "kundtjänst: fråga om leverans"):
        assert item in text, item
    for datum in ("Åsa", "Östberg", "100001@exempel.se", "7000001", "2001:db8::1", "203.0.113.77",
                  "Storgatan 12", "STOCKHOLM"):
        assert datum in text, datum
    for other in ("Bertil", "Ödmark", "bertil@annan.se", "7999999", "198.51.100.9", "Lillgatan"):
        assert other not in text, other
    opened = text[text.index("När och varför"):text.index("Kopia av personuppgifterna")]
    assert "anna" not in opened and date.today().isoformat() in opened


@needs_poppler
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_stamp_is_the_companys_in_the_extracts_language_at_stockholm_time(office, tmp_path, lang):
    """docs/design.md "The extract as a document": the company signs (no agent named, CJEU C-579/21), in the
    extract's language only, at Stockholm time, at least 10 mm from every edge of the page."""
    desk, admin, anna, sven = office
    before = datetime.now(UTC)
    result = extracts.issue_extract(desk, anna, _access(desk, anna), lang=lang, passphrase=PASS)
    text = _pdftotext(result.pdf, tmp_path)
    stamp = text[text.rindex("Digita"):]
    own, other = ("Digitalt signerad av", "Digitally") if lang == "sv" else ("Digitally signed by", "Digitalt")
    assert own in stamp and other not in stamp and "anna" not in text.lower().split("kopia av")[-1]
    stockholm = to_stockholm(before).strftime("%Y-%m-%d %H:")
    assert stockholm in stamp and ("svensk tid" if lang == "sv" else "Swedish time") in stamp
    page = PdfReader(io.BytesIO(result.pdf)).pages[-1]
    width, height = float(page.mediabox.width), float(page.mediabox.height)
    rects = [[float(v) for v in annot.get_object()["/Rect"]] for annot in page.get("/Annots", [])]
    assert rects
    for left, bottom, right, top in rects:
        assert min(left, bottom, width - right, height - top) >= 10 * MM


def test_pages_are_numbered_and_carry_company_reference_and_code(issued):
    """docs/design.md "Extract content": a short verification code on every page; "Sida x av y"."""
    desk, anna, sven, ref, result = issued
    reader = PdfReader(io.BytesIO(result.pdf))
    total = len(reader.pages)
    assert total == result.pages and total >= 2
    for number, page in enumerate(reader.pages, start=1):
        text = page.extract_text()
        assert f"Sida {number} av {total}" in text
        assert result.verification_code in text and ref in text
        assert "m punkt nu Sverige AB" in text and "556871-8133" in text
    meta = reader.metadata
    assert ref in meta.title and meta.author == "m punkt nu Sverige AB" and meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "sv"


def test_address_of_the_cover_letter_lies_in_the_envelope_window(issued):
    """docs/design.md "Letter": the address block inside the window (default 20/45 mm, 85 x 40 mm)."""
    desk, anna, sven, ref, result = issued
    page = PdfReader(io.BytesIO(result.pdf)).pages[0]
    found = {}
    page.extract_text(visitor_text=lambda t, cm, tm, font, size: found.setdefault(t.strip(), (tm[4], tm[5])))
    window = EnvelopeWindow()
    left, right = window.left_mm * MM, (window.left_mm + window.width_mm) * MM
    top = (297 - window.top_mm) * MM
    bottom = (297 - window.top_mm - window.height_mm) * MM
    for line in ("Åsa Östberg", "Storgatan 12", "111 22  STOCKHOLM"):
        x, y = found[line]
        assert left <= x <= right and bottom <= y <= top, line


@needs_poppler
def test_pdfsig_reports_a_valid_signature_over_the_whole_document(issued, tmp_path):
    """PAdES B-B, ETSI.CAdES.detached, covering the whole file (policy 9.1 accountability)."""
    desk, anna, sven, ref, result = issued
    path = tmp_path / "x.pdf"
    path.write_bytes(result.pdf)
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in out and "Total document signed" in out
    assert "ETSI.CAdES.detached" in out and "m punkt nu Sverige AB" in out


def test_issuance_is_registered_and_closes_the_request(issued):
    """Policy 9.1: the issuance register holds the hash of the signed file; the request is closed on time."""
    desk, anna, sven, ref, result = issued
    with desk.read() as session:
        row = session.scalar(select(IssuedExtract).where(IssuedExtract.request_ref == ref))
        request = session.scalar(select(Request).where(Request.ref == ref))
    assert row.sha256 == result.sha256 and row.verification_code == result.verification_code and row.free
    assert row.language == "sv" and row.page_count == result.pages and row.copy_sha256
    assert request.status == "completed" and request.outcome == "extract issued (on time)" and result.on_time


def test_json_copy_has_every_row_of_the_person_and_nobody_else(issued):
    """Policy 9.3.1 "en kopia"; art. 15(3), 20: the machine-readable copy (docs/extract-json.md)."""
    desk, anna, sven, ref, result = issued
    copy = json.loads(result.json)
    assert copy["schema_version"] == 2 and copy["status"] == "active" and copy["request"] == ref and copy["customer_no"] == "100001"
    cats = copy["categories"]
    assert [o["order_no"] for o in cats["orders"]] == ["7000001"]
    assert {e["ip_address"] for e in cats["usage_events"]} == {"2001:db8::1", "203.0.113.77"}
    assert cats["contact"]["email"] == "100001@exempel.se" and cats["orders"][0]["total"] == "199.00"
    assert "7999999" not in result.json.decode() and "Bertil" not in result.json.decode()
    # the person's request is there; which agent created or checked it is the desk's own bookkeeping
    assert [r["ref"] for r in cats["requests"]] == [ref]
    assert not {"created_by", "identity_checked_by", "assigned_to"} & set(cats["requests"][0])


def test_verify_accepts_the_issued_file_and_its_code(issued):
    desk, anna, sven, ref, result = issued
    assert extracts.verify_file(desk, result.pdf)["request"] == ref
    assert extracts.verify_code(desk, result.verification_code.lower().replace("-", " "))["request"] == ref


def test_verify_rejects_a_changed_byte_and_a_file_re_signed_by_another_key(issued, tmp_path):
    desk, anna, sven, ref, result = issued
    changed = bytearray(result.pdf)
    changed[len(changed) // 3] ^= 0x01
    with pytest.raises(ValidationFailed):
        extracts.verify_file(desk, bytes(changed))
    from mnu_desk.extract.sign import sign
    foreign = keys.make_self_signed_p12("annan-nyckel-1", common_name="Någon annan")
    resigned = sign(result.pdf, foreign, "annan-nyckel-1", company="Någon annan", reference=ref,
                    field="Annan")
    with pytest.raises(ValidationFailed, match="not the desk's"):
        extracts.verify_file(desk, resigned)


def test_repeat_in_the_same_year_is_flagged_and_needs_a_supervisor(issued, admin):
    """docs/design.md "Fees and repeats"; art. 12(5), 15(3); policy 9.3.1: a repeat is flagged, never silently
    charged; a fee needs a supervisor's recorded decision, and the fee letter before the extract."""
    desk, anna, sven, ref, result = issued
    settings.change(desk, admin, "further_copy_fee", "50")
    second = _access(desk, anna)
    assert requests.get_request(desk, anna, second)["repeat_of_year"] is True
    with pytest.raises(PermissionDenied):
        extracts.issue_extract(desk, anna, second, passphrase=PASS)
    with pytest.raises(PermissionDenied):
        extracts.decide_fee(desk, anna, second, Decimal("50"), "andra utdraget i år")
    with pytest.raises(ValidationFailed):
        extracts.decide_fee(desk, sven, second, Decimal("-1"), "negativ")
    extracts.decide_fee(desk, sven, second, Decimal("50"), "andra utdraget i år")
    letters.record_sent(desk, sven, second, "fee", "sv")
    paid = extracts.issue_extract(desk, anna, second, passphrase=PASS)
    assert paid.repeat and not paid.free and paid.fee == Decimal("50.00")
    with desk.read() as session:
        row = session.scalar(select(IssuedExtract).where(IssuedExtract.request_ref == second))
    assert row.free is False and row.fee == Decimal("50.00")


def test_other_request_types_are_refused(office):
    """An extract answers an access request; a portability request needs its machine-readable copy."""
    desk, admin, anna, sven = office
    erasure = _access(desk, anna, type="erasure")
    with pytest.raises(ValidationFailed, match="access request"):
        extracts.issue_extract(desk, anna, erasure, passphrase=PASS)
    portability = _access(desk, anna, type="portability")
    with pytest.raises(ValidationFailed, match="portability"):
        extracts.issue_extract(desk, anna, portability, passphrase=PASS)
    assert extracts.issue_extract(desk, anna, portability, copy_json=True, passphrase=PASS).json


def test_english_extract(office, tmp_path):
    desk, admin, anna, sven = office
    result = extracts.issue_extract(desk, anna, _access(desk, anna), lang="en", passphrase=PASS)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(result.pdf)).pages)
    assert "Register extract" in text and "Page 1 of" in text and "Swedish Authority for Privacy" in text


def test_verify_rejects_bytes_appended_after_signing(issued):
    """The signature must cover the whole file: an incremental update after signing is refused."""
    desk, anna, sven, ref, result = issued
    with pytest.raises(ValidationFailed):
        extracts.verify_file(desk, result.pdf + b"\n% appended\n")


@needs_poppler
def test_long_tables_split_across_pages_without_losing_or_cutting_a_row(office, tmp_path):
    """Art. 15(3): every row of every category, also when a table runs over many pages."""
    desk, admin, anna, sven = office
    with desk.write() as session:
        pid = session.scalar(select(Person.id).where(Person.customer_no == "100001"))
        session.add_all([UsageEvent(person_id=pid, occurred_at=datetime.now(UTC), ip_address=f"10.9.{i // 250}.{i % 250}",
                                    event_type="page_view", path=f"/produkt/{i}") for i in range(400)])
    result = extracts.issue_extract(desk, anna, _access(desk, anna), passphrase=PASS)
    text = _pdftotext(result.pdf, tmp_path)
    for i in range(400):
        assert text.count(f" 10.9.{i // 250}.{i % 250} ") == 1, i
    pages = text.split("\f")
    # the header is repeated on every page of the table (an empty column, here the shop's event id, is left out)
    assert sum("IP-adress" in page and "Tidpunkt" in page for page in pages) >= 6
    assert "Händelse-id" not in text
