"""Reading the words of time expressions and writing TIMEX3 values.

Month, weekday, unit and number words to numbers ("twenty-five", "nineteen ninety-seven"),
durations and dates to TIMEX3 strings ("P2Y6M", "2025-W07", "2025-05-03TNI"), and the few
cues several rule modules share. Plain helpers with no discourse state: kept apart so that
the rule modules above them share one copy.
"""

from __future__ import annotations

import re
from datetime import date

from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import day_iso, iso_week, quarter_of

_UNIT_NAMES = {"S": "second", "M": "month", "H": "hour", "D": "day", "W": "week", "Y": "year"}


def _low(s: str | None) -> str:
    return " ".join((s or "").lower().split())


def _month(word: str) -> int:
    return g.MONTHS.get(word.lower().rstrip("."), 0)


def _weekday(word: str) -> int:
    return g.WEEKDAYS.get(word.lower(), -1)


def number(text: str) -> float | None:
    """The value of a number phrase; None when vague ("several")."""
    t = _low(text).replace(",", "")
    half = 0.0
    for tail in ("-and-a-half", " and a half", " 1/2"):
        if t.endswith(tail):
            t, half = t[: -len(tail)], 0.5
    if t in g.VAGUE_QUANTITIES:
        return None
    try:
        return float(t) + half
    except ValueError:
        pass
    if t in g.NUMBER_WORDS:
        return float(g.NUMBER_WORDS[t]) + half
    parts = re.split(r"[\s-]+", t)
    total = 0.0
    for p in parts:
        if p not in g.NUMBER_WORDS:
            return None
        total += g.NUMBER_WORDS[p]
    return total + half


def spelled_year(text: str) -> int | None:
    """ "nineteen ninety-seven" -> 1997, "twenty ten" -> 2010."""
    sp = _low(text).replace("-", " ").split()
    if sp[:2] == ["two", "thousand"]:  # "two thousand", "two thousand and five"
        ones = [w for w in sp[2:] if w != "and"]
        n = number(" ".join(ones)) if ones else 0.0
        return None if n is None or not 0 <= n < 100 else 2000 + int(n)
    if len(sp) < 2 or sp[0] not in ("nineteen", "twenty"):
        return None
    rest = number(" ".join(sp[1:]))
    if rest is None or not 0 <= rest < 100:
        return None
    return (1900 if sp[0] == "nineteen" else 2000) + int(rest)


def _num_str(n: float) -> str:
    return str(int(n)) if n == int(n) else f"{n:g}"


def _unit(word: str) -> str:
    w = word.lower()
    w = g.UNIT_PLURALS.get(w, w)
    if w not in g.UNITS and w.endswith("s"):
        w = w[:-1]
    return w


def _period_mod(word: str | None) -> str | None:
    w = _low(word)
    if not w:
        return None
    for key, mod in g.PERIOD_MODS.items():
        if w.startswith(key):
            return mod
    return None


# A fraction of a unit is written in the next smaller one: (unit code, how many per unit).
_SMALLER = {
    "year": ("M", 12),
    "month": ("D", 30),
    "day": ("H", 24),
    "hour": ("M", 60),
    "minute": ("S", 60),
}


_IRREGULAR_PLURALS = {"century": "centuries", "millennium": "millennia"}


def unit_plural(unit: str) -> str:
    """A unit's plural, for explanations: "years", "centuries"."""
    return _IRREGULAR_PLURALS.get(unit) or unit + "s"


def duration_value(n: float | None, unit: str) -> str:
    code = g.UNITS.get(unit, "X")
    if code == "DE":
        code, n = "Y", None if n is None else n * 10
    elif code == "CE":
        code, n = "Y", None if n is None else n * 100
    elif code == "ML":
        code, n = "Y", None if n is None else n * 1000
    elif code == "2W":
        code, n = "W", None if n is None else n * 2
    elif code == "Q":
        code, n = "M", None if n is None else n * 3
    elif code == "WE":
        code, n = "D", None if n is None else n * 2
    prefix = "PT" if unit in g.TIME_UNITS else "P"
    if n is not None and n != int(n) and unit in _SMALLER:
        # "2 1/2 years" -> P2Y6M, "5 1/2 hours" -> PT5H30M, "a day and a half" -> P1DT12H
        lower, per = _SMALLER[unit]
        rest = (n - int(n)) * per
        if rest == int(rest):
            whole = f"{int(n)}{code}" if int(n) else ""
            sep = "T" if unit == "day" else ""
            return f"{prefix}{whole}{sep}{int(rest)}{lower}"
    amount = "X" if n is None else _num_str(n)
    return prefix + amount + code


def at_granularity(d: date, unit: str) -> str:
    """``d`` written at the precision of a unit: day, week, month, quarter, year."""
    code = g.UNITS.get(unit, "D")
    if code in ("D", "H", "M") and unit != "month":
        return day_iso(d)
    if code == "W" or code == "WE":
        return iso_week(d)
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if code == "Q":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    return f"{d.year:04d}"


# "the" right before an expression ("the January-March quarter", "By the Wednesday").
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _pod_value(d: date, pod: str) -> str:
    return f"{day_iso(d)}T{g.PARTS_OF_DAY[pod]}"


# A sentence break: a stop (and a closing quote) before a space, or a line end.
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s|\n")


# The reference point of a figure compared with, right before a month or day: "down from a
# high of $123 in January", "up from 3.1% in March", "compared with 40,000 on Jan. 3". That
# figure was measured then: the last such month or day by publication, however far the past
# verb is (not the coming one of "agreed to buy the unit from Siemens in January").
COMPARED_POINT = re.compile(
    r"\b(?:from|than|with|versus|vs\.?)\s+(?:an?\s+|its\s+|the\s+|their\s+)?"
    r"(?:(?:record|all-time|multi-year|\w+-year|\w+-month|recent)\s+)?"
    r"(?:highs?|lows?|peaks?|levels?|records?|[$€£¥]|\d)[^.;:!?\n]{0,30}?\b(?:in|on)\s+$",
    re.IGNORECASE,
)
# "since" before a month or day, or before a part of a day: "since the night of Jan. 1".
_SINCE_POINT = re.compile(
    r"\bsince\s+(?:the\s+(?:night|morning|evening|afternoon|end|start|beginning|middle)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)


def past_point(text: str, start: int) -> bool:
    """The month or day at ``start`` is a point already past however the sentence is told:
    the start of "since", or a compared figure's date (``COMPARED_POINT``)."""
    return bool(
        _SINCE_POINT.search(text, max(0, start - 40), start)
        or COMPARED_POINT.search(text, max(0, start - 70), start)
    )
