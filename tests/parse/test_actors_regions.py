"""Direction adjectives and the nations of the UK: modifiers and places, not people."""

from __future__ import annotations

import pytest

from explorer.model import ActorKind
from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.id: a.kind for a in analyse_actors(text, segment(text).sentences).actors}


@pytest.mark.parametrize(
    "text",
    [
        "The president asked Western allies for more air defences.",
        "Eastern European governments objected to the plan.",
        "Southern farmers said the drought had ruined the harvest.",
    ],
)
def test_direction_adjectives_are_not_actors(text: str) -> None:
    found = kinds(text)
    assert not any(name.split()[0] in {"Western", "Eastern", "Southern"} for name in found)
    assert ActorKind.PERSON not in found.values()


def test_multiword_names_with_a_direction_survive() -> None:
    assert kinds("Morocco claims Western Sahara, officials said.")["Western Sahara"] in (
        ActorKind.COUNTRY,
        ActorKind.PLACE,
    )
    assert "Central African Republic" in kinds("The Central African Republic held a vote.")


def test_uk_nations_are_places() -> None:
    found = kinds("Police in Northern Ireland said on Monday that voters in Scotland agreed.")
    assert found["Northern Ireland"] is ActorKind.PLACE
    assert found["Scotland"] is ActorKind.PLACE
    assert "Ireland" not in found
