"""Properties that hold for any text: spans match, are sorted, never overlap, never raise."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

WORDS = [
    "Friday", "May", "march", "last", "next", "week", "year", "the", "past", "three",
    "days", "ago", "since", "2012", "1998-1999", "Sept.", "12", "morning", "a", "we",
    "10:30", "a.m.", "five-and-a-half", "old", "quarter", "third", "early", "’s", ",",
    ".", "will", "said", "99999", "February", "30", "tonight", "now", "every", "1990s",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
)
dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@settings(max_examples=300, deadline=None)
@given(texts, dates)
def test_spans_are_exact_sorted_and_disjoint(text: str, published: date) -> None:
    found = find_timexes(text, published, segment(text).sentences)
    last_end = 0
    for t in found:
        assert text[t.start : t.end] == t.text
        assert t.start >= last_end
        assert t.start < t.end
        assert t.explanation
        last_end = t.end


@settings(max_examples=300, deadline=None)
@given(texts)
def test_prefiltered_scan_finds_what_the_full_pattern_finds(text: str) -> None:
    from explorer.parse.timex.detect import PATTERN, candidates

    full = [(m.start(), m.end()) for m in PATTERN.finditer(text) if m.end() > m.start()]
    assert [(m.start(), m.end()) for m in candidates(text)] == full
