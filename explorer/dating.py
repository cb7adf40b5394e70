"""Dating on the timeline: the news day of an article, and when a sentence happens when
none of its dates tells (:class:`ContextDater`): by context, by the event an offset counts
from, or, for a statement, by when it was made.

Works on one parsed article; :mod:`explorer.timeline` builds the events.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from explorer.model import (
    Attribution,
    DatedBy,
    DateRange,
    ParsedArticle,
    Precision,
    Sentence,
    Timex,
    TimexType,
)
from explorer.parse.actors.patterns import patterns
from explorer.parse.actors.speakers import statement_cue
from explorer.parse.clauses import ANCHOR_WORDS, Offset, content_words, describes_other, offset_at
from explorer.parse.timex.calendar import shift_date


def published_range(day: date) -> DateRange:
    start = datetime.combine(day, time())
    return DateRange(start, start + timedelta(days=1), Precision.DAY)


# A relative clause on a noun ("after a three-day debate that ran late into the night on
# Saturday and Sunday", ", which ..."): a day in it after the sentence's own day is
# background, not where the narration after the sentence goes on ("One lawmaker abstained"
# is the vote's day).
_RELATIVE_BETWEEN = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+that\b|,\s+(?:which|who)\b"
)

# Where the news day is looked for, and how far before publication it may lie.
OPENING_SENTENCES = 3
LEAD_WINDOW = timedelta(days=7)
# "said on Monday", "said in a statement on Monday", "told a news conference in Tokyo on
# Wednesday": at most this many words between the speech verb and its date, none of them a
# comma, quotation mark or "that"; after any verb but "tell" they start with a preposition
# (so "said samples were tested on Monday" dates the tests, not the statement).
_SPEECH_GAP_WORDS = 6
_SPEECH_GAP_FIRST = frozenset(
    [
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "late",
        "early",
        "earlier",
        "later",
        "from",
        "by",
        "to",
        "via",
        "through",
        "over",
        "outside",
        "inside",
        "while",
        "this",
        "last",
    ]
)
# A date that only describes a noun: "Wednesday's toll", "Friday's closing price", "the
# quarter ended Sept. 30", "the 12 months through September". It names a thing, not when the
# sentence happens, so it is no news day and dates no other sentence.
_POSSESSIVE = ("'s", "’s")
_ENDED_BEFORE = re.compile(r"\b(?:ended|ending|through)(?:\s+on)?\s+$")  # lower case: cheap
# An occasion where people speak, dated in the same clause: "at an emergency meeting of the
# Security Council on Saturday", "in an interview on Monday", "the ministers met in Vienna on
# Thursday". The statements after it (any speaker) were made there.
_OCCASION = re.compile(
    r"\b(?:(?:at|during|in|after|before|on the sidelines of)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:meeting|session|(?:news |press )?conference|briefing|summit|talks|hearing|debate"
    r"|interview|(?:phone |telephone )?call|speech|address|visit|ceremony|forum)"
    r"|spoke|met|addressed|briefed)\b",
    re.IGNORECASE,
)
# Cheap pre-test (case-sensitive: many times faster): a sentence without one of these words
# names no occasion.
_OCCASION_WORD = re.compile(
    r"meeting|session|conference|briefing|summit|talks|hearing|debate|interview|call|speech"
    r"|address|visit|ceremony|forum|spoke|met\b|briefed"
)
_OCCASION_GAP_AFTER = 8  # words at most between the occasion and its date after it
_OCCASION_GAP_BEFORE = 3  # ... and before it ("on Saturday at a meeting")
_OCCASION_REACH = 160  # characters before the date that can hold the occasion and its gap
_CLAUSE_BREAK = re.compile(r"[,;:\"“”«»]")
# A sentence about a statement is one: "Mr Kerry's statement, after three days of talks, ..."
# A reply verb followed by "with" and no words ("responded with a statement"): a reply in
# deeds ("troops responded hours later with artillery", "retaliated with air strikes").
_REPLY_CUES = frozenset(
    ["responded", "responds", "replied", "replies", "answered", "answers", "hit back"]
)
_REPLY_IN_DEEDS = re.compile(
    r"(?:\s+(?!with\b)[\w-]+){0,3}?\s+with\s+(?!(?:(?:a|an|its|his|her|their|the|our|my)\s+)?"
    r"(?:statement|remark|comment|letter|tweet|post|message|word|question|silence|laughter"
    r"|laugh|shrug|criticism|call|plea|warning|denial|vow|pledge|threat|anger|defiance)s?\b)"
    r"[a-z]",
    re.IGNORECASE,
)
_STATEMENT_NOUN = re.compile(r"\b(?:statement|remarks|comments)\b", re.IGNORECASE)
_AT_THE_TIME = re.compile(r"\bat (?:the|that) time\b(?! of)", re.IGNORECASE)
# "at the time" ending an apposition that names a role ("X, the board's chief engineer at
# the time, said ..."): it dates the role, not the sentence.
_ROLE_APPOSITION = re.compile(r",\s*(?:the|a|an|then|his|her|its|their)\s[^,;:\"“”]*$", re.I)
# Words that may open a sentence before a date that sets the time of the narration after it
# ("In 1985, she began ...", "During the 1970s ...", "Back in June 2022 ...", "That summer").
_FRAME_LEAD = frozenset(["in", "during", "throughout", "back", "early", "late", "by"])
_FRAME_LEAD_CHARS = 16
# Such a date is written out ("1985", "the 1970s", "June 2022") or counts on from one ("Two
# years later", "That summer", "The following month"); not one counted from publication
# ("Last year", "A decade ago": news background) nor a comparison ("the year-earlier
# period", "A year earlier").
_FRAME_DATE = re.compile(r"\d\d\d|nineteen|later|following|next|that", re.IGNORECASE)
_NO_FRAME_DATE = re.compile(r"period|quarter|half|earlier|ago|last|previous|prior", re.I)
_FRAME_PRECISIONS = frozenset([Precision.DECADE, Precision.YEAR, Precision.SEASON, Precision.MONTH])
# Narration in the present or future is about now, not the past frame ("A decade ago, ...
# Today the goal is ..."); only its words outside quotes count.
_NOT_PAST = re.compile(
    r"\b(?:is|are|has|have|remains?|will|now|today|currently|says|say)\b", re.IGNORECASE
)
# A relative clause set off by a comma tells about a noun, not the narration's time: "She
# used the prize money to set up a foundation, which has since given grants to 400
# students" goes on with the past its paragraph told.
# How far ahead of publication a day may be for a future sentence after it to go on then.
_AHEAD_DAYS = 60
# A sentence that opens in the future tense: a subject of a few words, then "will" or "is
# to" ("He will then vote ...", "The team is to fly home afterwards").
_FUTURE_NARRATION = re.compile(
    r"(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,4}?\s+(?:will|is\s+to|are\s+to|plans\s+to|plan\s+to)"
    r"\s+(?:then\s+|also\s+)?(?!be\s+(?:able|likely|unable)\b)[a-z]"
)
_RELATIVE_CLAUSE = re.compile(r",\s+(?:which|who|whose)\b[^,;.!?]*", re.IGNORECASE)
# A sentence that tells the present and nothing past ("The union, which represents 1,900
# pilots, is seeking a 15% rise.", "Skyvia has offered 8%."): how things stand at
# publication, not more of the day its paragraph told.
_PRESENT_VERB = re.compile(r"\b(?:is|are|remains?|says|say)\b", re.IGNORECASE)
_PRESENT_PERFECT = re.compile(
    r"\b(?:has|have)\s+(?:(?:not|never|already|also|just|yet|long|so\s+far)\s+)*"
    r"(?:been\s+)?[a-z]+\b",
    re.IGNORECASE,
)
_ANY_PAST = re.compile(
    r"\b(?:was|were|had|did|didn't|wasn't|weren't|went|came|took|made|gave|saw|held|began"
    r"|broke|fell|rose|won|lost|left|led|spoke|struck|sent|found|got|ran|brought|told|said"
    r"|fled|hit|stood|grew|spent|felt|heard|sought|caught|kept|paid|met|[a-z]{2,}ed)\b",
    re.IGNORECASE,
)


# A present copula before a participle is a state now, no past: "Osei is suspended for the
# next match", "The stadium is closed for repairs", "Two roads remain blocked".
_PRESENT_STATE = re.compile(
    r"\b(?:is|are|remains?)\s+(?:(?:not|still|now|also|already|being|[a-z]+ly)\s+)?"
    r"[a-z]{2,}(?:ed|en)\b",
    re.IGNORECASE,
)


def _tells_the_present(text: str) -> bool:
    """Whether a sentence's verbs are all present or present perfect (see above)."""
    if "has" not in text and "have" not in text and _PRESENT_VERB.search(text) is None:
        return False
    rest = _PRESENT_PERFECT.sub(" ", text)
    rest = _PRESENT_STATE.sub(" is ", rest)
    return _ANY_PAST.search(rest) is None and (
        rest != text or _PRESENT_VERB.search(rest) is not None
    )


