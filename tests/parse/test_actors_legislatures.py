"""A bare "Congress", "the Senate" or "the House" belongs to the country the article is
about only if that country has a legislature called so (data/legislatures.toml)."""

from __future__ import annotations

from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment


def _organisations(text: str) -> dict[str, str | None]:
    found = analyse_actors(text, segment(text).sentences)
    return {a.id: a.affiliation for a in found.actors if a.kind.name == "ORGANISATION"}


def test_congress_in_a_story_about_another_country_stays_the_us_congress() -> None:
    orgs = _organisations(
        "U.S. lawmakers in Congress said new sanctions on Russia would follow. Russia "
        "condemned them. Russian diplomats said Russia would retaliate. The Senate voted on "
        "Friday."
    )
    assert "US Congress" in orgs and "US Senate" in orgs
    assert not [o for o in orgs if "Russia" in o]


def test_a_country_with_a_congress_keeps_its_own() -> None:
    orgs = _organisations(
        "LIMA — Congress voted on Tuesday to remove the minister. Peru's president said "
        "Peru would respect the vote."
    )
    assert orgs.get("Congress of Peru") == "Peru"
    assert "US Congress" not in orgs


def test_a_senate_of_a_country_without_one_is_not_invented() -> None:
    orgs = _organisations(
        "MOSCOW — The Senate approved sanctions against Russia on Thursday, officials in "
        "Russia said, and Russian state media called the vote a provocation."
    )
    assert not [o for o in orgs if o.endswith("of Russia")]


def test_a_chamber_the_countrys_legislature_lacks_is_no_other_countrys() -> None:
    orgs = _organisations(
        "LIMA — Congress voted on Tuesday to remove the minister, and the House of "
        "Representatives will debate the budget. Peru's president said Peru would comply."
    )
    assert orgs.get("Congress of Peru") == "Peru"
    assert not [o for o in orgs if o.startswith("US ")]
    assert orgs["House of Representatives"] is None  # no country's, not the US House


def test_congress_in_a_country_without_one_is_its_listed_party() -> None:
    orgs = _organisations(
        "NEW DELHI — Congress leaders met in New Delhi on Monday, and India's opposition "
        "said India needed a new coalition. Indian voters go to the polls in May."
    )
    assert "US Congress" not in orgs
    # (India's parliament is no Congress: the word is its listed party's)
    assert orgs.get("Indian National Congress") == "India"
