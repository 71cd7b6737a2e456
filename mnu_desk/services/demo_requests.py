"""Requests in the demo database, so that the case queue of `mnu-desk --demo` shows what a working desk sees:
one of every type, some new, some due within the week, one overdue and two closed, and a scanned letter to
open. Registered through the requests service, like an agent's, relative to the day the demo is made."""

from __future__ import annotations

import io
from datetime import date, timedelta

from sqlalchemy import select

from ..db.models import Address, Person
from ..domain.clock import today_stockholm
from . import requests
from .context import Actor, Desk

# (type, channel, days ago received, closed with this outcome or None)
PLAN = (
    ("access", "letter", 40, None),            # overdue: the month ran out ten days ago
    ("rectification", "email", 27, None),      # due within the week
    ("portability", "web", 29, None),          # due within the week
    ("erasure", "email", 3, None),
    ("restriction", "phone", 10, None),
    ("closure", "web", 5, None),
    ("objection", "email", 20, "Invändningen registrerad; inga fler utskick."),
    ("access", "email", 60, "Registerutdrag skickat per post."),
)


def scanned_letter(name: str) -> bytes:
    """A one-page PDF standing in for a scanned, signed letter."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("Helvetica", 12)
    lines = ["Till m.nu kundtjänst", "", "Jag begär ett registerutdrag enligt artikel 15 i",
             "dataskyddsförordningen över de personuppgifter ni behandlar om mig.", "", "Med vänlig hälsning,",
             name]
    for number, line in enumerate(lines):
        page.drawString(72, 760 - 18 * number, line)
    page.showPage()
    page.save()
    return out.getvalue()


def add_demo_requests(desk: Desk, actor: Actor, today: date | None = None) -> list[str]:
    today = today or today_stockholm()
    with desk.read() as session:
        people = session.execute(select(Person.customer_no, Person.first_name, Person.last_name)
                                 .join(Address, Address.person_id == Person.id)
                                 .where(Person.status == "active", Person.kind == "account")
                                 .order_by(Person.id).limit(len(PLAN))).all()
    refs = []
    for (kind, channel, days_ago, outcome), person in zip(PLAN, people, strict=False):
        name = " ".join(part for part in (person.first_name, person.last_name) if part)
        letter = channel == "letter"
        request = requests.register_request(
            desk, actor, type=kind, channel=channel, received=today - timedelta(days=days_ago),
            customer_no=person.customer_no, signed=letter, identity="signature_address" if letter else None,
            attachments=[("brev.pdf", scanned_letter(name), "letter")] if letter else [], today=today)
        if outcome:
            requests.close(desk, actor, request["ref"], outcome, today=today)
        refs.append(request["ref"])
    return refs
