"""QA round 9 on actors (tests/fixtures/actors_unseen9/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import run, speakers_of

from explorer.model import ActorKind


def _actor(text: str, aid: str) -> tuple[ActorKind, str | None, str | None]:
    (a,) = [a for a in run(text).actors if a.id == aid]
    return a.kind, a.affiliation, a.role


def _ids(text: str) -> set[str]:
    return {a.id for a in run(text).actors}


# UK and Irish titles before a name are its role, not words of the name.


def test_inquest_and_police_titles_are_roles() -> None:
    text = (
        "Senior Coroner Mary Holt opened the hearing in Leeds. Paramedic Tom Reyes told the "
        "court the crew arrived late. PC Jane Orr said she had tried to help."
    )
    ids = _ids(text)
    assert not {"Senior Coroner Mary Holt", "Paramedic Tom Reyes", "PC Jane Orr"} & ids
    assert _actor(text, "Mary Holt")[2] == "senior coroner"
    assert _actor(text, "Tom Reyes")[2] == "paramedic"
    assert _actor(text, "Jane Orr")[2] == "police constable"
    assert speakers_of(text, "PC Jane Orr") == ["Jane Orr"]


def test_the_irish_head_of_government_is_a_title() -> None:
    text = "Taoiseach Liam Boyd said the budget was fair. Boyd later met unions."
    assert _actor(text, "Liam Boyd")[2] == "taoiseach"
    assert speakers_of(text, "Taoiseach") == ["Liam Boyd"]
