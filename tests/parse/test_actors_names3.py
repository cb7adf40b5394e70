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


def test_one_word_ngos_are_organisations() -> None:
    got = actors(
        "Oxfam said the aid was late. Greenpeace agreed, and Save the Children warned of "
        "hunger. Transparency International said the tender was flawed."
    )
    for name in ("Oxfam", "Greenpeace", "Save the Children", "Transparency International"):
        assert got[name].kind is ORG
    assert "Children" not in got


def test_rating_agencies_without_the_surname_moody() -> None:
    got = actors(
        "Moody's cut the rating on Friday, and S&P Global followed. "
        "Moody's Investors Service said the outlook was negative. "
        "Tom Moody, a farmer, said prices were low. Ms Moody's wife said so."
    )
    assert got["Moody's Investors Service"].kind is ORG
    assert got["S&P Global"].kind is ORG
    assert got["Tom Moody"].kind is P
    assert "P Global" not in got and "Investors Service" not in got
