"""The extract as a document a person can read and post (GDPR art. 12(1), 15(3); docs/design.md "The extract as
a document"): read back from the PDF's own word boxes (tests/extract_layout.py), nothing leaves the page's
margins or its cell, no two words overlap, and every value of the JSON copy is found whole. For the demo's
richest person, a hand-made worst case, and generated values, in Swedish and English."""

from __future__ import annotations

import itertools
import string
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from mnu_desk.db.models import (
    Address,
    NewsletterInteraction,
    NewsletterSubscription,
    Order,
    OrderLine,
    Person,
    SupportContact,
    UsageEvent,
)
from mnu_desk.services import extracts, keys, requests
from mnu_desk.services.demo import load_demo

from . import extract_layout
from .factories import add_person

PASS = "layout-lösenfras-1"
LONG_LINK = "https://www.m.nu/kampanj/smarta-hem/" + "-".join(["belysning-och-sensorer"] * 6) + \
    "?utm_source=nyhetsbrev&utm_medium=e-post&utm_campaign=vecka-48"
COOKIE = "f3a1" * 16  # 64 characters, no place to break but inside
IPV6 = "2001:0db8:85a3:0000:0000:8a2e:0370:7334"
STREET = ("c/o Gunnel Andersson-Wikström, Lägenhet 1203, Kungsholms Strand 143 B, uppgång 4, "
          "våning 12, Stockholm Kungsholmen")[:120].ljust(120, "x")


@pytest.fixture
def demo(desk):
    """The demo data (it goes only into an empty database, so before any agent is added)."""
    load_demo(desk, None, 300, seed=1)
    return desk


@pytest.fixture
def office(desk, admin, make_agent):
    keys.init_self_signed(desk, admin, PASS)
    return desk, make_agent("sven", "supervisor")


def _issue(desk, agent, customer_no: str, lang: str):
    ref = requests.register_request(desk, agent, type="access", channel="email", received=date.today(),
                                    customer_no=customer_no)["ref"]
    return extracts.issue_extract(desk, agent, ref, lang=lang, copy_json=True, passphrase=PASS)


def _assert_laid_out(result) -> None:
    problems = extract_layout.check(result.pdf, result.json)
    assert not problems, "\n".join(problems[:30])


def _richest(desk) -> str:
    """The demo person with the most rows of their own."""
    with desk.read() as session:
        counts = {}
        for model, weight in ((UsageEvent, 1), (Order, 10), (NewsletterInteraction, 1)):
            for no, count in session.execute(select(Person.customer_no, func.count()).join(
                    model, model.person_id == Person.id).group_by(Person.customer_no)):
                counts[no] = counts.get(no, 0) + weight * count
    return max(counts, key=counts.get)


def test_the_demos_richest_person_in_swedish_and_english(demo, office):
    desk, sven = office
    customer_no = _richest(desk)
    for lang in ("sv", "en"):
        _assert_laid_out(_issue(desk, sven, customer_no, lang))


