"""The queries that find people (docs/design.md section 5). Exact identifiers first (customer no., order no.,
e-mail, phone, IP address) by plain indexes; then the folded search text through each backend's trigram
index (SQLite FTS5 trigram, PostgreSQL pg_trgm GIN, MariaDB's trigram table), or for two-letter words the
B-tree on search_words, which also answers word-start matches first, cheaply. Candidates are bounded (CANDIDATES) and ranked in Python, never by sorting every
match of a common substring. Each builder returns a statement and its values, so the benchmark can run the
very same SQL on a raw cursor as the floor."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import Select, and_, bindparam, func, intersect, literal, select, text, union_all
from sqlalchemy.sql.elements import TextClause

from ..domain.contact import normalise_email, phone_e164
from ..domain.textfold import fold
from .models import Address, Order, Person, Restriction, SearchWord, UsageEvent

CANDIDATES = 300
# word-start matches rank above matches inside a word; with a page of them, the inside-word search is skipped
PREFIX_ENOUGH = 20
MAX_QUERY_CHARS = 200
MAX_WORDS = 8
_IP_HITS = 50


@dataclass(frozen=True)
class ParsedQuery:
    raw: str                      # printable characters only, trimmed
    words: tuple[str, ...]        # folded words of two or more characters
    spelled: tuple[str, ...]      # the same words case-folded but not folded: exact spellings rank higher
    email: str | None = None
    phone: str | None = None
    ip: str | None = None
    long_words: tuple[str, ...] = field(default=())
    short_words: tuple[str, ...] = field(default=())


def parse(query: str) -> ParsedQuery | None:
    """None for a query that must not scan anything (under two characters after cleaning)."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in query[:MAX_QUERY_CHARS]).strip()
    if len(cleaned) < 2:
        return None
    pairs = []
    for word in cleaned.split():
        folded = fold(word)
        if len(folded) >= 2 and folded not in (w for w, _ in pairs):
            pairs.append((folded, word.casefold()))
    pairs = pairs[:MAX_WORDS]
    words = tuple(w for w, _ in pairs)
    email = normalise_email(cleaned) if "@" in cleaned and " " not in cleaned else None
    digits = sum(ch.isdigit() for ch in cleaned)
    phone = phone_e164(cleaned) if digits >= 7 and not any(ch.isalpha() for ch in cleaned) else None
    try:
        ip = str(ipaddress.ip_address(cleaned))
    except ValueError:
        ip = None
    return ParsedQuery(raw=cleaned, words=words, spelled=tuple(s for _, s in pairs), email=email, phone=phone,
                       ip=ip, long_words=tuple(w for w in words if len(w) >= 3),
                       short_words=tuple(w for w in words if len(w) == 2))


# Statements are built once per shape (which identifiers a query has, how many words) with bind parameters,
# and then only executed: building a select costs more than SQLite takes to answer it.


@lru_cache(maxsize=16)
def _exact(has_email: bool, has_phone: bool, has_ip: bool) -> Select:
    parts = [select(Person.id.label("id"), literal(0).label("k")).where(Person.customer_no == bindparam("raw")),
             select(Order.person_id.label("id"), literal(1).label("k")).where(Order.order_no == bindparam("raw"))]
    if has_email:
        parts.append(select(Person.id.label("id"), literal(2).label("k"))
                     .where(Person.email_norm == bindparam("email")))
    if has_phone:
        parts.append(select(Person.id.label("id"), literal(3).label("k"))
                     .where(Person.phone_e164 == bindparam("phone")))
    if has_ip:
        hits = (select(UsageEvent.person_id.label("id")).where(UsageEvent.ip_address == bindparam("ip"))
                .limit(_IP_HITS).subquery())
        parts.append(select(hits.c.id, literal(4).label("k")))
    return union_all(*parts)


Statement = tuple[Select | TextClause, dict]  # a cached statement and the values for this query


def exact_statement(q: ParsedQuery) -> Statement:
    """People whose identifiers equal the query, as one UNION ALL (one round trip)."""
    params = {"raw": q.raw}
    params.update({k: v for k, v in (("email", q.email), ("phone", q.phone), ("ip", q.ip)) if v})
    return _exact(bool(q.email), bool(q.phone), bool(q.ip)), params


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


_CANDIDATE_COLUMNS = (Person.id, Person.first_name, Person.last_name, Person.email, Person.search_text)


def prefix_statement(q: ParsedQuery, limit: int = CANDIDATES) -> Statement | None:
    """People with a word starting with each query word, found by B-tree range scans on search_words that
    stop at the limit: a common name costs no more than a rare one. Rows may repeat (a person with two words
    of the prefix); the caller keeps the first of each."""
    if not q.words:
        return None
    ordered = sorted(q.words, key=len, reverse=True)
    # Short words ("11", "mar") open ranges of a hundred thousand index entries: only the two longest
    # words of four letters or more are intersected; the other words are checked on the few rows found.
    ranged = ordered[:2] if len(ordered) > 1 and len(ordered[1]) >= 4 else ordered[:1]
    bounds = {}
    for i, word in enumerate(ranged):
        bounds[f"lo{i}"], bounds[f"hi{i}"] = word, word[:-1] + chr(ord(word[-1]) + 1)
    likes = {f"w{i}": _like(w) for i, w in enumerate(q.words)}
    # with words left to check, take more of the range so that enough remain after the check
    fetch = limit * (4 if len(q.words) > len(ranged) else 1)
    return _prefix_candidates(len(ranged), len(q.words)), {"limit": limit, "fetch": fetch, **bounds, **likes}


