"""Which of a sentence's dates are its own, and when a sentence none of whose dates is its
own happens (counted from an event, or when it was said, else by context)."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from datetime import date

from explorer.dating.context import ContextDater
from explorer.dating.newsday import modifies_noun
from explorer.dating.offsets import offset_of, vague_offset
from explorer.dating.statements import (
    CLAUSE_BREAK,
    dates_speech,
    ends_sentence,
    has_cue,
    speech_cues,
)
from explorer.model import (
    Attribution,
    DatedBy,
    DateRange,
    ParsedArticle,
    Precision,
    Sentence,
)
from explorer.parse.clauses import describes_other


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
    offset = offset_of(context.parsed, si, lo, hi)
    if offset is None:
        vague = vague_offset(context.parsed, si, lo, hi)
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
    if speaker is None and not quotes and not has_cue(parsed.article.text, sent):
        return [(counted, DatedBy.CONTEXT)]
    return [(counted, DatedBy.CONTEXT), context.date(si, speaker, quotes)]


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
            spoken = speech_cues(parsed, sent, cues)
        if modifies_noun(text, timex.start, timex.end):
            if spoken:
                continue  # "..., a premium to Friday's closing price, the companies said"
            return True  # in narration, the sentence's date ("the quarter ended Sept. 30")
        if spoken:
            if any(dates_speech(text, timex.start, timex.end, c) for c in spoken):
                return True
            if any(c.cue_end <= timex.start for c in spoken):
                continue  # in what is reported
            nxt = min(spoken, key=lambda c: c.cue_start)
            if ends_sentence(text, sent, nxt) and CLAUSE_BREAK.search(
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


# A record the sentence's own time sets, measured back to a date: "its worst month since
# March", "the lowest since April", "the strongest quake to hit the region since 2009" —
# the date is what the record is measured against, not when the sentence happens.
_RECORD_SINCE = re.compile(
    r"\b(?:best|worst|lowest|highest|biggest|largest|smallest|strongest|weakest|steepest"
    r"|sharpest|fastest|slowest|deepest|longest|shortest|heaviest|busiest|hottest|coldest"
    r"|wettest|driest|most|least)\b[^.;:!?]{0,60}?\bsince\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _comparison_base(text: str, start: int) -> bool:
    """Whether the date at ``start`` is what a figure is compared with (see above)."""
    lo = start - 80 if start > 80 else 0
    window = text[lo:start]
    if window.endswith(("since ", "since the ")) and _RECORD_SINCE.search(text, lo, start):
        return True
    if not any(w in window for w in _COMPARING):
        return False  # (cheap pre-test)
    m = _COMPARED_WITH.search(text, lo, start)
    if m is None:
        return False
    if any(c.isdigit() for c in m.group("between")):
        return True
    return _FIGURE_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None


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
