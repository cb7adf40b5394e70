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


# A capital written without its accents is the capital, also in a dateline, which then
# gives "the Senate" its country.


def test_a_dateline_without_accents_gives_the_senate_its_country() -> None:
    text = (
        "BRASILIA (Reuters) - The Senate approved the bill on Tuesday. A U.S. envoy "
        "praised the vote. The Senate will meet again in May."
    )
    ids = _ids(text)
    assert "Senate of Brazil" in ids
    assert "US Senate" not in ids
    assert "Brasília" in ids  # (the capital, not an unknown word)


def test_a_capital_without_accents_is_the_capital() -> None:
    text = "Talks resumed in Bogota on Monday. Bogotá had hosted them before."
    assert {a.id for a in run(text).actors if a.kind is ActorKind.PLACE} == {"Bogotá"}
