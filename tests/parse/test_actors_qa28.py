"""QA round 28 on actors (tests/fixtures/actors_unseen28/FINDINGS.md): the general defects
found on three unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import run, speakers_of

from explorer.model import ActorKind

# "MILAN, Dec 3 (Reuters) - ... said Milan needed a fresh start": the dateline's town is a
# place, also as a subject (was a person "Milan", a given name too, and "MILAN" another).


def test_the_dateline_town_is_a_place_also_as_a_subject() -> None:
    text = (
        "Council backs budget\n\n"
        "TAVIRA, May 4 (Reuters) - The council approved the budget on Monday. "
        "Minister Ana Lopes-Vaz said Tavira needed a new hospital."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("Tavira") is ActorKind.PLACE
    assert "TAVIRA" not in kinds


def test_a_surname_like_the_dateline_town_stays_the_person_s() -> None:
    text = (
        "GRANTHAM, England, May 4 (Reuters) - Driver Lewis Grantham won the race. "
        "Later, Grantham said he was tired."
    )
    assert speakers_of(text, "Later, Grantham") == ["Lewis Grantham"]
