"""The desk's ranking order kept inside the search index (docs/design.md section 5).

Every person with a search text has a rank: surname, then first name, then customer number (folded, so
"Östberg" and "Ostberg" sort together), the order a desk reads a list of people with the same name in.
Ranks are sparse (GAP apart) so that a new person, a renamed one or an import takes a rank between its
neighbours without moving anyone; when a gap is used up, the neighbours that follow are spaced again
(`_respace`), and a load of many people at once numbers everyone again (`renumber`). On SQLite the rank is
the rowid of the three contentless FTS5 tables, so each tier of a search reads its first twenty rows already
in this order; the other backends sort their bounded candidate set by it.

On SQLite the FTS5 tables follow people by triggers. They are contentless (the index is all the search needs,
with no second copy of the text): a row is taken out by FTS5's 'delete' command with the values it was
indexed with, which the triggers have as `old.*`. Erasure clears the rank and the sort key with the text."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from itertools import groupby

from sqlalchemy import Connection, bindparam, func, select, text, update

from ..domain.textfold import rank_key
from .inlist import among
from .models import Person

GAP = 1 << 24      # between neighbours after a renumbering: room for 24 halvings at any one place
STEP = 1 << 12     # a new person goes this far after its predecessor at most: 4 096 appends after one name
WINDOW = 64        # neighbours spaced again first when a gap is used up (grows while too dense)
BULK = 5_000       # more new people than this at once, and a fifth of all or more: number everyone again
FEW = 50           # more than this at once on a server: their gaps are read together (`_place_many`)
WIDEST = 1 << 15   # people a crowded gap's window may grow to before its new people may go as close as 2
_CHUNK = 500

PEOPLE = Person.__table__

# SQLite, all with rowid = rank: the name table (first and last name as spelled, so that the exact spelling
# of a name ranks first, and a name above a street or a city), the word table (whole words, word starts
# through its prefix index) and the trigram table (inside words). unicode61 folds case; marks are kept
# (remove_diacritics 0) because the names must keep them and the search text is folded by the program already
# (domain.textfold also folds ø, æ and ß, which unicode61 would not). The name has a table of its own rather
# than a column: a column filter reads the whole doclist of a word common elsewhere ("stockholm").
_NAMES = "coalesce({r}.first_name, '') || ' ' || coalesce({r}.last_name, '')"
_SQLITE = (  # table, its column, what it holds, its options
    ("people_names", "names", _NAMES, "tokenize='unicode61 remove_diacritics 0'"),
    ("people_words", "words", "{r}.search_text",
     "tokenize='unicode61 remove_diacritics 0', prefix='2 3 4 5 6 7 8'"),
    ("people_trigrams", "text", "{r}.search_text", "tokenize='trigram'"),
)
SQLITE_TABLES = tuple(f"CREATE VIRTUAL TABLE {t} USING fts5({c}, content='', {o})" for t, c, _, o in _SQLITE)


def _index(row: str, when: str) -> str:
    return "".join(f"INSERT INTO {t}(rowid, {c}) SELECT {row}.search_rank, {v.format(r=row)} {when}; "
                   for t, c, v, _ in _SQLITE)


def _unindex(row: str, when: str) -> str:
    return "".join(f"INSERT INTO {t}({t}, rowid, {c}) SELECT 'delete', {row}.search_rank, {v.format(r=row)} {when}; "
                   for t, c, v, _ in _SQLITE)


_INDEXED = ("search_rank", "search_text", "first_name", "last_name")
SQLITE_TRIGGERS = (
    "CREATE TRIGGER people_rank_insert AFTER INSERT ON people WHEN new.search_rank IS NOT NULL BEGIN "
    + _index("new", "") + "END",
    "CREATE TRIGGER people_rank_delete AFTER DELETE ON people WHEN old.search_rank IS NOT NULL BEGIN "
    + _unindex("old", "") + "END",
    # one trigger for both halves: the old row leaves before the new one (with perhaps the same rowid) enters
    "CREATE TRIGGER people_rank_update AFTER UPDATE OF " + ", ".join(_INDEXED) + " ON people WHEN "
    + " OR ".join(f"old.{c} IS NOT new.{c}" for c in _INDEXED) + " BEGIN "
    + _unindex("old", "WHERE old.search_rank IS NOT NULL") + _index("new", "WHERE new.search_rank IS NOT NULL")
    + "END",
)
_TRIGGER_NAMES = ("people_rank_insert", "people_rank_delete", "people_rank_update")


def create_sqlite_index(connection: Connection) -> None:
    """The FTS5 tables and their triggers, filled from people as ranked now."""
    for statement in SQLITE_TABLES:
        connection.exec_driver_sql(statement)
    _fill_sqlite(connection)
    for statement in SQLITE_TRIGGERS:
        connection.exec_driver_sql(statement)


def drop_sqlite_index(connection: Connection) -> None:
    for name in _TRIGGER_NAMES:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for table, *_ in _SQLITE:
        connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")


def recreate_sqlite_table(connection: Connection, name: str) -> None:
    """One FTS5 table made again as defined now and filled (a migration that changes its options); the
    triggers, which write all three, are off meanwhile."""
    for trigger in _TRIGGER_NAMES:
        connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    connection.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
    connection.exec_driver_sql(next(s for s, (t, *_) in zip(SQLITE_TABLES, _SQLITE, strict=True) if t == name))
    _fill_sqlite(connection, only=name)
    for statement in SQLITE_TRIGGERS:
        connection.exec_driver_sql(statement)


def _fill_sqlite(connection: Connection, only: str | None = None) -> None:
    for table, column, value, _ in _SQLITE:
        if only is not None and table != only:
            continue
        connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('delete-all')")
        connection.exec_driver_sql(f"INSERT INTO {table}(rowid, {column}) SELECT search_rank, "
                                   f"{value.format(r='people')} FROM people WHERE search_rank IS NOT NULL "
                                   "ORDER BY search_rank")
    optimize_sqlite_index(connection, [only] if only is not None else None)


def optimize_sqlite_index(connection: Connection, tables: list[str] | None = None) -> None:
    """Each FTS5 table's (or these tables') segments merged into one. A bulk fill leaves dozens of them, and
    every term looked up probes each: at a million people a cold search's p95 fell from 9.9 to 2.9 ms (about
    six seconds a table to merge). Small changes afterwards add small segments, which FTS5 merges as it goes."""
    for table, *_ in _SQLITE:
        if tables is None or table in tables:
            connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def place(connection: Connection, person_ids: Iterable[int]) -> None:
    """Give these people (new, renamed, or with a changed search text) their rank; people without a search
    text get none. Many at once are numbered with everyone else in one go."""
    ids = list(dict.fromkeys(person_ids))
    wanted: list[tuple[str, int]] = []
    cleared: list[int] = []
    for chunk in (ids[i:i + _CHUNK] for i in range(0, len(ids), _CHUNK)):
        for person_id, first, last, number, searched, key, rank in connection.execute(
                select(PEOPLE.c.id, PEOPLE.c.first_name, PEOPLE.c.last_name, PEOPLE.c.customer_no,
                       PEOPLE.c.search_text, PEOPLE.c.search_key, PEOPLE.c.search_rank)
                .where(among(connection, PEOPLE.c.id, chunk))):
            new = rank_key(first, last, number) if searched else None
            if new == key and (rank is not None or new is None):
                continue
            if key is not None or rank is not None:
                cleared.append(person_id)
            if new is not None:
                wanted.append((new, person_id))
    if cleared:
        _set(connection, [(i, None, None) for i in cleared])
    if len(wanted) > BULK and len(wanted) * 4 > _ranked(connection):
        _set_keys(connection, wanted)
        renumber(connection)
        return
    if len(wanted) > FEW and connection.dialect.name != "sqlite":
        _place_many(connection, wanted)
        return
    for key, person_id in sorted(wanted):
        _set(connection, [(person_id, key, _free_rank(connection, key))])


def ranks_for_new(connection: Connection, keys: list[str]) -> dict[str, int] | None:
    """Ranks for people a server's import is about to insert with these sort keys, so that the insert writes
    key and rank with the rest of the row: an UPDATE of each new person afterwards wrote every index of the
    people table a second time (43 of 410 seconds, under a profiler, for a million customers on PostgreSQL). Neighbours are moved
    where a gap has run out. None: so many new people that everyone is numbered again once they are in
    (`renumber`)."""
    if connection.dialect.name == "sqlite":
        raise ValueError("SQLite's index follows the rank by triggers: place the people once they are in")
    if len(keys) > BULK and len(keys) * 4 > _ranked(connection):
        return None
    return _spread(connection, sorted(keys))


def _place_many(connection: Connection, wanted: list[tuple[str, int]]) -> None:
    """An import's batch among many ranked people, on a server: the gaps of a chunk of keys are read in one
    round trip instead of two a person and the ranks are written in one statement a chunk (`_spread`)."""
    ranks = _spread(connection, sorted(key for key, _ in wanted))
    _set_many(connection, [(person_id, key, ranks[key]) for key, person_id in wanted])


def _spread(connection: Connection, ordered: list[str]) -> dict[str, int]:
    """Ranks for sort keys nobody holds yet (servers): the keys that fall into the same gap are spread across
    it. Where a gap is too narrow for its keys, a window of the people after it is spaced again together with
    every new key inside the window (`_respace_with`)."""
    ranks: dict[str, int] = {}
    crowded: list[tuple[int, list[str]]] = []
    for (low, high), group in groupby(zip(ordered, _gaps(connection, ordered), strict=True),
                                      key=lambda pair: pair[1]):
        keys = [key for key, _ in group]
        low = low or 0
        step = GAP if high is None else min((high - low) // (len(keys) + 1), STEP)
        if step >= 1:
            ranks.update((key, low + step * (n + 1)) for n, key in enumerate(keys))
        else:
            crowded.append((low, keys))
    spaced_until: str | None = ""  # keys below this were spaced again already; None: all were
    for low, keys in crowded:
        if spaced_until is None:
            break
        if keys[0] >= spaced_until:
            spaced_until = _respace_with(connection, ordered, keys, low, ranks)
    return ranks


def _respace_with(connection: Connection, ordered: list[str], keys: list[str], low: int,
                  ranks: dict[str, int]) -> str | None:
    """Space again the people after the gap that `keys` (new, all in one gap above rank `low`) fall into,
    together with every new key among them, evenly up to the first person left where they are; the window
    grows until the new people are a useful distance apart. The moved people are written at once, the new
    keys' ranks go into `ranks`. Returns the sort key of the first person left in place (None: none was)."""
    window = max(WINDOW, len(keys))
    shortest = max(2, STEP // 64)
    while True:
        following = connection.execute(
            select(PEOPLE.c.id, PEOPLE.c.search_key, PEOPLE.c.search_rank).where(PEOPLE.c.search_key > keys[0])
            .order_by(PEOPLE.c.search_key).limit(window + 1)).all()
        moved = following[:window]
        if len(following) > window:
            end_key, end = following[window].search_key, following[window].search_rank
            new = ordered[bisect_left(ordered, keys[0]):bisect_left(ordered, end_key)]
        else:
            end_key, end = None, (following[-1].search_rank if following else low) + (window + 2) * GAP
            new = ordered[bisect_left(ordered, keys[0]):]
        merged = sorted([(key, None) for key in new] + [(row.search_key, row.id) for row in moved])
        step = (end - low) // (len(merged) + 1)
        if step >= shortest or (step >= 2 and window >= WIDEST):
            break
        window *= 8
    rows = []
    for n, (key, person_id) in enumerate(merged):
        if person_id is None:
            ranks[key] = low + step * (n + 1)
        else:
            rows.append((person_id, key, low + step * (n + 1)))
    _set_many(connection, rows)
    return end_key


def _gaps(connection: Connection, keys: list[str]) -> list[tuple[int | None, int | None]]:
    """The ranks of the people just before and just after each key (sort keys are unique)."""
    gaps: dict[str, list[int | None]] = {key: [None, None] for key in keys}
    for chunk in (keys[i:i + _CHUNK] for i in range(0, len(keys), _CHUNK)):
        if connection.dialect.name == "postgresql":
            rows = connection.execute(_GAPS_FROM_ARRAY, {"keys": chunk})
        else:
            rows = connection.execute(_gaps_one_by_one(len(chunk)), {f"k{n}": key for n, key in enumerate(chunk)})
        for key, after, rank in rows:
            gaps[key][after] = rank
    return [tuple(gaps[key]) for key in keys]


# PostgreSQL looks each key's neighbours up through the index, a key at a time, inside one statement
_GAPS_FROM_ARRAY = text(
    'SELECT v.k, s.after, s.r FROM unnest(CAST(:keys AS TEXT[])) AS v(k) CROSS JOIN LATERAL ('
    '(SELECT 0 AS after, p.search_rank AS r FROM people p WHERE p.search_key < v.k COLLATE "C" '
    'ORDER BY p.search_key DESC LIMIT 1) UNION ALL '
    '(SELECT 1, p.search_rank FROM people p WHERE p.search_key > v.k COLLATE "C" '
    'ORDER BY p.search_key LIMIT 1)) s')


@lru_cache(maxsize=4)
def _gaps_one_by_one(count: int):
    """MariaDB: a neighbour look-up correlated with a key of a derived table walks the whole index, so each
    key's two look-ups are written out with the key as a value, one range read each."""
    parts = []
    for n in range(count):
        parts.append(f"(SELECT :k{n} AS k, 0 AS after, search_rank FROM people WHERE search_key < :k{n} "
                     "ORDER BY search_key DESC LIMIT 1)")
        parts.append(f"(SELECT :k{n}, 1, search_rank FROM people WHERE search_key > :k{n} "
                     "ORDER BY search_key LIMIT 1)")
    return text(" UNION ALL ".join(parts))


def _set_many(connection: Connection, rows: list[tuple[int, str, int]]) -> None:
    """`_set` for many people in one statement a chunk: PostgreSQL's arrays; MariaDB's UPDATE ... JOIN."""
    if connection.dialect.name != "postgresql":
        _update_joined(connection, rows, with_rank=True)
        return
    for chunk in (rows[i:i + _CHUNK * 2] for i in range(0, len(rows), _CHUNK * 2)):
        ids, keys, ranks = (list(column) for column in zip(*chunk, strict=True))
        connection.execute(_RANKS_FROM_ARRAYS, {"ids": ids, "keys": keys, "ranks": ranks})


_RANKS_FROM_ARRAYS = text(
    "UPDATE people p SET search_key = v.k, search_rank = v.r "
    "FROM unnest(CAST(:ids AS BIGINT[]), CAST(:keys AS TEXT[]), CAST(:ranks AS BIGINT[])) AS v(i, k, r) "
    "WHERE p.id = v.i")


def _ranked(connection: Connection) -> int:
    return connection.execute(select(func.count()).select_from(PEOPLE).where(PEOPLE.c.search_rank.is_not(None))
                              ).scalar()


def unplace(connection: Connection, person_ids: list[int]) -> None:
    """No rank and no sort key (which holds the folded name) any more: erasure and tombstones."""
    for chunk in (person_ids[i:i + _CHUNK] for i in range(0, len(person_ids), _CHUNK)):
        connection.execute(update(Person).where(Person.id.in_(chunk), Person.search_key.is_not(None))
                           .values(search_key=None, search_rank=None))


def _set(connection: Connection, rows: list[tuple[int, str | None, int | None]]) -> None:
    connection.execute(update(PEOPLE).where(PEOPLE.c.id == bindparam("p_id"))
                       .values(search_key=bindparam("p_key"), search_rank=bindparam("p_rank")),
                       [{"p_id": i, "p_key": k, "p_rank": r} for i, k, r in rows])


def _neighbour(connection: Connection, key: str, after: bool):
    column = PEOPLE.c.search_key
    return connection.execute(
        select(PEOPLE.c.search_rank).where(column > key if after else column < key)
        .order_by(column.asc() if after else column.desc()).limit(1)).scalar()


def _free_rank(connection: Connection, key: str) -> int:
    low = _neighbour(connection, key, after=False) or 0
    high = _neighbour(connection, key, after=True)
    if high is None:
        return low + GAP
    if high - low >= 2:
        return low + min((high - low) // 2, STEP)
    return _respace(connection, key, low)


def _respace(connection: Connection, key: str, low: int) -> int:
    """Space the people after `key` again, from `low` up to the first one left where it is, so that `key`
    gets a rank; the window grows until there is room. Returns the rank for `key`."""
    window = WINDOW
    while True:
        following = connection.execute(
            select(PEOPLE.c.id, PEOPLE.c.search_key, PEOPLE.c.search_rank).where(PEOPLE.c.search_key > key)
            .order_by(PEOPLE.c.search_key).limit(window + 1)).all()
        moved = following[:window]
        end = following[window].search_rank if len(following) > window else \
            (following[-1].search_rank if following else low) + (window + 2) * GAP
        step = (end - low) // (len(moved) + 2)
        if step >= 2:
            break
        window *= 8
    # out of the index first, then back with their new ranks: no two rows ever share a rank
    _set(connection, [(row.id, None, None) for row in moved])
    _set(connection, [(row.id, row.search_key, low + step * (n + 2)) for n, row in enumerate(moved)])
    return low + step


def _set_keys(connection: Connection, rows: list[tuple[str, int]]) -> None:
    if connection.dialect.name in ("mysql", "mariadb"):
        _update_joined(connection, [(person_id, key, None) for key, person_id in rows], with_rank=False)
        return
    for chunk in (rows[i:i + _CHUNK * 10] for i in range(0, len(rows), _CHUNK * 10)):
        connection.execute(update(PEOPLE).where(PEOPLE.c.id == bindparam("p_id"))
                           .values(search_key=bindparam("p_key")), [{"p_id": i, "p_key": k} for k, i in chunk])


def _update_joined(connection: Connection, rows: list[tuple[int, str, int | None]], with_rank: bool) -> None:
    """MariaDB: people's sort keys (and ranks) as one UPDATE ... JOIN a derived table of a chunk's rows, as
    PyMySQL sends an executemany UPDATE one row at a time (a million round trips at a million people)."""
    for chunk in (rows[i:i + _CHUNK * 2] for i in range(0, len(rows), _CHUNK * 2)):
        values = {}
        for n, (person_id, key, rank) in enumerate(chunk):
            values[f"i{n}"], values[f"k{n}"] = person_id, key
            if with_rank:
                values[f"r{n}"] = rank
        connection.execute(_joined_update(len(chunk), with_rank), values)


@lru_cache(maxsize=8)
def _joined_update(count: int, with_rank: bool):
    rank = ", :r{n} AS r" if with_rank else ""
    rows = " UNION ALL ".join(f"SELECT :i{n} AS id, :k{n} AS k" + rank.format(n=n) for n in range(count))
    sets = "p.search_key = v.k" + (", p.search_rank = v.r" if with_rank else "")
    return text(f"UPDATE people p JOIN ({rows}) AS v ON v.id = p.id SET {sets}")


def fill_keys(connection: Connection, batch: int = 20_000) -> int:
    """Sort keys for people with a search text and none yet (a bulk load, an older database)."""
    last, done = 0, 0
    while True:
        chunk = connection.execute(
            select(PEOPLE.c.id, PEOPLE.c.first_name, PEOPLE.c.last_name, PEOPLE.c.customer_no)
            .where(PEOPLE.c.id > last, PEOPLE.c.search_key.is_(None), PEOPLE.c.search_text != "")
            .order_by(PEOPLE.c.id).limit(batch)).all()
        if not chunk:
            return done
        _set_keys(connection, [(rank_key(f, ln, n), i) for i, f, ln, n in chunk])
        last, done = chunk[-1][0], done + len(chunk)


def renumber(connection: Connection) -> None:
    """Everyone with a sort key GAP apart in key order, in one statement; on SQLite the FTS5 tables are
    filled again afterwards rather than row by row through the triggers."""
    backend = connection.dialect.name
    if backend == "sqlite":
        for name in _TRIGGER_NAMES:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    connection.execute(update(PEOPLE).where(PEOPLE.c.search_key.is_(None), PEOPLE.c.search_rank.is_not(None))
                       .values(search_rank=None))
    order = (select(PEOPLE.c.id, (func.row_number().over(order_by=PEOPLE.c.search_key) * GAP).label("r"))
             .where(PEOPLE.c.search_key.is_not(None)).subquery("r"))
    if backend in ("mysql", "mariadb"):
        connection.execute(text(
            "UPDATE people p JOIN (SELECT id, row_number() OVER (ORDER BY search_key) * :gap AS r FROM people "
            "WHERE search_key IS NOT NULL) o ON o.id = p.id SET p.search_rank = o.r"), {"gap": GAP})
    else:
        connection.execute(update(PEOPLE).where(PEOPLE.c.id == order.c.id).values(search_rank=order.c.r))
    if backend == "sqlite":
        _fill_sqlite(connection)
        for statement in SQLITE_TRIGGERS:
            connection.exec_driver_sql(statement)


__all__ = ["GAP", "create_sqlite_index", "drop_sqlite_index", "fill_keys", "optimize_sqlite_index", "place",
           "ranks_for_new", "recreate_sqlite_table", "renumber", "unplace"]
