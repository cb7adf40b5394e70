"""Overlap resolution: the quick path for ordered names gives what the general merge gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from speaker_checks import run

from explorer.model import ActorKind
from explorer.parse.actors.mentions import Raw
from explorer.parse.actors.mentions.resolve import _resolve, _resolve_general

KINDS = [None, ActorKind.PERSON, ActorKind.PLACE, ActorKind.COUNTRY, ActorKind.ORGANISATION]


@st.composite
def disjoint_spans(draw: st.DrawFn, kind: st.SearchStrategy[ActorKind | None]) -> list[Raw]:
    """Raws in order, not overlapping, 1-6 characters long, 0-4 apart (gaps of 2 test the
    "Name, a group" rule)."""
    out: list[Raw] = []
    pos = draw(st.integers(0, 3))
    for _ in range(draw(st.integers(0, 12))):
        length = draw(st.integers(1, 6))
        role = draw(st.sampled_from([None, "captain"]))
        out.append(Raw(pos, pos + length, draw(kind), f"n{pos}", role=role))
        pos += length + draw(st.integers(0, 9))
    return out


# Text under the spans: capitalised words between them may be a rank over which a group
# noun is a person's title ("spokesman Capt. John Smith").
TEXT = "spokesman Capt. Jo Smith, Major Al said " * 8


@settings(max_examples=2000, deadline=None)
@given(disjoint_spans(st.sampled_from(KINDS)), disjoint_spans(st.just(ActorKind.GROUP)))
def test_ordered_names_resolve_as_the_general_merge(names: list[Raw], groups: list[Raw]) -> None:
    assert _resolve(TEXT, [], names, groups) == _resolve_general(TEXT, [], names, groups)


def test_groups_lose_to_names_and_titles() -> None:
    person = Raw(10, 20, ActorKind.PERSON, "John Smith")
    unknown = Raw(30, 35, None, "Smith")
    title = Raw(0, 9, ActorKind.GROUP, "spokesman")  # "spokesman John Smith"
    inside = Raw(28, 40, ActorKind.GROUP, "local Smith officials")
    kept = _resolve(" " * 40, [], [person, unknown], [title, inside])
    assert kept == [person, inside]  # the title goes, the unknown name inside a group goes


def test_a_group_noun_over_a_rank_before_a_person_is_a_title() -> None:
    text = "Navy spokesman Captain Ola Brenne said the ship was safe."
    assert [a.id for a in run(text).actors if a.kind is ActorKind.GROUP] == []
