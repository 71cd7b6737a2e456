"""Bulk loading: many rows into one table as fast as the backend allows (demo data, the shop import).

Rows come as tuples of values already in their *stored* form, so nothing per value has to pass through
SQLAlchemy's type machinery: integer öre for `Money`, naive UTC for `UTCDateTime`. The one stored form every
backend accepts is the one SQLAlchemy writes on SQLite: a datetime as text `YYYY-MM-DD HH:MM:SS.ffffff`
(always six fraction digits), a date as `YYYY-MM-DD`, a boolean as 1/0 (or a Python bool). PostgreSQL parses that
text in COPY, MariaDB in INSERT; on SQLite it *is* the stored value, so the ORM reads it back exactly and
string comparisons against the ORM's own bound values stay correct. `stored_datetime` and `stored_date` make it.
Callers holding plain Python values (aware datetimes, Decimal kronor) pass `adapt=True` and each value goes
through the column type's own bind processor, i.e. exactly what SQLAlchemy would send.

Each backend gets its fastest path that still runs inside the caller's transaction:
- SQLite: `executemany` on the raw DBAPI cursor. One prepared statement stepped per row, in C; the
  SQLAlchemy Core path would add compilation and per-row parameter processing that costs more than the insert.
- PostgreSQL (psycopg 3): `COPY ... FROM STDIN` with `write_row`. COPY streams rows without a statement per
  row and is several times faster than any INSERT form; psycopg formats the rows in C.
- MariaDB/MySQL (PyMySQL): multi-row `INSERT ... VALUES (...), (...)` statements, one round trip per few
  thousand rows instead of one per row, kept under the server's `max_allowed_packet`. They are written here,
  as PyMySQL's executemany would write them but without its per-value calls (`_insert_mysql`).

Ids: bulk loads assign primary keys themselves (so children can refer to parents without a round trip). After
such a load PostgreSQL's sequences lag behind; `reset_sequences` moves them past the highest id. MariaDB's
AUTO_INCREMENT follows inserted ids by itself and SQLite takes max(rowid)+1, so there it does nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime

from sqlalchemy import Connection, Table

_MYSQL_STMT_CAP = 8 * 1024 * 1024


def stored_datetime(moment: datetime) -> str:
    """The stored text of a time: naive UTC, six fraction digits, as SQLAlchemy writes it on SQLite."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(" ", "microseconds")  # strftime's text, in a third of the time


def stored_date(day: date) -> str:
    return day.isoformat()


def insert_rows(connection: Connection, table: Table | str, columns: Sequence[str],
                rows: Iterable[Sequence], *, adapt: bool = False, ignore_duplicates: bool = False) -> int:
    """Insert `rows` (tuples in the order of `columns`) into `table` within the connection's transaction
    (one is begun if none is open; the caller commits). Returns the number of rows inserted.

    `adapt=True` passes each value through its column's bind processor (needs a `Table`); otherwise values must
    already be in their stored form (see the module docstring). `ignore_duplicates` skips a row whose key is
    already there, which another transaction may be adding at the same moment (servers only: MariaDB's INSERT
    IGNORE; on PostgreSQL, whose COPY cannot skip a row, one INSERT of the columns as arrays with ON CONFLICT
    DO NOTHING, which needs a `Table` for the types)."""
    if ignore_duplicates and connection.dialect.name == "sqlite":
        raise ValueError("ignore_duplicates is for a shared server")
    if adapt:
        if not isinstance(table, Table):
            raise TypeError("adapt=True needs a Table, to know the column types")
        rows = _adapted(connection, table, columns, rows)
    if not connection.in_transaction():
        connection.begin()
    dialect = connection.dialect
    quote = dialect.identifier_preparer.quote
    name = dialect.identifier_preparer.format_table(table) if isinstance(table, Table) else quote(table)
    column_list = ", ".join(quote(c) for c in columns)
    backend = dialect.name
    dbapi_connection = connection.connection
    if backend == "postgresql":
        if ignore_duplicates:
            return _insert_new_postgresql(connection, table, columns, name, column_list, rows)
        return _copy_postgresql(dbapi_connection, name, column_list, rows)
    if backend in ("mysql", "mariadb"):
        verb = "INSERT IGNORE" if ignore_duplicates else "INSERT"
        return _insert_mysql(dbapi_connection, f"{verb} INTO {name} ({column_list}) VALUES ", rows,
                             _mysql_stmt_length(connection))
    marks = ", ".join("?" * len(columns))
    cursor = dbapi_connection.cursor()
    try:
        cursor.executemany(f"INSERT INTO {name} ({column_list}) VALUES ({marks})", rows)
        return max(cursor.rowcount, 0)
    finally:
        cursor.close()


