"""What a register extract is made of (GDPR art. 15(1)(a)-(h), 15(2), 15(3); policy 9.3.1; docs/design.md section 4,
"Extract content"): the content a service reads (services/extract_content.py) and the document's own wording in
Swedish and English (resources/i18n/<lang>/extract.json). Plain data, no database: the PDF and the
machine-readable copy are both made from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..i18n import catalogue


def texts(lang: str) -> dict:
    """The document's own wording in `lang`, from the language's catalogue (resources/i18n/<lang>/extract.json)."""
    return catalogue(lang, "extract")["document"]



@dataclass
class ExtractContent:
    language: str
    customer_no: str
    name: str
    request_ref: str
    received: date
    processing: list[dict] = field(default_factory=list)   # per register category, purposes with their basis
    recipients: list[dict] = field(default_factory=list)   # named recipients
    automated: str = ""
    access_log: list[dict] = field(default_factory=list)   # date, action code, purpose as recorded
    data: dict = field(default_factory=dict)               # loader category -> rows as loaded
    status: str = "active"                                 # active, closed or erased
    erased_on: date | None = None
    restricted: list[dict] = field(default_factory=list)   # active restrictions and holds: kind, since

    @property
    def texts(self) -> dict:
        return texts(self.language)
