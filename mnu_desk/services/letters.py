"""The letters the desk sends about a request, for window envelopes (docs/design.md section 4, "Letters the desk
sends"): extension (art. 12(3)), refusal naming the request's type (art. 12(4)), fee notice (art. 12(5),
15(3)), request for proof of identity (art. 12(6)), no data held (art. 15(1)), outcome (art. 17, 16, 18, 19)
and restriction lift (art. 18(3)); each in Swedish or English from resources/i18n/<lang>/letters.json.

A letter is composed (a preview records nothing), then delivered (printed or written to its file) and only
then recorded as sent: the register of sent letters says which kind went out, in which language, when and by
whom. Sending the identity letter records the day proof was asked for; sending the no-data letter closes the
request with that outcome. A letter goes to the address on record (a letter is answered by post there); with
no customer, to the address the requester gave; with neither, none is made."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import (
    Address,
    AuditEntry,
    AuditPayload,
    Objection,
    Order,
    Person,
    Recipient,
    Request,
    Restriction,
    SentLetter,
    Task,
)
from ..domain import text as free_text
from ..domain.amounts import kronor
from ..domain.clock import to_stockholm, today_stockholm, utcnow
from ..domain.errors import NotFound, ValidationFailed
from ..domain.letters import address_lines, require_company_address
from ..domain.requests import Status
from ..domain.roles import Permission
from ..domain.subjects import PersonStatus
from ..extract.letter import Letter, render
from ..i18n import codes
from ..i18n import letters as letter_texts
from . import audit
from . import requests as request_steps
from . import settings as shop_settings
from .context import Actor, Desk

KINDS = letter_texts.KINDS
NO_DATA_OUTCOME = "no data held (GDPR art. 15(1))"
# the tables the erasure counts rows of, as the categories a person reads (resources/i18n/<lang>/codes.json "erasure_category")
_ERASED_CATEGORY = {
    "addresses": "addresses", "accounts": "account", "favourites": "favourites", "wish_lists": "wish_lists",
    "usage_events": "usage_events", "interests": "interests", "newsletter_subscriptions": "newsletter",
    "newsletter_interactions": "newsletter", "support_contacts": "support_contacts",
    "disclosures": "disclosures", "supplementary_statements": "statements", "orders_erased": "orders",
}


@dataclass(frozen=True)
class LetterRecipient:
    name: str | None      # in full, for the greeting
    lines: list[str]      # the address block


def compose(desk: Desk, actor: Actor, ref: str, kind: str, lang: str = "sv", *, reason: str | None = None,
            today: date | None = None) -> bytes:
    """The letter as PDF, for a preview or to be sent; records nothing. Refused when the kind does not fit the
    request (no extension, no fee decided, data held...) or when there is no address to send it to."""
    actor.require(Permission.WORK_REQUESTS)
    _check_kind(kind, lang)
    today = today or today_stockholm()
    reason = free_text.clean("reason", reason.strip()) if reason and reason.strip() else None
    shop = shop_settings.load(desk)
    require_company_address(shop.company_address)
    t, common = letter_texts.kind(lang, kind), letter_texts.common(lang)
    with desk.read() as session:
        request = _request(session, ref)
        to = recipient(session, request)
        values = {"ref": request.ref, "received": request.received_on.isoformat(),
                  "due": (request.extended_due_on or request.due_on).isoformat(), "name": to.name or "",
                  "request": letter_texts.request_named(lang, request.type), "company": shop.company_name,
                  "contact": shop.company_contact[0] if shop.company_contact else shop.company_name,
                  "reason": reason or ""}
        body = _BODIES[kind](session, request, t, values, lang)
    paragraphs = [letter_texts.greeting(lang, to.name), *body]
    if kind in ("no-data", "outcome"):
        paragraphs.append(common["kept_request"])
    if kind != "identity":  # every answer and decision tells of the right to complain (art. 12(4), 77, 79)
        paragraphs.append(common["imy"])
    paragraphs.append(common["questions"].format(**values))
    return render(Letter(
        company_name=shop.company_name, org_no=shop.org_no, company_address=shop.company_address,
        company_contact=shop.company_contact, recipient=to.lines, reference=values["ref"], date=today,
        subject=t["subject"].format(**values), paragraphs=paragraphs,
        closing=[line.format(**values) for line in common["closing"]], language=lang, window=shop.window))


def send(desk: Desk, actor: Actor, ref: str, kind: str, lang: str = "sv", *, deliver: Callable[[bytes], None],
         reason: str | None = None, today: date | None = None) -> dict:
    """Compose the letter, hand it to `deliver` (print it, write its file) and record it as sent once that
    returned: a failed delivery records nothing."""
    pdf = compose(desk, actor, ref, kind, lang, reason=reason, today=today)
    deliver(pdf)
    return record_sent(desk, actor, ref, kind, lang, reason=reason, today=today) | {"bytes": len(pdf)}


def record_sent(desk: Desk, actor: Actor, ref: str, kind: str, lang: str, *, reason: str | None = None,
                today: date | None = None) -> dict:
    """Register that a letter went out (printed or written to its file): kind, language, when and by whom.
    The identity letter marks the day proof was asked for; the no-data letter closes the request."""
    actor.require(Permission.WORK_REQUESTS)
    _check_kind(kind, lang)
    today = today or today_stockholm()
    with desk.write() as session:
        request = _request(session, ref)
        open_request = Status(request.status).is_open
        if kind == "identity" and open_request and request.identity_asked_on is None:
            request_steps.apply_step(session, actor, request, "identity_asked", today, asked_on=today)
        if kind == "no-data" and open_request:
            request_steps.apply_step(session, actor, request, "closed", today, outcome=NO_DATA_OUTCOME)
        letter = SentLetter(request_id=request.id, kind=kind, language=lang, sent_at=utcnow(), sent_by=actor.id)
        session.add(letter)
        payload = {"kind": kind, "language": lang} | ({"reason": reason.strip()} if reason else {})
        audit.record(session, actor.name, "letter_sent", subject=f"request:{request.ref}",
                     request_ref=request.ref, person_id=request.person_id, payload=payload)
        session.flush()
        return {"ref": request.ref, "kind": kind, "language": lang, "sent_at": letter.sent_at,
                "status": request.status}


def fee_letter_sent(session: Session, request_id: int) -> bool:
    """Whether the fee letter of the request went out: work on a paid extract starts only after the person
    was told the fee (docs/design.md section 4, "Fees and repeats")."""
    return session.scalar(select(SentLetter.id).where(SentLetter.request_id == request_id,
                                                      SentLetter.kind == "fee").limit(1)) is not None


def recipient(session: Session, request: Request) -> LetterRecipient:
    """Whom the letter goes to: the customer at the primary address on record, else the requester at the
    address they gave. A name without an address makes no letter: the window would show only a name."""
    name = None
    if request.person_id is not None:
        person = session.get(Person, request.person_id)
        name = " ".join(p for p in (person.first_name, person.last_name) if p) or None
        address = session.scalar(select(Address).where(Address.person_id == person.id, Address.is_primary)
                                 .order_by(Address.id).limit(1))
        if address is not None:
            return LetterRecipient(name, address_lines(name, address.street, address.postal_code, address.city,
                                                       address.country))
    name = " ".join((request.requester_name or "").split()) or name
    lines = [" ".join(line.split()) for line in (request.requester_address or "").replace(",", "\n").splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        if name:
            raise ValidationFailed("Request {ref}: {name} gave no postal address and the record has none, so no "
                                   "letter can be sent. Add the address to the request or the record, or answer "
                                   "by the request's own channel.", ref=request.ref, name=name)
        raise ValidationFailed("Request {ref} has no postal address to send a letter to.", ref=request.ref)
    return LetterRecipient(name, [name, *lines] if name else lines)


def _recipient(session, request: Request) -> tuple[str | None, list[str]]:
    """The extract's cover letter: (the name for its greeting, the address block)."""
    to = recipient(session, request)
    return to.name, to.lines


