"""Speakers: who makes the statement of a sentence ("X said", "said X", "according to X").

The speaker is a mention next to a cue verb: the subject before it (across one apposition:
"X, the director of a hospital, told ..."), or after an inverted cue ("..., said X").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from explorer.model import ActorKind, Attribution, Mention, Sentence
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.nominal import Nominal, nominal_after, nominal_before
from explorer.parse.actors.patterns import patterns
from explorer.parse.actors.quotes import QuoteSpan

_SIMPLE_GAP = re.compile(
    r"\s*(?:(?:also|then|later|previously|earlier|again|quickly|repeatedly|reportedly|has|"
    r"have|had|was|were|is|would|will|further|last\s+\w+|on\s+\w+|in\s+a\s+statement)\s+)*"
)
_APPOSITION_GAP = re.compile(r",\s*[^,;“”\"]{1,140},\s*(?:also\s+|then\s+)?")
_AND_GAP = re.compile(r",?\s+(?:and|&)\s+")
_INVERTED_LEAD = re.compile(r"[,“”\"’']\s*$")
_RIGHT_GAP = re.compile(r"\s+(?:(?:the|a|an)\s+)?")
_RIGHT_TAIL = re.compile(r"\s*(?:,[^“”\"]*)?[.!?”\"’']*\s*")
_SPEAKERS = frozenset(
    {ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.COUNTRY, ActorKind.GROUP}
)
_PRONOUN = re.compile(r"(?<![\w-])(?:he|she|He|She)\s+$")


@dataclass(frozen=True, slots=True)
class SpeakerResult:
    attributions: tuple[Attribution, ...]
    remapped: dict[int, str]  # mention index -> new actor id (capital city used as government)
    nominal: tuple[Nominal, ...] = ()  # title phrases found as speakers (new group actors)


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    idx = bisect_left(starts, pos + 1) - 1
    return idx >= 0 and spans[idx][0] < pos < spans[idx][1]


def _quoted(starts: list[int], spans: list[tuple[int, int]]) -> list[bool]:
    """For each position of ``starts`` (sorted): inside one of ``spans`` (sorted, disjoint)?"""
    out = [False] * len(starts)
    j = 0
    for k, pos in enumerate(starts):
        while j < len(spans) and spans[j][1] <= pos:
            j += 1
        out[k] = j < len(spans) and spans[j][0] < pos < spans[j][1]
    return out


def find_speakers(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    kinds: dict[str, ActorKind],
    quotes: Sequence[QuoteSpan],
    capital_of: dict[str, str],
) -> SpeakerResult:
    v = vocabulary()
    cue_re = patterns().cue
    qspans = sorted((q.start, q.end) for q in quotes)
    qstarts = [s for s, _ in qspans]
    mstarts = [m.start for m in mentions]
    out: list[Attribution] = []
    remapped: dict[int, str] = {}
    nominal: list[Nominal] = []
    last_person: str | None = None
    last_person_at = -10

    def speaker_of(idx: int) -> str | None:
        m = mentions[idx]
        kind = kinds.get(m.actor_id)
        if kind in _SPEAKERS:
            return m.actor_id
        if kind is ActorKind.PLACE and m.actor_id in capital_of:
            remapped[idx] = capital_of[m.actor_id]
            return capital_of[m.actor_id]
        return None

    quoted = _quoted(mstarts, qspans)
    for si, sent in enumerate(sentences):
        lo = bisect_left(mstarts, sent.start)
        hi = bisect_left(mstarts, sent.end)
        idxs = [k for k in range(lo, hi) if not quoted[k]]
        found: list[str] = []
        for cm in cue_re.finditer(text, sent.start, sent.end):
            cs, ce = cm.span()
            if qspans and _inside(qspans, qstarts, cs):
                continue
            cue = " ".join(cm.group().lower().split())
            if cue in v.continuation_cues and found:
                continue
            speakers: list[str] = []
            before = [k for k in idxs if mentions[k].end <= cs]
            after = [k for k in idxs if mentions[k].start >= ce]
            inverted = cue in v.inverted_cues and (
                cue == "according to"
                or _INVERTED_LEAD.search(text, sent.start, cs) is not None
                or not before
            )
            if inverted and not speakers:
                nom = nominal_after(text, ce, sent.end, cue == "according to")
                if nom is not None and not (after and mentions[after[0]].start < nom.start):
                    nominal.append(nom)
                    speakers.append(nom.id)
            if inverted and after and not speakers:
                k = after[0]
                if _RIGHT_GAP.fullmatch(text, ce, mentions[k].start) and (
                    cue == "according to" or _RIGHT_TAIL.fullmatch(text, mentions[k].end, sent.end)
                ):
                    who = speaker_of(k)
                    if who is not None:
                        speakers.append(who)
            if not speakers and cue != "according to":
                for pos in range(len(before) - 1, -1, -1):
                    k = before[pos]
                    m = mentions[k]
                    if _SIMPLE_GAP.fullmatch(text, m.end, cs) or _APPOSITION_GAP.fullmatch(
                        text, m.end, cs
                    ):
                        who = speaker_of(k)
                        if who is None:
                            break
                        speakers.append(who)
                        # "Russia and Syria denied ...": both are speakers.
                        if pos > 0 and _AND_GAP.fullmatch(
                            text, mentions[before[pos - 1]].end, m.start
                        ):
                            other = speaker_of(before[pos - 1])
                            if other is not None:
                                speakers.insert(0, other)
                        break
                if not speakers:
                    nom = nominal_before(text, sent.start, cs)
                    if nom is not None:
                        nominal.append(nom)
                        speakers.append(nom.id)
                if (
                    not speakers
                    and last_person
                    and si - last_person_at <= 2
                    and _PRONOUN.search(text, sent.start, cs)
                ):
                    speakers.append(last_person)
            for who in speakers:
                if who not in found:
                    found.append(who)
                    out.append(Attribution(si, who, cs, ce))
                    if kinds.get(who) is ActorKind.PERSON:
                        last_person, last_person_at = who, si
    return SpeakerResult(tuple(out), remapped, tuple(nominal))
