"""A date something is due by is to come whatever the sentence's tense ("agreed to hear the
case, setting up a ruling due by the end of June", published in October, is next June)."""

from __future__ import annotations

from datetime import date

import pytest

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

OCT = date(2021, 10, 25)


def _values(text: str) -> dict[str, str]:
    return {t.text: t.value for t in find_timexes(text, OCT, segment(text).sentences)}


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "The court agreed on Monday to hear the case, setting up a ruling due by the end "
            "of June.",
            "the end of June",
            "2022-06",
        ),
        ("The panel was given a report due in March.", "March", "2022-03"),
        # no "due": the month of a past act stays past
        ("The panel received a report in March.", "March", "2021-03"),
    ],
)
def test_a_date_something_is_due_by_is_to_come(text: str, surface: str, expected: str) -> None:
    assert _values(text)[surface] == expected
