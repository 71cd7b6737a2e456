"""The case register (policy 9.3; GDPR art. 12): registering, identity, deadlines, extension, refusal,
tasks and closing."""

from datetime import date

import pytest

from mnu_desk.domain.errors import NotFound, PermissionDenied, ValidationFailed
from mnu_desk.services import audit, requests

from .factories import add_disclosure, add_person

TODAY = date(2026, 3, 10)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 17 + b"\x00\x00\x00\x00IEND\xaeB`\x82"


def _letter(desk, actor, **extra):
    values = dict(type="access", channel="letter", received=date(2026, 3, 5), customer_no="100001",
                  signed=True, identity="signature_address", attachments=[("brev.pdf", PDF, "letter")],
                  today=TODAY)
    values.update(extra)
    return requests.register_request(desk, actor, **values)


def test_signed_letter_with_scan_gets_its_due_date(desk, make_agent):
    """Policy 9.3.1: an access request by signed letter; art. 12(3): one month, moved past Easter."""
    add_person(desk)
    anna = make_agent("anna")
    request = _letter(desk, anna)
    assert request["ref"].startswith("R-2026-")
    assert request["due"] == date(2026, 4, 7) and request["status"] == "in_progress"
    full = requests.get_request(desk, anna, request["ref"], today=TODAY)
    assert full["attachments"][0]["media_type"] == "application/pdf"
    assert len(full["attachments"][0]["sha256"]) == 64
    assert audit.verify(desk).ok


def test_request_about_nobody_we_know_keeps_the_requester_as_given(desk, make_agent):
    anna = make_agent("anna")
    request = requests.register_request(desk, anna, type="access", channel="email", received=date(2026, 3, 9),
                                        requester_name="Okänd  Person", requester_address="Byväg 1, 123 45 By",
                                        today=TODAY)
    assert request["customer_no"] is None and request["requester_name"] == "Okänd Person"
    with pytest.raises(ValidationFailed):
        requests.register_request(desk, anna, type="access", channel="email", received=date(2026, 3, 9),
                                  today=TODAY)


@pytest.mark.parametrize("bad", [
    dict(received=date(2026, 3, 11)),                                    # after today
    dict(type="complaint"), dict(channel="fax"), dict(identity="palmistry"), dict(identity="other:"),
    dict(attachments=[("brev.pdf", b"just text, not a pdf", "letter")]),  # only claims to be a PDF
    dict(attachments=[("stor.pdf", b"%PDF-" + b"0" * (50 * 1024 * 1024) + b"%%EOF", "letter")]),  # 50 MB
    dict(attachments=[("tom.png", b"", "letter")]),
    dict(customer_no="424242"),
])
def test_bad_input_is_refused_and_nothing_saved(desk, make_agent, bad):
    add_person(desk)
    anna = make_agent("anna")
    with pytest.raises((ValidationFailed, NotFound)):
        _letter(desk, anna, **bad)
    assert requests.list_requests(desk, anna) == []


def test_png_scan_is_accepted(desk, make_agent):
    add_person(desk)
    request = _letter(desk, make_agent("anna"), attachments=[("brev.png", PNG, "letter")])
    assert request["ref"]


def test_open_request_of_the_same_type_is_warned_about(desk, make_agent):
    add_person(desk)
    anna = make_agent("anna")
    first = _letter(desk, anna)
    second = _letter(desk, anna)
    assert second["warnings"] == [f"open_same_type:{first['ref']}"]


def test_asking_for_proof_restarts_the_month_and_deletes_the_id_copy(desk, make_agent):
    """Art. 12(6): the month runs from the day the proof arrived; an ID copy is deleted once checked."""
    add_person(desk)
    anna = make_agent("anna")
    ref = _letter(desk, anna, identity=None)["ref"]
    asked = requests.ask_for_identity(desk, anna, ref, date(2026, 3, 6), today=TODAY)
    assert asked["status"] == "awaiting_identity"
    received = requests.identity_received(desk, anna, ref, date(2026, 3, 20), "id_copy", today=date(2026, 3, 20))
    assert received["due"] == date(2026, 4, 20) and received["status"] == "in_progress"
    assert received["identity_asked_on"] == date(2026, 3, 6)


