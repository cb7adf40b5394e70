from datetime import date, datetime

from explorer.model import (
    Actor,
    ActorKind,
    Article,
    Attribution,
    DatedBy,
    DateRange,
    Mention,
    ParsedArticle,
    Precision,
    PublishedSource,
    Timex,
    TimexType,
)
from explorer.parse.segment import segment
from explorer.timeline import EventFilter, Timeline, Undated, article_events


def day(y: int, m: int, d: int) -> DateRange:
    return DateRange(datetime(y, m, d), datetime(y, m, d + 1), Precision.DAY)


def make(
    aid: str,
    text: str,
    published: date,
    dated: dict[str, DateRange],
    actors: dict[str, tuple[str, ActorKind]] | None = None,
    speakers: dict[int, str] | None = None,
) -> ParsedArticle:
    """An article whose time expressions and actor mentions are given by surface text."""
    art = Article(aid, text, aid.title(), published, PublishedSource.METADATA, f"{aid}.txt")
    timexes = []
    for surface, rng in dated.items():
        start = text.index(surface)
        timexes.append(Timex(start, start + len(surface), surface, TimexType.DATE, "x", "", rng))
    timexes.sort(key=lambda t: t.start)
    mentions = []
    actor_objs = {}
    for surface, (actor_id, kind) in (actors or {}).items():
        start = text.index(surface)
        mentions.append(Mention(start, start + len(surface), surface, actor_id))
        actor_objs[actor_id] = Actor(actor_id, kind)
    mentions.sort(key=lambda m: m.start)
    attributions = tuple(Attribution(i, s, 0, 0) for i, s in (speakers or {}).items())
    return ParsedArticle(
        art,
        segment(text).sentences,
        tuple(timexes),
        tuple(actor_objs.values()),
        tuple(mentions),
        (),
        attributions,
    )


TEXT = (
    "The truce began on Monday. Both sides accepted it.\n\n"
    "Aid arrived. Nobody knows when it ends.\n\n"
    "Fighting has gone on since 2012."
)


def sample() -> ParsedArticle:
    return make(
        "a1",
        TEXT,
        date(2016, 9, 23),
        {
            "on Monday": day(2016, 9, 19),
            "2012": DateRange(
                datetime(2012, 1, 1), datetime(2013, 1, 1), Precision.YEAR, open_end=True
            ),
        },
        actors={"Both sides": ("both sides", ActorKind.GROUP), "Aid": ("Aid", ActorKind.PLACE)},
    )


def test_explicit_and_context_dated_events() -> None:
    events = article_events(sample(), Undated.CONTEXT)
    by = [(e.sentence_index, e.dated_by, e.range.iso()) for e in events]
    assert by == [
        (0, DatedBy.EXPLICIT, "2016-09-19"),
        (1, DatedBy.CONTEXT, "2016-09-19"),  # same paragraph
        (2, DatedBy.NEWS_DAY, "2016-09-19"),  # another paragraph: the lead's day
        (3, DatedBy.NEWS_DAY, "2016-09-19"),
        (4, DatedBy.EXPLICIT, "2012"),
    ]


def test_undated_published_and_hide() -> None:
    pub = article_events(sample(), Undated.PUBLISHED)
    assert [e.dated_by for e in pub].count(DatedBy.PUBLISHED) == 3
    assert all(e.range.iso() == "2016-09-23" for e in pub if e.dated_by is DatedBy.PUBLISHED)
    hidden = article_events(sample(), Undated.HIDE)
    assert [e.sentence_index for e in hidden] == [0, 4]


def test_first_sentence_without_date_takes_the_lead_day_or_publication() -> None:
    p = make(
        "b",
        "Nothing dated here. Then on Monday it rained.",
        date(2020, 1, 10),
        {"on Monday": day(2020, 1, 6)},
    )
    events = article_events(p, Undated.CONTEXT)
    assert events[0].dated_by is DatedBy.NEWS_DAY
    assert events[0].range.iso() == "2020-01-06"
    # a lead date more than a week before publication is no news day
    old = make(
        "c",
        "Nothing dated here. On May 1 it rained.",
        date(2020, 1, 10),
        {"On May 1": day(2019, 5, 1)},
    )
    events = article_events(old, Undated.CONTEXT)
    assert events[0].dated_by is DatedBy.PUBLISHED
    assert events[0].range.iso() == "2020-01-10"


def test_places_are_not_event_actors() -> None:
    events = article_events(sample(), Undated.CONTEXT)
    assert events[1].actor_ids == ("both sides",)
    assert events[2].actor_ids == ()


def test_order_coarser_first_then_publication_then_position() -> None:
    year = DateRange(datetime(2016, 1, 1), datetime(2017, 1, 1), Precision.YEAR)
    a = make(
        "a",
        "It was 2016. It was Sept 1.",
        date(2016, 9, 5),
        {"2016": year, "Sept 1": day(2016, 9, 1)},
    )
    b = make("b", "On Jan 1 it began.", date(2016, 9, 1), {"Jan 1": day(2016, 1, 1)})
    tl = Timeline.build([a, b], Undated.HIDE)
    got = [(e.article_id, e.range.iso()) for e in tl.events]
    # The 2016 year starts on 1 Jan too: the coarser one comes first.
    assert got == [("a", "2016"), ("b", "2016-01-01"), ("a", "2016-09-01")]


