"""Fix round qa31f on actors (the open lists of tests/fixtures/actors_unseen29..31
FINDINGS.md): general defects, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, speakers_of

from explorer.model import ActorKind

# "The National Gallery said": "Gallery" (page furniture alone: "Photo Gallery") ends an
# organisation's name after another name's word (was no actor at all).


def test_a_gallery_named_before_its_noun_is_an_organisation_that_speaks() -> None:
    text = "The Halvorsen Gallery in Oslo said the painting was a fake."
    assert actor_of(text, "Halvorsen Gallery")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "The Halvorsen") == ["Halvorsen Gallery"]


def test_a_national_gallery_speaks() -> None:
    text = "The National Gallery said it would return the bronze statues."
    assert speakers_of(text, "The National") == ["National Gallery"]


def test_a_photo_gallery_headline_names_no_actor() -> None:
    assert actor_ids("Photo Gallery: Floods hit the valley.") == set()


# "Residents of Leeds, York and Hull said": a list of names after a group and a
# preposition is no subject; the group speaks (the last name, nearest the cue, spoke).


def test_a_group_before_a_list_of_towns_speaks() -> None:
    text = "Residents of Brackwell, Tolby and Ferncastle said the tap water was brown."
    assert speakers_of(text, "Residents") == ["residents"]


def test_a_group_before_a_list_of_known_places_speaks_not_the_places() -> None:
    text = "Farmers in Kent, Essex and Suffolk said the drought was the worst in years."
    assert speakers_of(text, "Farmers") == ["farmers"]


def test_a_group_before_two_states_speaks() -> None:
    text = "Officials in Ohio and Indiana said the storm had passed."
    assert speakers_of(text, "Officials") == ["officials"]


def test_a_group_with_lower_case_words_before_the_list_speaks() -> None:
    text = "Parents of pupils at Brackwell and Tolby said the schools would close."
    assert speakers_of(text, "Parents") == ["parents"]


def test_coordinated_countries_without_a_group_still_all_speak() -> None:
    assert speakers_of("Russia and Syria denied the report.", "Russia") == ["Russia", "Syria"]


def test_a_list_ending_a_clause_far_from_the_cue_gives_no_group() -> None:
    text = (
        "Dr. Mara Quill-Benton led the team. A second trial, in farm workers in Peru and "
        "Chile, is due next year, she said."
    )
    assert speakers_of(text, "A second") == ["Mara Quill-Benton"]


# "Impala Platinum and Sibanye-Stillwater, two of the largest employers, said": names in a
# list an apposition calls companies are companies (a hyphenated one was a person; one
# before a company's name made with it one organisation "X and Y Mining").


def test_a_hyphenated_name_listed_with_a_company_as_employers_is_a_company() -> None:
    text = (
        "Northgate Mining and Halvorsen-Brandt, two of the biggest employers in the region, "
        "said they would cut jobs."
    )
    assert actor_of(text, "Halvorsen-Brandt")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "Northgate") == ["Northgate Mining", "Halvorsen-Brandt"]


def test_two_companies_joined_by_and_before_such_an_apposition_are_two() -> None:
    text = (
        "Halvorsen-Brandt and Northgate Mining, two of the country's largest employers, said "
        "output fell."
    )
    assert actor_ids(text) == {"Halvorsen-Brandt", "Northgate Mining"}
    assert actor_of(text, "Halvorsen-Brandt")[0] is ActorKind.ORGANISATION


def test_persons_described_as_workers_stay_persons() -> None:
    text = "Tom Hartley and Jim Bellamy, both miners, said the shaft had flooded."
    assert actor_of(text, "Tom Hartley")[0] is ActorKind.PERSON
    assert actor_of(text, "Jim Bellamy")[0] is ActorKind.PERSON


def test_persons_described_as_two_of_the_groups_leaders_stay_persons() -> None:
    text = "Tom Hartley and Jim Bellamy, two of the groups' leaders, said they would talk."
    assert actor_of(text, "Jim Bellamy")[0] is ActorKind.PERSON


# "The union, which represents nurses in Leeds, said": a name inside a relative clause
# before the place that closes it is no subject (the nurses spoke).


def test_a_group_inside_a_relative_clause_does_not_speak() -> None:
    text = "The guild, which represents welders in Brackwell, said it would strike."
    assert "welders" not in speakers_of(text, "The guild")


def test_a_group_inside_a_relative_clause_with_another_cue_does_not_speak() -> None:
    text = "The guild, which represents welders in Brackwell, warned that it would strike."
    assert "welders" not in speakers_of(text, "The guild")


def test_a_family_from_a_town_and_state_still_speaks() -> None:
    text = "The Oduya family of Toledo, Ohio, said their father fell ill."
    assert speakers_of(text, "The Oduya") == ["the Oduya family"]


def test_a_named_subject_before_the_clause_still_speaks() -> None:
    text = "Tom Hartley, who represents welders in Brackwell, said the offer was poor."
    assert speakers_of(text, "Tom Hartley") == ["Tom Hartley"]


# "The Lagos State Government said": an unknown name ending in "Government" is an
# organisation (was a person).


def test_a_state_government_in_capitals_is_an_organisation() -> None:
    text = "The Brackwell State Government said schools would reopen on Monday."
    assert actor_of(text, "Brackwell State Government")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "The Brackwell") == ["Brackwell State Government"]


def test_a_devolved_government_is_an_organisation() -> None:
    text = "The Welsh Government said it would appeal."
    assert actor_of(text, "Welsh Government")[0] is ActorKind.ORGANISATION
