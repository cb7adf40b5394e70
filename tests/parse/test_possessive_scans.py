"""Scans found from the possessive marks by ``str.find`` give what the regexes they
replace gave, on any text: the people's words written as possessives ("Whole Woman's
Health") and "the <organisation's noun>'s <title> said" ("The party's president said")."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from explorer.parse.actors.mentions.owner_words import _WORDS, _possessive_words
from explorer.parse.actors.titled_again import _OWNER_NOUNS, owned_title_phrases

_REFERENCE = re.compile(rf"(?:{'|'.join(_WORDS)})(?:s?['’]s|s['’]) ")
_PIECES = [
    *("Woman", "Women", "Mother", "Children", "Child", "Families", "Family", "Worker"),
    *("s", "'", "’", " ", "a", "X", "Super", "woman", "Mothers", "Farmer", "é"),
]


@given(st.lists(st.sampled_from(_PIECES), max_size=14))
def test_the_marks_find_what_the_regex_found(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _possessive_words(text) == [m.span() for m in _REFERENCE.finditer(text)]


def test_examples() -> None:
    text = "Every Mother's Voice and Whole Woman's Health met the Farmers' Union; a woman's say."
    assert [text[s:e] for s, e in _possessive_words(text)] == [
        "Mother's ",
        "Woman's ",
        "Farmers' ",
    ]


_OWNED_REFERENCE = re.compile(
    rf"he (?P<noun>{'|'.join(_OWNER_NOUNS)})['’]s (?P<title>[a-z][\w\- ]{{1,40}}?)"
    r"(?=,?\s+(?:also\s+)?(?:said|says|told|added|wrote|insisted)\b)"
)
_OWNED_PIECES = [
    *("The ", "the ", "she ", "he ", "party", "union", "group", "reunion", "'s ", "’s "),
    *("president", "chief", " said", ", said", " also", " told", "x", "-", " ", "'", "s"),
]


@given(st.lists(st.sampled_from(_OWNED_PIECES), max_size=14))
def test_the_owned_titles_found_from_the_marks_are_the_regexs(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert owned_title_phrases(text) == [
        (m.start(), m.end(), m["title"]) for m in _OWNED_REFERENCE.finditer(text)
    ]
