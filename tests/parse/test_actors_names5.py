"""Titles and names found broken on unseen articles, on invented sentences: titles glued
into a person's name, name particles, "Dr." beating a job, an organisation before a title,
compound titles cut short."""

from __future__ import annotations

from explorer.model import Actor, ActorKind
from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment

P, ORG = ActorKind.PERSON, ActorKind.ORGANISATION


def actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in analyse_actors(text, segment(text).sentences).actors}


def test_a_title_of_several_words_with_of_is_not_part_of_the_name() -> None:
    got = actors("Director of Public Prosecutions Miriam Achola Waweru said the file was weak.")
    assert got["Miriam Achola Waweru"].role == "director of public prosecutions"
    assert not any("Prosecutions" in k for k in got)


def test_an_agency_title_before_a_name_is_the_role_and_the_agency_its_affiliation() -> None:
    got = actors(
        "NASA Administrator Daniel Okafor said the launch would slip. "
        "NASA Associate Administrator Dr. Helen Vasquez-Ward agreed."
    )
    assert got["Daniel Okafor"].role == "administrator"
    assert got["Daniel Okafor"].affiliation == "NASA"
    assert got["Helen Vasquez-Ward"].role == "associate administrator"
    assert got["Helen Vasquez-Ward"].affiliation == "NASA"
    assert not any("Administrator" in k for k in got)


def test_sports_positions_and_monarchs_opening_a_sentence_are_roles() -> None:
    got = actors(
        "Referee Anselmo Ruiz Téllez sent off two players. Sultan Hamad bin Salim opened "
        "the port. Forward Diego Salcedo Ibarra scored twice. Midfielder Tomás Ortega was "
        "booked. Goalkeeper Ramiro Benítez saved a penalty. Striker Kofi Mensah missed."
    )
    assert got["Anselmo Ruiz Téllez"].role == "referee"
    assert got["Hamad bin Salim"].role == "sultan"
    assert got["Diego Salcedo Ibarra"].role == "forward"
    assert got["Tomás Ortega"].role == "midfielder"
    assert got["Ramiro Benítez"].role == "goalkeeper"
    assert got["Kofi Mensah"].role == "striker"
    assert not any(
        k.startswith(("Referee", "Sultan", "Forward", "Midfielder", "Goalkeeper", "Striker"))
        for k in got
    )


def test_name_particles_of_two_words_keep_the_name_whole() -> None:
    got = actors(
        "Uruguayan midfielder Rodrigo de la Vega equalised. Defender Joost van der Linde "
        "was injured. Mayor Ana de los Ríos said the stadium was safe. Winger Caio dos "
        "Reis crossed for the goal."
    )
    assert got["Rodrigo de la Vega"].kind is P
    assert got["Rodrigo de la Vega"].role == "midfielder"
    assert got["Joost van der Linde"].role == "defender"
    assert got["Ana de los Ríos"].role == "mayor"
    assert got["Caio dos Reis"].role == "winger"
    assert not {"Rodrigo", "Joost", "Ana", "Caio"} & set(got)


def test_an_appositive_job_beats_an_honorific_and_names_the_employer() -> None:
    got = actors(
        "Dr. Nadia al-Rashed, a researcher at the Gulf Policy Institute, said talks would "
        "resume. Dr. Anjali Menon, a planetary scientist at the University of Arizona, said "
        "the samples were safe. Sheikh Khalid bin Saeed al-Nuaimi, the foreign minister of "
        "the United Arab Emirates, said the meeting was useful."
    )
    assert got["Nadia al-Rashed"].role == "researcher"
    assert got["Nadia al-Rashed"].affiliation == "Gulf Policy Institute"
    assert got["Anjali Menon"].role == "scientist"
    assert got["Anjali Menon"].affiliation == "University of Arizona"
    assert got["Khalid bin Saeed al-Nuaimi"].role == "foreign minister"
    assert got["Khalid bin Saeed al-Nuaimi"].affiliation == "United Arab Emirates"


def test_an_appositive_profession_before_at_names_the_employer() -> None:
    got = actors(
        "Rehana Sultana, a hydrologist at the Dhaka Institute of Water Studies, said the "
        "river had moved."
    )
    assert got["Rehana Sultana"].role == "hydrologist"
    assert got["Rehana Sultana"].affiliation == "Dhaka Institute of Water Studies"


def test_an_organisation_before_a_title_is_the_employer() -> None:
    got = actors(
        "Osprey Chief Executive Officer Dana Whitlock said the deal was fair. "
        "Tanabe President Kenji Morioka said the same. "
        "UGT president María Elena Robles said the strike would go on. "
        "Lanús coach Hernán Castillo said the team played well, and the fans cheered Lanús."
    )
    assert got["Dana Whitlock"].role == "chief executive"
    assert got["Dana Whitlock"].affiliation == "Osprey"
    assert got["Kenji Morioka"].affiliation == "Tanabe"
    assert got["María Elena Robles"].role == "president"
    assert got["María Elena Robles"].affiliation == "UGT"
    assert got["Hernán Castillo"].affiliation == "Lanús"
    assert got["Osprey"].kind is ORG


def test_a_modifier_or_a_place_before_a_title_is_no_employer() -> None:
    got = actors(
        "Former President Nora Castell said no. Riverton Mayor Paul Hendry agreed. "
        "Interim coach Ivo Brandt said the team would improve."
    )
    assert got["Nora Castell"].affiliation is None
    # a place's office: the mayor of Riverton (a place, no employer of his)
    assert got["Paul Hendry"].affiliation == "Riverton"
    assert got["Riverton"].kind is ActorKind.PLACE
    assert got["Ivo Brandt"].affiliation is None
    assert "Former" not in got and "Interim" not in got


def test_compound_titles_are_not_cut_to_their_first_word() -> None:
    got = actors(
        "Chief Magistrate Grace Wanjiku Muriuki adjourned the case. Tariq Rahman, the "
        "authority’s chief engineer, said funding had been diverted."
    )
    assert got["Grace Wanjiku Muriuki"].role == "chief magistrate"
    assert got["Tariq Rahman"].role == "chief engineer"
