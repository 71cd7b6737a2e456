"""Rectification and completion (policy 9.2, 9.3.2; GDPR art. 16, 19): validation, no lost updates, old ->
new in the audit log, recipients' follow-up tasks."""

import threading
import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import AuditEntry, AuditPayload
from mnu_desk.domain.errors import Conflict, ValidationFailed
from mnu_desk.domain.rectification import clean_value
from mnu_desk.domain.text import BIDI_CONTROLS
from mnu_desk.services import requests
from mnu_desk.services.context import Desk
from mnu_desk.services.people import show_person
from mnu_desk.services.rectification import add_statement, rectify
from mnu_desk.services.search import search_people

from .factories import add_disclosure, add_person


def test_address_is_corrected_with_stored_forms_and_audited(desk, make_agent):
    add_person(desk)
    anna = make_agent("anna")
    result = rectify(desk, anna, "100001", {"street": "Nygatan 5", "postal_code": "41301", "city": "Göteborg",
                                            "phone": "070-765 43 21"}, "moved, said on the phone")
    assert result.changed["postal_code"] == ("111 22", "413 01")
    assert result.changed["phone"] == ("+46701234567", "+46707654321")
    record = show_person(desk, anna, "100001")["categories"]
    assert record["addresses"][0]["postal_code"] == "413 01"
    with desk.read() as session:
        entry = session.scalar(select(AuditEntry).where(AuditEntry.action == "rectified"))
        payload = session.scalar(select(AuditPayload.payload).where(AuditPayload.seq == entry.seq))
    assert entry.agent == "anna" and "Nygatan 5" in payload and "Storgatan 1" in payload
    assert "Nygatan 5" not in entry.entry_hash  # old and new values live in the payload only
    assert search_people(desk, anna, "nygatan")[0]["customer_no"] == "100001"


def test_email_can_be_cleared(desk, make_agent):
    add_person(desk)
    result = rectify(desk, make_agent("anna"), "100001", {"email": ""}, "customer asked")
    assert result.changed["email"][1] is None


@pytest.mark.parametrize("changes", [{"email": "utan-snabel-a.se"}, {"postal_code": "1234"},
                                     {"first_name": "  "}, {"phone": "12"}, {"country": "XX"},
                                     {"nickname": "x"}, {"last_name": "x" * 101}, {}])
def test_bad_values_are_refused_and_nothing_changes(desk, make_agent, changes):
    add_person(desk)
    anna = make_agent("anna")
    before = show_person(desk, anna, "100001")["categories"]
    with pytest.raises(ValidationFailed):
        rectify(desk, anna, "100001", changes, "reason")
    assert show_person(desk, anna, "100001")["categories"]["identity"] == before["identity"]


def test_reason_is_required(desk, make_agent):
    add_person(desk)
    with pytest.raises(ValidationFailed):
        rectify(desk, make_agent("anna"), "100001", {"city": "Lund"}, " ")


def test_recipients_that_received_the_category_get_a_task_and_block_closing(desk, make_agent):
    """GDPR art. 19: each recipient of the changed data is told, or the task is marked impossible."""
    add_person(desk)
    add_disclosure(desk, "100001", "klarna", "Klarna Bank AB", "identity,address,purchases")
    add_disclosure(desk, "100001", "meta", "Meta Platforms Inc.", "contact")
    anna = make_agent("anna")
    ref = requests.register_request(desk, anna, type="rectification", channel="phone",
                                    received=date.today(), customer_no="100001")["ref"]
    result = rectify(desk, anna, "100001", {"street": "Nygatan 5"}, "moved", request_ref=ref)
    assert [t["recipient"] for t in result.tasks] == ["Klarna Bank AB"]
    with pytest.raises(ValidationFailed):
        requests.close(desk, anna, ref, "address corrected")
    task = requests.list_tasks(desk, anna, open_only=True, request_ref=ref)[0]
    requests.complete_task(desk, anna, task["id"])
    assert requests.close(desk, anna, ref, "address corrected")["status"] == "completed"


