"""Names the QA report on unseen articles found broken, on invented sentences: organisation
names with inner connectors, a person "of the" organisation, an abbreviation before a
title, a possessive before an organisation."""

from __future__ import annotations

from explorer.model import Actor, ActorKind
from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment

P, ORG = ActorKind.PERSON, ActorKind.ORGANISATION


def actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in analyse_actors(text, segment(text).sentences).actors}


def test_organisation_with_and_after_its_connector_stays_one() -> None:
    got = actors("The Nordic Centres for Soil Research and Conservation said the data were new.")
    assert got["Nordic Centres for Soil Research and Conservation"].kind is ORG
    assert "Soil Research" not in got and "Conservation" not in got


def test_plural_organisation_word_after_and() -> None:
    got = actors(
        "The Federation of Red Cross and Red Crescent Societies said on Monday it sent aid."
    )
    org = got["Federation of Red Cross and Red Crescent Societies"]
    assert org.kind is ORG and org.affiliation is None  # no part of the Red Cross
    assert "Societies" not in got


def test_known_names_inside_an_organisation_name() -> None:
    got = actors("The Alliance of Small Island States walked out of the talks on Friday.")
    assert got["Alliance of Small Island States"].kind is ORG
    assert "United States" not in got and "Iceland" not in got


def test_and_before_another_name_ends_the_organisation() -> None:
    got = actors("The Bank of Zambia and Barclays said rates would fall.")
    assert got["Bank of Zambia"].affiliation == "Zambia"


def test_person_of_the_organisation() -> None:
    got = actors(
        "“We dug for hours,” said Capt. Marta Ibarra of the Andean Mountain Rescue Service."
    )
    person = got["Marta Ibarra"]
    assert person.kind is P and person.role == "captain"
    assert person.affiliation == "Andean Mountain Rescue Service"
    assert got["Andean Mountain Rescue Service"].kind is ORG


def test_person_of_a_one_word_organisation() -> None:
    got = actors("“Margins will shrink,” said Tomas Berglund of Quantrix.")
    assert got["Tomas Berglund"].affiliation == "Quantrix"
    assert got["Quantrix"].kind is ORG


def test_abbreviation_before_a_title_is_the_employer() -> None:
    got = actors("NHTA Chair Leonie Brandt said the review would take a year.")
    person = got["Leonie Brandt"]
    assert person.role == "chair" and person.affiliation == "NHTA"
    assert got["NHTA"].kind is ORG


def test_possessive_before_an_organisation_is_its_country() -> None:
    got = actors(
        "Kenya’s Supreme Appeals Court upheld the ban. The Supreme Appeals Court said more."
    )
    court = got["Supreme Appeals Court"]
    assert court.kind is ORG and court.affiliation == "Kenya"
    assert not any("’s" in a or "'s" in a for a in got)


def test_longest_title_before_a_name() -> None:
    got = actors("Detective Chief Inspector Alma Reyes said the case was closed.")
    assert got["Alma Reyes"].role == "detective chief inspector"


def test_title_of_an_organisation_word_before_a_name() -> None:
    got = actors("Chief Constable of Police Tendai Moyo said roads were closed.")
    person = got["Tendai Moyo"]
    assert person.kind is P and person.role == "chief constable"
    assert not any("Police" in a for a in got)


def test_honorific_after_a_title_keeps_the_title() -> None:
    got = actors(
        "Finance Minister Dr. Ruth Okello said. Defence Minister Gen Paul Mora said. "
        "Dr. Hana Vik said."
    )
    assert got["Ruth Okello"].role == "finance minister"
    assert got["Paul Mora"].role == "defence minister"
    assert got["Hana Vik"].role == "doctor"


def test_honorific_after_an_appositive_title() -> None:
    got = actors("The UNHCR’s regional director for Asia, Dr. Kofi Mensah, said camps were full.")
    person = got["Kofi Mensah"]
    assert person.role == "regional director" and person.affiliation == "UNHCR"


def test_appositive_title_at_an_organisation() -> None:
    got = actors(
        "“Demand is soft,” said Petra Lund, an analyst at Vexcor. Omar Diallo, chief "
        "economist at the Sahel Bank, agreed. Ines Roth, a senior economist with Ostwind "
        "Capital, said more."
    )
    assert got["Petra Lund"].affiliation == "Vexcor"
    assert got["Omar Diallo"].affiliation == "Sahel Bank"
    assert got["Ines Roth"].affiliation == "Ostwind Capital"


def test_appositive_job_noun_is_no_extra_group() -> None:
    text = "Lena Moyo, a political analyst at the Kafue Institute, said turnout was low."
    result = analyse_actors(text, segment(text).sentences)
    assert not [a for a in result.actors if a.kind is ActorKind.GROUP]
    text = "Turnout was low, a political analyst said."
    result = analyse_actors(text, segment(text).sentences)
    assert [a.id for a in result.actors if a.kind is ActorKind.GROUP]


def test_places_by_the_words_around_them() -> None:
    got = actors(
        "Aid reached a fisherman from Nova Esperanca and families of Kaduna Sur "
        "province, who fled. "
        "A pass from Tomas Berg found him."
    )
    assert got["Nova Esperanca"].kind is ActorKind.PLACE
    assert got["Kaduna Sur"].kind is ActorKind.PLACE
    assert got["Tomas Berg"].kind is P


def test_month_ranges_are_no_actors() -> None:
    got = actors("Sales fell in the April-June quarter and rose in the Monday-Friday sessions.")
    assert not got


def test_names_before_a_place_word_are_one_place() -> None:
    got = actors("Boats sailed from the South China Sea to Long Island.")
    assert got["South China Sea"].kind is ActorKind.PLACE
    assert got["Long Island"].kind is ActorKind.PLACE
    assert "China" not in got and "South" not in got
