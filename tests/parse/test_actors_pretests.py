"""The cheap tests before regex calls in mentions never reject a text the regex matches."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.parse.actors.mentions.titles import _title_may_end
from explorer.parse.actors.mentions.words import _cue_may_follow
from explorer.parse.actors.patterns import patterns

PIECES = [
    " ",
    "  ",
    "\n",
    "\u00a0",
    ",",
    ", ",
    ".",
    "'s",
    "’s",
    "’",
    "said",
    "says",
    "told",
    "according to",
    "also",
    "on Monday",
    "was",
    "and",
    "the",
    "a",
    "his",
    "Reuters",
    "Smith",
    "spokesman",
    "Foreign Minister",
    "MINISTER",
    "miniſter",
    "envoy",
    "for",
    "of",
    "Yemen",
    "Middle East",
    "x",
    "1",
]
texts = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_cue_pretest_keeps_every_match(after: str) -> None:
    p = patterns()
    text = "Name" + after
    if p.cue_after.match(text, 4, min(len(text), 164)):
        assert _cue_may_follow(text, 4, p.cue_after_prefixes)


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_title_pretest_keeps_every_match(before: str) -> None:
    p = patterns()
    text = before + ", Name"
    s = len(before) + 2
    if p.appos_before.search(text, max(0, s - 80), s):
        assert _title_may_end(text[max(0, s - 80) : s - 2], p.title_last_lower)


def test_pretests_pass_known_matches() -> None:
    p = patterns()
    text = "Poland's foreign minister, Name"
    assert p.appos_before.search(text, 0, 27)
    assert _title_may_end(text[:25], p.title_last_lower)
    # The title's last word five words before the comma.
    text = "The United Nations special envoy for the Middle East, Name"
    s = len(text) - 4
    assert p.appos_before.search(text, s - 80 if s > 80 else 0, s)
    assert _title_may_end(text[: s - 2], p.title_last_lower)
    text = "Name, 45, also said"
    assert p.cue_after.match(text, 4)
    assert _cue_may_follow(text, 4, p.cue_after_prefixes)
