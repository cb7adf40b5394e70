"""Package data files (TOML) for the actor engine, loaded once per process."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any


@cache
def load_toml(name: str) -> dict[str, Any]:
    """One data file of this package, parsed (cached)."""
    raw = files("explorer.parse.actors").joinpath("data", name).read_bytes()
    return tomllib.loads(raw.decode("utf-8"))


@cache
def load_text(name: str) -> str:
    """One text data file of this package (cached)."""
    return files("explorer.parse.actors").joinpath("data", name).read_text(encoding="utf-8")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    titles: dict[str, str]  # lower-case title phrase -> role ("" for Mr/Ms)
    title_modifiers: tuple[str, ...]
    cues: tuple[str, ...]
    inverted_cues: frozenset[str]
    continuation_cues: frozenset[str]
    group_heads: tuple[str, ...]
    bound_group_heads: tuple[str, ...]
    group_modifiers: tuple[str, ...]
    determiners: tuple[str, ...]
    organisation_heads: frozenset[str]
    employee_nouns: frozenset[str]
    connectors: tuple[str, ...]
    name_particles: tuple[str, ...]
    place_prepositions: tuple[str, ...]
    place_directions: tuple[str, ...]
    org_openers: frozenset[str]
    place_heads: frozenset[str]
    place_firsts: frozenset[str]
    not_actor_heads: frozenset[str]
    not_actor_firsts: frozenset[str]
    stopwords: frozenset[str]  # (with straight and curly apostrophes: "I'm", "I’m")


def _informed(d: dict[str, Any]) -> list[str]:
    """The group heads of anonymous sources named by what they know ("people familiar with
    the matter"): each of ``informed_heads`` with each phrase and object."""
    return [
        f"{head} {phrase} {obj}"
        for head in d["informed_heads"]
        for phrase in d["informed_phrases"]
        for obj in d["informed_objects"]
    ]


@cache
def vocabulary() -> Vocabulary:
    d = load_toml("vocabulary.toml")
    return Vocabulary(
        titles={str(k).lower().rstrip("."): str(v) for k, v in d["titles"].items()},
        title_modifiers=tuple(d["title_modifiers"]),
        cues=tuple(d["cues"]),
        inverted_cues=frozenset(d["inverted_cues"]),
        continuation_cues=frozenset(d["continuation_cues"]),
        group_heads=(*d["group_heads"], *_informed(d)),
        bound_group_heads=tuple(d["bound_group_heads"]),
        group_modifiers=tuple(d["group_modifiers"]),
        determiners=tuple(d["determiners"]),
        organisation_heads=frozenset(d["organisation_heads"]),
        employee_nouns=frozenset(d["employee_nouns"]),
        connectors=tuple(d["connectors"]),
        name_particles=tuple(d["name_particles"]),
        place_prepositions=tuple(d["place_prepositions"]),
        place_directions=tuple(d["place_directions"]),
        org_openers=frozenset(d["org_openers"]),
        place_heads=frozenset(d["place_heads"]),
        place_firsts=frozenset(d["place_firsts"]),
        not_actor_heads=frozenset(d["not_actor_heads"]),
        not_actor_firsts=frozenset(d["not_actor_firsts"]),
        # (A place preposition opening a sentence opens no name: "Inside El Fasher, ...".)
        stopwords=frozenset(
            [
                *(w for s in d["stopwords"] for w in (s, s.replace("'", "’"))),
                *(p.capitalize() for p in d["place_prepositions"]),
            ]
        ),
    )
