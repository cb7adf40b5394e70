"""A one-word name linked to the article's person whatever its accents ("Velez" for
"Paloma Vélez Ochoa"), and a club's short form that is also a word of that person's name
("Vélez", Vélez Sarsfield) is the person. Invented sentences."""

from __future__ import annotations

from explorer.model import ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.actors.surnames import first_key, inner_keys, surname_key
from explorer.parse.segment import segment

P, ORG = ActorKind.PERSON, ActorKind.ORGANISATION


def run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def mentions(text: str) -> list[tuple[str, str]]:
    """(surface text, actor id) of every mention, in order."""
    return [(m.text, m.actor_id) for m in run(text).mentions]


def speakers(text: str) -> list[str]:
    return [q.speaker_id or "" for q in run(text).quotes]


def test_keys_are_without_accents() -> None:
    assert surname_key("Tomás Ibáñez") == surname_key("Tomas Ibanez") == "ibanez"
    assert first_key("Óscar Villamizar") == "oscar"
    assert inner_keys("Paloma Vélez Ochoa") == ("velez",)
    assert surname_key("Łukasz Nowak") == "nowak"


def test_an_unaccented_inner_word_is_the_accented_persons() -> None:
    text = (
        "Opposition senator Paloma Vélez Ochoa criticised the reform on Monday. "
        '"This is a disaster," Velez said.'
    )
    assert ("Velez", "Paloma Vélez Ochoa") in mentions(text)
    assert "Velez" not in {a.id for a in run(text).actors}
    assert speakers(text) == ["Paloma Vélez Ochoa"]


def test_an_accented_inner_word_is_the_unaccented_persons() -> None:
    text = (
        "Opposition senator Paloma Velez Ochoa criticised the reform on Monday. "
        '"This is a disaster," Vélez said.'
    )
    assert ("Vélez", "Paloma Velez Ochoa") in mentions(text)
    assert [a.id for a in run(text).actors if a.kind is P] == ["Paloma Velez Ochoa"]


def test_a_surname_written_without_its_accents_is_the_same_person() -> None:
    text = 'Senator Tomás Ibáñez criticised the budget on Monday. "It is unfair," Ibanez said.'
    assert mentions(text) == [("Tomás Ibáñez", "Tomás Ibáñez"), ("Ibanez", "Tomás Ibáñez")]


def test_a_club_short_form_inside_the_persons_name_is_the_person_in_any_spelling() -> None:
    # Other clubs are named, so "Vélez" alone could be Vélez Sarsfield: the coach is named
    # "Vélez", and his short name is his, with or without the accent.
    for short in ("Vélez", "Velez"):
        text = (
            "Coach Luis Vélez Ochoa praised River Plate on Sunday. "
            f'"We were lucky," {short} said. Boca Juniors lost to Racing Club.'
        )
        assert (short, "Luis Vélez Ochoa") in mentions(text), short
        assert "Vélez Sarsfield" not in {a.id for a in run(text).actors}, short
        assert speakers(text) == ["Luis Vélez Ochoa"], short


def test_a_club_short_form_that_is_a_first_name_is_the_person() -> None:
    text = (
        "Economy Minister Everton Luiz Soares presented the budget on Monday. "
        '"It is fair," Everton said.'
    )
    assert ("Everton", "Everton Luiz Soares") in mentions(text)
    assert {a.id for a in run(text).actors} == {"Everton Luiz Soares"}


def test_the_club_short_form_is_still_the_club_with_no_such_person() -> None:
    for short in ("Vélez", "Velez"):
        text = f"Racing Club beat {short} 3-0 on Saturday, and River Plate drew with Boca."
        found = {a.id: a.kind for a in run(text).actors}
        assert found.get("Vélez Sarsfield") is ORG, short
        assert (short, "Vélez Sarsfield") in mentions(text), short


def test_an_inner_word_opening_a_sentence_is_the_persons() -> None:
    # No speech verb makes "Vidal" a person here: opening its sentence, it is still the
    # one person of the article whose name holds it.
    for rest in ("has led the office since 2022.", "declined to comment."):
        text = f"Prosecutor Ana Vidal Ramírez said the case was closed. Vidal {rest}"
        assert mentions(text) == [
            ("Ana Vidal Ramírez", "Ana Vidal Ramírez"),
            ("Vidal", "Ana Vidal Ramírez"),
        ], rest


def test_an_inner_word_of_two_persons_opening_a_sentence_is_nobody() -> None:
    text = (
        "Prosecutor Ana Vidal Ramírez and judge Carla Vidal Ortiz met on Monday. "
        "Vidal declined to comment."
    )
    assert [m.actor_id for m in run(text).mentions if m.text == "Vidal"] == []
