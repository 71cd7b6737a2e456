"""What a register extract is made of (GDPR art. 15(1)(a)-(h), 15(2), 15(3); policy 9.3.1; docs/design.md section 4,
"Extract content"): the content a service reads (services/extract_content.py) and the document's own wording in
Swedish and English. Plain data, no database: the PDF and the machine-readable copy are both made from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

TEXTS = {
    "sv": {
        "title": "Registerutdrag",
        "confirmation": "Vi bekräftar att m punkt nu Sverige AB behandlar personuppgifter om dig. Här är "
                        "en kopia av alla uppgifter vi har om dig och information om hur vi behandlar dem "
                        "(artikel 15 i dataskyddsförordningen, punkt 9.3.1 i vår integritetspolicy).",
        "processing": "Ändamål, rättslig grund, lagringstid, mottagare och källa per kategori",
        "retention": "Lagringstid",
        "recipients": "Mottagare", "source": "Källa",
        "named_recipients": "Mottagare vi lämnar ut uppgifter till",
        "recipient_cols": ["Mottagare", "Roll", "Land", "Utanför EU/EES", "Skyddsåtgärd", "Adress",
                           "Fått dina uppgifter"],
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
        "purpose_basis": "Ändamål och rättslig grund",
        "while_open": "så länge ditt konto är öppet, tidigast {date}",
        "erased": "Dina personuppgifter raderades den {date} på din begäran (artikel 17, policy 9.3.3). Det "
                  "som står nedan är precis det vi fortfarande sparar, och varför: sådant som lag kräver att vi "
                  "sparar, och som bara används för det ändamålet.",
        "restricted": "Behandlingen av dina uppgifter är begränsad sedan {date} ({kind}): vi sparar dem men "
                      "använder dem inte till annat än det lag kräver (artikel 18).",
    },
    "en": {
        "title": "Register extract",
        "confirmation": "We confirm that m punkt nu Sverige AB processes personal data about you. Here is a "
                        "copy of all data we hold about you and how we process it (GDPR article 15, clause "
                        "9.3.1 of our privacy policy).",
        "processing": "Purposes, legal basis, retention, recipients and source per category",
        "retention": "Retention",
        "recipients": "Recipients", "source": "Source",
        "named_recipients": "Recipients we disclose data to",
        "recipient_cols": ["Recipient", "Role", "Country", "Outside EU/EEA", "Safeguard", "Address",
                           "Received your data"],
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
        "purpose_basis": "Purposes and legal basis",
        "while_open": "while your account is open, not before {date}",
        "erased": "Your personal data was erased on {date} at your request (article 17, policy 9.3.3). What "
                  "follows is exactly what we still keep, and why: what the law requires us to keep, used for "
                  "that purpose only.",
        "restricted": "Processing of your data is restricted since {date} ({kind}): we keep it but use it for "
                      "nothing but what the law requires (article 18).",
    },
}


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
        return TEXTS[self.language]
