"""Speakers in forms the fourth QA round on unseen articles found unattributed or wrongly
attributed (tests/fixtures/actors_unseen4), each tried on invented sentences of its own: an
inverted cue with lower-case titles before the name ("..., said coach Sipho Dube", "said
police spokesman Ade Putra"), the plural noun "states" taken for a speech verb ("in three
U.S. states"), and a "she said" far from the one woman named."""

from __future__ import annotations

from speaker_checks import quote_speakers, speakers_of

# 1. "..., said coach Sipho Dube": lower-case titles between an inverted cue and the name.


def test_said_a_lower_case_title_then_the_name() -> None:
    assert quote_speakers('"We will not give up," said coach Sipho Dube.') == ["Sipho Dube"]
    assert quote_speakers('"The data are clear," said analyst Lena Brandt.') == ["Lena Brandt"]
    assert quote_speakers('"The rally is over," said strategist Rohan Mehta.') == ["Rohan Mehta"]


def test_said_a_modifier_and_a_title_then_the_name() -> None:
    text = '"Roads are cut in four places," said police spokesman Ade Putra.'
    assert quote_speakers(text) == ["Ade Putra"]
    text = '"Nobody was hurt," said senior government spokesman Kofi Mensah.'
    assert quote_speakers(text) == ["Kofi Mensah"]


def test_said_an_employer_no_actor_then_a_title() -> None:
    text = '"We were unlucky tonight," said Sundowns goalkeeper Sipho Dlamini.'
    assert quote_speakers(text) == ["Sipho Dlamini"]


def test_according_to_a_lower_case_title() -> None:
    text = "Three bridges collapsed overnight, according to spokesman Ade Putra."
    assert speakers_of(text, "Three bridges") == ["Ade Putra"]


def test_a_lower_case_word_that_is_no_title_gives_no_speaker() -> None:
    # "yesterday" is no title: the name after it is no speaker of the cue.
    text = "The bridge had been closed, said yesterday Ade Putra."
    assert speakers_of(text, "The bridge") == []


# 2. "states" after a place is a plural noun, not a speech verb.


def test_us_states_is_no_statement_of_the_united_states() -> None:
    text = "Researchers found antibodies in cattle in three U.S. states, the study said."
    assert "United States" not in speakers_of(text, "Researchers")
    text = "Farmworkers in nine U.S. states had antibodies, the survey found."
    assert speakers_of(text, "Farmworkers") == []
    text = "Gulf states and Iran met in Doha on Monday."
    assert speakers_of(text, "Gulf states") == []


def test_states_that_is_still_a_statement() -> None:
    text = "Kenya states that the border will stay open."
    assert speakers_of(text, "Kenya states") == ["Kenya"]


# 3. "she said" several sentences after the one woman named.


def test_she_said_four_sentences_after_the_only_person_named() -> None:
    text = (
        "Dr. Amara Okafor-Lind led the study. It covered 40 farms. Cattle were tested "
        "twice. Results are due in May. A second study is due next year, she said."
    )
    assert speakers_of(text, "A second study") == ["Amara Okafor-Lind"]


def test_she_said_in_the_next_paragraph() -> None:
    text = (
        "Ms. Rana Haddad runs the clinic. It opened in 2019. Staff were hired in March.\n\n"
        "Demand has doubled since January, she said."
    )
    assert speakers_of(text, "Demand has doubled") == ["Rana Haddad"]


def test_she_said_skips_a_man_named_since() -> None:
    text = (
        "Ana Ruiz leads the inquiry. Mr. Paul Brandt funded it. Four towns took part. "
        "The report is due in June, she said."
    )
    assert speakers_of(text, "The report is due") == ["Ana Ruiz"]


def test_she_said_with_two_persons_of_unknown_gender_is_nobody() -> None:
    text = (
        "Ana Ruiz and Kim Brandt lead the inquiry. Four towns took part. Costs rose. "
        "The report is due in June, she said."
    )
    assert speakers_of(text, "The report is due") == []


def test_she_said_two_paragraphs_away_is_nobody() -> None:
    text = (
        "Ana Ruiz leads the inquiry.\n\nFour towns took part. Costs rose.\n\n"
        "Rain fell. Roads closed. The report is due in June, she said."
    )
    assert speakers_of(text, "Rain fell") == []
    assert speakers_of(text, "The report is due") == []


def test_a_possessive_is_no_lone_referent() -> None:
    text = (
        "Protesters gathered at noon. Police closed the square. The crowd left at dusk. "
        "Nobody spoke of Omar Farouk's trial, she said."
    )
    assert speakers_of(text, "Nobody spoke") == []


def test_he_said_after_an_unnamed_spokesman_is_not_the_named_person() -> None:
    text = (
        "Tomas Berg founded the firm in 1990. A spokesman said sales fell. Costs rose too. "
        "Prices will stay the same, he added."
    )
    assert speakers_of(text, "Prices will stay") != ["Tomas Berg"]
