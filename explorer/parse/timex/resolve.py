"""Anchoring: tense of the sentence around an expression, and the news-reading rules
that pick a calendar date for words that name none ("Friday", "September 12")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import date
from enum import Enum

from explorer.model import Sentence
from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import (
    add_days,
    pretty_day,
    safe_date,
    weekday_on_or_after,
    weekday_on_or_before,
)
from explorer.parse.timex.detect import _trie


class Tense(Enum):
    PAST = "past"
    NONE = "none"
    FUTURE = "future"


def _words(words: Sequence[str]) -> str:
    """The words, longest preferred, as a prefix trie (quicker to reject than a list)."""
    return "(?:" + _trie(set(words)) + ")"


_CUE = re.compile(
    rf"(?<![\w'’])(?:(?P<fut>{_words(g.FUTURE_CUES)})|(?P<rep>{_words(g.REPORTING_CUES)})"
    rf"|(?P<past>{_words(g.PAST_CUES)})|(?P<ed>[a-z]{{2,}}ed))(?![\w'’])|(?P<ll>['’]ll)(?!\w)",
    re.IGNORECASE,
)
_KIND = {"ed": "past", "ll": "fut"}
_WINDOW = 200
_LONGEST_SENTENCE = 3000  # characters; longer ones are text without sentence ends
_LONG_BLOCK = 1000
# A past-tense sentence may still name a date a little after publication ("extended the
# offer to Nov. 20"); only further than this does tense move a month-day to another year.
SHIFT_MARGIN_DAYS = 80
# A month named without a day moves to another year by tense only when it is more than
# this many months away: "the sale closes in January" written in late October of a past-
# tense story is still the coming January, "the trip in June" written in October is not.
SHIFT_MARGIN_MONTHS = 2
# A word ending in -ed after a determiner is an adjective ("a planned merger", "the
# alleged plot"); one followed by an agent is a participle ("markets untouched by the
# crisis"): neither is a past-tense verb.
_DETERMINER = re.compile(
    r"\b(?:a|an|the|its|his|her|their|our|this|that|these|those|with|of|in|for|from|into)"
    r"\s+(?:\w+ly\s+|still\s+)?$",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\s+by\s+(?:the|a|an|[A-Z])\b")
# A relative clause set off by commas: its verb does not govern the rest of the sentence.
_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;]{1,80},")
_NEXT_TO = re.compile(r"\s+to\b", re.IGNORECASE)
# "will be held", "will stay closed", "would remain shut": the verb before carries the tense.
_PASSIVE = re.compile(
    r"\b(?:be|been|being|is|are|am|stay|stays|remain|remains|become|becomes)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# A warning or forecast is about what is to come: a date in its object ("warned of heavy
# rain on Sunday", "predicted that talks would resume Monday") lies ahead, while one
# right after the verb dates the warning itself ("warned on Thursday").
_FORECAST = re.compile(
    r"(?<![\w'’])(?:(?:warned|warns|warn)\s+(?:of|about|that)"
    r"|(?:predicted|predicts|forecast|forecasts|feared|fears)\s+that)\b[^.;]*$",
    re.IGNORECASE,
)
# "could" names a possibility to come only when it governs the expression, unnegated
# and active ("could come as early as Tuesday").
_COULD_PAST = re.compile(r"\s+(?:not|never|n't|be|have)\b", re.IGNORECASE)
# "did not arrive until Friday", "was not completed until Sunday": a negated past makes
# "until" name the day it finally happened, not a deadline to come.
_NEGATED_PAST = re.compile(
    r"\b(?:(?:did|was|were|had|could)\s+(?:not|never)|didn't|wasn't|weren't|hadn't|couldn't"
    r"|did\s+n't|was\s+n't|were\s+n't|had\s+n't)\b[^.;]*$",
    re.IGNORECASE,
)


class TenseReader:
    """Tense at a span: the nearest tense cue in the same sentence wins."""

    __slots__ = ("_asides", "_cache", "_ends", "_sentences", "_starts", "_text")

    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self._text = text
        self._sentences = [s for s in sentences if 0 <= s.start <= s.end <= len(text)]
        self._sentences.sort(key=lambda s: s.start)
        self._starts = [s.start for s in self._sentences]
        self._ends = [s.end for s in self._sentences]
        self._cache: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        self._asides: dict[tuple[int, int], list[tuple[int, int]]] = {}

    def sentence_span(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._ends[i]:
            start, end = self._starts[i], self._ends[i]
            if end - start <= _LONGEST_SENTENCE:
                return start, end
            # A "sentence" longer than any real one (text with no full stops): read the tense
            # in an aligned block around pos, so each expression costs the same however
            # long the line is (the cue cache is shared within a block).
            lo = max(start, (pos // _LONG_BLOCK) * _LONG_BLOCK - _LONG_BLOCK // 2)
            return lo, min(end, lo + 2 * _LONG_BLOCK)
        # Outside any sentence: a fixed block around pos (aligned, so the cue cache is shared).
        lo = max(0, (pos // _WINDOW) * _WINDOW - _WINDOW // 2)
        return lo, min(len(self._text), lo + 2 * _WINDOW)

    def _cues(self, span: tuple[int, int]) -> list[tuple[int, int, str]]:
        cues = self._cache.get(span)
        if cues is None:
            cues = []
            text = self._text
            for m in _CUE.finditer(text, span[0], span[1]):
                kind = m.lastgroup or ""
                word = " ".join(m.group().lower().split())
                if kind == "ed" and (
                    word in g.NOT_PAST_ED
                    or _DETERMINER.search(text, max(0, m.start() - 24), m.start())
                    or _AGENT.match(text, m.end())
                ):
                    continue  # "a planned merger", "markets untouched by the crisis"
                if m.group() == "May":  # the month, not the modal
                    continue
                if word == "next" and _NEXT_TO.match(text, m.end()):
                    continue  # "next to the embassy": a place, not a time
                kind = _KIND.get(kind, kind)
                if kind == "past" and _PASSIVE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "will be held": the auxiliary carries the tense
                if kind == "fut" and word in g.WEAK_FUTURE_CUES:
                    kind = "wfut"
                elif kind == "past" and word in g.PAST_PERFECT_CUES:
                    kind = "pp"
                cues.append((m.start(), m.end(), kind))
            self._cache[span] = cues
        return cues

    def at(self, start: int, end: int) -> Tense:
        best: tuple[int, str] | None = None
        reported = past_perfect = strong_future = False
        until_at = -1
        span = self.sentence_span(start)
        asides = self._asides.get(span)
        if asides is None:
            asides = [(a.start(), a.end()) for a in _ASIDE.finditer(self._text, *span)]
            self._asides[span] = asides
        if asides:
            asides = [(a, b) for a, b in asides if not a <= start < b]
        for cs, ce, kind in self._cues(span):
            if cs >= start and ce <= end:
                continue
            if any(a <= cs < b for a, b in asides):
                continue  # "The sale, which had been expected, closes by February."
            if (
                kind == "wfut"
                and self._text[cs:ce].lower() == "could"
                and (cs >= end or _COULD_PAST.match(self._text, ce))
            ):
                # "could come as early as Tuesday" looks ahead; "could not stop the bullet
                # ... Friday night", "could be located Wednesday" and "warnings on Thursday
                # that strikes could do harm" are past or say nothing of the date
                continue
            if kind == "rep":
                reported = True
                kind = "past"
            past_perfect = past_perfect or kind == "pp"
            strong_future = strong_future or kind == "fut"
            dist = start - ce if ce <= start else cs - end
            if best is None or dist < best[0]:
                best = (dist, kind)
                until_at = cs if self._text[cs:ce].lower() in ("until", "till") else -1
        if _FORECAST.search(self._text, max(span[0], start - 80), start):
            return Tense.FUTURE
        if best is None:
            return Tense.PAST if reported else Tense.NONE
        if best[1] == "wfut" and past_perfect and not strong_future:
            return Tense.PAST  # "it had been due to expire Friday": the deadline has passed
        if until_at >= 0 and _NEGATED_PAST.search(
            self._text, max(span[0], until_at - 60), until_at
        ):
            return Tense.PAST  # "did not arrive until Friday"
        return Tense.FUTURE if best[1] in ("fut", "wfut") else Tense.PAST


def weekday_date(weekday: int, published: date, tense: Tense) -> tuple[date | None, str]:
    """A bare weekday: on or before publication, unless the sentence is future."""
    if tense is Tense.FUTURE:
        d = weekday_on_or_after(published, weekday)
        why = "next"
        rule = "on or after"
    else:
        d = weekday_on_or_before(published, weekday)
        why = "most recent"
        rule = "on or before"
    name = list(g.WEEKDAYS)[weekday].capitalize()
    reason = f"{why} {name} {rule} publication ({pretty_day(published)})"
    if tense is Tense.FUTURE:
        reason += ", future tense"
    return d, reason


def relative_weekday(weekday: int, published: date, direction: int) -> date | None:
    """last Friday: strictly before publication; next Friday: strictly after."""
    if direction < 0:
        d = add_days(published, -1)
        return weekday_on_or_before(d, weekday) if d else None
    if direction > 0:
        d = add_days(published, 1)
        return weekday_on_or_after(d, weekday) if d else None
    return weekday_on_or_after(published, weekday)


def year_for_day(month: int, day: int, published: date, tense: Tense) -> tuple[int, str]:
    """The year of a month-day written without one.

    Past tense: the latest such day no more than ``SHIFT_MARGIN_DAYS`` after publication;
    future tense: the earliest no more than that before it; otherwise the nearest one.
    """
    y = published.year
    this = safe_date(y, month, day)
    if this is None:
        return y, "publication year"
    cands = [(cand, d) for cand in (y - 1, y, y + 1) if (d := safe_date(cand, month, day))]
    if tense is Tense.PAST:
        best = max(c for c, d in cands if (d - published).days <= SHIFT_MARGIN_DAYS)
        if best < y:
            return best, "previous year: past tense and the date is after publication"
        if best > y:
            return best, "next year: the date is only a few weeks after publication"
        return y, "publication year"
    if tense is Tense.FUTURE:
        best = min(c for c, d in cands if (published - d).days <= SHIFT_MARGIN_DAYS)
        if best > y:
            return best, "next year: future tense and the date is before publication"
        if best < y:
            return best, "previous year: the date is only a few weeks before publication"
        return y, "publication year"
    best = y
    for cand, d in cands:
        if abs((d - published).days) < abs((this - published).days) - 1:
            best = cand
    if best != y:
        return best, "nearest such date to publication"
    return y, "publication year"


def year_for_month(month: int, published: date, tense: Tense) -> tuple[int, str]:
    """The year of a month written without one.

    Past tense: the latest such month, unless it is at most ``SHIFT_MARGIN_MONTHS`` ahead
    ("agreed to buy the unit in January", written in October: the coming January); future
    tense mirrors that; otherwise the nearest such month.
    """
    y = published.year
    ahead = (month - published.month) % 12  # months from publication's month forward
    behind = (published.month - month) % 12
    if tense is Tense.PAST:
        if 0 < ahead <= SHIFT_MARGIN_MONTHS:
            if month < published.month:
                return y + 1, "next year: the month is only a little after publication"
            return y, "publication year"
        if month > published.month:
            return y - 1, "previous year: past tense and the month is after publication"
        return y, "publication year"
    if tense is Tense.FUTURE:
        if 0 < behind <= SHIFT_MARGIN_MONTHS:
            if month > published.month:
                return y - 1, "previous year: the month is only a little before publication"
            return y, "publication year"
        if month < published.month:
            return y + 1, "next year: future tense and the month is before publication"
        return y, "publication year"
    diff = month - published.month
    if diff > 6:
        return y - 1, "nearest such month to publication"
    if diff < -6:
        return y + 1, "nearest such month to publication"
    return y, "publication year"


def latest_quarter_on_or_before(q: int, published: date, tense: Tense) -> int:
    """Year of quarter ``q`` named without a year (future tense: the next one)."""
    current = (published.month - 1) // 3 + 1
    if tense is Tense.PAST:
        return published.year if q <= current else published.year - 1
    diff = q - current
    if diff > 2 or (diff == 2 and tense is Tense.NONE):
        return published.year - 1
    if diff < -2 or (diff == -2 and tense is Tense.FUTURE):
        return published.year + 1
    return published.year
