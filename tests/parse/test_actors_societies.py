"""National Red Cross and Red Crescent societies are their country's own organisations, not
the International Committee of the Red Cross (QA round 4)."""

from __future__ import annotations

from explorer.model import Actor
from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment

ICRC = "International Committee of the Red Cross"


def actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in analyse_actors(text, segment(text).sentences).actors}


def test_a_demonym_before_red_cross_names_the_national_society() -> None:
    found = actors("The Indonesian Red Cross sent 40 volunteers to the area, officials said.")
    assert ICRC not in found
    assert found["Indonesian Red Cross"].affiliation == "Indonesia"


def test_a_country_or_its_possessive_before_red_cross_or_red_crescent() -> None:
    found = actors("The Kenya Red Cross said 12 people died. Chad's Red Crescent sent tents.")
    assert found["Kenya Red Cross"].affiliation == "Kenya"
    assert found["Chad Red Crescent"].affiliation == "Chad"


def test_the_international_committee_stays_itself() -> None:
    found = actors(
        "The Kenya Red Cross said 12 people died. The International Committee of the Red "
        "Cross said it would send doctors. The Red Cross said talks went on."
    )
    assert ICRC in found
    assert "Kenya Red Cross" in found


def test_a_peoples_adjective_before_red_crescent_names_its_own_society() -> None:
    found = actors("The Kurdish Red Crescent said its ambulances carried 37 wounded people.")
    assert found["Kurdish Red Crescent"].affiliation is None
    assert "Red Crescent" not in found
    found = actors("Medics said the Tamil Red Cross had opened two clinics.")
    assert "Tamil Red Cross" not in found  # (not a people's adjective form: no guess)
