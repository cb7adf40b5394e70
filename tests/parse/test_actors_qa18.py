"""QA round 18 on actors (tests/fixtures/actors_unseen18/FINDINGS.md): the general defects
found on four unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, speakers_of

from explorer.model import ActorKind

# A person described again by nationality or playing position ("the Dutchman said", "the
# Turk said", "The Italian, who ..., said", "the midfielder said"): the person, not the
# country or a group.


def test_a_demonym_after_a_relative_clause_is_the_person() -> None:
    text = (
        '"We never give up," Lyon coach Marco Bellini-Tosi said. The Italian, who has won '
        'the cup twice, said his players had been "brave".'
    )
    assert speakers_of(text, "The Italian") == ["Marco Bellini-Tosi"]


def test_the_turk_is_a_person_of_turkey() -> None:
    text = (
        'Porto coach Emre Kaya-Ozdemir said his side had been "naive". "We lost our heads," '
        "the Turk said."
    )
    assert speakers_of(text, '"We lost') == ["Emre Kaya-Ozdemir"]


def test_a_demonym_after_a_possessive_opener_is_that_person() -> None:
    text = (
        "Ajax beat Celtic 2-0. Pieter van Buren-Smit's side are third. The Dutchman said "
        'qualification was "in our hands".'
    )
    assert speakers_of(text, "The Dutchman") == ["Pieter van Buren-Smit"]


def test_a_demonyms_second_cue_keeps_the_person() -> None:
    text = (
        "Ajax beat Celtic. Pieter van Buren-Smit's side are third. The Dutchman said "
        'qualification was "still in our hands" but warned that his team could not slip.'
    )
    assert quote_speakers(text) == ["Pieter van Buren-Smit"]
    assert "Netherlands" not in speakers_of(text, "The Dutchman")


def test_a_pronoun_after_a_person_subject_in_its_own_sentence_is_that_person() -> None:
    text = (
        '"Kylian was decisive," Lyon coach Marco Bellini-Tosi said. Monaco coach Luc '
        "Dumont-Ferre was angry about the goal, which he said followed a foul. "
        '"It was a foul," the Belgian said.'
    )
    assert speakers_of(text, "Monaco coach") == ["Luc Dumont-Ferre"]
    assert speakers_of(text, '"It was a foul') == ["Luc Dumont-Ferre"]


def test_a_pronoun_opening_its_sentence_is_still_the_last_speaker() -> None:
    text = (
        'Lyon coach Marco Bellini-Tosi said the side was tired. "We need rest," he said. '
        "Monaco beat Nice."
    )
    assert speakers_of(text, '"We need rest') == ["Marco Bellini-Tosi"]


def test_a_players_position_is_the_person_named_before() -> None:
    text = 'Tom Keller-Voss said the team would learn. "We made two mistakes," the midfielder said.'
    assert speakers_of(text, '"We made') == ["Tom Keller-Voss"]


def test_a_position_with_two_persons_before_is_nobody_named() -> None:
    text = (
        "Tom Keller-Voss and Ali Brandt-Hof both scored. "
        '"We made two mistakes," the midfielder said.'
    )
    assert speakers_of(text, '"We made') not in (["Tom Keller-Voss"], ["Ali Brandt-Hof"])


# "Argentina's central bank said": a country's central bank speaks (the listed one where
# the country has one: "Mexico's central bank said" is the Bank of Mexico).


def test_a_countrys_central_bank_speaks() -> None:
    text = "Peru's central bank, which held its rate last week, said it was watching the peso."
    assert speakers_of(text, "Peru's") == ["Central Bank of Peru"]
    assert actor_of(text, "Central Bank of Peru")[:2] == (ActorKind.ORGANISATION, "Peru")


def test_a_countrys_listed_central_bank_is_that_one() -> None:
    text = "Mexico's central bank said it was calm. Banxico later cut rates."
    assert speakers_of(text, "Mexico's") == ["Bank of Mexico"]
    assert "Mexican Central Bank" not in actor_ids(text)


# Data: "Public Protector X" is a title (South Africa's ombudsman); "Construction",
# "Accounting", "Engineering" end companies' names ("Hanjin-Daeho Construction").


def test_a_public_protector_is_a_title() -> None:
    text = "Public Protector Nomsa Dlamini-Okafor said the premier had failed the province."
    assert actor_of(text, "Nomsa Dlamini-Okafor") == (ActorKind.PERSON, None, "public protector")
    assert speakers_of(text, "Public") == ["Nomsa Dlamini-Okafor"]


def test_construction_and_accounting_end_company_names() -> None:
    text = (
        "The regulator asked Hanjin-Daeho Construction and its auditor, Samil-Lee "
        "Accounting, to explain the payments."
    )
    assert actor_of(text, "Hanjin-Daeho Construction")[0] is ActorKind.ORGANISATION
    assert actor_of(text, "Samil-Lee Accounting")[0] is ActorKind.ORGANISATION
