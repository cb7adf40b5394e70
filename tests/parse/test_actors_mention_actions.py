"""The memo of run actions in find_candidates says what the stopword test, run_plan and
classify_single say of each run."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import build_lexicon
from explorer.parse.actors.mentions.actions import _action, _KnownAt, _RankEnd
from explorer.parse.actors.patterns import patterns
from explorer.parse.actors.runs import Known, Step, classify_single, run_plan

ROOT = Path(__file__).resolve().parents[2]


def _expected(word: str) -> object:
    """What find_candidates did with a run before the memo, in the memo's terms."""
    lex = build_lexicon()
    if word in vocabulary().stopwords:
        return None
    if " " in word or "\u00a0" in word:
        plan: tuple[Step, ...] = run_plan(word, lex)
        if len(plan) == 1 and isinstance(plan[0], Known):
            k = plan[0]
            return (k.start, k.end, k.name_start, k.entry)
        return plan
    found = classify_single(word, lex)
    if found is None or found[0] is None:
        return None if found is None else found[1]
    entry, length = found
    return (0, length, 0, entry)


def _runs() -> list[str]:
    paths = [*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests/fixtures/actors_news").glob("*.txt")]
    texts = [p.read_text(encoding="utf-8") for p in sorted(paths)]
    texts.append("The United Nations and The Kremlin said. The Syrian Army and Mr Kerry's aide.")
    rx = patterns().run_from_capital
    # (The stopwords too: some would be unknown names to classify_single.)
    return sorted({m.group() for t in texts for m in rx.finditer(t)} | vocabulary().stopwords)


@pytest.mark.parametrize("word", _runs())
def test_action_matches_plan_and_classification(word: str) -> None:
    lex = build_lexicon()
    got = _action(word, lex, vocabulary().stopwords)
    if isinstance(got, _RankEnd):
        # (a run ending in a rank: without a dot after it, the plan of the run; with one, of
        # the run and its dot)
        assert got.dotted == _action(f"{word}.", lex, vocabulary().stopwords)
        got = got.plain
    want = _expected(word)
    if isinstance(got, _KnownAt):
        assert isinstance(want, tuple) and len(want) == 4
        start, end, name_start, entry = want
        assert got == _KnownAt(
            start, end, name_start, entry.kind, entry.id, entry.role, entry.affiliation
        )
    else:
        assert got == want
