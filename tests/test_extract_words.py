"""Words, not codes (GDPR art. 12(1): intelligible form; docs/design.md "The extract as a document"): every
label and every stored code the extract shows has its words in Swedish and English (resources/i18n), the
Swedish extract holds no English word and no database name, and the English extract no Swedish one, apart from
the person's own data as stored (product names, addresses)."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pdfplumber
import pytest
from sqlalchemy import select

from mnu_desk.db import models
from mnu_desk.db.models import Disclosure, Interest, NewsletterInteraction, Order, SupportContact, UsageEvent
from mnu_desk.domain.objections import SCOPES
from mnu_desk.domain.requests import IDENTITY_METHODS, SUPPORT_CONTACT_CHANNELS, RequestType, Status
from mnu_desk.extract import pdf
from mnu_desk.extract.content import texts
from mnu_desk.i18n import codes
from mnu_desk.services import extracts, keys, objections, requests, restrictions
from mnu_desk.services.demo import load_demo
from mnu_desk.services.extract_content import DESK_INTERNAL
from mnu_desk.services.record import CATEGORIES

from . import extract_layout
from .test_extract_layout import _richest

PASS = "ord-lösenfras-1"
PERSON_MODELS = tuple(getattr(models, name) for name in (
    "Address", "Account", "Favourite", "WishList", "WishListItem", "UsageEvent", "Interest", "NewsletterSubscription",
    "NewsletterInteraction", "Order", "OrderLine", "SupportContact", "Disclosure", "Objection", "Restriction",
    "Request", "SupplementaryStatement"))
# fields the loaders add beside the columns
EXTRA_FIELDS = ("first_name", "last_name", "email", "phone", "phone_national", "recipient", "erasable_from",
                "kept_while_account_open")
SKIPPED = {"person_id", "search_text", *DESK_INTERNAL}
# code groups the extract looks words up in, with every code the desk itself may store there
STORED = {"request_type": [t.value for t in RequestType], "request_status": [s.value for s in Status],
          "channel": list(SUPPORT_CONTACT_CHANNELS), "identity_method": list(IDENTITY_METHODS),
          "objection_scope": list(SCOPES), "restriction_kind": ["restriction", "legal_hold"],
          "legal_basis": ["contract", "legitimate_interest", "legal_obligation", "consent"],
          "audit_action": ["viewed", "rectified", "statement_added", "objection_added", "objection_withdrawn",
                           "erased", "account_closed", "erasure_previewed"]}


def _fields() -> set[str]:
    keys_ = {c.key for model in PERSON_MODELS for c in model.__table__.columns}
    return {k for k in keys_ | set(EXTRA_FIELDS) if k not in SKIPPED and not k.endswith("_by")}


@pytest.mark.parametrize("lang", codes.LANGUAGES)
def test_every_label_and_category_has_its_words(lang):
    missing = [k for k in sorted(_fields()) if k not in codes.group("extract_field", lang)]
    missing += [f"category {c}" for c in CATEGORIES if c not in codes.group("extract_category", lang)]
    assert missing == []


@pytest.mark.parametrize("lang", codes.LANGUAGES)
def test_every_code_the_desk_stores_has_its_words(lang):
    missing = [f"{group}.{code}" for group, stored in STORED.items() for code in stored
               if code not in codes.group(group, lang)]
    assert missing == []


def test_every_code_the_demo_stores_has_its_words(desk):
    """The shop's codes as the demo data holds them: every one has words in both languages."""
    load_demo(desk, None, 300, seed=2)
    columns = {UsageEvent.event_type: "event_type", Interest.interaction: "interaction", Interest.source: "source",
               NewsletterInteraction.event: "newsletter_event", Order.status: "order_status",
               SupportContact.channel: "channel", Disclosure.legal_basis: "legal_basis"}
    missing = []
    with desk.read() as session:
        for column, group in columns.items():
            for value in session.scalars(select(column).distinct()):
                missing += [f"{group}.{value} ({lang})" for lang in codes.LANGUAGES
                            if value not in codes.group(group, lang)]
        for value in session.scalars(select(Disclosure.categories).distinct()):
            missing += [f"data_category.{part}" for part in value.split(",")
                        if part not in codes.group("data_category", "en")]
    assert missing == []


