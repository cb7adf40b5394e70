"""QA round 33f on actors (the open lists of tests/fixtures/actors_unseen32 and
actors_unseen33 FINDINGS.md): general defects fixed, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, run, speakers_of

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


# "The bank acted on Monday, a day after unions called a strike": the words after the
# comma are a time's clause, no description of the group (its mention was "a day after
# unions"); a description keeps its article ("X, a senior regional analyst, said").


def _group_names(text: str, aid: str) -> set[str]:
    result = run(text)
    return {m.text for m in result.mentions if m.actor_id == aid}


def test_a_times_clause_after_a_comma_is_no_part_of_a_group() -> None:
    text = "The central bank cut rates on Tuesday, a week after farmers blocked the roads."
    assert _group_names(text, "farmers") == {"farmers"}
    text = "Fares rose on Friday, a day after dock workers walked out."
    assert all("after" not in n for n in _group_names(text, "workers"))


def test_an_apposed_description_still_describes_the_name_before() -> None:
    text = "Lena Okafor, a senior regional analyst at Pell Research, said demand had slowed."
    kind, aff, role = actor_of(text, "Lena Okafor")
    assert (kind, aff, role) == (ActorKind.PERSON, "Pell Research", "analyst")
