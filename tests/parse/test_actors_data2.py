"""The actor engine's data, second round: clubs of the Americas and elsewhere, space
agencies and armed movements with their abbreviations, media and companies, places that
are no persons and no countries, rating agencies. Invented sentences."""

from __future__ import annotations

import pytest

from explorer.model import Actor, ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.segment import segment

P, C, ORG, G, L = (
    ActorKind.PERSON,
    ActorKind.COUNTRY,
    ActorKind.ORGANISATION,
    ActorKind.GROUP,
    ActorKind.PLACE,
)


def run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in run(text).actors}


def mentions(text: str) -> list[tuple[str, str]]:
    """(surface text, actor id) of every mention, in order."""
    return [(m.text, m.actor_id) for m in run(text).mentions]


# -- football clubs ------------------------------------------------------------------------


def test_argentine_clubs_and_their_short_forms_are_one_organisation_each() -> None:
    text = (
        "Boca Juniors beat River Plate 2-1 at home on Sunday. Boca scored twice before "
        "the break and River never recovered, although River coach Tomás Ledesma praised "
        "his defence."
    )
    found = actors(text)
    assert found["Boca Juniors"].kind is ORG
    assert found["River Plate"].kind is ORG
    assert ("Boca", "Boca Juniors") in mentions(text)
    assert ("River", "River Plate") in mentions(text)
    assert found["Tomás Ledesma"].affiliation == "River Plate"
    assert "River" not in found and "Boca" not in found


@pytest.mark.parametrize(
    ("text", "club"),
    [
        ("Vélez Sarsfield signed a striker from Peñarol.", "Vélez Sarsfield"),
        ("Flamengo held Palmeiras to a draw in Rio de Janeiro.", "Flamengo"),
        ("Flamengo held Palmeiras to a draw in Rio de Janeiro.", "Palmeiras"),
        ("Corinthians sacked their coach after the defeat.", "Corinthians"),
        ("Club América and Chivas meet in the Clásico Nacional.", "Club América"),
        ("Club América and Chivas meet in the Clásico Nacional.", "Chivas"),
        ("LA Galaxy lost at home to Inter Miami on Saturday.", "LA Galaxy"),
        ("LA Galaxy lost at home to Inter Miami on Saturday.", "Inter Miami"),
        ("Galatasaray and Fenerbahçe drew 1-1.", "Fenerbahçe"),
        ("Al-Hilal beat Al-Nassr in Riyadh.", "Al-Nassr"),
    ],
)
def test_clubs_of_the_americas_and_beyond_are_organisations(text: str, club: str) -> None:
    assert actors(text)[club].kind is ORG


def test_inter_miami_is_no_inter_milan() -> None:
    found = actors("Inter Miami beat Atlanta United 3-0.")
    assert "Inter Miami" in found
    assert "Inter Milan" not in found


def test_a_common_word_short_form_is_no_club_without_another_club() -> None:
    # "River" and "Boca" alone, in an article naming no club, are no club.
    text = "River levels rose overnight in the delta. Officials said the dams held in Boca."
    found = actors(text)
    assert "River Plate" not in found
    assert "Boca Juniors" not in found
