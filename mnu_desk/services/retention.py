"""The retention run (policy 6.1-6.3), an admin's job: usage data of visitors without an account older than
36 months, the remaining non-bookkeeping data of closed accounts, and bookkeeping records past their
erasable-from date. A legal hold keeps everything of that person. Deletes run in batches by id range (each
its own short transaction, so other desks are not locked out for long); a dry run counts with the very same
conditions and writes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.orm import Session

from ..db.models import (
    Address,
    Interest,
    NewsletterInteraction,
    NewsletterSubscription,
    Order,
    OrderLine,
    Person,
    Restriction,
    Setting,
    SupportContact,
    UsageEvent,
)
from ..db.searchindex import remove as remove_from_index
from ..domain.clock import today_stockholm, utcnow
from ..domain.errors import ValidationFailed
from ..domain.retention import VISITOR_MONTHS, months_before
from ..domain.roles import Permission
from ..domain.subjects import PersonStatus, SubjectKind
from . import audit
from .context import Actor, Desk

LAST_RUN_KEY = "retention_last_run"
BATCH = 50_000


@dataclass(frozen=True)
class Rule:
    category: str
    model: type
    condition: Callable[[date], ColumnElement[bool]]


def _held():
    return select(Restriction.person_id).where(Restriction.kind == "legal_hold", Restriction.lifted_at.is_(None))


def _visitors():
    return select(Person.id).where(Person.kind == SubjectKind.VISITOR.value, Person.id.not_in(_held()))


def _closed():
    return select(Person.id).where(Person.status == PersonStatus.CLOSED.value, Person.id.not_in(_held()))


def _cutoff(today: date) -> datetime:
    day = months_before(today, VISITOR_MONTHS)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


RULES = (
    Rule("visitor_usage_events", UsageEvent,
         lambda today: UsageEvent.person_id.in_(_visitors()) & (UsageEvent.occurred_at < _cutoff(today))),
    Rule("visitor_interests", Interest,
         lambda today: Interest.person_id.in_(_visitors()) & (Interest.occurred_at < _cutoff(today))),
    Rule("closed_usage_events", UsageEvent, lambda today: UsageEvent.person_id.in_(_closed())),
    Rule("closed_interests", Interest, lambda today: Interest.person_id.in_(_closed())),
    Rule("closed_newsletter", NewsletterSubscription, lambda today: NewsletterSubscription.person_id.in_(_closed())),
    Rule("closed_newsletter_interactions", NewsletterInteraction,
         lambda today: NewsletterInteraction.person_id.in_(_closed())),
    Rule("closed_support_contacts", SupportContact, lambda today: SupportContact.person_id.in_(_closed())),
    Rule("closed_addresses", Address, lambda today: Address.person_id.in_(_closed())),
    Rule("orders_past_erasable_from", Order,
         lambda today: Order.restricted_to_bookkeeping & (Order.erasable_from <= today)
         & Order.person_id.not_in(_held())),
)


def _last_run(session: Session) -> date | None:
    stored = session.scalar(select(Setting.value).where(Setting.key == LAST_RUN_KEY))
    return date.fromisoformat(json.loads(stored)) if stored else None


def _delete_batched(desk: Desk, rule: Rule, today: date, batch: int) -> int:
    """Delete in id ranges: the boundary id of each batch first, then one DELETE up to it (no big IN
    lists, and the same statement works on SQLite, PostgreSQL and MariaDB)."""
    model, done, last = rule.model, 0, 0
    while True:
        with desk.write() as session:
            condition = rule.condition(today) & (model.id > last)
            boundary = session.scalar(select(model.id).where(condition).order_by(model.id)
                                      .offset(batch - 1).limit(1))
            if boundary is None:
                boundary = session.scalar(select(func.max(model.id)).where(condition))
                if boundary is None:
                    return done
            ranged = condition & (model.id <= boundary)
            if model is Order:
                session.execute(delete(OrderLine).where(OrderLine.order_id.in_(select(Order.id).where(ranged))))
            done += session.execute(delete(model).where(ranged)).rowcount
            last = boundary


def _closed_identities(today: date):
    """Closed accounts whose name and contact details are still on the person row."""
    return Person.id.in_(_closed()) & (Person.first_name.is_not(None) | Person.last_name.is_not(None)
                                       | Person.email.is_not(None) | Person.phone_e164.is_not(None))


def _clear_identities(desk: Desk, today: date, batch: int) -> int:
    """Closed accounts keep only a tombstone row (the orders' billing snapshot is the bookkeeping record)."""
    done = 0
    while True:
        with desk.write() as session:
            ids = session.scalars(select(Person.id).where(_closed_identities(today)).order_by(Person.id)
                                  .limit(min(batch, 5_000))).all()
            if not ids:
                return done
            session.execute(update(Person).where(Person.id.in_(ids)).values(
                first_name=None, last_name=None, email=None, email_norm=None, phone_e164=None, search_text=""))
            remove_from_index(session.connection(), list(ids))
            done += len(ids)


def run(desk: Desk, actor: Actor, *, today: date | None = None, dry_run: bool = False,
        batch: int = BATCH) -> dict:
    """Apply every rule; returns the count per category. A `today` before the last real run is refused
    (the clock must not run backwards over a job that already deleted)."""
    actor.require(Permission.RUN_RETENTION)
    today = today or today_stockholm()
    with desk.read() as session:
        last = _last_run(session)
    if last is not None and today < last:
        raise ValidationFailed("The retention run's date {today} is before the last run ({last}).",
                               today=today.isoformat(), last=last.isoformat())
    counts: dict[str, int] = {}
    if dry_run:
        with desk.read() as session:
            for rule in RULES:
                counts[rule.category] = session.scalar(
                    select(func.count()).select_from(rule.model).where(rule.condition(today)))
            counts["closed_identities"] = session.scalar(
                select(func.count()).select_from(Person).where(_closed_identities(today)))
    else:
        for rule in RULES:
            counts[rule.category] = _delete_batched(desk, rule, today, batch)
        counts["closed_identities"] = _clear_identities(desk, today, batch)
    with desk.write() as session:
        if not dry_run:
            setting = session.get(Setting, LAST_RUN_KEY)
            if setting is None:
                session.add(Setting(key=LAST_RUN_KEY, value=json.dumps(today.isoformat()), updated_at=utcnow()))
            else:
                setting.value, setting.updated_at = json.dumps(today.isoformat()), utcnow()
        audit.record(session, actor.name, "retention_dry_run" if dry_run else "retention_run",
                     payload={"today": today.isoformat(), "counts": counts})
    return {"today": today.isoformat(), "dry_run": dry_run, "counts": counts, "total": sum(counts.values())}
