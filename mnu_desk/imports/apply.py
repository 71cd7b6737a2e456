"""Applying one batch of checked rows to the database, inside the caller's transaction: references
resolved to ids, the desk's own decisions enforced (an erased person stays erased, a closed account stays
closed, an objector is not subscribed again), then one bulk insert of the new rows and one executemany
UPDATE of the changed ones. A row equal to the stored one is left alone, so importing a file twice changes
nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, bindparam, select, tuple_

from ..db import searchrank
from ..db.bulk import insert_rows, stored_datetime
from ..db.inlist import among
from ..db.models import Address, ChangeOutbox, Objection, Order, Person, Recipient, WishList
from ..db.searchindex import reindex, uses_word_table
from ..db.types import Money, UTCDateTime
from ..domain.clock import to_stockholm
from ..domain.contact import normalise_email
from ..domain.objections import EMAIL_BLOCKING, PERSONALISED_BLOCKING
from ..domain.subjects import PersonStatus
from ..domain.textfold import person_search_text, rank_key
from .categories import Category
from .values import Rejected

CHUNK = 900  # values per IN list: under every backend's limit on bound parameters
CACHE_LIMIT = 200_000  # owners remembered between batches (events of one customer come together)
PEOPLE = Person.__table__
OUTBOX = ChangeOutbox.__table__
_PEOPLE_COLUMNS = ("id", "id", "status", "erased_at")


@dataclass
class Row:
    line: int
    key: str
    values: dict  # field name -> checked value (a field the file lacks has its default, for an insert)
    absent: frozenset = frozenset()  # fields the file lacks: an update leaves their columns as they are
    columns: dict = field(default_factory=dict)  # table column -> value, filled when the row is applied


@dataclass
class Outcome:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0


class Applier:
    """Applies the batches of one import. `reject(row, field, rejected)` receives each refused row."""

    def __init__(self, category: Category, erased_in_ledger: dict[str, datetime],
                 reject: Callable[[Row, Rejected], None]) -> None:
        self.category = category
        self.erased_in_ledger = erased_in_ledger
        self.reject = reject
        self.owners: dict[str, tuple] = {}
        self.closed_at_desk: dict[int, datetime] = {}
        self.recipients: dict[str, int] | None = None
        self.fresh = False  # the table held no rows when the import began
        self.renumber_after = False  # a batch of new people so large that everyone is numbered again
        table = category.table
        self.table = table
        self.columns = [f.column for f in category.fields if f.column]
        self.field_columns = [(f.name, f.column) for f in category.fields if f.column]
        self.match = [table.c[c] for c in category.match]

    def apply(self, connection: Connection, rows: list[Row]) -> Outcome:
        outcome = Outcome()
        rows = self._resolve(connection, rows, outcome)
        if not rows:
            return outcome
        existing = self._existing(connection, rows)
        if self.category.name == "customers":
            self.closed_at_desk = closed_at_desk(connection, [s["id"] for s in existing.values()
                                                              if s["status"] == PersonStatus.CLOSED.value])
        inserts, updates = [], []
        for row in rows:
            stored = existing.get(tuple(row.columns[c] for c in self.category.match))
            try:
                change = self._change(row, stored)
            except Rejected as exc:
                self._refuse(row, exc, outcome)
                continue
            if stored is None:
                inserts.append(row)
            elif change:
                updates.append((row, stored["id"], change))
            else:
                outcome.unchanged += 1
        self._unique_numbers(connection, inserts, updates, outcome)
        if inserts:
            self._insert(connection, inserts)
        if updates:
            self._update(connection, updates)
        outcome.inserted, outcome.updated = len(inserts), len(updates)
        self._refresh_search(connection, inserts, updates)
        return outcome

    # -- references and the desk's decisions ------------------------------------------------------------

    def _refuse(self, row: Row, exc: Rejected, outcome: Outcome) -> None:
        outcome.rejected += 1
        self.reject(row, exc)

    def _resolve(self, connection: Connection, rows: list[Row], outcome: Outcome) -> list[Row]:
        category = self.category
        kept = []
        parent = category.parent
        owners = self._owners(connection, parent, {r.values[parent] for r in rows}) if parent else {}
        if category.account_data:
            self.closed_at_desk = closed_at_desk(connection, {owners[r.values[parent]][1] for r in rows
                                                              if r.values[parent] in owners})
        if category.name == "disclosures" and self.recipients is None:
            recipients = Recipient.__table__
            self.recipients = dict(connection.execute(select(recipients.c.code, recipients.c.id)).all())
        for row in rows:
            values = row.values
            columns = {column: values[name] for name, column in self.field_columns if name in values}
            try:
                if parent:
                    columns[_PARENT_COLUMN[parent]] = self._owner(parent, row.values[parent], owners)
                if category.name == "disclosures":
                    code = row.values["recipient"]
                    if code not in self.recipients:
                        raise Rejected("unknown_recipient", "No recipient with code '{value}': import the "
                                       "recipients first.", field="recipient", value=code)
                    columns["recipient_id"] = self.recipients[code]
            except Rejected as exc:
                self._refuse(row, exc, outcome)
                continue
            row.columns = columns
            kept.append(row)
        if category.name == "subscriptions":
            kept = self._objections(connection, kept, outcome)
        return kept

    def _owner(self, parent: str, shop_id: str, owners: dict) -> int:
        found = owners.get(shop_id)
        if found is None:
            erased = self.erased_in_ledger.get(shop_id) if parent == "customer_id" else None
            if erased is not None:
                raise _erased(erased, parent)
            raise Rejected(f"unknown_{_PARENT_WORD[parent]}", _UNKNOWN[parent], field=parent, value=shop_id)
        owner_id, person_id, status, erased_at = found
        if status == PersonStatus.ERASED.value:
            raise _erased(erased_at, parent)
        if self.category.account_data and person_id in self.closed_at_desk:
            raise _closed(self.closed_at_desk[person_id], parent)
        return owner_id

    def _owners(self, connection: Connection, parent: str, keys: set[str]) -> dict[str, tuple]:
        """shop id -> (id, person id, status, erased_at of the person), from the cache or the database."""
        cache = self.owners
        wanted = [k for k in keys if k not in cache]
        if len(cache) + len(wanted) > CACHE_LIMIT:
            cache.clear()
            wanted = list(keys)
        if parent == "customer_id":
            key_column, query = PEOPLE.c.shop_customer_id, select(PEOPLE.c.shop_customer_id,
                                                                  *[PEOPLE.c[c] for c in _PEOPLE_COLUMNS])
        else:
            model = WishList if parent == "wish_list_id" else Order
            table = model.__table__
            key_column = table.c.shop_wish_list_id if model is WishList else table.c.shop_order_id
            query = (select(key_column, table.c.id, PEOPLE.c.id, PEOPLE.c.status, PEOPLE.c.erased_at)
                     .join(PEOPLE, PEOPLE.c.id == table.c.person_id))
        for chunk in _chunks(wanted):
            for shop_id, *rest in connection.execute(query.where(among(connection, key_column, chunk))):
                cache[shop_id] = tuple(rest)
        return cache

    def _objections(self, connection: Connection, rows: list[Row], outcome: Outcome) -> list[Row]:
        """An objector to e-mail marketing is not subscribed by an import, nor an objector to personalised
        offers given them (GDPR art. 21(3): the objection is absolute)."""
        person_ids = {r.columns["person_id"] for r in rows}
        blocking: dict[int, dict[str, datetime]] = {}
        for chunk in _chunks(person_ids):
            for person_id, scope, since in connection.execute(
                    select(Objection.person_id, Objection.scope, Objection.registered_at)
                    .where(Objection.person_id.in_(chunk), Objection.withdrawn_at.is_(None))):
                blocking.setdefault(person_id, {})[scope] = since
        kept = []
        for row in rows:
            scopes = blocking.get(row.columns["person_id"], {})
            active = row.values.get("unsubscribed_at") is None
            hit = next((scopes[s] for s in EMAIL_BLOCKING if s in scopes), None) if active else None
            what = "e-mail marketing"
            if hit is None and active and row.values.get("personalise", True):
                hit = next((scopes[s] for s in PERSONALISED_BLOCKING if s in scopes), None)
                what = "personalised offers"
            if hit is not None:
                self._refuse(row, Rejected("objection", "The person objects to {what} since {date} (registered at "
                                           "the desk): an import cannot subscribe them.", field="unsubscribed_at",
                                           what=what, date=to_stockholm(hit).date().isoformat()), outcome)
                continue
            kept.append(row)
        return kept

    # -- stored rows -------------------------------------------------------------------------------------

    def _existing(self, connection: Connection, rows: list[Row]) -> dict[tuple, dict]:
        """The stored rows the batch names, by their match key. A table that was empty when the import began
        holds none: the rows earlier batches added are guarded by the duplicate check."""
        if self.fresh:
            return {}
        table, match = self.table, self.match
        names = ["id", *[c.name for c in match], *[c for c in self._compared() if c not in self.category.match]]
        query = select(*[table.c[c] for c in names])
        width = len(match)
        found: dict[tuple, dict] = {}
        if width == 1:
            keys = {r.columns[match[0].name] for r in rows}
            condition = match[0].in_
        else:
            keys = {tuple(r.columns[c.name] for c in match) for r in rows}
            condition = tuple_(*match).in_
        for chunk in _chunks(keys):
            for record in connection.execute(query.where(condition(chunk))).all():
                found[tuple(record[1:1 + width])] = dict(zip(names, record, strict=True))
        return found

    def _compared(self) -> list[str]:
        extra = ["email_norm", "status", "customer_no", "erased_at", "closed_at"] \
            if self.category.name == "customers" else []
        wanted = dict.fromkeys([*self.columns, *_PARENT_COLUMN.values(), "recipient_id", *extra])
        return [c for c in wanted if c in self.table.c]

    def _change(self, row: Row, stored: dict | None) -> dict:
        """The columns to write: all of them for a new row, the differing ones for a stored row."""
        columns = row.columns
        if self.category.name == "customers":
            self._person_columns(row, stored)
        elif self.category.name == "orders" and stored is None and not columns.get("order_no"):
            if len(row.key) > 20:
                raise Rejected("missing", "Give an order_no of at most 20 characters (the id is too long to "
                               "serve as one).", field="order_no")
            columns["order_no"] = row.key
        elif self.category.name == "orders" and not columns.get("order_no"):
            columns.pop("order_no", None)
        if stored is None:
            return columns
        kept = self.absent_columns(row)
        change = {c: value for c, value in columns.items() if c not in kept and stored.get(c) != value}
        if self.category.name == "customers" and stored["id"] in self.closed_at_desk:
            # the desk closed the account: what is left of the record is the desk's to keep or clear
            change.pop("closed_at", None)
            change.pop("status", None)
            if change:
                raise _closed(self.closed_at_desk[stored["id"]], "customer_id")
        return change

    def absent_columns(self, row: Row) -> set[str]:
        return {f.column for f in self.category.fields if f.name in row.absent and f.column}

    def _person_columns(self, row: Row, stored: dict | None) -> None:
        columns = row.columns
        if "email" not in row.absent:
            columns["email_norm"] = normalise_email(columns["email"])
        if stored is None:
            if row.key in self.erased_in_ledger:  # a restored backup without the tombstone
                raise _erased(self.erased_in_ledger[row.key], "customer_id")
            number = columns.get("customer_no") or row.key
            if len(number) > 20:
                raise Rejected("missing", "Give a customer_no of at most 20 characters (the id is too long to "
                               "serve as one).", field="customer_no")
            columns["customer_no"] = number
            columns["status"] = PersonStatus.CLOSED.value if columns.get("closed_at") else PersonStatus.ACTIVE.value
            return
        if stored["status"] == PersonStatus.ERASED.value:
            raise _erased(stored["erased_at"], "customer_id")
        if not columns.get("customer_no"):
            columns.pop("customer_no", None)
        if "closed_at" not in row.absent and stored["status"] != PersonStatus.ERASED.value:
            columns["status"] = PersonStatus.CLOSED.value if columns["closed_at"] else PersonStatus.ACTIVE.value

    def _unique_numbers(self, connection: Connection, inserts: list, updates: list, outcome: Outcome) -> None:
        """customer_no and order_no are unique at the desk: a number another row holds is refused, not left
        to fail the batch."""
        column = {"customers": "customer_no", "orders": "order_no"}.get(self.category.name)
        if column is None:
            return
        wanted = {row.columns[column] for row in inserts}
        wanted.update(change[column] for _, _, change in updates if change.get(column))
        table = self.table
        taken: dict[str, int] = {}
        for chunk in _chunks(wanted):
            taken.update(connection.execute(select(table.c[column], table.c.id)
                                            .where(among(connection, table.c[column], chunk))).all())
        seen: set[str] = set()

        def free(row: Row, number: str | None, own_id: int | None) -> bool:
            if number is None:
                return True
            if number in seen or taken.get(number, own_id) != own_id:
                self._refuse(row, Rejected(f"{column}_taken", "{value} is already the number of another row "
                                           "at the desk.", field=column, value=number), outcome)
                return False
            seen.add(number)
            return True

        inserts[:] = [row for row in inserts if free(row, row.columns[column], None)]
        updates[:] = [u for u in updates if free(u[0], u[2].get(column), u[1])]

    # -- writing ---------------------------------------------------------------------------------------------

    def _insert(self, connection: Connection, rows: list[Row]) -> None:
        category = self.category
        defaults = dict(category.defaults)
        if category.versioned:
            defaults["version"] = 1
        if category.name == "customers":
            for row in rows:
                c = row.columns
                c["search_text"] = person_search_text(c.get("first_name"), c.get("last_name"), c.get("email"),
                                                      None, None, None)
            if _ranked_in_insert(connection):
                self._rank_new_people(connection, rows)
        columns = list(dict.fromkeys(c for row in rows for c in row.columns))
        names = columns + [c for c in defaults if c not in columns]
        converted = [(i, _STORED[type(self.table.c[c].type)]) for i, c in enumerate(columns)
                     if type(self.table.c[c].type) in _STORED]
        fixed = [defaults[c] for c in names[len(columns):]]

        def data():
            for row in rows:
                get = row.columns.get
                values = [get(c) for c in columns]
                for i, to in converted:
                    if values[i] is not None:
                        values[i] = to(values[i])
                yield values + fixed

        # values in their stored form (mnu_desk.db.bulk): no bind processor per value
        insert_rows(connection, self.table, names, data())

    def _rank_new_people(self, connection: Connection, rows: list[Row]) -> None:
        """On a server, new people are inserted with their sort key and rank (searchrank.ranks_for_new)."""
        keys = {id(row): rank_key(row.columns.get("first_name"), row.columns.get("last_name"),
                                  row.columns["customer_no"]) for row in rows if row.columns["search_text"]}
        ranks = searchrank.ranks_for_new(connection, list(keys.values()))
        self.renumber_after = ranks is None
        for row in rows:
            key = keys.get(id(row))
            row.columns["search_key"] = key
            row.columns["search_rank"] = ranks[key] if key is not None and ranks is not None else None

    def _update(self, connection: Connection, updates: list) -> None:
        """One executemany per set of changed columns (a nightly file mostly changes the same few)."""
        table = self.table
        groups: dict[tuple, list[dict]] = {}
        for _row, stored_id, change in updates:
            groups.setdefault(tuple(sorted(change)), []).append(
                {"v__id": stored_id, **{f"v_{c}": value for c, value in change.items()}})
        for names, params in groups.items():
            values = {c: bindparam(f"v_{c}", type_=table.c[c].type) for c in names}
            if self.category.versioned:
                values["version"] = table.c.version + 1
            connection.execute(table.update().where(table.c.id == bindparam("v__id")).values(values), params)

    def _refresh_search(self, connection: Connection, inserts: list[Row], updates: list) -> None:
        """New people are indexed as they are; people whose name, e-mail or primary address changed get
        their search text made again."""
        name = self.category.name
        if name == "customers":
            new_people = [r.columns["shop_customer_id"] for r in inserts]
            ids = []
            for chunk in _chunks(new_people):
                ids += connection.execute(select(PEOPLE.c.id, PEOPLE.c.search_text)
                                          .where(among(connection, PEOPLE.c.shop_customer_id, chunk))).all()
            reindex(connection, [(i, t) for i, t in ids if t], rank=not _ranked_in_insert(connection))
            if self.renumber_after:
                searchrank.renumber(connection)
                self.renumber_after = False
            refresh_search(connection, [stored_id for _, stored_id, _ in updates])
        elif name == "addresses":
            person_ids = {r.columns["person_id"] for r in inserts}
            if updates:
                addresses = Address.__table__
                for chunk in _chunks([stored_id for _, stored_id, _ in updates]):
                    person_ids.update(connection.execute(select(addresses.c.person_id)
                                                         .where(addresses.c.id.in_(chunk))).scalars())
            refresh_search(connection, sorted(person_ids))


def refresh_search(connection: Connection, person_ids: list[int]) -> None:
    """Make the search text of these people again from their name, e-mail and primary address; write and
    index only where it changed."""
    addresses = Address.__table__
    for chunk in _chunks(person_ids):
        people = connection.execute(select(PEOPLE.c.id, PEOPLE.c.first_name, PEOPLE.c.last_name, PEOPLE.c.email,
                                           PEOPLE.c.search_text).where(PEOPLE.c.id.in_(chunk),
                                                                       PEOPLE.c.status != "erased")).all()
        primary: dict[int, tuple] = {}
        for person_id, street, code, city in connection.execute(
                select(addresses.c.person_id, addresses.c.street, addresses.c.postal_code, addresses.c.city)
                .where(addresses.c.person_id.in_(chunk), addresses.c.is_primary).order_by(addresses.c.id)):
            primary.setdefault(person_id, (street, code, city))
        changed = []
        for person_id, first, last, email, old in people:
            text = person_search_text(first, last, email, *primary.get(person_id, (None, None, None)))
            if text != old:
                changed.append((person_id, text))
        if changed:
            connection.execute(PEOPLE.update().where(PEOPLE.c.id == bindparam("v_id"))
                               .values(search_text=bindparam("v_text")),
                               [{"v_id": i, "v_text": t} for i, t in changed])
            reindex(connection, changed, replace=True)


_PARENT_COLUMN = {"customer_id": "person_id", "wish_list_id": "wish_list_id", "order_id": "order_id"}
_PARENT_WORD = {"customer_id": "customer", "wish_list_id": "wish_list", "order_id": "order"}
_UNKNOWN = {
    "customer_id": "No customer with id '{value}': import the customers first.",
    "wish_list_id": "No wish list with id '{value}': import the wish lists first.",
    "order_id": "No order with id '{value}': import the orders first.",
}


def _ranked_in_insert(connection: Connection) -> bool:
    """A server's new people are inserted with their rank (`Applier._rank_new_people`); SQLite's FTS5 tables
    follow the rank by triggers, so there they are placed once they are in."""
    return uses_word_table(connection.dialect.name)


# column type -> its stored form for a bulk insert
_STORED = {UTCDateTime: stored_datetime, Money: lambda amount: int(amount.scaleb(2))}


def closed_at_desk(connection: Connection, person_ids) -> dict[int, datetime]:
    """The people whose account the desk closed (the change feed holds each closure), and when."""
    closed: dict[int, datetime] = {}
    for chunk in _chunks(person_ids):
        closed.update(connection.execute(select(OUTBOX.c.person_id, OUTBOX.c.at).where(
            among(connection, OUTBOX.c.person_id, chunk), OUTBOX.c.kind == "account_closure")).all())
    return closed


def _erased(when: datetime | None, field: str) -> Rejected:
    day = to_stockholm(when).date().isoformat() if when else "?"
    return Rejected("erased", "Erased at the desk on {date}: not imported again.", field=field, date=day)


def _closed(when: datetime | None, field: str) -> Rejected:
    day = to_stockholm(when).date().isoformat() if when else "?"
    return Rejected("account_closed", "The account was closed at the desk on {date}: its data is not imported "
                    "again.", field=field, date=day)


def _chunks(values) -> list[list]:
    values = list(values)
    return [values[i:i + CHUNK] for i in range(0, len(values), CHUNK)]
