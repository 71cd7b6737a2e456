"""Queries that find people. Exact identifiers first (customer no., order no., e-mail, phone), then the
folded search text. Each function takes a session and returns ids, best first."""

from __future__ import annotations

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from ..domain.contact import normalise_email, phone_e164
from ..domain.textfold import fold
from .models import Order, Person


def exact_ids(session: Session, query: str) -> list[int]:
    """People whose customer no., order no., e-mail or phone is exactly the query."""
    text = query.strip()
    found: list[int] = []
    conditions = [Person.customer_no == text]
    email = normalise_email(text)
    if email and "@" in email:
        conditions.append(Person.email_norm == email)
    phone = phone_e164(text)
    if phone:
        conditions.append(Person.phone_e164 == phone)
    for condition in conditions:
        found.extend(session.scalars(select(Person.id).where(condition)))
    found.extend(session.scalars(select(Order.person_id).where(Order.order_no == text)))
    return list(dict.fromkeys(found))


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def text_ids(session: Session, query: str, limit: int) -> list[int]:
    """People whose folded search text holds every word of the query (names in any order, partial)."""
    words = [w for w in fold(query).split(" ") if len(w) >= 2][:8]
    if not words:
        return []
    condition = and_(*(Person.search_text.like(f"%{_like_escape(w)}%", escape="\\") for w in words))
    return list(session.scalars(select(Person.id).where(condition).order_by(Person.id).limit(limit)))
