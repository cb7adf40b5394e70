"""Fast JSON Lines for one article's events.

Each event line holds the same record as ``records.event_record`` (a test keeps the two
equal), but is assembled from JSON fragments made once per article: a sentence, its
mentions, a time expression or a date range is encoded once however many events share
it. This is the hot path of `explorer parse --format jsonl` over thousands of articles.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Iterator, Sequence

from explorer.export.records import PRECISION_NAMES
from explorer.model import DateRange, Event, ParsedArticle

# json's own C string encoder (what json.dumps uses for a str with ensure_ascii=False).
_encode: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]


def _s(value: str | None) -> str:
    return "null" if value is None else _encode(value)


def _b(value: bool) -> str:
    return "true" if value else "false"


class _Fragments:
    """JSON fragments of one parsed article, made on first use."""

    def __init__(self, parsed: ParsedArticle) -> None:
        self.parsed = parsed
        self.article = _s(parsed.article.id)
        self._sentences: dict[int, tuple[str, str]] = {}
        self._timexes: dict[int, str] = {}
        self._dates: dict[int, str] = {}
        self._mention_starts = [m.start for m in parsed.mentions]

    def sentence(self, index: int) -> tuple[str, str]:
        """(sentence object, mentions array) of sentence ``index``."""
        got = self._sentences.get(index)
        if got is None:
            s = self.parsed.sentences[index]
            sentence = (
                f'{{"text":{_s(s.text)},"start":{s.start},"end":{s.end},"paragraph":{s.paragraph}}}'
            )
            starts = self._mention_starts
            lo = bisect.bisect_left(starts, s.start)
            hi = bisect.bisect_left(starts, s.end)
            mentions = ",".join(
                f'{{"text":{_s(m.text)},"start":{m.start},"end":{m.end},"actor":{_s(m.actor_id)}}}'
                for m in self.parsed.mentions[lo:hi]
            )
            got = self._sentences[index] = (sentence, f"[{mentions}]")
        return got

    def timex(self, index: int | None) -> str:
        if index is None:
            return "null"
        got = self._timexes.get(index)
        if got is None:
            t = self.parsed.timexes[index]
            got = self._timexes[index] = (
                f'{{"text":{_s(t.text)},"start":{t.start},"end":{t.end},'
                f'"type":{_s(t.type.value)},"value":{_s(t.value)},"mod":{_s(t.mod)},'
                f'"explanation":{_s(t.explanation)}}}'
            )
        return got

    def date(self, rng: DateRange) -> str:
        key = id(rng)
        got = self._dates.get(key)
        if got is None:
            end = "null" if rng.open_end else _s(rng.end_iso())
            got = self._dates[key] = (
                f'"date":{_s(rng.iso())},"date_end":{end},'
                f'"precision":{_s(PRECISION_NAMES[rng.precision])},'
                f'"approximate":{_b(rng.approximate)},"open_end":{_b(rng.open_end)}'
            )
        return got


def _array(values: Sequence[str]) -> str:
    return "[" + ",".join(_encode(v) for v in values) + "]"


def event_lines(parsed: ParsedArticle, events: Sequence[Event]) -> Iterator[str]:
    """One JSON object per event (``{"type":"event", ...}``), no newline."""
    frag = _Fragments(parsed)
    quotes = parsed.quotes
    for e in events:
        sentence, mentions = frag.sentence(e.sentence_index)
        quote_list = ",".join(
            f'{{"text":{_s(q.text)},"start":{q.start},"end":{q.end},"speaker":{_s(q.speaker_id)}}}'
            for q in (quotes[i] for i in e.quote_indexes)
        )
        yield (
            f'{{"type":"event",{frag.date(e.range)},"dated_by":"{e.dated_by.value}",'
            f'"article":{frag.article},"timex":{frag.timex(e.timex_index)},'
            f'"sentence":{sentence},"actors":{_array(e.actor_ids)},'
            f'"speaker":{_s(e.speaker_id)},"co_speakers":{_array(e.co_speaker_ids)},'
            f'"quotes":[{quote_list}],"mentions":{mentions},'
            f'"also_in":{_array(e.also_in)}}}'
        )