_OPENING_QUOTES = ("“", '"', "‘", "«")
# The past perfect: "had moved", "had then opened", "had not been", "had built" (not "had
# a shop", "had to leave").
_PAST_PERFECT = re.compile(
    r"\bhad\s+(?:(?:not|never|already|also|just|then|long|first|once|only|still|since"
    r"|previously|earlier|recently|[a-z]+ly)\s+)?(?:been|[a-z]{2,}ed|[a-z]+[ew]n"
    r"|built|made|held|set|won|begun|run|sold|bought|brought|paid|led|left|lost|kept|told"
    r"|found|met|sent|spent|gone|come|become|done|seen|fought|taught|thought|felt|heard"
    r"|put|read|shut|struck|stood|hit|cut|got|had|fled|spoken|said|sat|slept|taken|given"
    r"|known|grown|written|drawn|shown|thrown|broken|chosen|risen|fallen|driven|flown)\b"
)
# How far back (sentences with a day) the event an offset counts from is looked for, and the
# precision of a time counted in days, weeks, months or years.
_ANCHOR_LOOKBACK = 30
_OFFSET_PRECISION = {
    "D": Precision.DAY,
    "W": Precision.DAY,
    "M": Precision.MONTH,
    "Y": Precision.YEAR,
}
_GAP_BREAK = re.compile(r"[,;:\"“”«»]|\bthat\b", re.IGNORECASE)


def dated_timexes(parsed: ParsedArticle, lo: int, hi: int, end: int) -> list[int]:
    """Indexes of the timexes lo..hi-1 (those starting in a span ending at ``end``) that
    have a calendar reading and end inside the span, in text order."""
    timexes = parsed.timexes
    text = parsed.article.text
    return [
        i
        for i in range(lo, hi)
        if timexes[i].range is not None
        and timexes[i].end <= end
        and timexes[i].type in _CALENDAR_TYPES
        and not _decade_describes_noun(text, timexes[i])
    ]


# What may follow a decade that is no noun it describes: function words and verbs of a
# decade as subject ("the 1990s were", "the 1980s saw") or object ("in the 1990s when").
_NOT_NOUN_AFTER_DECADE = frozenset(
    {
        "and", "or", "but", "nor", "in", "at", "to", "for", "when", "where", "while", "with", "of",
        "on", "as", "by", "from", "than", "that", "which", "who", "the", "a", "an", "is", "was",
        "were", "are", "be", "been", "have", "has", "had", "will", "would", "could", "saw",
        "brought", "became", "began", "gave", "made", "marked", "meant", "onward", "onwards",
        "until", "through", "before", "after", "also", "too", "amid", "during", "despite", "under",
        "into", "over", "about", "around", "against", "among", "because", "though", "although",
        "if", "so", "then", "only", "already", "even", "just", "it", "he", "she", "they", "we",
        "i", "you", "there", "this", "these", "those", "its", "his", "her", "their", "our"
    }
)  # fmt: skip
_WORD_AFTER = re.compile(r"\s+([a-z][a-z-]*)")


def _decade_describes_noun(text: str, timex: Timex) -> bool:
    """Whether a decade only says what a noun is like ("the 1990s band Blue Harbour", "a
    1970s rock group"): a style or era, not when the sentence happens."""
    value = timex.value
    if len(value) != 3 or not value.isdigit():
        return False  # a decade's value is three digits ("199")
    if text.startswith("-", timex.end) and text[timex.end + 1 : timex.end + 2].isalpha():
        return True  # "the 1990s-era mill", "1980s-style": joined to what it describes
    nxt = _WORD_AFTER.match(text, timex.end)
    if nxt is None:
        return False
    word = nxt.group(1)
    return word not in _NOT_NOUN_AFTER_DECADE and not word.endswith("ed")


_CALENDAR_TYPES = frozenset([TimexType.DATE, TimexType.TIME, TimexType.DURATION])


