"""QA round 22 on actors (tests/fixtures/actors_unseen22/FINDINGS.md): the general defects
found on four unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, quote_speakers, speakers_of

# "X, a former doctor who has said ...": the relative clause of an indefinite description
# apposed to a name is the named person's.


def test_a_relative_clause_of_a_description_apposed_to_a_name_is_the_persons() -> None:
    text = (
        "Voters chose Anna Berg-Lind on Sunday. Berg-Lind, a former teacher who has said she "
        'wants lower taxes, thanked her supporters. She said she would govern "for all".'
    )
    assert speakers_of(text, "Berg-Lind, a former") == ["Anna Berg-Lind"]
    assert speakers_of(text, "She said") == ["Anna Berg-Lind"]
    assert quote_speakers(text) == ["Anna Berg-Lind"]
    assert "a former teacher" not in actor_ids(text)


def test_a_relative_clause_after_a_definite_noun_is_not_the_persons() -> None:
    text = "Anna Berg-Lind, a friend of the victim who said she saw the attack, wept."
    assert speakers_of(text, "Anna Berg-Lind") != ["Anna Berg-Lind"]
