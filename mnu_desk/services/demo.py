"""Demo data: N people of every kind of data subject (docs/design.md section 3), with everything the policy says the
shop collects about them, loaded fast enough that a million customers take minutes.

How it stays fast: Faker (sv_SE) is asked once, to fill pools of names and streets; everything per row is
sampling from pools with one `random.Random`, so the same seed and the same `today` give the same rows. Rows
are plain tuples in their stored form (integer öre, UTC text, see `mnu_desk.db.bulk`), made and loaded in
batches of 10 000 people through the backend's bulk path; memory holds one batch. A transaction covers one
batch (five on SQLite, see SQLITE_BATCHES_PER_COMMIT). Ids are assigned here, after the highest existing
ones, so children refer to parents without a round trip; customer and order numbers continue after the
highest existing ones, so a second run appends.

The data: about 55 % account holders (a few % closed), 20 % guest buyers, 10 % newsletter-only subscribers
and 15 % visitors without account (known by cookie id and IP address only). Orders span nine years, so some
are past the bookkeeping law's date (docs/design.md section 4); visitors' activity spans four years, so some is past
the 36 months of policy 6.3. Nothing lies after the start of `today` (Stockholm).
"""

from __future__ import annotations

import ipaddress
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time

from faker import Faker
from sqlalchemy import Engine, Table, func, select

from ..db import searchindex, searchrank
from ..db.bulk import insert_rows, reset_sequences
from ..db.engine import IMMEDIATE
from ..db.models import (
    Account,
    Address,
    Disclosure,
    Favourite,
    Interest,
    NewsletterInteraction,
    NewsletterSubscription,
    Order,
    OrderLine,
    Person,
    Recipient,
    SupportContact,
    UsageEvent,
    WishList,
    WishListItem,
)
from ..domain.clock import STOCKHOLM, today_stockholm
from ..domain.contact import normalise_email
from ..domain.subjects import PersonStatus, SubjectKind
from ..domain.textfold import fold

BATCH = 10_000  # people generated and inserted at a time: memory stays at one batch's rows
# SQLite commits every few batches: a commit writes each page it touched, and the random-keyed indexes are
# touched all over by every batch, so fewer, larger transactions write far less.
SQLITE_BATCHES_PER_COMMIT = 5
SQLITE_CACHE_KIB = 256 * 1024
FIRST_CUSTOMER_NO = 100001
FIRST_ORDER_NO = 5000001
DAY = 86_400
YEAR = 365 * DAY
SCC = "EU standard contractual clauses (SCC), art. 46(2)(c) GDPR"

# (table, columns) in the order a batch is loaded: parents before children, for the foreign keys
_TABLES: list[tuple[Table, tuple[str, ...]]] = [
    (Person.__table__, ("id", "customer_no", "kind", "status", "first_name", "last_name", "email",
                        "email_norm", "phone_e164", "search_text", "created_at", "closed_at", "version")),
    (Address.__table__, ("id", "person_id", "is_primary", "street", "postal_code", "city", "country",
                         "created_at", "version")),
    (Account.__table__, ("id", "person_id", "login", "created_at", "last_login_at", "closed_at", "version")),
    (Favourite.__table__, ("id", "person_id", "product_sku", "product_name", "added_at")),
    (WishList.__table__, ("id", "person_id", "name", "created_at")),
    (WishListItem.__table__, ("id", "wish_list_id", "product_sku", "product_name", "note", "added_at")),
    (UsageEvent.__table__, ("id", "person_id", "occurred_at", "ip_address", "event_type", "path", "cookie_id")),
    (Interest.__table__, ("id", "person_id", "occurred_at", "product_sku", "product_name", "interaction",
                          "source")),
    (NewsletterSubscription.__table__, ("id", "person_id", "list_name", "subscribed_at", "unsubscribed_at",
                                        "personalise")),
    (NewsletterInteraction.__table__, ("id", "person_id", "campaign", "event", "occurred_at", "link")),
    (Order.__table__, ("id", "order_no", "person_id", "placed_at", "status", "payment_provider", "currency",
                       "total", "vat", "billing_name", "billing_street", "billing_postal_code", "billing_city",
                       "billing_country", "billing_email", "restricted_to_bookkeeping")),
    (OrderLine.__table__, ("id", "order_id", "line_no", "product_sku", "product_name", "quantity",
                           "unit_price", "vat_rate_percent", "line_total")),
    (SupportContact.__table__, ("id", "person_id", "opened_at", "closed_at", "channel", "subject", "summary")),
    (Disclosure.__table__, ("id", "person_id", "recipient_id", "disclosed_at", "categories", "purpose",
                            "legal_basis")),
]
TABLE_NAMES = [t.name for t, _ in _TABLES]

# code, name, role, country, outside EU/EEA, safeguard, contact
RECIPIENTS = [
    ("klarna", "Klarna Bank AB (publ)", "payment", "SE", False, None, "Sveavägen 46, 111 34 Stockholm"),
    ("svea", "Svea Bank AB", "credit", "SE", False, None, "Evenemangsgatan 31, 169 81 Solna"),
    ("meta", "Meta Platforms Inc.", "ad_partner", "US", True, SCC,
     "1 Meta Way, Menlo Park, CA 94025, USA"),
    ("google", "Google LLC", "ad_partner", "US", True, SCC,
     "1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"),
    # the model's role list names no carrier; "carrier" is the plain word for it
    ("postnord", "PostNord Sverige AB", "carrier", "SE", False, None, "Terminalvägen 24, 171 73 Solna"),
    ("skatteverket", "Skatteverket", "authority", "SE", False, None, "171 94 Solna"),
]

