"""Erasure (policy 9.2, 9.3.3; GDPR art. 17, 18(1)(b) by way of restriction, 19): a preview of every row
that goes and every row that stays with its legal reason, then one transaction that leaves a tombstone,
keeps the bookkeeping records restricted until their date, clears the person's audit payloads, takes the
person out of the search index, and creates a notification task per recipient. Each executed erasure is
also appended to the erasure ledger before the commit, so that it can be replayed after a backup restore."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db.models import (
    Account,
    Address,
    AuditPayload,
    Disclosure,
    Favourite,
    Interest,
    NewsletterInteraction,
    NewsletterSubscription,
    Objection,
    Order,
    OrderLine,
    Person,
    Recipient,
    Request,
    Restriction,
    Setting,
    SupplementaryStatement,
    SupportContact,
    Task,
    UsageEvent,
    WishList,
    WishListItem,
)
from ..db.searchindex import remove as remove_from_index
from ..domain.clock import iso_z, to_stockholm, today_stockholm, utcnow
from ..domain.deidentify import parse_categories
from ..domain.errors import NotFound, ValidationFailed
from ..domain.requests import Status
from ..domain.retention import erasable_from
from ..domain.roles import Permission
from ..domain.subjects import PersonStatus
from . import audit, ledger
from . import changes as change_feed
from .context import Actor, Desk
from .deidentify import deidentify_rows
from .erasure_kept import kept_rows
from .id_copies import delete_id_copies

REASONS = {
    "erase": "No legal ground to keep it after the request (GDPR art. 17(1)).",
    "bookkeeping": "Bookkeeping record kept until its date, used for nothing else (Bokföringslagen 7 kap. 2 §; "
                   "policy 9.3.3).",
    "objection": "The objection is kept as hashes so that marketing stays stopped (GDPR art. 21(3); policy 9.4).",
    "restriction": "Record of a restriction or legal hold, kept as evidence (GDPR art. 18; policy 6.1).",
    "legal_hold": "Legal hold: nothing of this person may be erased until it is lifted (policy 6.1).",
    "deidentify": "Kept for statistics with every link to the person cut: no person, IP address cut to its "
                  "network, no cookie id (policy 4, 9.2).",
}

# category, model, the row's date column; every listed row is erased unless a rule keeps it
_ERASED = (
    ("addresses", Address, Address.created_at),
    ("account", Account, Account.created_at),
    ("favourites", Favourite, Favourite.added_at),
    ("wish_lists", WishList, WishList.created_at),
    ("usage_events", UsageEvent, UsageEvent.occurred_at),
    ("interests", Interest, Interest.occurred_at),
    ("newsletter", NewsletterSubscription, NewsletterSubscription.subscribed_at),
    ("newsletter", NewsletterInteraction, NewsletterInteraction.occurred_at),
    ("support_contacts", SupportContact, SupportContact.opened_at),
    ("disclosures", Disclosure, Disclosure.disclosed_at),
    ("statements", SupplementaryStatement, SupplementaryStatement.added_at),
)


@dataclass
class Plan:
    request: Request
    person: Person
    hold: bool
    rows: list[dict]


def stored_fiscal_year_end(session: Session) -> str:
    stored = session.scalar(select(Setting.value).where(Setting.key == "fiscal_year_end"))
    return json.loads(stored) if stored else "12-31"


def active_hold(session: Session, person_id: int) -> Restriction | None:
    return session.scalar(select(Restriction).where(Restriction.person_id == person_id,
                                                    Restriction.kind == "legal_hold",
                                                    Restriction.lifted_at.is_(None)).limit(1))


def _row(category: str, table: str, row_id, when, action: str, code: str, until: date | None = None,
         label: str | None = None) -> dict:
    """`label` says what the row is to the agent (an order number, an objection's scope); `id` is the
    database's, for the ledger."""
    when_text = when.isoformat() if isinstance(when, date) and not hasattr(when, "hour") else iso_z(when)
    return {"category": category, "table": table, "id": str(row_id), "date": when_text, "action": action,
            "reason_code": code, "reason": REASONS[code], "erasable_from": until.isoformat() if until else None,
            "label": label}


def order_erasable_from(order: Order, year_end: str) -> date:
    """Computed from the order's day and the fiscal year, as the retention run computes it (docs/design.md
    "Retention"), so both agree whatever was stored when the person was erased."""
    return erasable_from(to_stockholm(order.placed_at).date(), year_end)


def plan(session: Session, person: Person, request: Request, today: date,
         deidentify: frozenset[str] = frozenset()) -> Plan:
    """Every row and what happens to it; the analytics categories in `deidentify` are kept de-identified."""
    hold = active_hold(session, person.id) is not None
    keep_all = "legal_hold" if hold else None
    rows = [_row("identity", "people", person.customer_no, person.created_at, "keep" if hold else "erase",
                 keep_all or "erase", label=person.customer_no)]
    for category, model, when in _ERASED:
        goes = "deidentify" if model.__tablename__ in deidentify else "erase"
        for row_id, moment in session.execute(select(model.id, when).where(model.person_id == person.id)
                                              .order_by(model.id)):
            rows.append(_row(category, model.__tablename__, row_id, moment, "keep" if hold else goes,
                             keep_all or goes))
    year_end = stored_fiscal_year_end(session)
    for order in session.scalars(select(Order).where(Order.person_id == person.id).order_by(Order.id)):
        until = order_erasable_from(order, year_end)
        if hold:
            rows.append(_row("orders", "orders", order.id, order.placed_at, "keep", "legal_hold", until,
                             order.order_no))
        elif until <= today:
            rows.append(_row("orders", "orders", order.id, order.placed_at, "erase", "erase", until,
                             order.order_no))
        else:
            rows.append(_row("orders", "orders", order.id, order.placed_at, "keep", "bookkeeping", until,
                             order.order_no))
    for objection in session.scalars(select(Objection).where(Objection.person_id == person.id)):
        rows.append(_row("objections", "objections", objection.id, objection.received_on, "keep",
                         keep_all or "objection", label=f"objection_scope:{objection.scope}"))
    for restriction in session.scalars(select(Restriction).where(Restriction.person_id == person.id)):
        rows.append(_row("restrictions", "restrictions", restriction.id, restriction.set_at, "keep",
                         keep_all or "restriction", label=f"restriction_kind:{restriction.kind}"))
    payloads = session.scalars(select(AuditPayload.seq).where(AuditPayload.person_id == person.id)).all()
    for seq in payloads:
        rows.append(_row("audit_payloads", "audit_payloads", seq, None, "keep" if hold else "erase",
                         keep_all or "erase"))
    # what stays besides the data (requests, log, ledger); under a hold nothing goes, ID copies included
    rows += [dict(row, action="keep", reason_code="legal_hold", reason=REASONS["legal_hold"])
             if hold and row["action"] != "keep" else row for row in kept_rows(session, person, request, today)]
    for row in rows:
        row.setdefault("label", None)
    return Plan(request, person, hold, rows)


def _erasure_request(session: Session, ref: str) -> tuple[Request, Person]:
    request = session.scalar(select(Request).where(Request.ref == ref.strip()))
    if request is None:
        raise NotFound("No request with reference '{ref}'.", ref=ref.strip())
    if request.type != "erasure":
        raise ValidationFailed("Request {ref} is not an erasure request.", ref=request.ref)
    if request.person_id is None:
        raise ValidationFailed("Request {ref} is not linked to a customer.", ref=request.ref)
    return request, session.get(Person, request.person_id)


def _as_preview(result: Plan) -> dict:
    return {"request": result.request.ref, "customer_no": result.person.customer_no, "hold": result.hold,
            "rows": result.rows}


def preview(desk: Desk, actor: Actor, request_ref: str, *, today: date | None = None,
            deidentify=()) -> dict:
    """`deidentify`: the analytics categories (tables) to keep de-identified instead of erasing."""
    actor.require(Permission.PREVIEW_ERASURE)
    chosen = parse_categories(deidentify)
    with desk.write() as session:
        request, person = _erasure_request(session, request_ref)
        result = plan(session, person, request, today or today_stockholm(), chosen)
        audit.record(session, actor.name, "erasure_previewed", subject=f"person:{person.customer_no}",
                     request_ref=request.ref, purpose="erasure preview")
        return _as_preview(result)


def erase_person(session: Session, person: Person, request: Request | None, today: date,
                 deidentify: frozenset[str] = frozenset()) -> dict:
    """The erasure itself, inside the caller's transaction. Refused under a legal hold. The analytics
    categories in `deidentify` lose their link to the person first and so stay, for statistics."""
    if active_hold(session, person.id) is not None:
        raise ValidationFailed("Customer {customer_no} is under a legal hold: nothing may be erased until it "
                               "is lifted.", customer_no=person.customer_no)
    now = utcnow()
    year_end = stored_fiscal_year_end(session)
    # art. 19: every recipient that received the data is told, before the disclosure rows go
    recipients = session.execute(select(Recipient.id, Recipient.name).join(
        Disclosure, Disclosure.recipient_id == Recipient.id).where(Disclosure.person_id == person.id)
        .distinct().order_by(Recipient.id)).all()
    for recipient_id, name in recipients:
        session.add(Task(request_id=request.id if request else None, person_id=person.id,
                         recipient_id=recipient_id, kind="notify_erasure",
                         description=f"Tell {name} about the erasure (GDPR art. 19)", created_at=now))
    wish_lists = select(WishList.id).where(WishList.person_id == person.id)
    session.execute(delete(WishListItem).where(WishListItem.wish_list_id.in_(wish_lists)))
    counts: dict[str, int] = {f"{category}_deidentified": rows
                              for category, rows in deidentify_rows(session, person.id, deidentify).items()}
    for _category, model, _when in _ERASED:
        result = session.execute(delete(model).where(model.person_id == person.id))
        counts[model.__tablename__] = result.rowcount
    kept, purged = 0, 0
    for order in session.scalars(select(Order).where(Order.person_id == person.id)):
        until = order_erasable_from(order, year_end)
        if until <= today:
            session.execute(delete(OrderLine).where(OrderLine.order_id == order.id))
            session.delete(order)
            purged += 1
        else:
            order.restricted_to_bookkeeping = True
            order.erasable_from = until
            kept += 1
    counts["orders_kept"], counts["orders_erased"] = kept, purged
    counts["audit_payloads"] = session.execute(
        delete(AuditPayload).where(AuditPayload.person_id == person.id)).rowcount
    counts["id_copies"] = delete_id_copies(session, person_id=person.id)
    remove_from_index(session.connection(), [person.id])
    person.first_name = person.last_name = person.email = person.email_norm = person.phone_e164 = None
    person.search_text = ""
    person.status = PersonStatus.ERASED.value
    person.erased_at = now
    session.flush()
    change_feed.append(session, "erasure", person, {"erased_at": iso_z(now)},
                   request_ref=request.ref if request else None)
    return {"customer_no": person.customer_no, "counts": counts, "tasks": len(recipients),
            "orders_kept": kept}


def execute(desk: Desk, actor: Actor, request_ref: str, *, ledger_path: Path | None = None,
            today: date | None = None, deidentify=()) -> dict:
    """Erase in one transaction, between the ledger's two steps (docs/design.md "Erasure ledger"): the
    `prepared` line is fsynced before the commit, the `applied` line after it. A desk killed in between
    leaves a prepared line only, which replay applies only on a supervisor's decision."""
    actor.require(Permission.EXECUTE_ERASURE)
    today = today or today_stockholm()
    chosen = parse_categories(deidentify)
    with desk.write() as session:
        request, person = _erasure_request(session, request_ref)
        if person.status == PersonStatus.ERASED.value:
            raise ValidationFailed("Customer {customer_no} has been erased.", customer_no=person.customer_no)
        result = erase_person(session, person, request, today, chosen)
        audit.record(session, actor.name, "erased", subject=f"person:{person.customer_no}",
                     request_ref=request.ref, payload={"counts": result["counts"]})
        database_id = ledger.database_id(session)
        path = ledger_path or ledger.default_path(session)
        key = ledger.key_for_writing(database_id, path)
        ids = (request.ref, person.customer_no, person.shop_customer_id)
        prepared = ledger.append(path, database_id, key, ledger.PREPARED, *ids, utcnow())
        result["ledger_seq"] = prepared["seq"]
        result["request"] = request.ref
    # committed: now the line that says so. Should it fail, the erasure stands and the prepared line with
    # the person's tombstone tells a replay that it happened.
    try:
        ledger.append(path, database_id, key, ledger.APPLIED, *ids, utcnow(), prepared=prepared["seq"])
        result["ledger_applied"] = True
    except ValidationFailed:
        result["ledger_applied"] = False
    return result


def replay(desk: Desk, actor: Actor, ledger_path: Path, *, dry_run: bool = False,
           apply_prepared: tuple[int, ...] = (), today: date | None = None) -> dict:
    """Re-apply the ledger's erasures after a backup restore. The whole file is checked first (database id,
    chain, every line's HMAC); each erasure then is `pending` (will be erased), `done` (already erased),
    `held` (legal hold: kept, reported), `refused` (its request was refused here: skipped), `missing` (the
    person is not in this database) or `unconfirmed`: prepared, never marked applied, and the person is not
    erased here, so the desk may have died before its commit. An unconfirmed one is erased only when a
    supervisor names its line (`apply_prepared`)."""
    actor.require(Permission.EXECUTE_ERASURE)
    today = today or today_stockholm()
    with desk.read() as session:
        own_id = ledger.database_id(session)
    if any(line["database_id"] != own_id for line in ledger.read(ledger_path, required=True)):
        raise ValidationFailed("The erasure ledger belongs to another database: nothing was erased.")
    key = ledger.ledger_key(own_id)
    if key is None:
        raise ValidationFailed("This computer has no key for the erasure ledger {path}: set MNU_DESK_LEDGER_KEY "
                               "or store the desk's ledger key in the keyring. Nothing was erased.",
                               path=str(ledger_path))
    lines = ledger.read(ledger_path, key=key, required=True)
    applied = {line["prepared"] for line in lines if line["step"] == ledger.APPLIED}
    wanted = set(apply_prepared)
    prepared_seqs = {line["seq"] for line in lines if line["step"] == ledger.PREPARED}
    if wanted - prepared_seqs:
        raise ValidationFailed("The erasure ledger has no prepared line {seq}: nothing was erased.",
                               seq=min(wanted - prepared_seqs))
    with desk.write() as session:
        items = []
        for line in (line for line in lines if line["step"] == ledger.PREPARED):
            person = session.scalar(select(Person).where(Person.customer_no == line["customer_no"]))
            request = session.scalar(select(Request).where(Request.ref == line["request"])) \
                if line["request"] else None
            items.append({"seq": line["seq"], "request": line["request"], "customer_no": line["customer_no"],
                          "at": line["at"], "confirmed": line["seq"] in applied,
                          "status": _replay_status(session, line, person, request, applied, wanted),
                          "person": person, "request_row": request})
        if not dry_run:
            for item in items:
                if item["status"] != "pending":
                    continue
                erase_person(session, item["person"], item["request_row"], today)
                audit.record(session, actor.name, "erasure_replayed", subject=f"person:{item['customer_no']}",
                             request_ref=item["request"],
                             payload={"ledger_seq": item["seq"], "confirmed": item["confirmed"]})
                item["status"] = "erased"
        for item in items:
            del item["person"], item["request_row"]
        return {"ledger": str(ledger_path), "dry_run": dry_run, "lines": items,
                "erased": sum(1 for item in items if item["status"] in ("erased", "pending"))}


def _replay_status(session: Session, line: dict, person: Person | None, request: Request | None,
                   applied: set[int], wanted: set[int]) -> str:
    if person is None:
        return "missing"
    if person.status == PersonStatus.ERASED.value:
        return "done"
    if request is not None and request.status == Status.REFUSED.value:
        return "refused"
    if line["seq"] not in applied and line["seq"] not in wanted:
        return "unconfirmed"
    if active_hold(session, person.id) is not None:
        return "held"
    return "pending"
