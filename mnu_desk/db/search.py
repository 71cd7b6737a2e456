"""The queries that find people (docs/design.md section 5). Exact identifiers first (customer no., order no.,
e-mail, phone, IP address) by plain indexes, and a hit there is the answer. Then the folded search text.

SQLite ranks inside the index: the rowid of its two FTS5 tables is the person's rank (mnu_desk.db.searchrank),
so each tier reads its first rows already in the desk's order and stops: the name as spelled, whole words,
word starts, then inside words (trigrams). PostgreSQL and MariaDB find a bounded candidate set (CANDIDATES)
through the word table's B-tree (word starts, cheaply; on PostgreSQL several words through its GIN index of
words and word starts, `searchlexemes`) and their index of tokens inside words (`searchtokens`), which
`rank` puts in the same tiers and the same order; nothing sorts every match of a common
substring. Each builder returns a statement and its values, so the benchmark can run the very same SQL on a
raw cursor."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy import Select, and_, bindparam, cast, func, intersect, literal, select, text, union_all
from sqlalchemy.dialects.postgresql import TSQUERY
from sqlalchemy.sql.elements import TextClause

from ..domain.contact import normalise_email, phone_e164
from ..domain.textfold import fold
from . import searchtokens
from .models import Address, Order, Person, Restriction, SearchWord, UsageEvent
from .searchlexemes import word_starts_query

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


_CANDIDATE_COLUMNS = (Person.id, Person.first_name, Person.last_name, Person.search_text, Person.search_rank)


def prefix_statement(q: ParsedQuery, backend: str, limit: int = CANDIDATES) -> Statement | None:
    """People with a word starting with each query word. One word: a B-tree range scan on search_words that
    stops at the limit, so a common name costs no more than a rare one. Several words: on PostgreSQL its GIN
    index of words and word starts (`searchlexemes`) intersects their posting lists; elsewhere the ranges of
    the two longest words are intersected in the word table. Rows may repeat (a person with two words of the
    prefix); the caller keeps the first of each."""
    if not q.words:
        return None
    if backend == "postgresql" and len(q.words) > 1:
        return _lexeme_candidates(), {"limit": limit, "lexemes": word_starts_query(q.words)}
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
        # (bounded: the planner then looks the few people up by key instead of hashing all of them)
        ids = intersect(*(people_with(i) for i in range(ranges))).limit(bindparam("fetch")).subquery("ids")
    # the people found, by primary key, fenced (OFFSET 0) so that the word checks below run on those few rows
    # and no planner thinks of answering them some other way over all people
    walked = select(*_CANDIDATE_COLUMNS).join(ids, ids.c.person_id == Person.id).offset(0).subquery("walked")
    return select(*walked.c).where(_all_words(words, walked.c.search_text)).limit(bindparam("limit"))


@lru_cache(maxsize=1)
def _lexeme_candidates() -> Select:
    lexemes = func.search_lexemes(Person.search_text)
    return (select(*_CANDIDATE_COLUMNS).where(lexemes.bool_op("@@")(cast(bindparam("lexemes"), TSQUERY)))
            .limit(bindparam("limit")))


def wants_inside_words(q: ParsedQuery, found_by_word_starts: int) -> bool:
    """Whether the inside-word look-up follows the word starts on a server: when they found under a page, and
    for several words only when they found nobody ("hedström-nordlander jul" found whole: pieces inside words
    would only be noise), as SQLite's tiers do."""
    return found_by_word_starts < PREFIX_ENOUGH and not (found_by_word_starts and len(q.words) > 1)


def candidate_statement(q: ParsedQuery, backend: str, limit: int = CANDIDATES) -> Statement | None:
    """At most `limit` people whose search text holds every word anywhere, also inside a word ("indqvi"
    finds Lindqvist), through the servers' token index (`searchtokens`), driven by the query's longest run of
    three letters or digits."""
    if not q.long_words:
        return None
    likes = {f"w{i}": _like(w) for i, w in enumerate(q.words)}
    driving = searchtokens.driving_run(q.long_words)
    if driving is None:
        return None
    word, run, pattern = driving
    one_run = searchtokens.is_one_run(word)
    # a single word found whole by its run passes every check; otherwise take more, so that enough remain
    fetch = limit if len(q.words) == 1 else limit * 4
    return _token_candidates(one_run, len(q.words)), {
        "limit": limit, "fetch": fetch, "run": pattern, "gram": searchtokens.middle_trigram(run),
        "piece": _like(word[:searchtokens.TOKEN_LENGTH]), **likes}


def _all_words(count: int, column=Person.search_text):
    return and_(*(column.like(bindparam(f"w{i}"), escape="\\") for i in range(count)))


