"""QA round 11 on actors (tests/fixtures/actors_unseen11/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, speakers_of

from explorer.model import ActorKind

# "Cardinal", "Bishop" and "Sister" opening a run of plain names are titles, not names;
# after a given name ("Julie Bishop") or before a company's word they stay names.


def test_a_cardinal_is_a_title_before_a_name() -> None:
    text = (
        "Cardinal Anselm Otieno of Mombasa said the vote was fair. Otieno added that it was final."
    )
    assert "Anselm Otieno" in actor_ids(text)
    assert actor_of(text, "Anselm Otieno")[2] == "cardinal"
    assert speakers_of(text, "Otieno added") == ["Anselm Otieno"]


def test_a_bishop_and_a_sister_are_titles_before_names() -> None:
    text = (
        "Bishop Lukas Brandauer said the document was a start. Sister Grace Adeyemi said "
        "women had been heard."
    )
    assert actor_of(text, "Lukas Brandauer") == (ActorKind.PERSON, None, "bishop")
    assert actor_of(text, "Grace Adeyemi")[2] == "sister"
    assert speakers_of(text, "Sister Grace") == ["Grace Adeyemi"]


def test_bishop_after_a_given_name_stays_a_surname() -> None:
    text = (
        "Helen Bishop, a spokeswoman for the network, said victims were ignored. "
        '"It is sad," Bishop said.'
    )
    assert actor_of(text, "Helen Bishop")[2] == "spokeswoman"
    assert speakers_of(text, '"It is sad,"') == ["Helen Bishop"]
