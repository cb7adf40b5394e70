"""Findings of session 12's probes on time expressions, on invented sentences."""

from __future__ import annotations

from datetime import date

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

PUBLISHED = date(2025, 10, 23)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, PUBLISHED, segment(text).sentences)}


def test_the_end_of_the_year_after_a_past_year_is_that_years() -> None:
    """An obituary's "called it brutal in 1968, but by the end of the decade it had become
    a model" is the 1960s, and "by the end of the year the river had flooded" after 1968
    is 1968; told of the future, or with no year before it, it is publication's."""
    assert (
        _values(
            "The paper called it brutal in 1968, but by the end of the decade it had "
            "become a model."
        )["the end of the decade"]
        == "196"
    )
    assert (
        _values("It rained in 1968, and by the end of the year the river had flooded.")[
            "the end of the year"
        ]
        == "1968"
    )
    assert (
        _values("The firm, founded in 1968, will list by the end of the year.")[
            "the end of the year"
        ]
        == "2025"
    )
    assert _values("Sales fell sharply by the end of the year.")["the end of the year"] == "2025"


def test_a_chance_of_a_day_is_of_the_one_ahead() -> None:
    """ "Forecasters gave a 30 percent chance of a white Christmas", said in December, is
    this year's Christmas, though "gave" is past; "Sales were weak at Christmas" is last
    year's."""
    december = date(2025, 12, 3)

    def christmas(text: str) -> str:
        found = find_timexes(text, december, segment(text).sentences)
        return next(t.value for t in found if t.text == "Christmas")

    assert christmas("Forecasters gave a 30 percent chance of a white Christmas.") == "2025-12-25"
    assert christmas("Sales were weak at Christmas.") == "2024-12-25"
