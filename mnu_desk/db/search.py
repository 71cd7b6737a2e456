"""The queries that find people (DESIGN.md section 5). Exact identifiers first (customer no., order no.,
e-mail, phone, IP address) by plain indexes; then the folded search text through each backend's trigram
index (SQLite FTS5 trigram, PostgreSQL pg_trgm GIN, MariaDB's trigram table), or for two-letter words the
B-tree on search_words. Candidates are bounded (CANDIDATES) and ranked in Python, never by sorting every
match of a common substring. Each builder returns a statement, so the benchmark can run the very same SQL on
a raw cursor as the floor."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field

from sqlalchemy import Select, and_, literal, select, text, union_all
from sqlalchemy.sql.elements import TextClause

from ..domain.contact import normalise_email, phone_e164
from ..domain.textfold import fold
from .models import Address, Order, Person, SearchWord, UsageEvent

CANDIDATES = 300
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


def exact_statement(q: ParsedQuery) -> Select:
    """People whose identifiers equal the query, as one UNION ALL (one round trip)."""
    parts = [select(Person.id.label("id"), literal(0).label("k")).where(Person.customer_no == q.raw),
             select(Order.person_id.label("id"), literal(1).label("k")).where(Order.order_no == q.raw)]
    if q.email:
        parts.append(select(Person.id.label("id"), literal(2).label("k")).where(Person.email_norm == q.email))
    if q.phone:
        parts.append(select(Person.id.label("id"), literal(3).label("k")).where(Person.phone_e164 == q.phone))
    if q.ip:
        hits = select(UsageEvent.person_id.label("id")).where(UsageEvent.ip_address == q.ip).limit(_IP_HITS)
        parts.append(select(hits.subquery().c.id, literal(4).label("k")))
    return union_all(*parts)


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


_CANDIDATE_COLUMNS = (Person.id, Person.first_name, Person.last_name, Person.email, Person.search_text)


def candidate_statement(q: ParsedQuery, backend: str, limit: int = CANDIDATES) -> Select | TextClause | None:
    """At most `limit` people whose search text holds every word (two-letter words as word prefixes when
    they are all the query has)."""
    if not q.words:
        return None
    if not q.long_words:
        return _short_candidates(q, limit)
    likes = [Person.search_text.like(_like(w), escape="\\") for w in q.words]
    if backend == "sqlite":
        match = " AND ".join('"' + w.replace('"', '""') + '"' for w in q.long_words)
        return text(
            "SELECT p.id, p.first_name, p.last_name, p.email, p.search_text "
            "FROM people_fts JOIN people p ON p.id = people_fts.rowid "
            "WHERE people_fts MATCH :match " + "".join(
                f"AND p.search_text LIKE :s{i} ESCAPE '\\' " for i in range(len(q.short_words)))
            + "LIMIT :limit"
        ).bindparams(match=match, limit=limit,
                     **{f"s{i}": _like(w) for i, w in enumerate(q.short_words)})
    if backend == "postgresql":
        return select(*_CANDIDATE_COLUMNS).where(and_(*likes)).limit(limit)
    # MariaDB: people holding the chosen trigrams of every long word, then checked against the words
    ids = _trigram_ids(q)
    return select(*_CANDIDATE_COLUMNS).where(Person.id.in_(ids), and_(*likes)).limit(limit)


def _trigram_ids(q: ParsedQuery):
    from .searchindex import PEOPLE_TRIGRAMS as T  # noqa: N811

    grams: list[str] = []
    for word in q.long_words:
        picks = [word[0:3], word[-3:], word[(len(word) - 3) // 2:(len(word) - 3) // 2 + 3]]
        grams += [g for g in picks if g not in grams]
    grams = grams[:4]
    first = T.alias("t0")
    stmt = select(first.c.person_id).where(first.c.trigram == grams[0])
    for n, gram in enumerate(grams[1:], start=1):
        other = T.alias(f"t{n}")
        stmt = stmt.join(other, and_(other.c.person_id == first.c.person_id, other.c.trigram == gram))
    return stmt


def _short_candidates(q: ParsedQuery, limit: int) -> Select:
    word = q.short_words[0]
    upper = word[:-1] + chr(ord(word[-1]) + 1)
    # a derived table, not IN (subquery): MariaDB allows no LIMIT inside IN; DISTINCT since one person
    # may have two words with the prefix
    by_prefix = (select(SearchWord.person_id).where(SearchWord.word >= word, SearchWord.word < upper)
                 .distinct().limit(limit * 4).subquery())
    others = [Person.search_text.like(_like(w), escape="\\") for w in q.short_words[1:]]
    return (select(*_CANDIDATE_COLUMNS).join(by_prefix, by_prefix.c.person_id == Person.id)
            .where(*others).limit(limit))


def rank(q: ParsedQuery, candidates) -> list[int]:
    """Best first: a word that starts a word of the text beats one inside a word; the exact spelling
    ("Östberg" for "östberg") beats a folded one; names beat streets and cities."""
    scored = []
    for person_id, first, last, email, search in candidates:
        folded_words = (search or "").split(" ")
        name = fold(f"{first or ''} {last or ''}")
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


def rows_statement(ids: list[int]) -> Select:
    """The columns a result row shows, for the given people (any order: the caller keeps its own)."""
    primary = (select(Address.person_id, Address.postal_code, Address.city)
               .where(Address.person_id.in_(ids), Address.is_primary).subquery())
    return (select(Person.id, Person.customer_no, Person.first_name, Person.last_name, Person.email,
                   Person.phone_e164, primary.c.postal_code, primary.c.city, Person.kind, Person.status)
            .outerjoin(primary, primary.c.person_id == Person.id)
            .where(Person.id.in_(ids)))