def _text(result) -> str:
    with pdfplumber.open(io.BytesIO(result.pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def _own_words(result) -> str:
    """The document's own words: every table cell that is not one of the person's data values as stored
    (product names, addresses, links: shown as they are), and the paragraphs with those values taken out."""
    # stored codes are not data shown as stored: a code in a cell is a leak
    values = {value for key, value in extract_layout.leaf_values(json.loads(result.json)["categories"])
              if isinstance(value, str) and len(value) > 2 and key not in extract_layout.CODE_KEYS}
    squashed = {re.sub(r"\s+", "", value) for value in values}
    layout = extract_layout.read(result.pdf)
    parts = [cell for cell in layout.cells if re.sub(r"\s+", "", cell.replace("\u00a0", " ")) not in squashed]
    paragraphs = " ".join(layout.outside)
    for value in sorted(values, key=len, reverse=True):
        paragraphs = paragraphs.replace(value, " ")
    return re.sub(r"\s+", " ", " | ".join([paragraphs, *parts]).replace("\u00a0", " "))


def _phrases(lang: str) -> set[str]:
    """What the other language says (its code words and its document texts) where the two differ."""
    other = "en" if lang == "sv" else "sv"
    phrases = set()
    for group, entries in codes.table(other).items():
        for code, words in entries.items():
            if codes.table(lang)[group].get(code) != words and len(words) > 3:
                phrases.add(words)
    for key, text in texts(other).items():
        if isinstance(text, str) and texts(lang).get(key) != text:
            phrases.add(text.split("{")[0][:40].strip())
    return {p for p in phrases if len(p) > 3}


def _database_names(lang: str) -> set[str]:
    """Column names and stored codes. In English a plain code is an English word ("phone"), so there only the
    names with an underscore, as stored or spaced out ("shop address id")."""
    labels = codes.group("extract_field", "en")
    names = {k for k in _fields() if "_" in k}
    # spaced out ("shop address id"); in English not a two-word one ("opened at") nor the English label itself
    # ("legal basis"), which are plain English
    names |= {k.replace("_", " ") for k in names
              if lang == "sv" or (k.count("_") >= 2 and k.replace("_", " ") != labels[k].lower())}
    for group in ("event_type", "request_status", "identity_method", "legal_basis", "objection_scope",
                  "request_type", "channel", "newsletter_event", "order_status", "restriction_kind"):
        names |= {code for code in codes.table("en")[group]
                  if "_" in code or (lang == "sv" and code not in ("all", "other", "sent"))}
    return names


@pytest.fixture
def demo_data(desk):
    load_demo(desk, None, 300, seed=1)  # into the empty database, before any agent
    return desk


@pytest.fixture
def extracted(demo_data, admin, make_agent):
    """The demo's richest person with an objection, a restriction and a finished request, in both languages."""
    desk = demo_data
    keys.init_self_signed(desk, admin, PASS)
    sven = make_agent("sven", "supervisor")
    customer_no = _richest(desk)
    objections.add_objection(desk, sven, customer_no, "partner_ads", "email", date.today())
    restrictions.set_restriction(desk, sven, customer_no, "restriction", "riktigheten utreds")
    results = {}
    for lang in ("sv", "en"):
        ref = requests.register_request(desk, sven, type="access", channel="letter", received=date.today(),
                                        customer_no=customer_no)["ref"]
        results[lang] = extracts.issue_extract(desk, sven, ref, lang=lang, copy_json=True, passphrase=PASS)
    return results


def test_each_extract_speaks_its_own_language_only(extracted):
    for lang, result in extracted.items():
        own = _own_words(result)
        leaks = [p for p in sorted(_phrases(lang)) if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", own)]
        leaks += [n for n in sorted(_database_names(lang)) if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", own)]
        assert leaks == [], (lang, [own[max(0, m.start() - 120):m.end() + 60] for p in leaks for m in re.finditer(re.escape(p), own)][:3])
    assert "à-pris" in _text(extracted["sv"]) and "Á-pris" not in _text(extracted["sv"])
    assert pdf.CODE_FIELDS  # the renderer's code fields are the ones checked above
