"""Time expressions from QA round 12: six wire stories nobody had run the engine on before
(tests/fixtures/dates_unseen12: a rail strike told in British usage, a fraud trial's court
calendar, a winter-storm forecast, a football and rugby weekend, results on a fiscal year
to June, a history of the oil shocks), each read by hand. The tables pin what a careful
reader gives each expression (what is still wrong is listed in FINDINGS.md and left out);
the words that only look like dates must stay words.
"""

from __future__ import annotations

from pathlib import Path

from article_checks import (
    date_table_tests,
)

from explorer.model import DatedBy

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dates_unseen12"


READINGS: dict[str, list[tuple[str, str]]] = {
    "half_term_strike": [
        ("Tuesday week", "2026-06-09"),  # said on Friday May 29: the Tuesday after next
        ("Friday", "2026-05-29"),
        ("24 hours", "PT24H"),
        ("00:01", "2026-06-09T00:01"),
        ("June 9", "2026-06-09"),
        ("a week on Friday", "2026-06-05"),
        ("Thursday evening", "2026-05-28TEV"),
        ("Monday", "2026-06-01"),  # "They have until Monday"
        ("Wednesday", "2026-05-27"),  # "talks had been held as recently as Wednesday"
        ("a fortnight ago", "2026-W20"),
        ("the autumn of 2024", "2024-FA"),
        ("Monday", "2026-05-25"),  # "on the Monday of the late May bank holiday"
        ("Tuesday", "2026-05-26"),  # "Network Rail said on Tuesday"
        ("Saturday", "2026-05-23"),  # "We came up to London on Saturday for the week"
        ("Easter", "2026-04-05"),
        ("last Friday", "2026-05-22"),
        ("Monday, June 1", "2026-06-01"),
        ("next week", "2026-W23"),
        ("Boxing Day last year", "2025-12-26"),
        ("Dec. 23", "2025-12-23"),
        ("July", "2026-07"),
        ("Wednesday", "2026-06-03"),  # "The union's executive will meet again on Wednesday"
        ("the middle of June", "2026-06"),
        ("2022", "2022"),
        ("this weekend", "2026-W22-WE"),
        ("Saturday", "2026-05-30"),
        ("Monday morning", "2026-06-01TMO"),
    ],
    "fraud_trial": [
        ("Thursday", "2026-02-12"),
        ("January", "2026-01"),
        ("March 3", "2026-03-03"),
        ("4 p.m.", "2026-02-13T16:00"),
        ("Friday", "2026-02-13"),
        ("Thursday afternoon two weeks ago", "2026-01-29TAF"),
        ("Jan. 29", "2026-01-29"),
        ("November 2020", "2020-11"),
        ("Tuesday", "2026-02-10"),
        ("today", "2026-02-12"),
        ("28 days", "P28D"),
        ("next month", "2026-03"),
        ("2023", "2023"),
        ("the autumn", "2025-FA"),
        ("the summer of 2020", "2020-SU"),
        ("March 31, 2020", "2020-03-31"),
        ("May that year", "2020-05"),
        ("Nov. 16, 2020", "2020-11-16"),
        ("Monday", "2020-11-16"),  # "Nov. 16, 2020, the Monday after its shares were suspended"
        ("last year", "2025"),
        ("the same day", "XXXX-XX-XX"),  # "on the same day as Moreau"
        ("December", "2025-12"),  # "Simon Vale, was cleared in December"
        ("Every Monday", "XXXX-WXX-1"),
        ("the week beginning April 20", "2026-W17"),
        ("Wednesday", "2026-02-18"),
        ("2008", "2008"),
        ("Jan. 12", "2026-01-12"),
    ],
    "winter_storm": [
        ("Thursday", "2026-12-17"),
        ("tonight", "2026-12-15TNI"),
        ("overnight", "2026-12-16TNI"),  # "tonight and overnight into Thursday"
        ("Christmas", "2026-12-25"),
        ("Tuesday", "2026-12-15"),
        ("noon Thursday", "2026-12-17T12:00"),
        ("this evening", "2026-12-15TEV"),
        ("midnight", "2026-12-15T24:00"),
        ("2 a.m.", "2026-12-17T02:00"),  # "between 2 a.m. and 9 a.m. Thursday"
        ("9 a.m. Thursday", "2026-12-17T09:00"),
        ("The next 48 hours", "PT48H"),
        ("an hour", "PT1H"),
        ("the weekend", "2026-W51-WE"),
        ("later this week", "2026-W51"),
        ("Friday night", "2026-12-18TNI"),
        ("Saturday morning", "2026-12-19TMO"),
        ("Sunday night", "2026-12-20TNI"),
        ("Monday", "2026-12-21"),
        ("Wednesday", "2026-12-16"),  # "flights scheduled for Wednesday and Thursday"
        ("Dec. 20", "2026-12-20"),
        ("Monday of last week", "2026-12-07"),
        ("Last winter", "2025-WI"),
        ("1884", "1884"),
        ("Tuesday afternoon", "2026-12-15TAF"),
        ("5 a.m.", "2026-12-17T05:00"),  # "would decide by 5 a.m. that day" (Thursday)
        ("that day", "2026-12-17"),
        ("Friday", "2026-12-18"),
        ("this morning", "2026-12-15TMO"),
        ("late August", "2026-08"),
        ("the middle of November", "2026-11"),
        ("the spring", "2027-SP"),
        ("2017", "2017"),
        ("January", "2027-01"),
        ("March", "2027-03"),
        ("February 2011", "2011-02"),
    ],
    "derby_season": [
        ("next Wednesday", "2026-03-11"),
        ("Sunday", "2026-03-08"),
        ("the turn of the year", "2026"),  # "since the turn of the year" (START)
        ("Wednesday", "2026-03-04"),
        ("Saturday", "2026-03-07"),
        ("April last year", "2025-04"),
        ("The next ten days", "P10D"),
        ("May 2024", "2024-05"),
        ("Saturday evening", "2026-03-07TEV"),
        ("the week of April 13", "2026-W16"),
        ("a fortnight", "P2W"),
        ("Thursday", "2026-03-12"),
        ("yesterday", "2026-03-07"),
        ("Friday", "2026-03-06"),
        ("March 23", "2026-03-23"),
        ("the first Saturday of April", "2026-04-04"),
        ("March 27", "2026-03-27"),
        ("four days later", "2026-03-31"),
        ("Friday night", "2026-03-06TNI"),
        ("Saturday, March 14", "2026-03-14"),
        ("that day", "2026-03-14"),
        ("the autumn", "2025-FA"),
        ("November", "2025-11"),
        ("Two years ago", "2024"),
        ("Oct. 1 next year", "2027-10-01"),
        ("a week on Tuesday", "2026-03-17"),
        ("April 2", "2026-04-02"),
        ("the winter", "2025-WI"),
        ("June", "2026-06"),
        ("Thursday, March 19", "2026-03-19"),
        ("Wednesday night", "2026-03-04TNI"),
        ("Sunday, May 24", "2026-05-24"),
        ("last month", "2026-02"),
        ("2019", "2019"),
    ],
    "fiscal_results": [
        ("fiscal 2027", "2027"),
        ("Wednesday", "2026-11-04"),
        ("Sept. 30", "2026-09-30"),
        ("fiscal first quarter", "2026-Q3"),  # "the three months to Sept. 30, its ..."
        ("the year-ago quarter", "2025-Q3"),
        ("July", "XXXX-07"),
        ("June", "XXXX-06"),
        ("June 30, 2027", "2027-06-30"),
        ("second-quarter", "2026-Q4"),
        ("late on Tuesday", "2026-11-03"),
        ("the previous evening", "2026-11-03TEV"),
        ("the start of the calendar year", "2026"),
        ("calendar 2027", "2027"),
        ("the next 18 months", "P18M"),
        ("Dec. 10", "2026-12-10"),
        ("Nov. 19", "2026-11-19"),
        ("the quarter", "2026-Q3"),  # "The company's cloud division grew 29% in the quarter"
        ("the fourth quarter of fiscal 2026", "2026-Q2"),
        ("the current quarter", "2026-Q4"),
        ("October last year", "2025-10"),
        ("early 2025", "2025"),
        ("the end of September", "2026-09"),
        ("a year earlier", "2025-09"),
        ("January", "XXXX-01"),  # "whose fiscal year ends in January"
        ("calendar 2028", "2028"),
        ("Dec. 8", "2026-12-08"),
        ("the spring", "2027-SP"),
        ("late January", "2027-01"),
        ("the quarter", "2026-Q4"),  # "for the quarter ending Dec. 31"
        ("Dec. 31", "2026-12-31"),
        ("1994", "1994"),
        ("1999", "1999"),
    ],
    "oil_shock": [
        ("the 1970s", "197"),
        ("Oct. 17, 1973", "1973-10-17"),
        ("that winter", "1973-WI"),
        ("November 1974", "1974-11"),
        ("this week", "2026-W42"),
        ("the end of 1973", "1973"),
        ("the following spring", "1974-SP"),
        ("the 1960s", "196"),
        ("January 1974", "1974-01"),
        ("Feb. 28 that year", "1974-02-28"),
        ("1979", "1979"),
        ("the mid-1980s", "198"),
        ("1986", "1986"),
        ("the early 1990s", "199"),
        ("the spring of 1991", "1991-SP"),
        ("The turn of the century", "20"),
        ("July 2008", "2008-07"),
        ("the past three decades", "P30Y"),
        ("the early 2030s", "203"),
        ("Thursday", "2026-10-15"),
        ("the spring of 2022", "2022-SP"),
        ("the late seventies", "197"),
        ("the early 1980s", "198"),
        ("April", "2026-04"),
        ("the end of June", "2026-06"),
        ("Nov. 12", "2026-11-12"),
        ("October last year", "2025-10"),
        ("this century", "20"),
        ("the 1920s", "192"),
    ],
}  # fmt: skip


