from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from explorer.dedupe import group_duplicates, normalise
from explorer.model import (
    Article,
    DateRange,
    ParsedArticle,
    Precision,
    PublishedSource,
    Timex,
    TimexType,
)
from explorer.parse.segment import segment
from explorer.timeline import Timeline

WIRE = "The ceasefire, agreed in Geneva, began on September 12 at sunset."


def _parsed(aid: str, text: str, published: date) -> ParsedArticle:
    art = Article(aid, text, None, published, PublishedSource.METADATA, f"{aid}.txt")
    seg = segment(text)
    timexes = []
    at = text.find("September 12")
    if at >= 0:
        start = datetime(2016, 9, 12)
        rng = DateRange(start, start + timedelta(days=1), Precision.DAY)
        timexes.append(
            Timex(at, at + 12, "September 12", TimexType.DATE, "2016-09-12", "month day", rng)
        )
    return ParsedArticle(art, seg.sentences, tuple(timexes), furniture=seg.furniture)


def test_normalise() -> None:
    assert normalise("  The  Cease-fire,\n began!  ") == "the cease fire began"


def test_identical_statement_in_two_articles_is_one_event() -> None:
    late = _parsed(
        "late", f"Officials met in the capital today for hours.\n\n{WIRE}", date(2016, 9, 24)
    )
    early = _parsed(
        "early", f"{WIRE.upper()}\n\nA reporter asked a different question.", date(2016, 9, 23)
    )
    tl = Timeline.build([late, early])
    grouped = group_duplicates(tl)
    assert len(grouped.events) == len(tl.events) - 1
    wire = [e for e in grouped.events if "CEASEFIRE" in grouped.sentence_text(e).upper()]
    assert len(wire) == 1
    assert wire[0].article_id == "early"  # earliest published is the representative
    assert wire[0].also_in == ("late",)
    # Everything else is untouched, in order.
    rest = [e for e in grouped.events if e is not wire[0]]
    assert all(e.also_in == () for e in rest)
    assert grouped.articles is tl.articles


def test_different_statements_stay_apart() -> None:
    a = _parsed("a", WIRE, date(2016, 9, 23))
    b = _parsed("b", WIRE.replace("Geneva", "Vienna"), date(2016, 9, 23))
    tl = Timeline.build([a, b])
    assert group_duplicates(tl).events == tl.events


def test_short_sentences_are_not_wire_copy() -> None:
    a = _parsed("a", "He said so.\n\nSomething else happened in the town.", date(2016, 9, 23))
    b = _parsed("b", "He said so.\n\nAnother thing happened in the city.", date(2016, 9, 23))
    tl = Timeline.build([a, b])
    assert group_duplicates(tl).events == tl.events


def test_three_copies_and_a_repeat_within_one_article() -> None:
    arts = [
        _parsed("c", WIRE, date(2016, 9, 25)),
        _parsed("a", f"{WIRE}\n\n{WIRE}", date(2016, 9, 23)),
        _parsed("b", WIRE, date(2016, 9, 24)),
    ]
    tl = Timeline.build(arts)
    grouped = group_duplicates(tl)
    # a has it twice: its second copy stays; b and c fold into a's first.
    assert len(grouped.events) == 2
    rep = next(e for e in grouped.events if e.also_in)
    assert (rep.article_id, rep.sentence_index, rep.also_in) == ("a", 0, ("b", "c"))


def test_linear_enough_for_a_big_timeline(monkeypatch: pytest.MonkeyPatch) -> None:
    """5,000 articles sharing a wire sentence: grouped with a number of sentence
    comparisons that grows with the sentences, not with their pairs (no clock: the suite
    shares its machine)."""
    import explorer.dedupe as dedupe

    compared = 0
    real = dedupe.jaccard

    def counted(a: frozenset[int], b: frozenset[int]) -> float:
        nonlocal compared
        compared += 1
        return real(a, b)

    monkeypatch.setattr(dedupe, "jaccard", counted)
    arts = [
        _parsed(
            f"a{i}",
            f"{WIRE}\n\nLocal story number {i} about the town fair happened.",
            date(2016, 9, 23),
        )
        for i in range(5000)
    ]
    tl = Timeline.build(arts)
    grouped = group_duplicates(tl)
    assert compared < 5001 * 4 * 50  # (4 signatures, at most 50 others per bucket)
    assert len(grouped.events) == 5001
    assert len(grouped.events[0].also_in) == 4999 or any(
        len(e.also_in) == 4999 for e in grouped.events
    )


LONG = (
    "The foreign ministers of the two countries met for more than six hours in a hotel "
    "near the lake on Friday and agreed that the ceasefire would hold until the winter"
)


def test_near_verbatim_copies_are_grouped() -> None:
    a = _parsed("a", LONG + ".", date(2016, 9, 23))
    b = _parsed("b", LONG.replace("the winter", "the spring") + ".", date(2016, 9, 24))
    tl = Timeline.build([a, b])
    grouped = group_duplicates(tl)
    assert len(grouped.events) == 1 and grouped.events[0].also_in == ("b",)
    assert group_duplicates(tl, near=False).events == tl.events


def test_edits_in_the_middle_are_not_near_verbatim() -> None:
    a = _parsed("a", LONG + ".", date(2016, 9, 23))
    b = _parsed("b", LONG.replace("six hours", "nine hours") + ".", date(2016, 9, 24))
    tl = Timeline.build([a, b])
    assert group_duplicates(tl).events == tl.events
