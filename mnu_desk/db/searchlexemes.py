"""PostgreSQL's word-start index (docs/design.md section 5): a GIN index over `search_lexemes(search_text)`,
each word of the folded search text and each word's first two to four letters behind a space, and the text
search query that asks it for people with a word starting with each query word. The index and the query are
written here side by side because one must read what the other wrote."""

from __future__ import annotations

# starts of up to this many letters are keys of their own: "an" is one posting list, not the union of the
# lists of every word starting "an"
START_KEYS = 4
# a lexeme holds at most 2 047 bytes: a hostile word of thousands of letters must not make a person
# impossible to save, so words are indexed by their first 500 characters (up to 2 000 bytes)
_WORD_CHARS = 500

CREATE_FUNCTION = f"""
CREATE OR REPLACE FUNCTION search_lexemes(search_text text) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT array_to_tsvector(ARRAY(
    SELECT left(word, {_WORD_CHARS}) FROM unnest(string_to_array(search_text, ' ')) AS word WHERE word <> ''
    UNION ALL
    SELECT ' ' || left(word, letters) FROM unnest(string_to_array(search_text, ' ')) AS word,
           generate_series(2, {START_KEYS}) AS letters
    WHERE length(word) >= letters))
$$"""
# (array_to_tsvector drops repeated lexemes itself: a DISTINCT before it cost a third more a person)
DROP_FUNCTION = "DROP FUNCTION IF EXISTS search_lexemes(text)"
CREATE_INDEX = "CREATE INDEX ix_people_search_lexemes ON people USING gin (search_lexemes(search_text))"
DROP_INDEX = "DROP INDEX IF EXISTS ix_people_search_lexemes"


def _lexeme(text: str) -> str:
    """A tsquery lexeme taken as written: quoted, its quotes doubled and its backslashes escaped."""
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def word_starts_query(words: tuple[str, ...]) -> str:
    """The tsquery for "a word starts with each of `words`": a start of up to START_KEYS letters is its own
    key; a longer one is its first START_KEYS letters' key and a prefix match on the words (the key narrows
    the prefix match's union to people who have it)."""
    terms = []
    for word in words:
        if len(word) <= START_KEYS:
            terms.append(_lexeme(" " + word))
        else:
            terms.append(f"{_lexeme(' ' + word[:START_KEYS])} & {_lexeme(word)}:*")
    return " & ".join(terms)
