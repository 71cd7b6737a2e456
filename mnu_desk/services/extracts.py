"""Issuing and verifying signed register extracts (GDPR art. 15, policy 9.3.1; docs/design.md section 4, "Fees and
repeats", "Delivery", "Extract content", "Letter"). The content is read, the PDF made and signed outside the
write transaction (a heavy record takes a second or two); the issuance is then recorded and the request
closed in one transaction, after checking that nobody closed it meanwhile."""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from .. import i18n
from ..db.models import IssuedExtract, Person, Request
from ..domain import text as free_text
from ..domain.clock import iso_z, to_stockholm, today_stockholm, utcnow
from ..domain.errors import NotFound, PermissionDenied, ValidationFailed
from ..domain.fees import check_fee
from ..domain.letters import require_company_address
from ..domain.requests import RequestType, Status
from ..domain.roles import Permission, Role
from ..extract import content as extract_content
from ..extract import pdf as extract_pdf
from ..extract import sign as extract_sign
from ..extract import verify as extract_verify
from ..extract.letter import Letter
from ..gc_pause import collector_paused
from ..i18n import letters as letter_texts
from . import audit, keys, seals
from . import extract_content as content_service
from . import settings as shop_settings
from .context import Actor, Desk
from .letters import _recipient, fee_letter_sent
from .register import load_register
from .requests import ensure_open, extract_issued_in_year

JSON_SCHEMA = "https://m.nu/schemas/mnu-desk/extract-copy/2"
JSON_SCHEMA_VERSION = 2  # 2: every order says from when it may be erased; the person's status
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over the phone
OUTCOME = "extract issued"



def _letter_texts(lang: str) -> dict:
    """The cover letter's words in `lang` (resources/i18n/<lang>/extract.json)."""
    return i18n.catalogue(lang, "extract")["letter"]


@dataclass(frozen=True)
class IssuedResult:
    pdf: bytes
    json: bytes | None
    verification_code: str
    sha256: str
    on_time: bool
    request_ref: str
    repeat: bool
    free: bool
    fee: Decimal | None
    pages: int


MAX_FEE = Decimal("100000")


def decide_fee(desk: Desk, actor: Actor, ref: str, amount, reason: str, today: date | None = None, *,
               excessive: bool = False) -> dict:
    """A supervisor's recorded decision that an extract costs a fee (art. 12(5), 15(3)); 0 records that a
    repeat stays free. A fee only for a repeat, or for a request recorded here as manifestly unfounded or
    excessive (`excessive`, the reasons in `reason`), at most the settings' fee for a further copy
    (domain.fees). The person must be told the fee in the fee letter before the extract is issued."""
    actor.require(Permission.DECIDE_REPEATS_FEES_REFUSALS)
    try:
        fee = Decimal(str(amount).replace(",", ".").strip())
    except (InvalidOperation, ValueError):
        raise ValidationFailed("'{value}' is not an amount in kronor.", value=amount) from None
    # the bound first: quantizing 1e308 to öre would overflow the decimal context
    if fee.is_finite() and fee > MAX_FEE:
        raise ValidationFailed("A fee is at most {max} kr.", max=MAX_FEE)
    if not fee.is_finite() or fee < 0 or fee != fee.quantize(Decimal("0.01")):
        raise ValidationFailed("A fee is an amount of at least 0 kr with at most two decimals.")
    fee = fee.quantize(Decimal("0.01"))
    if not reason or not reason.strip():
        raise ValidationFailed("A fee decision needs its reason.")
    reason = free_text.clean("reason", reason)
    further_copy_fee = shop_settings.load(desk).further_copy_fee
    with desk.write() as session:
        request = _request(session, ref)
        if request.type not in (RequestType.ACCESS.value, RequestType.PORTABILITY.value):
            raise ValidationFailed("Request {ref} is not a request for an extract.", ref=request.ref)
        ensure_open(request)
        repeat = request.repeat_of_year or (request.person_id is not None and extract_issued_in_year(
            session, request.person_id, request.received_on.year))
        check_fee(fee, repeat=repeat, excessive=excessive, further_copy_fee=further_copy_fee)
        request.fee, request.decision_reason = fee, reason.strip()
        request.fee_excessive = bool(excessive)
        audit.record(session, actor.name, "request_fee_decided", subject=f"request:{request.ref}",
                     request_ref=request.ref, person_id=request.person_id,
                     payload={"fee": str(fee), "reason": request.decision_reason, "repeat": repeat,
                              "excessive": request.fee_excessive})
        return {"ref": request.ref, "fee": fee, "reason": request.decision_reason, "repeat": repeat,
                "excessive": request.fee_excessive}


