"""Erasure with preview, the erasure ledger and its replay, restriction and legal hold (policy 6.1, 9.2,
9.3.3; GDPR art. 17, 18, 19)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.engine import make_url

from mnu_desk.cli.main import main
from mnu_desk.db.engine import make_engine
from mnu_desk.db.models import (
    AuditPayload,
    Disclosure,
    NewsletterSubscription,
    Objection,
    Order,
    Person,
    Recipient,
    SearchWord,
    Task,
    UsageEvent,
)
from mnu_desk.domain.errors import DeskError, PermissionDenied, ValidationFailed
from mnu_desk.domain.retention import erasable_from
from mnu_desk.services import audit, erasure
from mnu_desk.services.context import Desk
from mnu_desk.services.objections import add_objection
from mnu_desk.services.rectification import rectify
from mnu_desk.services.requests import register_request
from mnu_desk.services.restrictions import lift_restriction, set_restriction

from .conftest import TEST_PASSWORD
from .factories import add_person

TODAY = date.today()


@pytest.mark.parametrize(("placed", "year_end", "expected"), [
    (date(2023, 1, 1), "12-31", date(2031, 1, 1)),
    (date(2023, 12, 31), "12-31", date(2031, 1, 1)),
    (date(2024, 2, 29), "12-31", date(2032, 1, 1)),
    (date(2023, 9, 15), "06-30", date(2032, 1, 1)),   # docs/design.md "Retention", the worked example: FY ends 30 June 2024
    (date(2023, 6, 30), "06-30", date(2031, 1, 1)),
    (date(2023, 7, 1), "06-30", date(2032, 1, 1)),
    (date(2024, 1, 10), "06-30", date(2032, 1, 1)),
])
def test_bookkeeping_is_kept_to_the_seventh_year_after_the_fiscal_year_ends(placed, year_end, expected):
    """Policy 6.1 and 9.3.3, Bokföringslagen 7 kap. 2 §: earliest erasure 1 January of (FY-end year + 8)."""
    assert erasable_from(placed, year_end) == expected


@pytest.fixture
def supervisor(make_agent):
    return make_agent("sara", "supervisor")


def erasure_request(desk, actor, customer_no):
    return register_request(desk, actor, type="erasure", channel="email", received=TODAY,
                            customer_no=customer_no)["ref"]


def populated(desk, supervisor, customer_no="100001"):
    """A person with an order, usage, a subscription, a disclosure, an objection and audit payloads."""
    add_person(desk, customer_no, phone="+46701234567")
    with desk.write() as session:
        person = session.scalar(select(Person).where(Person.customer_no == customer_no))
        recipient = session.scalar(select(Recipient).where(Recipient.code == "klarna"))
        if recipient is None:
            recipient = Recipient(code="klarna", name="Klarna Bank AB", role="payment", country="SE")
            session.add(recipient)
            session.flush()
        session.add(Disclosure(person_id=person.id, recipient_id=recipient.id, disclosed_at=datetime.now(UTC),
                               categories="identity,address", purpose="payment", legal_basis="contract"))
        session.add(NewsletterSubscription(person_id=person.id, list_name="Nyheter",
                                           subscribed_at=datetime.now(UTC)))
    rectify(desk, supervisor, customer_no, {"city": "Uppsala"}, "the customer moved")
    add_objection(desk, supervisor, customer_no, "partner_ads", "email", TODAY)
    return customer_no


def counts(desk):
    with desk.read() as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in (Person, Order, UsageEvent, NewsletterSubscription, Disclosure, AuditPayload,
                              SearchWord, Task, Objection)} | {
            "erased": session.scalar(select(func.count()).select_from(Person).where(Person.status == "erased"))}


def test_preview_lists_every_row_with_action_reason_and_date(desk, make_agent, supervisor):
    """Policy 9.3.3: preview first; the order stays for bookkeeping with its date, the rest goes."""
    agent = make_agent("anna")
    populated(desk, supervisor)
    ref = erasure_request(desk, agent, "100001")
    result = erasure.preview(desk, agent, ref)
    assert result["request"] == ref and result["hold"] is False
    by_table = {}
    for row in result["rows"]:
        assert set(row) == {"category", "table", "id", "date", "action", "reason_code", "reason",
                            "erasable_from", "label"}
        by_table.setdefault(row["table"], []).append(row)
    order = by_table["orders"][0]
    assert order["label"].startswith("5")  # the order number the agent knows, not the database id
    assert order["action"] == "keep" and order["reason_code"] == "bookkeeping"
    assert order["erasable_from"] == date(TODAY.year + 8, 1, 1).isoformat()
    assert by_table["objections"][0]["action"] == "keep"
    for table in ("people", "addresses", "usage_events", "newsletter_subscriptions", "disclosures",
                  "audit_payloads"):
        assert {row["action"] for row in by_table[table] if row["category"] != "tombstone"} == {"erase"}, table


def test_execute_leaves_a_tombstone_keeps_bookkeeping_and_the_chain_verifies(desk, supervisor, tmp_path):
    """Policy 9.3.3, art. 17 and 19: personal data gone, orders restricted to bookkeeping, payloads
    cleared while the audit chain still verifies, search rows removed, recipients get tasks."""
    populated(desk, supervisor)
    ref = erasure_request(desk, supervisor, "100001")
    ledger_path = tmp_path / "ledger.jsonl"
    result = erasure.execute(desk, supervisor, ref, ledger_path=ledger_path)
    assert result["orders_kept"] == 1 and result["tasks"] == 1
    with desk.read() as session:
        person = session.scalar(select(Person))
        assert person.status == "erased" and person.erased_at is not None
        assert (person.first_name, person.last_name, person.email, person.phone_e164, person.search_text) == \
            (None, None, None, None, "")
        order = session.scalar(select(Order))
        assert order.restricted_to_bookkeeping and order.erasable_from == date(TODAY.year + 8, 1, 1)
        assert order.billing_name == "Åsa Östberg"  # the invoice's snapshot is unchanged
        assert session.scalar(select(func.count()).select_from(AuditPayload)
                              .where(AuditPayload.person_id == person.id)) == 0
        assert session.scalar(select(func.count()).select_from(SearchWord)
                              .where(SearchWord.person_id == person.id)) == 0
        assert session.scalar(select(func.count()).select_from(Task).where(Task.kind == "notify_erasure")) == 1
        assert session.scalar(select(Objection.phone_e164_sha256)) is not None
    assert audit.verify(desk).ok
    line = json.loads(ledger_path.read_text().splitlines()[0])
    assert line["seq"] == 1 and line["request"] == ref and line["customer_no"] == "100001"
    assert "Åsa" not in ledger_path.read_text() and "exempel" not in ledger_path.read_text()


def test_an_agent_may_not_execute_an_erasure(desk, make_agent, supervisor, tmp_path):
    """docs/design.md section 6: executing an erasure is a supervisor's decision."""
    agent = make_agent("anna")
    populated(desk, supervisor)
    ref = erasure_request(desk, agent, "100001")
    before = counts(desk)
    with pytest.raises(PermissionDenied):
        erasure.execute(desk, agent, ref, ledger_path=tmp_path / "l.jsonl")
    assert counts(desk) == before and not (tmp_path / "l.jsonl").exists()


