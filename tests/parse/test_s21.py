"""Session 21's actor, speaker and date probes, on invented sentences."""

from __future__ import annotations

from datetime import date

from speaker_checks import run

from explorer.model import Actor
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

FRIDAY = date(2026, 11, 20)


def _actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in run(text).actors}


def _speakers(text: str) -> list[str | None]:
    return [a.speaker_id for a in run(text).attributions]


def _values(text: str, published: date = FRIDAY) -> dict[str, str]:
    return {
        text[t.start : t.end]: t.value
        for t in find_timexes(text, published, segment(text).sentences)
    }


def test_a_month_that_is_a_given_name_names_the_person_not_a_date() -> None:
    text = (
        "Her neighbour, May Lindqvist, said she heard shouting. June Carter said the road "
        "was closed. April Ryan, 52, called police. Lindqvist said she was afraid."
    )
    assert _values(text) == {}
    actors = _actors(text)
    assert {"May Lindqvist", "June Carter", "April Ryan"} <= set(actors)
    assert "Lindqvist" in actors["May Lindqvist"].aliases
    assert _speakers(text)[0] == "May Lindqvist"


def test_a_month_after_a_word_that_leads_a_date_stays_a_date() -> None:
    text = (
        "In May Congress passed the bill. Since June Parliament has not met. On 5 May Smith "
        "said he would resign. The fund rose in mid-June, Reuters said."
    )
    values = _values(text)
    assert values["May"] == "2026-05"
    assert values["June"] == "2026-06"
    assert "May Smith" not in _actors(text)
