"""The retention run (policy 6.1-6.3), an admin's job: usage data of visitors without an account past their
period, the remaining non-bookkeeping data of closed accounts, every order past its bookkeeping date
(guests', closed and erased accounts' alike; an open account's orders stay while it is open), and the desk's
own records by the processing register's rules (closed requests with their letters and issued extracts, old
audit payloads, closed support contacts, guest buyers' contact data, each after its period, and newsletter-only
subscribers once every subscription ended). Every period is domain/retention.PERIODS. A legal hold keeps everything of that
person. Deletes run in batches by id range (each its own short transaction, so other desks are not locked out
for long); a dry run counts with the very same conditions and writes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, delete, func, literal, select, update
from sqlalchemy.orm import Session

from ..db.models import (
    Account,
    Address,
    AuditEntry,
    AuditPayload,
    Interest,
    IssuedExtract,
    NewsletterInteraction,
    NewsletterSubscription,
    Objection,
    Order,
    OrderLine,
    Person,
    Request,
    RequestAttachment,
    Restriction,
    SentLetter,
    Setting,
    SupplementaryStatement,
    SupportContact,
    Task,
    UsageEvent,
)
from ..db.models.feed import ChangeTask
from ..db.searchindex import remove as remove_from_index
from ..domain.clock import STOCKHOLM, today_stockholm, utcnow
from ..domain.errors import ValidationFailed
from ..domain.retention import PERIODS, bookkeeping_cutoff, months_before
from ..domain.roles import Permission
from ..domain.subjects import PersonStatus, SubjectKind
from . import audit
from .context import Actor, Desk
from .erasure import stored_fiscal_year_end

LAST_RUN_KEY = "retention_last_run"
BATCH = 50_000


@dataclass(frozen=True)
class Rule:
    category: str
    model: type
    condition: Callable[[date, str], ColumnElement[bool]]  # (today, fiscal year end) -> which rows go
    key: str = "id"  # the column batches are ranged by


def _held():
    return select(Restriction.person_id).where(Restriction.kind == "legal_hold", Restriction.lifted_at.is_(None))


def _visitors():
    return select(Person.id).where(Person.kind == SubjectKind.VISITOR.value, Person.id.not_in(_held()))


def _closed():
    return select(Person.id).where(Person.status == PersonStatus.CLOSED.value, Person.id.not_in(_held()))


def _open_accounts():
    """Account holders whose account is open: their orders stay while it is (policy 6.2)."""
    return select(Account.person_id).join(Person, Person.id == Account.person_id).where(
        Account.closed_at.is_(None), Person.status == PersonStatus.ACTIVE.value)


def _orders_cutoff(today: date, year_end: str) -> datetime:
    """Every order placed before this instant is past its bookkeeping date (Bokföringslagen 7 kap. 2 §), for
    a guest, a closed account or an erased person alike; the date is computed from the order's day and the
    fiscal year, never stored (docs/design.md "Retention")."""
    day = bookkeeping_cutoff(today, year_end)
    return datetime(day.year, day.month, day.day, tzinfo=STOCKHOLM).astimezone(UTC)


def _cutoff(today: date, period: str = "visitors") -> datetime:
    """The first instant still kept on `today` under a period of domain/retention.PERIODS."""
    day = months_before(today, PERIODS[period].months)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _guests(today: date):
    """Guest buyers with name or contact details left and no purchase within their period."""
    recent = select(Order.person_id).where(Order.placed_at >= _cutoff(today, "guest_buyers"))
    return (Person.kind == SubjectKind.GUEST.value) & (Person.status == PersonStatus.ACTIVE.value) \
        & Person.id.not_in(recent) & Person.id.not_in(_held()) & _has_identity()


def _ended_subscribers(today: date):
    """Newsletter-only subscribers none of whose subscriptions is still running."""
    running = select(NewsletterSubscription.person_id).where(NewsletterSubscription.unsubscribed_at.is_(None))
    return (Person.kind == SubjectKind.SUBSCRIBER.value) & (Person.status == PersonStatus.ACTIVE.value) \
        & Person.id.not_in(running) & Person.id.not_in(_held()) & _has_identity()


def _has_identity():
    return Person.first_name.is_not(None) | Person.last_name.is_not(None) | Person.email.is_not(None) \
        | Person.phone_e164.is_not(None)


RULES = (
    Rule("visitor_usage_events", UsageEvent,
         lambda today, *_: UsageEvent.person_id.in_(_visitors()) & (UsageEvent.occurred_at < _cutoff(today))),
    Rule("visitor_interests", Interest,
         lambda today, *_: Interest.person_id.in_(_visitors()) & (Interest.occurred_at < _cutoff(today))),
    Rule("closed_usage_events", UsageEvent, lambda today, *_: UsageEvent.person_id.in_(_closed())),
    Rule("closed_interests", Interest, lambda today, *_: Interest.person_id.in_(_closed())),
    Rule("closed_newsletter", NewsletterSubscription, lambda today, *_: NewsletterSubscription.person_id.in_(_closed())),
    Rule("closed_newsletter_interactions", NewsletterInteraction,
         lambda today, *_: NewsletterInteraction.person_id.in_(_closed())),
    Rule("closed_support_contacts", SupportContact, lambda today, *_: SupportContact.person_id.in_(_closed())),
    Rule("closed_addresses", Address, lambda today, *_: Address.person_id.in_(_closed())),
    Rule("orders_past_erasable_from", Order,
         lambda today, year_end: (Order.placed_at < _orders_cutoff(today, year_end))
         & Order.person_id.not_in(_open_accounts()) & Order.person_id.not_in(_held())),
    Rule("old_support_contacts", SupportContact,
         lambda today, *_: (SupportContact.closed_at < _cutoff(today, "support_contacts"))
         & SupportContact.person_id.not_in(_held())),
    Rule("old_audit_payloads", AuditPayload,
         lambda today, *_: AuditPayload.seq.in_(select(AuditEntry.seq).where(
             AuditEntry.at < _cutoff(today, "desk_records")))
         & (AuditPayload.person_id.is_(None) | AuditPayload.person_id.not_in(_held())),
         key="seq"),
    Rule("ended_subscribers_newsletter", NewsletterSubscription,
         lambda today, *_: NewsletterSubscription.person_id.in_(select(Person.id).where(_ended_subscribers(today)))),
    Rule("ended_subscribers_interactions", NewsletterInteraction,
         lambda today, *_: NewsletterInteraction.person_id.in_(select(Person.id).where(_ended_subscribers(today)))),
    Rule("guest_addresses", Address,
         lambda today, *_: Address.person_id.in_(select(Person.id).where(_guests(today)))),
)


def _old_requests(today: date):
    """Requests closed longer ago than the desk records' period, of nobody under a legal hold."""
    return select(Request.id).where(Request.closed_at < _cutoff(today, "desk_records"),
                                    Request.person_id.is_(None) | Request.person_id.not_in(_held()))


