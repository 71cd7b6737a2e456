"""The letters the desk sends (docs/design.md "Letters the desk sends", "Sending a letter" and "Letter"), read
back from the PDF as a reader sees them: every kind in Swedish and English, its text, and the return line and
address inside the envelope window; the register of sent letters."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pdfplumber
import pytest
from sqlalchemy import select

from mnu_desk import i18n
from mnu_desk.db.models import Request, SentLetter
from mnu_desk.domain.errors import ValidationFailed
from mnu_desk.domain.letters import EnvelopeWindow
from mnu_desk.i18n import letters as letter_texts
from mnu_desk.services import erasure, extracts, letters, requests, restrictions, settings

from .conftest import COMPANY_ADDRESS
from .factories import add_disclosure, add_person

MM = 72 / 25.4
TODAY = date.today()


def page_words(pdf: bytes, page: int = 0) -> list[dict]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return document.pages[page].extract_words(keep_blank_chars=False, use_text_flow=True)


def pdf_text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def flat(text: str) -> str:
    """The text with its line breaks as spaces: a paragraph wraps wherever the page ends a line."""
    return " ".join(text.split())


def window_lines(pdf: bytes, window: EnvelopeWindow | None = None) -> list[str]:
    """The lines of text whose words lie inside the window rectangle, top to bottom; fails on a word that
    starts in the window and runs out of it."""
    window = window or EnvelopeWindow()
    left, right = window.left_mm * MM, (window.left_mm + window.width_mm) * MM
    top, bottom = window.top_mm * MM, (window.top_mm + window.height_mm) * MM
    rows: dict[float, list[dict]] = {}
    for word in page_words(pdf):
        overlaps = word["x1"] > left and word["x0"] < right and word["bottom"] > top and word["top"] < bottom
        if not overlaps:
            continue
        assert left <= word["x0"] and word["x1"] <= right and top <= word["top"] and word["bottom"] <= bottom, \
            f"{word['text']!r} runs out of the envelope window"
        rows.setdefault(round(word["bottom"], 1), []).append(word)
    return [" ".join(w["text"] for w in sorted(row, key=lambda w: w["x0"])) for _, row in sorted(rows.items())]


@pytest.fixture
def case(desk, admin, make_agent):
    """A customer with an address, an agent and a supervisor; `new(type, ...)` registers a request."""
    add_person(desk, street="Storgatan 12", postal_code="111 22", city="Stockholm")
    settings.change(desk, admin, "further_copy_fee", "1500.00")  # the most a fee may be (docs/design.md section 4)
    anna, sven = make_agent("anna"), make_agent("sven", "supervisor")

    def new(type_: str = "access", **given) -> str:
        given.setdefault("customer_no", "100001")
        return requests.register_request(desk, anna, type=type_, channel="letter", received=TODAY, **given)["ref"]
    return desk, anna, sven, new


def _extension(desk, anna, sven, new, tmp_path):
    ref = new()
    requests.extend(desk, sven, ref, "Begäran omfattar mycket data")
    return ref, None, {"sv": ["Förlängd svarstid", "Begäran omfattar mycket data",
                              f"senast den {requests.get_request(desk, anna, ref)['extended_due'].isoformat()}",
                              "Integritetsskyddsmyndigheten"],
                       "en": ["Extended time", "two months", "go to court"]}


def _refusal(desk, anna, sven, new, tmp_path):
    ref = new("erasure")
    requests.refuse(desk, sven, ref, "uppgifterna behövs för bokföringen")
    return ref, None, {"sv": ["begäran om radering av dina personuppgifter", "inte tillmötesgå",
                              "uppgifterna behövs för bokföringen", "vända dig till domstol"],
                       "en": ["request for erasure of your personal data", "not to act on it", "go to court"]}


def _fee(desk, anna, sven, new, tmp_path):
    ref = new()
    extracts.decide_fee(desk, sven, ref, "1234.5", "tionde gången i år", excessive=True)
    return ref, None, {"sv": ["1 234,50 kr", "tionde gången i år", "godtar avgiften",
                              "artikel 12.5"],
                       "en": ["SEK 1,234.50", "accept the fee", "articles 12(5) and 15(3)"]}


def _identity(desk, anna, sven, new, tmp_path):
    ref = new(requester_name="Åsa Östberg", requester_address="Annan väg 3, 999 99 Någonstans")
    return ref, None, {"sv": ["bekräfta din identitet", "annan adress än den vi har registrerad",
                              "id-handling", "raderar den"],
                       "en": ["confirm your identity", "address other than the one we hold", "identity document"]}


def _no_data(desk, anna, sven, new, tmp_path):
    ref = new(customer_no=None, requester_name="Nils Nilsson", requester_address="Lillgatan 4\n222 33 Lund")
    return ref, ["Nils Nilsson", "Lillgatan 4", "222 33 Lund"], {
        "sv": ["inga personuppgifter om dig", "Vi sökte på: Nils Nilsson, Lillgatan 4, 222 33 Lund.", "artikel 15.1"],
        "en": ["hold no personal data about you", "article 15(1)"]}


def _outcome(desk, anna, sven, new, tmp_path):
    add_disclosure(desk, "100001", "klarna", "Klarna Bank AB", "identity,orders")
    # the address as the requester gave it stays on the request when the record's goes (docs/design.md
    # section 4, "Delivery"): the outcome letter goes there
    ref = new("erasure", requester_name="Åsa Östberg", requester_address="Storgatan 12\n111 22 Stockholm")
    erasure.execute(desk, sven, ref, ledger_path=tmp_path / "ledger.jsonl")
    return ref, ["Åsa Östberg", "Storgatan 12", "111 22 Stockholm"], {
        "sv": ["Det här har vi gjort", "Raderat: Namn och kontaktuppgifter, adresser", "IP-adresser",
               "Det här sparar vi", "Order 5100001", "bokföringslagen 7 kap. 2 §",
               "Mottagare som har fått veta (artikel 19)", "Klarna Bank AB: underrättas nu."],
        "en": ["What we did", "Erased: Name and contact details", "What we keep", "Order 5100001",
               "Klarna Bank AB: being told now."]}


def _restriction_lift(desk, anna, sven, new, tmp_path):
    ref = new("restriction")
    restrictions.set_restriction(desk, sven, "100001", "restriction", "riktigheten bestrids")
    return ref, None, {"sv": ["begränsad", "innan den hävs (artikel 18.3)"],
                       "en": ["restricted", "before it is lifted (article 18(3))"]}


KINDS = {"extension": _extension, "refusal": _refusal, "fee": _fee, "identity": _identity, "no-data": _no_data,
         "outcome": _outcome, "restriction-lift": _restriction_lift}


def test_every_kind_has_a_test_and_its_texts_in_both_languages():
    assert set(KINDS) == set(letter_texts.KINDS)
    sv, en = letter_texts.texts("sv"), letter_texts.texts("en")
    assert sorted(sv) == sorted(en)
    for key in sv:
        assert sorted(sv[key]) == sorted(en[key]), key


@pytest.mark.parametrize("kind", list(KINDS))
@pytest.mark.parametrize("lang", ["sv", "en"])
def test_each_letter_reads_back_with_its_text_and_its_address_in_the_window(case, tmp_path, kind, lang):
    """docs/design.md "Letters the desk sends": each kind in the person's language, from the company's postal
    address (the return line), the address inside the envelope window ("Letter")."""
    desk, anna, sven, new = case
    ref, address, expected = KINDS[kind](desk, anna, sven, new, tmp_path)
    pdf = letters.compose(desk, anna, ref, kind, lang)
    text = flat(pdf_text(pdf))
    for phrase in expected[lang]:
        assert phrase in text, phrase
    assert ref in text and "Exempelgatan 1" in text
    inside = window_lines(pdf)
    assert inside[0] == "m punkt nu Sverige AB, " + ", ".join(COMPANY_ADDRESS)  # the return line on top
    assert inside[1:] == (address or ["Åsa Östberg", "Storgatan 12", "111 22 STOCKHOLM"])
    other = {"sv": ["Dear", "request"], "en": ["Hej", "begäran"]}[lang]
    assert not any(word in text for word in other)


def test_the_greeting_is_formal_and_neutral(case, tmp_path):
    desk, anna, sven, new = case
    ref, _, _ = _refusal(desk, anna, sven, new, tmp_path)
    assert "Hej Åsa Östberg," in pdf_text(letters.compose(desk, anna, ref, "refusal", "sv"))
    assert "Dear Åsa Östberg," in pdf_text(letters.compose(desk, anna, ref, "refusal", "en"))
    assert "!" not in pdf_text(letters.compose(desk, anna, ref, "refusal", "sv")).split("\n")[0:12]


def test_a_letter_that_does_not_fit_the_request_is_refused(case):
    desk, anna, sven, new = case
    ref = new()
    for kind, words in (("extension", "not extended"), ("refusal", "not refused"), ("fee", "no fee decided"),
                        ("identity", "why there is doubt"), ("no-data", "holds data"),
                        ("outcome", "Nothing is done"), ("restriction-lift", "no active restriction")):
        with pytest.raises(ValidationFailed) as refused:
            letters.compose(desk, anna, ref, kind)
        assert words in i18n.message(refused.value, "en"), kind


def test_a_long_street_with_care_of_wraps_inside_the_window_and_the_size_goes_down(desk, make_agent):
    """docs/design.md "Letters the desk sends": never cut; wrapped within the window, 11 pt down to 9 pt."""
    street = "c/o Familjen Lindqvist-Håkansson, " + ("Östra Långgatans Bakre Gårdshus Uppgång B Lägenhet 1102 "
                                                    "Vid Gamla Vattentornet Bakom Kyrkan Nära Torget 14B")[:120]
    add_person(desk, street=street, postal_code="111 22", city="Stockholm")
    anna = make_agent("anna")
    ref = requests.register_request(desk, anna, type="access", channel="letter", received=TODAY,
                                    customer_no="100001", requester_address=street)["ref"]
    pdf = letters.compose(desk, anna, ref, "identity", reason="Adressen i brevet var otydlig.")
    inside = window_lines(pdf)
    assert inside[1:3] == ["Åsa Östberg", "c/o Familjen Lindqvist-Håkansson"]
    assert flat(" ".join(inside[3:-1])) == street.partition(", ")[2]  # every word of the street, in order
    assert inside[-1] == "111 22 STOCKHOLM"
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        sizes = {round(c["size"], 1) for c in document.pages[0].chars
                 if c["top"] > 45 * MM + 12 and c["bottom"] < 85 * MM}
    assert sizes and all(9 <= size < 11 for size in sizes)


def test_an_address_that_does_not_fit_even_at_9_pt_is_refused_naming_the_line(desk, make_agent):
    anna = make_agent("anna")
    lines = "\n".join(f"Rad {n} med en hel del text som tar plats i fönstret" for n in range(1, 9))
    ref = requests.register_request(desk, anna, type="access", channel="letter", received=TODAY,
                                    requester_name="Nils Nilsson", requester_address=lines)["ref"]
    with pytest.raises(ValidationFailed) as refused:
        letters.compose(desk, anna, ref, "no-data")
    message = i18n.message(refused.value, "en")
    assert "does not fit the envelope window even at 9 pt" in message and "'Rad " in message
    assert "får inte plats i kuvertfönstret" in i18n.message(refused.value, "sv")


def test_a_requester_with_a_name_but_no_address_gets_no_letter(desk, make_agent):
    anna = make_agent("anna")
    ref = requests.register_request(desk, anna, type="access", channel="email", received=TODAY,
                                    requester_name="Nils Nilsson")["ref"]
    with pytest.raises(ValidationFailed) as refused:
        letters.compose(desk, anna, ref, "no-data")
    assert "Nils Nilsson gave no postal address" in i18n.message(refused.value, "en")


def test_no_letter_or_extract_without_the_company_postal_address(case, admin):
    """docs/design.md "Letters the desk sends": from the company's full postal address; none is made without it,
    and the refusal says where an admin enters it."""
    desk, anna, sven, new = case
    ref = new()
    settings.change(desk, admin, "company_address", [])
    for make in (lambda: letters.compose(desk, anna, ref, "identity", reason="x"),
                 lambda: extracts.preview_extract(desk, anna, ref)):
        with pytest.raises(ValidationFailed) as refused:
            make()
        assert "settings set company_address" in i18n.message(refused.value, "en")
        assert "Inställningar > Inställningar" in i18n.message(refused.value, "sv")


def test_sending_records_the_letter_and_the_identity_letter_marks_the_day_asked(case, tmp_path):
    desk, anna, sven, new = case
    ref, _, _ = _identity(desk, anna, sven, new, tmp_path)
    delivered = []
    letters.send(desk, anna, ref, "identity", "sv", deliver=delivered.append)
    assert len(delivered) == 1 and delivered[0].startswith(b"%PDF")
    shown = requests.get_request(desk, anna, ref)
    assert shown["identity_asked_on"] == TODAY and shown["status"] == "awaiting_identity"
    assert [(s["kind"], s["language"], s["sent_by"]) for s in shown["letters"]] == [("identity", "sv", "anna")]


def test_a_failed_delivery_records_nothing(case, tmp_path):
    desk, anna, sven, new = case
    ref, _, _ = _identity(desk, anna, sven, new, tmp_path)

    def broken_printer(pdf: bytes) -> None:
        raise ValidationFailed("The printer is out of paper.")
    with pytest.raises(ValidationFailed):
        letters.send(desk, anna, ref, "identity", "sv", deliver=broken_printer)
    shown = requests.get_request(desk, anna, ref)
    assert shown["letters"] == [] and shown["identity_asked_on"] is None


def test_the_no_data_letter_closes_the_request_with_that_outcome(case, tmp_path):
    desk, anna, sven, new = case
    ref, _, _ = _no_data(desk, anna, sven, new, tmp_path)
    letters.send(desk, anna, ref, "no-data", "en", deliver=lambda pdf: None)
    shown = requests.get_request(desk, anna, ref)
    assert shown["status"] == "completed" and shown["outcome"] == letters.NO_DATA_OUTCOME
    letters.compose(desk, anna, ref, "no-data", "en")  # it can be printed again after


def test_the_no_data_letter_is_refused_while_data_is_held_even_after_an_erasure(case, tmp_path):
    """docs/design.md "Erasure": an erased person with kept bookkeeping gets an extract of it, not "no data"."""
    desk, anna, sven, new = case
    erasure.execute(desk, sven, new("erasure"), ledger_path=tmp_path / "ledger.jsonl")
    with pytest.raises(ValidationFailed):
        letters.compose(desk, anna, new(), "no-data")


def test_a_sent_letter_is_registered_and_the_fee_letter_is_known(case, tmp_path):
    """docs/design.md "Fees and repeats": work on a fee starts only once the fee letter went out, so the desk
    keeps a register of the letters it sent (kind, language, when, by whom)."""
    desk, anna, sven, new = case
    ref, _, _ = _fee(desk, anna, sven, new, tmp_path)
    with desk.read() as session:
        request_id = session.scalar(select(Request.id).where(Request.ref == ref))
        assert not letters.fee_letter_sent(session, request_id)
    letters.record_sent(desk, anna, ref, "extension", "sv")
    with desk.read() as session:
        assert not letters.fee_letter_sent(session, request_id)
    letters.send(desk, anna, ref, "fee", "en", deliver=lambda pdf: None)
    with desk.read() as session:
        assert letters.fee_letter_sent(session, request_id)
        sent = session.scalars(select(SentLetter).order_by(SentLetter.id)).all()
        assert [(s.kind, s.language, s.sent_by) for s in sent] == [("extension", "sv", anna.id),
                                                                  ("fee", "en", anna.id)]
        assert all(s.sent_at.date() >= TODAY - timedelta(days=1) for s in sent)


@pytest.mark.parametrize("window", [EnvelopeWindow(150, 45, 85, 40), EnvelopeWindow(-1, 45, 85, 40),
                                    EnvelopeWindow(20, 45, 10, 10), EnvelopeWindow(100, 250, 90, 40)])
def test_a_window_outside_the_page_or_on_the_sorting_zone_is_refused(window):
    with pytest.raises(ValidationFailed):
        window.validate()


def test_the_outcome_letter_tells_what_was_de_identified_instead_of_erased(case, tmp_path):
    """docs/design.md "Erasure": usage events kept for statistics without the link to the person are named as
    de-identified in the outcome letter, not as erased."""
    desk, anna, sven, new = case
    ref = new("erasure", requester_name="Åsa Östberg", requester_address="Storgatan 12\n111 22 Stockholm")
    erasure.execute(desk, sven, ref, ledger_path=tmp_path / "ledger.jsonl", deidentify=("usage_events",))
    text = flat(pdf_text(letters.compose(desk, anna, ref, "outcome", "sv")))
    assert "Avidentifierat (kopplingen till dig är borttagen, IP-adresser är förkortade): IP-adresser och " \
           "användning." in text
    erased = text.split("Raderat:")[1].split(".")[0]
    assert "adresser" in erased and "IP-adresser" not in erased