def _worst_case(desk, customer_no: str, *, street=STREET, link=LONG_LINK, cookie=COOKIE, ip=IPV6,
                path="/produkt/" + "mnu-10510-aeotec-vattenlackagesensor-zigbee-" * 3, product="Zigbee " * 20,
                amount=Decimal("1234567.50"), campaign="Erbjudanden vecka 48 2026 – " * 4) -> str:
    add_person(desk, customer_no, "Maximiliana-Kristina", "von Östergötland-Wästerbotten",
               street=street, order_no=f"8{customer_no}", ip=None)
    now = datetime.now(UTC)
    with desk.write() as session:
        pid = session.scalar(select(Person.id).where(Person.customer_no == customer_no))
        session.add(Address(person_id=pid, is_primary=False, street=street, postal_code="111 22", city=street[:60],
                            country="SE", created_at=now))
        session.add(UsageEvent(person_id=pid, occurred_at=now - timedelta(days=1), ip_address=ip,
                               event_type="page_view", path=path, cookie_id=cookie))
        session.add(NewsletterSubscription(person_id=pid, list_name=campaign[:100], subscribed_at=now))
        session.add(NewsletterInteraction(person_id=pid, campaign=campaign[:200], event="clicked",
                                          occurred_at=now, link=link))
        session.add(SupportContact(person_id=pid, opened_at=now, channel="email", subject=product[:200],
                                   summary=" ".join([link, cookie, street])))
        order = Order(order_no=f"9{customer_no}", person_id=pid, placed_at=now, status="delivered",
                      payment_provider="Klarna", total=amount, vat=amount / 5, billing_name=street[:100],
                      billing_street=street, billing_postal_code="111 22", billing_city="Stockholm")
        order.lines.append(OrderLine(line_no=1, product_sku="SKU-" + cookie[:30], product_name=product[:200],
                                     quantity=999, unit_price=amount, line_total=amount))
        session.add(order)
    return customer_no


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_worst_case_person(office, lang):
    """A 200-character link, an IPv6 address, a 64-character cookie id, a 120-character street with c/o."""
    desk, sven = office
    assert len(LONG_LINK) >= 200 and len(STREET) == 120 and len(COOKIE) == 64
    result = _issue(desk, sven, _worst_case(desk, "100077"), lang)
    _assert_laid_out(result)
    text = extract_layout.read(result.pdf).cells
    assert any(LONG_LINK.replace(" ", "") in cell.replace(" ", "") for cell in text)


LETTERS = string.ascii_letters + string.digits + "åäöÅÄÖéü"
PUNCTUATION = "/?&=.-_:#%+@,;()"
words = st.text(alphabet=LETTERS + PUNCTUATION, min_size=1, max_size=70)
texts = st.lists(words, min_size=1, max_size=6).map(" ".join).map(lambda text: text[:200])
numbers = itertools.count(200000)


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                 HealthCheck.too_slow])
@given(street=texts.map(lambda t: t[:120]), link=texts, cookie=st.text(LETTERS, min_size=1, max_size=64),
       ip=st.ip_addresses().map(str), path=texts, product=texts,
       amount=st.decimals(min_value=0, max_value=Decimal("99999999.99"), places=2),
       campaign=texts, lang=st.sampled_from(["sv", "en"]))
def test_generated_values_never_overflow_overlap_or_go_missing(office, street, link, cookie, ip, path, product,
                                                               amount, campaign, lang):
    desk, sven = office
    customer_no = _worst_case(desk, str(next(numbers)), street=street, link=link, cookie=cookie, ip=ip,
                              path=path, product=product, amount=amount, campaign=campaign)
    _assert_laid_out(_issue(desk, sven, customer_no, lang))


def test_the_layout_check_sees_what_goes_wrong(tmp_path):
    """The check itself: a word past the margin, two words on top of each other, a word over a column rule,
    and a value cut short are each reported."""
    import io
    import json

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    height = A4[1]
    canvas.setFont("Helvetica", 8)
    canvas.drawString(560, height - 100, "utanför")                         # past the right margin
    canvas.drawString(100, height - 200, "Händelse")
    canvas.drawString(104, height - 200, "Tidpunkt")                         # on top of the other
    canvas.line(100, height - 300, 300, height - 300)                        # a table: rules across
    canvas.line(100, height - 320, 300, height - 320)
    canvas.line(200, height - 320, 200, height - 300)                        # and a column rule
    canvas.drawString(150, height - 314, "2001:db8::1234:5678")             # runs over it
    canvas.drawString(210, height - 314, "…utm_source=")                    # a link cut short
    canvas.showPage()
    canvas.save()
    copy = json.dumps({"language": "sv", "categories": {"newsletter": {"interactions": [
        {"link": "https://www.m.nu/?utm_source=nyhetsbrev"}]}}}).encode()
    problems = "\n".join(extract_layout.check(out.getvalue(), copy))
    assert "'utanför' leaves the margins" in problems
    assert "overlap" in problems and "Händelse" in problems
    assert "'2001:db8::1234:5678' runs over a column rule" in problems
    assert "not found whole: link" in problems