def _modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] only describes a noun (see ``_POSSESSIVE``)."""
    return text.startswith(_POSSESSIVE, end) or (
        _ENDED_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def _day_of(rng: DateRange) -> DateRange:
    start = datetime.combine(rng.start.date(), time())
    return DateRange(start, start + timedelta(days=1), Precision.DAY)


_TICK = timedelta(microseconds=1)


def _spans_midnight(rng: DateRange) -> bool:
    """Whether a time of day runs into the next day ("overnight", "last night")."""
    return rng.precision > Precision.DAY and rng.start.date() < (rng.end - _TICK).date()


def news_day(
    parsed: ParsedArticle, quoted: frozenset[int] | None = None
) -> tuple[DateRange, int | None]:
    """The day the article reports: the first date of its opening (the first
    ``OPENING_SENTENCES`` sentences, outside quotes) that is a day, or finer, in the week up
    to publication ("on Thursday" in the lead) and says when something happened, not what
    ("Wednesday's toll" is background) -- else the publication date. A night, which runs
    into the next day, gives way to a later day of the opening: in "drones struck overnight,
    officials said on Saturday" the news is Saturday's, not Friday's. Returns the day and
    the index of the time expression that gave it (None: the publication date).
    ``quoted``: the indexes of the timexes inside quotes, when already known."""
    art = parsed.article
    # The opening: the first sentences, or from a wire lead after a headline and a dek
    # ("Shelling resumed on Wednesday evening. BEIRUT (AFP) - ... on Thursday").
    lead = next(
        (
            i
            for i, sent in enumerate(parsed.sentences[:LEAD_SEARCH])
            if sent.text[:1].isupper() and _LEAD_DATELINE.match(sent.text) is not None
        ),
        0,
    )
    opening = parsed.sentences[lead : lead + OPENING_SENTENCES]
    found: tuple[DateRange, int] | None = None
    dateline: tuple[DateRange, int] | None = None
    # A day in a relative clause ("earthquakes that struck on Saturday"): the news only if
    # the opening gives no other day ("..., a spokesman said on Sunday").
    background: tuple[DateRange, int] | None = None
    settled = False  # the first day found; only the dateline's day may still replace it
    if opening:
        if quoted is None:
            quoted = in_quotes(parsed)
        starts = [t.start for t in parsed.timexes]
        end = opening[-1].end
        lo = bisect.bisect_left(starts, opening[0].start)
        for ti in dated_timexes(parsed, lo, bisect.bisect_left(starts, end), end):
            rng = parsed.timexes[ti].range
            assert rng is not None
            if ti in quoted or rng.precision < Precision.DAY or rng.open_end:
                continue
            if _modifies_noun(art.text, parsed.timexes[ti].start, parsed.timexes[ti].end):
                continue
            if not art.published - LEAD_WINDOW <= rng.start.date() <= art.published:
                continue
            if _in_dateline(art.text, parsed.timexes[ti].start, parsed.timexes[ti].end):
                if dateline is None:
                    dateline = (rng, ti)
                continue  # "UNITED NATIONS, March 6 (Reuters) -": the day of filing
            if found is None and in_relative_clause(art.text, parsed.timexes[ti].start):
                if background is None:
                    background = (rng, ti)
                continue
            if settled:
                # "KABUL, Oct 8 (Reuters) - ... quakes that struck on Saturday ..., a
                # spokesman said on Sunday": a later day of the lead that is the dateline's
                assert found is not None and dateline is not None
                if rng.start.date() == dateline[0].start.date() > found[0].start.date():
                    found = (rng, ti)
                    break
                continue
            if found is None or rng.start.date() > found[0].start.date():
                found = (rng, ti)  # the first date, or a later day after a night
            if not _spans_midnight(found[0]):
                if dateline is None or found[0].start.date() >= dateline[0].start.date():
                    break
                settled = True
    found = found or dateline or background
    if found is None:
        return published_range(art.published), None
    return _day_of(found[0]), found[1]


# A relative clause open before a date, and the word before its pronoun: "earthquakes that
# struck western Afghanistan on", "the talks, which began on".
_RELATIVE_BEFORE_DATE = re.compile(r"([A-Za-z]+),?[ \t]+(?:that|which|who)[ \t]+[^,;:()\n—–]*$")
# Words before "that" that open no relative clause: what is said ("said that"), "so that".
_THAT_NO_NOUN = frozenset(
    {"said", "says", "say", "told", "tells", "announced", "reported", "warned", "added"}
    | {"stated", "claimed", "believed", "believe", "thought", "think", "insisted", "so"}
    | {"confirmed", "denied", "noted", "explained", "argued", "such", "now", "fact", "and"}
)


def in_relative_clause(text: str, start: int) -> bool:
    """Whether the word at ``start`` (a date, a speech verb) is in a relative clause on a
    noun still open ("earthquakes that struck on Saturday", "the talks, which began on
    Friday", "The UAE, which U.N. experts have accused"): what that noun did, not what its
    sentence tells."""
    window = text[max(0, start - 80) : start]
    if "that" not in window and "which" not in window and "who" not in window:
        return False
    m = _RELATIVE_BEFORE_DATE.search(window)
    return m is not None and m.group(1).lower() not in _THAT_NO_NOUN


# A wire lead's dateline: a place in capitals (a country, a date after it), maybe an agency
# in brackets, then a dash: "BEIRUT (AFP) -", "LIMA, Peru, April 14 (AP) —", "KYIV —".
_LEAD_DATELINE = re.compile(
    r"[A-Z][A-Z .’'-]{1,40}(?:,[ \t]*[A-Z][\w .’'-]{0,30}){0,2}[ \t]*"
    r"(?:\([^)\n]{1,40}\)[ \t]*)?[-—–][ \t]"
)
# How many sentences from the start a wire lead may come (after headline, dek, byline).
LEAD_SEARCH = 6

# A dateline: a place in capitals at a line's start, the date, then an agency or a dash
# ("UNITED NATIONS, March 6 (Reuters) -", "LIMA, Peru, April 14 (AP) —").
_DATELINE_BEFORE = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z .’'-]+(?:,[ \t]*[A-Z][\w .’'-]*)?,[ \t]*$")
_DATELINE_AFTER = re.compile(r"[ \t]*(?:\([^)\n]{1,40}\)[ \t]*)?[-—–]")


def _in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the expression at [start, end) is the date of a dateline."""
    return (
        _DATELINE_AFTER.match(text, end) is not None
        and _DATELINE_BEFORE.search(text, max(0, start - 60), start) is not None
    )


def in_quotes(parsed: ParsedArticle) -> frozenset[int]:
    """Indexes of the timexes inside a direct quotation."""
    out: set[int] = set()
    starts = [t.start for t in parsed.timexes]
    for q in parsed.quotes:
        lo = bisect.bisect_left(starts, q.start)
        hi = bisect.bisect_left(starts, q.end)
        out.update(range(lo, hi))
    return frozenset(out)


@dataclass(slots=True)
class ContextDater:
    """Dates a sentence that has no time expression of its own, as a careful reader would.

    Sentences are fed in text order (``saw_dated`` for one with dates, ``date`` for one
    without). A date spreads to later sentences only when it is about the same time; dates
    inside quotes, "since ..." spans and dates after the publication day never spread:

    1. "at the time" / "at that time" points back: the last date of the paragraph or the
       one before it (any precision: "France withdrew last year. Officials said at the
       time ..."), unless it only dates a role ("X, the chief engineer at the time, said").
    2. A statement (a speaker, a direct quote, a speech verb, or "his statement") is dated
       by when it was said: the last date of day precision or finer that its speaker's
       speech verb carried ("X said on Monday", "X told reporters in Tokyo on Monday"), or
       that the last dated occasion where people speak carried ("at an emergency meeting on
       Saturday": any speaker after it, across paragraphs, until the next sentence with a
       day of its own), else the news day (:func:`news_day`). What it reports (a
       background year, "next week", a forecast) never dates it.
       A quote going on in the next sentence keeps the date its speech verb carried, at
       any precision ("“...,” she told NRK in 2012. “I thought ...”").
    3. Narration takes the last date of day precision or finer of an earlier sentence of
       its paragraph, else the news day. Years, months, quarters and weeks are background:
       they date their own sentence and no other; so is a date that only describes a noun
       ("Friday's closing price", "the quarter ended Sept. 30"). Except a flashback: a
       past year, season or month, written out or counted on from one, that opens a
       narrating sentence ("In 1985, she began ...", "The following spring, ...") dates the
       past-tense narration after it in its paragraph, until a statement; in the past
       perfect, such a date anywhere in the sentence dates the past perfect after it, and
       past perfect opening the next paragraph goes on with the flashback.
    """

    parsed: ParsedArticle
    quoted: frozenset[int]
    news: tuple[DateRange, int | None]
    _paragraph: int = -1
    _in_paragraph: DateRange | None = None  # narration date of the current paragraph
    # A past year, season or month opening a narrating sentence ("In 1985, she began ..."):
    # the time of the narration after it in the paragraph, until a statement.
    _frame: DateRange | None = None
    # The frame came from a sentence in the past perfect ("She had moved to Turin in 2019"):
    # it holds only for narration in the past perfect ("She had then opened a bakery").
    _frame_perfect: bool = False
    # The frame the last paragraph ended in: narration in the past perfect opening the next
    # paragraph goes on with it ("In 2019, she had ... \n\n She had then ...").
    _carried: DateRange | None = None
    _last_any: tuple[DateRange, int] | None = None  # (range, paragraph), for "at the time"
    # The last day still to come a sentence named outside quotes, and that sentence: the
    # time of a future sentence right after it ("The mayor will open the polls at 7 a.m. on
    # Sunday. He will then vote in his village.").
    _ahead: tuple[DateRange, int] | None = None
    # speaker -> (the day their speech verb carried, its sentence)
    _spoken: dict[str, tuple[DateRange, int]] = field(default_factory=dict)
    # The last sentence with a day of its own that spreads, and those of its days no speech
    # verb carried: whether one is an occasion is worked out only when a statement asks.
    _occasion_from: tuple[int, tuple[int, ...]] | None = None
    _occasion: tuple[DateRange, int] | None = None  # (its day, its sentence), once known
    # A quote whose speech verb carried a date of any precision ("she told NRK in 2012"):
    # (that date, the speaker, its sentence), for the quote going on in the next sentence.
    _quote_said: tuple[DateRange, str, int] | None = None
    # The first date of day precision or finer of each sentence that has one (outside
    # quotes), as (sentence, date): the events an offset may count from ("two days after
    # the ministers met").
    _days: list[tuple[int, DateRange]] = field(default_factory=list)

    @classmethod
    def of(cls, parsed: ParsedArticle) -> ContextDater:
        quoted = in_quotes(parsed)
        return cls(parsed, quoted, news_day(parsed, quoted))

    def _enter(self, si: int) -> None:
        paragraph = self.parsed.sentences[si].paragraph
        if paragraph != self._paragraph:
            self._carried = self._frame
            self._paragraph, self._in_paragraph, self._frame = paragraph, None, None

    def saw_dated(
        self,
        si: int,
        dated: Sequence[int],
        cues: Sequence[Attribution],
        quotes: Sequence[int] = (),
        others: Container[int] = frozenset(),
    ) -> None:
        """Remember what a sentence with dates of its own lets later sentences inherit.
        ``others``: its dates of another event or a noun (:class:`DescribingDates`), which
        date no other sentence."""
        self._enter(si)
        parsed = self.parsed
        text = parsed.article.text
        after_publication = parsed.article.published + timedelta(days=1)
        moved = False  # a day of its own that spreads: the text moves on to another time
        last_start = 0  # where the text after that day begins
        unspoken: list[int] = []  # days no speech verb carried: maybe an occasion's
        for ti in dated:
            timex = parsed.timexes[ti]
            rng = timex.range
            assert rng is not None
            if ti in self.quoted or rng.open_end:
                continue
            if rng.start.date() >= after_publication:  # "the vote on Sept. 28", to come
                if rng.precision >= Precision.DAY and ti not in others:
                    self.note_day(si, rng)
                    if (self._ahead is None or self._ahead[1] != si) and (
                        rng.start.date() - parsed.article.published
                    ).days <= _AHEAD_DAYS:
                        self._ahead = (rng, si)  # (the first such day: "... on Nov. 16 its
                        # debentures due March 1, 2011": the redemption, not the maturity)
                continue
            self._last_any = (rng, self._paragraph)
            if quotes:  # "“...,” she told NRK in 2012.": the date of the quote, any precision
                for cue in cues:
                    if _dates_speech(text, timex.start, timex.end, cue):
                        self._quote_said = (rng, cue.speaker_id, si)
            if (
                rng.precision < Precision.DAY
                or ti in others
                or _modifies_noun(text, timex.start, timex.end)
            ):
                continue
            if moved and text[timex.start - 1 : timex.start] == "(":
                continue  # "at 7 p.m. (1800 GMT)": the local time stays the story's
            if moved and _RELATIVE_BETWEEN.search(text, last_start, timex.start):
                continue  # "voted at 7 p.m., after a debate that ran on Sunday": background
            self._in_paragraph, moved, last_start = rng, True, timex.end
            self.note_day(si, rng)
            spoke = False
            for cue in cues:  # "X said on Monday" (at a meeting or not): X's day
                if _dates_speech(text, timex.start, timex.end, cue):
                    self._spoken[cue.speaker_id] = (rng, si)
                    spoke = True
            if not spoke:
                unspoken.append(ti)
        self._carried = None
        if moved:
            self._occasion_from = (si, tuple(unspoken)) if unspoken else None
            self._occasion = None
            self._frame = None
        elif cues or quotes:
            self._frame = None
        else:
            self._framed(si, dated)

    def _framed(self, si: int, dated: Sequence[int]) -> None:
        """A narrating sentence that opens with a past year, season or month (see
        ``_frame``, ``_FRAME_DATE``) sets the time of the narration after it; such a date
        elsewhere in the sentence is background ("A quake in 2007 killed 500")."""
        parsed = self.parsed
        timex = parsed.timexes[dated[0]]
        sent = parsed.sentences[si]
        text, start = parsed.article.text, sent.start
        opens = timex.start - start <= _FRAME_LEAD_CHARS  # cheap: most dates open no sentence
        if not opens and "had" not in sent.text:
            return
        rng = timex.range
        assert rng is not None
        if (
            timex.type is TimexType.DATE
            and rng.precision in _FRAME_PRECISIONS
            and rng.end.date() <= parsed.article.published
            and not rng.open_end
            and _FRAME_DATE.search(timex.text)
            and not _NO_FRAME_DATE.search(timex.text)
            and not _modifies_noun(text, timex.start, timex.end)
        ):
            if opens and _opens_sentence(text, start, timex.start):
                self._frame, self._frame_perfect, self._in_paragraph = rng, False, None
            elif _PAST_PERFECT.search(sent.text) and not _NOT_PAST.search(sent.text):
                # "She had moved to Turin in 2019.": a flashback, for the past perfect after it
                self._frame, self._frame_perfect, self._in_paragraph = rng, True, None

    def _may_inherit(self) -> bool:
        """Whether a sentence without a date of its own may take one of an earlier sentence
        (a day of its paragraph, a frame, an occasion): when not, a statement and narration
        both get the news day, and telling them apart (a cue search) is not needed."""
        return (
            self._in_paragraph is not None
            or self._frame is not None
            or self._carried is not None
            or self._occasion_from is not None
            or self._occasion is not None
        )

    def _occasion_day(self) -> tuple[DateRange, int] | None:
        """The day of the last dated occasion where people speak (see ``_OCCASION``)."""
        if self._occasion_from is not None:
            si, candidates = self._occasion_from
            self._occasion_from = None
            sent = self.parsed.sentences[si]
            for i, ti in enumerate(candidates):
                timex = self.parsed.timexes[ti]
                if timex.range is not None and _dates_occasion(self.parsed, sent, timex):
                    # an occasion the sentence follows over days ("a session that ran until
                    # 10 p.m. on Monday and resumed on Tuesday") ends on its last day
                    last = max(
                        (r for r in (self.parsed.timexes[t].range for t in candidates[i:]) if r),
                        key=lambda r: r.start,
                    )
                    self._occasion = (
                        _day_of(last) if last.start > timex.range.start else timex.range,
                        si,
                    )
                    break
        return self._occasion

    def note_day(self, si: int, rng: DateRange) -> None:
        """Remember a sentence's own day (for an offset counting from its event)."""
        if not self._days or self._days[-1][0] != si:
            self._days.append((si, rng))

    def around(self, si: int, sign: int, unit: str) -> DateRange | None:
        """The time of "Days earlier, ..." (``sign`` -1) or "Weeks later, ..." (1): near the
        last earlier sentence's day (the news day if none), for months and years near its
        last date of any precision (see :func:`vague_range`)."""
        self._enter(si)
        base: DateRange | None = None
        for sj, rng in reversed(self._days[-_ANCHOR_LOOKBACK:]):
            if sj < si:
                base = rng
                break
        if unit in ("M", "Y") and self._last_any is not None:
            last = self._last_any[0]
            if base is None or last.start > base.start:
                base = last
        return vague_range(base if base is not None else self.news[0], sign, unit)

    def counted_from(self, si: int, offset: Offset, dated: Sequence[int]) -> DateRange | None:
        """The time of "three days after the vote on Sunday" or "two days after the
        ministers met": counted from a date in the anchor, else from the last earlier
        sentence with a day that names the anchor's event (at least two of its first words
        that tell events apart: "Ministers met in Brussels on Monday"); None when the
        article does not date the anchor."""
        parsed = self.parsed
        base: DateRange | None = None
        for ti in dated:
            timex = parsed.timexes[ti]
            if offset.anchor_start <= timex.start < offset.anchor_end and ti not in self.quoted:
                base = timex.range
                break
        text = parsed.article.text
        if base is None:
            a, b = offset.anchor_start, offset.anchor_end
            words = content_words(text, a, b, ANCHOR_WORDS)
            # The names the anchor gives ("a day after rival Veltro unveiled its chip"): an
            # earlier sentence about the same event names one of them too.
            names = content_words(text, a, b, ANCHOR_WORDS, names=True)
            need = min(2, len(words))
            for sj, rng in reversed(self._days[-_ANCHOR_LOOKBACK:]):
                if sj >= si or not need:
                    continue
                earlier = parsed.sentences[sj]
                shared = words & content_words(text, earlier.start, earlier.end)
                if len(shared) >= need and (not names or not names.isdisjoint(shared)):
                    base = rng
                    break
        if base is None or base.open_end:
            return None
        precision = _OFFSET_PRECISION[offset.unit]
        if base.precision < precision:
            return None
        moved = shift_date(base.start.date(), offset.unit, offset.sign * offset.n)
        if moved is None:
            return None
        start = datetime.combine(moved, time())
        if precision is Precision.DAY:
            return DateRange(start, start + timedelta(days=1), precision)
        if precision is Precision.MONTH:
            start = start.replace(day=1)
            nxt = shift_date(moved.replace(day=1), "M", 1)
        else:
            start = start.replace(month=1, day=1)
            nxt = shift_date(moved.replace(month=1, day=1), "Y", 1)
        if nxt is None:
            return None
        return DateRange(start, datetime.combine(nxt, time()), precision)

    def date(
        self, si: int, speaker: str | None, quotes: Sequence[int], counted: bool = False
    ) -> tuple[DateRange, DatedBy]:
        """The date of a sentence with no date of its own, and how it was worked out.
        ``counted``: it is counted from an event the article does not date ("two days
        after the summit"), so its paragraph's day, likely that event's, is not its own."""
        self._enter(si)
        parsed = self.parsed
        sent = parsed.sentences[si]
        text = parsed.article.text
        said_quote = self._quote_said
        if (
            said_quote is not None
            and said_quote[2] == si - 1
            and quotes
            and speaker in (None, said_quote[1])
            and parsed.sentences[si - 1].paragraph == sent.paragraph
            and sent.text.startswith(_OPENING_QUOTES)
            and not _has_cue(text, sent)
        ):  # the same quote going on: "“...,” she told NRK in 2012. “I thought ...”"
            self._quote_said = (said_quote[0], said_quote[1], si)
            return said_quote[0], DatedBy.CONTEXT
        last = self._last_any
        if (
            last is not None
            and self._paragraph - last[1] <= 1
            and _says_at_the_time(self.parsed, sent)
        ):
            return last[0], DatedBy.CONTEXT
        ahead = self._ahead
        if (
            ahead is not None
            and ahead[1] == si - 1
            and speaker is None
            and not quotes
            and not counted
            and parsed.sentences[si - 1].paragraph == sent.paragraph
            and _FUTURE_NARRATION.match(sent.text)
        ):
            # "The mayor will open the polls at 7 a.m. on Sunday. He will then vote in his
            # village.": what is still to come goes on on the day just named
            return ahead[0], DatedBy.CONTEXT
        if speaker is not None or quotes or (self._may_inherit() and _states(parsed, sent)):
            self._frame = self._carried = None
            # the later of its speaker's dated speech verb and the last dated occasion
            said = self._spoken.get(speaker) if speaker is not None else None
            occasion = self._occasion_day()
            if said is None or (occasion is not None and occasion[1] > said[1]):
                said = occasion
            if said is not None:
                return said[0], DatedBy.CONTEXT
        elif counted:
            pass
        elif self._in_paragraph is not None and (
            self._in_paragraph.start.date() >= self.news[0].start.date()
            or not _tells_the_present(sent.text)
        ):  # (a present told on a day gone is the news day's; on the news day, that day)
            return self._in_paragraph, DatedBy.CONTEXT
        elif self._frame is not None and not _NOT_PAST.search(
            _RELATIVE_CLAUSE.sub("", sent.text) if "," in sent.text else sent.text
        ):
            if not self._frame_perfect or _PAST_PERFECT.search(sent.text):
                return self._frame, DatedBy.CONTEXT
        elif self._carried is not None:
            carried, self._carried = self._carried, None
            if _PAST_PERFECT.search(sent.text) and not _NOT_PAST.search(sent.text):
                # a flashback going on in a new paragraph: "She had then ..."
                self._frame, self._frame_perfect = carried, True
                return carried, DatedBy.CONTEXT
        rng, lead = self.news
        return rng, DatedBy.PUBLISHED if lead is None else DatedBy.NEWS_DAY


def _dates_speech(text: str, start: int, end: int, cue: Attribution) -> bool:
    """Whether a date belongs to the speech verb: "said on Monday", "on Monday said"."""
    if start >= cue.cue_end:
        words = text[cue.cue_end : start].split()
        if len(words) > _SPEECH_GAP_WORDS or _GAP_BREAK.search(text, cue.cue_end, start):
            return False
        tells = text[cue.cue_start : cue.cue_end].lower().startswith(("tell", "told"))
        return not words or tells or words[0].lower() in _SPEECH_GAP_FIRST
    if end <= cue.cue_start:
        gap = text[end : cue.cue_start]
        return not gap.strip()
    return False


def _opens_sentence(text: str, start: int, at: int) -> bool:
    """Whether a date at ``at`` opens the sentence starting at ``start``, after at most two
    words of ``_FRAME_LEAD`` ("In 1985", "Back in June 2022", "That summer")."""
    if at - start > _FRAME_LEAD_CHARS:
        return False
    words = text[start:at].split()
    return len(words) <= 2 and all(w.lower() in _FRAME_LEAD for w in words)


def _outside_quotes(parsed: ParsedArticle, at: int) -> bool:
    return not any(q.start <= at < q.end for q in parsed.quotes)


def _dates_occasion(parsed: ParsedArticle, sent: Sentence, timex: Timex) -> bool:
    """Whether a date is that of an occasion where people speak, in the same clause (see
    ``_OCCASION``)."""
    text, start, end = parsed.article.text, timex.start, timex.end
    # only the words near the date can name its occasion (see the gaps above)
    lo, hi = max(sent.start, start - _OCCASION_REACH), min(sent.end, end + _OCCASION_REACH // 2)
    if _OCCASION_WORD.search(text, lo, hi) is None:
        return False
    for m in _OCCASION.finditer(text, lo, hi):
        if not _outside_quotes(parsed, m.start()):
            continue
        if start >= m.end():
            gap, most = text[m.end() : start], _OCCASION_GAP_AFTER
        elif end <= m.start():
            gap, most = text[end : m.start()], _OCCASION_GAP_BEFORE
        else:
            continue
        if len(gap.split()) <= most and not _CLAUSE_BREAK.search(gap):
            return True
    return False


def _about_statement(parsed: ParsedArticle, sent: Sentence) -> bool:
    """Whether a sentence is about a statement ("Mr Kerry's statement ...")."""
    t = sent.text
    if "tatement" not in t and "emarks" not in t and "omments" not in t:  # cheap pre-test
        return False
    text = parsed.article.text
    m = _STATEMENT_NOUN.search(text, sent.start, sent.end)
    return m is not None and _outside_quotes(parsed, m.start())


def _states(parsed: ParsedArticle, sent: Sentence) -> bool:
    """Whether a sentence without a speaker or quote is a statement all the same: a speech
    verb, or "his statement"."""
    return _has_cue(parsed.article.text, sent) or _about_statement(parsed, sent)


def _has_cue(text: str, sent: Sentence) -> bool:
    """Whether a sentence has a speech verb ("she added", "X denied") even when the parser
    could not tell whose; a reply in deeds is none ("troops responded with artillery"), nor
    is a rejection of no statement ("the council rejected the plan": a vote)."""
    for m in patterns().cue.finditer(text, sent.start, sent.end):
        if reply_in_deeds(text, m.start(), m.end()):
            continue
        if not statement_cue(text, m.group().lower(), m.end()):
            continue  # "The city council rejected it at first": a vote, no statement
        return True
    return False


def reply_in_deeds(text: str, start: int, end: int) -> bool:
    """Whether the speech verb at text[start:end] replies in deeds, no words: "troops
    responded hours later with artillery" (not "responded with a statement")."""
    return text[start:end].lower() in _REPLY_CUES and _REPLY_IN_DEEDS.match(text, end) is not None


def _says_at_the_time(parsed: ParsedArticle, sent: Sentence) -> bool:
    """Whether a sentence says "at the time" (or "at that time") outside a quote."""
    if "time" not in sent.text:
        return False
    text = parsed.article.text
    for m in _AT_THE_TIME.finditer(text, sent.start, sent.end):
        if any(q.start <= m.start() < q.end for q in parsed.quotes):
            continue
        if text.startswith(",", m.end()) and _ROLE_APPOSITION.search(
            text, max(sent.start, m.start() - 80), m.start()
        ):
            continue
        return True
    return False


def range_of(parsed: ParsedArticle, ti: int) -> DateRange:
    rng = parsed.timexes[ti].range
    assert rng is not None
    return rng


def own_times(
    context: ContextDater,
    si: int,
    speaker: str | None,
    quotes: Sequence[int],
    dated: Sequence[int],
    lo: int,
    hi: int,
) -> list[tuple[DateRange, DatedBy]]:
    """When a sentence none of whose dates is its own happens: counted from the event an
    offset names ("three days after the vote on Sunday"), and for a statement also when
    it was made; else by context."""
    offset = _offset_of(context.parsed, si, lo, hi)
    if offset is None:
        vague = _vague_offset(context.parsed, si, lo, hi)
        around = context.around(si, *vague) if vague is not None else None
        if around is None:
            return [context.date(si, speaker, quotes)]
        # A statement about it is also made when it is reported ("Weeks later, the party
        # collapsed, analysts said"); a speech verb it governs is then ("Days earlier, he
        # had denied the reports").
        parsed, sent = context.parsed, context.parsed.sentences[si]
        if not any(
            a.sentence_index == si and ends_sentence(parsed.article.text, sent, a)
            for a in parsed.attributions
        ):
            return [(around, DatedBy.CONTEXT)]
        return [(around, DatedBy.CONTEXT), context.date(si, speaker, quotes)]
    counted = context.counted_from(si, offset, dated)
    if counted is None:
        return [context.date(si, speaker, quotes, counted=True)]
    context.note_day(si, counted)
    parsed = context.parsed
    sent = parsed.sentences[si]
    if speaker is None and not quotes and not _has_cue(parsed.article.text, sent):
        return [(counted, DatedBy.CONTEXT)]
    return [(counted, DatedBy.CONTEXT), context.date(si, speaker, quotes)]


# An unspecified number of days, weeks, months or years before or after the last event
# ("Only days earlier, he had denied ...", "Weeks later, the party collapsed"): the unit,
# and how far the time may lie (a reader's "a few": up to a week of days, two months of
# weeks, a year of months, a decade of years).
_VAGUE_UNITS = {"PXD": "D", "PXW": "W", "PXM": "M", "PXY": "Y"}
_VAGUE_AFTER = re.compile(r"\s+(earlier|later)\b", re.IGNORECASE)
_VAGUE_LEAD_CHARS = 12  # ("Only just ", "But mere ")


def _vague_offset(parsed: ParsedArticle, si: int, lo: int, hi: int) -> tuple[int, str] | None:
    """The direction (-1 earlier, 1 later) and unit of a vague offset opening the sentence
    ("Days later, ...", "Only days earlier, ..."), if it has one; not one inside it ("a
    snap election that had looked likely only days earlier": that clause's time)."""
    text = parsed.article.text
    start = parsed.sentences[si].start
    for i in range(lo, hi):
        timex = parsed.timexes[i]
        if timex.start - start > _VAGUE_LEAD_CHARS or "," in text[start : timex.start]:
            break
        unit = _VAGUE_UNITS.get(timex.value) if timex.type is TimexType.DURATION else None
        if unit is None or timex.range is not None:
            continue
        m = _VAGUE_AFTER.match(text, timex.end)
        if m is not None and not any(q.start <= timex.start < q.end for q in parsed.quotes):
            return (-1 if m.group(1).lower() == "earlier" else 1), unit
    return None


def vague_range(base: DateRange, sign: int, unit: str) -> DateRange | None:
    """The stretch "days earlier" (``sign`` -1) or "weeks later" (1) than ``base`` may
    mean, approximate: the week before or after its day for days, a week to two months for
    weeks, the eleven months around its month for months, nine years for years; None
    where ``base`` is too coarse for the unit ("days after" a year)."""
    day = base.start.date() if sign < 0 else (base.end - timedelta(microseconds=1)).date()
    if unit in ("D", "W"):
        if base.precision < Precision.DAY:
            return None
        near, far = (1, 7) if unit == "D" else (7, 63)
        if sign < 0:
            lo, hi = day - timedelta(days=far - 1), day - timedelta(days=near - 1)
        else:
            lo, hi = day + timedelta(days=near), day + timedelta(days=far)
        return DateRange(
            datetime.combine(lo, time()), datetime.combine(hi, time()), Precision.DAY, True
        )
    if unit == "M":
        if base.precision < Precision.MONTH:
            return None
        first = day.replace(day=1)
        lo_m = shift_date(first, "M", -11 if sign < 0 else 1)
        hi_m = shift_date(first, "M", 0 if sign < 0 else 12)
        if lo_m is None or hi_m is None:
            return None
        return DateRange(
            datetime.combine(lo_m, time()), datetime.combine(hi_m, time()), Precision.MONTH, True
        )
    if base.precision < Precision.YEAR:
        return None
    year = day.year
    lo_y, hi_y = (year - 9, year) if sign < 0 else (year + 1, year + 10)
    if lo_y < 1 or hi_y > 9999:
        return None
    return DateRange(datetime(lo_y, 1, 1), datetime(hi_y, 1, 1), Precision.YEAR, True)


def _offset_of(parsed: ParsedArticle, si: int, lo: int, hi: int) -> Offset | None:
    """The first offset from another event in a sentence ("three days after ...")."""
    sent = parsed.sentences[si]
    text = parsed.article.text
    for i in range(lo, hi):
        timex = parsed.timexes[i]
        if timex.type is TimexType.DURATION and timex.range is None:
            spans = [(t.start, t.end) for t in parsed.timexes[lo:hi]]
            found = offset_at(text, timex.value, timex.start, timex.end, sent.end, spans)
            if found is not None and not any(q.start <= timex.start < q.end for q in parsed.quotes):
                return found
    return None


@dataclass(slots=True)
class DescribingDates:
    """The dates of a sentence (outside quotes) in a clause about another event or a noun:
    ", where polling was held on Nov. 6", ", founded in 2019,", "three days after
    ministers met ... by the end of the year" (see :func:`describes_other`); each worked
    out when first asked."""

    parsed: ParsedArticle
    sent: Sentence
    dated: Sequence[int]
    quoted: frozenset[int]
    _known: dict[int, bool] = field(default_factory=dict)
    _spans: list[tuple[int, int]] | None = None

    def __contains__(self, ti: object) -> bool:
        if not isinstance(ti, int) or ti in self.quoted:
            return False
        known = self._known.get(ti)
        if known is None:
            timexes = self.parsed.timexes
            spans = self._spans
            if spans is None:
                spans = self._spans = [(timexes[i].start, timexes[i].end) for i in self.dated]
            timex, sent = timexes[ti], self.sent
            known = describes_other(
                self.parsed.article.text, sent.start, sent.end, timex.start, timex.end, spans
            )
            self._known[ti] = known
        return known


def dates_itself(
    parsed: ParsedArticle,
    sent: Sentence,
    dated: Sequence[int],
    cues: Sequence[Attribution],
    quoted: frozenset[int],
    others: Container[int],
) -> bool:
    """Whether some date of a sentence tells when the sentence itself happens. Not one in a
    quote, one describing another event or a noun (``others``, ", where polls opened on
    Sept. 6"), nor, in a statement, one of what is reported: after the speech verb and not
    carried by it ("X said the plant opened in 2019"), before a speech verb ending the
    sentence ("The shooting happened at 5 p.m. Friday, police said"), or a noun's ("Friday's
    closing price", which in narration stays the sentence's date)."""
    text = parsed.article.text
    spoken: list[Attribution] | None = None
    for ti in dated:
        timex = parsed.timexes[ti]
        if ti in quoted or _comparison_base(text, timex.start):
            continue
        if spoken is None:
            spoken = _speech_cues(parsed, sent, cues)
        if _modifies_noun(text, timex.start, timex.end):
            if spoken:
                continue  # "..., a premium to Friday's closing price, the companies said"
            return True  # in narration, the sentence's date ("the quarter ended Sept. 30")
        if spoken:
            if any(_dates_speech(text, timex.start, timex.end, c) for c in spoken):
                return True
            if any(c.cue_end <= timex.start for c in spoken):
                continue  # in what is reported
            nxt = min(spoken, key=lambda c: c.cue_start)
            if ends_sentence(text, sent, nxt) and _CLAUSE_BREAK.search(
                text, timex.end, nxt.cue_start
            ):
                continue  # "..., police said."
        if ti not in others:
            return True
    return False


# What a figure is compared with: "up 2% from the prior quarter", "from 349 million a year
# earlier", "compared with 1.1 billion in the same period last year" — a date that only says
# what a figure is measured against, not when the sentence happens. A figure comes just
# before the preposition or between it and the date ("moved from Oslo in 2019", "bans gas
# boilers from 2027", "the exclusion of its sales from the current year's figures" are no
# comparisons).
_COMPARED_WITH = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.)\s+"
    r"(?P<between>(?:(?:[$€£¥]?\d[\d.,]*%?|million|billion|trillion|thousand|percent|per\s+cent"
    r"|times|points|crowns|euros|dollars|pounds|yen|yuan|a\s+share|in)\s+){0,5})$",
    re.IGNORECASE,
)
# A change or an amount just before the preposition: "up 2% from", "rose 18% from", "to 412
# million crowns from", "widened from" is none, nor "40 new homes from".
_FIGURE_BEFORE = re.compile(
    r"(?:\d\s*(?:%|percent\b|per\s+cent\b)|[$€£¥]\s?\d|\d\s+(?:million|billion|trillion)\b"
    r"|\b(?:up|down)\b)[^.;:!?]{0,30}$",
    re.IGNORECASE,
)
_COMPARING = ("from", "compared", "against", "vs")


