"""Fees (GDPR art. 12(5), 15(3); policy 9.3.1; docs/design.md "Fees and repeats"): the first extract is always
free; a fee only for a further copy in the same calendar year or a request a supervisor records as manifestly
unfounded or excessive, at most the settings' fee for a further copy, and only after the fee letter was sent;
the cover letter refers to an earlier notice only when there was one."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from mnu_desk.db.models import Request
from mnu_desk.domain.errors import ValidationFailed
from mnu_desk.domain.fees import check_fee
from mnu_desk.services import extracts, letters, settings

from .test_extract_issue import PASS, _access, make_office

EARLIER_NOTICE = "Enligt vårt tidigare besked"


@pytest.fixture
def office(desk, admin, make_agent):
    desk, admin, anna, sven = make_office(desk, admin, make_agent)
    settings.change(desk, admin, "further_copy_fee", "150")
    return desk, admin, anna, sven


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages[:1])


@pytest.mark.parametrize(("fee", "repeat", "excessive", "allowed"), [
    (Decimal("0"), False, False, True), (Decimal("150"), False, False, False), (Decimal("500"), False, False, False),
    (Decimal("150"), True, False, True), (Decimal("150"), False, True, True), (Decimal("150.01"), True, False, False),
    (Decimal("500"), False, True, False),
])
def test_the_fee_rule(fee, repeat, excessive, allowed):
    """Art. 12(5): the first extract is free; art. 15(3) a further copy at most the settings' fee."""
    if allowed:
        check_fee(fee, repeat=repeat, excessive=excessive, further_copy_fee=Decimal("150"))
    else:
        with pytest.raises(ValidationFailed):
            check_fee(fee, repeat=repeat, excessive=excessive, further_copy_fee=Decimal("150"))


@pytest.mark.parametrize("amount", ["150", "500"])
def test_a_fee_on_a_first_request_is_refused_and_nothing_recorded(office, amount):
    """Art. 12(5): 150 kr and 500 kr on a first, non-repeat request are both refused."""
    desk, admin, anna, sven = office
    ref = _access(desk, anna)
    with pytest.raises(ValidationFailed, match="first extract is free"):
        extracts.decide_fee(desk, sven, ref, amount, "kopia")
    with desk.read() as session:
        assert session.scalar(select(Request.fee).where(Request.ref == ref)) is None


def test_an_excessive_request_may_cost_at_most_the_settings_fee(office):
    """Art. 12(5): a supervisor records the request as manifestly unfounded or excessive, with the reasons."""
    desk, admin, anna, sven = office
    ref = _access(desk, anna)
    with pytest.raises(ValidationFailed, match="at most"):
        extracts.decide_fee(desk, sven, ref, "500", "tionde begäran denna månad", excessive=True)
    decided = extracts.decide_fee(desk, sven, ref, "150", "tionde begäran denna månad", excessive=True)
    assert decided["excessive"] is True and decided["fee"] == Decimal("150.00")
    with desk.read() as session:
        row = session.scalar(select(Request).where(Request.ref == ref))
        assert (row.fee_excessive, row.decision_reason) == (True, "tionde begäran denna månad")


def test_a_fee_is_charged_only_after_the_fee_letter_and_the_letter_then_refers_to_it(office):
    """docs/design.md "Fees and repeats": told in a fee letter before work starts; the cover letter may then
    refer to it, and never claims an earlier notice that does not exist."""
    desk, admin, anna, sven = office
    extracts.issue_extract(desk, anna, _access(desk, anna), passphrase=PASS)
    repeat = _access(desk, anna)
    extracts.decide_fee(desk, sven, repeat, "150", "andra kopian i år")
    preview = _text(extracts.preview_extract(desk, anna, repeat).pdf)
    assert EARLIER_NOTICE not in preview and "Avgiften för detta utdrag är 150.00 kr" in preview
    with pytest.raises(ValidationFailed, match="no fee letter"):
        extracts.issue_extract(desk, anna, repeat, passphrase=PASS)
    letters.record_sent(desk, sven, repeat, "fee", "sv")
    issued = extracts.issue_extract(desk, anna, repeat, passphrase=PASS)
    assert issued.fee == Decimal("150.00") and EARLIER_NOTICE in _text(issued.pdf)


def test_a_free_extract_never_mentions_a_fee(office):
    """Art. 12(5): the first extract is free, and its letter says so without any earlier notice."""
    desk, admin, anna, sven = office
    issued = extracts.issue_extract(desk, anna, _access(desk, anna), passphrase=PASS)
    assert issued.free and EARLIER_NOTICE not in _text(issued.pdf)
