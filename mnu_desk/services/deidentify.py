"""De-identifying a person's analytics rows inside an erasure (docs/design.md "Erasure"; domain.deidentify): the
rows stay for statistics with the person, the shop's row id, the cookie id and query strings removed and the IP
address cut to its network. Runs in the erasure's transaction, before the rest of the person's rows go."""

from __future__ import annotations

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from ..db.models import Interest, NewsletterInteraction, UsageEvent
from ..domain.deidentify import network_of, without_query

BATCH = 2_000


def _usage_events(session: Session, person_id: int) -> int:
    rows = session.execute(select(UsageEvent.id, UsageEvent.ip_address, UsageEvent.path)
                           .where(UsageEvent.person_id == person_id)).all()
    changes = [{"row_id": row_id, "ip": network_of(ip) or "0.0.0.0", "path": without_query(path)}
               for row_id, ip, path in rows]
    statement = update(UsageEvent).where(UsageEvent.id == bindparam("row_id")).values(
        person_id=None, shop_event_id=None, cookie_id=None, ip_address=bindparam("ip"), path=bindparam("path"))
    for start in range(0, len(changes), BATCH):
        session.connection().execute(statement, changes[start:start + BATCH])
    return len(changes)


def _interests(session: Session, person_id: int) -> int:
    return session.execute(update(Interest).where(Interest.person_id == person_id)
                           .values(person_id=None, shop_interest_id=None)
                           .execution_options(synchronize_session=False)).rowcount


def _newsletter_interactions(session: Session, person_id: int) -> int:
    rows = session.execute(select(NewsletterInteraction.id, NewsletterInteraction.link)
                           .where(NewsletterInteraction.person_id == person_id)).all()
    changes = [{"row_id": row_id, "link": without_query(link)} for row_id, link in rows]
    statement = update(NewsletterInteraction).where(NewsletterInteraction.id == bindparam("row_id")).values(
        person_id=None, shop_interaction_id=None, link=bindparam("link"))
    for start in range(0, len(changes), BATCH):
        session.connection().execute(statement, changes[start:start + BATCH])
    return len(changes)


_BY_CATEGORY = {"usage_events": _usage_events, "interests": _interests,
                "newsletter_interactions": _newsletter_interactions}


def deidentify_rows(session: Session, person_id: int, categories: frozenset[str]) -> dict[str, int]:
    """De-identify the chosen categories of one person; returns the rows per category."""
    return {category: _BY_CATEGORY[category](session, person_id) for category in sorted(categories)}
