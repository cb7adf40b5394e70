"""What one word of a run can be, whatever its neighbours (a :class:`_Token`, memoised per
lexicon), the word offsets of a run, and a run of one word (:func:`classify_single`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import Entry, Lexicon
from explorer.parse.actors.runs.sets import (
    _POSSESSIVE_ENDS,
    POSSESSIVES,
    Sets,
    run_sets,
    strip_possessive,
    without_possessive,
)


def _plural_head(word: str, heads: frozenset[str]) -> bool:
    """A plural of an organisation word ("Societies", "Centres", "Centers"); not of one
    ending otherwise ("Banks": a surname)."""
    if word.endswith("ies"):
        return word[:-3] + "y" in heads
    return word.endswith(("es", "ers")) and word[:-1] in heads


# A compass word after an organisation's word names its branch: "the Sudan People's
# Liberation Movement-North" (the SPLM-N) is one organisation, no person.
_BRANCHES = ("-North", "-South", "-East", "-West")


def _branch_head(word: str, heads: frozenset[str]) -> bool:
    """An organisation word with its branch ("Movement-North")."""
    return word.endswith(_BRANCHES) and word.rpartition("-")[0] in heads


def _stop_compound(word: str, stopwords: frozenset[str]) -> bool:
    """A hyphenated word of stopwords only ("January-March", "Monday-Friday")."""
    return "-" in word and all(part in stopwords for part in word.split("-"))


@lru_cache(maxsize=1 << 15)
def classify_single(word: str, lex: Lexicon) -> tuple[Entry | None, int] | None:
    """A one-word run: None to skip it (a title alone, a stopword, a generic group word:
    "Witnesses said" is found by the group scan), else its known entry (None for an
    unknown name) and its length without a possessive."""
    if word.isalpha():
        # Most words: no dot, apostrophe or hyphen, so no possessive to strip, no stopwords
        # joined, and the lexicon's first key is the word in lower case (as in _token).
        lower = word.lower()
        entry = lex.lookup(word) if lower in lex.first_words else None
        if entry is not None:
            return entry, len(word)
        v = vocabulary()
        if lower in v.titles or word in v.stopwords or lower in run_sets().group_words:
            return None
        return None, len(word)
    entry = lex.lookup(word) if lex.first_key(word) in lex.first_words else None
    # Most words end in no possessive: nothing to strip, no call.
    owner = word[-1:] in _POSSESSIVE_ENDS
    length = strip_possessive(word, 0, len(word)) if owner else len(word)
    if entry is not None:
        return entry, length
    v = vocabulary()
    lower = word.lower()
    if (
        lower.rstrip(".") in v.titles
        or (without_possessive(word) if owner else word) in v.stopwords
        or _stop_compound(word, v.stopwords)
    ):
        return None
    # (the word without its possessive in lower case: ``lower`` when there is none)
    if (lower if length == len(word) else word[:length].lower()) in run_sets().group_words:
        return None
    return None, length


@dataclass(slots=True, eq=False)
class _Token:  # not frozen: made for every new word (a token is never changed)
    """What a word of a run can be, whatever its neighbours."""

    connector: bool
    lex_counts: tuple[int, ...]  # word counts of the lexicon names it can open, longest first
    title_counts: tuple[int, ...]  # word counts of the titles it can open, longest first
    stopword: bool  # (without a possessive)
    org_head: bool  # an organisation's last word ("Group", "News", "City"), no possessive
    owner: bool  # ends in a possessive ("Elian's"): ends a name
    plain: bool  # none of the above but owner: only ever part of an unknown name


# Most words are plain: they share these two tokens (and the run fast path counts them).
_PLAIN = _Token(False, (), (), False, False, False, True)
_PLAIN_OWNER = _Token(False, (), (), False, False, True, True)


# Titles that are common adjectives, titles only in lower case: "England quick X" (a fast
# bowler); "the Quick Stop" is a name.
_LOWER_CASE_TITLES = frozenset({"quick"})


def _title_counts(key: str, sets: Sets, capitalised: bool = False) -> tuple[int, ...]:
    """Word counts of the titles a word (lower case, no dot) can open; a plural opens the
    singular's ("Presidents Putin and Xi", "Sens. Whitfield and Ortega"); "then-" opens
    the title after it ("then-Secretary of State"). None for a ``capitalised`` word that
    is a title in lower case only."""
    key = key.removeprefix("then-")
    if capitalised and key in _LOWER_CASE_TITLES:
        return ()
    title_first = sets.title_first
    if key in title_first:
        return sets.title_lengths.get(key, ())
    if key[-1:] == "s" and key[:-1] in title_first:
        return sets.title_lengths.get(key[:-1], ())
    return ()


_TOKENS_MAX = 1 << 15


@lru_cache(maxsize=8)
def _tokens(lex: Lexicon) -> dict[str, _Token]:
    """The tokens of the words met with ``lex``, by word. A plain dict, not an lru_cache on
    _token: every word of every new run is looked up, and a dict lookup costs less."""
    return {}


def _new_token(word: str, lex: Lexicon, known: dict[str, _Token]) -> _Token:
    """The token of a word not in ``known`` (``_tokens(lex)``), kept there."""
    if len(known) > _TOKENS_MAX:
        known.clear()
    token = known[word] = _token(word, lex)
    return token


@cache
def _alpha_marks() -> tuple[frozenset[str], frozenset[str]]:
    """For :func:`_token`'s test of an alphabetic word: the keys that open titles (the
    titles' first words and their plurals, as _title_counts reads them), and the words
    that are connectors, stopwords, organisations' or clubs' heads or organisation heads'
    plurals (as _plural_head reads them: "Societies", "Centres"). A word in neither, and
    opening no lexicon name, is plain."""
    sets = run_sets()
    heads = vocabulary().organisation_heads
    plurals = {f"{h[:-1]}ies" for h in heads if h.endswith("y")} | {
        f"{h}s" for h in heads if f"{h}s".endswith(("es", "ers")) and not f"{h}s".endswith("ies")
    }
    return (
        sets.title_first | {f"{t}s" for t in sets.title_first},
        sets.connectors | vocabulary().stopwords | heads | sets.club_heads | plurals,
    )


def _token(word: str, lex: Lexicon) -> _Token:
    if word.isalpha():
        # Most words: no dot, apostrophe or hyphen, so no possessive, and both the key of
        # the lexicon's first words (Lexicon.first_key) and the key of the titles' are the
        # word in lower case: no call; and most of them are plain, which three tests tell.
        first = key = word.lower()
        lex_counts = lex.lengths.get(first, ()) if first in lex.first_words else ()
        title_keys, marked = _alpha_marks()
        if not lex_counts and key not in title_keys and word not in marked:
            return _PLAIN
        owner = hyphen = False
        bare = word
    else:
        first = lex.first_key(word)
        lex_counts = lex.lengths.get(first, ()) if first in lex.first_words else ()
        key = word.lower().rstrip(".")
        # (a plural's "s" is no possessive: the calls are skipped then)
        if word[-1] in _POSSESSIVE_ENDS and word.endswith(POSSESSIVES):
            owner = strip_possessive(word, 0, len(word)) < len(word)
            bare = without_possessive(word)
        else:
            owner = False
            bare = word
        hyphen = "-" in bare
    sets = run_sets()
    v = vocabulary()
    title_counts = _title_counts(key, sets, word[:1].isupper())
    connector = word in sets.connectors
    stopword = bare in v.stopwords or (hyphen and _stop_compound(bare, v.stopwords))
    org_head = (
        bare in v.organisation_heads
        or bare in sets.club_heads
        # (a plural ends in "s"; a branch holds a hyphen)
        or (bare[-1:] == "s" and _plural_head(bare, v.organisation_heads))
        or (hyphen and _branch_head(bare, v.organisation_heads))
    )
    if not (connector or lex_counts or title_counts or stopword or org_head):
        return _PLAIN_OWNER if owner else _PLAIN
    return _Token(connector, lex_counts, title_counts, stopword, org_head, owner, False)


def _offsets(run: str, words: list[str]) -> list[tuple[int, int]]:
    """The offsets in ``run`` of its words (``run.split()``)."""
    out = []
    pos = 0
    for w in words:
        end = pos + len(w)
        out.append((pos, end))
        pos = end + 1
    if pos == len(run) + 1:
        # (the usual case: one white-space character between words, none around them,
        # as the lengths add up to the run's only then; no search)
        return out
    out = []
    pos = 0
    for w in words:
        pos = run.find(w, pos)  # only white space lies between pos and the word
        out.append((pos, pos + len(w)))
        pos += len(w)
    return out
