"""IP addresses and usage, interests, newsletter subscriptions and interactions (policy 2.2 and 3)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from ..base import TABLE_OPTIONS, Base
from ..types import BigId, UTCDateTime


class UsageEvent(Base):
    """A timestamped visit or action on the site, with the IP address it came from (IPv4 or IPv6)."""

    __tablename__ = "usage_events"
    __table_args__ = (
        Index("ix_usage_events_person_id_occurred_at", "person_id", "occurred_at"),
        Index("ix_usage_events_ip_address", "ip_address"),
        Index("ix_usage_events_occurred_at", "occurred_at"),
        TABLE_OPTIONS,
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    shop_event_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # none once de-identified
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ip_address: Mapped[str] = mapped_column(String(45))
    event_type: Mapped[str] = mapped_column(String(32))  # page_view, search, login, add_to_cart, ...
    path: Mapped[str | None] = mapped_column(String(500))
    cookie_id: Mapped[str | None] = mapped_column(String(64))


class Interest(Base):
    """A product or offer the person looked at or clicked (policy 3: intresserad av)."""

    __tablename__ = "interests"
    __table_args__ = (Index("ix_interests_person_id_occurred_at", "person_id", "occurred_at"), TABLE_OPTIONS)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    shop_interest_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # the shop's own id
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # none once de-identified
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    product_sku: Mapped[str] = mapped_column(String(40))
    product_name: Mapped[str] = mapped_column(String(200))
    interaction: Mapped[str] = mapped_column(String(16))  # viewed, clicked
    source: Mapped[str] = mapped_column(String(16))  # web, newsletter


class NewsletterSubscription(Base):
    __tablename__ = "newsletter_subscriptions"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    shop_subscription_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # the shop's own id
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    list_name: Mapped[str] = mapped_column(String(100))
    subscribed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    unsubscribed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    personalise: Mapped[bool] = mapped_column(default=True)


class NewsletterInteraction(Base):
    __tablename__ = "newsletter_interactions"
    __table_args__ = (
        Index("ix_newsletter_interactions_person_id_occurred_at", "person_id", "occurred_at"),
        TABLE_OPTIONS,
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    shop_interaction_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # the shop's own id
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))  # none once de-identified
    campaign: Mapped[str] = mapped_column(String(200))
    event: Mapped[str] = mapped_column(String(16))  # sent, opened, clicked
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    link: Mapped[str | None] = mapped_column(String(500))
