"""A title in the lead named in the next sentence: "LONDON (Reuters) - Britain's health
secretary promised on Thursday to ... / Wes Streeting told parliament ...": the wire
story's habit of describing the subject first and naming them right after. The person
opening the next sentence, named there for the first time with no title of their own, holds
the country's title (the lead's mention of the title is theirs).

Read by actors.analyse_actors after holders.country_titles, which finds the holder where
the text gives the title again ("Prime Minister X").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention, Sentence
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.holders import _APOSTROPHES, _POSSESSIVES, _TITLE_ENDS, title_after

_COUNTRY = ActorKind.COUNTRY
_PERSON = ActorKind.PERSON
_LEAD_SENTENCES = 3  # the lead: the title is looked for in the first sentences only


def lead_named(
    text: str, sentences: Sequence[Sentence], actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]] | None:
    """``actors`` and ``mentions`` with a country's title standing alone in one of the lead's
    sentences ("Britain's health secretary promised") given to the person whose first
    mention opens the next sentence, a full name of no role or affiliation; None if none."""
    if len(sentences) < 2:
        return None
    lead = sentences[: min(_LEAD_SENTENCES, len(sentences) - 1)]
    lead_end = lead[-1].end
    # (the possessives in the lead first, a character's test a mention: most leads hold
    # none after a name)
    k = next(
        (
            k
            for k, m in enumerate(mentions)
            if m.start >= lead_end
            or (text[m.end : m.end + 1] in _APOSTROPHES and text.startswith(_POSSESSIVES, m.end))
        ),
        None,
    )
    if k is None or mentions[k].start >= lead_end:
        return None
    by_id = {a.id: a for a in actors}
    found = _title_at(text, mentions[k], by_id)
    if found is None:
        return None
    end, role, country = found
    i = next(i for i, sent in enumerate(lead) if mentions[k].start < sent.end)
    nxt = sentences[i + 1]
    opener = next((m for m in mentions[k + 1 :] if m.start >= nxt.start), None)
    if opener is None or text[nxt.start : opener.start].strip():
        return None
    person = by_id.get(opener.actor_id)
    if (
        person is None
        or person.kind is not _PERSON
        or person.role is not None
        or person.affiliation is not None
        or " " not in person.id
        or any(m.actor_id == person.id for m in mentions[: k + 1])
        or any(a.kind is _PERSON and a.role == role for a in actors)
    ):
        return None
    at = mentions[k].end + 3
    out = [*mentions[: k + 1], Mention(at, end, text[at:end], person.id), *mentions[k + 1 :]]
    updated = replace(person, role=role, affiliation=country)
    return tuple(updated if a.id == person.id else a for a in actors), out


def _title_at(text: str, m: Mention, by_id: dict[str, Actor]) -> tuple[int, str, str] | None:
    """Where the title after the country's possessive ``m`` ends, its role and the country,
    where a verb follows the title; None for any other mention."""
    country = by_id.get(m.actor_id)
    if country is None or country.kind is not _COUNTRY:
        return None
    role, end = title_after(text, m.end + 3, vocabulary().titles)
    if role is None or not _TITLE_ENDS.match(text, end):
        return None
    return end, role, country.id
