from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.codec import (
    CODEC_VERSION,
    CodecError,
    article_from_dict,
    article_to_dict,
    parsed_from_dict,
    parsed_to_dict,
)
from explorer.model import (
    Actor,
    ActorKind,
    Article,
    Attribution,
    DateRange,
    Mention,
    ParsedArticle,
    Precision,
    PublishedSource,
    Quote,
    Sentence,
    Timex,
    TimexType,
)

opt_text = st.none() | st.text(max_size=12)
small = st.integers(min_value=-3, max_value=400)

articles = st.builds(
    Article,
    id=st.text(max_size=10),
    text=st.text(max_size=200),
    title=opt_text,
    published=st.dates(),
    published_source=st.sampled_from(PublishedSource),
    origin=st.text(max_size=10),
    format=st.sampled_from(["text", "markdown", "timeml", "jsonl"]),
    url=opt_text,
    source=opt_text,
    markup_before=st.text(max_size=10),
    markup_after=st.text(max_size=10),
    warnings=st.lists(st.text(max_size=8), max_size=3).map(tuple),
)

ranges = st.builds(
    DateRange,
    start=st.datetimes(),
    end=st.datetimes(),
    precision=st.sampled_from(Precision),
    approximate=st.booleans(),
    open_end=st.booleans(),
    part_of_day=st.none() | st.sampled_from(["MO", "AF", "EV", "NI", "DT"]),
)


@st.composite
def parsed_articles(draw: st.DrawFn) -> ParsedArticle:
    art = draw(articles)
    text = art.text

    def span_text(s: int, e: int) -> str:
        # Mostly the true slice (the model's invariant), sometimes something else.
        return draw(st.just(text[s:e]) | st.text(max_size=6))

    def spans(n: int) -> list[tuple[int, int]]:
        return [(draw(small), draw(small)) for _ in range(n)]

    sentences = tuple(
        Sentence(s, e, draw(st.integers(0, 50)), span_text(s, e))
        for s, e in spans(draw(st.integers(0, 4)))
    )
    timexes = tuple(
        Timex(
            s,
            e,
            span_text(s, e),
            draw(st.sampled_from(TimexType)),
            draw(st.text(max_size=12)),
            draw(st.text(max_size=20)),
            draw(st.none() | ranges),
            draw(opt_text),
        )
        for s, e in spans(draw(st.integers(0, 3)))
    )
    actors = tuple(
        draw(
            st.lists(
                st.builds(
                    Actor,
                    id=st.text(max_size=8),
                    kind=st.sampled_from(ActorKind),
                    aliases=st.lists(st.text(max_size=6), max_size=3).map(tuple),
                    role=opt_text,
                    affiliation=opt_text,
                ),
                max_size=3,
            )
        )
    )
    mentions = tuple(
        Mention(s, e, span_text(s, e), draw(st.text(max_size=6)))
        for s, e in spans(draw(st.integers(0, 3)))
    )
    quotes = tuple(
        Quote(s, e, span_text(s, e), draw(opt_text)) for s, e in spans(draw(st.integers(0, 3)))
    )
    attributions = tuple(
        Attribution(draw(small), draw(st.text(max_size=6)), draw(small), draw(small))
        for _ in range(draw(st.integers(0, 2)))
    )
    furniture = tuple(spans(draw(st.integers(0, 2))))
    return ParsedArticle(art, sentences, timexes, actors, mentions, quotes, attributions, furniture)


@settings(max_examples=200, deadline=None)
@given(parsed_articles())
def test_round_trip_through_json(p: ParsedArticle) -> None:
    d = parsed_to_dict(p)
    again = json.loads(json.dumps(d))
    assert parsed_from_dict(again) == p


@settings(max_examples=100, deadline=None)
@given(parsed_articles())
def test_round_trip_without_article(p: ParsedArticle) -> None:
    d = json.loads(json.dumps(parsed_to_dict(p, with_article=False)))
    assert "a" not in d
    assert parsed_from_dict(d, p.article) == p


@given(articles)
def test_article_round_trip(a: Article) -> None:
    assert article_from_dict(json.loads(json.dumps(article_to_dict(a)))) == a


def _sample() -> ParsedArticle:
    text = "On Monday the minister said so.\n\nShare"
    art = Article("a1", text, "T", date(2016, 9, 23), PublishedSource.METADATA, "a1.txt")
    rng = DateRange(datetime(2016, 9, 19), datetime(2016, 9, 20), Precision.DAY)
    return ParsedArticle(
        art,
        (Sentence(0, 31, 0, text[0:31]),),
        (Timex(3, 9, "Monday", TimexType.DATE, "2016-09-19", "last Monday", rng),),
        furniture=((33, 38),),
    )


def test_compact_leaves_out_span_texts_and_defaults() -> None:
    d = parsed_to_dict(_sample())
    assert d["v"] == CODEC_VERSION
    assert d["sn"] == [[0, 31, 0]]
    assert "tx" not in d["tx"][0]
    assert d["a"]["pub"] == "2016-09-23"
    assert "url" not in d["a"]


def test_version_mismatch_and_garbage_raise() -> None:
    d = parsed_to_dict(_sample())
    with pytest.raises(CodecError):
        parsed_from_dict({**d, "v": CODEC_VERSION + 1})
    with pytest.raises(CodecError):
        parsed_from_dict({"v": CODEC_VERSION, "a": {"id": 1}})
    with pytest.raises(CodecError):
        parsed_from_dict({k: v for k, v in d.items() if k != "a"})
