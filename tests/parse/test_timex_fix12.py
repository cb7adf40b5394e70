"""Time expressions fixed in round 12 (dates): the open items of
tests/fixtures/dates_unseen10 and dates_unseen11/FINDINGS.md, each on invented sentences.
"""

from __future__ import annotations

from datetime import date

from explorer.parse.segment import segment
from explorer.parse.timex import find_timexes


def _values(text: str, published: date) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in find_timexes(text, published, segment(text).sentences)]


_FISCAL = (
    "Alder Mills rose 4% after it raised its forecast for FY27, its fiscal year that ends "
    "in June. The company expects sales growth of 5% in the second half, after 3% in H1. "
)


def test_fiscal_calendar_stays_with_its_company() -> None:
    # Another company's quarter of results is on the calendar, not on Alder's fiscal year
    text = _FISCAL + (
        "Brenton Power fell 3% after it said fourth-quarter output would be lower than "
        "expected because of a pipeline outage in October."
    )
    assert ("fourth-quarter", "2026-Q4") in _values(text, date(2026, 11, 27))


def test_fiscal_calendar_holds_for_its_own_company() -> None:
    # ... while Alder's own quarter (named again, or "the company") is its fiscal one
    for later in (
        "Alder Mills said fourth-quarter sales would be lower than expected.",
        "The company said fourth-quarter sales would be lower than expected.",
    ):
        assert ("fourth-quarter", "2026-Q2") in _values(_FISCAL + later, date(2026, 11, 27))


def _timexes(text: str) -> dict[str, str | None]:
    found = find_timexes(text, date(2026, 11, 27), segment(text).sentences)
    return {t.text: t.mod for t in found}


def test_over_after_a_verb_is_during_not_more_than() -> None:
    # "over" after an event's words is the stretch it happened in, not "more than"
    for text, expr in (
        ("Dozens of protesters were arrested over three weekends in April.", "three weekends"),
        ("The survey teams visited stations every other Tuesday over 18 months.", "18 months"),
        ("The union is seeking a pay rise over two years.", "two years"),
    ):
        assert _timexes(text).get(expr, "missing") is None, text


def test_over_after_words_of_length_stays_more_than() -> None:
    for text, expr in (
        ("The project took over 18 months.", "over 18 months"),
        ("He waited for over an hour.", "over an hour"),
        ("A delay of over two years angered them.", "over two years"),
    ):
        assert _timexes(text).get(expr) == "MORE_THAN", text


def _value_of(text: str, expr: str, published: date) -> str | None:
    return dict(_values(text, published)).get(expr)


# A Wednesday: its last Sunday is Nov. 22, its next Nov. 29.
_WED = date(2026, 11, 25)


def test_weekday_before_a_held_thing_with_a_verb_to_come_is_ahead() -> None:
    # "Sunday Mass would be held": the Sunday to come, whatever "said" before it
    text = "Parish officials said Sunday Mass would be held outdoors in the square."
    assert _value_of(text, "Sunday", _WED) == "2026-11-29"
    # ... but in "said Sunday officials would ..." Sunday is the day of the saying
    text = "The ministry said Sunday officials would review the figures."
    assert _value_of(text, "Sunday", _WED) == "2026-11-22"


def test_weekday_subject_of_a_present_is_ahead() -> None:
    # a forecast: a day's present ("look rough") is a day still to come
    text = '"Saturday night and Sunday morning look stormy," the forecaster said.'
    found = dict(_values(text, date(2026, 11, 26)))
    assert found["Saturday night"] == "2026-11-28TNI"
    assert found["Sunday morning"] == "2026-11-29TMO"


def test_mid_to_late_year_is_one_span_from_mid_to_end() -> None:
    text = "The new line should open in mid-to-late 2029, the agency said."
    found = find_timexes(text, date(2026, 11, 27), segment(text).sentences)
    [t] = [t for t in found if "2029" in t.text]
    assert t.text == "mid-to-late 2029"
    assert t.value == "2029"
    assert t.range is not None
    assert (t.range.start.month, t.range.end.year, t.range.end.month) == (5, 2030, 1)


def test_lunar_feasts_are_found_on_their_year() -> None:
    text = (
        "Families will travel for Lunar New Year. Shops closed early for Eid al-Fitr last "
        "spring. During Ramadan, restaurants open after sunset. Tariq Ramadan spoke later."
    )
    found = _values(text, date(2026, 11, 25))
    assert ("Lunar New Year", "2027-02-06") in found  # the one to come
    assert ("Eid al-Fitr", "2026-03-20") in found  # the last one
    assert [v for t, v in found if t == "Ramadan"] == ["2026"]  # a surname is no feast


def test_ramadan_covers_its_month_on_the_timeline() -> None:
    text = "The holy month of Ramadan begins in February."
    [t] = [
        t
        for t in find_timexes(text, date(2026, 11, 25), segment(text).sentences)
        if t.text == "Ramadan"
    ]
    assert t.value == "2027"
    assert t.range is not None
    assert (t.range.start.date(), t.range.end.date()) == (date(2027, 2, 8), date(2027, 3, 9))


def test_bookings_for_a_feast_months_gone_are_for_the_next() -> None:
    text = "Bookings to Morocco for the end of Ramadan were also higher, an agency said."
    assert _value_of(text, "Ramadan", date(2026, 11, 25)) == "2027"


def test_past_perfect_before_and_expected_sets_no_deadline_back() -> None:
    # "had added ... and expected its busiest day to be": an expectation now, the one ahead
    text = (
        "The railway said it had added extra carriages and expected its busiest day "
        "to be the Sunday after Thanksgiving."
    )
    assert _value_of(text, "the Sunday after Thanksgiving", _WED) == "2026-11-29"


def test_season_of_a_calendar_year_sport_is_that_year() -> None:
    # in May, a baseball story's "this season" is this year's, not the one from last July
    text = "The Rivercats' pitcher has won six games this season. Last season he won 12."
    found = dict(_values(text, date(2026, 5, 20)))
    assert found["this season"] == "2026"
    assert found["Last season"] == "2025"
    # ... while a football story's season still runs from July
    text = "The striker has scored 20 goals this season."
    assert _value_of(text, "this season", date(2026, 5, 20)) == "2025"


def test_fiscal_year_running_to_a_month_is_every_years_month() -> None:
    text = (
        "Orrin's fiscal year runs to the end of March. Sales rose 4% in the third quarter, "
        "the three months to Sept. 30."
    )
    found = dict(_values(text, date(2026, 10, 29)))
    assert found["the end of March"] == "XXXX-03"
    assert found["the third quarter"] == "2026-Q3"  # the quarters stay calendar ones


def test_weekday_in_apposition_to_a_date_is_that_date() -> None:
    text = "Ferry operators expect the return peak on Jan. 3, the Sunday before classes resume."
    assert _value_of(text, "Sunday", _WED) == "2027-01-03"


def test_second_year_of_a_span_before_period_is_a_year() -> None:
    text = "The ministry is drafting its budget for the 2029-2035 period."
    found = _values(text, date(2026, 11, 27))
    assert found == [("2029", "2029"), ("2035", "2035")]
