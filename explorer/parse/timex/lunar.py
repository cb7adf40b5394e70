"""Feasts of lunar calendars, which no Gregorian rule gives: the first day of the Chinese
lunar year ("Lunar New Year", "Chinese New Year"), and of the Islamic months on the Umm
al-Qura calendar (Saudi Arabia's): the first day of Ramadan (and its length), Eid al-Fitr
(the day after it ends) and Eid al-Adha. Tables for 2000-2040, worked out once with the
lunardate and hijridate packages; where the moon is sighted locally a country may keep a
feast a day apart. A year outside the tables gives no date (the name stays a word).

Of a year with two Ramadans (2030 begins in January and in December) the first is kept.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from types import MappingProxyType
from typing import Final

_LUNAR_NEW_YEAR: Final = MappingProxyType(
    {
        2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22),
        2005: (2, 9), 2006: (1, 29), 2007: (2, 18), 2008: (2, 7), 2009: (1, 26),
        2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31),
        2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
        2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
        2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
        2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
        2035: (2, 8), 2036: (1, 28), 2037: (2, 15), 2038: (2, 4), 2039: (1, 24),
        2040: (2, 12),
    }
)  # fmt: skip
_RAMADAN: Final = MappingProxyType(
    {
        2000: (11, 27, 30), 2001: (11, 16, 30), 2002: (11, 6, 29), 2003: (10, 26, 30),
        2004: (10, 15, 30), 2005: (10, 4, 30), 2006: (9, 24, 29), 2007: (9, 13, 30),
        2008: (9, 1, 30), 2009: (8, 22, 29), 2010: (8, 11, 30), 2011: (8, 1, 29),
        2012: (7, 20, 30), 2013: (7, 9, 30), 2014: (6, 28, 30), 2015: (6, 18, 29),
        2016: (6, 6, 30), 2017: (5, 27, 29), 2018: (5, 16, 30), 2019: (5, 6, 29),
        2020: (4, 24, 30), 2021: (4, 13, 30), 2022: (4, 2, 30), 2023: (3, 23, 29),
        2024: (3, 11, 30), 2025: (3, 1, 29), 2026: (2, 18, 30), 2027: (2, 8, 29),
        2028: (1, 28, 29), 2029: (1, 16, 29), 2030: (1, 5, 30), 2031: (12, 15, 30),
        2032: (12, 4, 29), 2033: (11, 23, 30), 2034: (11, 12, 30), 2035: (11, 1, 30),
        2036: (10, 20, 30), 2037: (10, 10, 29), 2038: (9, 30, 29), 2039: (9, 19, 30),
        2040: (9, 7, 30),
    }
)  # fmt: skip
_EID_AL_FITR: Final = MappingProxyType(
    {
        2000: (1, 8), 2001: (12, 16), 2002: (12, 5), 2003: (11, 25), 2004: (11, 14),
        2005: (11, 3), 2006: (10, 23), 2007: (10, 13), 2008: (10, 1), 2009: (9, 20),
        2010: (9, 10), 2011: (8, 30), 2012: (8, 19), 2013: (8, 8), 2014: (7, 28),
        2015: (7, 17), 2016: (7, 6), 2017: (6, 25), 2018: (6, 15), 2019: (6, 4),
        2020: (5, 24), 2021: (5, 13), 2022: (5, 2), 2023: (4, 21), 2024: (4, 10),
        2025: (3, 30), 2026: (3, 20), 2027: (3, 9), 2028: (2, 26), 2029: (2, 14),
        2030: (2, 4), 2031: (1, 24), 2032: (1, 14), 2033: (1, 2), 2034: (12, 12),
        2035: (12, 1), 2036: (11, 19), 2037: (11, 8), 2038: (10, 29), 2039: (10, 19),
        2040: (10, 7),
    }
)  # fmt: skip
_EID_AL_ADHA: Final = MappingProxyType(
    {
        2000: (3, 16), 2001: (3, 5), 2002: (2, 22), 2003: (2, 11), 2004: (2, 1),
        2005: (1, 21), 2006: (1, 10), 2007: (12, 20), 2008: (12, 8), 2009: (11, 27),
        2010: (11, 16), 2011: (11, 6), 2012: (10, 26), 2013: (10, 15), 2014: (10, 4),
        2015: (9, 23), 2016: (9, 11), 2017: (9, 1), 2018: (8, 21), 2019: (8, 11),
        2020: (7, 31), 2021: (7, 20), 2022: (7, 9), 2023: (6, 28), 2024: (6, 16),
        2025: (6, 6), 2026: (5, 27), 2027: (5, 16), 2028: (5, 5), 2029: (4, 24),
        2030: (4, 13), 2031: (4, 2), 2032: (3, 22), 2033: (3, 11), 2034: (3, 1),
        2035: (2, 18), 2036: (2, 7), 2037: (1, 26), 2038: (1, 16), 2039: (1, 5),
        2040: (12, 14),
    }
)  # fmt: skip

_DAYS: Final[Mapping[str, Mapping[int, tuple[int, ...]]]] = MappingProxyType(
    {
        "lunar new year": _LUNAR_NEW_YEAR,
        "ramadan": _RAMADAN,
        "eid al-fitr": _EID_AL_FITR,
        "eid al-adha": _EID_AL_ADHA,
    }
)


def lunar_day(feast: str, year: int) -> date | None:
    """The first day of ``feast`` (a value of ``grammar.LUNAR_HOLIDAYS``) in ``year``."""
    table = _DAYS.get(feast)
    day = table.get(year) if table is not None else None
    return date(year, day[0], day[1]) if day is not None else None


def ramadan_end(first: date) -> date | None:
    """The last day of the Ramadan that begins on ``first``."""
    day = _RAMADAN.get(first.year)
    if day is None or (day[0], day[1]) != (first.month, first.day):
        return None
    return first + timedelta(days=day[2] - 1)
