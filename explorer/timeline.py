"""Events from parsed articles, their order, and filtered views of them.

Pure data and functions: no I/O, no Textual. Views only read what this builds.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from explorer.dating import (
    ContextDater,
    DescribingDates,
    already_shown,
    dated_timexes,
    dates_itself,
    ends_sentence,
    in_quotes,
    in_relative_clause,
    news_day,
    own_times,
    published_range,
    range_of,
    reply_in_deeds,
)
from explorer.dating.spans import range_rows
from explorer.model import (
    Actor,
    ActorKind,
    Attribution,
    DatedBy,
    Event,
    ParsedArticle,
    Sentence,
)

__all__ = [
    "ContextDater",
    "EventFilter",
    "Timeline",
    "TimelineBuilder",
    "Undated",
    "article_events",
    "event_sort_key",
    "news_day",
    "order_events",
    "published_range",
]


class Undated(StrEnum):
    """What to do with sentences that carry no time expression of their own."""

    CONTEXT = "context"  # worked out from the text around it (see ContextDater)
    PUBLISHED = "published"  # the article's publication date
    HIDE = "hide"  # leave them out


def _non_actor_ids(parsed: ParsedArticle) -> frozenset[str]:
    return frozenset(a.id for a in parsed.actors if a.kind is ActorKind.PLACE)


def with_events(parsed: ParsedArticle) -> ParsedArticle:
    """``parsed`` with its context-dated events worked out (see ``ParsedArticle.events``)."""
    if parsed.events is not None:
        return parsed
    return replace(parsed, events=tuple(article_events(parsed)))


def _is_now(parsed: ParsedArticle, ti: int) -> bool:
    """Whether timex ``ti`` is the present of its speaker ("now", "currently", "today")."""
    return parsed.timexes[ti].value == "PRESENT_REF"


def article_events(parsed: ParsedArticle, undated: Undated = Undated.CONTEXT) -> list[Event]:
    """Events of one article, in text order: one per dated time expression of a sentence;
    sentences without one are dated by context (:class:`ContextDater`) or publication, or
    left out. Context-dated events worked out with the parse (``parsed.events``) are used
    as they are."""
    if undated is Undated.CONTEXT and parsed.events is not None:
        return list(parsed.events)
    art = parsed.article
    aid = art.id
    places = _non_actor_ids(parsed)
    cues: dict[int, list[Attribution]] = {}
    for a in parsed.attributions:
        if not reply_in_deeds(art.text, a.cue_start, a.cue_end):  # "responded with artillery"
            cues.setdefault(a.sentence_index, []).append(a)
    mention_starts = [m.start for m in parsed.mentions]
    quote_ends = [q.end for q in parsed.quotes]
    timex_starts = [t.start for t in parsed.timexes]
    events: list[Event] = []
    context = ContextDater.of(parsed) if undated is Undated.CONTEXT else None
    all_quoted: frozenset[int] | None = context.quoted if context is not None else None
    mention_ids = [m.actor_id for m in parsed.mentions]
    all_quotes = parsed.quotes
    n_quotes = len(all_quotes)
    for si, sent in enumerate(parsed.sentences):
        lo = bisect.bisect_left(timex_starts, sent.start)
        hi = bisect.bisect_left(timex_starts, sent.end, lo)
        dated = dated_timexes(parsed, lo, hi, sent.end) if lo < hi else ()
        mlo = bisect.bisect_left(mention_starts, sent.start)
        mhi = bisect.bisect_left(mention_starts, sent.end, mlo)
        if mlo == mhi:
            actor_ids: tuple[str, ...] = ()
        elif places:
            actor_ids = tuple(dict.fromkeys(a for a in mention_ids[mlo:mhi] if a not in places))
        else:
            actor_ids = tuple(dict.fromkeys(mention_ids[mlo:mhi]))
        qlo = bisect.bisect_right(quote_ends, sent.start)
        qhi = qlo
        while qhi < n_quotes and all_quotes[qhi].start < sent.end:
            qhi += 1
        quotes = tuple(range(qlo, qhi)) if qlo < qhi else ()
        own = cues.get(si, ())
        speaker, co = _speakers(parsed.article.text, sent, own) if own else (None, ())
        if not speaker:  # an empty id too, as before
            speaker = _quoted_speaker(parsed, quotes) if quotes else None
        if speaker is not None and speaker not in actor_ids:
            actor_ids = (speaker, *actor_ids)
        if dated and context is not None and any(_is_now(parsed, ti) for ti in dated):
            # "“Our priority now is ...”", "It now goes to the Senate, the White House said":
            # a statement's "now" is when it was said, which the context gives, not
            # publication.
            if all_quoted is None:
                all_quoted = in_quotes(parsed)
            kept = [
                ti
                for ti in dated
                if not _is_now(parsed, ti) or (speaker is None and ti not in all_quoted)
            ]
            if not kept and len(dated) == hi - lo:
                when, by = context.date(si, speaker, quotes)
                events.append(Event(aid, si, when, by, None, actor_ids, speaker, quotes, (), co))
                continue
            dated = kept
        if dated:
            ranges = [parsed.timexes[ti].range for ti in dated]
            last = {rng: k for k, rng in enumerate(ranges)}
            # "between 2015 and 2016", "from March to May": one row spanning both
            spans = range_rows(parsed, dated, ranges) if len(dated) > 1 else {}
            for k, ti in enumerate(dated):
                rng = ranges[k]
                assert rng is not None
                if last[rng] != k:
                    # one row per day of a sentence: "NAIROBI, June 25 (Reuters) - ... on
                    # Wednesday" (the same day twice) is the row of its last naming
                    continue
                if k in spans:
                    span = spans[k]
                    if span is None:
                        continue  # (the end of a range: in the row of its start)
                    rng = span
                events.append(
                    Event(aid, si, rng, DatedBy.EXPLICIT, ti, actor_ids, speaker, quotes, (), co)
                )
            if undated is Undated.HIDE:
                continue
            if all_quoted is None:
                all_quoted = in_quotes(parsed)
            quoted = all_quoted
            others = DescribingDates(parsed, sent, dated, quoted)
            if context is not None:
                context.saw_dated(si, dated, own, quotes, others)
            # A sentence none of whose dates is its own ("X praised the vote, where polling
            # was held on Nov. 6"; "X said the plant opened in 2019") also happens at its own
            # time, worked out as for a sentence without a date.
            if dates_itself(parsed, sent, dated, own, quoted, others):
                continue
            shown = [range_of(parsed, ti) for ti in dated]
            told = [range_of(parsed, ti) for ti in dated if ti not in quoted]
        elif undated is Undated.HIDE:
            continue
        elif context is not None and lo == hi:  # no time expression at all: the usual case
            rng, by = context.date(si, speaker, quotes)
            events.append(Event(aid, si, rng, by, None, actor_ids, speaker, quotes, (), co))
            continue
        else:
            shown, told = [], []
        if context is None:
            times = [(published_range(art.published), DatedBy.PUBLISHED)]
        else:
            times = own_times(context, si, speaker, quotes, dated, lo, hi)
        for rng, by in times:
            if not already_shown(rng, shown, told, art.published):
                events.append(Event(aid, si, rng, by, None, actor_ids, speaker, quotes, (), co))
                shown.append(rng)
            told.append(rng)
    return events


def _speakers(text: str, sent: Sentence, own: Sequence[Attribution]) -> tuple[str, tuple[str, ...]]:
    """The speaker of a sentence and those who speak with them by the same verb ("Russia
    and China said": Russia, then China)."""
    if len(own) == 1:
        return own[0].speaker_id, ()
    cue = _main_cue(text, sent, own).cue_start
    joint = [a.speaker_id for a in own if a.cue_start == cue]
    return joint[0], tuple(dict.fromkeys(a for a in joint[1:] if a != joint[0]))


def _main_cue(text: str, sent: Sentence, own: Sequence[Attribution]) -> Attribution:
    """The speech verb of a sentence with several: the last one that closes it after what
    it reports ("X said ... , Y said."; not an "according to" after another verb), else the
    first, whose clause the others depend on ("Yoon said he would lift the order after the
    Assembly demanded it")."""
    for cue in reversed(own):
        # (not a source for a clause after a speech verb: "The ministry said 29,878 were
        # killed since Oct. 7, when gunmen killed 1,200, according to Israeli tallies")
        if ends_sentence(text, sent, cue) and not (
            text.startswith(("according", "According"), cue.cue_start) and cue is not own[0]
        ):
            return cue
    main = [c for c in own if not in_relative_clause(text, c.cue_start)]
    return (main or own)[0]


def _quoted_speaker(parsed: ParsedArticle, quotes: Sequence[int]) -> str | None:
    """The speaker of a sentence with no attribution of its own that quotes one speaker
    (a quote going on from the sentence before): their statement too."""
    found = {parsed.quotes[i].speaker_id for i in quotes}
    if len(found) == 1:
        return next(iter(found))
    return None


def event_sort_key(event: Event, published: date, article_rank: int) -> tuple[object, ...]:
    """Start date; coarser precision first on the same start; publication; position."""
    return (
        event.range.start,
        int(event.range.precision),
        published,
        article_rank,
        event.sentence_index,
        -1 if event.timex_index is None else event.timex_index,
    )


def order_events(
    events: Iterable[Event], articles: dict[str, ParsedArticle], ranks: dict[str, int]
) -> list[Event]:
    return sorted(
        events,
        key=lambda e: event_sort_key(
            e, articles[e.article_id].article.published, ranks[e.article_id]
        ),
    )


def _relink(event: Event, actor_map: Mapping[str, str]) -> Event:
    ids = tuple(dict.fromkeys(actor_map.get(a, a) for a in event.actor_ids))
    speaker = actor_map.get(event.speaker_id, event.speaker_id) if event.speaker_id else None
    co = tuple(actor_map.get(a, a) for a in event.co_speaker_ids)
    if ids == event.actor_ids and speaker == event.speaker_id and co == event.co_speaker_ids:
        return event
    return replace(event, actor_ids=ids, speaker_id=speaker, co_speaker_ids=co)


def _merge_actors(actors: dict[str, Actor], actor_map: Mapping[str, str]) -> dict[str, Actor]:
    """One actor per corpus-wide id; aliases of the linked ids join it."""
    merged: dict[str, Actor] = {}
    for aid, actor in actors.items():
        target = actor_map.get(aid, aid)
        base = merged.get(target) or actors.get(target) or replace(actor, id=target)
        if aid != target:
            aliases = tuple(dict.fromkeys((*base.aliases, aid, *actor.aliases)))
            base = replace(
                base,
                aliases=aliases,
                role=base.role or actor.role,
                affiliation=base.affiliation or actor.affiliation,
            )
        merged[target] = base
    return merged


@dataclass(frozen=True, slots=True)
class EventFilter:
    """What the user asked to see. Empty actor set = every actor."""

    actor_ids: frozenset[str] = frozenset()
    speakers_only: bool = False  # only events where a chosen actor speaks
    include_affiliated: bool = True  # a country also selects its affiliated people
    show_context: bool = True  # context-dated events
    search: str = ""

    @property
    def active(self) -> bool:
        return bool(self.actor_ids or self.speakers_only or not self.show_context or self.search)


@dataclass(slots=True)
class Timeline:
    """All events of a corpus, in timeline order, with the articles and actors they cite."""

    articles: dict[str, ParsedArticle]
    events: list[Event]
    actors: dict[str, Actor]
    undated: Undated = Undated.CONTEXT
    actor_map: Mapping[str, str] | None = None
    _search_text: list[str] | None = field(default=None, repr=False)

    @classmethod
    def build(
        cls,
        parsed: Sequence[ParsedArticle],
        undated: Undated = Undated.CONTEXT,
        actor_map: Mapping[str, str] | None = None,
    ) -> Timeline:
        """``actor_map``: per-article actor id -> corpus-wide id ("Kerry" -> "John Kerry")."""
        articles: dict[str, ParsedArticle] = {}
        for p in parsed:
            articles[p.article.id] = p
        keyed: list[tuple[tuple[object, ...], Event]] = []
        actors: dict[str, Actor] = {}
        for rank, p in enumerate(articles.values()):
            found = article_events(p, undated)
            for a in p.actors:
                actors.setdefault(a.id, a)
            if actor_map:
                found = [_relink(e, actor_map) for e in found]
            published = p.article.published
            keyed.extend((event_sort_key(e, published, rank), e) for e in found)
        if actor_map:
            actors = _merge_actors(actors, actor_map)
        keyed.sort(key=_first)  # as order_events: by event_sort_key, stable
        events = [e for _, e in keyed]
        return cls(articles, events, actors, undated, actor_map)

    def replace_article(self, parsed: ParsedArticle) -> Timeline:
        """A new timeline with one article re-parsed (e.g. a new publication date)."""
        items = [parsed if p.article.id == parsed.article.id else p for p in self.articles.values()]
        return Timeline.build(items, self.undated, self.actor_map)

    def sentence_text(self, event: Event) -> str:
        return self.articles[event.article_id].sentences[event.sentence_index].text

    def search_text(self, index: int) -> str:
        """Lower-cased text a search matches against: the sentence and its actors."""
        if self._search_text is None:
            self._search_text = [
                (self.sentence_text(e) + " \x00 " + " ".join(e.actor_ids)).casefold()
                for e in self.events
            ]
        return self._search_text[index]

    def expand_actors(self, actor_ids: frozenset[str], include_affiliated: bool) -> frozenset[str]:
        if not include_affiliated:
            return actor_ids
        extra = {a.id for a in self.actors.values() if a.affiliation in actor_ids}
        return actor_ids | extra

    def filter(self, f: EventFilter) -> list[int]:
        """Indexes into ``events`` that pass the filter, in timeline order."""
        wanted = self.expand_actors(f.actor_ids, f.include_affiliated)
        needle = f.search.casefold().strip()
        out: list[int] = []
        for i, e in enumerate(self.events):
            if not f.show_context and e.dated_by is not DatedBy.EXPLICIT:
                continue
            if wanted:
                if f.speakers_only:
                    if e.speaker_id not in wanted and wanted.isdisjoint(e.co_speaker_ids):
                        continue
                elif wanted.isdisjoint(e.actor_ids):
                    continue
            elif f.speakers_only and e.speaker_id is None:
                continue
            if needle and needle not in self.search_text(i):
                continue
            out.append(i)
        return out

    def actor_counts(self) -> dict[str, tuple[int, int]]:
        """actor id -> (events mentioning it, events where it speaks)."""
        counts: dict[str, list[int]] = {}
        for e in self.events:
            for a in e.actor_ids:
                counts.setdefault(a, [0, 0])[0] += 1
            if e.speaker_id is not None:
                counts.setdefault(e.speaker_id, [0, 0])[1] += 1
                for co in e.co_speaker_ids:
                    counts.setdefault(co, [0, 0])[1] += 1
        return {k: (v[0], v[1]) for k, v in counts.items()}


class TimelineBuilder:
    """A timeline grown article by article (the app, while a folder loads): each article's
    events and sort keys are made once, and the sort merges what is already in order, so
    showing the timeline again after each batch costs little more than the new articles."""

    def __init__(self, undated: Undated = Undated.CONTEXT) -> None:
        self.undated = undated
        self._articles: dict[str, ParsedArticle] = {}
        self._keyed: list[tuple[tuple[object, ...], Event]] = []
        self._actors: dict[str, Actor] = {}

    def add(self, parsed: ParsedArticle) -> None:
        aid = parsed.article.id
        rank = len(self._articles)
        if aid in self._articles:  # the same id again replaces it, as in Timeline.build
            self._keyed = [(k, e) for k, e in self._keyed if e.article_id != aid]
            rank = list(self._articles).index(aid)
        self._articles[aid] = parsed
        published = parsed.article.published
        self._keyed.extend(
            (event_sort_key(e, published, rank), e) for e in article_events(parsed, self.undated)
        )
        for a in parsed.actors:
            self._actors.setdefault(a.id, a)

    @property
    def articles(self) -> list[ParsedArticle]:
        return list(self._articles.values())

    def timeline(self, actor_map: Mapping[str, str] | None = None) -> Timeline:
        """The timeline so far; ``actor_map`` as in ``Timeline.build``."""
        self._keyed.sort(key=_first)  # Timsort: merging sorted runs is close to linear
        if not actor_map:
            events = [e for _, e in self._keyed]
            return Timeline(dict(self._articles), events, dict(self._actors), self.undated)
        events = [_relink(e, actor_map) for _, e in self._keyed]
        actors = _merge_actors(self._actors, actor_map)
        return Timeline(dict(self._articles), events, actors, self.undated, actor_map)


def _first(pair: tuple[tuple[object, ...], Event]) -> tuple[object, ...]:
    return pair[0]
