"""Time expressions from QA round 18: four wire stories nobody had run the engine on before
(tests/fixtures/dates_unseen18: a food company's second fiscal quarter, ended Nov. 30, told
in December; three days of fighting for a river town, told day by day; a university's
spring term rearranged after strikes, told the day before New Year's Eve; a cup's knockout
bracket), each read by hand. The tables pin what a careful reader gives each expression
(what is still wrong is listed in FINDINGS.md and left out); the words that only look like
dates must stay words.
"""

from __future__ import annotations

from pathlib import Path

from article_checks import (
    date_table_tests,
)

from explorer.model import DatedBy

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "dates_unseen18"


READINGS: dict[str, list[tuple[str, str]]] = {
    "fiscal_earnings": [  # Thu 2026-12-17
        ('Wednesday', '2026-12-16'),
        ('the second quarter', '2026-Q4'),
        ('Nov. 30', '2026-11-30'),
        ('late November', '2026-11'),
        ('the quarter', '2026-Q4'),
        ('a year earlier', '2025-Q4'),
        ('4 p.m. EST', '2026-12-16T16:00'),
        ('the three months', 'P3M'),
        ('June 1', '2026-06-01'),
        ('The quarter', '2026-Q4'),
        ('December', '2026-12'),
        ('Wednesday evening', '2026-12-16TEV'),
        ('the third quarter', '2027-Q1'),
        ('Lunar New Year', '2027-02-06'),
        ('February', '2027-02'),
        ('March 2024', '2024-03'),
        ('the past 18 months', 'P18M'),
        ('the end of the fiscal year', '2027-05'),
        ('May 31', '2027-05-31'),
        ('September', '2026-09'),
        ('third-quarter', '2027-Q1'),
        ('late March', '2027-03'),
        ('August 2025', '2025-08'),
        ('Thursday morning', '2026-12-17TMO'),
        ('Sept. 12', '2026-09-12'),
        ('Christmas', '2026-12-25'),
        ('Jan. 15', '2027-01-15'),
        ('Dec. 31', '2026-12-31'),
        ('the next two years', 'P2Y'),
        ('Friday', '2026-12-18'),
        ('1958', '1958'),
        ('three years ago', '2023'),
        ('1991', '1991'),
        ('the new year', '2027'),
        ('about six weeks', 'P6W'),
        ('last spring', '2026-SP'),
        ('Feb. 10', '2027-02-10'),
        ('the end of next summer', '2027-SU'),
    ],
    "frontline_days": [  # Tue 2026-06-09
        ('June 9', '2026-06-09'),
        ('dawn on Friday', '2026-06-05TMO'),
        ('4 a.m.', '2026-06-05T04:00'),
        ('0100 GMT', '2026-06-05T01:00'),
        ('late on Sunday', '2026-06-07'),
        ('Monday', '2026-06-08'),
        ('The previous day', '2026-06-04'),
        ('Thursday', '2026-06-04'),
        ('Thursday evening', '2026-06-04TEV'),
        ('6:30 a.m.', '2026-06-05T06:30'),
        ('two hours', 'PT2H'),
        ('That evening', '2026-06-05TEV'),
        ('The following morning', '2026-06-06TMO'),
        ('Saturday', '2026-06-06'),
        ('Forty-eight hours later', '2026-06-08'),
        ('36 hours', 'PT36H'),
        ('Saturday afternoon', '2026-06-06TAF'),
        ('that night', '2026-06-06TNI'),
        ('Sunday', '2026-06-07'),
        ('the spring of 2025', '2025-SP'),
        ('February 2022', '2022-02'),
        ('Dec. 3 last year', '2025-12-03'),
        ('11 days', 'P11D'),
        ('June 22', '2026-06-22'),
        ('two weeks from Monday', '2026-06-22'),
        ('Tuesday morning', '2026-06-09TMO'),
        ('overnight', '2026-06-08TNI'),
        ('this weekend', '2026-W23-WE'),
        ('next weekend', '2026-W24-WE'),
        ('the autumn', '2026-FA'),
        ('a year ago', '2025'),
        ('June 30', '2026-06-30'),
        ('March', '2026-03'),
        ('1968', '1968'),
        ('the summer of 1998', '1998-SU'),
        ('July', '2026-07'),
    ],
    "university_calendar": [  # Wed 2026-12-30
        ('Monday, Jan. 4', '2027-01-04'),
        ('the autumn', '2026-FA'),
        ('Tuesday', '2026-12-29'),
        ('The spring', '2027-SP'),
        ('Jan. 4', '2027-01-04'),
        ('March 19', '2027-03-19'),
        ('the week of Feb. 15', '2027-W07'),
        ('late April', '2027-04'),
        ('Oct. 12', '2026-10-12'),
        ('Nov. 27', '2026-11-27'),
        ('Dec. 8', '2026-12-08'),
        ('Aug. 1', '2026-08-01'),
        ('August 2027', '2027-08'),
        ('Christmas', '2026-12-25'),
        ('April 19', '2027-04-19'),
        ('June 25', '2027-06-25'),
        ('next year', '2027'),
        ('9 a.m.', 'XXXX-WXX-6T09:00'),
        ('1 p.m.', 'XXXX-WXX-6T13:00'),
        ('Jan. 6', '2027-01-06'),
        ('Wednesday', '2027-01-06'),
        ('this autumn', '2026-FA'),
        ('next week', '2027-W01'),
        ('the new year', '2027'),
        ('the end of January', '2027-01'),
        ('this week', '2026-W53'),
        ('Tuesday, Jan. 5', '2027-01-05'),
        ('the spring of 2023', '2023-SP'),
        ('Last year', '2025'),
        ('This year', '2026'),
        ('Jan. 20', '2027-01-20'),
        ('a week later', '2027-09-27'),
        ('Sept. 27, 2027', '2027-09-27'),
    ],
    "cup_bracket": [  # Sun 2026-07-05
        ('Saturday', '2026-07-04'),
        ('Saturday week', '2026-07-18'),
        ('Sunday', '2026-07-19'),
        ('a fortnight later', '2026-W31'),
        ('Saturday, Aug. 15', '2026-08-15'),
        ('8 p.m.', '2026-08-15T20:00'),
        ('Thursday', '2026-07-02'),
        ('2024', '2024'),
        ('March 2023', '2023-03'),
        ('Sunday morning', '2026-07-05TMO'),
        ('three years ago', '2023'),
        ('Aug. 1', '2026-08-01'),
        ('June 6', '2026-06-06'),
        ('the summer of 1951', '1951-SU'),
        ('Friday afternoon', '2026-07-03TAF'),
        ('9 p.m.', '2026-07-04T21:00'),
        ('June', '2026-06'),
        ('Last summer', '2025-SU'),
        ('August', '2026-08'),
        ('Monday', '2026-06-29'),
        ('the 8th', '2026-07-08'),
        ('10 a.m.', '2026-07-08T10:00'),
        ('last weekend', '2026-W26-WE'),
        ('July 18', '2026-07-18'),
        ('Two weeks ago', '2026-W25'),
        ('two weeks', '2026-W29'),
    ],
}  # fmt: skip


