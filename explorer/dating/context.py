"""Dating a sentence that has no time expression of its own by its context
(:class:`ContextDater`): the last date it is about, the statement it makes, its tense."""

from __future__ import annotations

import re
from collections.abc import Container, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from explorer.dating.ages import age_range, birth_year
from explorer.dating.newsday import day_of, in_quotes, modifies_noun, news_day
from explorer.dating.offsets import vague_range
from explorer.dating.spans import range_rows
from explorer.dating.statements import (
    dates_occasion,
    dates_speech,
    has_cue,
    says_at_the_time,
    states,
)
from explorer.model import (
    Attribution,
    DatedBy,
    DateRange,
    ParsedArticle,
    Precision,
    TimexType,
)
from explorer.parse.clauses import ANCHOR_WORDS, Offset, content_words
from explorer.parse.timex.calendar import shift_date

# A relative clause on a noun ("after a three-day debate that ran late into the night on
# Saturday and Sunday", ", which ..."): a day in it after the sentence's own day is
# background, not where the narration after the sentence goes on ("One lawmaker abstained"
# is the vote's day).
_RELATIVE_BETWEEN = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+that\b|,\s+(?:which|who)\b"
)
# A clause or phrase of what came before or after the sentence's event, still open at a
# later date of the sentence ("began at 12:01 a.m. on Tuesday after the previous contract
# expired on Monday": Tuesday's; searched from the sentence's first day on).
_AFTER_CLAUSE = re.compile(r"\b(?:after|before)\s+(?:(?:the|a|an|its|their|his|her)\s[^,;]*)?\Z")
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
_QUOTE_MARKS = ('"', "“", "”")
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
       day of its own; another speaker than the occasion's only until a paragraph of
       narration has followed it), else the news day (:func:`news_day`). What it reports (a
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
    # The birth year of the story's subject, if it gives one: what an age counts from ("At
    # 19 she won a scholarship").
    born: int | None = None
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
    # The sentences with a speaker (worked out when an occasion far back asks).
    _voiced: frozenset[int] | None = None
    # speaker -> (the day their speech verb carried, its sentence)
    _spoken: dict[str, tuple[DateRange, int]] = field(default_factory=dict)
    # The last sentence with a day of its own that spreads, and those of its days no speech
    # verb carried: whether one is an occasion is worked out only when a statement asks.
    _occasion_from: tuple[int, tuple[int, ...]] | None = None
    _occasion: tuple[DateRange, int] | None = None  # (its day, its sentence), once known
    # A quote whose speech verb carried a date of any precision ("she told NRK in 2012"):
    # (that date, the speaker, its sentence), for the quote going on in the next sentence.
    _quote_said: tuple[DateRange, str, int] | None = None
    # Speakers whose speech named a setting of its own ("told reporters outside the
    # depot"): not at the last occasion, whatever follows.
    _elsewhere: set[str] = field(default_factory=set)
    # The first date of day precision or finer of each sentence that has one (outside
    # quotes), as (sentence, date): the events an offset may count from ("two days after
    # the ministers met").
    _days: list[tuple[int, DateRange]] = field(default_factory=list)

    @classmethod
    def of(cls, parsed: ParsedArticle) -> ContextDater:
        quoted = in_quotes(parsed)
        return cls(parsed, quoted, news_day(parsed, quoted), birth_year(parsed.article.text))

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
        first_end = 0  # ... and after the first such day
        unspoken: list[int] = []  # days no speech verb carried: maybe an occasion's
        # ("Sales between Nov. 1 and Dec. 31 reached ...": the next sentence's is the span)
        spans = range_rows(parsed, dated, [parsed.timexes[t].range for t in dated])
        for k, ti in enumerate(dated):
            timex = parsed.timexes[ti]
            rng = spans.get(k, timex.range)
            if rng is None:
                continue  # (the second end of a range: the first carried the span)
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
                    if dates_speech(text, timex.start, timex.end, cue):
                        self._quote_said = (rng, cue.speaker_id, si)
            if (
                rng.precision < Precision.DAY
                or ti in others
                or modifies_noun(text, timex.start, timex.end)
            ):
                continue
            if moved and text[timex.start - 1 : timex.start] == "(":
                continue  # "at 7 p.m. (1800 GMT)": the local time stays the story's
            if moved and _RELATIVE_BETWEEN.search(text, last_start, timex.start):
                continue  # "voted at 7 p.m., after a debate that ran on Sunday": background
            if moved and _AFTER_CLAUSE.search(text, first_end, timex.start):
                continue
            if not moved:
                first_end = timex.end
            self._in_paragraph, moved, last_start = rng, True, timex.end
            self.note_day(si, rng)
            spoke = False
            for cue in cues:  # "X said on Monday" (at a meeting or not): X's day
                if dates_speech(text, timex.start, timex.end, cue):
                    self._spoken[cue.speaker_id] = (rng, si)
                    spoke = True
            if not spoke and not _reported_past(text, cues, timex.start):
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
            and not modifies_noun(text, timex.start, timex.end)
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
                if timex.range is not None and dates_occasion(self.parsed, sent, timex):
                    # an occasion the sentence follows over days ("a session that ran until
                    # 10 p.m. on Monday and resumed on Tuesday") ends on its last day
                    last = max(
                        (r for r in (self.parsed.timexes[t].range for t in candidates[i:]) if r),
                        key=lambda r: r.start,
                    )
                    self._occasion = (
                        day_of(last) if last.start > timex.range.start else timex.range,
                        si,
                    )
                    break
        return self._occasion

    def _narration_since(self, occasion: int, si: int) -> bool:
        """Whether a sentence of a paragraph after the occasion's, before ``si``, is
        narration: no speaker, no quote."""
        parsed = self.parsed
        if self._voiced is None:
            self._voiced = frozenset(a.sentence_index for a in parsed.attributions)
        first = parsed.sentences[occasion].paragraph
        for sj in range(occasion + 1, si):
            sent = parsed.sentences[sj]
            if (
                sent.paragraph != first
                and sj not in self._voiced
                and not any(q in sent.text for q in _QUOTE_MARKS)
            ):
                return True
        return False

    def _at_occasion(self, speaker: str, si: int) -> bool:
        """Whether ``speaker`` spoke in the occasion's sentence ``si`` (the one speaking at
        the briefing goes on at it, however far)."""
        for a in self.parsed.attributions:
            if a.sentence_index == si and a.speaker_id == speaker:
                return True
        return False

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
            and not has_cue(text, sent)
        ):  # the same quote going on: "“...,” she told NRK in 2012. “I thought ...”"
            self._quote_said = (said_quote[0], said_quote[1], si)
            return said_quote[0], DatedBy.CONTEXT
        last = self._last_any
        if (
            last is not None
            and self._paragraph - last[1] <= 1
            and says_at_the_time(self.parsed, sent)
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
        if (
            self.born is not None
            and (aged := age_range(self.born, text, sent.start, sent.end, self.news[0].start))
            and not any(parsed.quotes[q].start <= aged[1] < parsed.quotes[q].end for q in quotes)
        ):
            # "She left school at 15", in the life of a woman born in 1938: about 1953 (an
            # age told outside quotes)
            return aged[0], DatedBy.CONTEXT
        if speaker is not None or quotes or (self._may_inherit() and states(parsed, sent)):
            self._frame = self._carried = None
            # the later of its speaker's dated speech verb and the last dated occasion
            said = self._spoken.get(speaker) if speaker is not None else None
            occasion = self._occasion_day()
            if (
                occasion is not None
                and sent.paragraph - parsed.sentences[occasion[1]].paragraph > 1
                and self._narration_since(occasion[1], si)
                and (speaker is None or not self._at_occasion(speaker, occasion[1]))
            ):
                # "said Fatih Birol at a briefing on Thursday." A paragraph of narration on,
                # "said Lord Walker": the story has left the occasion; another voice after
                # it is not known to be at it
                occasion = None
            if (
                occasion is not None
                and speaker is not None
                and not self._at_occasion(speaker, occasion[1])
                and (speaker in self._elsewhere or _speaks_elsewhere(sent.text))
            ):
                # '"...," Whitcomb told reporters outside the depot', after "The council
                # approved the deal at an emergency session on Wednesday evening": a speaker
                # somewhere of their own is not at the occasion (nor their quote after it)
                self._elsewhere.add(speaker)
                occasion = None
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


# A speech verb with a setting of its own: "told reporters outside the depot", "said in an
# interview", "said by phone", "told a news conference".
_ELSEWHERE = re.compile(
    r"\b(?:said|says|told|added)\b[^.;\"“”]{0,30}?\b(?:outside|in\s+an\s+interview"
    r"|by\s+(?:tele)?phone|(?:at|told)\s+an?\s+(?:news|press)\s+conference)\b"
)


_HAD = re.compile(r"\bhad\b")


def _reported_past(text: str, cues: Sequence[Attribution], at: int) -> bool:
    """Whether a day at ``at`` is in a past perfect its sentence's speaker reports ("said
    the company had offered 5.5 percent at a meeting on March 20"): the day of what was
    reported, not an occasion the speaker spoke at."""
    return any(c.cue_end <= at and _HAD.search(text, c.cue_end, at) is not None for c in cues)


def _speaks_elsewhere(text: str) -> bool:
    """Whether a sentence's speech verb names a setting of its own (``_ELSEWHERE``)."""
    return (
        "outside" in text or "interview" in text or "phone" in text or "conference" in text
    ) and (_ELSEWHERE.search(text) is not None)


def _opens_sentence(text: str, start: int, at: int) -> bool:
    """Whether a date at ``at`` opens the sentence starting at ``start``, after at most two
    words of ``_FRAME_LEAD`` ("In 1985", "Back in June 2022", "That summer")."""
    if at - start > _FRAME_LEAD_CHARS:
        return False
    words = text[start:at].split()
    return len(words) <= 2 and all(w.lower() in _FRAME_LEAD for w in words)
