"""Fix round 13 on actors: items still open in tests/fixtures/actors_unseen11 and
actors_unseen12 FINDINGS.md, on invented sentences."""

from __future__ import annotations

from speaker_checks import quote_speakers, speakers_of

# A judge's "ruled that" is a statement.


def test_a_judge_ruling_that_is_a_speaker() -> None:
    text = (
        "Vexa faces a lawsuit over its store. U.S. District Judge Mara Ellison ruled that "
        'Vexa had used its rules to "extract a tax on every sale."'
    )
    assert speakers_of(text, "U.S. District Judge") == ["Mara Ellison"]
    assert quote_speakers(text) == ["Mara Ellison"]


def test_ruled_without_that_is_no_statement() -> None:
    text = "The Dorvan party ruled the province for decades. It lost in 2020."
    assert speakers_of(text, "The Dorvan party") == []
