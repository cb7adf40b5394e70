"""Checks shared by the per-article table tests (test_actors_news.py, test_actors_unseen*.py,
test_timex_unseen*.py), and the loader of their fixture articles.

Each check compares one article's result with its table entry and returns the wrong
items (empty when all is well), so a failing test shows everything that is off at once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from explorer.model import ActorKind, Article, DatedBy
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.pipeline import ParsedArticle, parse_article
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes
from explorer.sources import load_articles
from explorer.timeline import Undated, article_events

# The kinds the per-article tables write, short.
P, C, ORG, G, L = (
    ActorKind.PERSON,
    ActorKind.COUNTRY,
    ActorKind.ORGANISATION,
    ActorKind.GROUP,
    ActorKind.PLACE,
)


@cache
def fixture_article(folder: Path, name: str) -> Article:
    """The fixture article ``folder/name.txt``, with its sidecar, loaded as users load it."""
    (a,) = load_articles([str(folder / f"{name}.txt")])
    assert isinstance(a, Article)
    return a


def wrong_actors(
    r: ActorAnalysis,
    expected: Mapping[str, tuple[ActorKind, str | None, str | None]],
) -> list[str]:
    """Actors missing, or with another kind, affiliation or role (None: not checked)."""
    by_id = {a.id: a for a in r.actors}
    wrong = []
    for aid, (kind, aff, role) in expected.items():
        a = by_id.get(aid)
        if a is None:
            wrong.append(f"{aid}: missing")
            continue
        if a.kind is not kind:
            wrong.append(f"{aid}: kind {a.kind}")
        if aff is not None and a.affiliation != aff:
            wrong.append(f"{aid}: affiliation {a.affiliation}")
        if role is not None and a.role != role:
            wrong.append(f"{aid}: role {a.role}")
    return wrong


def wrong_merges(r: ActorAnalysis, expected: Sequence[tuple[str, str]]) -> list[str]:
    """Surfaces whose mentions are not all linked to exactly the expected actor."""
    wrong = []
    for surface, aid in expected:
        linked = {m.actor_id for m in r.mentions if m.text == surface}
        if linked != {aid}:
            wrong.append(f"{surface} -> {linked}")
    return wrong


def wrong_quote_speakers(r: ActorAnalysis, expected: Sequence[tuple[str, str | None]]) -> list[str]:
    """Quotes (by their start) not found exactly once, or given another speaker."""
    wrong = []
    for start, who in expected:
        found = [q for q in r.quotes if q.text.startswith(start)]
        if len(found) != 1:
            wrong.append(f"{start}: {len(found)} quotes")
        elif found[0].speaker_id != who:
            wrong.append(f"{start}: {found[0].speaker_id}")
    return wrong


def wrong_sentence_speakers(
    text: str,
    r: ActorAnalysis,
    expected: Sequence[tuple[str, list[str]]],
    *,
    empty_means_none: bool = False,
) -> list[str]:
    """Sentences (by their start, which must be unique) whose speakers do not begin with the
    expected ones; with empty_means_none, an empty expectation means no speaker at all."""
    sentences = segment(text).sentences
    wrong = []
    for start, speakers in expected:
        idx = [i for i, s in enumerate(sentences) if s.text.startswith(start)]
        assert len(idx) == 1, start
        got = [a.speaker_id for a in r.attributions if a.sentence_index == idx[0]]
        if got[: len(speakers)] != speakers or (empty_means_none and not speakers and got):
            wrong.append(f"{start}: {got}")
    return wrong


def wrong_not_actors(r: ActorAnalysis, words: Sequence[str]) -> list[str]:
    """Words that are, or are a word of, the id of an actor other than a group or place."""
    ids = [a.id for a in r.actors if a.kind not in (ActorKind.GROUP, ActorKind.PLACE)]
    return [w for w in words for aid in ids if w in aid.split() or w == aid]


def missing_dates(
    text: str, published: date, expected: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    """(text, value) pairs of time expressions that were not found."""
    found = find_timexes(text, published, segment(text).sentences)
    values = {(t.text, t.value) for t in found}
    return [pair for pair in expected if pair not in values]


def dates_among(article: Article, words: Sequence[str]) -> list[tuple[str, list[str]]]:
    """The words of ``article`` (each by its first occurrence) that overlap a time
    expression, with those expressions' texts."""
    text = article.text
    found = find_timexes(text, article.published, segment(text).sentences)
    wrong = []
    for w in words:
        at = text.index(w)
        hits = [t.text for t in found if t.start < at + len(w) and at < t.end]
        if hits:
            wrong.append((w, hits))
    return wrong


def wrong_news_days(p: ParsedArticle, expected: Sequence[tuple[str, str]]) -> list[str]:
    """Sentences (by their start) without a timex whose events are not dated exactly once,
    to the given day, by the news day."""
    days: dict[str, list[tuple[str, DatedBy]]] = {}
    for e in article_events(p, Undated.CONTEXT):
        if e.timex_index is None:
            days.setdefault(p.sentences[e.sentence_index].text, []).append(
                (e.range.iso(), e.dated_by)
            )
    wrong = []
    for start, day in expected:
        got = [v for k, vs in days.items() if k.startswith(start) for v in vs]
        if got != [(day, DatedBy.NEWS_DAY)]:
            wrong.append(f"{start}: {got}")
    return wrong