# Faker's sv_SE postcodes are random digits unrelated to the city; these are the cities' real postcode areas
# (first three digits) and rough populations in thousands, the weight a city is drawn with.
CITIES = [
    ("Stockholm", 980, (111, 112, 113, 114, 115, 116, 117, 118, 120, 121, 122, 123, 124, 126, 127, 129)),
    ("Göteborg", 600, (411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 424, 426)),
    ("Malmö", 350, (211, 212, 213, 214, 215, 216, 217, 218)), ("Uppsala", 240, (752, 753, 754, 756, 757)),
    ("Västerås", 130, (722, 723, 724, 725)), ("Örebro", 125, (702, 703)),
    ("Linköping", 120, (582, 583, 584, 585, 586, 587, 589)), ("Helsingborg", 115, (252, 253, 254, 256)),
    ("Jönköping", 100, (553, 554, 555, 556)), ("Norrköping", 100, (602, 603)),
    ("Lund", 95, (222, 223, 224, 226, 227)), ("Umeå", 90, (903, 904, 906, 907)),
    ("Gävle", 80, (802, 803, 804, 805, 806)), ("Borås", 75, (503, 504, 506, 507)), ("Mölndal", 45, (431,)),
    ("Södertälje", 75, (151, 152)), ("Eskilstuna", 70, (632, 633, 635)), ("Karlstad", 65, (652, 653, 654, 656)),
    ("Halmstad", 60, (302, 303)), ("Växjö", 70, (352, 353, 355)), ("Sundsvall", 60, (852, 853, 854, 856, 857)),
    ("Luleå", 50, (972, 973, 974, 975)), ("Trollhättan", 50, (461, 462)), ("Östersund", 50, (831, 832)),
    ("Borlänge", 45, (781, 784)), ("Falun", 40, (791,)), ("Kalmar", 40, (392, 393)), ("Skövde", 40, (541,)),
    ("Kristianstad", 40, (291,)), ("Karlskrona", 40, (371,)), ("Skellefteå", 35, (931,)),
    ("Uddevalla", 35, (451,)), ("Lidingö", 35, (181,)), ("Motala", 30, (591,)), ("Landskrona", 30, (261,)),
    ("Örnsköldsvik", 30, (891,)), ("Nyköping", 35, (611,)), ("Karlskoga", 25, (691,)), ("Varberg", 35, (432,)),
    ("Trelleborg", 30, (231,)), ("Lidköping", 25, (531,)), ("Alingsås", 25, (441,)), ("Piteå", 25, (941,)),
    ("Sandviken", 25, (811,)), ("Ängelholm", 25, (262,)), ("Solna", 80, (169, 171)),
    ("Sundbyberg", 50, (172, 174)), ("Nacka", 100, (131, 132)), ("Täby", 70, (183, 187)),
]

EMAIL_DOMAINS = (["gmail.com"] * 34 + ["hotmail.com"] * 14 + ["outlook.com"] * 9 + ["live.se"] * 7
                 + ["telia.com"] * 8 + ["yahoo.se"] * 5 + ["icloud.com"] * 9 + ["bredband.net"] * 5
                 + ["spray.se"] * 3 + ["comhem.se"] * 6)

BRANDS = ["Philips Hue", "IKEA", "Aqara", "Shelly", "Fibaro", "Telldus", "Nedis", "Deltaco", "Sonoff",
          "Nanoleaf", "Eve", "Netatmo", "Danfoss", "Popp", "Heatit", "Namron", "Develco", "Aeotec", "Zipato",
          "Everspring", "Sensibo", "Homey", "Yale", "Verisure", "Ezviz", "Reolink", "Airthings", "Tapo"]
# product type, price range in kronor
PRODUCT_TYPES = [
    ("Smart glödlampa E27", 99, 499), ("Smart glödlampa GU10", 129, 449), ("LED-list 2 m", 299, 1299),
    ("Rörelsesensor", 249, 799), ("Dörr- och fönstersensor", 149, 549), ("Vattenläckagesensor", 199, 699),
    ("Brandvarnare", 299, 999), ("Smart plugg", 129, 499), ("Väggdimmer", 449, 1499),
    ("Relämodul", 299, 899), ("Termostat", 799, 2499), ("Elementtermostat", 449, 999),
    ("Inomhuskamera", 399, 1999), ("Utomhuskamera", 899, 3999), ("Videodörrklocka", 999, 2999),
    ("Smart lås", 1990, 4990), ("Fjärrkontroll", 149, 599), ("Gateway", 899, 3499),
    ("Temperatur- och fuktsensor", 149, 599), ("Sirén", 299, 999), ("Energimätare", 399, 1299),
    ("Rullgardinsmotor", 899, 2499), ("Luftkvalitetsmätare", 999, 2999), ("Trådlös knapp", 129, 399),
]
MODEL_SUFFIXES = ["", "", " Gen 2", " Gen 3", " Pro", " Mini", " Plus", " Z-Wave", " Zigbee", " Matter"]
# (name, price in öre, VAT %): food 12 %, books 6 %
OTHER_PRODUCTS = [
    ("Kaffebönor mellanrost 500 g", 12900, 12), ("Chokladkaka mörk 100 g", 3490, 12),
    ("Energidryck 24-pack", 29900, 12), ("Proteinbar 12-pack", 17900, 12), ("Lakritsmix 350 g", 4990, 12),
    ("Bok: Smarta hem steg för steg", 29900, 6), ("Bok: Z-Wave för nybörjare", 24900, 6),
    ("Bok: Home Assistant i praktiken", 34900, 6), ("Bok: Hemautomation med Raspberry Pi", 27900, 6),
]
CATEGORY_PATHS = ["/", "/", "/kategori/belysning", "/kategori/sensorer", "/kategori/sakerhet",
                  "/kategori/varme-och-klimat", "/kategori/kameror", "/kategori/z-wave", "/kategori/zigbee",
                  "/kampanj", "/nyheter", "/kundservice", "/om-oss"]