def test_legal_hold_keeps_every_row_and_refuses_execution(desk, supervisor, tmp_path):
    """Policy 6.1: a legal hold blocks every erasure until lifted; the preview says keep for every row."""
    populated(desk, supervisor)
    ref = erasure_request(desk, supervisor, "100001")
    set_restriction(desk, supervisor, "100001", "legal_hold", "tax audit 2026")
    result = erasure.preview(desk, supervisor, ref)
    assert result["hold"] is True and {row["action"] for row in result["rows"]} == {"keep"}
    before = counts(desk)
    with pytest.raises(ValidationFailed, match="legal hold"):
        erasure.execute(desk, supervisor, ref, ledger_path=tmp_path / "l.jsonl")
    assert counts(desk) == before and not (tmp_path / "l.jsonl").exists()
    lift_restriction(desk, supervisor, "100001", "legal_hold", "audit closed")
    erasure.execute(desk, supervisor, ref, ledger_path=tmp_path / "l.jsonl")
    assert counts(desk)["erased"] == 1


def test_lifting_a_restriction_records_when_the_person_was_told(desk, supervisor, make_agent):
    """Art. 18(3): the person is told before a restriction is lifted; only a supervisor sets or lifts."""
    add_person(desk, "100001")
    with pytest.raises(PermissionDenied):
        set_restriction(desk, make_agent("anna"), "100001", "restriction", "accuracy contested")
    set_restriction(desk, supervisor, "100001", "restriction", "accuracy contested")
    result = lift_restriction(desk, supervisor, "100001", "restriction", "address verified",
                              person_told_on=TODAY - timedelta(days=1))
    assert result["person_told_on"] == (TODAY - timedelta(days=1)).isoformat()