# which rule of the processing register each part of the run applies; the rest apply elsewhere, at once
APPLIED_BY_RUN = {
    "visitors": ("visitor_usage_events", "visitor_interests"),
    "account": ("closed_usage_events", "closed_interests", "closed_addresses", "closed_identities"),
    "account_or_bookkeeping": ("closed_identities", "orders_past_erasable_from"),
    "subscription": ("closed_newsletter", "closed_newsletter_interactions", "ended_subscribers_newsletter",
                     "ended_subscribers_interactions", "ended_subscriber_identities"),
    "bookkeeping": ("orders_past_erasable_from", "guest_addresses", "guest_identities"),
    "support_contacts": ("closed_support_contacts", "old_support_contacts"),
    "requests": ("old_requests", "old_request_letters", "old_issued_extracts"),
    "letters": ("old_request_letters",),
    "audit_payloads": ("old_audit_payloads", "old_audit_subjects"),
}
APPLIED_ELSEWHERE = {
    "follows_data": "disclosures go with the person's erasure (services.erasure)",
    "objection_suppression": "objections stay while they stand; only hashes survive an erasure",
}


def _last_run(session: Session) -> date | None:
    stored = session.scalar(select(Setting.value).where(Setting.key == LAST_RUN_KEY))
    return date.fromisoformat(json.loads(stored)) if stored else None


