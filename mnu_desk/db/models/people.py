"""Identity, address, phone and e-mail, and the account (policy section 3: Namn, Adress, Telefonnummer och
e-post, Kontoinformation). No personal identity number: the policy does not collect one."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..base import TABLE_OPTIONS, Base, Versioned
from ..types import BigId, UTCDateTime

# compared as code points on every backend (MariaDB's tables are utf8mb4_bin already)
SEARCH_KEY = String(250).with_variant(String(250, collation="C"), "postgresql")


class Person(Versioned, Base):
    """One data subject. After erasure the row stays as a tombstone (status erased, personal columns
    empty) so that kept orders and the audit log still point somewhere."""

    __tablename__ = "people"
    __table_args__ = (
        Index("ix_people_email_norm", "email_norm"),
        Index("ix_people_phone_e164", "phone_e164"),
        Index("ix_people_search_key", "search_key", "search_rank"),
        Index("ix_people_search_rank", "search_rank"),
        TABLE_OPTIONS,
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    customer_no: Mapped[str] = mapped_column(String(20), unique=True)
    shop_customer_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="active")
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    # trimmed, lower-case e-mail: exact look-up and the suppression hash use this form
    email_norm: Mapped[str | None] = mapped_column(String(254))
    phone_e164: Mapped[str | None] = mapped_column(String(20))
    # folded words of name, e-mail, street, postcode and city (mnu_desk.domain.textfold)
    search_text: Mapped[str] = mapped_column(String(1000), default="")
    # the desk's ranking order (mnu_desk.db.searchrank): the folded surname, first name and customer number,
    # and a sparse number in that order, which is the rowid of SQLite's search tables
    search_key: Mapped[str | None] = mapped_column(SEARCH_KEY)
    search_rank: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    addresses: Mapped[list[Address]] = relationship(
        back_populates="person", order_by="Address.id", cascade="all, delete-orphan"
    )
    account: Mapped[Account | None] = relationship(back_populates="person", cascade="all, delete-orphan")


class Address(Versioned, Base):
    __tablename__ = "addresses"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    shop_address_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # the shop's own id
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    is_primary: Mapped[bool] = mapped_column(default=True)
    street: Mapped[str] = mapped_column(String(200))
    postal_code: Mapped[str] = mapped_column(String(10))  # stored "NNN NN" for Sweden
    city: Mapped[str] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2), default="SE")  # ISO 3166 alpha-2
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    person: Mapped[Person] = relationship(back_populates="addresses")


class Account(Versioned, Base):
    __tablename__ = "accounts"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), unique=True)
    login: Mapped[str] = mapped_column(String(254))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    person: Mapped[Person] = relationship(back_populates="account")


class Favourite(Base):
    __tablename__ = "favourites"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    shop_favourite_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # the shop's own id
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    product_sku: Mapped[str] = mapped_column(String(40))
    product_name: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class WishList(Base):
    __tablename__ = "wish_lists"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    shop_wish_list_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # the shop's own id
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    items: Mapped[list[WishListItem]] = relationship(order_by="WishListItem.id", cascade="all, delete-orphan")


class WishListItem(Base):
    __tablename__ = "wish_list_items"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    shop_item_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # the shop's own id
    wish_list_id: Mapped[int] = mapped_column(ForeignKey("wish_lists.id"), index=True)
    product_sku: Mapped[str] = mapped_column(String(40))
    product_name: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class SearchWord(Base):
    """The folded words of a person's search text, for queries of two characters, which trigram indexes
    cannot answer: a B-tree prefix scan on `word` (docs/design.md section 5)."""

    __tablename__ = "search_words"
    __table_args__ = (Index("ix_search_words_person_id", "person_id"), TABLE_OPTIONS)

    word: Mapped[str] = mapped_column(String(64), primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), primary_key=True)