@dataclass(frozen=True)
class Preview:
    """The extract as it would be issued today, unsigned and marked as a preview on every page."""
    pdf: bytes
    pages: int
    request_ref: str
    repeat: bool
    fee: Decimal | None
    due: date
    on_time: bool
    signing_key: bool       # whether the desk has a key to sign with
    passphrase_known: bool  # whether the key's passphrase is in the environment or the keyring
    undecided_repeat: bool = False  # a repeat no supervisor has decided on: only a supervisor may issue it
    on_token: bool = False  # this computer signs on a PKCS#11 token: what is asked for is the token's PIN


@dataclass(frozen=True)
class _Composed:
    unsigned: bytes
    pages: int
    content: extract_content.ExtractContent
    ref: str
    person_id: int
    customer_no: str
    due: date
    repeat: bool
    fee: Decimal | None
    company: str
    decided: bool = False  # a supervisor recorded a decision (free, a fee) on the request


PREVIEW_CODE = "-----"  # a preview carries no code: only an issued extract can be verified


def preview_extract(desk: Desk, actor: Actor, request_ref: str, lang: str = "sv", *,
                    today: date | None = None) -> Preview:
    """What the customer would receive, for the agent to read before issuing. Nothing is recorded as
    issued; opening the record for it is logged as a view."""
    actor.require(Permission.ISSUE_FREE_EXTRACT)
    today = today or today_stockholm()
    with collector_paused():
        composed = _compose(desk, actor, request_ref, lang, False, today, PREVIEW_CODE, preview=True)
    with desk.write() as session:
        audit.record(session, actor.name, "viewed", subject=f"person:{composed.customer_no}",
                     person_id=composed.person_id, request_ref=composed.ref,
                     purpose="register extract preview (GDPR art. 15)",
                     payload={"categories": list(composed.content.data)})
    has_key = keys.has_key(desk)
    return Preview(composed.unsigned, composed.pages, composed.ref, composed.repeat, composed.fee, composed.due,
                   today <= composed.due, has_key, has_key and keys.secret_known(desk),
                   composed.repeat and not composed.decided, keys.signs_on_token(desk))


def issue_extract(desk: Desk, actor: Actor, request_ref: str, lang: str = "sv", copy_json: bool = False, *,
                  passphrase: str | None = None, pin: str | None = None, today: date | None = None,
                  deliver: Callable[[bytes, bytes | None], None] | None = None) -> IssuedResult:
    """Compose, sign, hand the signed file to `deliver` (which writes it to disk), and only then record the
    issuance and close the request (docs/design.md "Issuing in order"). When `deliver` raises, nothing is
    recorded; a crash after it leaves a signed file the register does not know, which verify refuses."""
    actor.require(Permission.ISSUE_FREE_EXTRACT)
    today = today or today_stockholm()
    if lang not in i18n.LANGUAGES:
        raise ValidationFailed("Unknown language '{lang}': choose sv or en.", lang=lang)
    with keys.opened(desk, passphrase, pin=pin) as key:
        return _issue(desk, actor, key, request_ref, lang, copy_json, today, deliver)


def _issue(desk: Desk, actor: Actor, key: keys.LoadedKey, request_ref: str, lang: str, copy_json: bool,
           today: date, deliver: Callable[[bytes, bytes | None], None] | None) -> IssuedResult:
    code = _new_code()
    with collector_paused():
        composed = _compose(desk, actor, request_ref, lang, copy_json, today, code, preview=False)
        ref, fee, repeat, person_id, customer_no = (composed.ref, composed.fee, composed.repeat,
                                                    composed.person_id, composed.customer_no)
        signed = _sign(key, composed.unsigned, company=composed.company, reference=ref, lang=lang)
        digest = hashlib.sha256(signed).hexdigest()
        copy = _json_copy(composed.content, ref, code, today) if copy_json else None
    on_time = today <= composed.due
    if deliver is not None:
        deliver(signed, copy)
    with desk.write() as session:
        request = _request(session, ref)
        ensure_open(request)
        _ensure_no_open_tasks(request)
        session.add(IssuedExtract(request_id=request.id, person_id=person_id, agent_id=actor.id,
                                  issued_at=utcnow(), language=lang, sha256=digest, verification_code=code,
                                  free=fee is None, fee=fee, request_ref=ref, page_count=composed.pages,
                                  copy_sha256=hashlib.sha256(copy).hexdigest() if copy else None,
                                  signing_key_id=key.id))
        request.repeat_of_year = repeat
        request.status = Status.COMPLETED.value
        request.outcome = f"{OUTCOME} ({'on time' if on_time else 'late'})"
        request.closed_at = utcnow()
        audit.record(session, actor.name, "viewed", subject=f"person:{customer_no}", person_id=person_id,
                     request_ref=ref, purpose="register extract (GDPR art. 15)",
                     payload={"categories": list(composed.content.data)})
        audit.record(session, actor.name, "extract_issued", subject=f"request:{ref}", request_ref=ref,
                     person_id=person_id,
                     payload={"sha256": digest, "verification_code": code, "language": lang,
                              "pages": composed.pages, "repeat": repeat, "free": fee is None,
                              "fee": str(fee) if fee else None, "on_time": on_time, "json_copy": copy is not None})
    seals.seal_if_first_today(desk, actor, key, today)  # the daily seal (docs/design.md "Audit log")
    return IssuedResult(signed, copy, code, digest, on_time, ref, repeat, fee is None, fee, composed.pages)


