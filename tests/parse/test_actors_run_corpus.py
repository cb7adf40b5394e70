"""run_plan on every run of several words of the fixtures, the seeds and the TimeML texts
(those in the fixtures, and ../shared/timeml or $EXPLORER_TIMEML when present) gives what
the planner without its shortcuts gives (every shape test tried, every word's token made
in full), and what the reference gives (runs_reference.py, but for the two rules it does
not hold); and each shortcut agrees with the tests it skips, on the same runs: the one
set test of may_have_shape with the shape tests, a word's token made from its lower case
with the token made in full, the words' offsets added up with the offsets found by
search, the forms of place heads with the possessive test; and classify_single gives what
the reference gives on every run of one word."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

import pytest
import runs_reference as reference

from explorer.parse.actors import clear_caches
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import Lexicon, build_lexicon
from explorer.parse.actors.patterns import patterns
from explorer.parse.actors.runs import (
    classify_single,
    plan,
    run_plan,
    run_sets,
    strip_possessive,
    without_possessive,
)
from explorer.parse.actors.runs import words as words_module
from explorer.parse.actors.runs.organisations import place_head_forms
from explorer.parse.actors.runs.plan import _shaped
from explorer.parse.actors.runs.sets import CHURCH_TITLES
from explorer.parse.actors.runs.shapes import _COMPASS, may_have_shape
from explorer.parse.actors.runs.words import _PLAIN, _PLAIN_OWNER, _offsets, _Token, _token
from explorer.sources.timeml import TimeMLError, parse_timeml

ROOT = Path(__file__).resolve().parents[2]
# The first words of runs whose rules the reference does not hold (a church title before
# a name, "Cardinal John O'Connor"; a compass word before a place, "North Darfur"): the
# reference gives other plans for them.
_NOT_IN_REFERENCE = CHURCH_TITLES | _COMPASS


@cache
def _corpus_all() -> tuple[str, ...]:
    """The runs that the scan finds in the fixtures, seeds and TimeML texts, each once."""
    texts = [
        p.read_text(encoding="utf-8", errors="replace")
        for p in sorted(
            [*(ROOT / "tests/fixtures").rglob("*.txt"), *(ROOT / "seeds").glob("*.txt")]
        )
    ]
    shared = Path(os.environ.get("EXPLORER_TIMEML") or ROOT.parent / "shared" / "timeml")
    tml = [
        *(ROOT / "tests/fixtures").rglob("*.tml"),
        *(shared.rglob("*.tml") if shared.is_dir() else []),
    ]
    for p in sorted(tml):
        try:
            texts.append(parse_timeml(p.read_text(encoding="utf-8", errors="replace")).text)
        except TimeMLError:
            continue
    rx = patterns().run_from_capital
    return tuple(sorted({m.group() for text in texts for m in rx.finditer(text)}))


def _corpus_runs() -> tuple[str, ...]:
    """The runs of several words that the scan finds in the texts, each once."""
    return tuple(r for r in _corpus_all() if len(r.split()) > 1)


def test_corpus_has_runs() -> None:
    assert len(_corpus_runs()) > 1000


def test_run_plan_is_the_reference_on_the_corpus() -> None:
    lex = build_lexicon()
    for run in _corpus_runs():
        if run.split()[0] in _NOT_IN_REFERENCE:
            continue
        assert run_plan.__wrapped__(run, lex) == reference.run_plan(run, lex), run


def _full_token(word: str, lex: Lexicon) -> _Token:
    """A word's token made in full (by the reference), no shortcut."""
    t = reference._token(word, lex)
    owner = strip_possessive(word, 0, len(word)) < len(word)
    if t.plain:
        return _PLAIN_OWNER if owner else _PLAIN
    return _Token(t.connector, t.lex_counts, t.title_counts, t.stopword, t.org_head, owner, False)


