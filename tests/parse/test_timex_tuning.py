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


# -- quarters in earnings stories ---------------------------------------------------------


def test_latest_quarter_is_a_finished_one_not_a_forecast_quarter() -> None:
    text = (
        "Acme Corp. said third-quarter profit fell 20%. It expects fourth-quarter sales to "
        "rise. Sales of its tools fell in the latest quarter, against a gain a year ago."
    )
    found = {t.text: t.value for t in timexes(text, OCT30)}
    assert found["fourth-quarter"] == "1995-Q4"
    assert found["the latest quarter"] == "1995-Q3"
    assert found["a year ago"] == "1994-Q3"


def test_the_quarter_ended_a_date_is_the_calendar_quarter_of_that_period() -> None:
    text = "For the quarter ended July 31, the retailer earned $3 million."
    assert one(text, "the quarter", OCT30).value == "1995-Q2"
    text = "In the quarter ended Sept. 30, the lender lost $2 million."
    assert one(text, "the quarter", OCT30).value == "1995-Q3"


def test_quarter_already_under_discussion_is_the_one_that_ended() -> None:
    text = (
        "The chip maker reported results for its fiscal first quarter. Sales for the "
        "quarter ended Sept. 29 rose 12%."
    )
    assert one(text, "the quarter", OCT30).value == "1995-Q1"


# -- "that year", "the following month": the period named last -----------------------


def test_that_year_and_the_following_year_follow_the_last_year_named() -> None:
    text = "The museum opened in 1987 and drew 40,000 visitors that year."
    assert one(text, "that year", OCT30).value == "1987"
    text = "She was promoted on June 3, 1991, and the following year she moved to Oslo."
    assert one(text, "the following year", OCT30).value == "1992"
    text = "The band split in May 1990 and reunited later that year."
    assert one(text, "later that year", OCT30).value == "1990"


def test_the_following_month_follows_the_last_month_named() -> None:
    text = "In March, shareholders asked for a sale. The following month, the board agreed."
    assert one(text, "The following month", OCT30).value == "1995-04"


def test_that_year_without_an_earlier_year_is_publication_year() -> None:
    assert one("Prices rose sharply that year.", "that year", OCT30).value == "1995"


# -- "the year" in business news ------------------------------------------------------------


def test_the_year_is_the_publication_year() -> None:
    text = "For the year, the brewer expects flat sales; the full year looked weak."
    found = {t.text: (t.type, t.value) for t in timexes(text, OCT30)}
    assert found["the year"] == (TimexType.DATE, "1995")
    assert found["the full year"] == (TimexType.DATE, "1995")
    text = "Margins will narrow in the fiscal year, the board said."
    assert one(text, "the fiscal year", OCT30).value == "1995"


def test_the_year_ended_a_date_is_a_year_long_duration() -> None:
    text = "The chain earned $4 million in the year ended March 31."
    t = one(text, "the year", OCT30)
    assert (t.type, t.value) == (TimexType.DURATION, "P1Y")


def test_the_year_before_and_the_year_two_thousand_are_not_the_publication_year() -> None:
    found = [t.text for t in timexes("Sales doubled from the year before.", OCT30)]
    assert "the year" not in found
    found = [t.value for t in timexes("They hoped to finish by the year 2000.", OCT30)]
    assert "1995" not in found


# -- clock times take the day named with them ---------------------------------------------


def test_clock_time_takes_a_weekday_named_in_the_same_sentence() -> None:
    text = "The blast hit the depot at about 10:35 a.m. (0735 GMT) Friday, officials said."
    t = one(text, "10:35 a.m.", FEB10)
    assert (t.type, t.value) == (TimexType.TIME, "2003-02-07T10:35")


def test_clock_time_without_a_day_takes_the_last_date_of_the_narrative() -> None:
    # The story's reference time carries over a sentence boundary (TimeML anchoring): the
    # vote was on Friday, not at 6 p.m. on the Monday of publication.
    text = "The talks ended on Friday. The vote came at 6 p.m. after a long debate."
    assert one(text, "6 p.m.", FEB10).value == "2003-02-07T18:00"


def test_clock_time_ignores_the_day_a_statement_was_made() -> None:
    text = "An aide said on Friday the vote was close. Shares fell 2% by 1530 GMT."
    assert one(text, "1530 GMT", FEB10).value == "2003-02-10T15:30"


