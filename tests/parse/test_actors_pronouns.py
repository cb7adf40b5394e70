"""Speakers of pronoun statements ("he said", "she said", "it said") in an invented wire
article where a man and a woman speak in turn (tests/fixtures/actors_pronouns), and in
short texts for the edges of the rule: the text's own word on a person's gender (Mr, Ms,
spokeswoman) decides between persons, a first name never does."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.segment import segment

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "actors_pronouns"

FENNESSY, MAGUIRE, KINSELLA = "Orla Fennessy", "Declan Maguire", "Ruth Kinsella"
KESTREL = "Kestrel Airways"


@cache
def article() -> tuple[str, ActorAnalysis]:
    text = (FIXTURES / "airline_strike.txt").read_text(encoding="utf-8")
    return text, analyse_actors(text, segment(text).sentences)


def analyse(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def speakers_of(text: str, r: ActorAnalysis, opening: str) -> list[str]:
    """The speakers of the sentence opening with ``opening``."""
    sentences = segment(text).sentences
    (si,) = [i for i, s in enumerate(sentences) if s.text.startswith(opening)]
    return [a.speaker_id for a in r.attributions if a.sentence_index == si]


def quote_speaker(r: ActorAnalysis, opening: str) -> str | None:
    (q,) = [q for q in r.quotes if q.text.startswith(opening)]
    return q.speaker_id


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        # The last person named is the referent when the text says nothing against it.
        ("“We have bought", MAGUIRE),
        ("“At two in the morning", FENNESSY),
        # Mr Maguire spoke last: "she" is the woman before him.
        ("“That limit moved", FENNESSY),
        # Ms Fennessy spoke last: "he" is the man before her.
        ("“within a fortnight”", MAGUIRE),
        # A person without a stated gender who spoke last keeps the pronoun.
        ("“Every day of the strike", KINSELLA),
        ("“There is work to do", MAGUIRE),
        # Mr Maguire spoke last; Ms Fennessy is only named (not the subject) in the sentence
        # before: her stated gender matches.
        ("“We will hold him", FENNESSY),
        # No speaker named anywhere near: none, never a guess.
        ("“Fair pay, safe skies.”", None),
    ],
)
def test_quotes_cued_by_a_pronoun_get_the_person_of_that_gender(
    opening: str, speaker: str | None
) -> None:
    _, r = article()
    assert quote_speaker(r, opening) == speaker


@pytest.mark.parametrize(
    ("opening", "speakers"),
    [
        ("He said the cost of the deal", [MAGUIRE]),
        ("Ms Fennessy said the association", [FENNESSY]),
        ("He said he expected", [MAGUIRE]),
        # "It said" right after the airline's statement: the airline.
        ("It said passengers", [KESTREL]),
        # "It" after a sentence with no statement is the report, no actor: nobody.
        ("It said staff shortages", []),
    ],
)
def test_statements_cued_by_a_pronoun(opening: str, speakers: list[str]) -> None:
    text, r = article()
    assert speakers_of(text, r, opening) == speakers


def test_a_pronoun_skips_a_person_the_text_gives_the_other_gender() -> None:
    text = (
        "Ms Ana Ortiz said the port would reopen. Mr Tom Hale said it would not. "
        "She said the repairs were done. He said they were not."
    )
    r = analyse(text)
    assert speakers_of(text, r, "She said") == ["Ana Ortiz"]
    assert speakers_of(text, r, "He said") == ["Tom Hale"]


def test_a_matching_gender_wins_over_an_earlier_unknown_one_but_not_the_last() -> None:
    # Rojas (no gender stated) is reached past Mr Hale as the one person who may be "she";
    # not past another person of unknown gender (Vidal).
    text = "Ana Rojas said the port would reopen. Mr Tom Hale said it would not. She said so."
    assert speakers_of(text, analyse(text), "She said") == ["Ana Rojas"]
    text = (
        "Ana Rojas said the port would reopen. Mr Tom Hale said it would not. "
        "Kim Vidal's ship waited. She said so."
    )
    assert speakers_of(text, analyse(text), "She said") == []
    # With Rojas called Ms, she is.
    text = "Ms Ana Rojas said the port would reopen. Mr Tom Hale said it would not. She said so."
    assert speakers_of(text, analyse(text), "She said") == ["Ana Rojas"]
    # The last person named, gender unknown, keeps a "he said" (no guess from "Ana").
    text = "Mr Tom Hale said it would not. Ana Rojas said the port would reopen. He said so."
    assert speakers_of(text, analyse(text), "He said") == ["Ana Rojas"]


def test_a_pronoun_does_not_reach_too_far_back() -> None:
    filler = "The port was closed. Ships waited offshore. Prices rose. Markets fell. "
    # Two paragraphs back: too far.
    text = f"Ms Ana Ortiz said the port would reopen.\n\n{filler}\n\n{filler}She said so."
    assert speakers_of(text, analyse(text), "She said") == []
    # In the same paragraph, the one woman named.
    text = f"Ms Ana Ortiz said the port would reopen. {filler}She said so."
    assert speakers_of(text, analyse(text), "She said") == ["Ana Ortiz"]
    # Within reach (four sentences back), her stated gender finds her.
    text = "Ms Ana Ortiz said the port would reopen. Ships waited offshore. She said so."
    assert speakers_of(text, analyse(text), "She said") == ["Ana Ortiz"]


def test_it_said_takes_only_an_organisation_or_country_that_just_spoke() -> None:
    text = "Russia said the talks had failed. It said new ones were planned."
    assert speakers_of(text, analyse(text), "It said") == ["Russia"]
    # A person spoke last, or two speakers did, or nobody spoke in the sentence before.
    for text in (
        "Russia said the talks had failed. Mr Tom Hale said so too. It said more.",
        "Russia and China said the talks had failed. It said new ones were planned.",
        "Russia said the talks had failed. The report ran to 300 pages. It said more.",
    ):
        assert speakers_of(text, analyse(text), "It said") == []


def test_they_said_after_a_joint_statement_is_both() -> None:
    text = "Russia and China said the talks had failed. They said new ones were planned."
    assert speakers_of(text, analyse(text), "They said") == ["Russia", "China"]
    far = "Russia and China said the talks had failed. Rain fell. They said more."
    assert speakers_of(far, analyse(far), "They said") == []


def test_titles_that_say_a_gender() -> None:
    text = (
        "Crown Prince Karim Haddad met Layla Nasser, the trade minister, on Monday. "
        "Ms Nasser said the talks went well. He said a deal was close. "
        "Sheikh Omar Rashed said he agreed. She said more."
    )
    r = analyse(text)
    assert speakers_of(text, r, "He said") == ["Karim Haddad"]
    assert speakers_of(text, r, "She said") == ["Layla Nasser"]
