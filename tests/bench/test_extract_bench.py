"""A register extract for a heavy record: 200 orders and 20 000 usage events. Target: content + PDF +
signature in at most 3 s (docs/design.md section 9), printed next to a bare reportlab render of the same rows
(60-row tables of plain strings, no letter, no signature) as the ratio."""

from __future__ import annotations

import io
import time
from datetime import UTC, date, datetime

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Table
from sqlalchemy import select

from mnu_desk.db.models import Address, Person
from mnu_desk.extract import fonts
from mnu_desk.services import extracts, keys, requests
from mnu_desk.services.record import CATEGORY_LOADERS

from .conftest import report
from .test_record_bench import HEAVY_NO, _make_heavy_person

PASS = "bench-lösenfras-1"


def _bare_render(desk) -> float:
    """The floor: the same order, line and event rows as 60-row tables, straight reportlab."""
    with desk.read() as session:
        person = session.scalar(select(Person).where(Person.customer_no == HEAVY_NO))
        orders = CATEGORY_LOADERS["orders"](session, person)
        events = CATEGORY_LOADERS["usage_events"](session, person)
    started = time.perf_counter()
    fonts.register()
    rows = [[str(v) for k, v in o.items() if k != "lines"] for o in orders]
    rows += [[str(v) for v in line.values()] for o in orders for line in o["lines"]]
    rows += [[str(v) for v in e.values()] for e in events]
    story = []
    for start in range(0, len(rows), 60):
        chunk = rows[start:start + 60]
        table = Table(chunk, colWidths=[200 * mm / len(chunk[0])] * len(chunk[0]))
        table.setStyle([("FONT", (0, 0), (-1, -1), fonts.REGULAR, 6)])
        story.append(table)
    SimpleDocTemplate(io.BytesIO(), pagesize=A4, leftMargin=5 * mm, rightMargin=5 * mm).build(story)
    return time.perf_counter() - started


@pytest.mark.bench
def test_heavy_extract(desk, admin, make_agent):
    _make_heavy_person(desk)
    with desk.write() as session:
        pid = session.scalar(select(Person.id).where(Person.customer_no == HEAVY_NO))
        session.add(Address(person_id=pid, is_primary=True, street="Storgatan 1", postal_code="111 22",
                            city="Stockholm", country="SE", created_at=datetime.now(UTC)))
    keys.init_self_signed(desk, admin, PASS)
    anna = make_agent("anna")
    ref = requests.register_request(desk, anna, type="access", channel="letter", received=date.today(),
                                    customer_no=HEAVY_NO)["ref"]
    started = time.perf_counter()
    result = extracts.issue_extract(desk, anna, ref, passphrase=PASS)
    seconds = time.perf_counter() - started
    floor = _bare_render(desk)
    report({"bench": "extract_issue", "backend": desk.backend, "orders": 200, "events": 20_000,
            "pages": result.pages, "seconds": round(seconds, 2), "bare_reportlab_seconds": round(floor, 2),
            "ratio": round(seconds / floor, 2)})