def test_extension_needs_a_supervisor_a_reason_and_the_first_month(desk, make_agent):
    add_person(desk)
    anna, sven = make_agent("anna"), make_agent("sven", "supervisor")
    ref = _letter(desk, anna)["ref"]
    with pytest.raises(PermissionDenied):
        requests.extend(desk, anna, ref, "many requests", today=TODAY)
    with pytest.raises(ValidationFailed):
        requests.extend(desk, sven, ref, "  ", today=TODAY)
    with pytest.raises(ValidationFailed):  # 8 April: the first month ran out on 7 April
        requests.extend(desk, sven, ref, "complex", today=date(2026, 4, 8))
    extended = requests.extend(desk, sven, ref, "complex request", today=date(2026, 4, 7))
    assert extended["extended_due"] == date(2026, 6, 5) and extended["due"] == date(2026, 4, 7)


def test_refusal_records_its_reasons_and_closes(desk, make_agent):
    add_person(desk)
    anna, sven = make_agent("anna"), make_agent("sven", "supervisor")
    ref = _letter(desk, anna)["ref"]
    with pytest.raises(PermissionDenied):
        requests.refuse(desk, anna, ref, "excessive")
    refused = requests.refuse(desk, sven, ref, "manifestly excessive: fourth request this month", today=TODAY)
    assert refused["status"] == "refused" and refused["closed_at"] is not None


def test_close_needs_an_outcome(desk, make_agent):
    add_person(desk)
    anna = make_agent("anna")
    ref = _letter(desk, anna)["ref"]
    with pytest.raises(ValidationFailed):
        requests.close(desk, anna, ref, " ")
    closed = requests.close(desk, anna, ref, "extract sent", today=TODAY)
    assert closed["status"] == "completed"
    with pytest.raises(ValidationFailed):
        requests.close(desk, anna, ref, "again")


def test_queue_lists_open_requests_by_due_date_with_overdue_flag(desk, make_agent):
    add_person(desk)
    anna = make_agent("anna")
    late = _letter(desk, anna, received=date(2026, 1, 5), today=date(2026, 1, 5))
    soon = _letter(desk, anna, received=date(2026, 3, 1), today=TODAY)
    queue = requests.list_requests(desk, anna, open_only=True, today=TODAY)
    assert [r["ref"] for r in queue] == [late["ref"], soon["ref"]]
    assert queue[0]["overdue"] and queue[0]["days_left"] < 0
    assert [r["ref"] for r in requests.list_requests(desk, anna, overdue_only=True, today=TODAY)] == [late["ref"]]
    csv_text = requests.export_register_csv(desk, anna)
    assert csv_text.splitlines()[0] == "ref,type,channel,received,due,extended_due,status,closed,outcome,agent"
    assert late["ref"] in csv_text


def test_assign_to_me(desk, make_agent):
    add_person(desk)
    anna = make_agent("anna")
    ref = _letter(desk, anna)["ref"]
    assert requests.assign(desk, anna, ref, today=TODAY)["assigned_to"] == "anna"
    assert [r["ref"] for r in requests.list_requests(desk, anna, agent="anna")] == [ref]


def test_request_detail_names_the_recipient_of_each_task(desk, make_agent):
    from mnu_desk.services.rectification import rectify


    add_person(desk)
    add_disclosure(desk, "100001", "klarna", "Klarna Bank AB", "address")
    anna = make_agent("anna")
    ref = _letter(desk, anna, type="rectification")["ref"]
    rectify(desk, anna, "100001", {"city": "Lund"}, "moved", request_ref=ref)
    assert requests.get_request(desk, anna, ref, today=TODAY)["tasks"][0]["recipient"] == "Klarna Bank AB"


def test_a_closed_request_says_so_in_swedish(desk, make_agent):
    from mnu_desk import i18n

    add_person(desk)
    anna = make_agent("anna")
    ref = _letter(desk, anna)["ref"]
    requests.close(desk, anna, ref, "done", today=TODAY)
    with pytest.raises(ValidationFailed) as refused:
        requests.close(desk, anna, ref, "again", today=TODAY)
    assert "slutfört" in i18n.message(refused.value, "sv")
