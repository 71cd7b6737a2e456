"""Everything held on one person, category by category (docs/design.md section 3). One loader per category, so
the record view can load a tab when it is opened and `show` can load them all."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from ..db.models import (
    Account,
    Address,
    Disclosure,
    Favourite,
    Interest,
    NewsletterInteraction,
    NewsletterSubscription,
    Objection,
    Order,
    Person,
    Request,
    Restriction,
    SupplementaryStatement,
    SupportContact,
    UsageEvent,
    WishList,
)
from ..domain.contact import phone_national

_SKIP = {"version", "person_id", "search_text"}  # internal bookkeeping, not the person's data


def columns(obj, *, exclude: tuple[str, ...] = ()) -> dict:
    """A row as a dict of its column values, without the internal bookkeeping columns."""
    skip = _SKIP | set(exclude)
    return {c.key: getattr(obj, c.key) for c in obj.__mapper__.column_attrs if c.key not in skip}


def _identity(session: Session, person: Person) -> dict:
    return {"first_name": person.first_name, "last_name": person.last_name}


def _contact(session: Session, person: Person) -> dict:
    return {"email": person.email, "phone": person.phone_e164, "phone_national": phone_national(person.phone_e164)}


def _by_person(model, order_by) -> Callable[[Session, Person], list[dict]]:
    """Rows as plain column tuples, not ORM objects: a heavy record holds tens of thousands of events."""
    wanted = [c for c in model.__table__.columns if c.key not in _SKIP]

    keys = [c.key for c in wanted]

    def load(session: Session, person: Person) -> list[dict]:
        rows = session.execute(select(*wanted).where(model.person_id == person.id).order_by(*order_by))
        # the keys zipped on once for all rows: Row._asdict builds its key list anew for every row
        return [dict(zip(keys, row, strict=True)) for row in rows]
    return load


def _account(session: Session, person: Person) -> dict | None:
    account = session.scalar(select(Account).where(Account.person_id == person.id))
    return columns(account) if account else None


def _wish_lists(session: Session, person: Person) -> list[dict]:
    lists = session.scalars(select(WishList).where(WishList.person_id == person.id)
                            .options(selectinload(WishList.items)).order_by(WishList.id))
    return [columns(w) | {"items": [columns(i, exclude=("wish_list_id",)) for i in w.items]} for w in lists]


def _newsletter(session: Session, person: Person) -> dict:
    return {
        "subscriptions": _by_person(NewsletterSubscription, (NewsletterSubscription.id,))(session, person),
        "interactions": _by_person(NewsletterInteraction, (NewsletterInteraction.occurred_at,
                                                          NewsletterInteraction.id))(session, person),
    }


def _orders(session: Session, person: Person) -> list[dict]:
    orders = session.scalars(select(Order).where(Order.person_id == person.id)
                             .options(selectinload(Order.lines)).order_by(Order.placed_at, Order.id))
    return [columns(o) | {"lines": [columns(line, exclude=("order_id",)) for line in o.lines]} for o in orders]


def _disclosures(session: Session, person: Person) -> list[dict]:
    rows = session.scalars(select(Disclosure).where(Disclosure.person_id == person.id)
                           .options(selectinload(Disclosure.recipient)).order_by(Disclosure.disclosed_at))
    return [columns(d, exclude=("recipient_id",)) | {"recipient": columns(d.recipient, exclude=("id",))}
            for d in rows]


CATEGORY_LOADERS: dict[str, Callable[[Session, Person], object]] = {
    "identity": _identity,
    "addresses": _by_person(Address, (Address.id,)),
    "contact": _contact,
    "account": _account,
    "favourites": _by_person(Favourite, (Favourite.added_at, Favourite.id)),
    "wish_lists": _wish_lists,
    "usage_events": _by_person(UsageEvent, (UsageEvent.occurred_at, UsageEvent.id)),
    "interests": _by_person(Interest, (Interest.occurred_at, Interest.id)),
    "newsletter": _newsletter,
    "orders": _orders,
    "support_contacts": _by_person(SupportContact, (SupportContact.opened_at, SupportContact.id)),
    "disclosures": _disclosures,
    "objections": _by_person(Objection, (Objection.registered_at, Objection.id)),
    "restrictions": _by_person(Restriction, (Restriction.set_at, Restriction.id)),
    "requests": _by_person(Request, (Request.received_on, Request.id)),
    "statements": _by_person(SupplementaryStatement, (SupplementaryStatement.added_at, SupplementaryStatement.id)),
}
CATEGORIES = tuple(CATEGORY_LOADERS)


def _shop_changes(session: Session, person: Person) -> dict:
    from .changes import changes_of

    return changes_of(session, person_id=person.id)


EVENTS_PAGE = 200  # usage events per page of the activity tab; a heavy user has tens of thousands
_EVENT_COLUMNS = [c for c in UsageEvent.__table__.columns if c.key not in _SKIP]


def usage_events_page(session: Session, person_id: int, after: tuple | None = None,
                      limit: int | None = EVENTS_PAGE) -> list[dict]:
    """A person's usage events newest first, from just after `after` (the (occurred_at, id) of the last row
    shown), `limit` of them (all the rest with None): keyset paging over ix_usage_events_person_id_occurred_at,
    whose entries carry the primary key on every backend, so a page reads only its own rows."""
    query = select(*_EVENT_COLUMNS).where(UsageEvent.person_id == person_id)
    if after is not None:
        moment, event_id = after
        # the first condition alone bounds the index range (the OR does not): a page reads its rows, not the
        # pages before it
        query = query.where(UsageEvent.occurred_at <= moment,
                            or_(UsageEvent.occurred_at < moment, UsageEvent.id < event_id))
    query = query.order_by(UsageEvent.occurred_at.desc(), UsageEvent.id.desc())
    if limit is not None:
        query = query.limit(limit)
    keys = [c.key for c in _EVENT_COLUMNS]
    return [dict(zip(keys, row, strict=True)) for row in session.execute(query)]


def _usage_events_first(session: Session, person: Person) -> dict:
    """The activity tab's first page, and whether there are more (how many in all comes with the addresses,
    whose counts add up to it: no COUNT before the page shows)."""
    rows = usage_events_page(session, person.id, limit=EVENTS_PAGE + 1)
    return {"rows": rows[:EVENTS_PAGE], "more": len(rows) > EVENTS_PAGE}


def usage_ip_summary(session: Session, person_id: int) -> list[dict]:
    """One row per IP address the person came from: how many events, first and last seen; most events first."""
    count = func.count().label("events")
    rows = session.execute(select(UsageEvent.ip_address, count, func.min(UsageEvent.occurred_at).label("first"),
                                  func.max(UsageEvent.occurred_at).label("last"))
                           .where(UsageEvent.person_id == person_id).group_by(UsageEvent.ip_address)
                           .order_by(count.desc(), UsageEvent.ip_address))
    return [row._asdict() for row in rows]


# a category read a page at a time: its first page, logged as the category seen
PAGED: dict[str, tuple[str, Callable[[Session, Person], object]]] = {
    "usage_events_page": ("usage_events", _usage_events_first),
}

# loaded when the record view asks for them, never part of `show`: the desk's own dealings with the shop
ON_REQUEST: dict[str, Callable[[Session, Person], object]] = {"shop_changes": _shop_changes}


def empty_categories() -> dict:
    """The categories of a tombstone: nothing personal left to show."""
    empty = {name: ({} if name in ("identity", "contact", "newsletter") else None if name == "account" else [])
             for name in CATEGORIES}
    return empty | {"usage_events_page": {"rows": [], "more": False}}
