"""The short form of an unknown organisation's name that opens with a listed place's name:
"Pacific Crest University ... Pacific Crest's Board of Trustees ... Pacific Crest competes"
(was the Pacific, a place, each time: the scan knows "Pacific" alone), "Texas Southern
University ... Texas Southern said". Its first two words or more, standing alone, are one
name, which the canonical pass then merges into the full name as any short form."""

from __future__ import annotations

from explorer.model import ActorKind
from explorer.parse.actors.mentions.raw import Raw

_ORGANISATION = ActorKind.ORGANISATION
_PLACE = ActorKind.PLACE


def place_led_names(text: str, out: list[Raw]) -> list[Raw]:
    """``out`` with each listed place's mention that opens a short form of an unknown
    organisation's name of three words or more (the words after it up to a lower-case word
    or a punctuation mark) made that short form, an unknown organisation."""
    # The unknown organisations' names of three words or more whose first word the scan
    # read as a place somewhere (most texts: none).
    # (a place, not a country, whose adjective opens other names: "the Australian Grand
    # Prix" is no short form of "the Australian Grand Prix Corporation")
    places = {r.start: i for i, r in enumerate(out) if r.known and r.kind is _PLACE}
    if not places:
        return out
    longs = [
        r.name.split()
        for r in out
        if r.kind is _ORGANISATION and not r.known and r.name.count(" ") >= 2
    ]
    if not longs:
        return out
    swaps: dict[int, Raw] = {}
    for words in longs:
        if not words[1][:1].isupper():
            continue  # "Bank of Halden": no place opens it
        head = f"{words[0]} {words[1]}"
        at = text.find(head)
        while at >= 0:
            i = places.get(at)
            if i is not None and at not in swaps:
                r = out[i]
                end = _short_end(text, at, words)
                if end > r.end and end - at < len(" ".join(words)):
                    swaps[at] = Raw(at, end, _ORGANISATION, text[at:end], False, initial=r.initial)
            at = text.find(head, at + len(head))
    if not swaps:
        return out
    spans = [(s, r.end) for s, r in swaps.items()]
    kept = [
        swaps.get(r.start, r)
        for r in out
        if r.start in swaps or not any(s <= r.start < e for s, e in spans)
    ]
    return kept


def _short_end(text: str, at: int, words: list[str]) -> int:
    """The end of the longest run of ``words``' first words (two or more, fewer than all)
    written at ``at`` and followed by no capitalised word; -1 if none."""
    end = -1
    pos = at
    for n, w in enumerate(words[:-1]):
        if not text.startswith(w, pos):
            break
        pos += len(w)
        if n >= 1:
            nxt = text[pos : pos + 4].lstrip()
            if not (text[pos : pos + 1].isspace() and nxt[:1].isupper()):
                end = pos  # (a possessive, a comma, a lower-case word after it)
        if not text.startswith(" ", pos):
            break
        pos += 1
    return end
