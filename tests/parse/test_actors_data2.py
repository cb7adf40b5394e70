"""The actor engine's data, second round: clubs of the Americas and elsewhere, space
agencies and armed movements with their abbreviations, media and companies, places that
are no persons and no countries, rating agencies. Invented sentences."""

from __future__ import annotations

import pytest
from article_checks import ORG, C, L, P

from explorer.model import Actor
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.segment import segment


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


# -- organisations and their abbreviations -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "actor"),
    [
        (
            "The European Space Agency said on Monday that ESA would delay the lander.",
            "ESA",
            "European Space Agency",
        ),
        (
            "Engineers at the Jet Propulsion Laboratory said JPL had finished the tests.",
            "JPL",
            "Jet Propulsion Laboratory",
        ),
        ("JAXA said the probe was healthy.", "JAXA", "JAXA"),
        (
            "ISRO launched the satellite from Sriharikota.",
            "ISRO",
            "Indian Space Research Organisation",
        ),
        ("The CNSA said the rover had landed.", "CNSA", "China National Space Administration"),
        ("Roscosmos said the crew was safe.", "Roscosmos", "Roscosmos"),
        ("The Houthis said they had fired two drones.", "Houthis", "Houthis"),
        ("The Houthi movement, also known as Ansar Allah, denied it.", "Ansar Allah", "Houthis"),
        ("Al-Shabaab fighters attacked the base.", "Al-Shabaab", "al-Shabab"),
        ("Boko Haram said it held the girls.", "Boko Haram", "Boko Haram"),
        ("Maersk said its ships would avoid the strait.", "Maersk", "A.P. Moller-Maersk"),
        ("Samsung said chip profits rose.", "Samsung", "Samsung Electronics"),
        ("Morgan Stanley advised the buyer.", "Morgan Stanley", "Morgan Stanley"),
    ],
)
def test_known_organisations_and_their_other_names(text: str, surface: str, actor: str) -> None:
    assert (surface, actor) in mentions(text)
    assert actors(text)[actor].kind is ORG


def test_an_abbreviation_and_the_full_name_are_one_actor() -> None:
    text = (
        "The European Space Agency said on Tuesday it would pay for the orbiter. ESA "
        "officials and the Jet Propulsion Laboratory met in Pasadena, where JPL builds it."
    )
    found = actors(text)
    assert "ESA" not in found and "JPL" not in found
    assert found["Jet Propulsion Laboratory"].affiliation == "NASA"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Houthis said the ship had been warned.", "Houthis"),
        ("Maersk said it would reroute its vessels.", "A.P. Moller-Maersk"),
        ("ESPN reported that the coach had resigned.", "ESPN"),
        ("Apple said iPhone sales fell.", "Apple"),
    ],
)
def test_groups_media_and_companies_are_no_persons(text: str, actor: str) -> None:
    found = actors(text)
    assert found[actor].kind is ORG
    assert not any(a.kind is P for a in found.values())


def test_a_person_named_like_a_company_word_keeps_the_person() -> None:
    found = actors("Nikola Tesla was born in 1856 in Smiljan.")
    assert found["Nikola Tesla"].kind is P


def test_morgan_stanley_is_one_bank_and_no_person_stanley() -> None:
    text = (
        "Morgan Stanley and Goldman Sachs advised Halvorsen; Mizuho Securities and Morgan "
        "Stanley MUFG advised the seller."
    )
    found = actors(text)
    assert found["Morgan Stanley"].kind is ORG
    assert found["Mitsubishi UFJ Financial Group"].kind is ORG
    assert not any("Stanley" in a.id.split() for a in found.values() if a.id != "Morgan Stanley")


# -- places that are no persons, and no countries -----------------------------------------


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("In 1985 the team flew over the South Pole to measure ozone.", "South Pole"),
        ("The expedition reached the North Pole on skis.", "North Pole"),
        ("Tankers sailed around the Cape of Good Hope instead.", "Cape of Good Hope"),
        ("Sea ice in the Arctic fell to a record low.", "Arctic"),
        ("Two research stations in Antarctica lost power.", "Antarctica"),
        ("Insurers raised rates for ships in the Strait of Hormuz.", "Strait of Hormuz"),
    ],
)
def test_poles_capes_and_polar_regions_are_places(text: str, place: str) -> None:
    found = actors(text)
    assert found[place].kind is L
    assert not any(a.kind in (P, C) for a in found.values())


def test_antarctica_is_no_country() -> None:
    from explorer.parse.actors.countries import countries

    assert "Antarctica" not in {c.name for c in countries()}


def test_the_british_antarctic_survey_is_one_organisation() -> None:
    found = actors("The British Antarctic Survey said the ice shelf had cracked.")
    assert found["British Antarctic Survey"].kind is ORG
    assert not any(a.kind is P for a in found.values())


# -- rating agencies -----------------------------------------------------------------------


def test_each_rating_agency_is_one_organisation_by_any_of_its_names() -> None:
    text = (
        "Moody’s Ratings placed the lender’s A3 rating on review. S&P Global Ratings said "
        "it expected to cut the rating. S&P and Moody’s both cited the new debt."
    )
    found = actors(text)
    agencies = {a.id for a in found.values() if a.kind is ORG}
    assert agencies == {"Moody's Investors Service", "S&P Global"}
    assert not any(a.kind is P for a in found.values())
    said = mentions(text)
    assert ("Moody’s Ratings", "Moody's Investors Service") in said
    assert ("S&P Global Ratings", "S&P Global") in said
    assert ("S&P", "S&P Global") in said
