"""What a run of capitalised words is by its text alone (an ``_Action``: nothing, one
known name, one unknown word or the plan of several words), memoised per lexicon: most
runs of news text recur, and :func:`find_candidates` looks each one up."""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from explorer.model import ActorKind
from explorer.parse.actors.data import load_toml
from explorer.parse.actors.lexicon import Lexicon
from explorer.parse.actors.runs import RANKS, Known, Step, classify_single, run_plan


class _KnownAt(NamedTuple):
    """A run that is one lexicon name, its entry's fields at hand (news text is dense
    with known names: each saves a call and the attribute loads). Offsets are relative to
    the run, as a :class:`Known` step's."""

    start: int
    end: int
    name_start: int
    kind: ActorKind
    id: str
    role: str | None
    affiliation: str | None


# What a run found by run_from_capital is, by its text alone: nothing (None: a stopword,
# a title alone), one known name, one unknown word (its length without a possessive), or
# the plan of a run of several words.
_Action = _KnownAt | int | tuple[Step, ...] | None


class _RankEnd(NamedTuple):
    """A run ending in a rank that is also a name ("Amartya Sen", "Nakatani Gen"): what it
    is with a dot after it ("Republican Sen. X": the rank opens the next run's name) and
    without."""

    dotted: _Action
    plain: _Action


# (after a space or a no-break space)
_NAME_RANK_ENDS = tuple(f"{space}{rank}" for rank in RANKS for space in " \u00a0")


@lru_cache(maxsize=8)
def _actions(lex: Lexicon) -> dict[str, _Action | _RankEnd]:
    """The memo of :func:`_action` for ``lex``, by run text. A plain dict, not an
    lru_cache: every run of every article is looked up, and a dict lookup costs less."""
    return {}


# The most runs the memo holds before it starts again (see find_candidates).
_ACTIONS_MAX = 50_000


def _memo_action(word: str, lex: Lexicon, stop: frozenset[str]) -> _Action | _RankEnd:
    """:func:`_action` through the memo of ``lex`` that :func:`find_candidates` fills: the
    employer rules look ahead at runs the scan plans too ("an analyst at Halden Bank")."""
    actions = _actions(lex)
    try:
        return actions[word]
    except KeyError:
        if len(actions) > _ACTIONS_MAX:
            actions.clear()
        got = actions[word] = _action(word, lex, stop)
        return got


def _action(word: str, lex: Lexicon, stop: frozenset[str]) -> _Action | _RankEnd:
    """What the run ``word`` is (see ``_Action``): the stopword test, then
    :func:`run_plan` for several words or :func:`classify_single` for one."""
    if " " in word or "\u00a0" in word:
        if word.endswith(_NAME_RANK_ENDS):
            # (the dot in the run: the rank is then one, as "Gov." is)
            return _RankEnd(_run_action(f"{word}.", lex, stop), _run_action(word, lex, stop))
        return _run_action(word, lex, stop)
    if word in stop or _thing_abbreviation(word):
        return None
    found = classify_single.__wrapped__(word, lex)  # (past its cache, as run_plan's below)
    if found is None:
        return None
    entry, length = found
    if entry is None:
        return length
    return _KnownAt(0, length, 0, entry.kind, entry.id, entry.role, entry.affiliation)


def _run_action(word: str, lex: Lexicon, stop: frozenset[str]) -> _Action:
    """:func:`_action` of a run of several words whatever follows it."""
    if word in stop or _thing_abbreviation(word):
        return None
    # (past run_plan's cache: the memo of _actions holds the runs planned here, and that
    # cache, which each of them would miss, serves the runs a plan plans again)
    plan = run_plan.__wrapped__(word, lex)
    if len(plan) == 1 and type(plan[0]) is Known and not _party_letter(word):
        k = plan[0]
        e = k.entry
        return _KnownAt(k.start, k.end, k.name_start, e.kind, e.id, e.role, e.affiliation)
    return plan


def _thing_abbreviation(word: str) -> bool:
    """Whether a run is a thing's abbreviation, no actor: "regular MRI scans", "The AI
    boom", "unlock AI's potential"."""
    return (
        word in _THING_ABBREVIATIONS
        or (word.startswith("The ") and word[4:] in _THING_ABBREVIATIONS)
        or (word.endswith(("'s", "’s")) and word[:-2] in _THING_ABBREVIATIONS)
    )


def _party_letter(word: str) -> bool:
    """Whether ``word`` opens as a US lawmaker's party letter does ("D-New Mexico")."""
    return word[1:2] == "-" and word[:1] in "RDI" and word[2:3].isupper()


_THING_ABBREVIATIONS = frozenset(load_toml("vocabulary.toml")["thing_abbreviations"])
