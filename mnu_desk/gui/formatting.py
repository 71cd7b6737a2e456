"""How values read on screen: money as "1 234,50 kr", times in Europe/Stockholm, phones in national form, and
the stored codes (kinds, statuses, event types...) as words in the window's language."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..domain.clock import to_stockholm
from ..domain.contact import phone_national

NBSP = "\u00a0"  # keeps "1 234,50 kr" on one line in a narrow column
DASH = "–"      # an empty value: visibly empty, not a blank cell that looks unloaded

_CURRENCY_SUFFIX = {"SEK": "kr"}


def money(amount: Decimal | int | None, currency: str | None = "SEK") -> str:
    """Swedish notation whatever the window language: space between thousands, comma before öre."""
    if amount is None:
        return DASH
    value = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "−" if value < 0 else ""
    whole, _, cents = f"{abs(value):.2f}".partition(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    suffix = _CURRENCY_SUFFIX.get(currency or "SEK", currency or "")
    return f"{sign}{NBSP.join(groups)},{cents}{NBSP}{suffix}"


def when(moment: datetime | None) -> str:
    """A stored UTC time as the agent's clock shows it (Europe/Stockholm)."""
    if moment is None:
        return DASH
    return to_stockholm(moment).strftime("%Y-%m-%d %H:%M")


def when_seconds(moment: datetime | None) -> str:
    if moment is None:
        return DASH
    return to_stockholm(moment).strftime("%Y-%m-%d %H:%M:%S")


def day(value: date | datetime | None) -> str:
    if value is None:
        return DASH
    if isinstance(value, datetime):
        return to_stockholm(value).date().isoformat()
    return value.isoformat()


def phone(e164: str | None) -> str:
    return phone_national(e164) or DASH


def text(value: object) -> str:
    if value is None or value == "":
        return DASH
    return str(value)


def yes_no(value: bool | None) -> str:
    if value is None:
        return DASH
    return (QCoreApplication.translate("Format", "yes") if value
            else QCoreApplication.translate("Format", "no"))


def person_name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part) or DASH