# Words that only look like dates, by article: no time expression may contain them.
NOT_DATES: dict[str, list[str]] = {
    "fiscal_earnings": ["Ruth May", "May, who", "march on", "Black Friday sales",
                        "second quarter in a row", "second round"],
    "frontline_days": ["Anna March", "May God", "a second, larger"],
    "university_calendar": ["will march on", "A second strike"],
    "cup_bracket": ["Tomas May", "Dana Friday", "A second round", "Sunday Times", "May said"],
}  # fmt: skip


# name -> (sentence start, its events: the value of the date (a timex's, or the day worked
# out for the sentence) and how each was found)
EVENTS: dict[str, list[tuple[str, list[tuple[str, DatedBy]]]]] = {
    "frontline_days": [
        ("The previous day, Thursday", [("2026-06-04", DatedBy.EXPLICIT)]),  # one event
        ("The following morning, Saturday", [("2026-06-06TMO", DatedBy.EXPLICIT),
                                             ("2026-06-06", DatedBy.EXPLICIT)]),
    ],
    "cup_bracket": [
        ("The final is on Saturday, Aug. 15", [("2026-08-15", DatedBy.EXPLICIT),
                                               ("2026-08-15T20:00", DatedBy.EXPLICIT)]),
    ],
}  # fmt: skip


# Statements with no date of their own: the day of the news.
NEWS_DAYS: dict[str, list[tuple[str, str]]] = {
    "cup_bracket": [("The heat has been a problem.", "2026-07-04")],
}  # fmt: skip


(
    test_what_a_reader_gives_each_expression,
    test_words_that_only_look_like_dates,
    test_where_sentences_land_on_the_timeline,
    test_statements_fall_on_the_news_day,
) = date_table_tests(FIXTURES, READINGS, NOT_DATES, EVENTS, NEWS_DAYS)
