"""Properties that hold for any text the parser is given."""

from __future__ import annotations

import re
from datetime import date
from xml.sax.saxutils import unescape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.export.timeml import timeml_document
from explorer.model import Article, PublishedSource
from explorer.parse.pipeline import parse_article
from explorer.timeline import Timeline, event_sort_key

WORDS = [
    "Monday",
    "on",
    "Friday",
    "morning",
    "last",
    "week",
    "since",
    "2012",
    "September",
    "12",
    "said",
    "Kerry",
    "U.S.",
    "Russia",
    "“",
    "”",
    '"',
    "we",
    "may",
    "March",
    "second",
    "five-and-a-half",
    "year",
    "old",
    "war",
    "ago",
    "two",
    "days",
    "earlier",
    ".",
    ",",
    "\n",
    "\n\n",
    "Share",
    "Advertisement",
    "the",
    "UN",
    "Ambassador",
    "told",
    "Reuters",
    "according",
    "to",
    "[bold]",
    "\x1b[31m",
    "\x00",
    "今天",
    "🙂",
    "yesterday",
    "1998-99",
    "Q3",
    "10:30",
    "a.m.",
    "99999",
]

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
)
dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


def article(text: str, published: date) -> Article:
    return Article("a", text, None, published, PublishedSource.OPTION, "<test>")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, dates)
def test_every_span_is_checkable_against_the_text(text: str, published: date) -> None:
    parsed = parse_article(article(text, published))
    for s in parsed.sentences:
        assert 0 <= s.start <= s.end <= len(text) and text[s.start : s.end] == s.text
    for t in parsed.timexes:
        assert text[t.start : t.end] == t.text and t.explanation
    for m in parsed.mentions:
        assert text[m.start : m.end] == m.text
    for q in parsed.quotes:
        assert text[q.start : q.end] == q.text


@settings(max_examples=200, deadline=None)
@given(texts, dates)
def test_timeline_is_sorted_and_parsing_deterministic(text: str, published: date) -> None:
    first = parse_article(article(text, published))
    assert parse_article(article(text, published)) == first
    tl = Timeline.build([first])
    keys = [event_sort_key(e, published, 0) for e in tl.events]
    assert keys == sorted(keys)


@settings(max_examples=200, deadline=None)
@given(texts, dates)
def test_timeml_export_strips_back_to_the_input(text: str, published: date) -> None:
    doc = timeml_document(parse_article(article(text, published)))
    body = re.search(r"<TEXT>(.*)</TEXT>", doc, re.S)
    assert body is not None
    assert unescape(re.sub(r"</?TIMEX3[^>]*>", "", body.group(1))) == text
