"""A "he/she said" right after an unnamed person's statement ("a spokesman for X said",
"a military source said", "the activist said") is that speaker's, in the same paragraph,
when the pronoun fits: no plural, not the other gender."""

from __future__ import annotations

import pytest
from speaker_checks import quote_speakers, speakers_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Crews could not reach the bridge, a spokesman for the regional roads agency "
            "said. “It is too dangerous to work there,” he said.",
            "a spokesman for the regional roads agency",
        ),
        (
            "A police source said two men were held. “They were armed,” he said.",
            "a police source",
        ),
        (
            "A spokeswoman for the port said ships were waiting. “We need a week,” she said.",
            "a spokeswoman for the port",
        ),
    ],
)
def test_the_pronoun_goes_to_the_unnamed_speaker_before(text: str, speaker: str) -> None:
    assert quote_speakers(text) == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # another gender
        "A spokeswoman for the port said ships were waiting. “We need a week,” he said.",
        "A spokesman for the port said ships were waiting. “We need a week,” she said.",
        # a plural, a collective
        "Officials said the road was shut. “It is dangerous,” he said.",
        "The police said the road was shut. “It is dangerous,” he said.",
        # another paragraph
        "A spokesman for the port said ships were waiting.\n\n“We need a week,” he said.",
    ],
)
def test_no_guess_where_the_pronoun_does_not_fit(text: str) -> None:
    assert quote_speakers(text) == [None]


def test_a_named_person_after_the_unnamed_one_still_wins() -> None:
    text = (
        "A spokesman for the port said ships were waiting. Harbour master Olav Brenne said "
        "the queue was long. “We need a week,” he said."
    )
    assert speakers_of(text, "“We need") == ["Olav Brenne"]
