"""The JSON shape of articles and events: one definition that every exporter uses.

Schema (documented in the README):

    article: {id, title, published, published_source, origin, format, url, source, warnings}
    event:   {date, date_end, precision, approximate, open_end, dated_by, article,
              timex: {text, start, end, type, value, mod, explanation} | null,
              sentence: {text, start, end, paragraph},
              actors: [name...], speaker: name | null, co_speakers: [name...],
              quotes: [{text, start, end, speaker}], mentions: [{text, start, end, actor}],
              also_in: [article id...]}
"""

from __future__ import annotations

import bisect
from operator import attrgetter
from typing import Any

from explorer.model import Article, Event, ParsedArticle, Precision

PRECISION_NAMES: dict[Precision, str] = {p: p.name.lower() for p in Precision}
_start = attrgetter("start")


def article_record(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "published": article.published.isoformat(),
        "published_source": article.published_source.value,
        "origin": article.origin,
        "format": article.format,
        "url": article.url,
        "source": article.source,
        "warnings": list(article.warnings),
    }


def event_record(event: Event, parsed: ParsedArticle) -> dict[str, Any]:
    sentence = parsed.sentences[event.sentence_index]
    rng = event.range
    timex = None
    if event.timex_index is not None:
        t = parsed.timexes[event.timex_index]
        timex = {
            "text": t.text,
            "start": t.start,
            "end": t.end,
            "type": t.type.value,
            "value": t.value,
            "mod": t.mod,
            "explanation": t.explanation,
        }
    lo = bisect.bisect_left(parsed.mentions, sentence.start, key=_start)
    hi = bisect.bisect_left(parsed.mentions, sentence.end, key=_start)
    mentions = [
        {"text": m.text, "start": m.start, "end": m.end, "actor": m.actor_id}
        for m in parsed.mentions[lo:hi]
    ]
    quotes = [
        {"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker_id}
        for q in (parsed.quotes[i] for i in event.quote_indexes)
    ]
    return {
        "date": rng.iso(),
        "date_end": None if rng.open_end else rng.end_iso(),
        "precision": PRECISION_NAMES[rng.precision],
        "approximate": rng.approximate,
        "open_end": rng.open_end,
        "dated_by": event.dated_by.value,
        "article": event.article_id,
        "timex": timex,
        "sentence": {
            "text": sentence.text,
            "start": sentence.start,
            "end": sentence.end,
            "paragraph": sentence.paragraph,
        },
        "actors": list(event.actor_ids),
        "speaker": event.speaker_id,
        "co_speakers": list(event.co_speaker_ids),
        "quotes": quotes,
        "mentions": mentions,
        "also_in": list(event.also_in),
    }
