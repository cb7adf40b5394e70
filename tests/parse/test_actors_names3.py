"""Names found broken on unseen articles, on invented sentences: abbreviated ranks of two
words, a profession opening a sentence, an unknown place before an area noun, a demonym
in an appositive job phrase, one-word NGOs and the rating agencies."""

from __future__ import annotations

from explorer.model import Actor, ActorKind
from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment

P, ORG, PLACE, GROUP = ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.PLACE, ActorKind.GROUP


def actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in analyse_actors(text, segment(text).sentences).actors}


def test_abbreviated_rank_of_two_words_is_the_whole_role() -> None:
    got = actors(
        "Maj. Gen. Idris Kamau said the convoy had turned back. "
        "Det. Sgt. Wanjiru Otieno said two men were held. "
        "Lt. Col. Petra Ilves and Staff Sgt. Omar Daher were not hurt."
    )
    assert got["Idris Kamau"].role == "major general"
    assert got["Wanjiru Otieno"].role == "detective sergeant"
    assert got["Petra Ilves"].role == "lieutenant colonel"
    assert got["Omar Daher"].role == "staff sergeant"


def test_abbreviated_rank_without_dots_and_police_ranks() -> None:
    got = actors(
        "The army said Brig Gen Samuel Oduya was in command. "
        "Supt. Kelvin Mugo said the road was shut. Insp. Ruth Chebet agreed."
    )
    assert got["Samuel Oduya"].role == "brigadier general"
    assert got["Kelvin Mugo"].role == "superintendent"
    assert got["Ruth Chebet"].role == "inspector"


def test_profession_opening_a_sentence_is_the_role_of_the_name_after_it() -> None:
    got = actors(
        "Volcanologist Ines Marrero said the ash cloud was rising. "
        "Researcher Lia Tamm Okafor agreed. Physician Amara Diallo said the ward was full."
    )
    assert got["Ines Marrero"].kind is P and got["Ines Marrero"].role == "volcanologist"
    assert got["Lia Tamm Okafor"].role == "researcher"
    assert got["Amara Diallo"].role == "physician"
    assert not any(k.startswith(("Volcanologist", "Researcher", "Physician")) for k in got)


def test_a_surname_ending_like_a_profession_stays_in_the_name() -> None:
    got = actors("Lindqvist Karin Berg said the plan was sound.")
    assert "Karin Berg" not in got


def test_known_place_inside_an_unknown_place_before_an_area_noun() -> None:
    got = actors("Flooding cut roads in the Cerro Colorado district and in Nueva Lima province.")
    assert got["Cerro Colorado"].kind is PLACE
    assert got["Nueva Lima"].kind is PLACE
    assert "Colorado" not in got and "Lima" not in got and "Peru" not in got


def test_a_possessive_still_ends_the_place_before_an_area_noun() -> None:
    got = actors("Uganda's Kasese district was hit by floods.")
    assert got["Kasese"].kind is PLACE and got["Uganda"].kind is ActorKind.COUNTRY


def test_demonym_in_an_appositive_job_phrase_makes_no_group() -> None:
    got = actors(
        "André Correia, a senior Brazilian diplomat, said the talks failed. "
        "Ken Obi, a veteran Nigerian trade negotiator, agreed."
    )
    assert got["André Correia"].role == "diplomat"
    assert not any(a.kind is GROUP for a in got.values())
