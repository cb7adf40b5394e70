"""QA round 10 on actors (tests/fixtures/actors_unseen10/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import quote_speakers

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