def wrong_landings(
    p: ParsedArticle, expected: Sequence[tuple[str, Sequence[tuple[str, DatedBy]]]]
) -> list[str]:
    """Sentences (by their start) whose events on the timeline are not exactly the given
    (value, dated_by) pairs: a date's TIMEX3 value, or the day of an undated sentence."""
    events = article_events(p, Undated.CONTEXT)
    wrong = []
    for start, want in expected:
        got = [
            (e.range.iso() if e.timex_index is None else p.timexes[e.timex_index].value, e.dated_by)
            for e in events
            if p.sentences[e.sentence_index].text.startswith(start)
        ]
        if sorted(got) != sorted(want):
            wrong.append(f"{start}: {got}")
    return wrong


def fixture_actors(folder: Path) -> Callable[[str], tuple[str, ActorAnalysis]]:
    """The actor analysis of a fixture article of ``folder`` by name, with its text (each
    article analysed once)."""

    @cache
    def run(name: str) -> tuple[str, ActorAnalysis]:
        text = fixture_article(folder, name).text
        return text, analyse_actors(text, segment(text).sentences)

    return run


ActorTable = Mapping[str, tuple[ActorKind, str | None, str | None]]
TableTest = Callable[..., None]


def actor_table_tests(
    folder: Path,
    run: Callable[[str], tuple[str, ActorAnalysis]],
    actors: ActorTable,
    merges: Mapping[str, Sequence[tuple[str, str]]],
    quotes: Mapping[str, Sequence[tuple[str, str | None]]],
    speakers: Mapping[str, Sequence[tuple[str, list[str]]]],
    *more_tables: Mapping[str, object],
) -> tuple[TableTest, TableTest, TableTest, TableTest, TableTest]:
    """The tests every set of fixture articles with actor tables runs, for its module to
    bind (pytest collects them there): every article has an entry in every table, and its
    key actors, merges, quote speakers and sentence speakers are the tables'. ``run``:
    the module's (cached) analysis of one article by name; ``more_tables``: the module's
    other tables by article."""
    names = sorted(actors)

    def test_all_articles_listed() -> None:
        assert sorted(p.stem for p in folder.glob("*.txt")) == names
        for table in (merges, quotes, speakers, *more_tables):
            assert sorted(table) == names

    @pytest.mark.parametrize("name", names)
    def test_key_actors(name: str) -> None:
        _, r = run(name)
        assert not wrong_actors(r, actors[name])

    @pytest.mark.parametrize("name", names)
    def test_merges(name: str) -> None:
        _, r = run(name)
        assert not wrong_merges(r, merges[name])

    @pytest.mark.parametrize("name", names)
    def test_quote_speakers(name: str) -> None:
        _, r = run(name)
        assert not wrong_quote_speakers(r, quotes[name])

    @pytest.mark.parametrize("name", names)
    def test_sentence_speakers(name: str) -> None:
        text, r = run(name)
        assert not wrong_sentence_speakers(text, r, speakers[name])

    return (
        test_all_articles_listed,
        test_key_actors,
        test_merges,
        test_quote_speakers,
        test_sentence_speakers,
    )


DateEvents = Mapping[str, Sequence[tuple[str, Sequence[tuple[str, DatedBy]]]]]


def date_table_tests(
    folder: Path,
    readings: Mapping[str, Sequence[tuple[str, str]]],
    not_dates: Mapping[str, Sequence[str]],
    events: DateEvents,
    news_days: Mapping[str, Sequence[tuple[str, str]]],
) -> tuple[TableTest, TableTest, TableTest, TableTest]:
    """The tests every set of fixture articles with date tables runs, for its module to
    bind (pytest collects them there): what a reader gives each expression, the words that
    only look like dates, where sentences land on the timeline, and the statements that
    fall on the news day (each table by article name)."""

    @cache
    def parsed(name: str) -> ParsedArticle:
        return parse_article(fixture_article(folder, name))

    @pytest.mark.parametrize("name", sorted(readings))
    def test_what_a_reader_gives_each_expression(name: str) -> None:
        a = fixture_article(folder, name)
        assert missing_dates(a.text, a.published, readings[name]) == []

    @pytest.mark.parametrize("name", sorted(not_dates))
    def test_words_that_only_look_like_dates(name: str) -> None:
        assert dates_among(fixture_article(folder, name), not_dates[name]) == []

    @pytest.mark.parametrize("name", sorted(events))
    def test_where_sentences_land_on_the_timeline(name: str) -> None:
        assert wrong_landings(parsed(name), events[name]) == []

    @pytest.mark.parametrize("name", sorted(news_days))
    def test_statements_fall_on_the_news_day(name: str) -> None:
        assert wrong_news_days(parsed(name), news_days[name]) == []

    return (
        test_what_a_reader_gives_each_expression,
        test_words_that_only_look_like_dates,
        test_where_sentences_land_on_the_timeline,
        test_statements_fall_on_the_news_day,
    )