def _delete_batched(desk: Desk, rule: Rule, today: date, year_end: str, batch: int,
                    cancel: Callable[[], bool] = lambda: False) -> int:
    """Delete in id ranges: the boundary id of each batch first, then one DELETE up to it (no big IN
    lists, and the same statement works on SQLite, PostgreSQL and MariaDB)."""
    model, done, last = rule.model, 0, 0
    key = getattr(model, rule.key)
    while not cancel():
        with desk.write() as session:
            condition = rule.condition(today, year_end) & (key > last)
            boundary = session.scalar(select(key).where(condition).order_by(key).offset(batch - 1).limit(1))
            if boundary is None:
                boundary = session.scalar(select(func.max(key)).where(condition))
                if boundary is None:
                    return done
            ranged = condition & (key <= boundary)
            if model is Order:
                session.execute(delete(OrderLine).where(OrderLine.order_id.in_(select(Order.id).where(ranged))))
            done += session.execute(delete(model).where(ranged)).rowcount
            last = boundary
    return done


def _closed_identities(today: date):
    """Closed accounts whose name and contact details are still on the person row."""
    return Person.id.in_(_closed()) & _has_identity()


def _old_audit_subjects(today: date) -> ColumnElement[bool]:
    """Audit entries older than the desk records' period that still say whom they are about, or their request, of nobody
    under a legal hold: the entry stays, its personal part goes (the chain covers only its hash)."""
    held_subjects = select(literal("person:") + Person.customer_no).where(Person.id.in_(_held()))
    return (AuditEntry.at < _cutoff(today, "desk_records")) \
        & (AuditEntry.subject.is_not(None) | AuditEntry.request_ref.is_not(None)) \
        & (AuditEntry.subject.is_(None) | AuditEntry.subject.not_in(held_subjects))


def _clear_audit_subjects(desk: Desk, today: date, batch: int) -> int:
    done = 0
    while True:
        with desk.write() as session:
            seqs = session.scalars(select(AuditEntry.seq).where(_old_audit_subjects(today))
                                   .order_by(AuditEntry.seq).limit(min(batch, 5_000))).all()
            if not seqs:
                return done
            session.execute(update(AuditEntry).where(AuditEntry.seq.in_(seqs))
                            .values(subject=None, request_ref=None))
            done += len(seqs)


def _identity_rules(today: date) -> list[tuple[str, ColumnElement[bool]]]:
    return [("closed_identities", _closed_identities(today)), ("guest_identities", _guests(today)),
            ("ended_subscriber_identities", _ended_subscribers(today))]


def _clear_identities(desk: Desk, condition: ColumnElement[bool], batch: int) -> int:
    """Closed accounts, old guest buyers and ended subscribers keep only a tombstone row (the orders' billing
    snapshot is the bookkeeping record)."""
    done = 0
    while True:
        with desk.write() as session:
            ids = session.scalars(select(Person.id).where(condition).order_by(Person.id)
                                  .limit(min(batch, 5_000))).all()
            if not ids:
                return done
            session.execute(update(Person).where(Person.id.in_(ids)).values(
                first_name=None, last_name=None, email=None, email_norm=None, phone_e164=None, search_text=""))
            remove_from_index(session.connection(), list(ids))
            done += len(ids)


def _count_old_requests(session: Session, today: date) -> dict[str, int]:
    old = _old_requests(today)
    return {
        "old_requests": session.scalar(select(func.count()).select_from(Request).where(Request.id.in_(old))),
        "old_request_letters": session.scalar(select(func.count()).select_from(RequestAttachment)
                                                  .where(RequestAttachment.request_id.in_(old))),
        "old_issued_extracts": session.scalar(select(func.count()).select_from(IssuedExtract)
                                                  .where(IssuedExtract.request_id.in_(old))),
    }


