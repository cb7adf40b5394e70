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
