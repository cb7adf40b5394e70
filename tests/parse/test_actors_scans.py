"""The fast word scan finds exactly what the reference patterns find, on any text."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.model import Sentence
from explorer.parse.actors.cues import cues_in_order, sentence_cues
from explorer.parse.actors.patterns import patterns
from explorer.parse.actors.wordscan import scan_words

# Group nouns in several spellings, next to characters that change under lower-casing
# (the Kelvin sign becomes "k", "İ" becomes two characters) or are word characters
# outside ASCII, and the punctuation the patterns' look-arounds test.
PIECES = [
    "rebels",
    "Rebels",
    "REBELS",
    "rebel",
    "rebelS",
    "officials",
    "Official",
    "groups",
    "group",
    "forces",
    "source",
    "sources",
    "spokesman",
    "police",
    "said",
    "Said",
    "According",
    "according",
    "to",
    "told",
    "paid",  # a scan hit ("said") that is no cue
    "Says",
    "States",
    "GROUP",
    "called",
    "for",
    "the",
    " ",
    "  ",
    "\n",
    "-",
    "‐",
    "’",
    "'",
    "’s",
    "'s",
    "_",
    ",",
    ".",
    "“",
    "é",
    "É",
    "K",  # Kelvin sign
    "İ",
    "ß",
    "x",
    "1",
]

texts = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
    st.lists(st.sampled_from(PIECES), max_size=40).map(" ".join),
)


def reference(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in patterns().group_head.finditer(text)]


def cue_reference(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in patterns().cue.finditer(text)]


def group_head_spans(text: str) -> list[tuple[int, int]]:
    return scan_words(text).group_heads


@settings(max_examples=1500, deadline=None)
@given(texts)
def test_group_heads_and_cues_are_the_reference_matches(text: str) -> None:
    hits = scan_words(text)
    assert hits.group_heads == reference(text)
    assert hits.cues == cue_reference(text)


def test_cues_in_news_text() -> None:
    text = "According to police, he said: “Rebels SAID” — she'said, told,according  to"
    assert [text[a:b] for a, b in scan_words(text).cues] == [
        "According to",
        "said",
        "said",
        "told",
        "according  to",
    ]
    assert scan_words(text).cues == cue_reference(text)


def test_group_heads_in_news_text() -> None:
    text = "Rebels said officials and REBELS met; the rebel-held town's police, “sources” said."
    assert [text[a:b] for a, b in group_head_spans(text)] == [
        "Rebels",
        "officials",
        "police",
        "sources",
    ]
    assert group_head_spans(text) == reference(text)


def test_non_ascii_word_characters() -> None:
    text = "İstanbul rebels said; érebels Ksaid said"  # (a Kelvin sign before "said")
    assert group_head_spans(text) == reference(text) == [(9, 15)]
    assert scan_words(text).cues == cue_reference(text) == [(16, 20), (36, 40)]


def test_same_window_different_verdicts() -> None:
    """The references' verdicts are remembered per window: the character before a hit, the
    hit and two characters after it. Windows that differ only at their edges differ."""
    text = "rebels said rebels’s said_ said-x ’rebels rebels’ said rebels‐ Rebels"
    hits = scan_words(text)
    assert hits.group_heads == reference(text)
    assert [text[a:b] for a, b in hits.group_heads] == ["rebels", "rebels", "Rebels"]
    assert hits.cues == cue_reference(text)
    assert [text[a:b] for a, b in hits.cues] == ["said", "said"]


@settings(max_examples=800, deadline=None)
@given(st.data())
def test_cues_per_sentence_are_each_sentences_own_scan(data: st.DataObject) -> None:
    """Sentences cut anywhere, even inside a cue or a word: each gets the cues a scan of it
    alone finds."""
    text = data.draw(texts)
    cuts = data.draw(st.lists(st.integers(min_value=0, max_value=len(text)), max_size=8))
    assert_sentence_cues(text, cuts)


def assert_sentence_cues(text: str, cuts: list[int]) -> None:
    bounds = sorted({0, len(text), *cuts})
    sentences = [Sentence(a, b, 0, text[a:b]) for a, b in itertools.pairwise(bounds)]
    got = sentence_cues(text, sentences, scan_words(text).cues)
    cue = patterns().cue
    want = {
        i: spans
        for i, s in enumerate(sentences)
        if (spans := [m.span() for m in cue.finditer(text, s.start, s.end)])
    }
    assert got == want
    # The same cues in a row, sentence by sentence.
    sis, spans = cues_in_order(text, sentences, scan_words(text).cues)
    assert sis == [i for i, cues in want.items() for _ in cues]
    assert spans == [span for cues in want.values() for span in cues]


def test_cues_cut_by_a_sentence_end() -> None:
    text = "He said, according to them, that she saidx so."
    assert_sentence_cues(text, [text.index(" to")])  # "according | to"
    assert_sentence_cues(text, [text.index("x so")])  # "said|x": "said" ends the sentence
    assert_sentence_cues(text, [text.index("aid,")])  # "s|aid"


def test_curly_quotes() -> None:
    text = "“Rebels’ leaders,” officials said — Ünal’s office"
    assert [text[a:b] for a, b in group_head_spans(text)] == ["Rebels", "officials"]
    assert group_head_spans(text) == reference(text)