def _check_kind(kind: str, lang: str) -> None:
    if kind not in KINDS:
        raise ValidationFailed("Unknown letter '{kind}': choose {kinds}.", kind=kind, kinds=", ".join(KINDS))
    if lang not in letter_texts.LANGUAGES:
        raise ValidationFailed("Unknown language '{lang}': choose sv or en.", lang=lang)


def _request(session: Session, ref: str) -> Request:
    request = session.scalar(select(Request).where(Request.ref == (ref or "").strip()))
    if request is None:
        raise NotFound("No request with reference '{ref}'.", ref=(ref or "").strip())
    return request


def _fill(texts: list[str], values: dict) -> list[str]:
    return [text.format(**values) for text in texts]


def _extension(session, request: Request, t: dict, values: dict, lang: str) -> list[str]:
    if request.extended_due_on is None:
        raise ValidationFailed("Request {ref} is not extended.", ref=request.ref)
    return _fill(t["paragraphs"], values | {"reason": request.extension_reason})


def _refusal(session, request: Request, t: dict, values: dict, lang: str) -> list[str]:
    if request.status != Status.REFUSED.value:
        raise ValidationFailed("Request {ref} is not refused.", ref=request.ref)
    return _fill(t["paragraphs"], values | {"reason": request.decision_reason})