# Stored codes and the English words for them; the Swedish comes from the .ts file (context "Vocabulary").
# A code not listed here (a new value from the shop) shows as stored rather than not at all.
_VOCABULARY: dict[str, dict[str, str]] = {
    "kind": {
        "account": QT_TRANSLATE_NOOP("Vocabulary", "Account holder"),
        "guest": QT_TRANSLATE_NOOP("Vocabulary", "Guest buyer"),
        "subscriber": QT_TRANSLATE_NOOP("Vocabulary", "Subscriber"),
        "visitor": QT_TRANSLATE_NOOP("Vocabulary", "Visitor"),
    },
    "status": {
        "active": QT_TRANSLATE_NOOP("Vocabulary", "Active"),
        "closed": QT_TRANSLATE_NOOP("Vocabulary", "Closed"),
        "erased": QT_TRANSLATE_NOOP("Vocabulary", "Erased"),
    },
    "role": {
        "agent": QT_TRANSLATE_NOOP("Vocabulary", "agent"),
        "supervisor": QT_TRANSLATE_NOOP("Vocabulary", "supervisor"),
        "admin": QT_TRANSLATE_NOOP("Vocabulary", "admin"),
    },
    "order_status": {
        "paid": QT_TRANSLATE_NOOP("Vocabulary", "Paid"),
        "shipped": QT_TRANSLATE_NOOP("Vocabulary", "Shipped"),
        "delivered": QT_TRANSLATE_NOOP("Vocabulary", "Delivered"),
        "returned": QT_TRANSLATE_NOOP("Vocabulary", "Returned"),
        "cancelled": QT_TRANSLATE_NOOP("Vocabulary", "Cancelled"),
    },
    "event_type": {
        "page_view": QT_TRANSLATE_NOOP("Vocabulary", "Page view"),
        "search": QT_TRANSLATE_NOOP("Vocabulary", "Search"),
        "login": QT_TRANSLATE_NOOP("Vocabulary", "Log-in"),
        "add_to_cart": QT_TRANSLATE_NOOP("Vocabulary", "Added to cart"),
        "checkout": QT_TRANSLATE_NOOP("Vocabulary", "Checkout"),
    },
    "interaction": {
        "viewed": QT_TRANSLATE_NOOP("Vocabulary", "Viewed"),
        "clicked": QT_TRANSLATE_NOOP("Vocabulary", "Clicked"),
    },
    "source": {
        "web": QT_TRANSLATE_NOOP("Vocabulary", "Web shop"),
        "newsletter": QT_TRANSLATE_NOOP("Vocabulary", "Newsletter"),
    },
    "newsletter_event": {
        "sent": QT_TRANSLATE_NOOP("Vocabulary", "Sent"),
        "opened": QT_TRANSLATE_NOOP("Vocabulary", "Opened"),
        "clicked": QT_TRANSLATE_NOOP("Vocabulary", "Clicked"),
    },
    "channel": {
        "email": QT_TRANSLATE_NOOP("Vocabulary", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
        "chat": QT_TRANSLATE_NOOP("Vocabulary", "Chat"),
        "letter": QT_TRANSLATE_NOOP("Vocabulary", "Letter"),
        "web": QT_TRANSLATE_NOOP("Vocabulary", "Web"),
    },
    "objection_scope": {
        "email": QT_TRANSLATE_NOOP("Vocabulary", "E-mail marketing"),
        "partner_ads": QT_TRANSLATE_NOOP("Vocabulary", "Partner ads (Facebook, Google)"),
        "personalised": QT_TRANSLATE_NOOP("Vocabulary", "Personalised offers"),
        "all": QT_TRANSLATE_NOOP("Vocabulary", "All direct marketing"),
    },
    "restriction_kind": {
        "restriction": QT_TRANSLATE_NOOP("Vocabulary", "Restriction of processing"),
        "legal_hold": QT_TRANSLATE_NOOP("Vocabulary", "Legal hold"),
    },
    "request_type": {
        "access": QT_TRANSLATE_NOOP("Vocabulary", "Access (register extract)"),
        "rectification": QT_TRANSLATE_NOOP("Vocabulary", "Rectification"),
        "erasure": QT_TRANSLATE_NOOP("Vocabulary", "Erasure"),
        "restriction": QT_TRANSLATE_NOOP("Vocabulary", "Restriction"),
        "objection": QT_TRANSLATE_NOOP("Vocabulary", "Objection"),
        "closure": QT_TRANSLATE_NOOP("Vocabulary", "Account closure"),
        "portability": QT_TRANSLATE_NOOP("Vocabulary", "Data portability"),
    },
    "request_type_short": {  # where a column is narrow: the case queue
        "access": QT_TRANSLATE_NOOP("Vocabulary", "Register extract"),
        "rectification": QT_TRANSLATE_NOOP("Vocabulary", "Rectification"),
        "erasure": QT_TRANSLATE_NOOP("Vocabulary", "Erasure"),
        "restriction": QT_TRANSLATE_NOOP("Vocabulary", "Restriction"),
        "objection": QT_TRANSLATE_NOOP("Vocabulary", "Objection"),
        "closure": QT_TRANSLATE_NOOP("Vocabulary", "Account closure"),
        "portability": QT_TRANSLATE_NOOP("Vocabulary", "Data portability"),
    },
    "request_status": {  # domain.requests.Status
        "new": QT_TRANSLATE_NOOP("Vocabulary", "New"),
        "awaiting_identity": QT_TRANSLATE_NOOP("Vocabulary", "Waiting for proof of identity"),
        "in_progress": QT_TRANSLATE_NOOP("Vocabulary", "In progress"),
        "awaiting_approval": QT_TRANSLATE_NOOP("Vocabulary", "Waiting for approval"),
        "completed": QT_TRANSLATE_NOOP("Vocabulary", "Completed"),
        "refused": QT_TRANSLATE_NOOP("Vocabulary", "Refused"),
    },
    "identity_method": {  # domain.requests.IDENTITY_METHODS
        "signature_address": QT_TRANSLATE_NOOP("Vocabulary", "Signature and address match the record"),
        "known_email": QT_TRANSLATE_NOOP("Vocabulary", "Known e-mail address"),
        "id_copy": QT_TRANSLATE_NOOP("Vocabulary", "Copy of an ID document"),
        "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    },
    "attachment_kind": {  # domain.attachments.ATTACHMENT_KINDS
        "letter": QT_TRANSLATE_NOOP("Vocabulary", "Letter (scan)"),
        "id_copy": QT_TRANSLATE_NOOP("Vocabulary", "Copy of an ID document"),
        "other": QT_TRANSLATE_NOOP("Vocabulary", "Other"),
    },
    "task_kind": {
        "notify_rectification": QT_TRANSLATE_NOOP("Vocabulary", "Tell the recipient of a rectification"),
    },
    "data_category": {  # the processing register's codes that rectification touches
        "identity": QT_TRANSLATE_NOOP("Vocabulary", "name"),
        "address": QT_TRANSLATE_NOOP("Vocabulary", "address"),
        "contact": QT_TRANSLATE_NOOP("Vocabulary", "phone and e-mail"),
    },
    "rectify_field": {  # domain.rectification.FIELDS
        "first_name": QT_TRANSLATE_NOOP("Vocabulary", "First name"),
        "last_name": QT_TRANSLATE_NOOP("Vocabulary", "Last name"),
        "street": QT_TRANSLATE_NOOP("Vocabulary", "Street"),
        "postal_code": QT_TRANSLATE_NOOP("Vocabulary", "Postcode"),
        "city": QT_TRANSLATE_NOOP("Vocabulary", "City"),
        "country": QT_TRANSLATE_NOOP("Vocabulary", "Country"),
        "email": QT_TRANSLATE_NOOP("Vocabulary", "E-mail"),
        "phone": QT_TRANSLATE_NOOP("Vocabulary", "Phone"),
    },
    "recipient_role": {
        "payment": QT_TRANSLATE_NOOP("Vocabulary", "Payment"),
        "credit": QT_TRANSLATE_NOOP("Vocabulary", "Credit"),
        "ad_partner": QT_TRANSLATE_NOOP("Vocabulary", "Marketing partner"),
        "carrier": QT_TRANSLATE_NOOP("Vocabulary", "Carrier"),
        "authority": QT_TRANSLATE_NOOP("Vocabulary", "Authority"),
        "shop_system": QT_TRANSLATE_NOOP("Vocabulary", "Shop system"),
    },
    "audit_action": {
        "viewed": QT_TRANSLATE_NOOP("Vocabulary", "Record opened"),
        "rectified": QT_TRANSLATE_NOOP("Vocabulary", "Rectified"),
        "objection_registered": QT_TRANSLATE_NOOP("Vocabulary", "Objection registered"),
        "extract_issued": QT_TRANSLATE_NOOP("Vocabulary", "Register extract issued"),
        "erased": QT_TRANSLATE_NOOP("Vocabulary", "Erased"),
    },
    "purpose": {
        "customer service": QT_TRANSLATE_NOOP("Vocabulary", "customer service"),
    },
    "erasure_category": {  # services.erasure: the rows of an erasure preview
        "identity": QT_TRANSLATE_NOOP("Vocabulary", "Name and contact details"),
        "addresses": QT_TRANSLATE_NOOP("Vocabulary", "Addresses"),
        "account": QT_TRANSLATE_NOOP("Vocabulary", "Account"),
        "favourites": QT_TRANSLATE_NOOP("Vocabulary", "Favourites"),
        "wish_lists": QT_TRANSLATE_NOOP("Vocabulary", "Wish lists"),
        "usage_events": QT_TRANSLATE_NOOP("Vocabulary", "IP addresses and usage"),
        "interests": QT_TRANSLATE_NOOP("Vocabulary", "Interests"),
        "newsletter": QT_TRANSLATE_NOOP("Vocabulary", "Newsletter"),
        "support_contacts": QT_TRANSLATE_NOOP("Vocabulary", "Support contacts"),
        "disclosures": QT_TRANSLATE_NOOP("Vocabulary", "Disclosures"),
        "statements": QT_TRANSLATE_NOOP("Vocabulary", "Supplementary statements"),
        "orders": QT_TRANSLATE_NOOP("Vocabulary", "Orders"),
        "objections": QT_TRANSLATE_NOOP("Vocabulary", "Objections"),
        "restrictions": QT_TRANSLATE_NOOP("Vocabulary", "Restrictions and legal holds"),
        "audit_payloads": QT_TRANSLATE_NOOP("Vocabulary", "Old and new values in the log"),
    },
    "retention_category": {  # services.retention: the counts of a run
        "visitor_usage_events": QT_TRANSLATE_NOOP("Vocabulary", "Visitors' usage data older than 36 months (policy 6.3)"),
        "visitor_interests": QT_TRANSLATE_NOOP("Vocabulary", "Visitors' interests older than 36 months (policy 6.3)"),
        "closed_usage_events": QT_TRANSLATE_NOOP("Vocabulary", "Usage data of closed accounts (policy 6.2)"),
        "closed_interests": QT_TRANSLATE_NOOP("Vocabulary", "Interests of closed accounts (policy 6.2)"),
        "closed_newsletter": QT_TRANSLATE_NOOP("Vocabulary", "Newsletter subscriptions of closed accounts (policy 6.2)"),
        "closed_newsletter_interactions": QT_TRANSLATE_NOOP("Vocabulary", "Newsletter interactions of closed accounts (policy 6.2)"),
        "closed_support_contacts": QT_TRANSLATE_NOOP("Vocabulary", "Support contacts of closed accounts (policy 6.2)"),
        "closed_addresses": QT_TRANSLATE_NOOP("Vocabulary", "Addresses of closed accounts (policy 6.2)"),
        "orders_past_erasable_from": QT_TRANSLATE_NOOP("Vocabulary", "Orders past their bookkeeping date (Bokföringslagen 7 kap. 2 §)"),
        "closed_support_contacts_36_months": QT_TRANSLATE_NOOP("Vocabulary", "Support contacts closed more than 36 months ago (policy 6.1)"),
        "audit_payloads_3_years": QT_TRANSLATE_NOOP("Vocabulary", "Old and new values in the log, older than three years"),
        "ended_subscribers_newsletter": QT_TRANSLATE_NOOP("Vocabulary", "Newsletter subscriptions of subscribers who left every list"),
        "ended_subscribers_interactions": QT_TRANSLATE_NOOP("Vocabulary", "Newsletter interactions of subscribers who left every list"),
        "guest_addresses": QT_TRANSLATE_NOOP("Vocabulary", "Addresses of guest buyers, 36 months after their last purchase (policy 6.3)"),
        "closed_identities": QT_TRANSLATE_NOOP("Vocabulary", "Names and contact details of closed accounts (policy 6.2)"),
        "guest_identities": QT_TRANSLATE_NOOP("Vocabulary", "Names and contact details of guest buyers, 36 months after their last purchase"),
        "ended_subscriber_identities": QT_TRANSLATE_NOOP("Vocabulary", "Names and e-mail of subscribers who left every list"),
        "requests_3_years": QT_TRANSLATE_NOOP("Vocabulary", "Requests closed more than three years ago"),
        "request_letters_3_years": QT_TRANSLATE_NOOP("Vocabulary", "Letters and scans of those requests"),
        "issued_extracts_3_years": QT_TRANSLATE_NOOP("Vocabulary", "Issuance register entries of those requests"),
    },
    "erasure_action": {
        "erase": QT_TRANSLATE_NOOP("Vocabulary", "Erase"),
        "keep": QT_TRANSLATE_NOOP("Vocabulary", "Keep"),
    },
    "erasure_reason": {  # services.erasure.REASONS
        "erase": QT_TRANSLATE_NOOP("Vocabulary", "No legal ground to keep it after the request (GDPR art. 17(1))."),
        "bookkeeping": QT_TRANSLATE_NOOP("Vocabulary", "Bookkeeping record, kept until its date and used for nothing else (Bokföringslagen 7 kap. 2 §; policy 9.3.3)."),
        "objection": QT_TRANSLATE_NOOP("Vocabulary", "Kept as hashes so that marketing stays stopped (GDPR art. 21(3); policy 9.4)."),
        "restriction": QT_TRANSLATE_NOOP("Vocabulary", "Record of a restriction or legal hold, kept as evidence (GDPR art. 18; policy 6.1)."),
        "legal_hold": QT_TRANSLATE_NOOP("Vocabulary", "Legal hold: nothing of this person may be erased until it is lifted (policy 6.1)."),
    },
    "legal_basis": {
        "contract": QT_TRANSLATE_NOOP("Vocabulary", "Contract"),
        "legitimate_interest": QT_TRANSLATE_NOOP("Vocabulary", "Legitimate interest"),
        "legal_obligation": QT_TRANSLATE_NOOP("Vocabulary", "Legal obligation"),
        "consent": QT_TRANSLATE_NOOP("Vocabulary", "Consent"),
    },
}


def word(group: str, code: str | None) -> str:
    """The word for a stored code in the window's language."""
    if code is None or code == "":
        return DASH
    english = _VOCABULARY.get(group, {}).get(code)
    if english is None:
        return str(code)
    return QCoreApplication.translate("Vocabulary", english)

