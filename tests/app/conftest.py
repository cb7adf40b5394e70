"""A small factory of ParsedArticles for app tests: no parser involved, so these tests
(and the snapshots) do not change when the parsers improve."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import pytest

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
from explorer.timeline import Timeline

# ------------------------------------------------------------------ date ranges


def day(y: int, m: int, d: int, *, approximate: bool = False) -> DateRange:
    s = datetime(y, m, d)
    return DateRange(s, s + timedelta(days=1), Precision.DAY, approximate=approximate)


def part_of_day(y: int, m: int, d: int, part: str) -> DateRange:
    hours = {"MO": (6, 12), "AF": (12, 18), "EV": (18, 22), "NI": (22, 30)}[part]
    base = datetime(y, m, d)
    return DateRange(
        base + timedelta(hours=hours[0]),
        base + timedelta(hours=hours[1]),
        Precision.PART_OF_DAY,
        part_of_day=part,
    )


def month(y: int, m: int, *, approximate: bool = False) -> DateRange:
    s = datetime(y, m, 1)
    e = datetime(y + (m == 12), m % 12 + 1, 1)
    return DateRange(s, e, Precision.MONTH, approximate=approximate)


def year(y: int, *, open_end: bool = False) -> DateRange:
    return DateRange(datetime(y, 1, 1), datetime(y + 1, 1, 1), Precision.YEAR, open_end=open_end)


# --------------------------------------------------------------------- builder


@dataclass
class SentenceSpec:
    text: str
    timex: tuple[str, DateRange] | None = None  # (surface, range)
    mentions: dict[str, str] = field(default_factory=dict)  # surface -> actor id
    speaker: str | None = None
    cue: str | None = None
    quote: str | None = None  # surface of a direct quote, with its quotation marks


@dataclass
class ArticleBuilder:
    id: str
    title: str
    published: date
    source: PublishedSource = PublishedSource.METADATA
    actors: tuple[Actor, ...] = ()
    outlet: str | None = None
    paragraphs: list[list[SentenceSpec]] = field(default_factory=list)

    def para(self, *sentences: SentenceSpec) -> ArticleBuilder:
        self.paragraphs.append(list(sentences))
        return self

    def build(self) -> ParsedArticle:
        text = ""
        sentences: list[Sentence] = []
        timexes: list[Timex] = []
        mentions: list[Mention] = []
        quotes: list[Quote] = []
        attributions: list[Attribution] = []
        for pi, para in enumerate(self.paragraphs):
            if pi:
                text += "\n\n"
            for si, spec in enumerate(para):
                if si:
                    text += " "
                start = len(text)
                text += spec.text
                index = len(sentences)
                sentences.append(Sentence(start, len(text), pi, spec.text))

                def at(surface: str, start: int = start, spec: SentenceSpec = spec) -> int:
                    pos = spec.text.find(surface)
                    assert pos >= 0, f"{surface!r} not in {spec.text!r}"
                    return start + pos

                if spec.timex is not None:
                    surface, rng = spec.timex
                    a = at(surface)
                    timexes.append(
                        Timex(
                            a,
                            a + len(surface),
                            surface,
                            TimexType.DATE,
                            rng.iso(),
                            f"“{surface}” read as {rng.iso()}",
                            rng,
                        )
                    )
                for surface, actor_id in spec.mentions.items():
                    a = at(surface)
                    mentions.append(Mention(a, a + len(surface), surface, actor_id))
                if spec.quote is not None:
                    a = at(spec.quote)
                    quotes.append(Quote(a, a + len(spec.quote), spec.quote, spec.speaker))
                if spec.speaker is not None:
                    cue = spec.cue or "said"
                    a = at(cue)
                    attributions.append(Attribution(index, spec.speaker, a, a + len(cue)))
        article = Article(
            id=self.id,
            text=text,
            title=self.title,
            published=self.published,
            published_source=self.source,
            origin=f"articles/{self.id}.txt",
            source=self.outlet,
        )
        return ParsedArticle(
            article=article,
            sentences=tuple(sentences),
            timexes=tuple(sorted(timexes, key=lambda t: t.start)),
            actors=self.actors,
            mentions=tuple(sorted(mentions, key=lambda m: m.start)),
            quotes=tuple(quotes),
            attributions=tuple(attributions),
        )


# --------------------------------------------------------------------- fixtures

KERRY = Actor("John Kerry", ActorKind.PERSON, ("Kerry", "Secretary Kerry"), "secretary of state")
CHURKIN = Actor("Vitaly Churkin", ActorKind.PERSON, ("Churkin",), "ambassador", "Russia")
POWER = Actor("Samantha Power", ActorKind.PERSON, ("Power",), "ambassador", "United States")
RUSSIA = Actor("Russia", ActorKind.COUNTRY, ("Russian Federation", "Moscow"))
USA = Actor("United States", ActorKind.COUNTRY, ("U.S.", "US", "Washington"))
HELMETS = Actor("White Helmets", ActorKind.ORGANISATION, ("the White Helmets",))
ACTIVIST = Actor("the activist", ActorKind.GROUP)
ALEPPO = Actor("Aleppo", ActorKind.PLACE)
ALL_ACTORS = (KERRY, CHURKIN, POWER, RUSSIA, USA, HELMETS, ACTIVIST, ALEPPO)


def truce_article() -> ParsedArticle:
    b = ArticleBuilder(
        "truce",
        "US, Russia fail to revive Syrian truce",
        date(2016, 9, 23),
        actors=ALL_ACTORS,
        outlet="Example Wire",
    )
    b.para(
        SentenceSpec(
            "Rebels have held the city since 2012.",
            timex=("since 2012", year(2012, open_end=True)),
        ),
        SentenceSpec("The siege has shaped the war.", mentions={}),
    )
    b.para(
        SentenceSpec(
            "The toll was even higher on Wednesday, the activist said.",
            timex=("Wednesday", day(2016, 9, 21)),
            mentions={"the activist": "the activist"},
            speaker="the activist",
        ),
        SentenceSpec(
            "That activist described the airstrikes as far more intense than before.",
            mentions={"That activist": "the activist"},
        ),
    )
    b.para(
        SentenceSpec(
            "Kerry said the United States was prepared to reciprocate if Russia was serious.",
            mentions={"Kerry": "John Kerry", "United States": "United States", "Russia": "Russia"},
            speaker="John Kerry",
        ),
    )
    b.para(
        SentenceSpec(
            "Russian Ambassador Vitaly Churkin said on Saturday the strike was "
            "“an extraordinary display of American heavy-handedness”.",
            timex=("on Saturday", day(2016, 9, 17)),
            mentions={"Vitaly Churkin": "Vitaly Churkin"},
            speaker="Vitaly Churkin",
            quote="“an extraordinary display of American heavy-handedness”",
        ),
        SentenceSpec(
            "US Ambassador Samantha Power said it was “a stunt replete with moralism”.",
            mentions={"Samantha Power": "Samantha Power"},
            speaker="Samantha Power",
            quote="“a stunt replete with moralism”",
        ),
    )
    b.para(
        SentenceSpec(
            "The White Helmets said dozens of air strikes hit Aleppo on Friday morning.",
            timex=("Friday morning", part_of_day(2016, 9, 23, "MO")),
            mentions={"White Helmets": "White Helmets", "Aleppo": "Aleppo"},
            speaker="White Helmets",
        ),
    )
    return b.build()


def history_article() -> ParsedArticle:
    b = ArticleBuilder(
        "history",
        "How the war began",
        date(2016, 9, 20),
        actors=ALL_ACTORS,
    )
    b.para(
        SentenceSpec(
            "Protests began in about March 2011.",
            timex=("about March 2011", month(2011, 3, approximate=True)),
        ),
        SentenceSpec(
            "Russia joined the war in September 2015.",
            timex=("September 2015", month(2015, 9)),
            mentions={"Russia": "Russia"},
        ),
        SentenceSpec(
            "Moscow said it would fight terrorists.",
            mentions={"Moscow": "Russia"},
            speaker="Russia",
        ),
    )
    b.para(
        SentenceSpec(
            "A ceasefire started on 12 September 2016.",
            timex=("12 September 2016", day(2016, 9, 12)),
        ),
        SentenceSpec("It collapsed within a week."),
    )
    return b.build()


def undated_article() -> ParsedArticle:
    b = ArticleBuilder(
        "wide",
        "広い文字 and emoji 🎉 report",
        date(2016, 9, 22),
        source=PublishedSource.ASSUMED,
        actors=ALL_ACTORS,
    )
    b.para(
        SentenceSpec(
            "東京で会議が開かれた 🎉 and the U.S. attended.", mentions={"U.S.": "United States"}
        ),
        SentenceSpec(
            "Officials met on 22 September 2016.", timex=("22 September 2016", day(2016, 9, 22))
        ),
    )
    return b.build()


def fixture_articles() -> list[ParsedArticle]:
    return [truce_article(), history_article(), undated_article()]


def fixture_timeline() -> Timeline:
    return Timeline.build(fixture_articles())


def hostile_article() -> ParsedArticle:
    b = ArticleBuilder("hostile", "[bold]Evil[/] title \x1b[31m", date(2016, 9, 23))
    b.para(
        SentenceSpec(
            "He wrote [bold]loud[/] and \x1b[31mred\x1b[0m text\x07 on 1 May 2016.",
            timex=("1 May 2016", day(2016, 5, 1)),
        ),
        SentenceSpec("Then \x1b]0;pwned\x07 [link=http://x]click[/link] here."),
    )
    return b.build()


@pytest.fixture
def timeline() -> Timeline:
    return fixture_timeline()
