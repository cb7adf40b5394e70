"""Helpers shared by the speaker tests (test_actors_speakers4/5/6.py): the analysis of a
text, the speakers of one of its sentences, and the speakers of its quotes."""

from __future__ import annotations

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
