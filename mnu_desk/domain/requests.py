"""The desk's case register as rules: request types, channels, statuses and how identity was checked
(docs/design.md section 4, "Signed letter and identity")."""

from __future__ import annotations

from enum import StrEnum

from . import text as free_text
from .errors import ValidationFailed
from .textfold import fold


class RequestType(StrEnum):
    ACCESS = "access"                  # art. 15, policy 9.3.1
    RECTIFICATION = "rectification"    # art. 16, policy 9.3.2
    ERASURE = "erasure"                # art. 17, policy 9.3.3
    RESTRICTION = "restriction"        # art. 18
    OBJECTION = "objection"            # art. 21, policy 9.4
    CLOSURE = "closure"                # policy 6.2, 8
    PORTABILITY = "portability"        # art. 20


class Channel(StrEnum):
    LETTER = "letter"
    EMAIL = "email"
    PHONE = "phone"
    WEB = "web"


# The shop's support contacts (imported from the shop) also come by chat; the desk takes requests only the
# four ways above, so chat is added here and nowhere else.
SUPPORT_CONTACT_CHANNELS = (*(c.value for c in Channel), "chat")


class Status(StrEnum):
    NEW = "new"
    AWAITING_IDENTITY = "awaiting_identity"
    IN_PROGRESS = "in_progress"
    AWAITING_APPROVAL = "awaiting_approval"
    COMPLETED = "completed"
    REFUSED = "refused"

    @property
    def is_open(self) -> bool:
        return self not in (Status.COMPLETED, Status.REFUSED)


OPEN_STATUSES = tuple(s.value for s in Status if s.is_open)

# how identity was checked: a signature is one way, not a precondition (art. 12(6))
IDENTITY_METHODS = ("signature_address", "known_email", "id_copy", "other")


def parse_choice(value: str, enum: type[StrEnum], what: str) -> StrEnum:
    try:
        return enum(value.strip().lower())
    except ValueError:
        raise ValidationFailed("Unknown {what} '{value}': choose {choices}.", what=what, value=value,
                               choices=", ".join(e.value for e in enum)) from None


def parse_identity(value: str) -> tuple[str, str | None]:
    """`signature_address`, `known_email`, `id_copy` or `other:TEXT` -> (method, note)."""
    method, _, note = value.partition(":")
    method = method.strip().lower()
    if method not in IDENTITY_METHODS:
        raise ValidationFailed("Unknown identity check '{value}': choose signature_address, known_email, "
                               "id_copy or other:TEXT.", value=value)
    note = free_text.clean("identity_note", note)
    if method == "other" and not note:
        raise ValidationFailed("Say how identity was checked: other:TEXT.")
    return method, note


def _letters_and_digits(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def address_matches(given: str | None, street: str, postal_code: str, city: str) -> bool:
    """Whether the address a requester gave is the one on record: its street, postcode and city all appear in
    it, whatever the spacing, case, punctuation or marks ("Storgatan 1, 41101 GÖTEBORG" matches). No address
    given is no difference: the letter is then answered to the address on record."""
    if not given or not given.strip():
        return True
    text = _letters_and_digits(given)
    return all(_letters_and_digits(part) in text for part in (street, postal_code, city) if part)
