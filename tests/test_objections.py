"""Objections to marketing and the exports that obey them (policy 9.4; GDPR art. 21(2)-(3))."""

from __future__ import annotations

import csv
import hashlib
import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from mnu_desk.cli.main import main
from mnu_desk.db.models import NewsletterSubscription, Objection, Person, Restriction
from mnu_desk.domain.errors import PermissionDenied, ValidationFailed
from mnu_desk.domain.objections import email_sha256, phone_hashes
from mnu_desk.services.marketing import export_marketing, export_suppression
from mnu_desk.services.objections import add_objection, withdraw_objection

from .conftest import TEST_PASSWORD
from .factories import add_person

TODAY = date.today()


def subscribe(desk, customer_no, *, personalise=True):
    with desk.write() as session:
        person = session.scalar(select(Person).where(Person.customer_no == customer_no))
        session.add(NewsletterSubscription(person_id=person.id, list_name="Nyheter",
                                           subscribed_at=datetime.now(UTC), personalise=personalise))


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def supervisor(make_agent):
    return make_agent("sara", "supervisor")


def test_hashes_follow_the_suppression_list_format():
    """Policy 9.4: e-mail trimmed and lower-cased; phone as +46... and as 46... (Meta's digits form)."""
    assert email_sha256("  Asa@Exempel.SE ") == hashlib.sha256(b"asa@exempel.se").hexdigest()
    e164, digits = phone_hashes("+46701234567")
    assert e164 == hashlib.sha256(b"+46701234567").hexdigest()
    assert digits == hashlib.sha256(b"46701234567").hexdigest()


def test_objection_registered_now_keeps_the_person_out_of_the_next_export(desk, make_agent, supervisor,
                                                                          tmp_path):
    """Policy 9.4, art. 21(3): effective at registration; an objection at 10:00 holds for the 10:01 export."""
    agent = make_agent("anna")
    add_person(desk, "100001")
    add_person(desk, "100002")
    subscribe(desk, "100001")
    subscribe(desk, "100002")
    out = tmp_path / "m.csv"
    assert export_marketing(desk, supervisor, out) == 2
    add_objection(desk, agent, "100001", "email", "email", TODAY)
    export_marketing(desk, supervisor, out, force=True)
    assert [row["customer_no"] for row in read_csv(out)] == ["100002"]


def test_objection_to_personalised_offers_keeps_the_subscriber_without_personalisation(desk, supervisor,
                                                                                     tmp_path):
    """Policy 9.4 and 5.3: objecting to profiling only stops personalisation, not the newsletter."""
    add_person(desk, "100001")
    subscribe(desk, "100001")
    add_objection(desk, supervisor, "100001", "personalised", "phone", TODAY)
    export_marketing(desk, supervisor, tmp_path / "m.csv")
    rows = read_csv(tmp_path / "m.csv")
    assert [(r["customer_no"], r["personalise"]) for r in rows] == [("100001", "false")]


def test_withdrawal_is_recorded_and_never_deletes_the_objection(desk, supervisor, tmp_path):
    """Policy 9.4: a withdrawn objection stays as a record; the person is back in the audience."""
    add_person(desk, "100001")
    subscribe(desk, "100001")
    add_objection(desk, supervisor, "100001", "all", "letter", TODAY - timedelta(days=3))
    assert export_marketing(desk, supervisor, tmp_path / "m.csv") == 0
    withdraw_objection(desk, supervisor, "100001", "all")
    assert export_marketing(desk, supervisor, tmp_path / "m.csv", force=True) == 1
    with desk.read() as session:
        rows = session.scalars(select(Objection)).all()
    assert len(rows) == 1 and rows[0].withdrawn_at is not None and rows[0].withdrawn_by == supervisor.id


def test_received_in_the_future_or_unknown_scope_is_refused(desk, supervisor):
    """Policy 9.4: a registration must be a real, dated objection; nothing is written otherwise."""
    add_person(desk, "100001")
    with pytest.raises(ValidationFailed):
        add_objection(desk, supervisor, "100001", "email", "email", TODAY + timedelta(days=2))
    with pytest.raises(ValidationFailed):
        add_objection(desk, supervisor, "100001", "sms", "email", TODAY)
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(Objection)) == 0


def test_suppression_list_holds_hashes_of_partner_ads_and_all_objectors(desk, supervisor, tmp_path):
    """Policy 9.4 (partner ads such as Facebook/Google): hashes stored at registration, one line each."""
    add_person(desk, "100001", email=" Asa@Exempel.se", phone="+46701234567")
    add_person(desk, "100002", phone="+46709999999")
    add_person(desk, "100003")
    add_objection(desk, supervisor, "100001", "partner_ads", "email", TODAY)
    add_objection(desk, supervisor, "100001", "all", "email", TODAY)
    add_objection(desk, supervisor, "100002", "email", "email", TODAY)  # e-mail only: not for partners
    assert export_suppression(desk, supervisor, tmp_path / "s.csv") == 1
    rows = read_csv(tmp_path / "s.csv")
    e164, digits = phone_hashes("+46701234567")
    assert rows == [{"email_sha256": email_sha256("asa@exempel.se"), "phone_e164_sha256": e164,
                     "phone_digits_sha256": digits}]


