"""Actors: mentions, canonical actors, speakers and quotes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from explorer.model import Actor, Attribution, Mention, Quote, Sentence


@dataclass(frozen=True, slots=True)
class ActorAnalysis:
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()


@dataclass(frozen=True, slots=True)
class ActorDictionary:
    """User-supplied actors (--actors FILE.toml)."""

    actors: tuple[Actor, ...] = ()


def analyse_actors(
    text: str, sentences: Sequence[Sentence], dictionary: ActorDictionary | None = None
) -> ActorAnalysis:
    """Actors mentioned in ``text``, their mentions, direct quotes and speakers."""
    return ActorAnalysis()