def test_order_is_stable_for_equal_dates() -> None:
    a = make(
        "a",
        "On Monday one. On Monday two.",
        date(2016, 9, 23),
        {"On Monday one": day(2016, 9, 19), "On Monday two": day(2016, 9, 19)},
    )
    tl = Timeline.build([a], Undated.HIDE)
    assert [e.sentence_index for e in tl.events] == [0, 1]


def test_filter_by_actor_speaker_context_and_search() -> None:
    text = "Smith said on Monday it failed. Jones agreed. Rain fell on Tuesday."
    p = make(
        "a",
        text,
        date(2016, 9, 23),
        {"on Monday": day(2016, 9, 19), "on Tuesday": day(2016, 9, 20)},
        actors={"Smith": ("Ann Smith", ActorKind.PERSON), "Jones": ("Bo Jones", ActorKind.PERSON)},
        speakers={0: "Ann Smith"},
    )
    tl = Timeline.build([p])
    assert len(tl.filter(EventFilter())) == 3
    smith = tl.filter(EventFilter(actor_ids=frozenset({"Ann Smith"})))
    assert [tl.events[i].sentence_index for i in smith] == [0]
    either = tl.filter(EventFilter(actor_ids=frozenset({"Ann Smith", "Bo Jones"})))
    assert [tl.events[i].sentence_index for i in either] == [0, 1]
    speaking = tl.filter(EventFilter(actor_ids=frozenset({"Bo Jones"}), speakers_only=True))
    assert speaking == []
    explicit = tl.filter(EventFilter(show_context=False))
    assert [tl.events[i].sentence_index for i in explicit] == [0, 2]
    rain = tl.filter(EventFilter(search="RAIN"))
    assert [tl.events[i].sentence_index for i in rain] == [2]
    by_actor_name = tl.filter(EventFilter(search="bo jones"))
    assert [tl.events[i].sentence_index for i in by_actor_name] == [1]


def test_filter_by_country_includes_affiliated_people() -> None:
    text = "The ambassador spoke on Monday. Ruritania objected on Tuesday."
    p = make(
        "a",
        text,
        date(2016, 9, 23),
        {"on Monday": day(2016, 9, 19), "on Tuesday": day(2016, 9, 20)},
        actors={
            "The ambassador": ("Ann Smith", ActorKind.PERSON),
            "Ruritania": ("Ruritania", ActorKind.COUNTRY),
        },
    )
    tl = Timeline.build([p])
    tl.actors["Ann Smith"] = Actor("Ann Smith", ActorKind.PERSON, affiliation="Ruritania")
    with_people = tl.filter(EventFilter(actor_ids=frozenset({"Ruritania"})))
    assert len(with_people) == 2
    alone = tl.filter(EventFilter(actor_ids=frozenset({"Ruritania"}), include_affiliated=False))
    assert len(alone) == 1


def test_builder_gives_the_same_timeline_as_build() -> None:
    from explorer.timeline import TimelineBuilder

    a = make(
        "a",
        "It was Sept 1. Later on Monday.",
        date(2016, 9, 23),
        {"Sept 1": day(2016, 9, 1), "on Monday": day(2016, 9, 19)},
    )
    b = make("b", "On Jan 1 it began. Then nothing.", date(2016, 9, 1), {"Jan 1": day(2016, 1, 1)})
    c = make("c", "It was Sept 1 too.", date(2016, 9, 2), {"Sept 1": day(2016, 9, 1)})
    builder = TimelineBuilder()
    builder.add(a)
    assert builder.timeline().events == Timeline.build([a]).events
    builder.add(b)
    builder.add(c)
    assert builder.timeline().events == Timeline.build([a, b, c]).events
    builder.add(b)  # the same article again replaces it
    assert builder.timeline().events == Timeline.build([a, b, c]).events


def test_builder_links_actors_like_build() -> None:
    from explorer.timeline import TimelineBuilder

    a = make(
        "a",
        "Smith spoke on Monday.",
        date(2016, 9, 23),
        {"on Monday": day(2016, 9, 19)},
        actors={"Smith": ("Smith", ActorKind.PERSON)},
    )
    builder = TimelineBuilder()
    builder.add(a)
    amap = {"Smith": "Ann Smith"}
    assert builder.timeline(amap).events == Timeline.build([a], actor_map=amap).events
    assert builder.timeline(amap).events[0].actor_ids == ("Ann Smith",)


def test_a_sentence_quoting_one_speaker_is_their_statement() -> None:
    from dataclasses import replace

    from explorer.model import Quote

    text = '"We stay," Ann Smith said on Monday. "We will not leave." Rain fell.'
    p = make(
        "a",
        text,
        date(2016, 9, 23),
        {"on Monday": day(2016, 9, 19)},
        actors={"Ann Smith": ("Ann Smith", ActorKind.PERSON)},
        speakers={0: "Ann Smith"},
    )
    q1 = text.index('"We stay,"')
    q2 = text.index('"We will not leave."')
    quotes = (
        Quote(q1, q1 + 10, text[q1 : q1 + 10], "Ann Smith"),
        Quote(q2, q2 + 20, text[q2 : q2 + 20], "Ann Smith"),
    )
    events = article_events(replace(p, quotes=quotes), Undated.CONTEXT)
    assert [e.speaker_id for e in events] == ["Ann Smith", "Ann Smith", None]
    assert events[1].quote_indexes == (1,)
    unattributed = (Quote(q2, q2 + 20, text[q2 : q2 + 20], None),)
    events = article_events(replace(p, quotes=unattributed), Undated.CONTEXT)
    assert events[1].speaker_id is None  # never a guess
