"""Fixes from probing wire copy of the seed's kind: a spokesman's job before a rank ("Pentagon
spokesman Captain X"), a listed person whose surname is a month ("... May"), and the UK
prime minister's office as an organisation that speaks."""

from __future__ import annotations

import pytest
from speaker_checks import run, speakers_of

from explorer.model import ActorKind
from explorer.parse.actors.people import people


def test_a_job_before_a_rank_is_the_role_and_its_organisation_the_affiliation() -> None:
    text = "Kremlin spokesman Colonel Ilya Varin said the drill was routine."
    actors = {a.id: a for a in run(text).actors}
    assert (actors["Ilya Varin"].role, actors["Ilya Varin"].affiliation) == (
        "spokesman",
        "Kremlin",
    )
    assert not [a for a in actors.values() if a.kind is ActorKind.GROUP]


def test_a_listed_person_whose_surname_is_a_month_is_found_whole() -> None:
    # (any listed person of such a name; the data file lists the UK prime minister)
    month_names = [k for k in people().full if k.split()[-1] in {"may", "june", "august"}]
    assert month_names
    text = "Prime Minister Theresa May said the talks would go on."
    assert speakers_of(text, "Prime Minister") == ["Theresa May"]


def test_a_month_after_an_unlisted_name_is_still_no_name() -> None:
    text = "Officials met Ola Brenne May 5 in Oslo."
    assert "Ola Brenne May" not in {a.id for a in run(text).actors}


def test_downing_street_speaks_for_the_united_kingdom() -> None:
    text = "Downing Street said the prime minister would raise the issue at the summit."
    actors = {a.id: a for a in run(text).actors}
    assert actors["Downing Street"].affiliation == "United Kingdom"
    assert speakers_of(text, "Downing Street") == ["Downing Street"]


def test_a_ship_named_after_its_noun_is_no_actor() -> None:
    text = "In 1987 the ferry Santa Lucia collided with an oil tanker off Mindoro."
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds["Santa Lucia"] is ActorKind.PLACE
    text = "Greenpeace said its ship Silver Tern was boarded."
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds["Silver Tern"] is ActorKind.PLACE
    assert kinds["Greenpeace"] is ActorKind.ORGANISATION


def test_an_appositive_job_after_a_rank_is_the_role_with_its_employer() -> None:
    text = "Brig. Gen. Omar Haddad, a spokesman for the Joint Operations Command, said two died."
    actors = {a.id: a for a in run(text).actors}
    assert actors["Omar Haddad"].role == "spokesman"
    assert actors["Omar Haddad"].affiliation == "Joint Operations Command"


def test_an_unnamed_speaker_with_a_relative_clause() -> None:
    text = "A police officer who spoke on condition of anonymity said 41 people were wounded."
    assert speakers_of(text, "A police officer") == ["a police officer"]


def test_military_units_and_numbered_courts_are_organisations_with_their_ordinal() -> None:
    text = (
        "Troops from the 82nd Airborne Division arrived on Monday. The 3rd Armored Brigade "
        "said it had taken the village. The 9th U.S. Circuit Court of Appeals ruled later."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    for unit in (
        "82nd Airborne Division",
        "3rd Armored Brigade",
        "9th U.S. Circuit Court of Appeals",
    ):
        assert kinds[unit] is ActorKind.ORGANISATION
    assert "Airborne Division" not in kinds


def test_two_countries_bodies_of_one_name_stay_two() -> None:
    text = (
        "Russia's Defense Ministry said it struck two depots. Ukraine's Defense Ministry "
        "said it repelled the attack."
    )
    analysis = run(text)
    actors = {a.id: a for a in analysis.actors}
    assert actors["Russian Defense Ministry"].affiliation == "Russia"
    assert actors["Ukrainian Defense Ministry"].affiliation == "Ukraine"
    assert [a.speaker_id for a in analysis.attributions] == [
        "Russian Defense Ministry",
        "Ukrainian Defense Ministry",
    ]


def test_one_countrys_body_keeps_its_name() -> None:
    actors = {a.id: a for a in run("Brazil's Supreme Federal Court ruled on Monday.").actors}
    assert actors["Supreme Federal Court"].affiliation == "Brazil"


def test_listed_armed_movements_are_organisations_not_people() -> None:
    text = "Israel struck Hamas and Islamic Jihad positions, and HTS fighters moved south."
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds["Palestinian Islamic Jihad"] is ActorKind.ORGANISATION
    assert kinds["Hayat Tahrir al-Sham"] is ActorKind.ORGANISATION


def test_the_chinese_army_and_office_are_chinas() -> None:
    text = (
        "China's People's Liberation Army held drills near the island. The Taiwan Affairs "
        "Office said the visit sent the wrong signal."
    )
    actors = {a.id: a for a in run(text).actors}
    assert actors["People's Liberation Army"].affiliation == "China"
    assert actors["Taiwan Affairs Office"].affiliation == "China"


def test_the_spokesperson_later_is_the_organisations_that_spoke_before() -> None:
    text = (
        "A Siemens spokesperson said the plant would reopen. The spokesperson said workers "
        "would be paid. A spokesperson for the union said that was not enough."
    )
    speakers = [a.speaker_id for a in run(text).attributions]
    assert speakers[:2] == ["Siemens", "Siemens"]
    assert "spokesperson" not in {a.id for a in run(text).actors}


def test_a_surname_that_is_a_place_speaks_as_the_person() -> None:
    text = (
        "A rebel commander, Musa Idlib, told AFP the drones struck at dawn. Idlib said the "
        "truce was dead."
    )
    assert speakers_of(text, "Idlib said") == ["Musa Idlib"]


def test_an_honorific_after_an_apposed_title_keeps_the_title() -> None:
    text = "The committee's chairman, Sir Alan Marsh, said the report was late."
    actors = {a.id: a for a in run(text).actors}
    assert actors["Alan Marsh"].role == "chairman"


def test_a_countrys_name_as_a_first_name_after_a_title() -> None:
    text = "Prime Minister Jordan Vell said the talks would resume on Monday."
    actors = {a.id: a for a in run(text).actors}
    assert actors["Jordan Vell"].role == "prime minister"
    assert "Jordan" not in actors


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("The semi-official Varna agency said the talks had failed.", "Varna"),
        ("The state-run Nordvik newspaper said the minister resigned.", "Nordvik"),
        ("Kelvora Daily said the deal was off.", "Kelvora Daily"),
    ],
)
def test_a_news_outlet_named_by_its_noun_is_an_organisation_that_speaks(
    text: str, outlet: str
) -> None:
    analysis = run(text)
    assert {a.id: a.kind for a in analysis.actors}[outlet] is ActorKind.ORGANISATION
    assert [a.speaker_id for a in analysis.attributions] == [outlet]


def test_a_language_before_newspaper_is_no_outlet() -> None:
    text = "The news came from Uhuru, a Swahili newspaper owned by the ruling party."
    assert "Swahili" not in {a.id for a in run(text).actors}