def _fee(session, request: Request, t: dict, values: dict, lang: str) -> list[str]:
    if not request.fee:
        raise ValidationFailed("Request {ref} has no fee decided; a supervisor decides it first.", ref=request.ref)
    return _fill(t["paragraphs"], values | {"fee": kronor(request.fee, lang), "reason": request.decision_reason})


def _identity(session, request: Request, t: dict, values: dict, lang: str) -> list[str]:
    if request.identity_checked_at is not None:
        raise ValidationFailed("The identity on request {ref} is already checked.", ref=request.ref)
    reason = values["reason"] or (t["reason_other_address"] if _other_address(session, request) else "")
    if not reason:
        raise ValidationFailed("Say why there is doubt about who sent request {ref}: the letter tells the person "
                               "(GDPR art. 12(6)).", ref=request.ref)
    return _fill(t["paragraphs"], values | {"reason": reason})


def _other_address(session, request: Request) -> bool:
    """The requester gave an address other than the one on record: reasonable doubt (docs/design.md section 4)."""
    if request.person_id is None or not (request.requester_address or "").strip():
        return False
    address = session.scalar(select(Address).where(Address.person_id == request.person_id, Address.is_primary)
                             .order_by(Address.id).limit(1))
    if address is None:
        return True
    given = " ".join(request.requester_address.replace(",", " ").split()).casefold()
    return not all(" ".join(part.split()).casefold() in given for part in (address.street, address.city))


def _no_data(session, request: Request, t: dict, values: dict, lang: str) -> list[str]:
    if not Status(request.status).is_open and request.outcome != NO_DATA_OUTCOME:
        raise ValidationFailed("Request {ref} is closed ({status}); it cannot change any more.", ref=request.ref,
                               status=request.status)
    if request.person_id is not None and _holds_data(session, session.get(Person, request.person_id)):
        raise ValidationFailed("The desk holds data on the customer of request {ref}: answer with an extract or "
                               "the outcome letter, not the no-data letter.", ref=request.ref)
    given = [request.requester_name, *(request.requester_address or "").replace(",", "\n").splitlines()]
    searched = ", ".join(" ".join(part.split()) for part in given if part and part.strip()) or values["name"]
    return _fill(t["paragraphs"], values | {"searched": searched})


def _holds_data(session, person: Person) -> bool:
    """Whether anything about the person is held: a customer's data, or what an erasure kept (bookkeeping,
    an objection's hashes, the record of a restriction)."""
    if person.status != PersonStatus.ERASED.value:
        return True
    return any(session.scalar(select(model.id).where(model.person_id == person.id).limit(1)) is not None
               for model in (Order, Objection, Restriction))


def _outcome(session, request: Request, t: dict, values: dict, lang: str) -> list[str]:
    done, kept = [], []
    erased, deidentified = _erased(session, request)
    if erased:
        done.append(t["erased"].format(what=_words("erasure_category", erased, lang)))
    if deidentified:
        done.append(t["deidentified"].format(what=_words("erasure_category", deidentified, lang)))
    rectified = _payload_values(session, request, "rectified", "changes")
    if rectified:
        fields = sorted({field for changes in rectified for field in changes})
        done.append(t["rectified"].format(what=_words("rectify_field", fields, lang)))
    closed = _audited_on(session, request, "account_closed")
    if closed:
        done.append(t["closed"].format(date=closed.isoformat()))
    for objection in session.scalars(select(Objection).where(Objection.request_id == request.id)):
        done.append(t["objection"].format(date=objection.received_on.isoformat(),
                                          what=codes.words_or_code("objection_scope", objection.scope, lang)))
    person_id = request.person_id
    if person_id is not None:
        restriction = session.scalar(select(Restriction).where(
            Restriction.person_id == person_id, Restriction.kind == "restriction", Restriction.lifted_at.is_(None))
            .limit(1))
        if restriction is not None:
            done.append(t["restricted"].format(date=to_stockholm(restriction.set_at).date().isoformat()))
            kept.append(t["kept_restriction"])
        for order in session.scalars(select(Order).where(Order.person_id == person_id,
                                                         Order.restricted_to_bookkeeping.is_(True))
                                     .order_by(Order.placed_at)):
            kept.append(t["kept_order"].format(order_no=order.order_no,
                                               date=to_stockholm(order.placed_at).date().isoformat(),
                                               until=order.erasable_from.isoformat() if order.erasable_from else "–"))
        if erased and session.scalar(select(Objection.id).where(Objection.person_id == person_id,
                                                                Objection.email_sha256.is_not(None)).limit(1)):
            kept.append(t["kept_objection"])
    if not done:
        raise ValidationFailed("Nothing is done on request {ref} yet (no erasure, rectification, restriction, "
                               "closure or objection): there is no outcome to tell.", ref=request.ref)
    paragraphs = [t["intro"].format(**values), "## " + t["done"], *done]
    if kept:
        paragraphs += ["## " + t["kept"], *kept]
    paragraphs += ["## " + t["told"], *(_told(session, request, t) or [t["no_recipients"]])]
    return paragraphs


