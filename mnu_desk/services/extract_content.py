"""What a register extract says (GDPR art. 15(1)(a)-(h), 15(2), 15(3); policy 9.3.1; docs/design.md section 4,
"Extract content"), read from the database and the processing register for one person. The values stay as
stored (codes, dates, amounts): the document (extract/pdf.py) puts them in words, the JSON copy keeps them."""

from __future__ import annotations

from datetime import date
from functools import cache

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import AuditEntry, Person, Recipient, Restriction
from ..domain.clock import to_stockholm
from ..domain.retention import erasable_from
from ..domain.subjects import PersonStatus
from ..extract.content import ExtractContent
from .erasure import stored_fiscal_year_end
from .record import CATEGORY_LOADERS
from .register import ProcessingRegister

# the desk's own bookkeeping on its records: which agent did what is the desk's, not the person's data, and
# the openings of the record are told separately, with dates and purposes (CJEU C-579/21). The desk's row ids
# and the links between its own tables mean nothing outside this database; the shop's ids (shop_..._id) are
# how the person's data is known at the shop, and stay.
DESK_INTERNAL = ("id", "version", "assigned_to", "request_id", "order_id", "wish_list_id", "recipient_id")

# which part of the processing register describes what an erased person still has (docs/design.md "Erasure":
# what stays is restricted to bookkeeping yet still the person's data)
KEPT_AFTER_ERASURE = {"orders": "purchases", "objections": "objections", "restrictions": "requests",
                      "requests": "requests", "statements": "requests"}


def _for_the_person(value):
    if isinstance(value, list):
        return [_for_the_person(row) for row in value]
    if isinstance(value, dict):
        return {key: _for_the_person(item) if isinstance(item, list | dict) else item
                for key, item in value.items() if _the_persons(key)}
    return value


@cache
def _the_persons(key: str) -> bool:
    return key not in DESK_INTERNAL and not key.endswith("_by")


def build(session: Session, person: Person, register: ProcessingRegister, *, request_ref: str,
          received: date, lang: str = "sv") -> ExtractContent:
    """Everything art. 15 requires, for one person and nobody else (every loader filters on the person).
    For an erased person: exactly what is kept, and why."""
    erased = person.status == PersonStatus.ERASED.value
    data = {name: _for_the_person(loader(session, person)) for name, loader in CATEGORY_LOADERS.items()}
    year_end = stored_fiscal_year_end(session)
    account_open = data["account"] is not None and data["account"].get("closed_at") is None \
        and person.status == PersonStatus.ACTIVE.value
    for order in data["orders"]:
        # the date from which the order may go (Bokföringslagen 7 kap. 2 §), computed as erasure and the
        # retention run compute it; an open account keeps it longer
        order["erasable_from"] = _erasable(order, year_end)
        order["kept_while_account_open"] = account_open
    if erased:
        codes = sorted({KEPT_AFTER_ERASURE[name] for name, rows in data.items()
                        if name in KEPT_AFTER_ERASURE and rows}, key=_register_order(register))
    else:
        codes = [*register.codes(), *[c for c in ("requests", "objections") if c in register.desk_record_codes()]]
    processing = []
    for code in codes:
        info = register.category(code, lang)
        processing.append({"code": code, "name": info.name, "purposes": info.purpose_bases,
                           "retention": info.retention, "recipients": info.recipients, "source": info.source})
    received_from = {d["recipient"]["code"] for d in data["disclosures"]}
    recipients = [{"code": r.code, "name": r.name, "role": r.role, "country": r.country,
                   "outside_eea": bool(r.outside_eea), "safeguard": r.safeguard or "", "contact": r.contact or "",
                   "received": r.code in received_from}
                  for r in session.scalars(select(Recipient).order_by(Recipient.name))]
    entries = session.execute(select(AuditEntry.at, AuditEntry.action, AuditEntry.purpose)
                              .where(AuditEntry.subject == f"person:{person.customer_no}")
                              .order_by(AuditEntry.seq))
    access_log = [{"date": to_stockholm(at).date(), "action": action, "purpose": purpose or ""}
                  for at, action, purpose in entries]
    restricted = [{"kind": kind, "since": to_stockholm(at).date()} for kind, at in session.execute(
        select(Restriction.kind, Restriction.set_at).where(Restriction.person_id == person.id,
                                                           Restriction.lifted_at.is_(None))
        .order_by(Restriction.set_at))]
    name = " ".join(p for p in (person.first_name, person.last_name) if p)
    return ExtractContent(language=lang, customer_no=person.customer_no, name=name, request_ref=request_ref,
                          received=received, processing=processing, recipients=recipients,
                          automated=register.automated_decisions(lang), access_log=access_log, data=data,
                          status=person.status,
                          erased_on=to_stockholm(person.erased_at).date() if erased and person.erased_at else None,
                          restricted=restricted)


def _erasable(order: dict, year_end: str) -> date:
    return erasable_from(to_stockholm(order["placed_at"]).date(), year_end)


def _register_order(register: ProcessingRegister):
    known = [*register.codes(), *register.desk_record_codes()]
    return known.index
