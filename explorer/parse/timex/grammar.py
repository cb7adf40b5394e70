"""Word tables for the time-expression engine: data only, no logic.

The detector (``detect.py``) builds its regular expressions from these tables and the
resolver reads them to turn words into numbers, so adding a word here is enough to
teach the engine a new spelling.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Final

# Month names and abbreviations (lower case; an abbreviation may carry a final dot).
MONTHS: Final = MappingProxyType(
    {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    }
)  # fmt: skip
# Abbreviations that must carry their dot to count (“Mar” alone is a name, “Jun” a word).
MONTH_ABBREVIATIONS: Final = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"}
)
# Month names that are also ordinary words: only dates next to a day, year or date cue.
AMBIGUOUS_MONTHS: Final = frozenset({"may", "march"})

WEEKDAYS: Final = MappingProxyType(
    {
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
        "saturday": 5, "sunday": 6,
    }
)  # fmt: skip

# Cardinal number words. "a"/"an" count as one only in front of a unit.
NUMBER_WORDS: Final = MappingProxyType(
    {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
        "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
        "hundred": 100, "a hundred": 100, "dozen": 12, "a dozen": 12, "a": 1, "an": 1,
        "half a": 0.5, "half an": 0.5, "a couple of": 2, "a couple": 2,
    }
)  # fmt: skip
TENS: Final = frozenset(
    {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)
# Quantities that are not a number: the TIMEX3 value gets X ("PXY").
VAGUE_QUANTITIES: Final = frozenset(
    {"several", "a few", "few", "many", "some", "numerous", "a number of", "the", "recent"}
)

ORDINALS: Final = MappingProxyType(
    {
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
        "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6,
        "seventh": 7, "7th": 7, "eighth": 8, "8th": 8, "ninth": 9, "9th": 9,
        "tenth": 10, "10th": 10, "eleventh": 11, "11th": 11, "twelfth": 12, "12th": 12,
        "nineteenth": 19, "19th": 19, "twentieth": 20, "20th": 20,
        "twenty-first": 21, "21st": 21,
    }
)  # fmt: skip

# Calendar units: word -> TIMEX3 duration unit. Time units are written after a "T".
UNITS: Final = MappingProxyType(
    {
        "second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W",
        "weekend": "WE", "fortnight": "2W", "month": "M", "quarter": "Q", "year": "Y",
        "decade": "DE", "century": "CE", "millennium": "ML",
    }
)  # fmt: skip
UNIT_PLURALS: Final = MappingProxyType({"centuries": "century", "millennia": "millennium"})
TIME_UNITS: Final = frozenset({"second", "minute", "hour"})

PARTS_OF_DAY: Final = MappingProxyType(
    {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
)
SEASONS: Final = MappingProxyType(
    {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
)
# Where in a period: "early 1998", "mid-November", "the end of the year".
PERIOD_MODS: Final = MappingProxyType(
    {
        "early": "START", "the beginning of": "START", "the start of": "START",
        "late": "END", "the end of": "END", "mid": "MID", "the middle of": "MID",
        "the first half of": "START", "the second half of": "END",
    }
)  # fmt: skip
# Quantity hedges kept in the extent: "about five years", "at least 72 hours".
QUANTITY_MODS: Final = MappingProxyType(
    {
        "about": "APPROX", "around": "APPROX", "roughly": "APPROX", "some": "APPROX",
        "approximately": "APPROX", "nearly": "LESS_THAN", "almost": "LESS_THAN",
        "less than": "LESS_THAN", "fewer than": "LESS_THAN", "under": "LESS_THAN",
        "just under": "LESS_THAN", "up to": "EQUAL_OR_LESS", "at most": "EQUAL_OR_LESS",
        "more than": "MORE_THAN", "over": "MORE_THAN", "just over": "MORE_THAN",
        "at least": "EQUAL_OR_MORE", "well over": "MORE_THAN", "only": "EQUAL_OR_LESS",
    }
)  # fmt: skip

# Relative words with a fixed day offset from the anchor.
DAY_WORDS: Final = MappingProxyType({"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1})

# Deictic determiners in front of a unit, weekday, month or season.
DEICTICS: Final = MappingProxyType(
    {
        "last": -1, "past": -1, "previous": -1, "this past": -1, "next": 1, "coming": 1,
        "this coming": 1, "following": 1, "this": 0, "current": 0, "the current": 0,
        "the present": 0, "the past": -1, "the last": -1, "the previous": -1,
        "the next": 1, "the coming": 1, "the following": 1, "that": 0, "the same": 0,
    }
)  # fmt: skip
# Words that make a relative offset: "two days ago", "a year earlier".
OFFSET_WORDS: Final = MappingProxyType(
    {"ago": -1, "earlier": -1, "before": -1, "previously": -1, "later": 1, "from now": 1,
     "hence": 1, "after": 1, "afterwards": 1}
)  # fmt: skip
# Offset words whose anchor is the last date mentioned, not publication.
DISCOURSE_OFFSETS: Final = frozenset({"earlier", "later", "before", "after", "afterwards"})

# Vague references (TIMEX3 values).
VAGUE: Final = MappingProxyType(
    {
        "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
        "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "the present": "PRESENT_REF",
        "at present": "PRESENT_REF", "right now": "PRESENT_REF",
        "recently": "PAST_REF",  "lately": "PAST_REF",
        "the past": "PAST_REF",
        "in recent years": "PAST_REF", "recent years": "PAST_REF",
        "the future": "FUTURE_REF",
        "as soon as possible": "FUTURE_REF",
        "in the coming years": "FUTURE_REF", "the years ahead": "FUTURE_REF",
    }
)  # fmt: skip
# Vague words that are risky alone: only when the tables say they are used as dates.
VAGUE_ALONE: Final = frozenset(
    {"now", "currently", "recently", "previously", "soon", "nowadays", "these days", "lately",
     "the future", "the past", "future", "recent", "current"}
)  # fmt: skip

# Recurrences.
SETS: Final = MappingProxyType(
    {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M",
     "yearly": "P1Y", "hourly": "PT1H"}
)  # fmt: skip

# Fixed-date holidays: name -> (month, day). Moving feasts use HOLIDAY_RULES.
HOLIDAYS: Final = MappingProxyType(
    {
        "new year's day": (1, 1), "new year’s day": (1, 1), "valentine's day": (2, 14),
        "valentine’s day": (2, 14), "independence day": (7, 4), "bastille day": (7, 14),
        "halloween": (10, 31), "christmas eve": (12, 24), "christmas day": (12, 25),
        "christmas": (12, 25), "boxing day": (12, 26), "new year's eve": (12, 31),
        "new year’s eve": (12, 31), "veterans day": (11, 11), "armistice day": (11, 11),
    }
)  # fmt: skip
# name -> (month, weekday, nth): nth weekday of the month (-1 = last).
HOLIDAY_RULES: Final = MappingProxyType(
    {
        "thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4), "labor day": (9, 0, 1),
        "memorial day": (5, 0, -1), "election day": (11, 1, 0),
    }
)  # fmt: skip

# Time zones that may follow a clock time ("9 a.m. EDT").
TIME_ZONES: Final = frozenset(
    {"EDT", "EST", "CDT", "CST", "MDT", "MST", "PDT", "PST", "GMT", "UTC", "BST", "CET"}
)
NAMED_TIMES: Final = MappingProxyType({"noon": "12:00", "midday": "12:00", "midnight": "24:00"})

# Tense cues read from the sentence around an expression.
FUTURE_CUES: Final = (
    "will", "won't", "wo n't", "'ll", "’ll", "shall", "is going to", "are going to",
    "is due to", "are due to", "is due", "are due", "due to", "plans to", "plan to", "planned for",
    "is scheduled", "are scheduled", "scheduled to", "expected to", "is expected", "is to",
    "are to", "intends to", "hopes to", "aims to", "set to", "next", "upcoming", "payable",
    "expire", "expires", "expiring", "effective", "until", "till", "to be", "must", "should",
    "may", "might", "can", "supposed to", "will be", "planned to", "as soon as", "deadline",
    "set for", "scheduled for", "would", "planning to", "is planning", "are planning",
    "has scheduled", "have scheduled",
)  # fmt: skip
# Future cues that only say something is pending (a deadline, an expiry, an obligation):
# a past-perfect "had" in the same sentence outweighs them ("it had been due to expire
# Friday", "until Thursday they had not called").
WEAK_FUTURE_CUES: Final = frozenset(
    {"until", "till", "deadline", "expire", "expires", "expiring", "due to", "due", "is due",
     "are due", "is due to", "are due to", "effective", "as soon as", "scheduled to",
     "is scheduled", "are scheduled", "set for", "scheduled for", "payable", "must", "should",
     "may", "might", "can", "to be", "set to", "supposed to"}
)  # fmt: skip
# The past-perfect auxiliary.
PAST_PERFECT_CUES: Final = frozenset({"had", "hadn't", "had n't"})
PAST_CUES: Final = (
    "was", "were", "had", "did", "didn't", "went", "met", "came", "took", "made", "gave",
    "saw", "held", "began", "broke", "fell", "rose", "won", "lost", "left", "led", "spoke",
    "struck", "sent", "found", "got", "put", "ran", "brought", "bought", "sold", "thought",
    "kept", "paid", "built", "fought", "became", "chose", "drove", "wrote", "flew", "shot",
    "ago", "earlier", "last", "fled", "hit", "slid", "sank", "swept", "stood", "told",
    "knew", "grew", "spent", "meant", "felt", "heard", "sought", "caught", "taught",
    "wore", "woke", "withdrew", "overthrew", "underwent", "upheld", "oversaw", "forbade",
    "since",
)  # fmt: skip
# Reporting verbs are weak past cues: "X said the talks will resume on Monday".
REPORTING_CUES: Final = ("said", "told", "says", "added", "reported", "announced", "stated")
# Regular past participles/adjectives that end in -ed but mark no past event.
NOT_PAST_ED: Final = frozenset(
    {"need", "speed", "feed", "seed", "bed", "red", "hundred", "proceed", "succeed", "based",
     "indeed", "limited", "united", "related", "interested", "concerned", "expected",
     "scheduled", "planned", "supposed", "used", "called", "named", "armed", "wounded",
     "injured", "advanced", "embattled", "besieged", "held", "rebel-held", "ed", "shed"}
)  # fmt: skip
