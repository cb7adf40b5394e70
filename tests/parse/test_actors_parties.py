"""A party's plural ("Democrats", "the Greens", "Tories") is the party the article names
("Democratic Party", "Green Party", "Conservative Party"): one actor, not two."""

from __future__ import annotations

import pytest
from speaker_checks import run, speakers_of

from explorer.model import ActorKind


@pytest.mark.parametrize(
    ("text", "party", "plural"),
    [
        (
            "The Liberal Party lost nine seats in Sunday's vote. Liberals said the result "
            "was a warning.",
            "Liberal Party",
            "Liberals",
        ),
        (
            "The Democratic Party of Nordmark called a strike. Democrats said the strike "
            "would last a week.",
            "Democratic Party of Nordmark",
            "Democrats",
        ),
        (
            "The Conservative Party chose a new leader. The Tories said the vote was fair.",
            "Conservative Party",
            "Tories",
        ),
    ],
)
def test_a_partys_plural_is_the_party(text: str, party: str, plural: str) -> None:
    actors = {a.id: a for a in run(text).actors}
    assert plural not in actors
    assert actors[party].kind is ActorKind.ORGANISATION
    assert plural in actors[party].aliases
    second = text.split(". ", 1)[1]
    assert speakers_of(text, second[:12]) == [party]


def test_two_parties_of_the_adjective_leave_the_plural_alone() -> None:
    text = (
        "The Green Party of Arland and the Green Party of Bellmark met. The Greens said "
        "they would merge."
    )
    ids = {a.id for a in run(text).actors}
    assert {"Green Party of Arland", "Green Party of Bellmark", "Greens"} <= ids


def test_of_two_places_stays_in_the_name() -> None:
    text = "The Green Party of England and Wales lost two seats. The Greens said it was unfair."
    actors = {a.id: a for a in run(text).actors}
    assert "Greens" in actors["Green Party of England and Wales"].aliases
    assert "Wales" not in actors