@lru_cache(maxsize=32)
def _prefix_candidates(ranges: int, words: int) -> Select:
    def people_with(i: int):
        return select(SearchWord.person_id).where(SearchWord.word >= bindparam(f"lo{i}"),
                                                  SearchWord.word < bindparam(f"hi{i}"))
    if ranges == 1:
        # one word: the first people of its range, the index walk stopping at the limit
        ids = people_with(0).limit(bindparam("fetch")).subquery("ids")
    else:
        # several words: intersect their ranges inside the index first, so only people who have them all
        # are looked up (walking one common name's range would visit thousands of people)
        ids = intersect(*(people_with(i) for i in range(ranges))).subquery("ids")
    # a derived table joined by primary key: the planner cannot turn it into a scan of all people
    return (select(*_CANDIDATE_COLUMNS).join(ids, ids.c.person_id == Person.id)
            .where(_all_words(words)).limit(bindparam("limit")))


def candidate_statement(q: ParsedQuery, backend: str, limit: int = CANDIDATES) -> Statement | None:
    """At most `limit` people whose search text holds every word anywhere, also inside a word ("indqvi"
    finds Lindqvist), through the backend's trigram index. Needs a word of three letters or more."""
    if not q.long_words:
        return None
    likes = {f"w{i}": _like(w) for i, w in enumerate(q.words)}
    if backend == "sqlite":
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in q.long_words)
        shorts = {f"s{i}": _like(w) for i, w in enumerate(q.short_words)}
        return _sqlite_candidates(len(q.short_words)), {"match": match, "limit": limit, **shorts}
    if backend == "postgresql":
        return _like_candidates(len(q.words)), {"limit": limit, **likes}
    grams = _chosen_trigrams(q.long_words)
    return _trigram_candidates(len(grams), len(q.words)), {
        "limit": limit, **likes, **{f"g{i}": g for i, g in enumerate(grams)}}


@lru_cache(maxsize=16)
def _sqlite_candidates(short_words: int) -> TextClause:
    return text(
        "SELECT p.id, p.first_name, p.last_name, p.email, p.search_text "
        "FROM people_fts JOIN people p ON p.id = people_fts.rowid "
        "WHERE people_fts MATCH :match "
        + "".join(f"AND p.search_text LIKE :s{i} ESCAPE '\\' " for i in range(short_words))
        + "LIMIT :limit")


def _all_words(count: int):
    return and_(*(Person.search_text.like(bindparam(f"w{i}"), escape="\\") for i in range(count)))


@lru_cache(maxsize=16)
def _like_candidates(words: int) -> Select:
    return select(*_CANDIDATE_COLUMNS).where(_all_words(words)).limit(bindparam("limit"))


def _chosen_trigrams(long_words: tuple[str, ...]) -> list[str]:
    """MariaDB: the first, last and middle trigram of each long word, at most four in all."""
    grams: list[str] = []
    for word in long_words:
        middle = (len(word) - 3) // 2
        grams += [g for g in (word[0:3], word[-3:], word[middle:middle + 3]) if g not in grams]
    return grams[:4]


@lru_cache(maxsize=32)
def _trigram_candidates(grams: int, words: int) -> Select:
    from .searchindex import PEOPLE_TRIGRAMS as T  # noqa: N811

    first = T.alias("t0")
    ids = select(first.c.person_id).where(first.c.trigram == bindparam("g0"))
    for n in range(1, grams):
        other = T.alias(f"t{n}")
        ids = ids.join(other, and_(other.c.person_id == first.c.person_id, other.c.trigram == bindparam(f"g{n}")))
    return select(*_CANDIDATE_COLUMNS).where(Person.id.in_(ids), _all_words(words)).limit(bindparam("limit"))


def rank(q: ParsedQuery, candidates) -> list[int]:
    """Best first: a word that starts a word of the text beats one inside a word; the exact spelling
    ("Östberg" for "östberg") beats a folded one; names beat streets and cities."""
    scored = []
    for person_id, first, last, email, search in candidates:
        folded_words = (search or "").split(" ")
        # the search text starts with the folded first and last name (domain.textfold.person_search_text)
        name_words = len((first or "").split()) + len((last or "").split())
        name = " ".join(folded_words[:name_words])
        spelled = f"{first or ''} {last or ''} {email or ''}".casefold()
        score = 0
        for word, raw in zip(q.words, q.spelled, strict=True):
            if word in folded_words:
                score += 4
            elif any(w.startswith(word) for w in folded_words):
                score += 3
            if word in name:
                score += 2
            if raw in spelled:
                score += 1
        scored.append((-score, (last or "").casefold(), (first or "").casefold(), person_id))
    scored.sort()
    return [entry[3] for entry in scored]


@lru_cache(maxsize=1)
def _rows() -> Select:
    ids = bindparam("ids", expanding=True)
    primary = (select(Address.person_id, Address.postal_code, Address.city)
               .where(Address.person_id.in_(ids), Address.is_primary).subquery())
    # the strongest active restriction ("legal_hold" sorts before "restriction"), so that a restricted
    # person does not read "Aktiv" in the list
    restriction = (select(func.min(Restriction.kind)).where(Restriction.person_id == Person.id,
                                                            Restriction.lifted_at.is_(None))
                   .correlate(Person).scalar_subquery().label("restriction"))
    return (select(Person.id, Person.customer_no, Person.first_name, Person.last_name, Person.email,
                   Person.phone_e164, primary.c.postal_code, primary.c.city, Person.kind, Person.status,
                   restriction)
            .outerjoin(primary, primary.c.person_id == Person.id)
            .where(Person.id.in_(ids)))


def rows_statement(ids: list[int]) -> Statement:
    """The columns a result row shows, for the given people (any order: the caller keeps its own)."""
    return _rows(), {"ids": list(ids)}
