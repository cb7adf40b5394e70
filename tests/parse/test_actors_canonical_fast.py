"""Property tests: the canonical package's fast constructors and lookups (records.py,
person_ids.py) give what the plain code gives."""

from __future__ import annotations

import pickle
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.canonical.person_ids import _has_word, _quoted, _Quotes
from explorer.parse.actors.canonical.records import _actor, _mention, _mention_at

_text = st.text(max_size=6)
_maybe = st.none() | _text


@settings(max_examples=200, deadline=None)
@given(st.integers(), st.integers(), _text, _text)
def test_mention_as_dataclass(start: int, end: int, text: str, actor_id: str) -> None:
    got, want = _mention(start, end, text, actor_id), Mention(start, end, text, actor_id)
    assert type(got) is Mention
    assert got == want and hash(got) == hash(want) and repr(got) == repr(want)
    assert pickle.loads(pickle.dumps(got)) == want


@settings(max_examples=200, deadline=None)
@given(_text, st.sampled_from(list(ActorKind)), st.lists(_text).map(tuple), _maybe, _maybe)
def test_actor_as_dataclass(
    aid: str, kind: ActorKind, aliases: tuple[str, ...], role: str | None, aff: str | None
) -> None:
    got, want = _actor(aid, kind, aliases, role, aff), Actor(aid, kind, aliases, role, aff)
    assert type(got) is Actor
    assert got == want and hash(got) == hash(want) and repr(got) == repr(want)
    assert pickle.loads(pickle.dumps(got)) == want


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 30), max_size=12), st.integers(-2, 32))
def test_mention_at_as_index(starts: list[int], start: int) -> None:
    """The binary search finds what an index of the mentions by start (the last one at a
    start) finds, 0 for none."""
    mentions = [Mention(s, s + 1, "x", "x") for s in sorted(starts)]
    by_start = {m.start: i for i, m in enumerate(mentions)}
    assert _mention_at(mentions, start) == by_start.get(start, 0)


_letters = st.text(alphabet="ab-_ é.'1\n", max_size=30)


@settings(max_examples=500, deadline=None)
@given(_letters, st.text(alphabet="ab-é.'", max_size=3))
def test_has_word_as_lookbehind_regex(text: str, word: str) -> None:
    want = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None
    assert _has_word(text, word) == want


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='ab "“”\n', max_size=40))
def test_quotes_as_quoted(text: str) -> None:
    """The quote index of a text answers at every position what _quoted answers."""
    quotes = _Quotes(text)
    for at in range(len(text) + 1):
        assert quotes.quoted(at) == _quoted(text, at)