def test_the_hashes_survive_when_the_person_row_loses_its_data(desk, supervisor, tmp_path):
    """Policy 9.4 with 9.3.3: the suppression list keeps an erased objector out of partner ads."""
    add_person(desk, "100001", phone="+46701234567")
    add_objection(desk, supervisor, "100001", "partner_ads", "web", TODAY)
    with desk.write() as session:  # a tombstone, as erasure leaves it
        person = session.scalar(select(Person))
        person.first_name = person.last_name = person.email = person.email_norm = person.phone_e164 = None
        person.status = "erased"
    export_suppression(desk, supervisor, tmp_path / "s.csv")
    assert read_csv(tmp_path / "s.csv")[0]["phone_e164_sha256"] == phone_hashes("+46701234567")[0]


def test_an_agent_may_not_export(desk, make_agent, tmp_path):
    """docs/design.md section 6: marketing and suppression exports are a supervisor's."""
    agent = make_agent("anna")
    with pytest.raises(PermissionDenied):
        export_marketing(desk, agent, tmp_path / "m.csv")
    assert not (tmp_path / "m.csv").exists()


_numbers = itertools.count(200000)
PERSON = st.fixed_dictionaries({
    "subscribed": st.booleans(),
    "objection": st.sampled_from([None, "email", "partner_ads", "personalised", "all"]),
    "withdrawn": st.booleans(),
    "status": st.sampled_from(["active", "active", "closed", "erased"]),
    "restricted": st.sampled_from([None, "restriction", "legal_hold"]),
})


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(population=st.lists(PERSON, min_size=1, max_size=8))
def test_no_objector_restricted_erased_or_closed_person_is_ever_in_the_marketing_export(
        desk, supervisor, tmp_path, population):
    """Policy 9.4, 9.3.3, 6.2; art. 18, 21(3): for any population, the audience holds only active,
    unrestricted subscribers without an active e-mail/all objection, and personalisation follows 'personalised'."""
    expected: dict[str, str] = {}
    now = datetime.now(UTC)
    with desk.write() as session:
        session.query(NewsletterSubscription).delete()
    for spec in population:
        number = str(next(_numbers))
        add_person(desk, number, ip=None)
        with desk.write() as session:
            person = session.scalar(select(Person).where(Person.customer_no == number))
            if spec["subscribed"]:
                session.add(NewsletterSubscription(person_id=person.id, list_name="Nyheter", subscribed_at=now))
            if spec["objection"]:
                session.add(Objection(person_id=person.id, scope=spec["objection"], channel="email",
                                      received_on=TODAY, registered_at=now,
                                      withdrawn_at=now if spec["withdrawn"] else None))
            if spec["restricted"]:
                session.add(Restriction(person_id=person.id, kind=spec["restricted"], reason="test", set_at=now))
            person.status = spec["status"]
            if spec["status"] == "closed":
                person.closed_at = now
            if spec["status"] == "erased":
                person.erased_at = now
        active_objection = spec["objection"] if spec["objection"] and not spec["withdrawn"] else None
        if (spec["subscribed"] and spec["status"] == "active" and spec["restricted"] != "restriction"
                and active_objection not in ("email", "all")):
            expected[number] = "false" if active_objection == "personalised" else "true"
    out = tmp_path / "m.csv"
    export_marketing(desk, supervisor, out, force=True)  # one file for every generated population
    got = {row["customer_no"]: row["personalise"] for row in read_csv(out)}
    assert got == expected


def test_cli_objection_and_exports(desk, db_url, supervisor, monkeypatch, capsys, tmp_path):
    """docs/design.md section 7: `objection add|withdraw`, `marketing export`, `suppression export`; exit codes."""
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    add_person(desk, "100001")
    subscribe(desk, "100001")
    base = ["--db", db_url, "--agent", "sara"]
    assert main(["objection", "add", "100001", "--scope", "all", "--channel", "email",
                 "--received", TODAY.isoformat(), *base]) == 0
    capsys.readouterr()
    assert main(["marketing", "export", "--out", str(tmp_path / "m.csv"), *base, "--json"]) == 0
    assert '"rows": 0' in capsys.readouterr().out
    assert main(["suppression", "export", "--out", str(tmp_path / "s.csv"), *base]) == 0
    assert len(read_csv(tmp_path / "s.csv")) == 1
    capsys.readouterr()
    # a second objection of the same scope is refused: exit 1, one line, nothing on stdout
    code = main(["objection", "add", "100001", "--scope", "all", "--channel", "email",
                 "--received", TODAY.isoformat(), *base])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    # malformed date and unknown scope: usage errors
    assert main(["objection", "add", "100001", "--scope", "all", "--channel", "email", "--received",
                 "2024-13-01", *base]) == 2
    assert main(["objection", "withdraw", "100001", "--scope", "sms", *base]) == 2
    assert main(["objection", "withdraw", "100001", "--scope", "all", *base]) == 0