def test_clock_time_opening_a_line_is_a_time_stamp_on_publication_day() -> None:
    text = "Schools will close on Thursday.\n\n9:30 p.m. - The governor says crews are ready."
    assert one(text, "9:30 p.m.", FEB10).value == "2003-02-10T21:30"


def test_clock_time_followed_by_a_month_day_is_on_that_day() -> None:
    text = "The tender offer runs until 5 p.m. EST, Nov. 9, the company said."
    t = one(text, "5 p.m. EST, Nov. 9", OCT30)
    assert t.value == "1995-11-09T17:00"


# -- durations ---------------------------------------------------------------------------


def test_fractional_durations_are_written_in_the_next_smaller_unit() -> None:
    found = {t.text: t.value for t in timexes("They waited 2 1/2 years for a ruling.", OCT30)}
    assert found["2 1/2 years"] == "P2Y6M"
    found = {t.text: t.value for t in timexes("The flight lasted 5 1/2 hours.", OCT30)}
    assert found["5 1/2 hours"] == "PT5H30M"
    found = {t.text: t.value for t in timexes("The session ran one and a half days.", OCT30)}
    assert found["one and a half days"] == "P1DT12H"


def test_year_earlier_as_an_adjective_is_a_date_not_a_duration() -> None:
    text = "The miller posted a third-quarter loss, against a year-earlier profit."
    t = one(text, "year-earlier", OCT30)
    assert (t.type, t.value) == (TimexType.DATE, "1994-Q3")


def test_a_year_earlier_after_nine_months_is_that_year_not_the_quarter() -> None:
    text = (
        "Third-quarter net fell 8% from a year earlier. For the first nine months, net "
        "rose 5% from a year earlier."
    )
    assert [t.value for t in timexes(text, OCT30) if t.text == "a year earlier"] == [
        "1994-Q3",
        "1994",
    ]


def test_recent_weeks_is_an_unspecified_duration() -> None:
    t = one("Prices have slid in recent weeks.", "recent weeks", OCT30)
    assert (t.type, t.value) == (TimexType.DURATION, "PXW")


# -- tense from the words that govern the expression ------------------------------------


def test_next_to_is_a_place_not_a_future_cue() -> None:
    text = "A parcel bomb exploded next to the post office on Friday."
    assert one(text, "Friday", OCT30).value == "1995-10-27"


def test_would_makes_a_weekday_future() -> None:
    text = "The envoy said the delegation would arrive in the capital on Thursday."
    assert one(text, "Thursday", OCT30).value == "1995-11-02"


def test_past_perfect_outweighs_a_pending_deadline() -> None:
    assert one("The permit had been due to lapse on Friday.", "Friday", OCT30).value == (
        "1995-10-27"
    )
    text = "Until Wednesday, the unions had refused to meet the mediator."
    assert one(text, "Wednesday", OCT30).value == "1995-10-25"


def test_past_perfect_does_not_outweigh_will() -> None:
    text = "The board had said the offer will expire on Friday."
    assert one(text, "Friday", OCT30).value == "1995-11-03"


def test_adjectives_and_participles_in_ed_are_not_past_verbs() -> None:
    text = "The airline will double its routes to markets untouched by the slump by August."
    assert one(text, "August", FEB10).value == "2003-08"
    text = "The dividend would be paid on a still unspecified date in January."
    assert one(text, "January", OCT30).value == "1996-01"


def test_plans_and_schedules_make_a_weekday_future() -> None:
    text = "Farmers were planning to block the highway on Saturday."
    assert one(text, "Saturday", OCT30).value == "1995-11-04"
    text = "The prosecutor has scheduled a hearing Thursday to name the suspects."
    assert one(text, "Thursday", OCT30).value == "1995-11-02"


# -- months with a determiner or a day -----------------------------------------------------


def test_this_month_name_is_in_publication_year() -> None:
    assert one("The referendum is due this September.", "this September", FEB10).value == (
        "2003-09"
    )
    assert one("Exports fell this January.", "this January", OCT30).value == "1995-01"


def test_last_and_next_with_a_month_day() -> None:
    text = "The suspect was arrested last Oct. 23 in a motel."
    assert one(text, "last Oct. 23", FEB10).value == "2002-10-23"
    text = "The ferry resumes next May 5, the operator said."
    assert one(text, "next May 5", FEB10).value == "2003-05-05"


def test_the_week_of_a_date_is_that_calendar_week() -> None:
    text = "The appeal will be heard the week of March 6."
    assert one(text, "the week of March 6", FEB10).value == "2003-W10"


