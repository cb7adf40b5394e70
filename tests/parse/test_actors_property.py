"""Robustness: any text, no exception, exact spans, deterministic."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment

WORDS = [
    "said",
    "told",
    "according to",
    "the",
    "a",
    "activist",
    "rebels",
    "Mr",
    "President",
    "John",
    "Smith",
    "al-Assad",
    "US",
    "U.S.",
    "UN",
    "Russian",
    "Syria’s",
    "Moscow",
    "“",
    "”",
    '"',
    ",",
    ".",
    "\n\n",
    ":",
    "Red Cross",
    "of",
    "Council",
    "and",
    "in",
    "eastern",
    "Aleppo",
    "That",
    "source",
    "military",
    "Share",
    "Monday",
    "’s",
    "-",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=80).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_spans_exact_and_deterministic(text: str) -> None:
    sentences = segment(text).sentences
    first = analyse_actors(text, sentences)
    assert analyse_actors(text, sentences) == first
    ids = {a.id for a in first.actors}
    for m in first.mentions:
        assert text[m.start : m.end] == m.text
        assert m.actor_id in ids
    for q in first.quotes:
        assert text[q.start : q.end] == q.text
        assert q.speaker_id is None or q.speaker_id in ids
    for a in first.attributions:
        assert a.speaker_id in ids
        assert 0 <= a.cue_start < a.cue_end <= len(text)
        assert 0 <= a.sentence_index < len(sentences)
    starts = [m.start for m in first.mentions]
    assert starts == sorted(starts)