SEARCH_WORDS = ["hue", "termostat", "sensor", "lampa", "zigbee", "z-wave", "kamera", "plugg", "dimmer",
                "brandvarnare", "lås", "shelly", "aqara", "gateway", "fjärrkontroll", "homey"]
NEWSLETTER_LISTS = [("Nyhetsbrev", "Nyhetsbrev"), ("Erbjudanden", "Erbjudanden"),
                    ("Smarta hem-tips", "Smarta hem-tips")]
WISH_LIST_NAMES = ["Önskelista", "Julklappar", "Sommarstugan", "Födelsedag", "Smarta hemmet", "Garaget",
                   "Till hallen", "Senare"]
WISH_NOTES = ["Till pappa", "Vänta på rea", "Två stycken", "Kolla färgen", "Till vardagsrummet",
              "Jämför med Zigbee-varianten"]
SUPPORT = [
    ("email", "Var är mitt paket?", "Kunden undrade över leveransen; spårningslänk skickad."),
    ("phone", "Retur av vara", "Returetikett skickad per e-post."),
    ("email", "Fråga om faktura", "Fakturakopia skickad."),
    ("chat", "Produktfråga", "Frågade om kompatibilitet med Z-Wave; svar lämnat."),
    ("phone", "Ändra leveransadress", "Adressen ändrad före leverans."),
    ("email", "Glömt lösenord", "Återställningslänk skickad."),
    ("chat", "Trasig vara vid leverans", "Ersättningsvara skickad."),
    ("letter", "Reklamation", "Reklamationen godkänd, pengarna återbetalda."),
    ("email", "Avregistrera nyhetsbrev", "Avregistrerad från utskick."),
    ("phone", "Fråga om delbetalning", "Hänvisad till betalningsleverantören."),
]
STATUS_OLD = ["delivered"] * 90 + ["returned"] * 5 + ["cancelled"] * 5
PROVIDERS = ["Klarna"] * 55 + ["Svea Bank"] * 20 + ["Swish"] * 25
LINE_COUNTS = [1] * 50 + [2] * 28 + [3] * 15 + [4] * 7
QUANTITIES = [1] * 80 + [2] * 13 + [3] * 5 + [4] * 2
IPV4_FIRST = ["78", "81", "83", "85", "90", "94", "95", "155", "185", "188", "193", "194", "212", "213", "217"]
IPV6_PREFIXES = [0x20019B1, 0x2A000801, 0x2A020AA1, 0x20012002, 0x2A0102E0, 0x2A0119F0]
CONTACT_AUDIENCE = ("contact,interests", "Anpassad annonsmålgrupp (hashad e-postadress)",
                    "legitimate_interest")
PIXEL_AUDIENCE = ("usage", "Annonsmätning och återmarknadsföring (cookie och IP-adress)",
                  "legitimate_interest")