def test_replay_after_restore_erases_again(desk, db_url, server, supervisor, tmp_path, monkeypatch, capsys):
    """Policy 9.3.3: an erasure is not undone by restoring a backup; the ledger re-applies it."""
    if server.backend != "sqlite":
        pytest.skip("the backup is a copy of the SQLite file; the server backends share the ledger logic")
    populated(desk, supervisor)
    ref = erasure_request(desk, supervisor, "100001")
    path = make_url(db_url).database
    backup = tmp_path / "backup.sqlite3"
    desk.dispose()
    shutil.copy(path, backup)
    ledger_path = tmp_path / "ledger.jsonl"
    erasure.execute(desk, supervisor, ref, ledger_path=ledger_path)
    desk.dispose()
    shutil.copy(backup, path)  # the restore
    restored = Desk(make_engine(db_url))
    try:
        assert counts(restored)["erased"] == 0
        preview = erasure.replay(restored, supervisor, ledger_path, dry_run=True)
        assert [line["status"] for line in preview["lines"]] == ["pending"] and counts(restored)["erased"] == 0
        monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
        assert main(["erase", "replay", "--ledger", str(ledger_path), "--json", "--db", db_url,
                     "--agent", "sara"]) == 0
        assert [line["status"] for line in json.loads(capsys.readouterr().out)["lines"]] == ["erased"]
        assert counts(restored)["erased"] == 1
        again = erasure.replay(restored, supervisor, ledger_path)
        assert [line["status"] for line in again["lines"]] == ["done"]
        assert audit.verify(restored).ok
    finally:
        restored.dispose()


def test_a_tampered_or_foreign_ledger_erases_nothing(desk, supervisor, tmp_path):
    """Policy 9.3.3: replay checks the chain and the database id before erasing anything."""
    populated(desk, supervisor, "100001")
    populated(desk, supervisor, "100002")
    ledger_path = tmp_path / "ledger.jsonl"
    erasure.execute(desk, supervisor, erasure_request(desk, supervisor, "100001"), ledger_path=ledger_path)
    with desk.write() as session:  # as if restored: the person is back
        person = session.scalar(select(Person).where(Person.customer_no == "100001"))
        person.status, person.erased_at = "active", None
    before = counts(desk)
    tampered = tmp_path / "tampered.jsonl"
    tampered.write_text(ledger_path.read_text().replace("100001", "100002"))
    with pytest.raises(ValidationFailed, match="broken"):
        erasure.replay(desk, supervisor, tampered)
    foreign = tmp_path / "foreign.jsonl"
    from mnu_desk.services import ledger
    ledger.append(foreign, "00000000-0000-0000-0000-000000000000", b"another key", ledger.PREPARED, None, "100002",
                  None, datetime.now(UTC))
    with pytest.raises(ValidationFailed, match="another database"):
        erasure.replay(desk, supervisor, foreign)
    assert counts(desk) == before