def _comparison_base(text: str, start: int) -> bool:
    """Whether the date at ``start`` is what a figure is compared with (see above)."""
    lo = start - 80 if start > 80 else 0
    window = text[lo:start]
    if not any(w in window for w in _COMPARING):
        return False  # (cheap pre-test)
    m = _COMPARED_WITH.search(text, lo, start)
    if m is None:
        return False
    if any(c.isdigit() for c in m.group("between")):
        return True
    return _FIGURE_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None


_ACCORDING = ("according", "According")
# Speech verbs that are as often nouns ("arrested in several states since 1990"): without a
# speaker the parser found, they are not taken for one.
_NOUN_CUES = frozenset(["states", "claims", "reports", "notes", "demands", "calls for", "calls on"])


def _speech_cues(
    parsed: ParsedArticle, sent: Sentence, cues: Sequence[Attribution]
) -> list[Attribution]:
    """The speech verbs of a sentence: those the parser gave a speaker, else any outside
    quotes; "according to" is no speech (its dates are its source's: "according to figures
    released on Monday")."""
    text = parsed.article.text
    found = list(cues)
    if not found:
        found = [
            Attribution(-1, "", m.start(), m.end())
            for m in patterns().cue.finditer(text, sent.start, sent.end)
            if m.group().lower() not in _NOUN_CUES and _outside_quotes(parsed, m.start())
        ]
    return [c for c in found if not text.startswith(_ACCORDING, c.cue_start)]