@lru_cache(maxsize=8)
def _token_candidates(one_run: bool, words: int) -> Select:
    """The people holding a word with a token of the vocabulary that contains the run. A word of one
    run is a token itself, found through the word table, or a run of a longer word (`search_tokens`); a word of
    several runs ("george_j") lies only in a longer word, which the index checks before any person is read.
    Each side of the union is bounded on its own: MariaDB runs both sides whole before a LIMIT on the union.
    The people found are looked up by key and checked for every word."""
    tokens = searchtokens.matching_tokens()
    fetch = bindparam("fetch")
    inside = select(searchtokens.SEARCH_TOKENS.c.person_id.label("person_id")).where(
        searchtokens.SEARCH_TOKENS.c.token.in_(tokens))
    if one_run:
        as_word = select(SearchWord.person_id.label("person_id")).where(SearchWord.word.in_(tokens)).limit(fetch)
        ids = union_all(as_word, inside.limit(fetch)).limit(fetch).subquery("ids")
    else:
        piece = searchtokens.SEARCH_TOKENS.c.word.like(bindparam("piece"), escape="\\")
        ids = inside.where(piece).limit(fetch).subquery("ids")
    found = select(*_CANDIDATE_COLUMNS).join(ids, ids.c.person_id == Person.id)
    return found.where(_all_words(words)).limit(bindparam("limit"))


def rank(q: ParsedQuery, candidates) -> list[int]:
    """The candidates in the tiers SQLite's index gives (`tier`), each tier in the desk's order (the rank)."""
    patterns = _tier_patterns(q.words, q.spelled)
    ordered = sorted((tier(patterns, first, last, search), rank if rank is not None else _LAST, person_id)
                     for person_id, first, last, search, rank in candidates)
    if len(q.words) > 1 and ordered and ordered[0][0] < 3:  # as find_in_tiers: no pieces inside words
        ordered = [entry for entry in ordered if entry[0] < 3]
    return [entry[2] for entry in ordered]


_LAST = 1 << 62
_TOKEN = re.compile(r"[^\W_]+")  # a word as FTS5's unicode61 tokenizer cuts it: letters and digits


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.casefold())


def _phrase_pattern(word: str, prefix: bool) -> str:
    """A regular expression for the word's tokens in a row, each a whole token (the last perhaps a start)."""
    tokens = _tokens(word) or ["\x00"]  # no letters or digits: matches nothing, as in FTS5
    body = "[\\W_]+".join(re.escape(t) for t in tokens)
    return r"(?<![^\W_])" + body + ("" if prefix else r"(?![^\W_])")


@lru_cache(maxsize=64)
def _tier_patterns(words: tuple[str, ...], spelled: tuple[str, ...]) -> tuple[tuple, ...]:
    return (tuple(re.compile(_phrase_pattern(w, False)) for w in spelled),
            tuple(re.compile(_phrase_pattern(w, False)) for w in words),
            tuple(re.compile(_phrase_pattern(w, True)) for w in words))


def tier(patterns, first: str | None, last: str | None, search: str | None) -> int:
    """0: every word is a whole word of the name as spelled ("Östberg" for "östberg"); 1: every word is a whole
    word of the search text; 2: every word starts one; 3: inside a word. The same tiers as the SQLite tables."""
    names_spelled, whole, start = patterns
    name = f"{first or ''} {last or ''}".casefold()
    if all(p.search(name) for p in names_spelled):
        return 0
    search = search or ""
    if all(p.search(search) for p in whole):
        return 1
    return 2 if all(p.search(search) for p in start) else 3


def _phrase(word: str, prefix: bool = False) -> str:
    return '"' + word.replace('"', '""') + '"' + (" *" if prefix else "")


TIER_NAMES = ("names", "words", "starts", "inside")


# the longest word start SQLite's word table indexes (prefix='2 3 4 5 6 7 8'): a start up to eight letters reads
# its first rows in rank order straight from the prefix index, however common ("nilsson*": every Nilsson)
PREFIX_INDEX = 8


def _word_start(word: str) -> tuple[str, str | None] | None:
    """The FTS5 term for "a word starts with `word`", and a LIKE the rows found must pass; None where the
    inside-word tier is the better look-up (a last piece of one letter, "peter.h": FTS5 would merge the lists
    of every word starting with h). A start longer than the prefix index would make FTS5 merge the whole lists
    of every word so starting ("johansson*": all Johanssons) before the first row: its first eight letters go
    through the prefix index instead, read in rank order, and the rows are checked for the rest."""
    tokens = _tokens(word)
    if tokens and len(tokens[-1]) == 1:
        return None
    if not tokens or len(tokens[-1]) <= PREFIX_INDEX:
        return "words : " + _phrase(word, prefix=True), None
    return "words : " + _phrase(" ".join(tokens[:-1] + [tokens[-1][:PREFIX_INDEX]]), prefix=True), _like(word)


WALK = 400  # rows of a word start's first eight letters read before its full list is thought cheaper


