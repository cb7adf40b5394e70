"""A demonym opening a sentence with a relative clause ("The Norwegian, who holds the world
record, finished third") is the person the sentence before opens with, not the country:
where no cue follows (the speakers find that one, "The Italian, who ..., said").

Apart: it runs after the speakers, on the mentions they left a country's."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from explorer.model import Actor, ActorKind, Mention, Sentence
from explorer.parse.actors.speakers.pronouns import is_person_demonym

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE

_OPENING = "The "
_RELATIVE = (", who ", ", whose ")


def demonym_subjects(
    text: str,
    sentences: Sequence[Sentence],
    actors: Sequence[Actor],
    mentions: list[Mention],
) -> list[Mention] | None:
    """``mentions`` with each such demonym a mention of the person opening the sentence
    before (its first mention, a person of no other country); None if none is."""
    by_id = {a.id: a for a in actors}
    starts = [m.start for m in mentions]
    changed: dict[int, Mention] = {}
    for si in range(1, len(sentences)):
        s = sentences[si]
        if not text.startswith(_OPENING, s.start):
            continue
        k = bisect_left(starts, s.start + len(_OPENING))
        if k == len(mentions) or mentions[k].start != s.start + len(_OPENING):
            continue
        m = mentions[k]
        country = by_id.get(m.actor_id)
        if (
            country is None
            or country.kind is not _COUNTRY
            or not text.startswith(_RELATIVE, m.end)
            or not is_person_demonym(m.text, country.id)
        ):
            continue
        prev = sentences[si - 1]
        j = bisect_left(starts, prev.start)
        while j < k and by_id.get(mentions[j].actor_id, country).kind in (
            _PLACE,
            _ORGANISATION,  # (a dateline's credit: "TOKYO (AP) - X was beaten")
        ):
            j += 1
        if j >= k or mentions[j].start >= prev.end:
            continue
        person = by_id.get(mentions[j].actor_id)
        if (
            person is None
            or person.kind is not _PERSON
            # (a person of another country: "Kenya's X won. The Norwegian, who ...")
            or (
                person.affiliation not in (None, country.id)
                and by_id.get(person.affiliation or "", person).kind is _COUNTRY
            )
        ):
            continue
        changed[k] = Mention(m.start, m.end, m.text, person.id)
    if not changed:
        return None
    return [changed.get(k, m) for k, m in enumerate(mentions)]