def test_run_plan_is_the_full_planner_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """The planner with its shortcuts is the planner without them (every shape test tried,
    every token made in full), on every run of the corpus."""
    lex = build_lexicon()
    clear_caches()
    fast = [run_plan.__wrapped__(run, lex) for run in _corpus_runs()]
    with monkeypatch.context() as m:
        m.setattr(plan, "may_have_shape", lambda words: True)
        m.setattr(words_module, "_token", _full_token)
        clear_caches()
        full = [run_plan.__wrapped__(run, lex) for run in _corpus_runs()]
    clear_caches()
    for run, got, want in zip(_corpus_runs(), fast, full, strict=True):
        assert got == want, run


def test_may_have_shape_rejects_only_runs_of_no_shape() -> None:
    lex = build_lexicon()
    shaped = 0
    for run in _corpus_runs():
        words = run.split()
        if not may_have_shape(words):
            assert _shaped(run, words, lex) is None, run
        elif _shaped(run, words, lex) is not None:
            shaped += 1
    assert shaped > 0  # (the shapes are met: the test tests something)


def test_added_offsets_are_the_searched_ones() -> None:
    def searched(run: str, words: list[str]) -> list[tuple[int, int]]:
        out, pos = [], 0
        for w in words:
            pos = run.find(w, pos)
            out.append((pos, pos + len(w)))
            pos += len(w)
        return out

    extra = ["Kenya  and Tanzania", "US\u00a0Army", " Leading Space", "Trailing Space "]
    for run in [*_corpus_runs(), *extra]:
        words = run.split()
        assert _offsets(run, words) == searched(run, words), run


def test_tokens_are_the_reference_on_the_corpus() -> None:
    lex = build_lexicon()
    words = {w for run in _corpus_runs() for w in run.split()}
    # ... and the vocabulary's words, their plurals and forms ("Society", "Societies",
    # "Centres", "Presidents"), in the cases a run writes them
    v, sets = vocabulary(), run_sets()
    marked = {*v.organisation_heads, *sets.club_heads, *v.stopwords, *sets.connectors}
    marked |= {*sets.title_first, *(k.split()[0] for k in lex.entries)}
    forms = {f"{w}s" for w in marked} | {f"{w[:-1]}ies" for w in marked if w.endswith("y")}
    words |= {c for w in marked | forms for c in (w, w.capitalize(), w.upper())}
    for word in sorted(w for w in words if w):
        got, want = _token(word, lex), reference._token(word, lex)
        assert (got.connector, got.lex_counts, got.title_counts, got.stopword, got.org_head) == (
            want.connector,
            want.lex_counts,
            want.title_counts,
            want.stopword,
            want.org_head,
        ), word
        assert got.owner == (strip_possessive(word, 0, len(word)) < len(word)), word
        assert got.plain == want.plain == (got is _PLAIN or got is _PLAIN_OWNER), word


def test_place_head_forms_are_the_possessive_test() -> None:
    """A word is among place_head_forms exactly when it or the word without_possessive
    makes of it is a place's head (run_plan's test of each word before)."""
    heads = vocabulary().place_heads
    ends = ("", "'", "’", "s", "'s", "’s", "s'", "s’", "'’", "’'", "'s’s", "’s's", "'’s", "'s'")
    candidates = {w for run in _corpus_runs() for w in run.split()}
    candidates |= {f"{h}{e}" for h in heads for e in ends} | {f"X{e}" for e in ends}
    forms = place_head_forms()
    for w in sorted(candidates):
        want = w in heads or (w[-1] in "s’'" and without_possessive(w) in heads)
        assert (w in forms) == want, w


def test_classify_single_is_the_reference_on_the_corpus() -> None:
    lex = build_lexicon()
    words = [r for r in _corpus_all() if len(r.split()) == 1 and r == r.strip()]
    assert len(words) > 1000
    for word in words:
        assert classify_single.__wrapped__(word, lex) == reference.classify_single(word, lex), word
