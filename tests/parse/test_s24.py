"""Session 24's actor, speaker and date probes (a wildfire, an EU summit, a chipmaker's job
cuts, a court ruling, a football transfer), on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from speaker_checks import run

from explorer.model import Actor, ActorKind
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

FRI_JAN = date(2025, 1, 31)  # a Friday


def _actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in run(text).actors}


def _speakers(text: str) -> list[str | None]:
    return [a.speaker_id for a in run(text).attributions]


def _values(text: str, published: date) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side's next fixture, named with its opponent: the coming Sunday
        ("Leicester play Burnley on Sunday.", "2025-02-02"),
        ("Valdoria, who are ninth in the table, play Getafe on Sunday.", "2025-02-02"),
        ("Hartley play host to Burnley on Sunday.", "2025-02-02"),
        # ... not a play seen, a side watched, nor a game told in the past
        ("She saw a Broadway play on Sunday.", "2025-01-26"),
        ("They watched Leicester play Burnley on Sunday.", "2025-01-26"),
        ("Leicester played Burnley on Sunday.", "2025-01-26"),
    ],
)
def test_a_sides_fixture_told_in_the_present_is_ahead(text: str, expected: str) -> None:
    assert [v for t, v in _values(text, FRI_JAN) if t == "Sunday"] == [expected]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The coach spoke to Tomas Verhoef on Tuesday.", "Tomas Verhoef"),
        ("The club lost after injuries to Dario Pell and Kai Moreno.", "Dario Pell"),
        ("He wrote a letter to Anna Berglund.", "Anna Berglund"),
        ("The chain was sold by its founder, who is married to Ines Calloway.", "Ines Calloway"),
    ],
)
def test_a_name_after_to_and_a_persons_word_is_a_person(text: str, name: str) -> None:
    assert _actors(text)[name].kind is ActorKind.PERSON


def test_a_name_after_a_journeys_to_stays_a_place() -> None:
    text = "The minister flew to Santa Ardena on Tuesday and moved on to Port Calloway."
    actors = _actors(text)
    assert actors["Santa Ardena"].kind is ActorKind.PLACE
    assert actors["Port Calloway"].kind is ActorKind.PLACE


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the aide, adviser or lawyer of a named person speaks, not the person
        ("An aide to President Tomas Verhoef said the talks had stalled.",
         "an aide to President Tomas Verhoef"),
        ("A senior adviser to Prime Minister Ines Calloway said the plan had failed.",
         "a senior adviser to Prime Minister Ines Calloway"),
        ("A lawyer for Dario Pell said he would appeal.", "a lawyer for Dario Pell"),
        # ... while a spokesman speaks for the one he represents
        ("A spokesman for President Tomas Verhoef said the talks had stalled.",
         "Tomas Verhoef"),
    ],
)  # fmt: skip
def test_a_persons_aide_speaks_for_himself(text: str, speaker: str) -> None:
    assert _speakers(text) == [speaker]


def test_initials_of_a_name_with_and_and_a_suffix_are_its_abbreviation() -> None:
    text = (
        "The fire began near a PG&E line. Pacific Gas and Electric Co said it had cut power. "
        "PG&E shares fell 4 percent."
    )
    actors = _actors(text)
    assert "PG&E" not in actors
    assert "PG&E" in actors["Pacific Gas and Electric Co"].aliases


def test_an_organisations_initials_opening_a_sentence_are_its_mention() -> None:
    text = (
        "The Halden Regional Transit Authority said it would add buses. HRTA sent 40 drivers "
        "to the depot on Monday."
    )
    result = run(text)
    authority = "Halden Regional Transit Authority"
    assert [m.text for m in result.mentions if m.actor_id == authority] == [authority, "HRTA"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He told Spanish radio station Cadena Norte on Monday.", "Cadena Norte"),
        ("She spoke to the TV station Kanal Vier.", "Kanal Vier"),
        ("Prices rose 40 percent, according to the property website Casaluce.", "Casaluce"),
    ],
)
def test_a_broadcasting_station_or_website_is_an_organisation(text: str, name: str) -> None:
    assert _actors(text)[name].kind is ActorKind.ORGANISATION


def test_a_railway_station_names_a_place() -> None:
    text = "They met at the railway station Gare Centrale on Monday."
    assert _actors(text)["Gare Centrale"].kind is ActorKind.PLACE


def test_a_member_station_is_an_organisation() -> None:
    text = "From member station KQLM, Ana Ortiz reports on the strike."
    assert _actors(text)["KQLM"].kind is ActorKind.ORGANISATION


def test_a_justice_is_of_the_one_higher_court_named() -> None:
    text = (
        "NEW DELHI (Reuters) - India's Supreme Court on Thursday struck down the levy. A "
        "bench headed by Chief Justice Arun Mehta-Rao said it was unlawful. Justice Priya "
        "Nair-Sen agreed."
    )
    actors = _actors(text)
    assert actors["Arun Mehta-Rao"].affiliation == "Supreme Court"
    assert actors["Priya Nair-Sen"].affiliation == "Supreme Court"


def test_a_justice_stays_of_no_court_where_several_are_named() -> None:
    text = (
        "The Halden High Court and the Supreme Court both heard the case. Justice Priya "
        "Nair-Sen wrote the ruling."
    )
    assert _actors(text)["Priya Nair-Sen"].affiliation is None


def test_pensions_and_media_portfolios_open_a_title() -> None:
    text = "Pensions Minister Tom Bellamy said it. Media Secretary Ann Lowe agreed."
    actors = _actors(text)
    assert actors["Tom Bellamy"].role == "pensions minister"
    assert actors["Ann Lowe"].role == "media secretary"


def test_an_arabic_name_with_wal_is_one_organisation_with_its_initials() -> None:
    text = "The Harakat Nasr al-Watan wal-Shaab (HNWS) said it had attacked the base."
    actors = _actors(text)
    group = actors["Harakat Nasr al-Watan wal-Shaab"]
    assert group.kind is ActorKind.ORGANISATION
    assert "HNWS" in group.aliases
    assert _speakers(text) == ["Harakat Nasr al-Watan wal-Shaab"]


@pytest.mark.parametrize(
    "text",
    [
        "A cousin of Tomas Verhoef told reporters the car had been stolen.",
        "The wife of President Tomas Verhoef said she was not told.",
        "Two close friends of the late Tomas Verhoef said he had been unwell.",
    ],
)
def test_a_person_after_of_in_the_subject_is_no_speaker(text: str) -> None:
    assert "Tomas Verhoef" not in _speakers(text)


def test_the_office_of_a_person_speaks_for_the_person() -> None:
    text = "The office of President Tomas Verhoef said the visit was cancelled."
    assert _speakers(text) == ["Tomas Verhoef"]


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("Ana Ruiz, a professor at the Universidad de Chile, said it.", "Universidad de Chile",
         "Chile"),
        ("The Banco de Portugal said rates would rise.", "Banco de Portugal", "Portugal"),
        ("The Partido Liberal de Honduras said it had won.", "Partido Liberal de Honduras",
         "Honduras"),
        ("Movimiento Ciudadano said it would vote against.", "Movimiento Ciudadano", None),
    ],
)  # fmt: skip
def test_a_foreign_institutions_name_is_one_organisation(
    text: str, name: str, affiliation: str | None
) -> None:
    body = _actors(text)[name]
    assert body.kind is ActorKind.ORGANISATION
    assert body.affiliation == affiliation
    assert _speakers(text)[-1] in (name, "Ana Ruiz")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halden will one day be the largest port in the region.", "FUTURE_REF"),
        ("He is going to win this tournament one day, I'm sure of it.", "FUTURE_REF"),
        ("I hope to play here one day.", "FUTURE_REF"),
        ("Some day we will win the league.", "FUTURE_REF"),
        # ... a length stays one
        ("The strike lasted one day.", "P1D"),
        ("She will stay for one day.", "P1D"),
        ("He will stay one day and will leave on Monday.", "P1D"),
    ],
)
def test_one_day_told_of_a_time_to_come_is_vague(text: str, expected: str) -> None:
    assert [v for t, v in _values(text, FRI_JAN) if t.lower() in ("one day", "some day")] == [
        expected
    ]


def test_a_silent_spokeswoman_for_a_body_is_a_mention_of_it() -> None:
    text = (
        "Halvern agreed to buy Ostra on Monday. A spokeswoman for the Federal Trade "
        "Commission declined to comment."
    )
    result = run(text)
    assert not any("spokeswoman" in a.id for a in result.actors)
    ftc = [m.text for m in result.mentions if m.actor_id == "Federal Trade Commission"]
    assert ftc == ["A spokeswoman", "Federal Trade Commission"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("La Costa, who are ninth in the table, play Getafe on Sunday.", "La Costa"),
        ("Valby, who have won three of the last five titles, beat Lund 3-0.", "Valby"),
    ],
)
def test_a_name_followed_by_who_are_is_no_person(text: str, name: str) -> None:
    assert _actors(text)[name].kind is ActorKind.ORGANISATION


def test_the_last_of_a_pair_of_persons_before_who_are_stays_a_person() -> None:
    text = "Tom Hale and Ann Lee, who are married, said they would appeal."
    assert _actors(text)["Ann Lee"].kind is ActorKind.PERSON


def test_a_countrys_name_opening_a_body_keeps_its_short_form() -> None:
    text = (
        "America West Airlines said fares would rise. Norton and America West had talked "
        "for months, and America West said a deal was close."
    )
    actors = _actors(text)
    assert "America West" in actors["America West Airlines"].aliases


def test_a_page_furniture_word_that_is_a_portfolio_opens_a_title() -> None:
    text = "LONDON (Reuters) - Sport Secretary Ann Lowe said the bid would go ahead."
    assert _actors(text)["Ann Lowe"].role == "sport secretary"
