"""The retention run (policy 6.1-6.3; Bokföringslagen 7 kap. 2 §)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select, update

from mnu_desk.cli.main import main
from mnu_desk.db.models import (
    AuditEntry,
    AuditPayload,
    IssuedExtract,
    NewsletterSubscription,
    Objection,
    Order,
    Person,
    Request,
    RequestAttachment,
    SupportContact,
    Task,
    UsageEvent,
)
from mnu_desk.domain.errors import PermissionDenied, ValidationFailed
from mnu_desk.domain.retention import months_before
from mnu_desk.paths import asset
from mnu_desk.services import audit, retention
from mnu_desk.services.accounts import close_account
from mnu_desk.services.restrictions import set_restriction

from .conftest import TEST_PASSWORD
from .factories import add_person

TODAY = date(2027, 3, 15)


def old_events(desk, customer_no, when, n=3):
    with desk.write() as session:
        person = session.scalar(select(Person).where(Person.customer_no == customer_no))
        for i in range(n):
            session.add(UsageEvent(person_id=person.id, occurred_at=when, ip_address="192.0.2.1",
                                   event_type="page_view", path=f"/{i}"))


def population(desk, admin):
    """Visitors with old and new usage, a closed account, an order past its date, a held visitor."""
    add_person(desk, "100001", kind="visitor", ip=None)
    old_events(desk, "100001", datetime(2023, 1, 10, tzinfo=UTC))      # older than 36 months: goes
    old_events(desk, "100001", datetime(2025, 1, 10, tzinfo=UTC), 2)   # younger: stays
    add_person(desk, "100002", kind="visitor", ip=None)
    old_events(desk, "100002", datetime(2023, 1, 10, tzinfo=UTC))
    set_restriction(desk, admin, "100002", "legal_hold", "police request")
    add_person(desk, "100003", kind="account")
    old_events(desk, "100003", datetime(2023, 1, 10, tzinfo=UTC))      # account open: stays (6.2)
    add_person(desk, "100004", kind="account")
    close_account(desk, admin, "100004")
    with desk.write() as session:  # an order of 2018, kept to the end of 2026
        order = session.scalar(select(Order).where(Order.order_no == "5100004"))
        order.placed_at = datetime(2018, 5, 1, tzinfo=UTC)
        order.erasable_from = date(2027, 1, 1)


def usage_of(desk, customer_no):
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(UsageEvent).join(Person)
                              .where(Person.customer_no == customer_no))


def test_months_before_counts_to_the_last_day_of_a_short_month():
    """Policy 6.3: 36 months back, same date, or the month's last day."""
    assert months_before(date(2027, 3, 15), 36) == date(2024, 3, 15)
    assert months_before(date(2027, 2, 28), 12) == date(2026, 2, 28)
    assert months_before(date(2028, 2, 29), 12) == date(2027, 2, 28)


def test_dry_run_counts_equal_the_real_run_and_change_nothing(desk, admin):
    """Policy 6.1-6.3: the dry run says exactly what the real run then does."""
    population(desk, admin)
    before = usage_of(desk, "100001")
    dry = retention.run(desk, admin, today=TODAY, dry_run=True)
    assert usage_of(desk, "100001") == before
    real = retention.run(desk, admin, today=TODAY, batch=2)  # tiny batches: several rounds per rule
    assert dry["counts"] == real["counts"]
    assert real["counts"]["visitor_usage_events"] == 3
    assert real["counts"]["orders_past_erasable_from"] == 1
    assert real["counts"]["closed_usage_events"] == 1 and real["counts"]["closed_addresses"] == 1
    assert real["counts"]["closed_identities"] == 1
    with desk.read() as session:
        closed = session.scalar(select(Person).where(Person.customer_no == "100004"))
        assert (closed.status, closed.first_name, closed.email) == ("closed", None, None)
    assert usage_of(desk, "100001") == 2
    assert usage_of(desk, "100003") == 4  # open account: kept (policy 6.2)
    assert retention.run(desk, admin, today=TODAY, dry_run=True)["total"] == 0


def test_legal_hold_blocks_retention(desk, admin):
    """Policy 6.1: a legal hold keeps every row of that person out of the retention run."""
    population(desk, admin)
    retention.run(desk, admin, today=TODAY)
    assert usage_of(desk, "100002") == 3


