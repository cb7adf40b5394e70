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


@pytest.mark.parametrize(
    ("text", "start", "end", "label"),
    [
        ("The envoy is due in the region later this week.", date(2021, 10, 26),
         date(2021, 11, 1), "≈ Tue 26–Sun 31 Oct 2021"),
        ("The talks resumed earlier this week.", date(2021, 10, 25), date(2021, 10, 26),
         "≈ Mon 25 Oct 2021"),
    ],
)  # fmt: skip
def test_earlier_and_later_this_week_are_the_days_before_and_after_publication(
    text: str, start: date, end: date, label: str
) -> None:
    from explorer.labels import date_label

    (t,) = find_timexes(text, OCT, segment(text).sentences)
    assert t.value == "2021-W43"  # (the TimeML value: the week)
    assert t.range is not None
    assert (t.range.start.date(), t.range.end.date()) == (start, end)
    assert date_label(t.range) == label
