"""Speakers in forms the second QA round on unseen articles found unattributed
(tests/fixtures/actors_unseen2), each tried on invented sentences of its own: titles between
an inverted cue and the name, coordinated subjects, "a COMPANY spokesman", speech verbs in
relative clauses and "the companies said"."""

from __future__ import annotations

from speaker_checks import quote_speakers, run, speakers_of

# 1. Titles between an inverted cue and the name.


def test_said_doctor_name_gives_the_person_and_the_next_she_said() -> None:
    text = (
        "“The first sample from the lake bed may well be Canadian,” said Dr. Helena Brask, "
        "a geologist at the University of Tromsø. She said that would not make the Danish "
        "cores less useful."
    )
    assert quote_speakers(text) == ["Helena Brask"]
    assert speakers_of(text, "She said") == ["Helena Brask"]


def test_said_abbreviated_ranks_and_two_word_titles_give_the_person() -> None:
    for title in ("Prof.", "Gen.", "Sen.", "Gov.", "Maj. Gen.", "Prime Minister"):
        text = f"“We will not wait for the report,” said {title} Tobias Hallqvist, 61."
        assert quote_speakers(text) == ["Tobias Hallqvist"], title


def test_said_capitalised_word_that_is_no_title_gives_no_person() -> None:
    # "Monday" is no title: the name after it is not the speaker of an inverted cue.
    text = "“We will not wait,” said Monday Tobias Hallqvist."
    assert quote_speakers(text) == [None]


# 2. Coordinated subjects.


def test_two_organisations_joined_by_and_the_both_speak() -> None:
    text = (
        "The Arctic Council and the European Environment Agency said on Friday that the "
        "survey would be repeated."
    )
    assert speakers_of(text, "The Arctic Council") == [
        "Arctic Council",
        "European Environment Agency",
    ]


def test_each_clause_of_a_sentence_has_its_own_speaker() -> None:
    text = (
        "Amnesty International said guards had beaten the prisoners, and the Interior "
        "Ministry said it had opened an inquiry."
    )
    assert speakers_of(text, "Amnesty International") == [
        "Amnesty International",
        "Interior Ministry",
    ]


# 3. An organisation's spokesman speaks for it.


def test_a_company_spokesman_is_the_company() -> None:
    text = (
        "Toyota Motor Corp. holds a stake in Kestrel. A Toyota spokesman said the carmaker "
        "supported the deal."
    )
    analysis = run(text)
    assert speakers_of(text, "A Toyota spokesman") == ["Toyota Motor Corp"]
    # No group "spokesman" of its own in the actor filter.
    assert "spokesman" not in {a.id for a in analysis.actors}


def test_an_agency_spokeswoman_and_its_possessive_are_the_agency() -> None:
    for text in (
        "A NASA spokeswoman said the launch would slip to June.",
        "NASA’s spokeswoman said the launch would slip to June.",
    ):
        assert speakers_of(text, text[:10]) == ["NASA"], text


def test_a_named_company_spokesman_is_the_person() -> None:
    text = "A Toyota spokesman, Kenji Sato, said the carmaker supported the deal."
    assert speakers_of(text, "A Toyota") == ["Kenji Sato"]


# 4. Speech verbs in relative clauses, naming verbs before a quote, more cue verbs.


def test_who_told_in_a_relative_clause_gives_the_person() -> None:
    text = (
        "The survey is run by Harbour Authority chief Leonie Marsh, who told lawmakers in "
        "May that the dredging was “well ahead of schedule.”"
    )
    assert quote_speakers(text) == ["Leonie Marsh"]


def test_called_her_quote_in_a_statement_gives_the_person() -> None:
    text = (
        "Premier Oskar Lindqvist called the late composer “the conscience of our music” in "
        "a statement on Tuesday."
    )
    assert quote_speakers(text) == ["Oskar Lindqvist"]


def test_a_thing_called_a_quoted_name_has_no_speaker() -> None:
    text = "The farmers formed a cooperative called “Green Valley” in 2019."
    assert quote_speakers(text) == [None]


def test_testified_and_conceded_are_speech_verbs() -> None:
    text = (
        "Sergeant Paul Njenga testified last week that the lorries were “waved through.” "
        "Halvard Moe conceded that the budget was “far too thin.”"
    )
    assert quote_speakers(text) == ["Paul Njenga", "Halvard Moe"]


# 5. "The companies said": the two companies of the article.


def test_the_companies_said_in_a_joint_statement_are_both_companies() -> None:
    text = (
        "Brennick Analytics Inc. agreed to buy Solvang Data AG on Thursday. The deal values "
        "Solvang at $2 billion, the companies said in a joint statement."
    )
    assert speakers_of(text, "The deal values") == ["Brennick Analytics Inc", "Solvang Data AG"]


def test_the_companies_with_three_companies_named_is_nobody_in_particular() -> None:
    text = (
        "Brennick Analytics Inc. agreed to buy Solvang Data AG, outbidding Korvo Systems "
        "Corp. The deal values Solvang at $2 billion, the companies said."
    )
    assert speakers_of(text, "The deal values") == []
