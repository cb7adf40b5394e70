"""The mention scan's substring searches and pre-tests answer as the regexes they stand for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.parse.actors.mentions.passes import (
    _PLACE_PLURAL_WORDS,
    _PLACE_PLURALS,
    _PLACES_NOUN,
    has_word,
)

# Characters around a word that the look-arounds tell apart: letters, digits (also
# non-ASCII ones), "_", "-", spaces and punctuation.
_AROUND = "ab-_ 1.éX\u00b2\u0663’"


@settings(max_examples=2000)
@given(st.text(alphabet=_AROUND, max_size=14), st.text(alphabet="abé", min_size=1, max_size=3))
def test_has_word_is_the_regex(text: str, word: str) -> None:
    regex = re.search(rf"(?<![\w\-]){word}(?![\w\-])", text) is not None
    assert has_word(text, word) is regex


@settings(max_examples=1000)
@given(
    st.lists(
        st.sampled_from([*_PLACE_PLURAL_WORDS, "s", "report", "airport", "-", " ", "_", "x", "é"]),
        max_size=6,
    )
)
def test_places_noun_is_the_plurals_alternation(parts: list[str]) -> None:
    text = "".join(parts)
    plain = re.search(_PLACE_PLURALS, text) is not None
    assert (_PLACES_NOUN.search(text) is not None) is plain
