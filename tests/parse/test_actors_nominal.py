"""Nominal speakers: title phrases as generic group speakers; two speakers joined by "and"."""

from __future__ import annotations

from explorer.model import ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.segment import segment


def run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def speakers(r: ActorAnalysis) -> list[str]:
    return [a.speaker_id for a in r.attributions]


def test_title_phrase_before_cue() -> None:
    r = run('The Peruvian chancellor said: "We are ready." The talks resumed.')
    assert speakers(r) == ["the Peruvian chancellor"]
    actor = next(a for a in r.actors if a.id == "the Peruvian chancellor")
    assert actor.kind is ActorKind.GROUP
    assert (actor.role, actor.affiliation) == ("chancellor", "Peru")
    assert r.quotes[0].speaker_id == "the Peruvian chancellor"


def test_spokesman_for_an_organisation() -> None:
    r = run("A spokeswoman for the ministry said the talks had failed.")
    assert speakers(r) == ["a spokeswoman for the ministry"]
    # The group mention "A spokeswoman" is part of the phrase, not an actor of its own.
    assert {a.id for a in r.actors} == {"a spokeswoman for the ministry"}
    m = r.mentions[0]
    assert (m.text, m.actor_id) == ("A spokeswoman for the ministry", m.actor_id)


def test_inverted_and_according_to() -> None:
    r = run(
        "The bridge was closed, said the head of the port authority. "
        "According to a spokesman for the World Food Programme, convoys were waiting."
    )
    assert speakers(r) == [
        "the head of the port authority",
        "a spokesman for the World Food Programme",
    ]
    wfp = next(a for a in r.actors if a.id == "a spokesman for the World Food Programme")
    assert wfp.affiliation == "World Food Programme"


def test_possessive_and_apposition() -> None:
    r = run("Chile’s foreign minister, speaking in Lima, told reporters the border was open.")
    assert speakers(r) == ["Chile’s foreign minister"]
    actor = next(a for a in r.actors if a.id == "Chile’s foreign minister")
    assert (actor.role, actor.affiliation) == ("foreign minister", "Chile")


def test_named_speakers_still_win() -> None:
    r = run("Foreign Minister Ana Rojas said the border was open.")
    assert speakers(r) == ["Ana Rojas"]


def test_two_speakers_joined_by_and() -> None:
    r = run("Oslo and Stockholm denied the report. Stoltenberg and Guterres said nothing.")
    assert speakers(r) == ["Norway", "Sweden", "Jens Stoltenberg", "António Guterres"]