def test_a_today_before_the_last_run_is_refused_with_nothing_changed(desk, admin):
    """Policy 6.1-6.3: the job's clock may not run backwards."""
    add_person(desk, "100001", kind="visitor", ip=None)
    retention.run(desk, admin, today=TODAY)
    old_events(desk, "100001", datetime(2020, 1, 1, tzinfo=UTC))
    with pytest.raises(ValidationFailed):
        retention.run(desk, admin, today=date(2027, 3, 14))
    assert usage_of(desk, "100001") == 3


def test_only_an_admin_runs_retention(desk, make_agent):
    """docs/design.md section 6: retention runs are an admin's."""
    with pytest.raises(PermissionDenied):
        retention.run(desk, make_agent("sara", "supervisor"), today=TODAY)


def test_cli_retention_run(desk, db_url, admin, monkeypatch, capsys):
    """docs/design.md section 7: `retention run [--dry-run [--today DATE]]`; exit 1 and 2 as the contract says."""
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    population(desk, admin)
    base = ["--db", db_url, "--agent", "admin", "--json"]
    assert main(["retention", "run", "--dry-run", "--today", TODAY.isoformat(), *base]) == 0
    assert json.loads(capsys.readouterr().out)["dry_run"] is True
    assert main(["retention", "run", "--dry-run", *base]) == 0
    dry = json.loads(capsys.readouterr().out)
    assert main(["retention", "run", *base]) == 0
    assert json.loads(capsys.readouterr().out)["counts"] == dry["counts"]
    retention.run(desk, admin, today=TODAY)
    code = main(["retention", "run", "--dry-run", "--today", "2027-01-01", *base])
    out, err = capsys.readouterr()
    assert code == 1 and out == "" and err.count("\n") == 1
    assert main(["retention", "run", "--dry-run", "--today", "15/3/2027", *base]) == 2
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.action == "retention_run")) == 2


def test_a_real_run_for_another_day_is_refused_as_a_usage_error(desk, db_url, admin, monkeypatch, capsys):
    """docs/design.md "Retention": a run dated other than today is a what-if, `--today` only with `--dry-run`:
    a mistyped 9999-12-31 in a real run would purge years early. Nothing is run or recorded."""
    monkeypatch.setenv("MNU_DESK_PASSWORD", TEST_PASSWORD)
    population(desk, admin)
    base = ["--db", db_url, "--agent", "admin", "--json"]
    for day in ("9999-12-31", TODAY.isoformat()):
        assert main(["retention", "run", "--today", day, *base]) == 2
        out, err = capsys.readouterr()
        assert out == "" and "--dry-run" in err
    assert usage_of(desk, "100001") == 5
    with desk.read() as session:
        assert session.scalar(select(func.count()).select_from(AuditEntry)
                              .where(AuditEntry.action.like("retention%"))) == 0


def _request(session, person_id, ref, admin, closed_at):
    request = Request(ref=ref, type="access", channel="letter", status="completed" if closed_at else "new",
                      person_id=person_id, received_on=date(2022, 12, 1), due_on=date(2023, 1, 2),
                      created_at=datetime(2022, 12, 1, tzinfo=UTC), created_by=admin.id, closed_at=closed_at)
    request.attachments.append(RequestAttachment(kind="letter", filename="brev.pdf", media_type="application/pdf",
                                                 size_bytes=4, sha256="0" * 64, content=b"%PDF",
                                                 added_at=datetime(2022, 12, 1, tzinfo=UTC)))
    request.tasks.append(Task(kind="notify_rectification", description="Tell Klarna",
                              created_at=datetime(2022, 12, 1, tzinfo=UTC)))
    session.add(request)
    session.flush()
    if closed_at:
        session.add(IssuedExtract(request_id=request.id, person_id=person_id, agent_id=admin.id, issued_at=closed_at,
                                  language="sv", sha256=ref.ljust(64, "0"), verification_code=ref, request_ref=ref))
    return request


