"""Listed parliaments, parties and agencies (Bundestag, AfD, BJP, Indian National Congress,
IFC, ...), "Congress" as India's party, and an organisation another country's words own
("Ghana's Securities and Exchange Commission" is not the US regulator)."""

from __future__ import annotations

import pytest

from explorer.model import Actor, ActorKind
from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment

ORG = ActorKind.ORGANISATION


def actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in analyse_actors(text, segment(text).sentences).actors}


def mention_ids(text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for m in analyse_actors(text, segment(text).sentences).mentions:
        out.setdefault(m.text, set()).add(m.actor_id)
    return out


# -- listed organisations ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "aid", "country", "alias"),
    [
        (
            "The Bundestag debated the budget, and the Bundestag passed it.",
            "Bundestag",
            "Germany",
            None,
        ),
        ("The Bundesrat must still approve the pension reform.", "Bundesrat", "Germany", None),
        ("The AfD gained ground, polls showed.", "Alternative for Germany", "Germany", "AfD"),
        (
            "Alternative for Germany said it would appeal.",
            "Alternative for Germany",
            "Germany",
            None,
        ),
        ("The CDU picked a new leader.", "Christian Democratic Union", "Germany", "CDU"),
        (
            "The SPD left the coalition talks.",
            "Social Democratic Party of Germany",
            "Germany",
            "SPD",
        ),
        ("The National Rally topped the regional vote.", "National Rally", "France", None),
        ("The Rassemblement National topped the vote.", "National Rally", "France", None),
        ("A spokeswoman for the Élysée declined to comment.", "Élysée Palace", "France", None),
        ("The Bharatiya Janata Party won in Gujarat.", "Bharatiya Janata Party", "India", None),
        ("The BJP won in Gujarat.", "Bharatiya Janata Party", "India", "BJP"),
        ("The Congress Party lost in Kerala.", "Indian National Congress", "India", None),
        ("Ukrenergo, the grid operator, warned of blackouts.", "Ukrenergo", "Ukraine", None),
        ("A Gallup Korea survey put support at 31%.", "Gallup Korea", "South Korea", None),
        (
            "The IFC lent $40 million to a Kenyan bank.",
            "International Finance Corporation",
            "World Bank",
            "IFC",
        ),
    ],
)
def test_listed_organisations(text: str, aid: str, country: str, alias: str | None) -> None:
    got = actors(text)
    assert aid in got, (text, list(got))
    assert got[aid].kind is ORG
    assert got[aid].affiliation == country
    if alias is not None:
        assert alias in got[aid].aliases


def test_long_name_and_abbreviation_are_one_actor() -> None:
    text = (
        "The International Finance Corporation will invest in the port. The IFC said the "
        "loan runs ten years. Separately, the Bharatiya Janata Party met, and a BJP "
        "spokesman said talks went well."
    )
    ids = mention_ids(text)
    assert (
        ids["International Finance Corporation"]
        == ids["IFC"]
        == {"International Finance Corporation"}
    )
    assert ids["Bharatiya Janata Party"] == ids["BJP"] == {"Bharatiya Janata Party"}


def test_no_generic_social_democratic_party() -> None:
    # Sweden's and Denmark's parties are called so too: no German party from these words.
    got = actors("STOCKHOLM — The Social Democratic Party won the most seats in Sweden.")
    assert "Social Democratic Party of Germany" not in got


# -- "Congress" in India -----------------------------------------------------------------


def test_bare_congress_in_a_story_naming_the_indian_national_congress() -> None:
    text = (
        "MUMBAI, India — The Indian National Congress lost ground in Maharashtra on Sunday. "
        "The Congress won only 9 seats. Congress spokesman Vikram Joshi said the party "
        "would review its campaign."
    )
    got = actors(text)
    assert "US Congress" not in got and "Congress" not in got
    party = got["Indian National Congress"]
    assert party.affiliation == "India"
    assert "Congress" in party.aliases
    assert got["Vikram Joshi"].affiliation == "Indian National Congress"


def test_bare_congress_in_india_without_the_party_is_the_listed_party() -> None:
    # (India's parliament is no Congress: the word is the party's, as Indian news uses it)
    got = actors("MUMBAI, India — Congress lost ground in Maharashtra on Sunday.")
    assert "US Congress" not in got
    assert got["Indian National Congress"].affiliation == "India"


def test_us_congress_unchanged() -> None:
    got = actors("WASHINGTON — Congress passed the bill. The White House welcomed it.")
    assert got["US Congress"].affiliation == "United States"


# -- an organisation another country's words own ----------------------------------------


def test_possessive_country_wins_over_a_listed_country() -> None:
    text = (
        "ACCRA — Ghana’s Securities and Exchange Commission said on Monday it had fined two "
        "brokers. The SEC said more cases would follow."
    )
    got = actors(text)
    assert "Securities and Exchange Commission" not in got  # the US regulator
    sec = got["Securities and Exchange Commission of Ghana"]
    assert sec.affiliation == "Ghana"
    assert mention_ids(text)["SEC"] == {"Securities and Exchange Commission of Ghana"}


def test_demonym_wins_over_a_listed_country() -> None:
    got = actors("The Nigerian Securities and Exchange Commission froze the accounts.")
    assert got["Securities and Exchange Commission of Nigeria"].affiliation == "Nigeria"


def test_listed_country_and_another_in_one_story() -> None:
    text = (
        "Kenya's Securities and Exchange Commission met officials of the U.S. Securities "
        "and Exchange Commission in Nairobi."
    )
    got = actors(text)
    assert got["Securities and Exchange Commission of Kenya"].affiliation == "Kenya"
    assert got["Securities and Exchange Commission"].affiliation == "United States"


def test_own_country_possessive_keeps_the_listed_one() -> None:
    got = actors("America's Securities and Exchange Commission sued the fund.")
    assert got["Securities and Exchange Commission"].affiliation == "United States"
    got = actors("Russia's Kremlin rejected the offer.")
    assert got["Kremlin"].affiliation == "Russia"
