"""A group word used as an adjective names no group: "the official results", "official
case counts" (QA round 4); the noun stays a group ("an official said")."""

from __future__ import annotations

import pytest

from explorer.model import ActorKind
from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment


def groups(text: str) -> list[str]:
    r = analyse_actors(text, segment(text).sentences)
    return [a.id for a in r.actors if a.kind is ActorKind.GROUP]


@pytest.mark.parametrize(
    "text",
    [
        "Infections are far higher than official case counts show, the doctors said.",
        "Supporters said they would wait for the official results.",
        "The official toll rose to 40 on Monday.",
        "Official figures show exports fell.",
    ],
)
def test_official_as_an_adjective_is_no_group(text: str) -> None:
    assert not any("official" in g.lower() for g in groups(text))


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("An official said the road was cut.", "an official"),
        ("A senior official told reporters the talks had failed.", "a senior official"),
        ("The official, who spoke on condition of anonymity, said talks failed.", "the official"),
    ],
)
def test_official_as_a_noun_is_a_group(text: str, group: str) -> None:
    assert group in groups(text)