def _erased(session, request: Request) -> tuple[list[str], list[str]]:
    """The categories the request's erasure removed and those it de-identified, from its audit entry."""
    erased, deidentified = [], []
    for payload in _payload_values(session, request, "erased", None):
        counts = payload.get("counts", {})
        erased = ["identity"] + sorted({_ERASED_CATEGORY[table] for table, count in counts.items()
                                        if count and table in _ERASED_CATEGORY})
        # the erasure counts what it de-identified as "<table>_deidentified" (services.erasure)
        deidentified = sorted({_ERASED_CATEGORY.get(key.removesuffix("_deidentified"), key)
                               for key, count in counts.items() if key.endswith("_deidentified") and count})
    return erased, deidentified


def _payload_values(session, request: Request, action: str, key: str | None) -> list:
    rows = session.scalars(select(AuditPayload.payload).join(AuditEntry, AuditEntry.seq == AuditPayload.seq)
                           .where(AuditEntry.request_ref == request.ref, AuditEntry.action == action)
                           .order_by(AuditEntry.seq))
    values = [json.loads(row) for row in rows]
    return [v.get(key, {}) for v in values] if key else values


def _audited_on(session, request: Request, action: str) -> date | None:
    at = session.scalar(select(AuditEntry.at).where(AuditEntry.request_ref == request.ref,
                                                    AuditEntry.action == action).order_by(AuditEntry.seq).limit(1))
    return to_stockholm(at).date() if at else None


def _told(session, request: Request, t: dict) -> list[str]:
    rows = session.execute(select(Task, Recipient.name).join(Recipient, Recipient.id == Task.recipient_id)
                           .where(Task.request_id == request.id).order_by(Task.id))
    told = []
    for task, name in rows:
        if task.done_at is None:
            told.append(t["told_pending"].format(recipient=name))
        elif task.impossible_reason:
            told.append(t["told_impossible"].format(recipient=name, reason=task.impossible_reason))
        else:
            told.append(t["told_done"].format(recipient=name, date=to_stockholm(task.done_at).date().isoformat()))
    return told


def _words(group: str, items: list[str], lang: str) -> str:
    words = [codes.words_or_code(group, item, lang) for item in items]
    # inside a sentence a word is written small, an abbreviation ("IP-adresser") as it is
    words = [w[0].lower() + w[1:] if i and w[1:2].islower() else w for i, w in enumerate(words)]
    return ", ".join(words)


def _restriction_lift(session, request: Request, t: dict, values: dict, lang: str) -> list[str]:
    restriction = session.scalar(select(Restriction).where(
        Restriction.person_id == request.person_id, Restriction.kind == "restriction",
        Restriction.lifted_at.is_(None)).limit(1)) if request.person_id is not None else None
    if restriction is None:
        raise ValidationFailed("The customer of request {ref} has no active restriction to lift.", ref=request.ref)
    paragraphs = _fill(t["paragraphs"], values | {"set_on": to_stockholm(restriction.set_at).date().isoformat()})
    if values["reason"]:
        paragraphs.append(letter_texts.common(lang)["reason"].format(reason=values["reason"]))
    return [*paragraphs, t["objections"]]


_BODIES = {"extension": _extension, "refusal": _refusal, "fee": _fee, "identity": _identity, "no-data": _no_data,
           "outcome": _outcome, "restriction-lift": _restriction_lift}
