"""Nominal speakers: title phrases as generic group speakers; two speakers joined by "and"."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from explorer.model import ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.actors.nominal import _patterns, nominal_before
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


PHRASE_PIECES = ["the", "The", "a", "An", "Chile’s", "U.S.", "German", "foreign", "minister"]
PHRASE_PIECES += ["vice", "president", "spokesman", "for", "of", "the ministry", "also", "has"]
PHRASE_PIECES += [" ", "  ", "\n", ",", ", a town,", "-", "x", "said", "ministers"]


@settings(max_examples=1500, deadline=None)
@given(st.lists(st.sampled_from(PHRASE_PIECES), max_size=30).map(" ".join), st.data())
@example("the foreign minister ", None)  # the text ends where the cue starts
@example("The German\nchancellor ", None)
@example("the\u00a0foreign\tminister, a man, has ", None)
@example("the vice president-elect, the minister", None)
def test_phrase_before_is_found_only_after_a_title(text: str, data: st.DataObject | None) -> None:
    """nominal_before looks for the phrase only where a title is: the same phrases."""
    lo, cue = 0, len(text)
    if data is not None:
        lo = data.draw(st.integers(0, len(text)))
        cue = data.draw(st.integers(lo, len(text)))
    m = _patterns().before.search(text, max(lo, cue - 200), cue)
    got = nominal_before(text, lo, cue)
    assert (got is None) == (m is None)
    if m is not None and got is not None:
        assert got.start == m.start("np")