def _purge_requests(desk: Desk, today: date, batch: int) -> dict[str, int]:
    """Old requests with their letters, tasks and issuance records; an objection or statement made on one
    stays (it is the person's, not the case's) and only loses the link."""
    counts = dict.fromkeys(("old_requests", "old_request_letters", "old_issued_extracts"), 0)
    while True:
        with desk.write() as session:
            ids = session.scalars(_old_requests(today).order_by(Request.id).limit(min(batch, 5_000))).all()
            if not ids:
                return counts
            tasks = select(Task.id).where(Task.request_id.in_(ids))
            session.execute(delete(ChangeTask).where(ChangeTask.task_id.in_(tasks)))
            session.execute(delete(Task).where(Task.request_id.in_(ids)))
            counts["old_request_letters"] += session.execute(
                delete(RequestAttachment).where(RequestAttachment.request_id.in_(ids))).rowcount
            counts["old_issued_extracts"] += session.execute(
                delete(IssuedExtract).where(IssuedExtract.request_id.in_(ids))).rowcount
            session.execute(delete(SentLetter).where(SentLetter.request_id.in_(ids)))
            for model in (Objection, SupplementaryStatement):
                session.execute(update(model).where(model.request_id.in_(ids)).values(request_id=None))
            counts["old_requests"] += session.execute(delete(Request).where(Request.id.in_(ids))).rowcount


def run(desk: Desk, actor: Actor, *, today: date | None = None, dry_run: bool = False,
        batch: int = BATCH, progress: Callable[[int, int], None] | None = None,
        cancel: Callable[[], bool] | None = None) -> dict:
    """Apply every rule; returns the count per category. A `today` before the last real run is refused
    (the clock must not run backwards over a job that already deleted). `progress(done, total)` hears of
    each rule; `cancel()` stops between batches: what was deleted stays deleted (each batch committed
    whole), the run is recorded as cancelled and does not count as the last run."""
    actor.require(Permission.RUN_RETENTION)
    today = today or today_stockholm()
    with desk.read() as session:
        last = _last_run(session)
        year_end = stored_fiscal_year_end(session)
    if last is not None and today < last:
        raise ValidationFailed("The retention run's date {today} is before the last run ({last}).",
                               today=today.isoformat(), last=last.isoformat())
    counts: dict[str, int] = {}
    if dry_run:
        with desk.read() as session:
            for rule in RULES:
                counts[rule.category] = session.scalar(
                    select(func.count()).select_from(rule.model).where(rule.condition(today, year_end)))
            for category, condition in _identity_rules(today):
                counts[category] = session.scalar(select(func.count()).select_from(Person).where(condition))
            counts.update(_count_old_requests(session, today))
            counts["old_audit_subjects"] = session.scalar(
                select(func.count()).select_from(AuditEntry).where(_old_audit_subjects(today)))
    else:
        stop = cancel or (lambda: False)
        identities = _identity_rules(today)
        steps, step = len(RULES) + len(identities) + 1, 0
        for rule in RULES:
            if stop():
                break
            counts[rule.category] = _delete_batched(desk, rule, today, year_end, batch, stop)
            step += 1
            if progress is not None:
                progress(step, steps)
        for category, condition in identities:
            if stop():
                break
            counts[category] = _clear_identities(desk, condition, batch)
            step += 1
            if progress is not None:
                progress(step, steps)
        if not stop():
            counts.update(_purge_requests(desk, today, batch))
            counts["old_audit_subjects"] = _clear_audit_subjects(desk, today, batch)
            if progress is not None:
                progress(steps, steps)
    cancelled = not dry_run and cancel is not None and cancel()
    with desk.write() as session:
        if not dry_run and not cancelled:
            setting = session.get(Setting, LAST_RUN_KEY)
            if setting is None:
                session.add(Setting(key=LAST_RUN_KEY, value=json.dumps(today.isoformat()), updated_at=utcnow()))
            else:
                setting.value, setting.updated_at = json.dumps(today.isoformat()), utcnow()
        audit.record(session, actor.name, "retention_dry_run" if dry_run else "retention_run",
                     payload={"today": today.isoformat(), "counts": counts, "cancelled": cancelled})
    return {"today": today.isoformat(), "dry_run": dry_run, "counts": counts, "total": sum(counts.values()),
            "cancelled": cancelled, "last_run": last.isoformat() if last else None}
