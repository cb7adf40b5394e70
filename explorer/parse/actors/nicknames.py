"""A nickname in quotes inside a person's name ('Joaquin "El Chapo" Guzman', 'Hector "El
Contador" Ruiz'): neither a quote nor a break in the name. The analysis reads the text with
the nickname blanked (same length, so every offset holds), then names the person by the
words around it. So is a title's "in charge" joined to it ("Special Agent in Charge X",
"FBI Assistant Director in Charge X" read as "Special Agent-in-Charge X": no place "Charge
X" after "in").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from explorer.model import Actor, Attribution, Mention, Quote, Sentence
from explorer.parse.actors.data import vocabulary

if TYPE_CHECKING:
    from explorer.parse.actors import ActorAnalysis

# A nickname of one to three capitalised words in quotes, one space each side, a
# capitalised word after it (the surname); the first name before it is tested apart.
_NICKNAME = re.compile(
    r"[\"“](?P<nick>[A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*){0,2})[\"”] (?=[A-Z][\w’'\-]*[a-z])"
)
_FIRST_NAME = re.compile(r"(?<![\w’'\-])[A-Z][a-z]+(?:-[A-Z][a-z]+)? $")


def _nicknames(text: str) -> Iterator[re.Match[str]]:
    """The matches of _NICKNAME, tried only at the quote marks (a scan for them is cheaper
    than the pattern's over every position)."""
    for mark in ('"', "“"):
        at = text.find(mark)
        while at >= 0:
            m = _NICKNAME.match(text, at)
            if m is not None:
                yield m
            at = text.find(mark, at + 1)


# "in charge" after a title's last word, joined to it by hyphens (same length).
_IN_CHARGE = re.compile(r"(?:(?<=Agent)|(?<=Director)|(?<=Officer)) in (?=Charge\b)")


def _join_in_charge(text: str) -> str:
    return _IN_CHARGE.sub("-in-", text) if " in Charge" in text else text


def mask_nicknames(text: str) -> str | None:
    """``text`` with each nickname between a first name and a surname blanked with spaces
    (quotes and a space after) and each title's "in charge" joined to it, or None if it
    has neither."""
    joined = _join_in_charge(text)
    if '"' not in text and "“" not in text:
        return None if joined is text else joined
    orig, text = text, joined
    stop = vocabulary().stopwords
    spans: list[tuple[int, int]] = []
    for m in _nicknames(text):
        s = m.start()
        first = _FIRST_NAME.search(text, max(0, s - 24), s)
        if first is None or first.group().strip() in stop:
            continue
        e = m.end()
        surname = text[e : e + 30].split(maxsplit=1)[0].rstrip(",.;:’'s")
        if surname in stop:
            continue
        spans.append((s, e))
    if not spans:
        return None if joined is orig else joined
    spans.sort()
    out = []
    at = 0
    for s, e in spans:
        if s < at:
            continue  # (overlapping another: "\"Ana\" \"Bo\" Smith")
        out.append(text[at:s])
        out.append(" " * (e - s))
        at = e
    out.append(text[at:])
    return "".join(out)


def masked_sentences(masked: str, sentences: tuple[Sentence, ...]) -> list[Sentence]:
    return [replace(s, text=masked[s.start : s.end]) for s in sentences]


def _id(aid: str) -> str:
    return " ".join(aid.split()) if "  " in aid else aid


def unmasked(text: str, result: ActorAnalysis) -> ActorAnalysis:
    """``result`` of the masked text, its ids of one space between words and its mentions'
    surfaces as ``text`` writes them."""

    def actor(a: Actor) -> Actor:
        return replace(
            a,
            id=_id(a.id),
            aliases=tuple(dict.fromkeys(_id(x) for x in a.aliases)),
            affiliation=None if a.affiliation is None else _id(a.affiliation),
        )

    def mention(m: Mention) -> Mention:
        return Mention(m.start, m.end, text[m.start : m.end], _id(m.actor_id))

    def quote(q: Quote) -> Quote:
        return q if q.speaker_id is None else replace(q, speaker_id=_id(q.speaker_id))

    def said(a: Attribution) -> Attribution:
        return replace(a, speaker_id=_id(a.speaker_id))

    return replace(
        result,
        actors=tuple(map(actor, result.actors)),
        mentions=tuple(map(mention, result.mentions)),
        quotes=tuple(map(quote, result.quotes)),
        attributions=tuple(map(said, result.attributions)),
    )
