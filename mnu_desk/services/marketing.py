"""The marketing export (the newsletter audience) and the suppression list for ad partners (policy 9.4,
GDPR art. 21(3)): an objection is absolute and takes effect at registration, so both lists are computed from
the database at the moment of export, never from a cache."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Select, exists, or_, select
from sqlalchemy.orm import Session

from ..db.models import NewsletterSubscription, Objection, Person, Restriction
from ..domain.csv_cells import csv_text
from ..domain.objections import EMAIL_BLOCKING, PARTNER_BLOCKING, PERSONALISED_BLOCKING
from ..domain.roles import Permission
from ..domain.subjects import PersonStatus
from ..private_files import write_or_refuse
from . import audit
from .context import Actor, Desk

MARKETING_COLUMNS = ("customer_no", "email", "first_name", "last_name", "list_name", "personalise")
SUPPRESSION_COLUMNS = ("email_sha256", "phone_e164_sha256", "phone_digits_sha256")


def _objects(scopes: tuple[str, ...]):
    return exists().where(Objection.person_id == Person.id, Objection.scope.in_(scopes),
                          Objection.withdrawn_at.is_(None))


def marketing_query() -> Select:
    """Active subscribers minus erased and restricted people, closed accounts and objectors to e-mail
    marketing (or all marketing)."""
    restricted = exists().where(Restriction.person_id == Person.id, Restriction.kind == "restriction",
                                Restriction.lifted_at.is_(None))
    return (select(Person.customer_no, Person.email, Person.first_name, Person.last_name,
                   NewsletterSubscription.list_name, NewsletterSubscription.personalise,
                   _objects(PERSONALISED_BLOCKING).label("no_personalise"))
            .join(NewsletterSubscription, NewsletterSubscription.person_id == Person.id)
            .where(NewsletterSubscription.unsubscribed_at.is_(None), Person.status == PersonStatus.ACTIVE.value,
                   Person.erased_at.is_(None), Person.closed_at.is_(None), Person.email.is_not(None),
                   ~restricted, ~_objects(EMAIL_BLOCKING))
            .order_by(Person.customer_no, NewsletterSubscription.list_name))


def suppression_query() -> Select:
    """Every active objection to partner ads or all marketing, by its stored hashes (kept after erasure)."""
    return (select(Objection.email_sha256, Objection.phone_e164_sha256, Objection.phone_digits_sha256)
            .where(Objection.scope.in_(PARTNER_BLOCKING), Objection.withdrawn_at.is_(None),
                   or_(Objection.email_sha256.is_not(None), Objection.phone_e164_sha256.is_not(None)))
            .order_by(Objection.id))


def marketing_rows(session: Session) -> list[dict]:
    rows = []
    for customer_no, email, first, last, list_name, personalise, no_personalise in session.execute(
            marketing_query()):
        rows.append({"customer_no": customer_no, "email": email, "first_name": first or "",
                     "last_name": last or "", "list_name": list_name,
                     "personalise": "true" if personalise and not no_personalise else "false"})
    return rows


def suppression_rows(session: Session) -> list[dict]:
    seen: set[tuple] = set()
    rows = []
    for row in session.execute(suppression_query()):
        key = tuple(row)
        if key in seen:  # the same person objecting to partner ads and to all: one line
            continue
        seen.add(key)
        rows.append(dict(zip(SUPPRESSION_COLUMNS, (value or "" for value in row), strict=True)))
    return rows


def _write_csv(path: Path, columns: tuple[str, ...], rows: list[dict], force: bool) -> None:
    """Written whole beside the target and renamed (a half-written list is never left where a mailer reads
    it), readable by the owner only, formula-like cells neutralised (docs/design.md "CSV files"). Inside the
    export's transaction: a failed write records no export."""
    data = csv_text(columns, ([row[c] for c in columns] for row in rows)).encode("utf-8")
    write_or_refuse(Path(path), data, force=force)


def export_marketing(desk: Desk, actor: Actor, out: Path, *, force: bool = False) -> int:
    actor.require(Permission.MARKETING_EXPORTS)
    with desk.write() as session:
        rows = marketing_rows(session)
        audit.record(session, actor.name, "marketing_exported", payload={"rows": len(rows)})
        _write_csv(out, MARKETING_COLUMNS, rows, force)
    return len(rows)


def export_suppression(desk: Desk, actor: Actor, out: Path, *, force: bool = False) -> int:
    actor.require(Permission.MARKETING_EXPORTS)
    with desk.write() as session:
        rows = suppression_rows(session)
        audit.record(session, actor.name, "suppression_exported", payload={"rows": len(rows)})
        _write_csv(out, SUPPRESSION_COLUMNS, rows, force)
    return len(rows)