def test_second_agent_gets_a_conflict_with_the_other_change(desk, make_agent):
    add_person(desk)
    anna, bo = make_agent("anna"), make_agent("bo")
    opened_version = show_person(desk, anna, "100001")["version"]
    first = rectify(desk, anna, "100001", {"city": "Lund"}, "moved", expected_version=opened_version)
    with pytest.raises(Conflict) as conflict:
        rectify(desk, bo, "100001", {"city": "Malmö"}, "moved", expected_version=opened_version)
    assert conflict.value.current["city"] == "Lund"
    # re-applying on the new version works
    assert rectify(desk, bo, "100001", {"city": "Malmö"}, "moved",
                   expected_version=first.version).changed["city"] == \
        ("Lund", "Malmö")


def test_concurrent_rectifications_never_lose_an_update(desk, make_agent):
    """Two sessions change the same person at once: one wins, the other gets a Conflict; never both."""
    add_person(desk)
    agents_ = [make_agent("anna"), make_agent("bo")]
    opened_version = show_person(desk, agents_[0], "100001")["version"]
    barrier = threading.Barrier(2)
    outcomes = []

    def work(actor, city):
        own = Desk(make_engine(desk.engine.url))
        try:
            barrier.wait()
            rectify(own, actor, "100001", {"city": city}, "race", expected_version=opened_version)
            outcomes.append("ok")
        except Conflict:
            outcomes.append("conflict")
        finally:
            own.dispose()

    threads = [threading.Thread(target=work, args=(a, c)) for a, c in zip(agents_, ["Lund", "Malmö"], strict=True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict", "ok"]


@given(st.text(max_size=30))
def test_postcode_validator_accepts_only_five_digits(text):
    digits = text.replace(" ", "")
    try:
        stored = clean_value("postal_code", text)
    except ValidationFailed:
        assert not (len(digits) == 5 and digits.isdigit() and digits.isascii())
    else:
        assert len(stored) == 6 and stored[3] == " " and stored.replace(" ", "").isdigit()


@given(st.text(max_size=40))
def test_email_validator_needs_an_at_and_a_domain(text):
    try:
        stored = clean_value("email", text)
    except ValidationFailed:
        return
    assert stored is None or ("@" in stored and "." in stored.split("@")[-1])


@given(st.text(alphabet="0123456789 -+()", max_size=20))
def test_phone_validator_stores_e164_only(text):
    try:
        stored = clean_value("phone", text)
    except ValidationFailed:
        return
    assert stored is None or (stored.startswith("+") and stored[1:].isdigit())


@given(st.text(max_size=120))
def test_name_validator_keeps_printable_text_of_allowed_length(text):
    try:
        stored = clean_value("first_name", text)
    except ValidationFailed:
        return
    assert 0 < len(stored) <= 100 and stored == stored.strip()
    # docs/design.md "Free text": printable, or a format character such as an emoji's joiner; never a control,
    # direction control, unassigned or private code point, a line break or a soft hyphen
    for ch in stored:
        assert ch.isprintable() or unicodedata.category(ch) == "Cf", repr(ch)
        assert ch not in BIDI_CONTROLS and ch != "\u00ad", repr(ch)


def test_completion_by_supplementary_statement_is_kept_with_the_record(desk, make_agent):
    """GDPR art. 16 and policy 9.2 ("komplettera"): the person's own statement completes the record."""
    add_person(desk)
    anna = make_agent("anna")
    added = add_statement(desk, anna, "100001", "Jag heter numera Östberg-Ågren sedan 2025.")
    assert added["text"].startswith("Jag heter")
    statements = show_person(desk, anna, "100001")["categories"]["statements"]
    assert statements[0]["text"] == "Jag heter numera Östberg-Ågren sedan 2025."
    with pytest.raises(ValidationFailed):
        add_statement(desk, anna, "100001", "   ")
