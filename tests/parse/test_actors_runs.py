"""run_plan and classify_single give what the reference (runs_reference.py: an Item per
word or name, then the organisation merge, then the plan) gives, on random runs built from
the words that matter to them: lexicon names, titles (singular, plural, with a dot), title
words ("Deputy", "Labour"), connectors, stopwords, organisation, place and group words,
possessives and dots."""

from __future__ import annotations

from functools import cache

import runs_reference as reference
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import Lexicon, build_lexicon
from explorer.parse.actors.runs import classify_single, run_plan, run_sets

PLAIN = ["John", "Smith", "Kikwete", "Jakaya", "Halvorsen", "Elian", "Toure", "X", "Al"]
TRICKY = ["U.S.", "U.N.", "US", "UN", "Us", "IS", "The", "the", "A", "Mr.", "Mr", "Gov.", "."]
# (possessives alone and stacked too: the word and its possessive are cut apart in places)
SUFFIXES = ["", "", "", "", "", "", "'s", "’s", "'", "’", ".", "s", "'’", "'’s", "’'"]
POSSESSIVES = ["'s", "’s", "'", "’", "s’"]
# Organisation names with a connector ("Committee on Finance"), and the words around them.
ORGANISATIONS = ["Group on", "Committee on", "Bank of", "Court of", "Fund for", "the"]
# Adjectives made with a name, which open no name ("Luxembourg-based Court of ...").
COMPOUNDS = ["Luxembourg-based", "Iran-backed", "US-led", "Kremlin-aligned"]


@cache
def _pools() -> list[list[str]]:
    v = vocabulary()
    lex = build_lexicon()
    names = sorted(lex.entries)[::7]  # (every seventh: enough variety, a smaller pool)
    return [
        PLAIN,
        TRICKY,
        POSSESSIVES,
        ORGANISATIONS,
        COMPOUNDS,
        sorted(v.titles),
        sorted(run_sets().title_words),  # "Deputy", "Labour": words opening a title
        sorted(v.connectors),
        sorted(v.name_particles),
        sorted(v.stopwords)[::3],
        sorted(v.organisation_heads),
        sorted(v.org_openers),
        sorted(v.place_heads | v.place_firsts),
        sorted(v.not_actor_heads | v.not_actor_firsts),
        sorted({*v.group_heads, *v.bound_group_heads}),
        names,
    ]


def _cased(phrase: str, how: int) -> str:
    if how == 0:
        return phrase.title()
    if how == 1:
        return phrase.upper()
    if how == 2:
        return phrase[:1].upper() + phrase[1:]
    return phrase


@st.composite
def words(draw: st.DrawFn) -> str:
    """A word or phrase of a run, in some casing, with a possessive, dot or plural maybe."""
    pools = _pools()
    pool = pools[draw(st.integers(0, len(pools) - 1))]
    phrase = draw(st.sampled_from(pool))
    return _cased(phrase, draw(st.integers(0, 4))) + draw(st.sampled_from(SUFFIXES))


@st.composite
def runs(draw: st.DrawFn) -> str:
    """Words and phrases, their words apart by a space mostly (a run may hold a no-break
    space or two spaces, inside a name or title too)."""
    parts = draw(st.lists(words(), min_size=2, max_size=9))
    tokens = [w for part in parts for w in part.split()]
    out = tokens[0]
    for token in tokens[1:]:
        out += draw(st.sampled_from([" ", " ", " ", " ", " ", "\u00a0", "  "])) + token
    return out


def _lex() -> Lexicon:
    return build_lexicon()


@settings(max_examples=3000, deadline=None)
@given(runs())
def test_run_plan_is_the_reference(run: str) -> None:
    lex = _lex()
    expected = reference.run_plan(run, lex)
    assert run_plan.__wrapped__(run, lex) == expected  # (uncached: the first pass)
    assert run_plan(run, lex) == expected


@settings(max_examples=1500, deadline=None)
@given(words())
def test_classify_single_is_the_reference(word: str) -> None:
    word = "".join(word.split()) or "X"  # (a one-word run has no white space)
    lex = _lex()
    expected = reference.classify_single(word, lex)
    assert classify_single.__wrapped__(word, lex) == expected
    assert classify_single(word, lex) == expected


def test_known_runs_are_the_reference() -> None:
    lex = _lex()
    for run in [
        "But Tanzanian Foreign Minister Jakaya Kikwete",
        "Attorney General Victoria Ames",
        "Lake Victoria",
        "Mount Kenya",
        "Lake Turkana",
        "Mount Sinai Hospital",
        "North Darfur",
        "North Atlantic Fisheries Organization",
        "North Atlantic Treaty Organization' John",
        "U.S. Embassy",
        "Kenya and Tanzania",
        "Elian's Miami relatives",
        "Halvorsen Energy Group",
        "Russian Ambassador to the UN Vitaly Churkin",
        "European Court of Justice",
        "Presidents Putin and Xi",
        "Sky News",
        "the Justice Department",
        "Fort Lauderdale",
        "Cold War",
        "Witnesses",
        "Reuters' Jones",
        "The United States",
        "US\u00a0Army",
    ]:
        assert run_plan.__wrapped__(run, lex) == reference.run_plan(run, lex), run


@settings(max_examples=1500, deadline=None)
@given(st.one_of(words(), st.text(alphabet="Aa.’'s‘-", max_size=6)))
def test_first_key_is_the_translation(word: str) -> None:
    """Lexicon.first_key (which skips the translation of most words, and its memo): the
    word with curly apostrophes straightened and dots dropped, in lower case, without a
    possessive. (The reference shares the lexicon: this checks it on its own.)"""
    lex = _lex()
    expected = word.replace("’", "'").replace(".", "").lower()
    expected = expected.removesuffix("'s").removesuffix("'")
    assert lex.first_key(word) == expected
    assert lex.first_key(word) == expected  # (from the memo, for a translated word)
