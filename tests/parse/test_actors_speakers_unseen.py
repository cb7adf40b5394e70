"""Speakers in wire-story forms the QA report on the unseen articles found unattributed
(tests/fixtures/actors_unseen), each tried on sentences of its own: the statement or quote
goes to the person or organisation a reader sees speaking."""

from __future__ import annotations

from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.segment import segment


def run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def speaker_of(text: str, opening: str) -> str | None:
    """The speaker of the sentence opening with ``opening`` (None if it has none)."""
    analysis = run(text)
    sentences = list(segment(text).sentences)
    (si,) = [i for i, s in enumerate(sentences) if s.text.startswith(opening)]
    found = [a.speaker_id for a in analysis.attributions if a.sentence_index == si]
    return found[0] if found else None


def quote_speakers(text: str) -> list[str | None]:
    return [q.speaker_id for q in run(text).quotes]


# 1. A pronoun after a quote of several sentences: the quote's sentences do not count.


def test_he_said_after_a_quote_paragraph_of_three_sentences() -> None:
    text = (
        "“The count was rigged,” Tomasz Wielgus told supporters in Gdansk. “We saw it in "
        "every district. We will not accept it.”\n\n"
        "He said his observers had been expelled from 12 polling stations."
    )
    assert speaker_of(text, "He said his observers") == "Tomasz Wielgus"


def test_she_added_after_a_quote_running_over_paragraphs() -> None:
    text = (
        "“Supplies are short,” Ingrid Solberg said. “The roads are closed.\n\n"
        "“We need helicopters. We need them now.”\n\n"
        "Three more villages were cut off, she added."
    )
    assert speaker_of(text, "Three more villages") == "Ingrid Solberg"


def test_sentences_outside_quotes_still_use_up_the_window() -> None:
    text = (
        "Tomasz Wielgus said the count was rigged. Turnout was 61%. The rain stopped. "
        "Piotr Nowak's shop was closed.\n\nHe said observers had been expelled."
    )
    # (Nowak, named since, may be the "he": no one person left to take.)
    assert speaker_of(text, "He said observers") is None


def test_a_quote_continuation_keeps_the_gender_rules() -> None:
    text = (
        "“We are ready,” said Ms. Ingrid Solberg. “The teams are in place. The trucks "
        "are loaded.”\n\nHe said the roads were open."
    )
    assert speaker_of(text, "He said the roads") is None


# 2. A bracket between the speaker and the cue: an abbreviation, a party.


def test_organisation_with_its_abbreviation_in_brackets_speaks() -> None:
    text = "The Baltic Fisheries Council (BFC) said on Monday that cod quotas would fall."
    assert speaker_of(text, "The Baltic") == "Baltic Fisheries Council"


def test_known_organisation_with_its_abbreviation_then_it_said() -> None:
    text = (
        "Amnesty International (AI) has said the trial was unfair. It said the judges were "
        "appointed by the army."
    )
    assert speaker_of(text, "Amnesty") == "Amnesty International"
    assert speaker_of(text, "It said") == "Amnesty International"


def test_person_with_a_party_in_brackets_speaks_and_gets_the_quote() -> None:
    text = "“This bill is dead,” Sen. Marta Villalobos (D-Texas) said."
    assert quote_speakers(text) == ["Marta Villalobos"]


# 3. An inverted cue, then a title phrase and the person's name; a name, then its group.


def test_said_title_phrase_then_name_and_relative_clause() -> None:
    text = (
        "“The talks have failed,” said Norway’s chief negotiator, Ingrid Solberg, who leads "
        "a delegation of 40. “We will go home.”"
    )
    assert quote_speakers(text) == ["Ingrid Solberg", "Ingrid Solberg"]


def test_said_the_title_then_name_with_an_honorific() -> None:
    text = "“Nobody was hurt,” said the ambassador, Dr. Pieter Claessens."
    assert quote_speakers(text) == ["Pieter Claessens"]


def test_said_name_of_organisation_without_a_comma() -> None:
    text = "“We saw no evidence,” said Tomasz Wielgus of Human Rights Watch."
    assert quote_speakers(text) == ["Tomasz Wielgus"]
    assert speaker_of(text, "“We saw") == "Tomasz Wielgus"


def test_said_a_phrase_without_a_title_before_a_name_is_no_apposition() -> None:
    text = "“It rained,” said the weather on Tuesday, Ingrid Solberg."
    assert quote_speakers(text) == [None]


# 4. An age and a relative clause between the person and the cue.


def test_name_age_relative_clause_said() -> None:
    text = (
        "Tomasz Wielgus, 61, who has fished the bay for 40 years, said the catch was the "
        "worst he could remember."
    )
    assert speaker_of(text, "Tomasz Wielgus") == "Tomasz Wielgus"


# 5. A title phrase, then the person's name in apposition, then the cue: the person speaks.


def test_spokesman_for_organisation_then_name_said() -> None:
    text = "A spokesman for the Nordic Water Agency, Henrik Aalto, said prices would rise."
    assert speaker_of(text, "A spokesman") == "Henrik Aalto"


def test_title_phrase_then_abbreviated_rank_and_name_warned() -> None:
    text = (
        "The chief of the fire brigade, Capt. Ingrid Solberg, warned that the dam could "
        "break. “Leave now,” she said."
    )
    assert speaker_of(text, "The chief") == "Ingrid Solberg"
    assert quote_speakers(text) == ["Ingrid Solberg"]


# 6. "The governor said": the one person of the article with that role.


def test_the_title_said_is_the_only_person_with_that_role() -> None:
    text = (
        "Central Bank Governor Lukas Brandt raised rates on Thursday. Inflation was 6%. "
        "Bond yields rose.\n\n"
        "The governor said further increases were possible.\n\n"
        "“We will do what it takes,” he said."
    )
    assert speaker_of(text, "The governor") == "Lukas Brandt"
    assert speaker_of(text, "“We will") == "Lukas Brandt"
    assert quote_speakers(text) == ["Lukas Brandt"]
    assert "the governor" not in {a.id for a in run(text).actors}


def test_said_the_minister_is_the_only_minister() -> None:
    text = (
        "Minister Ana Rojas visited the port on Monday. Ships were stuck.\n\n"
        "“The backlog will clear by June,” said the minister."
    )
    assert quote_speakers(text) == ["Ana Rojas"]


def test_the_title_stays_a_group_when_two_persons_have_the_role() -> None:
    text = (
        "Governor Lukas Brandt met Governor Ana Rojas on Thursday.\n\n"
        "The governor said the talks were useful."
    )
    assert speaker_of(text, "The governor") == "the governor"


def test_the_title_stays_a_group_when_the_person_is_named_later() -> None:
    text = "The governor said rates would rise. Governor Lukas Brandt spoke later."
    assert speaker_of(text, "The governor") == "the governor"
