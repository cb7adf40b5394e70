"""Find a publication date written in the first lines of an article.

Recognised (within the first few non-empty lines, each looked at only if short):

* wire datelines: ``WASHINGTON, Sept. 23, 2016 (Reuters) -``,
  ``BEIRUT, 23 September 2016 - ...``
* labelled lines: ``Published: 23 September 2016``, ``Updated 2016-09-23 10:00``,
  ``Posted on March 3, 2015``, ``Date: 2016-09-23``
* bylines and bare date lines: ``By Jane Doe | March 3, 2015``,
  ``Friday 23 September 2016 10.32 BST``

A date inside an ordinary sentence ("On March 3, 2015, rebels ...") is *not* taken.
When both a "published" and an "updated" line are present, "published" wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

__all__ = ["Dateline", "find_dateline", "parse_date_string"]

_MAX_LINES = 5
_MAX_HEAD = 2000  # characters looked at, whatever the line lengths
_MAX_LINE = 200

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<{g}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = re.compile(
    r"(?<![\w-])(?:"
    r"(?P<iy>\d{4})-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\d-])"  # 2016-09-23
    r"|" + _MONTH.format(g="am") + r"\s+(?P<ad>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<ay>\d{4})"
    r"|(?P<bd>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH.format(g="bm") + r",?\s+(?P<by>\d{4})"
    r")(?!\d)",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^\W*(?P<label>(?:first\s+)?published|(?:last\s+)?(?:updated|modified)|posted|dated?)\b",
    re.IGNORECASE,
)
# "CITY, DATE (Agency) -" / "CITY (Agency) - DATE"-less: place, comma, date, agency?, dash.
_WIRE = re.compile(
    r"^\W*[A-Z][\w.'’ -]{1,40}(?:,\s*[\w.'’ -]{1,30})?,\s*$",
)
_AFTER_WIRE = re.compile(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:[-–—]|:)")
# "NEW YORK (AP) - March 3, 2015 - ..."
_WIRE_AGENCY = re.compile(r"^\W*[A-Z][\w.'’ ,-]{1,60}\([^()]{1,40}\)\s*[-–—:]\s*$")
_AFTER_WIRE_AGENCY = re.compile(r"^\s*(?:[-–—:]|$)")
_BYLINE = re.compile(r"^\W*by\s+\S", re.IGNORECASE)
_SEPARATOR = re.compile(r"[|·•/]")
_FILLER = re.compile(
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
    r"|\d{1,2}[:.]\d{2}(?:[:.]\d{2})?|[ap]\.?m\.?|(?-i:[A-Z]{2,5})|at|on|\W+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Dateline:
    date: date
    line: int  # 1-based line number in the text
    text: str  # the date as written


def _to_date(m: re.Match[str]) -> date | None:
    g = m.groupdict()
    try:
        if g["iy"]:
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["am"]:
            return date(int(g["ay"]), _MONTHS[g["am"][:3].lower()], int(g["ad"]))
        if g["bm"]:
            return date(int(g["by"]), _MONTHS[g["bm"][:3].lower()], int(g["bd"]))
    except ValueError:
        return None
    return None


def parse_date_string(s: str) -> date | None:
    """A calendar date from a short string (``2016-09-23``, ``23 Sept 2016``,
    ``Sept. 23, 2016``, ``2016-09-23T10:00:00Z``), or None."""
    m = _DATE.search(s.strip()[:100])
    return _to_date(m) if m else None


def _is_bare(line: str, m: re.Match[str]) -> bool:
    """The line is a date plus weekday/time/zone filler only."""
    rest = line[: m.start()] + " " + line[m.end() :]
    return _FILLER.sub("", rest).strip() == ""


def _kind(line: str, m: re.Match[str]) -> str | None:
    label = _LABEL.match(line)
    if label:
        return "updated" if label.group("label").lower().endswith(("updated", "modified")) else "p"
    if _WIRE.match(line[: m.start()]) and _AFTER_WIRE.match(line[m.end() :]):
        return "p"
    if _WIRE_AGENCY.match(line[: m.start()]) and _AFTER_WIRE_AGENCY.match(line[m.end() :]):
        return "p"
    if len(line) <= 120 and (_BYLINE.match(line) or _SEPARATOR.search(line) or _is_bare(line, m)):
        return "p"
    return None


def find_dateline(text: str) -> Dateline | None:
    """The publication date written near the top of ``text``, or None."""
    head = text[:_MAX_HEAD]
    best_updated: Dateline | None = None
    seen = 0
    for number, line in enumerate(head.split("\n"), start=1):
        if not line.strip():
            continue
        seen += 1
        if seen > _MAX_LINES:
            break
        if len(line) > _MAX_LINE:
            line = line[:_MAX_LINE]
        for m in _DATE.finditer(line):
            found = _to_date(m)
            if found is None or not 1800 <= found.year <= 2200:
                continue
            kind = _kind(line, m)
            if kind is None:
                continue
            hit = Dateline(found, number, m.group())
            if kind == "updated":
                best_updated = best_updated or hit
                continue
            return hit
    return best_updated