def sqlite_tiers(q: ParsedQuery) -> list[tuple[str, Statement, Statement | None]]:
    """The FTS5 look-ups in tier order, each reading its first `limit` rows in rank order (the caller sets
    `limit`), with for word starts checked on the rows found the look-up to use when the check passes too few
    (`find_in_tiers`). The name as spelled only when a word has a letter; inside words only for words of three
    letters or more (a trigram's length), the shorter ones checked on the rows found."""
    tiers = []
    if any(any(ch.isalpha() for ch in w) for w in q.spelled):
        tiers.append(("names", (_sqlite_ranked("people_names", 0),
                                {"match": " AND ".join(_phrase(w) for w in q.spelled)}), None))
    tiers.append(("words", (_sqlite_ranked("people_words", 0),
                            {"match": " AND ".join("words : " + _phrase(w) for w in q.words)}), None))
    starts = [_word_start(w) for w in q.words]
    likes = [start[1] for start in starts if start is not None and start[1] is not None]
    whole_starts = " AND ".join("words : " + _phrase(w, prefix=True) for w in q.words)
    if None in starts:
        pass  # a last piece of one letter: the inside-word tier finds it for less
    elif likes:
        match = " AND ".join(term for term, _ in starts)
        tiers.append(("starts", (_sqlite_walk(len(likes)), {
            "match": match, "walk": WALK, **{f"s{i}": v for i, v in enumerate(likes)}}),
            (_sqlite_ranked("people_words", 0), {"match": whole_starts, "walk_match": match, "walk": WALK})))
    else:
        tiers.append(("starts", (_sqlite_ranked("people_words", 0), {"match": whole_starts}), None))
    if q.long_words:
        shorts = {f"s{i}": _like(w) for i, w in enumerate(q.short_words)}
        tiers.append(("inside", (_sqlite_ranked("people_trigrams", len(q.short_words)),
                                 {"match": " AND ".join(_phrase(w) for w in q.long_words), **shorts}), None))
    return tiers


def find_in_tiers(execute, q: ParsedQuery, limit: int) -> tuple[list[int], bool]:
    """SQLite: the tiers in turn, each read in rank order, until one more than the page is found; `execute`
    runs a statement with its values and returns the rows (the service's connection, or the benchmark's raw
    cursor). Each tier finds everyone the one before found (a whole word starts a word, which lies inside
    the text), so reading as many rows as found so far plus the page brings the page's worth of new people,
    if there are any. A word start checked on the first WALK rows of its first eight letters that passes too
    few is looked up whole instead, unless those rows were all there are."""
    found: dict[int, None] = {}
    for name, (statement, values), whole in sqlite_tiers(q):
        if name == "inside" and found and len(q.words) > 1:
            break  # several words found whole or as word starts: pieces inside words would only be noise
        wanted = limit + 1 + len(found)
        rows = execute(statement, {**values, "limit": wanted})
        if whole is not None and len(rows) < wanted and execute(_sqlite_walked(), whole[1])[0][0] >= WALK:
            rows = execute(whole[0], {**whole[1], "limit": wanted})
        for (person_id,) in rows:
            found.setdefault(person_id)
        if len(found) > limit:
            break
    ids = list(found)
    return ids[:limit], len(ids) > limit


@lru_cache(maxsize=32)
def _sqlite_ranked(table: str, checks: int) -> TextClause:
    if not checks:
        # the index walk stops after `limit` rows in rank order; only those few are looked up by rank
        return text(f"SELECT p.id FROM (SELECT rowid AS r FROM {table} WHERE {table} MATCH :match "
                    "ORDER BY rowid LIMIT :limit) f JOIN people p ON p.search_rank = f.r ORDER BY f.r")
    # the walk in rank order looks up each row's person for the checks, until `limit` pass
    return text(f"SELECT p.id FROM {table} t JOIN people p ON p.search_rank = t.rowid WHERE {table} MATCH :match "
                + _checks(checks) + "ORDER BY t.rowid LIMIT :limit")


def _checks(count: int) -> str:
    return "".join(f"AND p.search_text LIKE :s{i} ESCAPE '\\' " for i in range(count))


@lru_cache(maxsize=16)
def _sqlite_walk(checks: int) -> TextClause:
    return text("SELECT p.id FROM (SELECT rowid AS r FROM people_words WHERE people_words MATCH :match "
                "ORDER BY rowid LIMIT :walk) f JOIN people p ON p.search_rank = f.r WHERE 1 = 1 "
                + _checks(checks) + "ORDER BY f.r LIMIT :limit")


@lru_cache(maxsize=1)
def _sqlite_walked() -> TextClause:
    return text("SELECT count(*) FROM (SELECT rowid FROM people_words WHERE people_words MATCH :walk_match "
                "LIMIT :walk)")


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
