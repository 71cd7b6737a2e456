"""The desk's data written in the import format: the reference the shop's developers can compare their
export with (resources/samples/ is made by it), and the round trip that proves the formats carry every
column. A row without a shop id is named by the desk's own (customer and order numbers, row ids)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, String, cast, func, select

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
from ..domain.clock import iso_z
from ..domain.subjects import PersonStatus
from .categories import build

_P = Person.__table__
_CUSTOMER = func.coalesce(_P.c.shop_customer_id, _P.c.customer_no)


def _own(table, column: str):
    return func.coalesce(table.c[column], cast(table.c.id, String))


def _owned(model, own: str | None, *columns: str):
    """A table whose rows belong to a person: its own id, the customer id, then its columns."""
    t = model.__table__
    head = [_own(t, own).label(own.removeprefix("shop_"))] if own else []
    return (select(*head, _CUSTOMER.label("customer_id"), *[t.c[c] for c in columns])
            .join(_P, _P.c.id == t.c.person_id).order_by(t.c.id))


def _queries() -> dict:
    orders, lists = Order.__table__, WishList.__table__
    order_key = func.coalesce(orders.c.shop_order_id, orders.c.order_no)
    recipients = Recipient.__table__
    p = _P.c
    return {
        "recipients": select(*[recipients.c[c] for c in ("code", "name", "role", "country", "outside_eea",
                                                         "safeguard", "contact")]).order_by(recipients.c.id),
        "customers": select(_CUSTOMER.label("customer_id"), p.customer_no, p.kind, p.first_name, p.last_name,
                            p.email, p.phone_e164.label("phone"), p.created_at, p.closed_at).order_by(p.id),
        "addresses": _owned(Address, "shop_address_id", "is_primary", "street", "postal_code", "city",
                            "country", "created_at"),
        "accounts": _owned(Account, None, "login", "created_at", "last_login_at", "closed_at"),
        "favourites": _owned(Favourite, "shop_favourite_id", "product_sku", "product_name", "added_at"),
        "wish_lists": _owned(WishList, "shop_wish_list_id", "name", "created_at"),
        "wish_list_items": select(_own(WishListItem.__table__, "shop_item_id").label("item_id"),
                                  _own(lists, "shop_wish_list_id").label("wish_list_id"),
                                  *[WishListItem.__table__.c[c] for c in ("product_sku", "product_name", "note",
                                                                          "added_at")])
        .join(lists, lists.c.id == WishListItem.__table__.c.wish_list_id).join(_P, _P.c.id == lists.c.person_id)
        .order_by(WishListItem.__table__.c.id),
        "events": _owned(UsageEvent, "shop_event_id", "occurred_at", "ip_address", "event_type", "path",
                         "cookie_id"),
        "interests": _owned(Interest, "shop_interest_id", "occurred_at", "product_sku", "product_name",
                            "interaction", "source"),
        "subscriptions": _owned(NewsletterSubscription, "shop_subscription_id", "list_name", "subscribed_at",
                                "unsubscribed_at", "personalise"),
        "newsletter_interactions": _owned(NewsletterInteraction, "shop_interaction_id", "campaign", "event",
                                          "occurred_at", "link"),
        "orders": select(order_key.label("order_id"), _CUSTOMER.label("customer_id"),
                         *[orders.c[c] for c in ("order_no", "placed_at", "status", "payment_provider", "currency",
                                                 "total", "vat", "billing_name", "billing_street",
                                                 "billing_postal_code", "billing_city", "billing_country",
                                                 "billing_email")])
        .join(_P, _P.c.id == orders.c.person_id).order_by(orders.c.id),
        "order_lines": select(order_key.label("order_id"),
                              *[OrderLine.__table__.c[c] for c in ("line_no", "product_sku", "product_name",
                                                                   "quantity", "unit_price", "vat_rate_percent",
                                                                   "line_total")])
        .join(orders, orders.c.id == OrderLine.__table__.c.order_id).join(_P, _P.c.id == orders.c.person_id)
        .order_by(OrderLine.__table__.c.id),
        "support_contacts": _owned(SupportContact, "shop_contact_id", "opened_at", "closed_at", "channel",
                                   "subject", "summary"),
        "disclosures": select(_own(Disclosure.__table__, "shop_disclosure_id").label("disclosure_id"),
                              _CUSTOMER.label("customer_id"), recipients.c.code.label("recipient"),
                              *[Disclosure.__table__.c[c] for c in ("disclosed_at", "categories", "purpose",
                                                                    "legal_basis")])
        .join(_P, _P.c.id == Disclosure.__table__.c.person_id)
        .join(recipients, recipients.c.id == Disclosure.__table__.c.recipient_id)
        .order_by(Disclosure.__table__.c.id),
    }


def export_category(connection: Connection, category: str, path: Path) -> int:
    """Write one category to `path` (.csv or .jsonl by its suffix); returns the number of rows."""
    query = _queries()[category]
    if category != "recipients":  # an erased person's tombstone and kept records are no shop data
        query = query.where(_P.c.status != PersonStatus.ERASED.value)
    fields = build(datetime.now().astimezone())[category].field_names
    rows = (_row(record, fields) for record in connection.execute(query.execution_options(yield_per=5000))
            .mappings())
    path = Path(path)
    count = 0
    with open(path, "w", encoding="utf-8", newline="") as handle:
        if path.suffix.lower() == ".csv":
            writer = csv.writer(handle)
            writer.writerow(fields)
            for row in rows:
                writer.writerow(["" if value is None else value for value in row.values()])
                count += 1
        else:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    return count


def _row(record, fields: tuple[str, ...]) -> dict:
    return {name: _text(record[name]) for name in fields}


def _text(value):
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return iso_z(value)
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, int):
        return str(value)
    return value


def export_all(connection: Connection, folder: Path, suffix: str = ".csv") -> Iterator[tuple[str, Path, int]]:
    """Every category into `folder`, in the order a full load imports them."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for category in build(datetime.now().astimezone()):
        path = folder / f"{category}{suffix}"
        yield category, path, export_category(connection, category, path)