# Words that only look like dates, by article: no time expression may contain them.
NOT_DATES: dict[str, list[str]] = {
    "half_term_strike": ["Mayday Cup", "Sunday Times", "half-term", "second round"],
    "fraud_trial": ["second opinion", "four counts"],
    "derby_season": ["Matchday 29", "Generation Z", "quarter-final", "Six Nations",
                     "12th minute", "last-16"],
    "fiscal_results": ["March event", "back half"],
    "oil_shock": ["Red Sea"],
}  # fmt: skip


# name -> (sentence start, its events: the value of the date (a timex's, or the day worked
# out for the sentence) and how each was found)
EVENTS: dict[str, list[tuple[str, list[tuple[str, DatedBy]]]]] = {
    "half_term_strike": [
        ("LONDON (Reuters) - Train drivers will walk out", [("2026-06-09", DatedBy.EXPLICIT),
                                                            ("2026-05-29", DatedBy.EXPLICIT)]),
    ],
    "winter_storm": [
        ("Schools in several Wisconsin districts", [("2026-12-17T05:00", DatedBy.EXPLICIT),
                                                    ("2026-12-17", DatedBy.EXPLICIT)]),
    ],
    "derby_season": [
        ("Borthwick's contract runs", [("2027", DatedBy.EXPLICIT),
                                       ("2027-10-01", DatedBy.EXPLICIT)]),
    ],
    "oil_shock": [
        ("Britain introduced a three-day week", [("1974-01", DatedBy.EXPLICIT),
                                                 ("1974-02-28", DatedBy.EXPLICIT)]),
    ],
}  # fmt: skip


# Statements with no date of their own: the day of the news.
NEWS_DAYS: dict[str, list[tuple[str, str]]] = {
    "half_term_strike": [("The Rail Delivery Group, which speaks", "2026-05-29"),
                         ("Business groups warned", "2026-05-29")],
    "fraud_trial": [("The judge refused.", "2026-02-12"),
                    ("Outside court, a group of former depositors", "2026-02-12")],
    "winter_storm": [("Utilities said crews were on standby.", "2026-12-15"),
                     ("Farmers in Iowa said", "2026-12-15")],
    "derby_season": [("Manager Thomas Frank said", "2026-03-08"),
                     ("Matchday 29 brought mixed news", "2026-03-08")],
    "fiscal_results": [("Revenue grew 18%", "2026-11-04"),
                       ("Analysts said Halvorsen's results", "2026-11-04")],
}  # fmt: skip


(
    test_what_a_reader_gives_each_expression,
    test_words_that_only_look_like_dates,
    test_where_sentences_land_on_the_timeline,
    test_statements_fall_on_the_news_day,
) = date_table_tests(FIXTURES, READINGS, NOT_DATES, EVENTS, NEWS_DAYS)
