"""QA round 10 on actors (tests/fixtures/actors_unseen10/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_of, quote_speakers, speakers_of

# A name apposed to an opening title phrase is its sentence's subject, so a "he said" after
# it is that person's, not an earlier speaker's.


def test_he_said_after_an_apposed_title_subject_is_that_persons() -> None:
    text = (
        'Tom Hart said the deal was sound. "It will hold," he said. Egypt\'s foreign '
        'minister, Omar Adel, was more cautious. "Deals have failed before," he told reporters.'
    )
    assert quote_speakers(text) == ["Tom Hart", "Omar Adel"]


def test_he_said_after_an_owned_title_subject_skips_a_woman_speaking_before() -> None:
    text = (
        "Ann Lee said the strike would end soon. The union's chairman, Bo Kim, disagreed. "
        '"We will stay out," he said.'
    )
    assert quote_speakers(text) == ["Bo Kim"]


# "X, a title to the Y title, Z, said": Z is the inner title's holder; X speaks.


def test_nested_apposition_the_outer_name_speaks_and_the_inner_holds_the_inner_title() -> None:
    text = (
        "Tom Hart, a senior adviser to the French president, Paul Morel, said on Monday "
        "that talks would resume."
    )
    assert speakers_of(text, "Tom Hart") == ["Tom Hart"]
    assert actor_of(text, "Paul Morel")[1:] == ("France", "president")
    assert actor_of(text, "Tom Hart")[2] == "adviser"


def test_nested_apposition_with_an_honorific_before_the_inner_name() -> None:
    text = "Ann Lee, an aide to the mayor, Dr. Paul Morel, said the vote was delayed."
    assert speakers_of(text, "Ann Lee") == ["Ann Lee"]
    assert actor_of(text, "Paul Morel")[2] == "mayor"