_SUBJECT_WORDS = frozenset(["he", "she", "it", "they", "we", "i", "you", "that", "there"])


def ends_sentence(text: str, sent: Sentence, cue: Attribution) -> bool:
    """Whether a speech verb closes its sentence, after what it reports: "..., police
    said.", "..., said Lopez.", "..., she told reporters.", "..., the ministry said in a
    statement." (not "On Monday, the minister said he would resign")."""
    if text[sent.start : cue.cue_start].rstrip().endswith((",", "”", '"', "’")):
        return True  # inverted: "..., said the minister"
    tail = text[cue.cue_end : sent.end].strip().rstrip('.!?”"’').split()
    if not tail:
        return True
    lowered = [w.lower().strip(",") for w in tail]
    if _SUBJECT_WORDS.intersection(lowered):
        return False
    if lowered[0] in _SPEECH_GAP_FIRST:
        return len(tail) <= _SPEECH_GAP_WORDS
    tells = text[cue.cue_start : cue.cue_end].lower().startswith(("tell", "told"))
    return tells and len(tail) <= 3


def already_shown(
    rng: DateRange, shown: Sequence[DateRange], told: Sequence[DateRange], published: date
) -> bool:
    """Whether a sentence already has an event at that time (``shown``; on that day, for
    days), or tells of a past day after it (``told``): a statement is not made before what
    it tells of."""
    day = rng.start.date()
    for own in shown:
        if own.start == rng.start and own.precision == rng.precision:
            return True
        if own.precision >= Precision.DAY and not own.open_end and own.start.date() == day:
            return True
    return any(
        own.precision >= Precision.DAY and not own.open_end and day < own.start.date() <= published
        for own in told
    )