def desk_records(desk, admin):
    """The desk's own records on either side of their retention dates (processing register, desk_records)."""
    for customer_no, kind in (("200001", "account"), ("200002", "guest"), ("200003", "guest"),
                              ("200004", "subscriber"), ("200005", "subscriber"), ("200006", "guest")):
        add_person(desk, customer_no, kind=kind, ip=None)
    set_restriction(desk, admin, "200006", "legal_hold", "tvist")
    with desk.write() as session:
        ids = dict(session.execute(select(Person.customer_no, Person.id)).all())
        old = _request(session, ids["200001"], "R-2022-000001", admin, datetime(2023, 1, 10, tzinfo=UTC))
        _request(session, ids["200001"], "R-2025-000001", admin, datetime(2025, 1, 10, tzinfo=UTC))
        _request(session, ids["200001"], "R-2022-000002", admin, None)  # still open: never goes
        session.add(Objection(person_id=ids["200001"], scope="email", channel="email", received_on=date(2022, 12, 1),
                              registered_at=datetime(2022, 12, 1, tzinfo=UTC), registered_by=admin.id,
                              request_id=old.id))
        for closed in (datetime(2023, 1, 10, tzinfo=UTC), datetime(2025, 1, 10, tzinfo=UTC), None):
            session.add(SupportContact(person_id=ids["200001"], opened_at=datetime(2022, 1, 1, tzinfo=UTC),
                                       closed_at=closed, channel="email", subject="Leverans"))
        # guests: 200002 bought last in 2023 (contact data goes), 200003 in 2025 (stays), 200006 is held
        for customer_no, placed in (("200002", 2023), ("200003", 2025), ("200006", 2023)):
            session.execute(update(Order).where(Order.person_id == ids[customer_no])
                            .values(placed_at=datetime(placed, 1, 10, tzinfo=UTC)))
        # subscribers: 200004's only subscription ended, 200005's runs
        for customer_no, ended in (("200004", datetime(2026, 1, 1, tzinfo=UTC)), ("200005", None)):
            session.add(NewsletterSubscription(person_id=ids[customer_no], list_name="nyheter",
                                               subscribed_at=datetime(2024, 1, 1, tzinfo=UTC), unsubscribed_at=ended,
                                               ))


def _identity(desk, customer_no):
    with desk.read() as session:
        person = session.scalar(select(Person).where(Person.customer_no == customer_no))
        return person.first_name, person.email


def _count(desk, model, *where):
    with desk.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def test_desk_records_go_by_the_processing_registers_rules(desk, admin):
    """Policy 6.1-6.3 and the processing register's desk_records: closed requests with their letters and
    issuance records after three years, support contacts 36 months after closing, guest buyers' contact data
    36 months after their last purchase, newsletter-only subscribers once every subscription ended; open
    requests and legal holds are never touched; the dry run says exactly what the run does."""
    desk_records(desk, admin)
    dry = retention.run(desk, admin, today=TODAY, dry_run=True)
    real = retention.run(desk, admin, today=TODAY, batch=1)
    assert dry["counts"] == real["counts"]
    counts = real["counts"]
    assert (counts["old_requests"], counts["old_request_letters"], counts["old_issued_extracts"]) == \
        (1, 1, 1)
    assert _count(desk, Request) == 2 and _count(desk, Request, Request.ref == "R-2022-000001") == 0
    assert _count(desk, IssuedExtract) == 1 and _count(desk, RequestAttachment) == 2
    with desk.read() as session:  # the objection is the person's: it stays, without the old case
        assert session.scalar(select(Objection.request_id)) is None
    assert counts["old_support_contacts"] == 1 and _count(desk, SupportContact) == 2
    assert counts["guest_identities"] == 1 and counts["guest_addresses"] == 1
    assert _identity(desk, "200002") == (None, None)
    assert _identity(desk, "200003")[0] == "Åsa" and _identity(desk, "200006")[0] == "Åsa"  # recent; held
    with desk.read() as session:  # the invoice stays: bookkeeping
        assert session.scalar(select(Order.billing_name).join(Person).where(Person.customer_no == "200002"))
    assert counts["ended_subscriber_identities"] == 1 and counts["ended_subscribers_newsletter"] == 1
    assert _identity(desk, "200004") == (None, None) and _identity(desk, "200005")[0] == "Åsa"
    assert retention.run(desk, admin, today=TODAY, dry_run=True)["total"] == 0


