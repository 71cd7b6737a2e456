"""Who gets an extract: an erased or restricted person still has kept rows, and an access request gets an
extract of exactly what is kept and why (docs/design.md "Erasure"; GDPR art. 15, 17(3)(b), 18; policy 9.3.3)."""

from __future__ import annotations

import io
import json
from datetime import date

from pypdf import PdfReader
from sqlalchemy import select

from mnu_desk.db.models import Order, Request
from mnu_desk.services import erasure, extracts, requests, restrictions

from .test_extract_issue import PASS, make_office


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _request(desk, agent, type, customer="100001", **extra) -> str:
    return requests.register_request(desk, agent, type=type, channel="letter", received=date.today(),
                                     customer_no=customer, requester_name="Åsa Östberg",
                                     requester_address="Storgatan 12\n111 22 Stockholm", **extra)["ref"]


def test_an_erased_person_gets_what_is_kept_and_why(desk, admin, make_agent, tmp_path):
    """docs/design.md "Erasure": what stays is restricted to bookkeeping yet still the person's data."""
    desk, admin, anna, sven = make_office(desk, admin, make_agent)
    erasure.execute(desk, sven, _request(desk, anna, "erasure"), ledger_path=tmp_path / "ledger.jsonl")
    with desk.read() as session:
        order_nos = session.scalars(select(Order.order_no).where(Order.restricted_to_bookkeeping)).all()
    assert order_nos == ["7000001"]
    ref = _request(desk, anna, "access")
    result = extracts.issue_extract(desk, anna, ref, copy_json=True, passphrase=PASS)
    text = _text(result.pdf)
    assert "raderades den" in text and "7000001" in text and "bokföringslagen" in text
    # exactly what is kept: the erased name, e-mail and IP addresses are nowhere, neither in the PDF nor the copy
    for gone in ("100001@exempel.se", "2001:db8::1", "203.0.113.77"):
        assert gone not in text and gone not in result.json.decode()
    copy = json.loads(result.json)["categories"]
    assert [o["order_no"] for o in copy["orders"]] == ["7000001"] and copy["usage_events"] == []
    # the processing section names only what is kept: purchases and the requests, not marketing or usage
    assert "Uppgifter om dina inköp" in text and "IP-adress och information" not in text
    with desk.read() as session:
        assert session.scalar(select(Request.status).where(Request.ref == ref)) == "completed"


def test_a_restricted_person_gets_the_whole_extract_and_is_told_of_the_restriction(desk, admin, make_agent):
    """GDPR art. 18: restricted data is kept, not used; the extract still holds all of it."""
    desk, admin, anna, sven = make_office(desk, admin, make_agent)
    restrictions.set_restriction(desk, sven, "100001", "restriction", "riktigheten utreds")
    result = extracts.issue_extract(desk, anna, _request(desk, anna, "access"), lang="en", passphrase=PASS)
    text = _text(result.pdf)
    assert "Processing of your data is restricted since" in text and "restriction of processing" in text
    assert "100001@exempel.se" in text and "7000001" in text