def test_month_with_spelled_year() -> None:
    text = "The plant closed in January nineteen ninety-seven."
    assert one(text, "January nineteen ninety-seven", OCT30).value == "1997-01"


# -- lengths before/after an event ------------------------------------------------------


def test_a_length_before_or_after_an_event_is_a_duration_without_the_signal() -> None:
    text = "The mill reopened barely a month after the flood receded."
    found = [(t.text, t.type, t.value) for t in timexes(text, OCT30)]
    assert found == [("a month", TimexType.DURATION, "P1M")]
    text = "Buyers must wait at least 30 days before closing the sale."
    t = one(text, "at least 30 days", OCT30)
    assert (t.type, t.value) == (TimexType.DURATION, "P30D")


def test_a_length_before_at_the_end_of_a_clause_is_still_a_date() -> None:
    text = "The deal was signed on Sept. 5. The talks had begun two days before."
    assert one(text, "two days before", OCT30).value == "1995-09-03"


# -- earnings quarters --------------------------------------------------------------------


def test_discussion_quarter_is_the_latest_finished_one_named() -> None:
    text = (
        "Third-quarter profit rose 5%, after a weak second quarter. "
        "The year-earlier period included a gain."
    )
    assert one(text, "The year-earlier period", OCT30).value == "1994-Q3"


def test_the_period_last_year_is_the_quarter_a_year_before() -> None:
    text = (
        "The brewer's third-quarter net fell to $2 million from $3 million in the "
        "corresponding period last year. For the quarter a year ago, sales were flat, "
        "and last year's quarter had a charge."
    )
    assert one(text, "the corresponding period last year", OCT30).value == "1994-Q3"
    assert one(text, "the quarter a year ago", OCT30).value == "1994-Q3"
    assert one(text, "last year's quarter", OCT30).value == "1994-Q3"


# -- months with a relative year, and things that only look like times --------------------


def test_month_with_this_last_next_year_is_one_expression() -> None:
    text = "Exports fell in June last year and the fair opens in April next year."
    assert one(text, "June last year", FEB10).value == "2002-06"
    assert one(text, "April next year", FEB10).value == "2004-04"
    t = one("The board met in early October this year.", "early October this year", FEB10)
    assert (t.value, t.mod) == ("2003-10", "START")
    assert [x.text for x in timexes(text, FEB10)] == ["June last year", "April next year"]


def test_number_with_decimals_is_not_a_year() -> None:
    assert timexes("The share index closed at 2082.1, down 3 points.", OCT30) == ()


def test_age_in_years_old_is_not_a_duration() -> None:
    assert timexes("Mr. Lee, 52 years old, will retire.", OCT30) == ()


def test_an_amount_a_year_is_a_rate() -> None:
    t = one("The new kiln saves $2 million a year in fuel.", "a year", OCT30)
    assert (t.type, t.value) == (TimexType.SET, "P1Y")
    t = one("The line runs four flights a week to Lima.", "a week", OCT30)
    assert (t.type, t.value) == (TimexType.SET, "P1W")
    t = one("The strike lasted a week.", "a week", OCT30)
    assert (t.type, t.value) == (TimexType.DURATION, "P1W")


def test_verb_of_a_relative_clause_does_not_govern_the_sentence() -> None:
    text = "The sale, which had been announced, helps the chain repay its loan by January."
    assert one(text, "January", OCT30).value == "1996-01"


def test_since_marks_the_past() -> None:
    text = "Police have been looking for the driver since shortly after Nov. 12."
    assert one(text, "Nov. 12", date(1996, 7, 6)).value == "1995-11-12"


# -- rules from the news articles and the dev-set error list ------------------------------


def test_year_end_is_the_end_of_the_year_and_an_adjective_is_not() -> None:
    t = one("The deal should close by year-end.", "year-end", OCT30)
    assert (t.value, t.mod) == ("1995", "END")
    assert one("The index has risen 4% since year-end.", "year-end", OCT30).value == "1994"
    assert not [x for x in timexes("The year-end bonus was cut.", OCT30) if "year" in x.text]


def test_vague_future_phrases() -> None:
    for phrase in ("the near term", "the short term", "the near future", "a later date"):
        assert one(f"Shares may rise in {phrase}.", phrase, OCT30).value == "FUTURE_REF"


def test_years_and_decades_in_words() -> None:
    assert (
        one("The goal for the year two thousand slipped.", "the year two thousand", OCT30).value
        == "2000"
    )
    assert one("Crime fell through the nineties.", "the nineties", OCT30).value == "199"
    found = [t.text for t in timexes("Some two thousand people came.", OCT30)]
    assert not any("thousand" in f for f in found)


