"""Helpers shared by the actor tests (test_actors_speakers4/5/6.py, the QA and probe
rounds): the analysis of a text, the speakers of one of its sentences and of its quotes,
its actors by id, one actor's kind, affiliation and role."""

from __future__ import annotations

from explorer.model import Actor, ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.segment import segment


def run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def speakers_of(text: str, opening: str) -> list[str]:
    """The speakers of the sentence opening with ``opening``, in order."""
    analysis = run(text)
    sentences = list(segment(text).sentences)
    (si,) = [i for i, s in enumerate(sentences) if s.text.startswith(opening)]
    return [a.speaker_id for a in analysis.attributions if a.sentence_index == si]


def quote_speakers(text: str) -> list[str | None]:
    return [q.speaker_id for q in run(text).quotes]


def actors_by_id(result: ActorAnalysis) -> dict[str, Actor]:
    return {a.id: a for a in result.actors}


def actor_of(text: str, aid: str) -> tuple[ActorKind, str | None, str | None]:
    """Kind, affiliation and role of the one actor ``aid`` of ``text``."""
    (a,) = [a for a in run(text).actors if a.id == aid]
    return a.kind, a.affiliation, a.role


def actor_ids(text: str) -> set[str]:
    return {a.id for a in run(text).actors}
