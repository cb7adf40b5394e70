"""User actor dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.model import ActorKind
from explorer.parse.actors import (
    ActorDictionaryError,
    analyse_actors,
    load_actor_dictionary,
)
from explorer.parse.segment import segment

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "actors"


def test_load_dictionary() -> None:
    d = load_actor_dictionary(FIXTURES / "dictionary.toml")
    dubois = d.actors[0]
    assert dubois.id == "Claire Dubois"
    assert dubois.kind is ActorKind.PERSON
    assert dubois.aliases == ("the French envoy", "Dubois")
    assert (dubois.role, dubois.affiliation) == ("foreign minister", "France")
    assert d.actors[1].kind is ActorKind.ORGANISATION


def test_dictionary_aliases_are_matched_and_merged() -> None:
    d = load_actor_dictionary(FIXTURES / "dictionary.toml")
    text = (
        "Dubois arrived in Bamako. The French envoy met the relief network on Monday. "
        "SRN said supplies were short, and the Sahel Relief Network asked for funds."
    )
    r = analyse_actors(text, segment(text).sentences, d)
    by_text = {m.text: m.actor_id for m in r.mentions}
    assert by_text["Dubois"] == "Claire Dubois"
    assert by_text["The French envoy"] == "Claire Dubois"
    assert by_text["the relief network"] == "Sahel Relief Network"
    assert by_text["SRN"] == "Sahel Relief Network"
    assert by_text["Sahel Relief Network"] == "Sahel Relief Network"
    assert [a.speaker_id for a in r.attributions] == ["Sahel Relief Network"]
    dubois = next(a for a in r.actors if a.id == "Claire Dubois")
    assert dubois.affiliation == "France"
    for m in r.mentions:
        assert text[m.start : m.end] == m.text


@pytest.mark.parametrize(
    "content",
    [
        "[[actor]\nname = 'x'",  # invalid TOML
        "[[actor]]\nkind = 'person'",  # no name
        "[[actor]]\nname = 'X'\nkind = 'planet'",  # bad kind
        "[[actor]]\nname = 'X'\naliases = 'Y'",  # aliases not a list
        "[[actor]]\nname = 'X'\ncolour = 'red'",  # unknown key
        "actor = 3",  # not an array of tables
        "[other]\nx = 1",  # unknown table
    ],
)
def test_bad_dictionary(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ActorDictionaryError) as info:
        load_actor_dictionary(path)
    assert isinstance(info.value, ValueError)
    assert "\n" not in str(info.value)
    assert str(path) in str(info.value)


def test_missing_dictionary(tmp_path: Path) -> None:
    with pytest.raises(ActorDictionaryError):
        load_actor_dictionary(tmp_path / "nope.toml")