def test_mid_afternoon_is_the_middle_of_that_part_of_the_day() -> None:
    t = one("By mid-afternoon yesterday shares were up.", "mid-afternoon yesterday", OCT30)
    assert (t.type, t.value) == (TimexType.TIME, "1995-10-29TAF")


def test_march_after_a_temporal_preposition_is_the_month_whatever_follows() -> None:
    assert (
        one("It has been on patrol since March and will return.", "March", OCT30).value == "1995-03"
    )
    assert "March" not in [t.text for t in timexes("They plan to March on the capital.", OCT30)]


def test_the_last_half_of_a_year_is_its_second_half() -> None:
    assert (
        one("Earnings for the last half of 1989 fell.", "the last half of 1989", OCT30).value
        == "1989-H2"
    )


def test_a_season_without_a_year_is_the_latest_one_begun_or_the_next_if_future() -> None:
    assert one("Prices have risen since the summer.", "the summer", OCT30).value == "1995-SU"
    assert one("He spent the winter in Spain.", "the winter", date(1996, 4, 15)).value == "1995-WI"
    assert one("Work will start in the spring.", "the spring", OCT30).value == "1996-SP"
    assert "the fall" not in [t.text for t in timexes("The fall in prices hurt.", OCT30)]


def test_recurrences_every_april_and_plural_weekdays() -> None:
    assert one("We met every April.", "every April", OCT30).value == "XXXX-04"
    assert one("Every Nov. 11 we gather.", "Every Nov. 11", OCT30).value == "XXXX-11-11"
    t = one("They watched it on Monday mornings.", "Monday mornings", OCT30)
    assert (t.type, t.value) == (TimexType.SET, "XXXX-WXX-1TMO")


def test_until_after_a_negated_past_is_the_day_it_happened() -> None:
    assert one("The crews did not arrive until Friday.", "Friday", OCT30).value == "1995-10-27"
    assert one("The offer runs until Friday.", "Friday", OCT30).value == "1995-11-03"


def test_a_warning_looks_ahead_but_the_day_of_the_warning_does_not() -> None:
    text = "Forecasters warned of heavy rain on Sunday."
    assert one(text, "Sunday", OCT30).value == "1995-11-05"
    assert one("Moscow warned on Sunday that talks failed.", "Sunday", OCT30).value == "1995-10-29"


def test_could_looks_ahead_only_when_it_governs_the_date_unnegated() -> None:
    assert one("A vote could come as early as Tuesday.", "Tuesday", OCT30).value == "1995-10-31"
    text = "Nothing could stop the bullet that hit him Friday night."
    assert one(text, "Friday night", OCT30).value == "1995-10-27TNI"


def test_clock_time_takes_a_month_day_named_in_its_clause() -> None:
    text = "Britain is due to leave at 11 p.m. London time on March 29, officials said."
    assert one(text, "11 p.m.", date(2019, 3, 14)).value == "2019-03-29T23:00"


def test_a_year_named_earlier_in_the_sentence_dates_a_bare_month() -> None:
    assert one("In 1990 we saw it coming in August.", "August", OCT30).value == "1990-08"


def test_the_is_left_out_of_a_month_day_used_as_a_modifier() -> None:
    assert one("Traders await the March 20 meeting.", "March 20", OCT30).start == len(
        "Traders await the "
    )


def test_long_compounds_and_trading_days_are_durations() -> None:
    assert one("After a day-long meeting they left.", "day-long", OCT30).value == "P1D"
    assert one("The decades-long feud ended.", "decades-long", OCT30).value == "PXY"
    assert (
        one(
            "Eight trading days after the crash, prices recovered.", "Eight trading days", OCT30
        ).value
        == "P8D"
    )


def test_titles_holding_time_words_are_not_times() -> None:
    found = [
        t.text
        for t in timexes('He spoke on ABC\'s "This Week" program, a high noon moment.', OCT30)
    ]
    assert not found


def test_a_month_after_through_in_a_past_clause_is_the_nearest_one() -> None:
    text = "Lenders have extended the loans through January."
    assert one(text, "January", OCT30).value == "1996-01"


def test_present_tense_schedule_verbs_look_ahead() -> None:
    assert one("The trial opens Thursday in Boston.", "Thursday", OCT30).value == "1995-11-02"
