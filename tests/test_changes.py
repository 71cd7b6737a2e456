"""The change feed for the shop (docs/change-feed.md): every change the desk makes to personal data is in the
outbox under a sequence number, exported for the shop and acknowledged; acknowledging closes the art. 19
tasks for the shop's own systems."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from mnu_desk.cli.main import main
from mnu_desk.db.models import ChangeOutbox, Person, Task
from mnu_desk.domain.errors import PermissionDenied, ValidationFailed
from mnu_desk.services import changes, erasure
from mnu_desk.services.accounts import close_account
from mnu_desk.services.objections import add_objection, withdraw_objection
from mnu_desk.services.rectification import add_statement, rectify
from mnu_desk.services.requests import register_request
from mnu_desk.services.restrictions import lift_restriction, set_restriction

from .conftest import TEST_PASSWORD
from .factories import add_disclosure, add_person

TODAY = date.today()


def exported(desk, actor, tmp_path, since=0):
    out = tmp_path / f"changes-{since}.jsonl"
    result = changes.export(desk, actor, since, out)
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert result["count"] == len(lines)
    return lines


def test_every_kind_of_change_reaches_the_feed_in_order(desk, admin, tmp_path):
    add_person(desk, "100001")
    add_person(desk, "100002")
    ref = register_request(desk, admin, type="rectification", channel="email", received=TODAY,
                           customer_no="100001")["ref"]
    rectify(desk, admin, "100001", {"last_name": "Lind", "email": ""}, "married", request_ref=ref)
    add_statement(desk, admin, "100001", "Jag heter även Lindqvist.")
    add_objection(desk, admin, "100001", "email", "letter", TODAY)
    withdraw_objection(desk, admin, "100001", "email")
    set_restriction(desk, admin, "100001", "restriction", "accuracy contested")
    lift_restriction(desk, admin, "100001", "restriction", "checked", person_told_on=date.today())
    set_restriction(desk, admin, "100001", "legal_hold", "dispute")  # the desk's own matter: not fed
    close_account(desk, admin, "100002")
    lines = exported(desk, admin, tmp_path)
    assert [(line["seq"], line["kind"], line["customer_no"]) for line in lines] == [
        (1, "rectification", "100001"), (2, "completion", "100001"), (3, "objection", "100001"),
        (4, "objection_withdrawn", "100001"), (5, "restriction", "100001"), (6, "restriction_lifted", "100001"),
        (7, "account_closure", "100002")]
    assert lines[0]["data"] == {"changes": {"last_name": "Lind", "email": None}} and lines[0]["request"] == ref
    assert lines[2]["data"] == {"scope": "email", "received": TODAY.isoformat()}
    assert lines[0]["at"].endswith("Z")
    assert [line["seq"] for line in exported(desk, admin, tmp_path, since=5)] == [6, 7]


def test_erasure_is_fed_and_clears_the_persons_values_from_the_outbox(desk, admin, tmp_path):
    add_person(desk, "100001")
    with desk.write() as session:
        session.scalar(select(Person).where(Person.customer_no == "100001")).shop_customer_id = "S-1"
    rectify(desk, admin, "100001", {"first_name": "Åsa-Lena"}, "typo")
    add_statement(desk, admin, "100001", "Mitt namn stavas med bindestreck.")
    ref = register_request(desk, admin, type="erasure", channel="email", received=TODAY,
                           customer_no="100001")["ref"]
    erasure.execute(desk, admin, ref, ledger_path=tmp_path / "ledger.jsonl")
    lines = exported(desk, admin, tmp_path)
    assert [line["kind"] for line in lines] == ["rectification", "completion", "erasure"]
    assert lines[0]["data"] == lines[1]["data"] == {"cleared": "erasure"}
    assert lines[2]["customer_id"] == "S-1" and lines[2]["request"] == ref and "erased_at" in lines[2]["data"]
    with desk.read() as session:
        assert "Åsa-Lena" not in " ".join(session.scalars(select(ChangeOutbox.payload)))


def test_ack_records_what_the_shop_applied_and_closes_its_tasks(desk, admin, tmp_path):
    add_person(desk, "100001")
    add_disclosure(desk, "100001", "webshop", "m.nu webbutik", "identity,contact")
    add_disclosure(desk, "100001", "klarna", "Klarna Bank AB", "identity")
    with desk.write() as session:
        from mnu_desk.db.models import Recipient
        session.scalar(select(Recipient).where(Recipient.code == "webshop")).role = "shop_system"
    rectify(desk, admin, "100001", {"first_name": "Lena"}, "typo")
    rectify(desk, admin, "100001", {"last_name": "Lind"}, "married")
    with desk.read() as session:
        changed = changes.changes_of(session, person_id=session.scalar(select(Person.id)))
    assert (changed["waiting"], [c["reached_shop"] for c in changed["changes"]]) == (2, [False, False])
    first = changes.ack(desk, admin, 1)
    assert len(first["tasks_closed"]) == 1
    with desk.read() as session:
        done = [t.done_at is not None for t in session.scalars(select(Task).order_by(Task.id))]
        changed = changes.changes_of(session, person_id=session.scalar(select(Person.id)))
    # the shop system's task of change 1 is closed; Klarna's stay for an agent, change 2's waits for its ack
    assert done == [True, False, False, False]
    assert [c["reached_shop"] for c in changed["changes"]] == [True, False]
    assert changes.ack(desk, admin, 2)["previous"] == 1
    assert changes.feed_state(desk, admin) | {"acked_at": None} == {"last": 2, "acked": 2, "pending": 0,
                                                                      "acked_at": None}
    with pytest.raises(ValidationFailed):
        changes.ack(desk, admin, 3)
    with pytest.raises(ValidationFailed):
        changes.ack(desk, admin, 1)


def test_only_an_admin_uses_the_feed(desk, make_agent, tmp_path):
    supervisor = make_agent("sven", "supervisor")
    with pytest.raises(PermissionDenied):
        changes.export(desk, supervisor, 0, tmp_path / "x.jsonl")
    with pytest.raises(PermissionDenied):
        changes.ack(desk, supervisor, 0)
    assert not (tmp_path / "x.jsonl").exists()


def test_cli_export_and_ack(capsys, monkeypatch, desk, admin, db_url, tmp_path):
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    add_person(desk, "100001")
    add_objection(desk, admin, "100001", "all", "phone", TODAY)
    out = tmp_path / "changes.jsonl"
    base = ["--db", db_url, "--agent", "admin", "--lang", "sv"]
    assert main([*base, "--json", "changes", "export", "--since", "0", "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["last"] == 1
    assert json.loads(out.read_text(encoding="utf-8"))["kind"] == "objection"
    assert main([*base, "changes", "ack", "1"]) == 0
    assert "1" in capsys.readouterr().out
    assert main([*base, "changes", "ack", "9"]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "Det finns ingen ändring 9" in captured.err
    assert main([*base, "changes", "export", "--since", "x", "--out", str(out)]) == 2
