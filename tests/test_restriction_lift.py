"""Lifting a restriction (GDPR art. 18(3); docs/design.md "Restriction"): the person is told before the lift,
and the day they were told is given by the agent — required, never after today, never assumed."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from mnu_desk.cli.main import main
from mnu_desk.db.models import Restriction
from mnu_desk.domain.errors import ValidationFailed
from mnu_desk.services.restrictions import lift_restriction, set_restriction

from .conftest import TEST_PASSWORD
from .factories import add_person


def _active(desk):
    with desk.read() as session:
        return session.scalar(select(Restriction).where(Restriction.lifted_at.is_(None)))


@pytest.mark.parametrize("told", [None, date.today() + timedelta(days=1)])
def test_a_lift_without_the_day_the_person_was_told_or_with_a_day_to_come_is_refused(desk, make_agent, told):
    """Art. 18(3): told before the lift; the restriction stays until the day is given."""
    add_person(desk)
    sara = make_agent("sara", "supervisor")
    set_restriction(desk, sara, "100001", "restriction", "bestrider adressen")
    with pytest.raises(ValidationFailed, match="told"):
        lift_restriction(desk, sara, "100001", "restriction", "adressen kontrollerad", person_told_on=told)
    assert _active(desk) is not None


def test_a_legal_hold_is_lifted_without_a_told_day(desk, make_agent):
    """Policy 6.1: a legal hold is the desk's own matter; art. 18(3) is about restrictions."""
    add_person(desk)
    sara = make_agent("sara", "supervisor")
    set_restriction(desk, sara, "100001", "legal_hold", "tvist")
    assert lift_restriction(desk, sara, "100001", "legal_hold", "avgjord")["person_told_on"] is None


def test_cli_restriction_lift_needs_told(desk, db_url, make_agent, monkeypatch, capsys):
    """docs/design.md section 7: `restriction lift CUSTOMER_NO --reason TEXT --told DATE`; without --told exit 2,
    a day after today exit 1, and nothing changes either way."""
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    add_person(desk)
    set_restriction(desk, make_agent("sara", "supervisor"), "100001", "restriction", "bestrider adressen")
    base = ["--db", db_url, "--agent", "sara"]
    assert main(["restriction", "lift", "100001", "--reason", "kontrollerad", *base]) == 2
    assert "--told" in capsys.readouterr().err
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    assert main(["restriction", "lift", "100001", "--reason", "kontrollerad", "--told", tomorrow, *base]) == 1
    assert _active(desk) is not None
    told = (date.today() - timedelta(days=2)).isoformat()
    capsys.readouterr()
    assert main(["restriction", "lift", "100001", "--reason", "kontrollerad", "--told", told, "--json", *base]) == 0
    assert json.loads(capsys.readouterr().out)["person_told_on"] == told
    assert _active(desk) is None
