"""Purchases (policy 3: Uppgifter om dina inköp). An order keeps a snapshot of the billing name, address and
e-mail as on the invoice: the bookkeeping record must survive the person's erasure unchanged."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import TABLE_OPTIONS, Base
from ..types import BigId, Money, UTCDateTime


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (Index("ix_orders_person_id_placed_at", "person_id", "placed_at"), TABLE_OPTIONS)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_no: Mapped[str] = mapped_column(String(20), unique=True)
    shop_order_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"))
    placed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20))  # paid, shipped, delivered, returned, cancelled
    payment_provider: Mapped[str] = mapped_column(String(60))
    currency: Mapped[str] = mapped_column(String(3), default="SEK")
    total: Mapped[Decimal] = mapped_column(Money)
    vat: Mapped[Decimal] = mapped_column(Money)
    billing_name: Mapped[str] = mapped_column(String(200))
    billing_street: Mapped[str] = mapped_column(String(200))
    billing_postal_code: Mapped[str] = mapped_column(String(10))
    billing_city: Mapped[str] = mapped_column(String(100))
    billing_country: Mapped[str] = mapped_column(String(2), default="SE")
    billing_email: Mapped[str | None] = mapped_column(String(254))
    # set when the person is erased: the order is kept for bookkeeping only, until this date
    restricted_to_bookkeeping: Mapped[bool] = mapped_column(default=False)
    erasable_from: Mapped[date | None] = mapped_column()

    lines: Mapped[list[OrderLine]] = relationship(order_by="OrderLine.line_no", cascade="all, delete-orphan")


class OrderLine(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_sku: Mapped[str] = mapped_column(String(40))
    product_name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    vat_rate_percent: Mapped[int] = mapped_column(Integer, default=25)
    line_total: Mapped[Decimal] = mapped_column(Money)