def reset_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """After a load with explicit ids, set PostgreSQL's serial/identity sequences past each table's highest
    id, so that the next ordinary INSERT does not collide. A no-op on other backends."""
    if connection.dialect.name != "postgresql":
        return
    preparer = connection.dialect.identifier_preparer
    for table in tables:
        keys = list(table.primary_key.columns)
        if len(keys) != 1 or not keys[0].autoincrement or not _is_integer(keys[0]):
            continue
        column = preparer.quote(keys[0].name)
        name = preparer.format_table(table)
        # is_called=false: the next nextval() returns exactly max+1 (or 1 on an empty table)
        connection.exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence(%(table)s, %(column)s), "
            f"COALESCE((SELECT MAX({column}) FROM {name}), 0) + 1, false) "
            f"WHERE pg_get_serial_sequence(%(table)s, %(column)s) IS NOT NULL",
            {"table": name, "column": keys[0].name},
        )


def _is_integer(column) -> bool:
    try:
        return column.type.python_type is int
    except NotImplementedError:
        return False


def _adapted(connection: Connection, table: Table, columns: Sequence[str], rows: Iterable[Sequence]):
    dialect = connection.dialect
    processors = [table.c[c].type.dialect_impl(dialect).bind_processor(dialect) for c in columns]
    if not any(processors):
        yield from rows
        return
    pairs = [(i, p) for i, p in enumerate(processors) if p is not None]
    for row in rows:
        values = list(row)
        for i, process in pairs:
            values[i] = process(values[i])
        yield values


def _insert_new_postgresql(connection: Connection, table: Table | str, columns: Sequence[str], name: str,
                           column_list: str, rows: Iterable[Sequence]) -> int:
    if not isinstance(table, Table):
        raise TypeError("ignore_duplicates on PostgreSQL needs a Table, to know the column types")
    listed = list(rows)
    if not listed:
        return 0
    arrays = [list(values) for values in zip(*listed, strict=True)]
    casts = ", ".join(f"%s::{table.c[c].type.compile(dialect=connection.dialect)}[]" for c in columns)
    with connection.connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {name} ({column_list}) SELECT * FROM unnest({casts}) ON CONFLICT DO NOTHING",
                       arrays)
        return max(cursor.rowcount, 0)


def _copy_postgresql(dbapi_connection, name: str, column_list: str, rows: Iterable[Sequence]) -> int:
    count = 0
    with dbapi_connection.cursor() as cursor:
        with cursor.copy(f"COPY {name} ({column_list}) FROM STDIN") as copy:
            write_row = copy.write_row
            for row in rows:
                write_row(row)
                count += 1
    return count


# MariaDB's escapes in a quoted string, as PyMySQL writes them (pymysql.converters.escape_string)
_MYSQL_ESCAPES = str.maketrans({"\0": "\\0", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\x1a": "\\Z",
                                '"': '\\"', "'": "\\'"})
_MYSQL_SPECIAL = re.compile(r"[\x00\\\n\r\x1a\"']")  # a character of _MYSQL_ESCAPES


def _insert_mysql(dbapi_connection, head: str, rows: Iterable[Sequence], limit: int) -> int:
    """Multi-row INSERTs of at most `limit` bytes, written here rather than by PyMySQL's executemany: its
    formatting passes each value through four calls (about two-thirds of the insert's Python time for events).
    Strings, integers, booleans and NULL are written directly; any other value as PyMySQL would."""
    from pymysql.constants import SERVER_STATUS  # here: the desk starts without the MariaDB driver

    if dbapi_connection.server_status & SERVER_STATUS.SERVER_STATUS_NO_BACKSLASH_ESCAPES:
        def text(value: str) -> str:
            return "'" + value.replace("'", "''") + "'"
    else:
        def text(value: str) -> str:  # most text has nothing to escape: a search is cheaper than a translate
            return "'" + (value.translate(_MYSQL_ESCAPES) if _MYSQL_SPECIAL.search(value) else value) + "'"
    literals = {str: text, int: str, bool: lambda value: "1" if value else "0", type(None): lambda _: "NULL"}
    other = dbapi_connection.escape
    encoding = dbapi_connection.encoding
    start = head.encode(encoding)
    statement, inserted = bytearray(start), 0
    with dbapi_connection.cursor() as cursor:
        for row in rows:
            values = ("(" + ",".join([(literals.get(value.__class__) or other)(value) for value in row]) + ")"
                      ).encode(encoding, "surrogateescape")
            if len(statement) > len(start) and len(statement) + len(values) + 1 > limit:
                inserted += cursor.execute(bytes(statement))
                statement = bytearray(start)
            elif len(statement) > len(start):
                statement += b","
            statement += values
        if len(statement) > len(start):
            inserted += cursor.execute(bytes(statement))
    return inserted


def _mysql_stmt_length(connection: Connection) -> int:
    """Half the server's max_allowed_packet (room for escaping), at most 8 MiB; asked once per connection."""
    info = connection.connection.info
    length = info.get("mnu_desk_bulk_stmt_length")
    if length is None:
        packet = connection.exec_driver_sql("SELECT @@max_allowed_packet").scalar() or 1024 * 1024
        length = max(64 * 1024, min(int(packet) // 2, _MYSQL_STMT_CAP))
        info["mnu_desk_bulk_stmt_length"] = length
    return length
