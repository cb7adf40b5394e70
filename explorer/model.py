"""The vocabulary of the whole program: plain, frozen data flowing one way.

Article → Sentence → Timex / Mention / Quote → Event → Timeline.

Every span (``start``, ``end``) is a character offset into ``Article.text``;
``text[start:end]`` is always the span's own ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import IntEnum, StrEnum


class PublishedSource(StrEnum):
    """Where an article's publication date came from (strongest first)."""

    OPTION = "option"  # --published on the command line, or set in the app
    METADATA = "metadata"  # sidecar .meta.toml, TimeML DCT, JSONL field
    DATELINE = "dateline"  # a date line found in the text itself
    ASSUMED = "assumed"  # nothing found: today's date, with a warning


@dataclass(frozen=True, slots=True)
class Article:
    """One input document, as read. ``text`` is what every offset points into."""

    id: str  # stable id: file stem, JSONL id, or a content hash
    text: str
    title: str | None
    published: date
    published_source: PublishedSource
    origin: str  # path (or "<stdin>", or "path:LINE" for JSONL)
    format: str = "text"  # "text" | "markdown" | "html" | "timeml" | "jsonl"
    url: str | None = None
    source: str | None = None  # outlet name from metadata
    # For TimeML input: the raw markup before and after the <TEXT> content, so an
    # export can rebuild the document around the text. Empty for other formats.
    markup_before: str = ""
    markup_after: str = ""
    warnings: tuple[str, ...] = ()

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset in the text."""
        return self.text.count("\n", 0, max(0, offset)) + 1

    def place_of(self, offset: int) -> str:
        """Where a character offset is in the input, for citations: "file:line" (in the
        file: after the markup before a TimeML text), "file, paragraph N" for a web page
        (its text is not the file's), the line of a JSON Lines input ("file:LINE")."""
        if self.format == "jsonl":
            return self.origin
        if self.format == "html":
            return f"{self.origin}, paragraph {self.text.count(chr(10) * 2, 0, offset) + 1}"
        return f"{self.origin}:{self.markup_before.count(chr(10)) + self.line_of(offset)}"


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int  # 0-based paragraph index within the article
    text: str


class TimexType(StrEnum):
    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    SET = "SET"


class Precision(IntEnum):
    """How finely a date is known. Lower = coarser; coarser sorts first on a tie."""

    MILLENNIUM = 0
    CENTURY = 1
    DECADE = 2
    YEAR = 3
    HALF = 4
    QUARTER = 5
    SEASON = 6
    MONTH = 7
    WEEK = 8
    DAY = 9
    PART_OF_DAY = 10
    HOUR = 11
    MINUTE = 12
    SECOND = 13


@dataclass(frozen=True, slots=True)
class DateRange:
    """The stretch of calendar an expression refers to: [start, end)."""

    start: datetime
    end: datetime  # exclusive
    precision: Precision
    approximate: bool = False  # "about five years ago", derived starts ("≈ Mar 2011")
    open_end: bool = False  # "since 2012": from start up to (at least) publication
    part_of_day: str | None = None  # "MO" | "AF" | "EV" | "NI" | "DT" for PART_OF_DAY

    def iso(self) -> str:
        """ISO 8601 as precise as known: 2012, 2016-09, 2016-09-23, 2016-09-23T09:00."""
        s = self.start
        p = self.precision
        if p <= Precision.YEAR:
            return f"{s.year:04d}"
        if p < Precision.WEEK:
            return f"{s.year:04d}-{s.month:02d}"
        if p <= Precision.PART_OF_DAY:
            return f"{s.year:04d}-{s.month:02d}-{s.day:02d}"
        if p <= Precision.MINUTE:
            return f"{s.year:04d}-{s.month:02d}-{s.day:02d}T{s.hour:02d}:{s.minute:02d}"
        return s.isoformat(timespec="seconds")

    def end_iso(self) -> str:
        """ISO of the last instant included, at the same precision (inclusive end)."""
        from datetime import timedelta

        last = self.end - timedelta(seconds=1)
        return DateRange(last, self.end, self.precision).iso()


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression found in the text, with its TIMEX3 reading."""

    start: int
    end: int
    text: str
    type: TimexType
    value: str  # TIMEX3 value: 2016-09-23, 2016-09-23TMO, 2016-W38, P3D, PRESENT_REF, XXXX-09-12
    explanation: str  # one line: how the value was obtained
    range: DateRange | None = None  # calendar reading (DATE/TIME, "since" ranges); None if none
    mod: str | None = None  # TIMEX3 mod: APPROX, START, END, BEFORE, AFTER, ON_OR_AFTER...


class ActorKind(StrEnum):
    PERSON = "person"
    COUNTRY = "country"  # countries and their governments
    ORGANISATION = "organisation"
    GROUP = "group"  # generic groups: rebels, "the activist", "a military source"
    PLACE = "place"  # places used as places: not actors, kept for highlighting


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical real-world entity. ``id`` is its canonical name."""

    id: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()  # surface forms seen or known
    role: str | None = None  # "ambassador", "president", ...
    affiliation: str | None = None  # id of another actor (a country or organisation)


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    actor_id: str


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation (text includes the quotation marks)."""

    start: int
    end: int
    text: str
    speaker_id: str | None  # None when the text does not say who: never a guess


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who makes the statement of a sentence ("X said ...", "according to X")."""

    sentence_index: int
    speaker_id: str
    cue_start: int  # the cue verb or phrase ("said", "told", "according to")
    cue_end: int


@dataclass(frozen=True, slots=True)
class ParsedArticle:
    """Everything the parser found in one article. Pure data; JSON-serialisable."""

    article: Article
    sentences: tuple[Sentence, ...]
    timexes: tuple[Timex, ...]
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()
    furniture: tuple[tuple[int, int], ...] = ()  # spans of page furniture lines
    # The article's timeline events dated by context, when worked out with the parse (the
    # engine does, and the cache keeps them): a warm launch need not date every sentence
    # again. None: not worked out. Not part of equality (derived from the rest).
    events: tuple[Event, ...] | None = field(default=None, compare=False)


class DatedBy(StrEnum):
    EXPLICIT = "explicit"  # a time expression in the sentence
    CONTEXT = "context"  # an earlier date about the same time (dating.ContextDater)
    NEWS_DAY = "news_day"  # the day the article reports: the date of its lead
    PUBLISHED = "published"  # the article's publication date


@dataclass(frozen=True, slots=True)
class Event:
    """One row of the timeline: a sentence at a date."""

    article_id: str
    sentence_index: int
    range: DateRange
    dated_by: DatedBy
    timex_index: int | None = None  # index into ParsedArticle.timexes
    actor_ids: tuple[str, ...] = ()
    speaker_id: str | None = None
    quote_indexes: tuple[int, ...] = ()  # indexes into ParsedArticle.quotes
    also_in: tuple[str, ...] = field(default=())  # other article ids with the same statement
    # who makes the statement with the speaker, by the same speech verb ("Russia and China
    # said in a joint statement": speaker Russia, co-speakers China)
    co_speaker_ids: tuple[str, ...] = ()
