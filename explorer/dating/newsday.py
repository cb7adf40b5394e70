"""The news day of an article (the day its lead reports, else its publication day) and
the questions dating asks of any date: is it in a quote, in a relative clause, on a noun."""

from __future__ import annotations

import bisect
import re
from datetime import date, datetime, time, timedelta

from explorer.model import (
    DateRange,
    ParsedArticle,
    Precision,
    Timex,
    TimexType,
)


def published_range(day: date) -> DateRange:
    start = datetime.combine(day, time())
    return DateRange(start, start + timedelta(days=1), Precision.DAY)


# Where the news day is looked for, and how far before publication it may lie.
OPENING_SENTENCES = 3
LEAD_WINDOW = timedelta(days=7)
# A date that only describes a noun: "Wednesday's toll", "Friday's closing price", "the
# quarter ended Sept. 30", "the 12 months through September". It names a thing, not when the
# sentence happens, so it is no news day and dates no other sentence.
_POSSESSIVE = ("'s", "’s")
_ENDED_BEFORE = re.compile(r"\b(?:ended|ending|through)(?:\s+on)?\s+$")  # lower case: cheap


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


def modifies_noun(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] only describes a noun (see ``_POSSESSIVE``)."""
    return text.startswith(_POSSESSIVE, end) or (
        _ENDED_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def day_of(rng: DateRange) -> DateRange:
    start = datetime.combine(rng.start.date(), time())
    return DateRange(start, start + timedelta(days=1), Precision.DAY)


_TICK = timedelta(microseconds=1)


def _spans_midnight(rng: DateRange) -> bool:
    """Whether a time of day runs into the next day ("overnight", "last night")."""
    return rng.precision > Precision.DAY and rng.start.date() < (rng.end - _TICK).date()


def _late_in_day(timex: Timex) -> bool:
    """Whether a day is its end ("late on Sunday", "late Saturday"): like a night, the news
    of the next morning may follow it ("struck late on Sunday, ..., officials said on
    Monday" is Monday's news)."""
    return timex.mod == "END" and timex.range is not None and timex.range.precision == Precision.DAY


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
            if modifies_noun(art.text, parsed.timexes[ti].start, parsed.timexes[ti].end):
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
            if not (_spans_midnight(found[0]) or _late_in_day(parsed.timexes[found[1]])):
                if dateline is None or found[0].start.date() >= dateline[0].start.date():
                    break
                settled = True
    found = found or dateline or background
    if found is None:
        return published_range(art.published), None
    return day_of(found[0]), found[1]


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