def test_audit_payloads_go_after_three_years_and_the_chain_still_verifies(desk, admin):
    """Processing register, audit_payloads: three years; a cleared payload still verifies (docs/design.md section 6)."""
    add_person(desk, "200001")
    set_restriction(desk, admin, "200001", "restriction", "uppgifterna bestrids")
    before = _count(desk, AuditPayload)
    assert before > 0
    later = date.today().replace(year=date.today().year + 4)
    result = retention.run(desk, admin, today=later)
    assert result["counts"]["old_audit_payloads"] == before
    assert _count(desk, AuditPayload) == 1  # the retention run's own entry
    assert audit.verify(desk).ok


def test_every_retention_rule_of_the_processing_register_is_applied():
    """docs/design.md "Retention": every category and desk record has a rule, and the run applies all of them."""
    register = json.loads(asset("resources", "processing_register.json").read_text(encoding="utf-8"))
    codes = {entry["retention"]["rule"] for group in ("categories", "desk_records") for entry in register[group]}
    assert codes <= set(retention.APPLIED_BY_RUN) | set(retention.APPLIED_ELSEWHERE)
    run_categories = {rule.category for rule in retention.RULES} | {
        "closed_identities", "guest_identities", "ended_subscriber_identities", "old_requests",
        "old_request_letters", "old_issued_extracts", "old_audit_subjects"}
    for parts in retention.APPLIED_BY_RUN.values():
        assert set(parts) <= run_categories, parts


def test_no_rule_or_json_key_carries_a_period():
    """docs/design.md "Where things live": a period lives in domain/retention.PERIODS alone, so no rule of the
    register, no category of the run and no key of the command line's JSON names a number of months or years."""
    register = json.loads(asset("resources", "processing_register.json").read_text(encoding="utf-8"))
    names = {entry["retention"]["rule"] for group in ("categories", "desk_records") for entry in register[group]}
    names |= set(retention.APPLIED_BY_RUN) | {part for parts in retention.APPLIED_BY_RUN.values() for part in parts}
    assert [name for name in names if any(ch.isdigit() for ch in name)] == []


def test_the_run_counts_carry_no_period(desk, admin):
    """The command line's `retention run` JSON: its counts' keys name no period (README: renamed keys)."""
    counts = retention.run(desk, admin, today=TODAY, dry_run=True)["counts"]
    assert counts and [key for key in counts if any(ch.isdigit() for ch in key)] == []


def test_a_retention_period_is_changed_in_one_place(desk, admin, monkeypatch):
    """A period changed in domain/retention.PERIODS reaches the run, the processing register's words, the
    retention window's rows and the letters, in Swedish and English, with no other edit."""
    from mnu_desk.domain.retention import PERIODS, Period
    from mnu_desk.i18n import codes
    from mnu_desk.i18n import letters as letter_texts
    from mnu_desk.services.register import load_register

    monkeypatch.setitem(PERIODS, "desk_records", Period(5, "years"))
    monkeypatch.setitem(PERIODS, "visitors", Period(18, "months"))
    caches = (codes.table, letter_texts.texts)
    for cache in caches:
        cache.cache_clear()
    try:
        register = load_register()
        assert register.category("requests", "sv").retention.startswith("Fem år efter")
        assert register.category("requests", "en").retention.startswith("Five years after")
        assert "upp till 18 månader" in register.category("usage", "sv").retention
        assert codes.words("retention_category", "old_requests", "sv") == "Ärenden avslutade för mer än fem år sedan"
        assert codes.words("retention_category", "visitor_usage_events", "en") == \
            "Visitors' usage data older than 18 months (policy 6.3)"
        assert "for five years after" in letter_texts.common("en")["kept_request"]
        add_person(desk, "100001", kind="visitor", ip=None)
        old_events(desk, "100001", datetime(2025, 8, 1, tzinfo=UTC))  # 19 months before TODAY: past 18
        assert retention.run(desk, admin, today=TODAY, dry_run=True)["counts"]["visitor_usage_events"] == 3
    finally:
        for cache in caches:
            cache.cache_clear()
