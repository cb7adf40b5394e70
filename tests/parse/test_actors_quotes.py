"""find_quotes finds exactly what the plain reference finds, for sentences in text order
(as segment() gives them) and in any order."""

from __future__ import annotations

import itertools

import quotes_reference as ref
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.model import Sentence
from explorer.parse.actors.quotes import find_quotes, paragraph_spans
from explorer.parse.segment import segment

PIECES = ["“", "”", '"', " ", "\n", "\n\n", "a", "He said", ",", ":", "(", "—", "x.", "\u00a0"]

texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


@st.composite
def in_order(draw: st.DrawFn) -> tuple[str, list[Sentence]]:
    """Sentences cut anywhere, in text order, paragraph numbers never decreasing (gaps and
    empty sentences allowed)."""
    text = draw(texts)
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=12)))
    steps = draw(st.lists(st.integers(0, 2), min_size=len(cuts), max_size=len(cuts)))
    sentences = []
    paragraph = 0
    for (a, b), step in zip(itertools.pairwise([0, *cuts, len(text)]), [0, *steps], strict=True):
        paragraph += step
        sentences.append(Sentence(a, b, paragraph, text[a:b]))
    return text, sentences


@st.composite
def any_order(draw: st.DrawFn) -> tuple[str, list[Sentence]]:
    """Sentences anywhere, overlapping, in any order, any paragraph numbers."""
    text = draw(texts)
    offsets = st.integers(0, len(text))
    sentences = [
        Sentence(a, b, paragraph, text[a:b])
        for a, b, paragraph in draw(
            st.lists(st.tuples(offsets, offsets, st.integers(-1, 4)), max_size=8)
        )
    ]
    return text, sentences


def assert_same(text: str, sentences: list[Sentence]) -> None:
    assert paragraph_spans(sentences) == ref.paragraph_spans(sentences)
    assert find_quotes(text, sentences) == ref.find_quotes(text, sentences)


@settings(max_examples=1500, deadline=None)
@given(in_order())
def test_sentences_in_text_order(case: tuple[str, list[Sentence]]) -> None:
    assert_same(*case)


@settings(max_examples=1500, deadline=None)
@given(any_order())
def test_sentences_in_any_order(case: tuple[str, list[Sentence]]) -> None:
    assert_same(*case)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_segmented(text: str) -> None:
    assert_same(text, list(segment(text).sentences))


def test_quote_over_paragraphs_and_between_them() -> None:
    text = "“One.\n\n“Two,” he said.\n\nNo marks.\n\n“Three.\n\n“Four” and “five”."
    sentences = list(segment(text).sentences)
    assert find_quotes(text, sentences) == ref.find_quotes(text, sentences)
    got = [(text[q.start : q.end], q.chain, q.continued) for q in find_quotes(text, sentences)]
    assert got == [
        ("“One.", 1, False),
        ("“Two,”", 1, True),
        ("“Three.", 2, False),
        ("“Four”", 2, True),
        ("“five”", 3, False),
    ]
