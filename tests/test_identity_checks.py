"""How identity was checked, and copies of ID documents (GDPR art. 12(6); docs/design.md "Signed letter and
identity"): the method is always the agent's choice, "signature and address match" is refused when the
requester gave another address (reasonable doubt, shown as the warning `address_differs`), and an ID copy is its
own kind of attachment whose content is deleted once the check is recorded, and by an erasure."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from mnu_desk.db.models import RequestAttachment
from mnu_desk.domain.errors import ValidationFailed
from mnu_desk.domain.requests import address_matches
from mnu_desk.services import erasure, requests

from .factories import add_person

TODAY = date(2026, 3, 10)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
ID_SCAN = b"%PDF-1.4\n% pass 19800101-1234\n%%EOF\n"


def _register(desk, actor, **extra):
    values = dict(type="access", channel="letter", received=date(2026, 3, 5), customer_no="100001", signed=True,
                  attachments=[("brev.pdf", PDF, "letter")], today=TODAY)
    values.update(extra)
    return requests.register_request(desk, actor, **values)


def attachments(desk):
    with desk.read() as session:
        return [(a.kind, a.content, a.deleted_at is not None)
                for a in session.scalars(select(RequestAttachment).order_by(RequestAttachment.id))]


@pytest.mark.parametrize(("given", "same"), [
    ("Storgatan 1, 111 22 Stockholm", True), ("STORGATAN 1\n11122 STOCKHOLM", True), ("storgatan 1 111 22 stockholm", True),
    ("Storgatan 10, 111 22 Stockholm", True),  # the record's "Storgatan 1" is in it: a number alone is no doubt
    ("Byvägen 3, 123 45 Byn", False), ("Storgatan 1, 411 01 Göteborg", False), ("", True), (None, True),
])
def test_an_address_as_given_is_compared_with_the_record_whatever_its_spelling(given, same):
    """docs/design.md "Signed letter and identity": another address than the one on record is reasonable doubt."""
    assert address_matches(given, "Storgatan 1", "111 22", "Stockholm") is same


def test_signature_and_address_is_refused_when_the_requester_gave_another_address(desk, make_agent):
    """Art. 12(6): "signature and address match" cannot be recorded when the address differs; nothing is saved."""
    add_person(desk)
    anna = make_agent("anna")
    with pytest.raises(ValidationFailed, match="another address"):
        _register(desk, anna, identity="signature_address", requester_address="Byvägen 3, 123 45 Byn")
    assert requests.list_requests(desk, anna) == []
    ok = _register(desk, anna, identity="signature_address", requester_address="Storgatan 1, 111 22 Stockholm")
    assert ok["identity_method"] == "signature_address" and ok["warnings"] == []


def test_another_address_is_shown_as_a_warning_on_the_request(desk, make_agent):
    """Art. 12(6): the request shows the doubt (`address_differs`), at registration and whenever it is shown."""
    add_person(desk)
    anna = make_agent("anna")
    registered = _register(desk, anna, requester_address="Byvägen 3, 123 45 Byn")
    assert registered["warnings"] == ["address_differs"] and registered["identity_method"] is None
    assert requests.get_request(desk, anna, registered["ref"], today=TODAY)["warnings"] == ["address_differs"]
    assert requests.list_requests(desk, anna, today=TODAY)[0]["warnings"] == ["address_differs"]


def test_a_later_check_by_signature_and_address_is_refused_too(desk, make_agent):
    """Art. 12(6): the same rule when the proof arrives after the desk asked for it."""
    add_person(desk)
    anna = make_agent("anna")
    ref = _register(desk, anna, requester_address="Byvägen 3, 123 45 Byn")["ref"]
    requests.ask_for_identity(desk, anna, ref, date(2026, 3, 6), today=TODAY)
    with pytest.raises(ValidationFailed, match="another address"):
        requests.identity_received(desk, anna, ref, date(2026, 3, 9), "signature_address", today=TODAY)
    with pytest.raises(ValidationFailed, match="Say how identity was checked"):
        requests.identity_received(desk, anna, ref, date(2026, 3, 9), "", today=TODAY)
    assert requests.get_request(desk, anna, ref, today=TODAY)["identity_method"] is None
    done = requests.identity_received(desk, anna, ref, date(2026, 3, 9), "known_email", today=TODAY)
    assert done["identity_method"] == "known_email"


def test_an_id_copy_is_kept_apart_and_deleted_once_identity_is_recorded(desk, make_agent):
    """docs/design.md "Signed letter and identity": an ID copy carries a personnummer and a photo, which the
    policy does not collect; deleted the moment the check is recorded, its row kept with `deleted_at`."""
    add_person(desk)
    anna = make_agent("anna")
    ref = _register(desk, anna, attachments=[("brev.pdf", PDF, "letter"), ("pass.pdf", ID_SCAN, "id_copy")])["ref"]
    assert attachments(desk) == [("letter", PDF, False), ("id_copy", ID_SCAN, False)]  # no check recorded yet
    requests.ask_for_identity(desk, anna, ref, date(2026, 3, 6), today=TODAY)
    requests.identity_received(desk, anna, ref, date(2026, 3, 9), "id_copy", today=TODAY)
    assert attachments(desk) == [("letter", PDF, False), ("id_copy", None, True)]
    shown = requests.get_request(desk, anna, ref, today=TODAY)["attachments"]
    assert [(a["kind"], a["deleted_at"] is not None) for a in shown] == [("letter", False), ("id_copy", True)]


def test_an_id_copy_registered_with_the_check_is_deleted_at_once(desk, make_agent):
    add_person(desk)
    _register(desk, make_agent("anna"), identity="id_copy", attachments=[("pass.pdf", ID_SCAN, "id_copy")])
    assert attachments(desk) == [("id_copy", None, True)]


def test_an_erasure_deletes_any_id_copy_left(desk, make_agent):
    """docs/design.md "Signed letter and identity": an ID scan never survives the person's erasure."""
    add_person(desk)
    anna, sara = make_agent("anna"), make_agent("sara", "supervisor")
    _register(desk, anna, attachments=[("pass.pdf", ID_SCAN, "id_copy")])  # identity never recorded
    ref = requests.register_request(desk, anna, type="erasure", channel="email", received=date.today(),
                                    customer_no="100001", identity="known_email")["ref"]
    result = erasure.execute(desk, sara, ref)
    assert result["counts"]["id_copies"] == 1
    assert attachments(desk) == [("id_copy", None, True)]
