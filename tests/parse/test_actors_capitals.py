"""A capital named for its government is the country: "Moscow accused Washington of ...",
"talks between Beijing and Washington", "Washington's allies", "relations with Tehran";
a capital as a place stays a place ("flew from Moscow to Washington")."""

from __future__ import annotations

import pytest
from speaker_checks import run


def _ids_of(text: str) -> dict[str, str]:
    """Surface -> actor id of each mention."""
    return {m.text: m.actor_id for m in run(text).mentions}


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        (
            "The minister accused Washington of shielding the militias.",
            "Washington",
            "United States",
        ),
        ("Talks between Beijing and Canberra stalled in March.", "Canberra", "Australia"),
        ("Talks between Beijing and Canberra stalled in March.", "Beijing", "China"),
        ("Washington's allies in the Gulf were worried.", "Washington", "United States"),
        ("Relations with Tehran soured after the vote.", "Tehran", "Iran"),
        ("The sanctions put pressure on Caracas to hold the election.", "Caracas", "Venezuela"),
        ("Russia and Ankara agreed a ceasefire on Sunday.", "Ankara", "Turkey"),
    ],
)
def test_a_capital_for_its_government_is_the_country(text: str, capital: str, country: str) -> None:
    assert _ids_of(text)[capital] == country


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("He flew from Moscow to Washington on Monday.", "Washington"),
        ("Protesters gathered in Tehran on Friday.", "Tehran"),
        ("The fine will add to tensions between Brussels and Washington.", "Brussels"),
    ],
)
def test_a_capital_as_a_place_stays_a_place(text: str, capital: str) -> None:
    assert _ids_of(text)[capital] == capital


@pytest.mark.parametrize(
    ("text", "capital", "country"),
    [
        ("The envoy said Moscow would not cooperate with the inquiry.", "Moscow", "Russia"),
        ("Asked about the report, Beijing refused to comment.", "Beijing", "China"),
    ],
)
def test_a_capital_doing_what_governments_do_is_the_country(
    text: str, capital: str, country: str
) -> None:
    assert _ids_of(text)[capital] == country


def test_a_capital_that_will_be_something_is_a_place() -> None:
    assert _ids_of("Moscow will be cold this week.")["Moscow"] == "Moscow"
