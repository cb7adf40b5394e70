"""Organisations the actor finder used to miss or take for persons: football clubs (a list
of major clubs and a city followed by a club's last word), the chambers of a congress
("the Senate", "the House"), and a headline's common noun before a name ("Chipmaker
Nordlys"). Invented articles in tests/fixtures/actors_orgs."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from explorer.model import Actor, ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.segment import segment

FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "actors_orgs"
P, ORG, L = ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.PLACE


def run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


@cache
def fixture(name: str) -> tuple[str, ActorAnalysis]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return text, run(text)


def actors(result: ActorAnalysis) -> dict[str, Actor]:
    return {a.id: a for a in result.actors}


def kinds(text: str) -> dict[str, ActorKind]:
    return {a.id: a.kind for a in run(text).actors}


def mention_ids(result: ActorAnalysis) -> dict[str, set[str]]:
    """Surface -> the actor ids its mentions link to."""
    out: dict[str, set[str]] = {}
    for m in result.mentions:
        out.setdefault(m.text, set()).add(m.actor_id)
    return out


# -- football clubs ----------------------------------------------------------------------


def test_one_word_clubs_standing_alone_are_organisations() -> None:
    assert kinds("Arsenal beat Chelsea 2-1 on Sunday.") == {"Arsenal": ORG, "Chelsea": ORG}


def test_clubs_of_two_words_are_no_persons() -> None:
    got = kinds("Manchester City drew with Newcastle United, while Aston Villa lost at home.")
    assert got == {"Manchester City": ORG, "Newcastle United": ORG, "Aston Villa": ORG}


def test_short_forms_are_the_club() -> None:
    result = run("Spurs beat Man City 3-2. Tottenham are fourth; Manchester City are second.")
    assert kinds("Spurs beat Man City 3-2.") == {"Tottenham Hotspur": ORG, "Manchester City": ORG}
    ids = mention_ids(result)
    assert ids["Spurs"] == ids["Tottenham"] == {"Tottenham Hotspur"}
    assert ids["Man City"] == ids["Manchester City"] == {"Manchester City"}
    assert "Spurs" in actors(result)["Tottenham Hotspur"].aliases


def test_a_club_name_opening_a_persons_name_stays_the_person() -> None:
    text = "Chelsea Clinton spoke in New York on Monday. Chelsea later met donors."
    result = run(text)
    assert actors(result)["Chelsea Clinton"].kind is P
    assert not any(a.kind is ORG for a in result.actors)
    # (as the subject of a speech verb too)
    assert kinds("Chelsea Clinton said the plan works.") == {"Chelsea Clinton": P}


def test_a_club_named_after_its_town_needs_another_club() -> None:
    # No football here: the city's name is no club.
    got = kinds("Liverpool police said a man was arrested in Liverpool on Friday.")
    assert got.get("Liverpool") is not ORG
    # Another club named: the town's name is the club (not after a place preposition).
    got = kinds("Liverpool beat Everton at Anfield. Fans celebrated in Liverpool.")
    assert got["Liverpool"] is ORG and got["Everton"] is ORG
    result = run("Liverpool beat Everton at Anfield. Fans celebrated in Liverpool.")
    assert [m.actor_id for m in result.mentions if m.text == "Liverpool"] == ["Liverpool"]
    # The same club by a longer name.
    assert kinds("Newcastle United won. Newcastle are third.") == {"Newcastle United": ORG}


def test_a_club_not_named_after_a_town_is_the_club_after_a_preposition() -> None:
    got = kinds("The striker joined from Benfica, and Arsenal paid the fee.")
    assert got["Benfica"] is ORG


def test_a_club_before_a_staff_title_employs_the_person() -> None:
    result = run("Spurs manager Aurelio Vance praised Villa. Villa boss Erik Sandmo was calm.")
    got = actors(result)
    assert (got["Aurelio Vance"].role, got["Aurelio Vance"].affiliation) == (
        "manager",
        "Tottenham Hotspur",
    )
    assert got["Erik Sandmo"].affiliation == "Aston Villa"
    assert got["Aston Villa"].kind is ORG


def test_a_city_and_a_clubs_last_word_make_a_club() -> None:
    got = kinds("Oslo City beat Munich Town 2-0 on Saturday.")
    assert got == {"Oslo City": ORG, "Munich Town": ORG}
    # A state's or an unknown place's "City" is no club, nor a person by its look.
    got = kinds("Fans in Kansas City and Salt Lake City cheered.")
    assert "Kansas City" not in got and got.get("Salt Lake City") is not P
    assert kinds("Stoke City beat a rival on Saturday.") == {}
    # The subject of a speech verb: an organisation, not a person.
    assert kinds("Stoke City said the manager had left.")["Stoke City"] is ORG
    # Known places stay places.
    assert kinds("Protests spread in Mexico City.") == {"Mexico City": L}


def test_derby_day_fixture() -> None:
    _, result = fixture("derby_day")
    got = actors(result)
    for club in ("Tottenham Hotspur", "Chelsea", "Leicester City", "Manchester City"):
        assert got[club].kind is ORG, club
    for club in ("Benfica", "Napoli", "Everton", "Fulham", "Newcastle United", "Aston Villa"):
        assert got[club].kind is ORG, club
    assert got["Brighton & Hove Albion"].kind is ORG
    assert got["Aurelio Vance"].affiliation == "Tottenham Hotspur"
    assert got["Marta Linhares"].affiliation == "Chelsea"
    assert got["Pavel Dorn"].affiliation == "Leicester City"
    assert not any(a.kind is P and a.id in ("Man City", "Aston Villa") for a in result.actors)
    said = {a.speaker_id for a in result.attributions}
    assert "Chelsea" in said  # "Chelsea said in a statement"