def _sign(key: keys.LoadedKey, unsigned: bytes, **stamp) -> bytes:
    try:
        return extract_sign.sign_with(unsigned, key.pdf_signer(), **stamp)
    except ValueError:
        raise ValidationFailed("The signing key could not be opened: wrong passphrase, or not a PKCS#12 "
                               "file.") from None
    except Exception as exc:  # a token pulled out or refusing mid-signature: pyHanko's or PKCS#11's error
        if type(exc).__module__.split(".")[0] not in ("pkcs11", "pyhanko"):
            raise
        raise ValidationFailed("The token could not sign ({error}); nothing was issued.",
                               error=type(exc).__name__) from None


def _compose(desk: Desk, actor: Actor, request_ref: str, lang: str, copy_json: bool, today: date, code: str, *,
             preview: bool) -> _Composed:
    """The unsigned PDF: cover letter and extract, read in one transaction and laid out outside it."""
    if lang not in i18n.LANGUAGES:
        raise ValidationFailed("Unknown language '{lang}': choose sv or en.", lang=lang)
    shop = shop_settings.load(desk)
    require_company_address(shop.company_address)
    with desk.read() as session:
        request = _request(session, request_ref)
        person = _check_issuable(session, actor, request, copy_json or preview, today, preview=preview)
        repeat = request.repeat_of_year or extract_issued_in_year(session, person.id, today.year)
        if (repeat and not preview and request.decision_reason is None
                and not actor.role.covers(Role.SUPERVISOR)):
            raise PermissionDenied("Request {ref} is a repeat: an extract was already issued this calendar "
                                   "year. A supervisor decides whether it is free, costs a fee or is refused.",
                                   ref=request.ref)
        fee = request.fee if request.fee else None
        # the cover letter refers to the fee letter only when there is one; no extract with a fee is issued
        # before the person was told the fee (docs/design.md "Fees and repeats")
        fee_told = fee is not None and fee_letter_sent(session, request.id)
        if fee is not None and not fee_told and not preview:
            raise ValidationFailed("Request {ref} has a fee of {fee} kr, but no fee letter was sent: the person "
                                   "is told the fee before the extract is made (request letter --kind fee).",
                                   ref=request.ref, fee=f"{fee:.2f}")
        content = content_service.build(session, person, load_register(), request_ref=request.ref,
                                        received=request.received_on, lang=lang)
        first_name, address = _recipient(session, request)
        ref, received, due = request.ref, request.received_on, request.extended_due_on or request.due_on
        person_id, customer_no, reason = person.id, person.customer_no, request.decision_reason
    t = _letter_texts(lang)
    values = {"ref": ref, "received": received.isoformat(), "name": first_name or "", "code": code,
              "company": shop.company_name, "fee": f"{fee:.2f}" if fee else "", "reason": reason or "",
              "date": today.isoformat()}
    paragraphs = [letter_texts.greeting(lang, first_name), t["body"].format(**values)]
    if repeat:
        paragraphs.append(t["repeat"])
    fee_text = t["free"] if fee is None else t["fee"] if fee_told else t["fee_untold"]
    paragraphs += [fee_text.format(**values), t["verify"].format(**values),
                   t["questions"].format(**values)]
    letter = Letter(company_name=shop.company_name, org_no=shop.org_no, company_address=shop.company_address,
                    company_contact=shop.company_contact, recipient=address, reference=ref, date=today,
                    subject=t["subject"].format(**values), paragraphs=paragraphs,
                    closing=[line.format(**values) for line in t["closing"]], language=lang,
                    window=shop.window, title=f"{extract_content.texts(lang)['title']} {ref}",
                    verification=t["code"].format(**values), draft=t["preview"] if preview else None)
    unsigned, pages = extract_pdf.render(content, letter, t["note"].format(**values))
    return _Composed(unsigned, pages, content, ref, person_id, customer_no, due, repeat, fee, shop.company_name,
                     reason is not None)


