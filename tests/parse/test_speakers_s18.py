"""Session 18's speaker probes, on invented sentences."""

from __future__ import annotations

from speaker_checks import run


def _speakers(text: str) -> set[str | None]:
    return {a.speaker_id for a in run(text).attributions}


def test_a_list_after_said_that_is_a_clauses_subject_leaves_the_speaker_before() -> None:
    # "X, <description>, said A, B and C had reported ...": the list reports (its own
    # statement, nested); the speaker of the sentence is X, which had been lost
    said = _speakers(
        "Africa CDC, the African Union's health agency, said Benin, Togo and Ghana had "
        "reported new cases."
    )
    assert "Africa CDC" in said
    said = _speakers(
        "The Red Cross, which runs the camps, said Kenya, Uganda and Sudan were sending aid."
    )
    assert said == {"International Committee of the Red Cross"}


def test_a_speaker_after_said_still_ends_the_sentence_or_opens_an_aside() -> None:
    assert _speakers("The outbreak is spreading, said Anna Berg, a doctor in Lagos.") == {
        "Anna Berg"
    }
    assert "Anna Berg" in _speakers(
        "The outbreak is spreading, said Anna Berg, Tom Wade and Lee Park."
    )


def test_a_courts_justices_are_a_group_that_speaks() -> None:
    # "The eight justices said ..." had no speaker ("Two judges said" had one)
    run_ = run(
        "The court upheld the ruling on Friday. The eight justices said the decree had no "
        "legal basis."
    )
    assert {a.speaker_id for a in run_.attributions} == {"justices"}
    assert {a.id: a.kind.value for a in run_.actors}["justices"] == "group"
