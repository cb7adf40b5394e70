"""Rules added while tuning against the TimeBank/AQUAINT development set.

Every sentence here is invented; each test pins one general rule, not a corpus sentence.
"""

from __future__ import annotations

from datetime import date

from explorer.model import Timex, TimexType
from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes

OCT30 = date(1995, 10, 30)  # a Monday
FEB10 = date(2003, 2, 10)  # a Monday


def timexes(text: str, published: date) -> tuple[Timex, ...]:
    return find_timexes(text, published, segment(text).sentences)


def one(text: str, surface: str, published: date) -> Timex:
    found = [t for t in timexes(text, published) if t.text == surface]
    assert found, f"{surface!r} not found in {[t.text for t in timexes(text, published)]}"
    return found[0]


# -- months without a year: tense moves them only when they are far away --------------


def test_month_shortly_after_publication_stays_in_publication_year_in_past_sentence() -> None:
    text = "The bakery chain agreed to sell its mills in January."
    assert one(text, "January", date(1995, 11, 20)).value == "1996-01"
    text = "The lenders extended the credit line through December."
    assert one(text, "December", OCT30).value == "1995-12"


def test_month_far_after_publication_in_past_sentence_is_last_year() -> None:
    assert one("The mayor resigned in June.", "June", FEB10).value == "2002-06"


def test_month_day_within_a_few_weeks_keeps_publication_year() -> None:
    text = "Officials said the summit was held on April 24 and 25."
    assert one(text, "April 24", FEB10).value == "2003-04-24"
    assert one("The envoy arrived on Sept. 12.", "Sept. 12", FEB10).value == "2002-09-12"


def test_month_shortly_before_publication_in_future_sentence_is_this_year() -> None:
    assert one("The report will cover September.", "September", OCT30).value == "1995-09"
    assert one("The fund will reopen in May.", "May", OCT30).value == "1996-05"
    assert one("The fund will reopen in May.", "May", OCT30).type is TimexType.DATE
