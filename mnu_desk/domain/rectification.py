"""What may be rectified and how each value is checked and stored (policy 9.2, 9.3.2; GDPR art. 16)."""

from __future__ import annotations

import phonenumbers

from . import text as free_text
from .contact import check_email, normalise_email, phone_e164, postcode
from .errors import ValidationFailed

# field -> the data category it belongs to (the processing register's codes; art. 19 notifications use it)
FIELDS = {
    "first_name": "identity", "last_name": "identity",
    "street": "address", "postal_code": "address", "city": "address", "country": "address",
    "email": "contact", "phone": "contact",
}
ADDRESS_FIELDS = ("street", "postal_code", "city", "country")
COUNTRIES = frozenset(phonenumbers.SUPPORTED_REGIONS) | {"SE"}


def _plain_text(field: str, value: str) -> str:
    return free_text.clean(field, value, required=True)


def clean_value(field: str, value: str, country: str = "SE") -> str | None:
    """The stored form of a new value, or a ValidationFailed saying what is wrong with it."""
    if field not in FIELDS:
        raise ValidationFailed("Unknown field '{field}': choose {fields}.", field=field,
                               fields=", ".join(FIELDS))
    value = value if value is not None else ""
    if field == "email":
        if not value.strip():
            return None  # `email=` clears the e-mail
        return check_email(value)
    if field == "phone":
        if not value.strip():
            return None
        number = phone_e164(value)
        if number is None:
            raise ValidationFailed("'{value}' is not a valid phone number.", value=value)
        return number
    if field == "postal_code":
        if country == "SE":
            return postcode(value)
        text = " ".join(value.split())
        if not text or len(text) > 10:
            raise ValidationFailed("'{value}' is not a postcode.", value=value)
        return text
    if field == "country":
        code = value.strip().upper()
        if code not in COUNTRIES:
            raise ValidationFailed("'{value}' is not an ISO 3166 country code such as SE.", value=value)
        return code
    return _plain_text(field, value)


def clean_changes(changes: dict[str, str], current_country: str = "SE") -> dict[str, str | None]:
    """All new values checked together (the postcode is checked against the new country if it changes)."""
    unknown = [f for f in changes if f not in FIELDS]
    if unknown:
        raise ValidationFailed("Unknown field '{field}': choose {fields}.", field=unknown[0],
                               fields=", ".join(FIELDS))
    if not changes:
        raise ValidationFailed("Nothing to change: give at least one FIELD=VALUE.")
    cleaned: dict[str, str | None] = {}
    if "country" in changes:
        cleaned["country"] = clean_value("country", changes["country"])
    country = cleaned.get("country") or current_country
    for field, value in changes.items():
        if field != "country":
            cleaned[field] = clean_value(field, value, country)
    return cleaned


def email_norm(value: str | None) -> str | None:
    return normalise_email(value)
