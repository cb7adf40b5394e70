"""QA round 33f on actors (the open lists of tests/fixtures/actors_unseen32 and
actors_unseen33 FINDINGS.md): general defects fixed, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, speakers_of

from explorer.model import ActorKind

# "Unions said they would meet administrators": labour's bodies in the plural are a group
# that speaks (was a person "Unions", or no speaker); a named union keeps its name.


def test_unions_opening_a_sentence_speak_as_a_group() -> None:
    text = "Dock workers walked out on Monday. Unions said they would meet the new owners."
    assert speakers_of(text, "Unions said") == ["unions"]
    assert actor_of(text, "unions")[0] is ActorKind.GROUP
    assert "Unions" not in actor_ids(text)


def test_the_unions_later_are_the_same_group() -> None:
    text = (
        "Trade unions said the pay offer was an insult. The unions said a strike would "
        "start on Friday."
    )
    assert speakers_of(text, "The unions said") == ["unions"]


def test_a_named_federation_of_unions_stays_an_organisation() -> None:
    text = "The Federation of Harbour Unions said it would strike on Friday."
    assert speakers_of(text, "The Federation") == ["Federation of Harbour Unions"]
    assert "unions" not in actor_ids(text)


def test_a_union_of_states_is_untouched() -> None:
    text = "The European Union said it would send aid."
    assert speakers_of(text, "The European Union") == ["European Union"]
