"""QA round 27 on actors (tests/fixtures/actors_unseen27/FINDINGS.md): the general defects
found on three unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, speakers_of

from explorer.model import ActorKind

# "Daniel Whitford-Cole of Boulder, Colorado,": his home town, a place (was an organisation
# Boulder, his affiliation).


def test_person_of_a_town_and_state_has_no_employer() -> None:
    text = "Searchers found Tom Ardley-Sims of Provo, Utah, alive on Monday."
    assert actor_of(text, "Tom Ardley-Sims") == (ActorKind.PERSON, None, None)
    assert actor_of(text, "Provo") == (ActorKind.PLACE, None, None)


def test_person_of_an_organisation_keeps_it() -> None:
    text = "Priya Kanwal-Hurst of Brightmoor said demand was falling."
    assert actor_of(text, "Priya Kanwal-Hurst")[1] == "Brightmoor"


# '"...," said Tirana Hassan-Moore, the group's executive director': a place's name as a
# first name after an inverted cue (was a place Tirana and a speaker "Hassan-Moore", the
# quote no one's).


def test_place_as_first_name_after_said_is_one_speaker() -> None:
    text = (
        '"We will keep counting the dead," said Jordan Whitlow, a nurse at the clinic. '
        '"Nobody else will," she said.'
    )
    assert "Jordan Whitlow" in actor_ids(text)
    assert "Jordan" not in actor_ids(text)
    assert quote_speakers(text) == ["Jordan Whitlow", "Jordan Whitlow"]


def test_country_after_said_alone_stays_the_country() -> None:
    text = '"The border stays closed," said Jordan.'
    assert actor_of(text, "Jordan")[0] is ActorKind.COUNTRY


def test_club_after_said_keeps_its_coach() -> None:
    text = '"We earned it," said Paris Saint-Germain coach Luis Enrique.'
    assert speakers_of(text, '"We earned') == ["Luis Enrique"]


# "Latin American countries had a duty": a region's adjective (was a person "Latin" and a
# mention of the United States).


def test_latin_american_is_the_region_no_person() -> None:
    text = "She said Latin American governments would meet in Quito."
    ids = actor_ids(text)
    assert "Latin" not in ids
    assert "United States" not in ids
    assert "Latin America" in ids


# "Valdorian President Ernesto Salcedo-Ibarra" after "Valdoria": the adjective of a place
# the text names (was an organisation "Valdorian", the president's).


def test_adjective_of_a_named_place_is_no_organisation() -> None:
    text = (
        "Riots spread across Marendia on Sunday. "
        "Marendian President Tomas Eldar-Vane said order would be restored."
    )
    assert "Marendian" not in actor_ids(text)
    assert actor_of(text, "Tomas Eldar-Vane") == (ActorKind.PERSON, "Marendia", "president")


# '"For three months the Valdorian authorities buried evidence," said Tirana
# Hassan-Moore, the group's executive director': the group is not named inside the
# speaker's own quote (was the organisation "Valdorian").


def test_the_groups_title_after_a_quote_is_not_owned_from_inside_it() -> None:
    text = (
        "The Ocean Rights Alliance said the report was a whitewash. "
        '"The Coastal Authority has hidden the spill for months," said Dana Keel-Ross, '
        "the group's director."
    )
    assert actor_of(text, "Dana Keel-Ross")[1] == "Ocean Rights Alliance"


# "Danish carrier Maersk-Holm Line said it had rerouted 14 vessels": a shipping company
# (was a place, the statement no one's).


def test_shipping_line_that_speaks_is_a_company() -> None:
    text = "Norwegian carrier Fjordvik Line said it would add two ferries in May."
    assert actor_of(text, "Fjordvik Line")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "Norwegian carrier") == ["Fjordvik Line"]


def test_railway_line_stays_a_place() -> None:
    text = "Trains on the Copper Line were halted after the storm, officials said."
    assert actor_of(text, "Copper Line")[0] is ActorKind.PLACE


# "The Port of Rotterdam Authority said", "chief executive of Port of Antwerp-Bruges":
# one port authority (were "Rotterdam Authority" and a place "Antwerp-Bruges", the
# chief executive of none).


def test_port_of_a_city_is_one_organisation() -> None:
    text = (
        "The Port of Valmara Authority said 90 ships were waiting. "
        "Elsa Brandt-Hove, chief executive of Port of Kessling, said her berths were full."
    )
    assert speakers_of(text, "The Port") == ["Port of Valmara Authority"]
    assert actor_of(text, "Elsa Brandt-Hove")[1:] == ("Port of Kessling", "chief executive")


def test_port_of_spain_stays_a_city() -> None:
    assert actor_of("She flew to Port of Spain on Monday.", "Port of Spain")[0] is ActorKind.PLACE


# "Workers were due to return on Wednesday, a union spokesman said" after "the FNV Havens
# union" and a federation named later: the union named with the noun (was the federation).


def test_union_spokesman_is_the_union_named_so_not_a_later_federation() -> None:
    text = (
        "The Kaiwerk union said its members backed the deal. "
        "Crews in Poland staged short stoppages, the European Seafarers Federation said. "
        "Work resumes on Monday, a union spokesman said."
    )
    assert speakers_of(text, "Work resumes") == ["Kaiwerk"]


def test_union_spokesman_after_a_federation_alone_is_the_federation_s() -> None:
    text = (
        "The European Seafarers Federation called a strike. "
        "Work resumes on Monday, a union spokesman said."
    )
    assert speakers_of(text, "Work resumes") == ["European Seafarers Federation"]


# "said Niek Stam-Verhoef, the union's chief negotiator": the whole title (was "chief").


def test_chief_negotiator_is_the_role() -> None:
    text = '"We signed nothing," said Ivo Marsh-Dale, the union\'s chief negotiator.'
    assert actor_of(text, "Ivo Marsh-Dale")[2] == "chief negotiator"


# "A Commission spokesman, Stefan de Keersmaecker-Vos," after the European Commission: its
# spokesman (was of none).


def test_body_s_last_word_before_a_title_is_that_body() -> None:
    text = (
        "The Maritime Safety Authority said 40 ships were waiting. "
        "An Authority spokeswoman, Greta Holm-Ruud, said the queue would clear."
    )
    assert actor_of(text, "Greta Holm-Ruud")[1:] == ("Maritime Safety Authority", "spokeswoman")


def test_body_s_last_word_shared_by_two_bodies_names_neither() -> None:
    text = (
        "The European Commission and the Electoral Commission met on Monday. "
        "A Commission spokesman, Piet Laan-Vos, said nothing was agreed."
    )
    assert actor_of(text, "Piet Laan-Vos")[1] is None


def test_union_spokesman_is_the_union_named_far_back_before_a_near_federation() -> None:
    filler = "The talks had lasted through the night and both sides were exhausted. " * 12
    text = (
        "The Kaiwerk union said its members backed the deal. "
        + filler
        + "Crews in Poland staged short stoppages, the European Seafarers Federation said. "
        "Work resumes on Monday, a union spokesman said."
    )
    assert speakers_of(text, "Work resumes") == ["Kaiwerk"]


# "Party sources said" (round 26's open item) and "embassy staffers": the noun phrase with
# its organisation's kind (were "sources", "staffers").


def test_party_sources_speak_as_one_group() -> None:
    text = "The leadership would meet again on Friday, party sources said."
    assert speakers_of(text, "The leadership") == ["party sources"]


def test_a_party_official_keeps_the_party_word() -> None:
    text = "A party official said the vote was close. The party official said more."
    assert speakers_of(text, "A party official") == ["a party official"]
    assert speakers_of(text, "The party official") == ["a party official"]


def test_embassy_staffers_are_one_group() -> None:
    assert "embassy staffers" in actor_ids("The embassy staffers fled the building on Monday.")
