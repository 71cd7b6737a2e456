"""The import formats: one per data category of docs/design.md section 3, each row keyed by the shop's own id.
docs/import-format.md documents the same tables for the shop's developers; a test keeps the two in step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Table

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
from ..domain.requests import SUPPORT_CONTACT_CHANNELS
from ..domain.subjects import SubjectKind
from . import values as v


@dataclass(frozen=True)
class Field:
    name: str
    parse: Callable
    column: str | None = None  # the table column; None for a reference resolved to an id
    required: bool = False  # the column must be in a CSV header


@dataclass(frozen=True)
class Category:
    name: str
    table: Table
    fields: tuple[Field, ...]
    key: tuple[str, ...]  # the fields naming a row in the file (a second row with the same key is a duplicate)
    match: tuple[str, ...]  # the table columns that find the stored row, after references are resolved
    parent: str | None = None  # customer_id, wish_list_id or order_id: the owner the row is checked against
    account_data: bool = False  # goes with an account closed at the desk: never re-created
    versioned: bool = False
    defaults: dict = field(default_factory=dict)  # columns an insert sets that no field gives
    check: Callable[[dict], None] | None = None  # checks across fields of one row

    @property
    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @property
    def required_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.required)


SHOP_KEY = {"customer_id": "customer", "wish_list_id": "wish_list", "order_id": "order"}


def _postcode(postcode_field: str, country_field: str):
    def check(row: dict) -> None:
        try:
            row[postcode_field] = v.postal_code(row[postcode_field], row[country_field])
        except v.Rejected as exc:
            exc.field = postcode_field
            raise
    return check


def _safeguard(row: dict) -> None:
    if row["outside_eea"] and not row["safeguard"]:
        raise v.Rejected("missing_safeguard", "A recipient outside the EU/EEA needs its safeguard "
                         "(policy 7.4).", field="safeguard")


def _currency(value):
    code = v.text(3, required=False)(value) or "SEK"
    if len(code) != 3 or not code.isalpha():
        raise v.Rejected("bad_currency", "'{value}' is not a currency code such as SEK.", value=code)
    return code.upper()


def _id(name: str, column: str | None = None) -> Field:
    return Field(name, v.text(64, required=True), column, required=True)


def _text(name: str, limit: int, *, required: bool = True) -> Field:
    return Field(name, v.text(limit, required=required), name, required=required)


def _time(name: str, now: datetime, *, required: bool = True) -> Field:
    return Field(name, v.moment(now, required=required), name, required=required)


def build(now: datetime) -> dict[str, Category]:
    """Every category, with time checks against `now` (the start of the import)."""
    owner = _id("customer_id")
    product = (_text("product_sku", 40), _text("product_name", 200))
    # in the order a full load imports them: a row's owner before the row
    categories = [
        Category("recipients", Recipient.__table__, (
            Field("code", v.text(40, required=True), "code", required=True), _text("name", 200),
            Field("role", v.choice(("payment", "credit", "ad_partner", "carrier", "authority", "shop_system",
                                    "service_provider")), "role", required=True),
            Field("country", v.country, "country", required=True),
            Field("outside_eea", v.flag(default=False), "outside_eea"),
            _text("safeguard", 200, required=False), _text("contact", 200, required=False),
        ), key=("code",), match=("code",), check=_safeguard),
        Category("customers", Person.__table__, (
            _id("customer_id", "shop_customer_id"),
            Field("customer_no", v.text(20), "customer_no"),
            Field("kind", v.choice(tuple(SubjectKind)), "kind", required=True),
            _text("first_name", 100, required=False), _text("last_name", 100, required=False),
            Field("email", v.email, "email"), Field("phone", v.phone, "phone_e164"),
            _time("created_at", now), _time("closed_at", now, required=False),
        ), key=("customer_id",), match=("shop_customer_id",), versioned=True),
        Category("addresses", Address.__table__, (
            _id("address_id", "shop_address_id"), owner,
            Field("is_primary", v.flag(default=True), "is_primary"),
            _text("street", 200), _text("postal_code", 20), _text("city", 100),
            Field("country", v.country, "country"), _time("created_at", now),
        ), key=("address_id",), match=("shop_address_id",), parent="customer_id", versioned=True,
            check=_postcode("postal_code", "country")),
        Category("accounts", Account.__table__, (
            owner, _text("login", 254), _time("created_at", now),
            _time("last_login_at", now, required=False), _time("closed_at", now, required=False),
        ), key=("customer_id",), match=("person_id",), parent="customer_id", account_data=True,
            versioned=True),
        Category("favourites", Favourite.__table__, (
            _id("favourite_id", "shop_favourite_id"), owner, *product, _time("added_at", now),
        ), key=("favourite_id",), match=("shop_favourite_id",), parent="customer_id", account_data=True),
        Category("wish_lists", WishList.__table__, (
            _id("wish_list_id", "shop_wish_list_id"), owner, _text("name", 100), _time("created_at", now),
        ), key=("wish_list_id",), match=("shop_wish_list_id",), parent="customer_id", account_data=True),
        Category("wish_list_items", WishListItem.__table__, (
            _id("item_id", "shop_item_id"), _id("wish_list_id"), *product,
            _text("note", 4000, required=False), _time("added_at", now),
        ), key=("item_id",), match=("shop_item_id",), parent="wish_list_id", account_data=True),
        Category("events", UsageEvent.__table__, (
            _id("event_id", "shop_event_id"), owner, _time("occurred_at", now),
            Field("ip_address", v.ip_address, "ip_address", required=True), _text("event_type", 32),
            _text("path", 500, required=False), _text("cookie_id", 64, required=False),
        ), key=("event_id",), match=("shop_event_id",), parent="customer_id"),
        Category("interests", Interest.__table__, (
            _id("interest_id", "shop_interest_id"), owner, _time("occurred_at", now), *product,
            Field("interaction", v.choice(("viewed", "clicked")), "interaction", required=True),
            Field("source", v.choice(("web", "newsletter"), default="web"), "source"),
        ), key=("interest_id",), match=("shop_interest_id",), parent="customer_id"),
        Category("subscriptions", NewsletterSubscription.__table__, (
            _id("subscription_id", "shop_subscription_id"), owner, _text("list_name", 100),
            _time("subscribed_at", now), _time("unsubscribed_at", now, required=False),
            Field("personalise", v.flag(default=True), "personalise"),
        ), key=("subscription_id",), match=("shop_subscription_id",), parent="customer_id"),
        Category("newsletter_interactions", NewsletterInteraction.__table__, (
            _id("interaction_id", "shop_interaction_id"), owner, _text("campaign", 200),
            Field("event", v.choice(("sent", "opened", "clicked")), "event", required=True),
            _time("occurred_at", now), _text("link", 500, required=False),
        ), key=("interaction_id",), match=("shop_interaction_id",), parent="customer_id"),
        Category("orders", Order.__table__, (
            _id("order_id", "shop_order_id"), owner, Field("order_no", v.text(20), "order_no"),
            _time("placed_at", now),
            Field("status", v.choice(("paid", "shipped", "delivered", "returned", "cancelled")), "status",
                  required=True),
            _text("payment_provider", 60), Field("currency", _currency, "currency"),
            Field("total", v.money, "total", required=True), Field("vat", v.money, "vat", required=True),
            _text("billing_name", 200), _text("billing_street", 200), _text("billing_postal_code", 20),
            _text("billing_city", 100), Field("billing_country", v.country, "billing_country"),
            Field("billing_email", v.email, "billing_email"),
        ), key=("order_id",), match=("shop_order_id",), parent="customer_id",
            defaults={"restricted_to_bookkeeping": False},
            check=_postcode("billing_postal_code", "billing_country")),
        Category("order_lines", OrderLine.__table__, (
            _id("order_id"), Field("line_no", v.integer(1, 9999), "line_no", required=True), *product,
            Field("quantity", v.integer(-1_000_000, 1_000_000), "quantity", required=True),
            Field("unit_price", v.money, "unit_price", required=True),
            Field("vat_rate_percent", v.integer(0, 100, default=25), "vat_rate_percent"),
            Field("line_total", v.money, "line_total", required=True),
        ), key=("order_id", "line_no"), match=("order_id", "line_no"), parent="order_id"),
        Category("support_contacts", SupportContact.__table__, (
            _id("contact_id", "shop_contact_id"), owner, _time("opened_at", now),
            _time("closed_at", now, required=False),
            Field("channel", v.choice(SUPPORT_CONTACT_CHANNELS), "channel", required=True),
            _text("subject", 200), _text("summary", 10000, required=False),
        ), key=("contact_id",), match=("shop_contact_id",), parent="customer_id"),
        Category("disclosures", Disclosure.__table__, (
            _id("disclosure_id", "shop_disclosure_id"), owner, Field("recipient", v.text(40, required=True),
                                                                     required=True),
            _time("disclosed_at", now), _text("categories", 300), _text("purpose", 300),
            Field("legal_basis", v.choice(("contract", "legitimate_interest", "legal_obligation", "consent")),
                  "legal_basis", required=True),
        ), key=("disclosure_id",), match=("shop_disclosure_id",), parent="customer_id"),
    ]
    return {c.name: c for c in categories}


NAMES = tuple(build(datetime.now().astimezone()))
