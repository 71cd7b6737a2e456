"""De-identification instead of erasure (policy 4 "statistik", 9.2 "avidentifiera"; docs/design.md "Erasure"):
analytics rows chosen per category in the preview are kept for statistics with the link to the person cut — no
person, no shop id, IP addresses cut to /24 or /48, no cookie id, no query strings — and nothing left links back
to the person."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select, text

from mnu_desk.cli.main import main
from mnu_desk.db.models import Interest, NewsletterInteraction, Person, UsageEvent
from mnu_desk.domain.deidentify import network_of, parse_categories, without_query
from mnu_desk.domain.errors import ValidationFailed
from mnu_desk.services import erasure, requests

from .conftest import TEST_PASSWORD
from .factories import add_person

ALL = ["usage_events", "interests", "newsletter_interactions"]


@pytest.mark.parametrize(("ip", "network"), [
    ("192.0.2.77", "192.0.2.0"), ("10.1.2.3", "10.1.2.0"), ("2001:db8:1:2::5", "2001:db8:1::"),
    ("2001:0db8:00aa:ffff:1:2:3:4", "2001:db8:aa::"), ("not an ip", None), ("", None),
])
def test_an_ip_address_is_cut_to_its_network(ip, network):
    """docs/design.md "Erasure": IP addresses cut to /24 (IPv4) or /48 (IPv6)."""
    assert network_of(ip) == network


def test_query_strings_go_and_only_analytics_can_be_deidentified():
    assert without_query("/sok?q=asa@exempel.se#x") == "/sok"
    assert without_query("https://m.nu/erbjudande?utm_source=nyhetsbrev&sub=100001") == "https://m.nu/erbjudande"
    with pytest.raises(ValidationFailed):
        parse_categories(["orders"])


def _person_with_analytics(desk) -> int:
    add_person(desk, "100001", ip="192.0.2.77")
    with desk.write() as session:
        person = session.scalar(select(Person).where(Person.customer_no == "100001"))
        at = datetime(2026, 5, 1, 12, tzinfo=UTC)
        session.add(UsageEvent(person_id=person.id, occurred_at=at, ip_address="2001:db8:1:2::5",
                               event_type="search", path="/sok?q=100001@exempel.se", cookie_id="ck-100001",
                               shop_event_id="ev-100001"))
        session.add(Interest(person_id=person.id, occurred_at=at, product_sku="SKU-9", product_name="Kabel",
                             interaction="clicked", source="newsletter", shop_interest_id="in-100001"))
        session.add(NewsletterInteraction(person_id=person.id, campaign="Vår 2026", event="clicked", occurred_at=at,
                                          link="https://m.nu/kabel?sub=100001", shop_interaction_id="ni-100001"))
        return person.id


def _erasure(desk, make_agent):
    anna, sara = make_agent("anna"), make_agent("sara", "supervisor")
    ref = requests.register_request(desk, anna, type="erasure", channel="email", received=date.today(),
                                    customer_no="100001", identity="known_email")["ref"]
    return anna, sara, ref


def test_the_preview_shows_deidentify_for_the_chosen_categories(desk, make_agent):
    """docs/design.md "Erasure": the preview shows the action `deidentify`, per category the agent chose."""
    _person_with_analytics(desk)
    anna, sara, ref = _erasure(desk, make_agent)
    rows = erasure.preview(desk, anna, ref, deidentify=["usage_events"])["rows"]
    actions = {(r["table"], r["action"]) for r in rows if r["table"] in ALL}
    assert actions == {("usage_events", "deidentify"), ("interests", "erase"), ("newsletter_interactions", "erase")}
    assert all(r["reason_code"] == "deidentify" for r in rows if r["action"] == "deidentify")


def test_deidentified_rows_stay_with_nothing_that_links_back(desk, make_agent, tmp_path):
    """Policy 9.2 "avidentifiera", tested on every backend: the rows stay for statistics; no column of them, and
    no other row of theirs, leads back to the person."""
    person_id = _person_with_analytics(desk)
    anna, sara, ref = _erasure(desk, make_agent)
    result = erasure.execute(desk, sara, ref, deidentify=ALL, ledger_path=tmp_path / "ledger.jsonl")
    assert result["counts"]["usage_events_deidentified"] == 2 and result["counts"]["interests_deidentified"] == 1
    with desk.read() as session:
        events = session.execute(select(UsageEvent.person_id, UsageEvent.ip_address, UsageEvent.path,
                                        UsageEvent.cookie_id, UsageEvent.shop_event_id)
                                 .order_by(UsageEvent.id)).all()
        interests = session.execute(select(Interest.person_id, Interest.shop_interest_id)).all()
        letters = session.execute(select(NewsletterInteraction.person_id, NewsletterInteraction.link,
                                         NewsletterInteraction.shop_interaction_id)).all()
        linked = sum(session.scalar(select(func.count()).select_from(model).where(model.person_id == person_id))
                     for model in (UsageEvent, Interest, NewsletterInteraction))
    assert linked == 0
    assert [tuple(e) for e in events] == [(None, "192.0.2.0", "/", None, None),
                                          (None, "2001:db8:1::", "/sok", None, None)]
    assert [tuple(i) for i in interests] == [(None, None)]
    assert [tuple(n) for n in letters] == [(None, "https://m.nu/kabel", None)]
    with desk.read() as session:  # not the full address, the cookie, the customer number nor the e-mail anywhere
        dump = " ".join(str(v) for model in (UsageEvent, Interest, NewsletterInteraction)
                        for row in session.execute(select(model.__table__)).all() for v in row)
    for secret in ("192.0.2.77", "2001:db8:1:2::5", "ck-100001", "100001", "exempel.se"):
        assert secret not in dump


def test_cli_deidentify(desk, db_url, make_agent, monkeypatch, capsys, tmp_path):
    """docs/design.md section 7: `erase preview|execute --request REF [--deidentify CATEGORY]…`; an unknown
    category is a usage error (exit 2) and nothing changes."""
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    _person_with_analytics(desk)
    anna, sara, ref = _erasure(desk, make_agent)
    base = ["--db", db_url, "--agent", "sara", "--json"]
    assert main(["erase", "preview", "--request", ref, "--deidentify", "interests", *base]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert {r["action"] for r in rows if r["table"] == "interests"} == {"deidentify"}
    assert main(["erase", "execute", "--request", ref, "--deidentify", "orders", *base]) == 2
    assert main(["erase", "execute", "--request", ref, "--deidentify", "interests", "--ledger",
                 str(tmp_path / "l.jsonl"), *base]) == 0
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(Interest)) == 1
        assert session.scalar(select(func.count()).select_from(UsageEvent)) == 0
        assert session.scalar(text("SELECT count(*) FROM interests WHERE person_id IS NULL")) == 1