def verify_file(desk: Desk, pdf: bytes) -> dict:
    """Whether the file is an extract the desk issued, unchanged: the signature intact and covering the whole
    file, made with one of the desk's keys, and the file's hash in the issuance register."""
    result = extract_verify.check(pdf)
    if result.problem in ("unreadable", "unsigned"):
        raise ValidationFailed("The file is not a signed PDF.")
    if result.problem == "broken":
        raise ValidationFailed("The signature is broken: the file was changed after signing.")
    if not set(result.fingerprints) <= keys.trusted_fingerprints(desk):
        raise ValidationFailed("The file was signed with a key that is not the desk's.")
    if not result.whole:
        raise ValidationFailed("The signature does not cover the whole file: something was added after "
                               "signing.")
    digest = hashlib.sha256(pdf).hexdigest()
    with desk.read() as session:
        issued = session.scalar(select(IssuedExtract).where(IssuedExtract.sha256 == digest))
        if issued is None:
            raise NotFound("The desk never issued this file.")
        return _issued_dict(session, issued)


def verify_code(desk: Desk, code: str) -> dict:
    """For a printed extract: the code on its pages names the request it answered."""
    wanted = normalise_code(code)
    with desk.read() as session:
        issued = session.scalar(select(IssuedExtract).where(IssuedExtract.verification_code == wanted))
        if issued is None:
            raise NotFound("No extract with verification code '{code}'.", code=(code or "").strip())
        return _issued_dict(session, issued)


def normalise_code(code: str) -> str:
    raw = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    return f"{raw[:5]}-{raw[5:]}" if len(raw) == 10 else raw


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(10))
    return f"{raw[:5]}-{raw[5:]}"


def _issued_dict(session, issued: IssuedExtract) -> dict:
    ref = issued.request_ref or session.scalar(select(Request.ref).where(Request.id == issued.request_id))
    return {"request": ref, "issued_at": iso_z(issued.issued_at),
            "issued_on": to_stockholm(issued.issued_at).date().isoformat(), "language": issued.language,
            "verification_code": issued.verification_code, "sha256": issued.sha256, "pages": issued.page_count,
            "free": issued.free, "fee": str(issued.fee) if issued.fee is not None else None}


def _request(session, ref: str) -> Request:
    request = session.scalar(select(Request).where(Request.ref == (ref or "").strip()))
    if request is None:
        raise NotFound("No request with reference '{ref}'.", ref=(ref or "").strip())
    return request


def _ensure_no_open_tasks(request: Request) -> None:
    open_tasks = [task for task in request.tasks if task.done_at is None]
    if open_tasks:
        raise ValidationFailed("Request {ref} has {count} open task(s); finish them, or mark them "
                               "impossible with a reason, first.", ref=request.ref, count=len(open_tasks))


def _check_issuable(session, actor: Actor, request: Request, copy_json: bool, today: date, *,
                    preview: bool = False) -> Person:
    if request.type == RequestType.PORTABILITY.value:
        if not copy_json:
            raise ValidationFailed("Request {ref} asks for portability: issue it with a machine-readable copy "
                                   "(--copy FILE.json).", ref=request.ref)
    elif request.type != RequestType.ACCESS.value:
        raise ValidationFailed("Request {ref} is a {type} request; an extract answers an access request.",
                               ref=request.ref, type=request.type)
    ensure_open(request)
    if not preview:  # checked before signing too, so no file is written for a request that cannot close;
        _ensure_no_open_tasks(request)  # an agent may still preview while tasks are open
    if request.person_id is None:
        raise ValidationFailed("Request {ref} is not linked to a customer: there is no record to extract.",
                               ref=request.ref)
    # an erased or restricted person still has kept rows: the extract says exactly what is kept and why
    # (docs/design.md "Erasure")
    return session.get(Person, request.person_id)


def _json_copy(content: extract_content.ExtractContent, ref: str, code: str, today: date) -> bytes:
    document = {"schema": JSON_SCHEMA, "schema_version": JSON_SCHEMA_VERSION,
                "controller": "m punkt nu Sverige AB", "request": ref, "verification_code": code,
                "issued_on": today.isoformat(), "language": content.language, "customer_no": content.customer_no,
                "status": content.status,
                "erased_on": content.erased_on.isoformat() if content.erased_on else None,
                "categories": content.data}
    return json.dumps(document, default=_json_value, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")


def _json_value(value):
    if isinstance(value, datetime):
        return iso_z(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError(type(value).__name__)

