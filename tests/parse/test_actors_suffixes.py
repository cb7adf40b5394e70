"""Company suffixes in other languages, "&" in names, and names that are no actors."""

from __future__ import annotations

from explorer.model import ActorKind
from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment


def _actors(text: str) -> dict[str, ActorKind]:
    found = analyse_actors(text, segment(text).sentences)
    return {a.id: a.kind for a in found.actors}


def test_a_japanese_company_suffix_makes_one_company() -> None:
    text = (
        "Tanabe Robotics K.K. said on Monday it would cut 300 jobs. Tanabe’s shares fell 4%, "
        "and the company said more cuts were possible."
    )
    got = _actors(text)
    assert got.get("Tanabe Robotics K.K.") is ActorKind.ORGANISATION
    assert ActorKind.PERSON not in got.values()
    found = analyse_actors(text, segment(text).sentences)
    assert sum(m.actor_id == "Tanabe Robotics K.K." for m in found.mentions) >= 2


def test_competitions_and_spacecraft_are_no_actors() -> None:
    got = _actors(
        "Rosario Central reached the Copa Libertadores final. The Lunar Cargo Lander will "
        "reach the Moon in 2029, and the Deep Sky Telescope will launch a year later."
    )
    assert not [a for a in got if "Libertadores" in a or "Lander" in a or "Telescope" in a]
    assert "Moon" not in got or got["Moon"] is not ActorKind.PERSON


def test_an_ampersand_joins_a_name() -> None:
    got = _actors("Standard & Poor’s said the outlook was stable.")
    assert "Poor" not in got and "Poor’s" not in got
    assert any("&" in a or "S&P" in a for a in got)
