"""ParsedArticle <-> JSON-able dict: compact, versioned, an exact round trip.

Short keys; dates and datetimes as ISO strings; enums by value; fields equal to their
default are left out. A span's ``text`` is left out when it equals the slice of the
article text it points into (the model's invariant), so a payload is mostly the
article text once.

``parsed_to_dict(p, with_article=False)`` leaves the article out altogether: the cache
stores that and re-attaches the article it was asked about (see ``explorer.store``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from explorer.model import (
    Actor,
    ActorKind,
    Article,
    Attribution,
    DatedBy,
    DateRange,
    Event,
    Mention,
    ParsedArticle,
    Precision,
    PublishedSource,
    Quote,
    Sentence,
    Timex,
    TimexType,
)

CODEC_VERSION = 1

JSONDict = dict[str, Any]


class CodecError(ValueError):
    """A dict that is not a ParsedArticle of this codec version."""


# Enum values to members: a dict look-up is several times faster than Enum(value), and
# decoding a cached corpus makes hundreds of thousands of them.
_PRECISION: dict[int, Precision] = {int(p): p for p in Precision}
_TIMEX_TYPE: dict[str, TimexType] = {t.value: t for t in TimexType}
_ACTOR_KIND: dict[str, ActorKind] = {k.value: k for k in ActorKind}
# The same actors recur across a corpus: decode each once and share it (time and memory).
_ACTOR_MEMO: dict[tuple[Any, ...], Actor] = {}
_ACTOR_MEMO_MAX = 100_000


# Article -------------------------------------------------------------------------------


def article_to_dict(a: Article) -> JSONDict:
    d: JSONDict = {
        "id": a.id,
        "text": a.text,
        "pub": a.published.isoformat(),
        "ps": a.published_source.value,
        "origin": a.origin,
    }
    if a.title is not None:
        d["title"] = a.title
    if a.format != "text":
        d["fmt"] = a.format
    if a.url is not None:
        d["url"] = a.url
    if a.source is not None:
        d["src"] = a.source
    if a.markup_before:
        d["mb"] = a.markup_before
    if a.markup_after:
        d["ma"] = a.markup_after
    if a.warnings:
        d["w"] = list(a.warnings)
    return d


def article_from_dict(d: JSONDict) -> Article:
    return Article(
        id=d["id"],
        text=d["text"],
        title=d.get("title"),
        published=date.fromisoformat(d["pub"]),
        published_source=PublishedSource(d["ps"]),
        origin=d["origin"],
        format=d.get("fmt", "text"),
        url=d.get("url"),
        source=d.get("src"),
        markup_before=d.get("mb", ""),
        markup_after=d.get("ma", ""),
        warnings=tuple(d.get("w", ())),
    )


# Parts ---------------------------------------------------------------------------------


def _span_text(text: str, start: int, end: int, own: str) -> list[str]:
    """[] when ``own`` is the slice it claims to be, else [own]: appended to a row."""
    return [] if 0 <= start <= end and text[start:end] == own else [own]


def range_to_list(r: DateRange) -> list[Any]:
    row: list[Any] = [r.start.isoformat(), r.end.isoformat(), int(r.precision)]
    if r.approximate or r.open_end or r.part_of_day is not None:
        row += [r.approximate, r.open_end, r.part_of_day]
    return row


def range_from_list(row: list[Any]) -> DateRange:
    extra: list[Any] = row[3:] if len(row) > 3 else [False, False, None]
    return DateRange(
        datetime.fromisoformat(row[0]),
        datetime.fromisoformat(row[1]),
        _PRECISION[row[2]],
        approximate=bool(extra[0]),
        open_end=bool(extra[1]),
        part_of_day=extra[2],
    )


def _timex_to_dict(t: Timex, text: str) -> JSONDict:
    d: JSONDict = {"s": t.start, "e": t.end, "t": t.type.value, "v": t.value, "x": t.explanation}
    if text[t.start : t.end] != t.text or not 0 <= t.start <= t.end:
        d["tx"] = t.text
    if t.range is not None:
        d["r"] = range_to_list(t.range)
    if t.mod is not None:
        d["m"] = t.mod
    return d


def _timex_from_dict(d: JSONDict, text: str) -> Timex:
    s, e = d["s"], d["e"]
    return Timex(
        start=s,
        end=e,
        text=d["tx"] if "tx" in d else text[s:e],
        type=_TIMEX_TYPE[d["t"]],
        value=d["v"],
        explanation=d["x"],
        range=range_from_list(d["r"]) if "r" in d else None,
        mod=d.get("m"),
    )


def _actor_to_dict(a: Actor) -> JSONDict:
    d: JSONDict = {"id": a.id, "k": a.kind.value}
    if a.aliases:
        d["al"] = list(a.aliases)
    if a.role is not None:
        d["ro"] = a.role
    if a.affiliation is not None:
        d["af"] = a.affiliation
    return d


def _actor_from_dict(d: JSONDict) -> Actor:
    key = (d["id"], d["k"], tuple(d.get("al", ())), d.get("ro"), d.get("af"))
    actor = _ACTOR_MEMO.get(key)
    if actor is None:
        actor = Actor(
            id=key[0], kind=_ACTOR_KIND[key[1]], aliases=key[2], role=key[3], affiliation=key[4]
        )
        if len(_ACTOR_MEMO) >= _ACTOR_MEMO_MAX:
            _ACTOR_MEMO.clear()
        _ACTOR_MEMO[key] = actor
    return actor


# ParsedArticle -------------------------------------------------------------------------


def parsed_to_dict(p: ParsedArticle, *, with_article: bool = True) -> JSONDict:
    """A JSON-able dict of ``p`` (without ``p.article`` if ``with_article`` is false)."""
    text = p.article.text
    d: JSONDict = {"v": CODEC_VERSION}
    if with_article:
        d["a"] = article_to_dict(p.article)
    d["sn"] = [
        [s.start, s.end, s.paragraph, *_span_text(text, s.start, s.end, s.text)]
        for s in p.sentences
    ]
    if p.timexes:
        d["tx"] = [_timex_to_dict(t, text) for t in p.timexes]
    if p.actors:
        d["ac"] = [_actor_to_dict(a) for a in p.actors]
    if p.mentions:
        d["mn"] = [
            [m.start, m.end, m.actor_id, *_span_text(text, m.start, m.end, m.text)]
            for m in p.mentions
        ]
    if p.quotes:
        d["qu"] = [
            [q.start, q.end, q.speaker_id, *_span_text(text, q.start, q.end, q.text)]
            for q in p.quotes
        ]
    if p.attributions:
        d["at"] = [[a.sentence_index, a.speaker_id, a.cue_start, a.cue_end] for a in p.attributions]
    if p.furniture:
        d["fu"] = [[s, e] for s, e in p.furniture]
    return d


def parsed_from_dict(d: JSONDict, article: Article | None = None) -> ParsedArticle:
    """The ParsedArticle of ``parsed_to_dict``. ``article`` is required (and used) when
    the dict was written without one. Raises CodecError on a foreign or broken dict."""
    if not isinstance(d, dict) or d.get("v") != CODEC_VERSION:
        version = d.get("v") if isinstance(d, dict) else None
        raise CodecError(f"not a parsed article of codec version {CODEC_VERSION} (got {version!r})")
    try:
        if "a" in d:
            article = article_from_dict(d["a"])
        elif article is None:
            raise CodecError("the dict has no article and none was given")
        text = article.text
        return ParsedArticle(
            article=article,
            sentences=tuple(
                Sentence(r[0], r[1], r[2], r[3] if len(r) > 3 else text[r[0] : r[1]])
                for r in d["sn"]
            ),
            timexes=tuple(_timex_from_dict(t, text) for t in d.get("tx", ())),
            actors=tuple(_actor_from_dict(a) for a in d.get("ac", ())),
            mentions=tuple(
                Mention(r[0], r[1], r[3] if len(r) > 3 else text[r[0] : r[1]], r[2])
                for r in d.get("mn", ())
            ),
            quotes=tuple(
                Quote(r[0], r[1], r[3] if len(r) > 3 else text[r[0] : r[1]], r[2])
                for r in d.get("qu", ())
            ),
            attributions=tuple(Attribution(r[0], r[1], r[2], r[3]) for r in d.get("at", ())),
            furniture=tuple((r[0], r[1]) for r in d.get("fu", ())),
        )
    except CodecError:
        raise
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise CodecError(f"broken parsed article: {exc!r}") from exc


def events_to_list(p: ParsedArticle, events: Sequence[Event]) -> list[list[Any]]:
    """Compact rows of ``p``'s events (its own article's): an event dated by its time
    expression stores no range (the expression's is it)."""
    rows: list[list[Any]] = []
    for e in events:
        ti = e.timex_index
        own = ti is not None and 0 <= ti < len(p.timexes) and p.timexes[ti].range == e.range
        rows.append(
            [
                e.sentence_index,
                None if own else range_to_list(e.range),
                e.dated_by.value,
                ti,
                list(e.actor_ids),
                e.speaker_id,
                list(e.quote_indexes),
                *([list(e.co_speaker_ids)] if e.co_speaker_ids else []),
            ]
        )
    return rows


_DATED_BY = {d.value: d for d in DatedBy}


def events_from_list(p: ParsedArticle, rows: list[list[Any]]) -> tuple[Event, ...]:
    """The events of ``events_to_list``. Raises CodecError on broken rows."""
    aid = p.article.id
    timexes = p.timexes
    out: list[Event] = []
    try:
        for row in rows:
            # (co-speakers, "Russia and China said", only where there are any)
            si, rng, by, ti, actors, speaker, quotes, *co = row
            if len(co) > 1:
                raise CodecError("an event row has too many fields")
            if rng is None:
                own = timexes[ti].range
                if own is None:
                    raise CodecError("an event's time expression has no range")
                when = own
            else:
                when = range_from_list(rng)
            out.append(
                Event(
                    aid,
                    si,
                    when,
                    _DATED_BY[by],
                    ti,
                    tuple(actors),
                    speaker,
                    tuple(quotes),
                    (),
                    tuple(co[0]) if co else (),
                )
            )
    except CodecError:
        raise
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise CodecError(f"broken events: {exc!r}") from exc
    return tuple(out)