def _buckets(spec: list[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """A 1000-slot table of (low, high) count ranges, drawn with one random() and spread with another."""
    table: list[tuple[int, int]] = []
    for share, low, high in spec:
        table.extend([(low, high)] * round(share * 1000))
    assert len(table) == 1000, len(table)
    return table


# usage events per person: the average over all kinds is about six, with a few heavy users
EVENTS = {
    SubjectKind.ACCOUNT: _buckets([(0.10, 0, 0), (0.30, 1, 3), (0.35, 4, 8), (0.222, 9, 20), (0.025, 21, 60),
                                   (0.003, 150, 600)]),
    SubjectKind.GUEST: _buckets([(0.2, 0, 0), (0.5, 1, 3), (0.299, 4, 8), (0.001, 100, 300)]),
    SubjectKind.SUBSCRIBER: _buckets([(0.4, 0, 0), (0.45, 1, 4), (0.15, 5, 10)]),
    SubjectKind.VISITOR: _buckets([(0.45, 1, 2), (0.35, 3, 8), (0.18, 9, 15), (0.018, 16, 40),
                                   (0.002, 100, 400)]),
}
ORDERS_PER_ACCOUNT = _buckets([(0.28, 0, 0), (0.30, 1, 1), (0.24, 2, 3), (0.16, 4, 8), (0.02, 9, 30)])


@dataclass
class DemoSummary:
    """What one run loaded: rows per table (this run only), how long it took, and whether it was cancelled
    (the batches before the cancel stay committed)."""

    requested: int
    people: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    cancelled: bool = False
    first_customer_no: str | None = None
    last_customer_no: str | None = None

    @property
    def total_rows(self) -> int:
        return sum(self.counts.values())


def generate_demo(engine: Engine, customers: int, seed: int = 1,
                  progress: Callable[[int, int], None] | None = None,
                  cancel: Callable[[], bool] | None = None, today: date | None = None) -> DemoSummary:
    """Append `customers` demo people with all their data to the database behind `engine` (migrated to head).

    `progress(done, total)` is called after every batch of people; `cancel()` is asked before each batch and
    a True stops cleanly: the whole batches loaded so far are committed and the summary says `cancelled`. On
    an error the open transaction is rolled back, earlier ones stay. Same `seed` and `today` (default: today
    in Stockholm) give the same rows on an empty database. Both callbacks run on the calling thread. Creates
    no agents and writes no audit entries: the calling service or command does (permission load_demo_data)."""
    if customers < 0:
        raise ValueError("customers must be zero or more")
    started = time.perf_counter()
    summary = DemoSummary(requested=customers, counts=dict.fromkeys(TABLE_NAMES, 0))
    summary.counts["recipients"] = 0
    backend = engine.dialect.name
    batches_per_commit = SQLITE_BATCHES_PER_COMMIT if backend == "sqlite" else 1
    loaded = False
    with engine.connect() as connection:
        if backend == "sqlite":
            connection.execution_options(**{IMMEDIATE: True})
            pragmas = {"cache_size": connection.exec_driver_sql("PRAGMA cache_size").scalar()}
            # The IP and time indexes of the event tables take keys in random order, so every batch touches
            # most of their pages: SQLite's default 2 MB cache would read each of them back from the file.
            connection.exec_driver_sql(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
            connection.commit()
        transaction = None
        try:
            with connection.begin():
                recipients, added = _ensure_recipients(connection)
                summary.counts["recipients"] = added
                last_ids = {t.name: connection.execute(select(func.max(t.c.id))).scalar() or 0
                            for t, _ in _TABLES}
                next_customer = _next_number(connection, Person.__table__.c.customer_no, FIRST_CUSTOMER_NO)
                next_order = _next_number(connection, Order.__table__.c.order_no, FIRST_ORDER_NO)
            generator = _Generator(seed, today or today_stockholm(), last_ids, next_customer, next_order,
                                   recipients)
            if progress:
                progress(0, customers)
            loaded = True
            done = pending = 0
            counts = summary.counts
            while done < customers:
                if cancel and cancel():
                    summary.cancelled = True
                    break
                size = min(BATCH, customers - done)
                rows = generator.batch(size)
                if transaction is None:
                    transaction = connection.begin()
                for (table, columns), batch_rows in zip(_TABLES, rows, strict=True):
                    if batch_rows:
                        insert_rows(connection, table, columns, batch_rows)
                    counts[table.name] += len(batch_rows)
                # the word table (and MariaDB's token index) are written by code, not triggers; the
                # ranks are given to everyone at the end, in one statement
                searchindex.reindex(connection, [(p[0], p[9]) for p in rows[0] if p[9]], rank=False)
                del rows
                done += size
                pending += 1
                if pending == batches_per_commit or done == customers:
                    transaction.commit()
                    transaction, pending = None, 0
                summary.people = done
                summary.first_customer_no = str(next_customer)
                summary.last_customer_no = str(next_customer + done - 1)
                if progress:
                    progress(done, customers)
            if transaction is not None:  # cancelled: keep the whole batches loaded so far
                transaction.commit()
                transaction = None
            if done:
                with connection.begin():
                    searchrank.fill_keys(connection)
                    searchrank.renumber(connection)
        finally:
            if transaction is not None:
                transaction.rollback()
            if backend == "postgresql" and loaded:
                with connection.begin():
                    reset_sequences(connection, [t for t, _ in _TABLES] + [Recipient.__table__])
            if backend == "sqlite":
                for name, value in pragmas.items():
                    connection.exec_driver_sql(f"PRAGMA {name}={int(value)}")
                connection.commit()
    summary.seconds = time.perf_counter() - started
    return summary


def _ensure_recipients(connection) -> tuple[dict[str, int], int]:
    """The fixed recipients by code, creating those missing (all of them on a new database)."""
    table = Recipient.__table__
    existing = dict(connection.execute(select(table.c.code, table.c.id)).all())
    missing = [r for r in RECIPIENTS if r[0] not in existing]
    if missing:
        last = connection.execute(select(func.max(table.c.id))).scalar() or 0
        rows = [(last + i + 1, *r) for i, r in enumerate(missing)]
        insert_rows(connection, table, ("id", "code", "name", "role", "country", "outside_eea", "safeguard",
                                        "contact"), rows)
        existing.update((r[1], r[0]) for r in rows)
    return existing, len(missing)


def _next_number(connection, column, first: int) -> int:
    """One past the highest all-digit value of a number column (customer_no, order_no), compared as numbers:
    longest first, then by text, which needs no backend-specific cast."""
    query = (select(column).order_by(func.length(column).desc(), column.desc()).limit(50))
    values = connection.execute(query).scalars().all()
    digits = [int(v) for v in values if v.isdigit()]
    if not digits and len(values) == 50:  # the top is something else; look at everything
        digits = [int(v) for v in connection.execute(select(column)).scalars() if v.isdigit()]
    return max([first - 1, *digits]) + 1


class _Generator:
    """Pools built once, then batches of rows. One Random drives everything, in a fixed order."""

    def __init__(self, seed: int, today: date, last_ids: dict[str, int], next_customer: int, next_order: int,
                 recipients: dict[str, int]):
        self.rng = rng = random.Random(seed)
        self.ids = dict(last_ids)
        self.customer_no = next_customer
        self.order_no = next_order
        self.recipients = recipients
        self._time_tables(today)
        self._pools(seed, rng)

    # -- pools -----------------------------------------------------------------------------------------------

    def _time_tables(self, today: date) -> None:
        """Times are whole seconds from `origin` (a UTC midnight nine years and a bit back) up to `horizon`,
        the start of `today` in Stockholm: nothing generated lies in the future. Their stored text is two
        table look-ups: the day and the second of the day."""
        end = datetime.combine(today, clock_time(0), tzinfo=STOCKHOLM).astimezone(UTC)
        first_day = date(end.year - 9, end.month, min(end.day, 28)) - timedelta(days=3)
        origin = datetime.combine(first_day, clock_time(0), tzinfo=UTC)
        self.origin = origin
        self.horizon = int((end - origin).total_seconds())
        days = self.horizon // DAY + 2
        self.day_text = [(first_day + timedelta(days=d)).isoformat() for d in range(days)]
        self.second_text = [f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000" for s in range(DAY)]
        weeks = []
        for d in range(days):
            year, week, _ = (first_day + timedelta(days=d)).isocalendar()
            weeks.append(f" vecka {week} {year}")
        self.week_text = weeks

    def _pools(self, seed: int, rng: random.Random) -> None:
        fake = Faker("sv_SE")
        fake.seed_instance(seed)
        # drawn with Faker's own frequencies: a common name recurs in the pool as often as in Sweden
        firsts = [fake.first_name() for _ in range(4000)]
        lasts = [fake.last_name() for _ in range(4000)]
        lasts += [f"{fake.last_name()}-{fake.last_name()}" for _ in range(100)]
        streets = [fake.street_name() for _ in range(3000)]

        def email_part(name: str) -> str:
            return "".join(ch for ch in fold(name) if ch.isascii() and (ch.isalnum() or ch in ".-"))

        self.first_names = [(n, fold(n), email_part(n)) for n in firsts if email_part(n)]
        self.last_names = [(n, fold(n), email_part(n)) for n in lasts if email_part(n)]
        self.streets = [(s, fold(s)) for s in streets]
        numbers = []
        for n in range(1, 121):
            weight = 6 if n <= 30 else 2 if n <= 60 else 1
            numbers += [(str(n), str(n))] * weight
            if n % 3 == 0:
                numbers += [(f"{n} A", f"{n} a"), (f"{n} B", f"{n} b")]
        self.street_numbers = numbers
        places = []
        for city, weight, prefixes in CITIES:
            folded = fold(city)
            for _ in range(weight // 5):
                prefix = prefixes[int(rng.random() * len(prefixes))]
                rest = int(rng.random() * 90) + 10
                places.append((city, folded, f"{prefix} {rest:02d}", f"{prefix}{rest:02d}"))
        self.places = places
        products = []
        for i, (kind, low, high) in enumerate(PRODUCT_TYPES):
            brands = rng.sample(BRANDS, 14)
            for j, brand in enumerate(brands):
                suffix = MODEL_SUFFIXES[int(rng.random() * len(MODEL_SUFFIXES))]
                kronor = low + int(rng.random() * (high - low))
                kronor = kronor - kronor % 10 + 9  # x9 kronor
                ore = kronor * 100 + (90 if rng.random() < 0.3 else 0)
                products.append((f"MNU-{10000 + i * 100 + j}", f"{brand} {kind}{suffix}", ore, 25))
        for i, (name, ore, vat) in enumerate(OTHER_PRODUCTS):
            products.append((f"MNU-{90000 + i}", name, ore, vat))
        self.products = products
        paths = {}
        for sku, name, _, _ in products:
            slug = fold(name).replace(":", "").replace(" ", "-").replace("/", "-")
            paths[sku] = f"/produkt/{sku.lower()}-{slug}"
        self.product_paths = paths
        # (event_type, path): visitors never log in or pay
        browse = ([("page_view", p) for p in CATEGORY_PATHS] * 3
                  + [("page_view", paths[p[0]]) for p in products]
                  + [("search", f"/sok?q={w}") for w in SEARCH_WORDS] * 2
                  + [("add_to_cart", f"/varukorg/lagg-till/{p[0].lower()}") for p in products[::4]])
        self.visitor_events = browse
        self.customer_events = (browse + [("login", "/mina-sidor/logga-in")] * 40
                                + [("page_view", "/mina-sidor/ordrar")] * 15
                                + [("checkout", "/kassa")] * 25 + [("checkout", "/kassa/bekraftelse")] * 10)
        self.newsletter_links = [f"https://www.m.nu{paths[p[0]]}?utm_source=nyhetsbrev" for p in products[::3]]

    # -- one batch ---------------------------------------------------------------------------------------------

    def batch(self, size: int) -> list[list[tuple]]:
        """Rows for `size` more people, one list per table in `_TABLES` order."""
        out = _Batch()
        rnd = self.rng.random
        horizon = self.horizon
        day_text, second_text = self.day_text, self.second_text
        first_names, last_names = self.first_names, self.last_names
        n_first, n_last = len(first_names), len(last_names)
        streets, numbers, places = self.streets, self.street_numbers, self.places
        domains = EMAIL_DOMAINS
        people = out.people
        person_id = self.ids["people"]
        customer_no = self.customer_no
        for _ in range(size):
            person_id += 1
            u = rnd()
            first = last = email = phone = address = None
            status = PersonStatus.ACTIVE.value
            closed_at = None
            if u < 0.55:
                kind = SubjectKind.ACCOUNT
                start = int(rnd() * (horizon - DAY))
                end = horizon
                if rnd() < 0.04:
                    end = start + int(rnd() * (horizon - start))
                    status = PersonStatus.CLOSED.value
            elif u < 0.75:
                kind = SubjectKind.GUEST
                start = int(rnd() * (horizon - DAY))
                end = min(start + 2 * YEAR, horizon)
            elif u < 0.85:
                kind = SubjectKind.SUBSCRIBER
                start = horizon - 1 - int(rnd() * 6 * YEAR)
                end = horizon
            else:
                kind = SubjectKind.VISITOR
                start = horizon - 1 - int(rnd() * 4 * YEAR)
                end = min(start + 120 * DAY, horizon)
            created = day_text[start // DAY] + second_text[start % DAY]
            if status == PersonStatus.CLOSED.value:
                closed_at = day_text[end // DAY] + second_text[end % DAY]
            if kind is not SubjectKind.VISITOR:
                f = first_names[int(rnd() * n_first)]
                ln = last_names[int(rnd() * n_last)]
                named = kind is not SubjectKind.SUBSCRIBER or rnd() < 0.75
                if named:
                    first = f[0]
                    last = ln[0] if kind is not SubjectKind.SUBSCRIBER or rnd() < 0.8 else None
                shape = rnd()
                number = int(rnd() * 99999) + 1
                if shape < 0.45:
                    local = f"{f[2]}.{ln[2]}{number}"
                elif shape < 0.7:
                    local = f"{f[2]}{ln[2]}{number}"
                elif shape < 0.85:
                    local = f"{f[2][:1]}{ln[2]}{number}"
                else:
                    local = f"{f[2]}_{ln[2][:1]}{number}"
                email = f"{local}@{domains[int(rnd() * len(domains))]}"
                if kind is not SubjectKind.SUBSCRIBER and rnd() < 0.9:
                    if rnd() < 0.85:
                        phone = f"+467{'0236'[int(rnd() * 4)]}{int(rnd() * 10_000_000):07d}"
                    elif rnd() < 0.6:
                        phone = f"+468{int(rnd() * 9_000_000) + 1_000_000}"
                    else:
                        phone = f"+4631{int(rnd() * 900_000) + 100_000}"
                if kind is not SubjectKind.SUBSCRIBER:
                    street = streets[int(rnd() * len(streets))]
                    num = numbers[int(rnd() * len(numbers))]
                    place = places[int(rnd() * len(places))]
                    address = (f"{street[0]} {num[0]}", place[2], place[0])
                    search = " ".join((f[1], ln[1], email, f"{street[1]} {num[1]}", place[2], place[3],
                                       place[1]))
                else:
                    search = " ".join(p for p in (f[1] if first else None, ln[1] if last else None, email)
                                      if p)
            else:
                search = ""
            people.append((person_id, str(customer_no), kind.value, status, first, last, email,
                           normalise_email(email), phone, search, created, closed_at, 1))
            customer_no += 1
            self._subject(out, person_id, kind, start, end, status, created, closed_at, first, last, email,
                          address)
        self.ids["people"] = person_id
        self.customer_no = customer_no
        return out.tables()

    def _subject(self, out: _Batch, pid: int, kind: SubjectKind, start: int, end: int, status: str,
                 created: str, closed_at: str | None, first, last, email, address) -> None:
        """Everything one person has besides the person row."""
        rnd = self.rng.random
        ids = self.ids
        if address is not None:
            ids["addresses"] += 1
            out.addresses.append((ids["addresses"], pid, True, address[0], address[1], address[2], "SE",
                                  created, 1))
            if rnd() < 0.08:
                street = self.streets[int(rnd() * len(self.streets))]
                num = self.street_numbers[int(rnd() * len(self.street_numbers))]
                place = self.places[int(rnd() * len(self.places))]
                ids["addresses"] += 1
                out.addresses.append((ids["addresses"], pid, False, f"{street[0]} {num[0]}", place[2],
                                      place[0], "SE", self._stamp(start + int(rnd() * (end - start))), 1))
        personalised = False
        if kind is SubjectKind.ACCOUNT:
            ids["accounts"] += 1
            last_login = None
            if rnd() < 0.97:
                last_login = self._stamp(max(start, end - 1 - int((end - start) * rnd() ** 3)))
            out.accounts.append((ids["accounts"], pid, email, created, last_login, closed_at, 1))
            if rnd() < 0.35:
                self._favourites(out, pid, start, end, 1 + int(rnd() * 5))
            if rnd() < 0.12:
                self._wish_lists(out, pid, start, end, 1 + int(rnd() * 2))
            if rnd() < 0.45:
                personalised = self._newsletter(out, pid, start, end, 1 + (rnd() < 0.2),
                                                end if status == PersonStatus.CLOSED.value else None)
            orders = ORDERS_PER_ACCOUNT[int(rnd() * 1000)]
            count = orders[0] + int(rnd() * (orders[1] - orders[0] + 1))
            if count:
                self._orders(out, pid, start, end, count, False, f"{first} {last}", address, email)
            if rnd() < 0.08:
                self._support(out, pid, start, end, 1 + (rnd() < 0.25))
            interests = int(rnd() * 5)
        elif kind is SubjectKind.GUEST:
            self._orders(out, pid, start, end, 1 + int(rnd() ** 2 * 3), True, f"{first} {last}", address,
                         email)
            if rnd() < 0.06:
                self._support(out, pid, start, end, 1)
            interests = int(rnd() * 3)
        elif kind is SubjectKind.SUBSCRIBER:
            personalised = self._newsletter(out, pid, start, end, 1 + (rnd() < 0.3), None)
            interests = int(rnd() * 5)
        else:
            interests = int(rnd() * 4)
            if rnd() < 0.2:
                self._ad_disclosures(out, pid, start, end, PIXEL_AUDIENCE)
        if personalised and rnd() < 0.3:
            self._ad_disclosures(out, pid, start, end, CONTACT_AUDIENCE)
        buckets = EVENTS[kind][int(rnd() * 1000)]
        events = buckets[0] + int(rnd() * (buckets[1] - buckets[0] + 1))
        if events:
            self._events(out, pid, start, end, events,
                         self.visitor_events if kind is SubjectKind.VISITOR else self.customer_events)
        if interests:
            newsletter = kind is SubjectKind.SUBSCRIBER or personalised
            self._interests(out, pid, start, end, interests, newsletter)

    def _stamp(self, offset: int) -> str:
        return self.day_text[offset // DAY] + self.second_text[offset % DAY]

    def _ips(self, count: int) -> list[str]:
        rnd = self.rng.random
        ips = []
        for _ in range(count):
            if rnd() < 0.3:
                prefix = IPV6_PREFIXES[int(rnd() * len(IPV6_PREFIXES))]
                ips.append(str(ipaddress.IPv6Address((prefix << 96) | self.rng.getrandbits(96))))
            else:
                ips.append(f"{IPV4_FIRST[int(rnd() * len(IPV4_FIRST))]}.{int(rnd() * 256)}."
                           f"{int(rnd() * 256)}.{int(rnd() * 254) + 1}")
        return ips

    def _events(self, out: _Batch, pid: int, start: int, end: int, count: int, pool: list) -> None:
        rnd = self.rng.random
        getrandbits = self.rng.getrandbits
        ips = self._ips(1 + (rnd() < 0.4) + (rnd() < 0.1))
        cookies = [f"{getrandbits(128):032x}" for _ in range(1 + (rnd() < 0.3))]
        n_ips, n_cookies, n_pool = len(ips), len(cookies), len(pool)
        day_text, second_text = self.day_text, self.second_text
        span = end - start
        event_id = self.ids["usage_events"]
        append = out.usage_events.append
        for _ in range(count):
            event_id += 1
            moment = start + int(rnd() * span)
            event_type, path = pool[int(rnd() * n_pool)]
            append((event_id, pid, day_text[moment // DAY] + second_text[moment % DAY],
                    ips[int(rnd() * n_ips)], event_type, path, cookies[int(rnd() * n_cookies)]))
        self.ids["usage_events"] = event_id

    def _interests(self, out: _Batch, pid: int, start: int, end: int, count: int, newsletter: bool) -> None:
        rnd = self.rng.random
        products = self.products
        for _ in range(count):
            self.ids["interests"] += 1
            sku, name, _, _ = products[int(rnd() * len(products))]
            source = "newsletter" if newsletter and rnd() < 0.4 else "web"
            out.interests.append((self.ids["interests"], pid, self._stamp(start + int(rnd() * (end - start))),
                                  sku, name, "clicked" if rnd() < 0.3 else "viewed", source))

    def _favourites(self, out: _Batch, pid: int, start: int, end: int, count: int) -> None:
        rnd = self.rng.random
        for _ in range(count):
            self.ids["favourites"] += 1
            sku, name, _, _ = self.products[int(rnd() * len(self.products))]
            out.favourites.append((self.ids["favourites"], pid, sku, name,
                                   self._stamp(start + int(rnd() * (end - start)))))

    def _wish_lists(self, out: _Batch, pid: int, start: int, end: int, count: int) -> None:
        rnd = self.rng.random
        for _ in range(count):
            self.ids["wish_lists"] += 1
            list_id = self.ids["wish_lists"]
            made = start + int(rnd() * (end - start))
            out.wish_lists.append((list_id, pid, WISH_LIST_NAMES[int(rnd() * len(WISH_LIST_NAMES))],
                                   self._stamp(made)))
            for _ in range(1 + int(rnd() * 5)):
                self.ids["wish_list_items"] += 1
                sku, name, _, _ = self.products[int(rnd() * len(self.products))]
                note = WISH_NOTES[int(rnd() * len(WISH_NOTES))] if rnd() < 0.2 else None
                out.wish_list_items.append((self.ids["wish_list_items"], list_id, sku, name, note,
                                            self._stamp(made + int(rnd() * (end - made)))))

    def _newsletter(self, out: _Batch, pid: int, start: int, end: int, lists: int, closed: int | None) -> bool:
        """Subscriptions with their sent/opened/clicked history; True when one active subscription allows
        personalised offers."""
        rnd = self.rng.random
        horizon = self.horizon
        personalised = False
        chosen = self.rng.sample(NEWSLETTER_LISTS, lists)
        for list_name, campaign_prefix in chosen:
            self.ids["newsletter_subscriptions"] += 1
            subscribed = start + int(rnd() * (end - start) * 0.3)
            stop = end
            unsubscribed = None
            if closed is not None:
                stop = closed
                unsubscribed = self._stamp(closed)
            elif rnd() < 0.15:
                stop = subscribed + int(rnd() * (end - subscribed))
                unsubscribed = self._stamp(stop)
            personalise = rnd() < 0.8
            personalised = personalised or (personalise and unsubscribed is None)
            out.newsletter_subscriptions.append((self.ids["newsletter_subscriptions"], pid, list_name,
                                                 self._stamp(subscribed), unsubscribed, personalise))
            for _ in range(1 + int(rnd() * 6)):
                sent = subscribed + int(rnd() * (stop - subscribed))
                campaign = campaign_prefix + self.week_text[sent // DAY]
                self.ids["newsletter_interactions"] += 1
                out.newsletter_interactions.append((self.ids["newsletter_interactions"], pid, campaign, "sent",
                                                    self._stamp(sent), None))
                if rnd() < 0.45:
                    opened = min(sent + 600 + int(rnd() * 2 * DAY), horizon - 1)
                    self.ids["newsletter_interactions"] += 1
                    out.newsletter_interactions.append((self.ids["newsletter_interactions"], pid, campaign,
                                                        "opened", self._stamp(opened), None))
                    if rnd() < 0.25:
                        clicked = min(opened + 10 + int(rnd() * 600), horizon - 1)
                        link = self.newsletter_links[int(rnd() * len(self.newsletter_links))]
                        self.ids["newsletter_interactions"] += 1
                        out.newsletter_interactions.append((self.ids["newsletter_interactions"], pid, campaign,
                                                            "clicked", self._stamp(clicked), link))
        return personalised

    def _orders(self, out: _Batch, pid: int, start: int, end: int, count: int, guest: bool, billing_name: str,
                address, email: str) -> None:
        """Orders with lines: money in integer öre, total = sum of line totals, VAT per rate from the
        VAT-inclusive amounts (rounded half up to whole öre), the billing snapshot as on the invoice."""
        rnd = self.rng.random
        horizon = self.horizon
        products = self.products
        recipients = self.recipients
        span = end - start
        street, postal_code, city = address
        for k in range(count):
            if guest and k == 0:
                placed = start
            else:
                # shoppers buy most soon after they arrive: orders lean towards the start of the window
                placed = start + int(span * rnd() ** 2)
            age = horizon - placed
            if age < 2 * DAY:
                status = "paid"
            elif age < 7 * DAY:
                status = "shipped"
            else:
                status = STATUS_OLD[int(rnd() * 100)]
            provider = PROVIDERS[int(rnd() * 100)]
            self.ids["orders"] += 1
            order_id = self.ids["orders"]
            order_no = str(self.order_no)
            self.order_no += 1
            total = 0
            by_rate: dict[int, int] = {}
            for line_no in range(1, LINE_COUNTS[int(rnd() * 100)] + 1):
                sku, name, price, rate = products[int(rnd() * len(products))]
                quantity = QUANTITIES[int(rnd() * 100)]
                line_total = price * quantity
                total += line_total
                by_rate[rate] = by_rate.get(rate, 0) + line_total
                self.ids["order_lines"] += 1
                out.order_lines.append((self.ids["order_lines"], order_id, line_no, sku, name, quantity, price,
                                        rate, line_total))
            vat = sum((2 * amount * rate + 100 + rate) // (2 * (100 + rate)) for rate, amount in by_rate.items())
            stamp = self._stamp(placed)
            out.orders.append((order_id, order_no, pid, stamp, status, provider, "SEK", total, vat, billing_name,
                               street, postal_code, city, "SE", email, False))
            categories = "identity,address,contact,purchases"
            if provider == "Klarna":
                self._disclose(out, pid, recipients["klarna"], stamp, categories,
                               f"Betalning av order {order_no}", "contract")
            elif provider == "Svea Bank":
                self._disclose(out, pid, recipients["svea"], stamp, categories,
                               f"Kreditprövning och faktura för order {order_no}", "contract")
            if status != "paid" and status != "cancelled":
                self._disclose(out, pid, recipients["postnord"], self._stamp(min(placed + DAY, horizon - 1)),
                               "identity,address,contact", f"Leverans av order {order_no}", "contract")
        if rnd() < 0.002:
            self._disclose(out, pid, recipients["skatteverket"], self._stamp(start + int(rnd() * span)),
                           "identity,address,purchases",
                           "Föreläggande om uppgifter enligt skatteförfarandelagen", "legal_obligation")

    def _support(self, out: _Batch, pid: int, start: int, end: int, count: int) -> None:
        rnd = self.rng.random
        for _ in range(count):
            opened = start + int(rnd() * (end - start))
            channel, subject, summary = SUPPORT[int(rnd() * len(SUPPORT))]
            closed = opened + 3600 + int(rnd() * 5 * DAY)
            closed_at = self._stamp(closed) if closed < self.horizon else None
            self.ids["support_contacts"] += 1
            out.support_contacts.append((self.ids["support_contacts"], pid, self._stamp(opened), closed_at,
                                         channel, subject, summary if closed_at else None))

    def _ad_disclosures(self, out: _Batch, pid: int, start: int, end: int, audience: tuple[str, str, str]):
        rnd = self.rng.random
        categories, purpose, basis = audience
        for code in ("meta", "google"):
            if rnd() < 0.6:
                self._disclose(out, pid, self.recipients[code], self._stamp(start + int(rnd() * (end - start))),
                               categories, purpose, basis)

    def _disclose(self, out: _Batch, pid: int, recipient_id: int, stamp: str, categories: str, purpose: str,
                  basis: str) -> None:
        self.ids["disclosures"] += 1
        out.disclosures.append((self.ids["disclosures"], pid, recipient_id, stamp, categories, purpose, basis))


class _Batch:
    """One list of row tuples per table."""

    def __init__(self):
        for name in TABLE_NAMES:
            setattr(self, name, [])

    def tables(self) -> list[list[tuple]]:
        return [getattr(self, name) for name in TABLE_NAMES]


def _refuse_a_working_database(desk) -> None:
    """Demo people go only into an empty database (docs/design.md section 7): mixed into real customers they
    would be letters, extracts and erasures about no one, and the demo's agents are the log-ins of the demo."""
    from sqlalchemy import func, select

    from ..db.models import Agent, Person
    from ..domain.errors import ValidationFailed

    with desk.read() as session:
        has_agents = session.scalar(select(func.count()).select_from(Agent)) or 0
        has_people = session.scalar(select(Person.id).limit(1)) is not None
    if has_agents or has_people:
        raise ValidationFailed("Demo data goes only into an empty database; this one has agents or people.")


def load_demo(desk, actor, customers: int, seed: int = 1, progress=None, cancel=None) -> DemoSummary:
    """Demo data through the desk, as the command line and the GUI load it: an admin's permission when an
    agent acts (a database without agents may be filled by anyone who can open it), and an audit entry."""
    from ..domain.roles import Permission
    from . import audit

    if actor is not None:
        actor.require(Permission.LOAD_DEMO_DATA)
    _refuse_a_working_database(desk)
    summary = generate_demo(desk.engine, customers, seed=seed, progress=progress, cancel=cancel)
    with desk.write() as session:
        audit.record(session, actor.name if actor else None, "demo_data_loaded",
                     payload={"customers": customers, "seed": seed, "people": summary.people,
                              "cancelled": summary.cancelled})
    return summary
