"""Letters about a request, for window envelopes: the extension notice (art. 12(3)) and the refusal with
its reasons and the rights to complain to IMY and to go to court (art. 12(4)). A letter goes to the address on
record (a letter is answered by post there); with no customer, to the address the requester gave."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Address, Person, Request, SentLetter
from ..domain.clock import today_stockholm, utcnow
from ..domain.errors import NotFound, ValidationFailed
from ..domain.letters import address_lines, require_company_address
from ..domain.roles import Permission
from ..extract.letter import Letter, render
from . import audit
from . import settings as shop_settings
from .context import Actor, Desk

IMY = {
    "sv": "Du har rätt att klaga hos Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 Stockholm, "
          "www.imy.se, och att vända dig till domstol (artikel 77 och 79 i dataskyddsförordningen).",
    "en": "You have the right to lodge a complaint with the Swedish Authority for Privacy Protection (IMY), "
          "Box 8114, SE-104 20 Stockholm, www.imy.se, and to go to court (GDPR articles 77 and 79).",
}
TEXTS = {
    "sv": {
        "extension_subject": "Förlängd svarstid för din begäran {ref}",
        "extension": "Vi tog emot din begäran den {received}. Vi behöver mer tid för att besvara den och "
                     "förlänger därför svarstiden med två månader, som dataskyddsförordningen tillåter "
                     "(artikel 12.3).",
        "reason": "Skäl: {reason}",
        "new_due": "Du får vårt svar senast den {due}.",
        "refusal_subject": "Beslut om din begäran {ref}",
        "refusal": "Vi tog emot din begäran den {received}. Vi har beslutat att inte tillmötesgå den.",
        "reasons": "Skälen för beslutet: {reason}",
        "questions": "Har du frågor är du välkommen att kontakta oss på info@m.nu. Ange referensen {ref}.",
        "closing": ["Med vänliga hälsningar", "Kundtjänst, {company}"],
        "greeting": "Hej {name}!",
    },
    "en": {
        "extension_subject": "Extended time for answering your request {ref}",
        "extension": "We received your request on {received}. We need more time to answer it and therefore "
                     "extend the time by two months, as the GDPR allows (article 12(3)).",
        "reason": "Reason: {reason}",
        "new_due": "You will have our answer by {due} at the latest.",
        "refusal_subject": "Decision on your request {ref}",
        "refusal": "We received your request on {received}. We have decided not to act on it.",
        "reasons": "The reasons for the decision: {reason}",
        "questions": "If you have questions, contact us at info@m.nu quoting the reference {ref}.",
        "closing": ["Kind regards", "Customer service, {company}"],
        "greeting": "Dear {name},",
    },
}


def extension_letter(desk: Desk, actor: Actor, ref: str, lang: str = "sv", today: date | None = None) -> bytes:
    actor.require(Permission.WORK_REQUESTS)
    return _letter(desk, actor, ref, "extension", lang, today or today_stockholm())


def refusal_letter(desk: Desk, actor: Actor, ref: str, lang: str = "sv", today: date | None = None) -> bytes:
    actor.require(Permission.WORK_REQUESTS)
    return _letter(desk, actor, ref, "refusal", lang, today or today_stockholm())


def _letter(desk: Desk, actor: Actor, ref: str, kind: str, lang: str, today: date) -> bytes:
    if lang not in TEXTS:
        raise ValidationFailed("Unknown language '{lang}': choose sv or en.", lang=lang)
    t = TEXTS[lang]
    shop = shop_settings.load(desk)
    require_company_address(shop.company_address)
    with desk.write() as session:
        request = session.scalar(select(Request).where(Request.ref == ref.strip()))
        if request is None:
            raise NotFound("No request with reference '{ref}'.", ref=ref.strip())
        if kind == "extension" and request.extended_due_on is None:
            raise ValidationFailed("Request {ref} is not extended.", ref=request.ref)
        if kind == "refusal" and request.status != "refused":
            raise ValidationFailed("Request {ref} is not refused.", ref=request.ref)
        name, recipient = _recipient(session, request)
        values = {"ref": request.ref, "received": request.received_on.isoformat(), "company": shop.company_name,
                  "due": (request.extended_due_on or request.due_on).isoformat(), "name": name or "",
                  "reason": request.extension_reason if kind == "extension" else request.decision_reason}
        if kind == "extension":
            subject = t["extension_subject"]
            body = [t["extension"], t["reason"], t["new_due"], IMY[lang]]
        else:
            subject = t["refusal_subject"]
            body = [t["refusal"], t["reasons"], IMY[lang]]
        paragraphs = ([t["greeting"].format(**values)] if name else []) + \
            [p.format(**values) for p in body] + [t["questions"].format(**values)]
        audit.record(session, actor.name, f"{kind}_letter", subject=f"request:{request.ref}",
                     request_ref=request.ref, person_id=request.person_id, payload={"language": lang})
    return render(Letter(
        company_name=shop.company_name, org_no=shop.org_no, company_address=shop.company_address,
        company_contact=shop.company_contact, recipient=recipient, reference=request.ref, date=today,
        subject=subject.format(**values), paragraphs=paragraphs,
        closing=[line.format(**values) for line in t["closing"]], language=lang, window=shop.window))


def record_sent(desk: Desk, actor: Actor, ref: str, kind: str, lang: str) -> dict:
    """Register that a letter went out (printed or written to its file): kind, language, when and by whom."""
    actor.require(Permission.WORK_REQUESTS)
    with desk.write() as session:
        request = session.scalar(select(Request).where(Request.ref == ref.strip()))
        if request is None:
            raise NotFound("No request with reference '{ref}'.", ref=ref.strip())
        letter = SentLetter(request_id=request.id, kind=kind, language=lang, sent_at=utcnow(), sent_by=actor.id)
        session.add(letter)
        audit.record(session, actor.name, "letter_sent", subject=f"request:{request.ref}",
                     request_ref=request.ref, person_id=request.person_id,
                     payload={"kind": kind, "language": lang})
        session.flush()
        return {"ref": request.ref, "kind": kind, "language": lang, "sent_at": letter.sent_at}


def fee_letter_sent(session: Session, request_id: int) -> bool:
    """Whether the fee letter of the request went out: work on a paid extract starts only after the person
    was told the fee (docs/design.md section 4, "Fees and repeats")."""
    return session.scalar(select(SentLetter.id).where(SentLetter.request_id == request_id,
                                                      SentLetter.kind == "fee").limit(1)) is not None


def _recipient(session, request: Request) -> tuple[str | None, list[str]]:
    if request.person_id is not None:
        person = session.get(Person, request.person_id)
        address = session.scalar(select(Address).where(Address.person_id == person.id, Address.is_primary)
                                 .order_by(Address.id).limit(1))
        name = " ".join(p for p in (person.first_name, person.last_name) if p) or None
        if address is not None:
            return person.first_name, address_lines(name, address.street, address.postal_code, address.city,
                                                    address.country)
    lines = [line.strip() for line in (request.requester_address or "").replace(",", "\n").splitlines()
             if line.strip()]
    if not lines and not request.requester_name:
        raise ValidationFailed("Request {ref} has no postal address to send a letter to.", ref=request.ref)
    return request.requester_name, [request.requester_name or "", *lines]