def test_erasure_is_atomic_when_the_connection_breaks(desk, db_url, server, supervisor, tmp_path):
    """Policy 9.3.3 ("nothing half-done"): the server connection dies mid-erasure; nothing changed."""
    if server.backend != "postgresql":
        pytest.skip("the backend is terminated with pg_terminate_backend")
    populated(desk, supervisor)
    ref = erasure_request(desk, supervisor, "100001")
    before = counts(desk)
    killer = make_engine(db_url)

    def kill_at_payloads(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith("DELETE FROM audit_payloads"):
            pid = conn.exec_driver_sql("SELECT pg_backend_pid()").scalar()
            with killer.connect() as other:
                other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

    event.listen(desk.engine, "before_cursor_execute", kill_at_payloads)
    try:
        with pytest.raises(DeskError):
            erasure.execute(desk, supervisor, ref, ledger_path=tmp_path / "l.jsonl")
    finally:
        event.remove(desk.engine, "before_cursor_execute", kill_at_payloads)
        killer.dispose()
    assert counts(desk) == before
    assert not (tmp_path / "l.jsonl").exists()
    assert audit.verify(desk).ok


def test_cli_erase_preview_execute_and_hold(desk, db_url, supervisor, monkeypatch, capsys, tmp_path):
    """docs/design.md section 7: `erase preview|execute`, `hold add|lift`; under a hold execute exits 1."""
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    populated(desk, supervisor)
    ref = erasure_request(desk, supervisor, "100001")
    base = ["--db", db_url, "--agent", "sara"]
    assert main(["hold", "add", "100001", "--reason", "dispute", *base]) == 0
    # the kind in words, at the start of the sentence, in the messages' language: never the code "legal_hold"
    assert capsys.readouterr().out.strip() in ("Rättslig spärr satt för kund 100001.",
                                               "Legal hold set for customer 100001.")
    assert main(["erase", "preview", "--request", ref, "--json", *base]) == 0
    assert json.loads(capsys.readouterr().out)["hold"] is True
    code = main(["erase", "execute", "--request", ref, "--ledger", str(tmp_path / "l.jsonl"), *base])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and len(err.strip().splitlines()) == 1
    assert main(["hold", "lift", "100001", "--reason", "settled", *base]) == 0
    assert main(["erase", "execute", "--request", ref, "--ledger", str(tmp_path / "l.jsonl"), *base]) == 0
    assert main(["restriction", "lift", "100001", "--reason", "x", "--told", "2024-02-30", *base]) == 2


def test_account_closure_erases_account_data_and_keeps_bookkeeping(desk, supervisor, db_url, monkeypatch,
                                                                   capsys):
    """Policy 6.2 and 8: closing the account removes login, favourites and wish lists; orders stay
    restricted to bookkeeping with their date; the person leaves the marketing audience."""
    from mnu_desk.db.models import Account, Favourite, WishList, WishListItem
    add_person(desk, "100001")
    now = datetime.now(UTC)
    with desk.write() as session:
        person = session.scalar(select(Person))
        session.add(Account(person_id=person.id, login="asa", created_at=now))
        session.add(Favourite(person_id=person.id, product_sku="S1", product_name="Kabel", added_at=now))
        wish = WishList(person_id=person.id, name="Jul", created_at=now)
        wish.items.append(WishListItem(product_sku="S2", product_name="Lampa", added_at=now))
        session.add(wish)
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    assert main(["account", "close", "100001", "--json", "--db", db_url, "--agent", "sara"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["erased"] == {"wish_list_items": 1, "wish_lists": 1, "favourites": 1, "account": 1}
    assert result["kept"]["orders"][0]["erasable_from"] == date(TODAY.year + 8, 1, 1).isoformat()
    with desk.read() as session:
        assert session.scalar(select(Person.status)) == "closed"
        assert session.scalar(select(func.count()).select_from(Order)) == 1
        assert session.scalar(select(Order.restricted_to_bookkeeping)) is True
    code = main(["account", "close", "100001", "--db", db_url, "--agent", "sara"])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1
