"""Labels for dates and sources, as people read them ("Fri 23 Sep 2016 morning").
Pure functions shared by every view (app, CLI table): no Textual."""

from __future__ import annotations

from datetime import date, timedelta

from explorer.model import DatedBy, DateRange, Precision, PublishedSource

PART_OF_DAY = {
    "MO": "morning",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}

SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring"}
SEASONS |= {6: "summer", 7: "summer", 8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}

PUBLISHED_SOURCE_LABEL = {
    PublishedSource.OPTION: "set by you",
    PublishedSource.METADATA: "from metadata",
    PublishedSource.DATELINE: "from the dateline",
    PublishedSource.ASSUMED: "assumed: no date found",
}


WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def day_label(d: date) -> str:
    """'Fri 23 Sep 2016' (English whatever the locale, so output is stable)."""
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}"


def short_day_label(d: date) -> str:
    """'23 Sep 2016': for narrow columns, where the weekday would push the year out."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


_MINUTE = timedelta(minutes=1)
SHORT_PART_OF_DAY = {"MO": "am", "AF": "pm", "EV": "eve", "NI": "night", "DT": "day"}


def _core_label(r: DateRange, short: bool = False) -> str:
    s = r.start
    p = r.precision
    day = short_day_label if short else day_label
    if p >= Precision.HOUR:
        if r.end - s == _MINUTE and r.end.hour == r.end.minute == 0:
            return f"{day(s.date())} 24:00"  # "midnight on Tuesday": the end of Tuesday
        return f"{day(s.date())} {s:%H:%M}"
    if p == Precision.PART_OF_DAY:
        parts = SHORT_PART_OF_DAY if short else PART_OF_DAY
        return f"{day(s.date())} {parts.get(r.part_of_day or '', '')}".rstrip()
    if p == Precision.DAY:
        last = (r.end - timedelta(days=1)).date()
        if not r.open_end and last > s.date():
            # "later this week", "from Friday until Monday": "Wed 8–Sun 12 May 2024"
            if (last.year, last.month) == (s.year, s.month):
                first = f"{s.day}" if short else f"{s:%a} {s.day}"
                return f"{first}–{day(last)}"
            return f"{day(s.date())} – {day(last)}"
        return day(s.date())
    if p == Precision.WEEK:
        return f"week of {s.day} {MONTHS[s.month - 1]} {s.year}"
    if p == Precision.MONTH:
        last = r.end - timedelta(days=1)
        if not r.open_end and last.year == s.year and last.month > s.month:
            return f"{MONTHS[s.month - 1]}–{MONTHS[last.month - 1]} {s.year}"  # "early 2024"
        if not r.open_end and last.year > s.year:  # "from November to February"
            return f"{MONTHS[s.month - 1]} {s.year} – {MONTHS[last.month - 1]} {last.year}"
        return f"{MONTHS[s.month - 1]} {s.year}"
    if p == Precision.SEASON:
        return f"{SEASONS[s.month]} {s.year}"
    if p == Precision.QUARTER:
        return f"Q{(s.month - 1) // 3 + 1} {s.year}"
    if p == Precision.HALF:
        return f"H{(s.month - 1) // 6 + 1} {s.year}"
    if p == Precision.YEAR:
        last_year = (r.end - timedelta(days=1)).year
        if not r.open_end and last_year > s.year:
            return f"{s.year}–{last_year}"  # "the early 1990s", "between 2015 and 2016"
        return f"{s.year}"
    if p == Precision.DECADE:
        return f"{s.year // 10 * 10}s"
    if p == Precision.CENTURY:
        return f"{s.year // 100 * 100}s (century)"
    return f"{s.year // 1000 * 1000}s (millennium)"


def date_label(r: DateRange, *, short: bool = False) -> str:
    """A date as precisely as it is known: 'Fri 23 Sep 2016 morning', 'Sep 2016', '2012',
    '≈ Mar 2011' (approximate), 'since 2012' (open range). ``short``: no weekday, short
    parts of day and '≈Mar 2011', '2012→', so the year survives a narrow column."""
    label = _core_label(r, short)
    if r.approximate:
        label = f"≈{label}" if short else f"≈ {label}"
    if r.open_end:
        label = f"{label}→" if short else f"since {label}"
    return label


def group_key(r: DateRange) -> tuple[int, int]:
    """Events sharing this key sit under one separator: a month, or a year when coarser."""
    s = r.start
    if r.precision >= Precision.MONTH:
        return (s.year, s.month)
    if r.precision >= Precision.YEAR:
        return (s.year, 0)
    return (s.year // 10 * 10, -1)


def group_label(r: DateRange) -> str:
    """Separator text for :func:`group_key`: 'September 2016', '2012', '2010s'."""
    s = r.start
    if r.precision >= Precision.MONTH:
        return f"{MONTH_NAMES[s.month - 1]} {s.year}"
    if r.precision >= Precision.YEAR:
        return f"{s.year}"
    return f"{s.year // 10 * 10}s"


def date_key(r: DateRange) -> tuple[object, ...]:
    """Two events are 'on the same date' when these match (used by ] and [)."""
    return (r.start, r.end, r.precision, r.approximate, r.open_end, r.part_of_day)


def dated_by_note(dated_by: DatedBy) -> str:
    if dated_by is DatedBy.CONTEXT:
        return "dated by context"
    if dated_by is DatedBy.NEWS_DAY:
        return "news day (the date of the lead)"
    if dated_by is DatedBy.PUBLISHED:
        return "publication date"
    return "explicit date"


def published_label(d: date, source: PublishedSource) -> str:
    return f"{day_label(d)} ({PUBLISHED_SOURCE_LABEL.get(source, str(source))})"
