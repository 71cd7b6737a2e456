"""What a register extract says (GDPR art. 15(1)(a)-(h), 15(2), 15(3); policy 9.3.1; docs/design.md section 4,
"Extract content"): built from the record loaders and the processing register, in Swedish or English. Plain
data, no PDF: the PDF and the machine-readable copy are both made from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import AuditEntry, Person, Recipient
from ..domain.clock import to_stockholm
from ..services.record import CATEGORY_LOADERS
from ..services.register import ProcessingRegister

# which part of the processing register describes each loaded category
REGISTER_CODE = {
    "identity": "identity", "addresses": "address", "contact": "contact", "account": "account",
    "favourites": "account", "wish_lists": "account", "usage_events": "usage", "interests": "interests",
    "newsletter": "newsletter", "orders": "purchases", "support_contacts": "support",
    "disclosures": "disclosures", "objections": "objections", "restrictions": "requests",
    "requests": "requests", "statements": "requests",
}

TITLES = {
    "sv": {"identity": "Namn", "addresses": "Adresser", "contact": "Telefon och e-post", "account": "Konto",
           "favourites": "Favoriter", "wish_lists": "Önskelistor", "usage_events": "IP-adresser och användning",
           "interests": "Intressen (visade och klickade produkter och erbjudanden)",
           "newsletter": "Nyhetsbrev: prenumerationer och interaktioner", "orders": "Köp",
           "support_contacts": "Serviceärenden", "disclosures": "Utlämnanden till tredje part",
           "objections": "Invändningar mot marknadsföring", "restrictions": "Begränsningar och rättsliga spärrar",
           "requests": "Dina förfrågningar till oss (ärenden)", "statements": "Kompletterande yttranden"},
    "en": {"identity": "Name", "addresses": "Addresses", "contact": "Phone and e-mail", "account": "Account",
           "favourites": "Favourites", "wish_lists": "Wish lists", "usage_events": "IP addresses and usage",
           "interests": "Interests (products and offers viewed or clicked)",
           "newsletter": "Newsletter: subscriptions and interactions", "orders": "Purchases",
           "support_contacts": "Support cases", "disclosures": "Disclosures to third parties",
           "objections": "Objections to marketing", "restrictions": "Restrictions and legal holds",
           "requests": "Your requests to us (cases)", "statements": "Supplementary statements"},
}

TEXTS = {
    "sv": {
        "title": "Registerutdrag",
        "confirmation": "Vi bekräftar att m punkt nu Sverige AB behandlar personuppgifter om dig. Här är "
                        "en kopia av alla uppgifter vi har om dig och information om hur vi behandlar dem "
                        "(artikel 15 i dataskyddsförordningen, punkt 9.3.1 i vår integritetspolicy).",
        "processing": "Ändamål, rättslig grund, lagringstid, mottagare och källa per kategori",
        "purposes": "Ändamål", "bases": "Rättslig grund", "retention": "Lagringstid",
        "recipients": "Mottagare", "source": "Källa",
        "named_recipients": "Mottagare vi lämnar ut uppgifter till",
        "recipient_cols": ["Mottagare", "Land", "Utanför EU/EES", "Skyddsåtgärd", "Fått dina uppgifter"],
        "yes": "ja", "no": "nej",
        "outside_eea": "När uppgifter förs över till ett land utanför EU/EES sker det med de skyddsåtgärder som "
                       "anges ovan (policy 7.4, artikel 15.2 och 46 i dataskyddsförordningen).",
        "rights": "Dina rättigheter",
        "rights_list": [
            "Rättelse: du kan begära att felaktiga uppgifter rättas och att ofullständiga kompletteras "
            "(artikel 16, policy 9.2, 9.3.2).",
            "Radering: du kan begära att uppgifterna raderas, utom det som bokförings- och skattelag kräver "
            "att vi sparar (artikel 17, policy 9.3.3).",
            "Begränsning: du kan begära att behandlingen begränsas, t.ex. medan en uppgifts riktighet "
            "utreds (artikel 18).",
            "Invändning: du kan invända mot behandling som grundas på berättigat intresse och alltid mot "
            "direktmarknadsföring, också den profilering som hör till (artikel 21, policy 9.4). Skriv till "
            "info@m.nu.",
        ],
        "complaint": "Du har rätt att klaga hos Integritetsskyddsmyndigheten (IMY), Box 8114, 104 20 "
                     "Stockholm, www.imy.se (artikel 77).",
        "automated": "Automatiserade beslut och profilering",
        "access_log": "När och varför dina uppgifter öppnades hos kundtjänst",
        "access_intro": "Datum och ändamål för varje gång din post öppnades eller ändrades hos oss "
                        "(handläggarnas namn anges inte, jfr EU-domstolens dom C-579/21).",
        "access_cols": ["Datum", "Händelse", "Ändamål"],
        "none_access": "Din post har inte öppnats hos kundtjänst.",
        "data": "Kopia av personuppgifterna",
        "empty": "Inga uppgifter.",
        "copy_note": "Uppgifterna finns också som maskinläsbar kopia (JSON) om du begär det.",
        "actions": {"viewed": "öppnad", "rectified": "rättad", "statement_added": "yttrande tillagt"},
        # the desk's own purposes, stored in English; an agent's free text is shown as written
        "purposes_known": {"customer service": "kundtjänst",
                           "register extract (GDPR art. 15)": "registerutdrag (GDPR art. 15)"},
    },
    "en": {
        "title": "Register extract",
        "confirmation": "We confirm that m punkt nu Sverige AB processes personal data about you. Here is a "
                        "copy of all data we hold about you and how we process it (GDPR article 15, clause "
                        "9.3.1 of our privacy policy).",
        "processing": "Purposes, legal basis, retention, recipients and source per category",
        "purposes": "Purposes", "bases": "Legal basis", "retention": "Retention",
        "recipients": "Recipients", "source": "Source",
        "named_recipients": "Recipients we disclose data to",
        "recipient_cols": ["Recipient", "Country", "Outside EU/EEA", "Safeguard", "Received your data"],
        "yes": "yes", "no": "no",
        "outside_eea": "Where data is transferred to a country outside the EU/EEA, it is done with the "
                       "safeguards named above (policy 7.4, GDPR articles 15(2) and 46).",
        "rights": "Your rights",
        "rights_list": [
            "Rectification: you may ask us to correct wrong data and complete incomplete data (article 16, "
            "policy 9.2, 9.3.2).",
            "Erasure: you may ask us to erase the data, except what bookkeeping and tax law require us to "
            "keep (article 17, policy 9.3.3).",
            "Restriction: you may ask us to restrict processing, e.g. while the accuracy of data is checked "
            "(article 18).",
            "Objection: you may object to processing based on legitimate interest, and always to direct "
            "marketing including the profiling it uses (article 21, policy 9.4). Write to info@m.nu.",
        ],
        "complaint": "You have the right to lodge a complaint with the Swedish Authority for Privacy "
                     "Protection (IMY), Box 8114, SE-104 20 Stockholm, www.imy.se (article 77).",
        "automated": "Automated decisions and profiling",
        "access_log": "When and why your data was opened at customer service",
        "access_intro": "The date and purpose of each time your record was opened or changed here (the "
                        "agents' names are not given, cf. CJEU judgment C-579/21).",
        "access_cols": ["Date", "Event", "Purpose"],
        "none_access": "Your record has not been opened at customer service.",
        "data": "Copy of the personal data",
        "empty": "No data.",
        "copy_note": "The data is also available as a machine-readable copy (JSON) on request.",
        "actions": {"viewed": "opened", "rectified": "rectified", "statement_added": "statement added"},
        "purposes_known": {},
    },
}


@dataclass
class ExtractContent:
    language: str
    customer_no: str
    name: str
    request_ref: str
    received: date
    texts: dict
    processing: list[dict] = field(default_factory=list)   # per register category
    recipients: list[dict] = field(default_factory=list)   # named recipients
    automated: str = ""
    access_log: list[dict] = field(default_factory=list)   # date, action, purpose
    data: dict = field(default_factory=dict)               # loader category -> rows as loaded


# the desk's own bookkeeping on its records: which agent did what is the desk's, not the person's data, and
# the openings of the record are told separately, with dates and purposes (CJEU C-579/21)
DESK_INTERNAL = ("version", "assigned_to")


def _for_the_person(rows):
    if not isinstance(rows, list):
        return rows
    return [{key: value for key, value in row.items() if key not in DESK_INTERNAL and not key.endswith("_by")}
            if isinstance(row, dict) else row for row in rows]


def build(session: Session, person: Person, register: ProcessingRegister, *, request_ref: str,
          received: date, lang: str = "sv") -> ExtractContent:
    """Everything art. 15 requires, for one person and nobody else (every loader filters on the person)."""
    texts = TEXTS[lang]
    data = {name: _for_the_person(loader(session, person)) for name, loader in CATEGORY_LOADERS.items()}
    processing = []
    for code in [*register.codes(), *[c for c in ("requests", "objections") if c in register.desk_record_codes()]]:
        info = register.category(code, lang)
        processing.append({"code": code, "name": info.name, "purposes": info.purposes,
                           "legal_bases": info.legal_bases, "retention": info.retention,
                           "recipients": info.recipients, "source": info.source})
    received_from = {d["recipient"]["code"] for d in data["disclosures"]}
    recipients = [{"code": r.code, "name": r.name, "country": r.country, "outside_eea": bool(r.outside_eea),
                   "safeguard": r.safeguard or "", "received": r.code in received_from}
                  for r in session.scalars(select(Recipient).order_by(Recipient.name))]
    entries = session.execute(select(AuditEntry.at, AuditEntry.action, AuditEntry.purpose)
                              .where(AuditEntry.subject == f"person:{person.customer_no}")
                              .order_by(AuditEntry.seq))
    access_log = [{"date": to_stockholm(at).date(), "action": texts["actions"].get(action, action),
                   "purpose": texts["purposes_known"].get(purpose or "", purpose or "")}
                  for at, action, purpose in entries]
    name = " ".join(p for p in (person.first_name, person.last_name) if p)
    return ExtractContent(language=lang, customer_no=person.customer_no, name=name, request_ref=request_ref,
                          received=received, texts=texts, processing=processing, recipients=recipients,
                          automated=register.automated_decisions(lang), access_log=access_log, data=data)
