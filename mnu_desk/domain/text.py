"""Free text from a person or a file (names, addresses, reasons, outcomes, statements, notes): one check for
every field, so that a value refused in one window is refused everywhere (docs/design.md "Free text").

What is refused, and why:
- control characters (C0 and C1, NUL, ESC, DEL): an ESC sequence stored in a name rewrites an agent's
  terminal when the name is printed, NUL cannot be stored on PostgreSQL, and none belongs in a name;
- the bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069): they make a
  text read differently from what is stored ("Trojan Source");
- lone surrogates (a file name that is not valid UTF-8 reaches Python that way), unassigned code points;
- more characters than the field allows: limits per field, within the column's size.

Tabs and line breaks are kept in multi-line fields (an address, a reason) and turned into spaces in one-line
fields (a name). Soft hyphens (U+00AD, a hint where a word may break) are dropped: invisible, they would make
two spellings of one name differ. Other format characters (Cf, such as an emoji's zero-width joiner) are kept.
Letters of every script and emoji are welcome."""

from __future__ import annotations

import re
import unicodedata

from .errors import ValidationFailed

SOFT_HYPHEN = "\u00ad"
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

# characters per field; one-line fields first
LIMITS = {
    "first_name": 100, "last_name": 100, "street": 200, "city": 100,
    "requester_name": 200, "identity_note": 300,
    "requester_address": 500,
    "reason": 2000, "outcome": 2000, "statement": 4000, "import_value": 2000,
}
# how a field is named in a message (translated like any phrase: resources/i18n/sv/messages.json)
LABELS = {
    "first_name": "First name", "last_name": "Last name", "street": "Street", "city": "City",
    "requester_name": "The requester's name", "identity_note": "The note on the identity check",
    "requester_address": "The requester's address", "reason": "The reason", "outcome": "The outcome",
    "statement": "The statement", "import_value": "The value",
}
MULTILINE = frozenset({"requester_address", "reason", "outcome", "statement", "import_value"})

_LINE_BREAKS = re.compile(r"\r\n?|[\x85\u2028\u2029]")


def problem(value: str) -> str | None:
    """'control_characters' or 'direction_controls' when `value` has a character no free text may hold,
    else None. Fast for the common case: isprintable() runs in C over the whole value."""
    if value.isprintable():
        return None
    for ch in value:
        if ch in BIDI_CONTROLS:
            return "direction_controls"
        if ch.isprintable() or ch in "\t\n\r":  # kept in a multi-line field, spaces in a one-line one
            continue
        category = unicodedata.category(ch)
        if category in ("Cc", "Cs", "Cn", "Co"):
            return "control_characters"
        # the rest (Zs such as a no-break space, Zl/Zp, Cf such as an emoji's zero-width joiner) are harmless
    return None


def clean(field: str, value: str | None, *, required: bool = False, limit: int | None = None) -> str | None:
    """The stored form of a free-text value: trimmed (one-line fields: inner whitespace as single spaces),
    or None when blank and not required; ValidationFailed naming the field otherwise."""
    limit = limit or LIMITS[field]
    multiline = field in MULTILINE
    text = "" if value is None else str(value)
    label = LABELS.get(field, field)
    found = problem(text)
    if found == "direction_controls":
        raise ValidationFailed("{field} contains characters that change the direction of the text.", field=label)
    if found:
        raise ValidationFailed("{field} contains control characters.", field=label)
    text = text.replace(SOFT_HYPHEN, "")
    if multiline:
        lines = _LINE_BREAKS.sub("\n", text).split("\n")
        text = "\n".join(line.rstrip() for line in lines).strip()
    else:
        text = " ".join(text.split())
    if not text:
        if required:
            raise ValidationFailed("{field} cannot be empty.", field=label)
        return None
    if len(text) > limit:
        raise ValidationFailed("{field} is longer than {limit} characters.", field=label, limit=limit)
    return text
