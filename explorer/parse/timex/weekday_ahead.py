"""Clauses that make a weekday one to come whatever the tense around it: "After Friday the
money goes back to the Treasury" (a present after an opening "After"/"From"), "before the
winds ease on Wednesday" (a present clause of time), "trains on Thursday evening were
already sold out" (sold out or booked up now)."""

from __future__ import annotations

import re

from explorer.parse.timex.reading import Context
from explorer.parse.timex.resolve import Tense
from explorer.parse.timex.words import _weekday

# "After", "From", "Starting", "Until" opening a sentence or a quote, right before a day.
_OPENING_FROM = re.compile(
    r"(?:^|[.!?\n][\"”’]?\s+|[\"“‘]\s*)(?:after|from|starting|beginning|until|till)\s+\Z",
    re.IGNORECASE,
)
# The day's own clause after it: up to the next comma, quote or sentence end.
# (not a possessive, "After Friday's attack", nor a range, "From Monday to Wednesday")
_CLAUSE_AFTER_DAY = re.compile(
    r"(?![’']s\b|\s*(?:(?:to|through|until|till|and|or)\b|[-–]))\s*,?\s*(?P<c>[^,;:.!?\"“”]*)",
    re.IGNORECASE,
)


def present_after_opening_day(m: re.Match[str], ctx: Context) -> bool:
    """Whether a weekday after a sentence's opening "After"/"From" is followed by a clause
    of its own with no past verb (the verb that gave it its tense is beyond that clause):
    a present, which tells of what is to come ("After Friday the money goes back to the
    Treasury," she said); not "After Friday's attack, ..." nor "After Friday, prices fell"."""
    if not _OPENING_FROM.search(ctx.text, max(0, m.start() - 16), m.start()):
        return False
    clause = _CLAUSE_AFTER_DAY.match(ctx.text, m.end())
    if clause is None or len(clause.group("c").split()) < 3:
        return False
    gap = ctx.verb_gap(m.start(), m.end())
    if ctx.tense(m.start(), m.end()) is Tense.PAST and gap >= len(ctx.text):
        return False  # a past no verb gave ("Until Friday, they had not called him"): kept
    return gap > clause.end() - m.end()


# "before the winds ease on", "until the waters recede on", "once talks resume on": a
# clause of time whose verb is in the present (of these, which are no nouns after "the":
# not "before the vote on Sunday").
CLAUSE_TO_COME = re.compile(
    r"\b(?:before|until|till|once)\s+(?:the\s+|its\s+|their\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?"
    r"(?:ease|eases|recede|recedes|resume|resumes|reopen|reopens|expire|expires|arrive|"
    r"arrives|subside|subsides|abate|abates|leaves|meets|returns|votes|breaks|lapse|lapses"
    # ("before the summer transfer window shuts on Monday at 11pm": a window or a deadline
    # that shuts, closes or ends)
    r"|shuts|closes|ends|opens|run\s+out|runs\s+out)\s+"
    # ("before Congress leaves for its August recess on Friday", "before funding lapses at
    # midnight Friday")
    r"(?:again\s+)?(?:for\s+(?:its|their|the|a)\s+(?:[\w'’-]+\s+){0,3}?)?(?:at\s+)?(?:on\s+)?\Z",
    re.IGNORECASE,
)
# After a weekday, in its clause: sold out or booked up now, or already ("were already sold
# out"; not "The concert on Friday was sold out": that may be the concert gone).
_BOOKED_AFTER = re.compile(
    r"[^.;:!?\n]{0,60}?\b(?:(?:are|is)\s+(?:already\s+|now\s+|almost\s+|nearly\s+|all\s+but\s+)?"
    r"|(?:were|was|had|has|have)\s+(?:been\s+)?already\s+(?:been\s+)?)"
    r"(?:sold\s+out|fully\s+booked|booked\s+(?:up|solid))\b",
    re.IGNORECASE,
)


# ... or what is booked "for" the weekday, whatever the tense: "sailings to Ireland for
# Saturday were fully booked within hours" (what is booked for a day is the day to come).
_FOR_BEFORE = re.compile(
    r"\b(?:flights|trains|sailings|ferries|crossings|buses|coaches|services|seats|tickets"
    r"|rooms|tables|slots|bookings|reservations|departures)\s+(?:[\w'’-]+\s+){0,3}?for\s+$",
    re.IGNORECASE,
)
_BOOKED_FOR_AFTER = re.compile(
    r"(?:\s+\w+)?\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:already\s+|almost\s+|nearly\s+|quickly\s+)?(?:fully\s+booked|booked\s+(?:up|solid)"
    r"|sold\s+out|full)\b",
    re.IGNORECASE,
)


def booked_after(m: re.Match[str], ctx: Context) -> bool:
    """Whether the weekday's clause says it is sold out or booked up (a day to come), or
    it is the day travel is booked or cancelled "for" and the coming one is nearer than the
    one gone ("has cancelled all flights for Saturday", on a Thursday)."""
    if _travel_for_coming(m, ctx):
        return True
    window = ctx.text[m.end() : m.end() + 90]
    if "sold out" not in window and "booked" not in window and " full" not in window:
        return False  # (cheap pre-test)
    if _BOOKED_AFTER.match(ctx.text, m.end()) is not None:
        return True
    return (
        ctx.text[max(0, m.start() - 4) : m.start()].lower() == "for "
        and _BOOKED_FOR_AFTER.match(ctx.text, m.end()) is not None
        and _FOR_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()) is not None
    )


_YEAR_IN_SENTENCE_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d\b[^.!?\n]*$")


def _travel_for_coming(m: re.Match[str], ctx: Context) -> bool:
    """A weekday after a noun of travel and "for" ("flights for Saturday") whose coming one
    is nearer publication than the one gone: the news of travel is of the days around it
    ("cancelled 340 flights for Wednesday", on a Wednesday, is that day; "Flights for
    Tuesday evening were also cancelled", on a Wednesday, the day before)."""
    if ctx.text[max(0, m.start() - 4) : m.start()].lower() != "for ":
        return False  # (cheap pre-test)
    wd = _weekday(m.group("k_wd")) if m.group("k_wd") else -1
    if wd < 0 or _FOR_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()) is None:
        return False
    if _YEAR_IN_SENTENCE_BEFORE.search(ctx.text, max(0, m.start() - 150), m.start()):
        return False  # "In the summer of 2019, the airline cancelled flights for Saturday"
    back = (ctx.published.weekday() - wd) % 7
    return back > 0 and (wd - ctx.published.weekday()) % 7 < back


# What is called, declared or set "for" a weekday: "has declared a day of mourning for
# Wednesday", "called a general strike for Friday", "set a vote for Thursday" (not "had
# called a strike for Friday", a plan of the past).
_CALLED_FOR_BEFORE = re.compile(
    r"(?<!had\s)\b(?:called|declared|proclaimed|set|scheduled|planned|announced|ordered"
    r"|calls|declares|sets|schedules|plans|announces|orders)\s+(?:a|an|the|its|their)\s+"
    r"(?:[\w'’-]+\s+){1,4}?for\s+$",
    re.IGNORECASE,
)


def called_for(m: re.Match[str], ctx: Context) -> bool:
    """Whether the weekday is the day something is called, declared or set "for" (a day to
    come, whatever the tense), in no sentence of a past year."""
    if ctx.text[max(0, m.start() - 4) : m.start()].lower() != "for ":
        return False  # (cheap pre-test)
    if _CALLED_FOR_BEFORE.search(ctx.text, max(0, m.start() - 70), m.start()) is None:
        return False
    return not _YEAR_IN_SENTENCE_BEFORE.search(ctx.text, max(0, m.start() - 150), m.start())


# A noun and an "-ing" participle right before the day (a clock time between or not), and a
# modal right after the day: "trains running at 1 a.m. on Sunday would wait", "passengers
# flying on Friday should check" (the participle is the modal's time, to come).
_ING_BEFORE = re.compile(
    r"\b(?!(?:was|were|is|are|be|been|being|am|he|she|it|they|we|i|you|who|that|which|and"
    r"|but|or|not)\s)[a-z]{3,}\s+[a-z]{3,}ing\s+"
    r"(?:at\s+(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s+on\s+)?|on\s+)$",
    re.IGNORECASE,
)
_MODAL_AFTER = re.compile(
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?"
    r"\s+(?:still\s+|also\s+|only\s+)?(?:would|will|can|could|may|might|must|should)\b"
)


def participle_to_come(ctx: Context, start: int, end: int) -> bool:
    """Whether the day (or clock time) at ``start``..``end`` is an "-ing" participle's after
    a noun, in a clause whose verb is a modal right after the day: the time of what would,
    will or can happen, not a past (whatever the telling's tense)."""
    if "ing " not in ctx.text[max(0, start - 30) : start]:
        return False  # (cheap pre-test)
    if _MODAL_AFTER.match(ctx.text, end) is None:
        return False
    return _ING_BEFORE.search(ctx.text, max(0, start - 50), start) is not None


# A measure that lasts "through"/"until" a weekday: a warning, a watch, a ban, a curfew ...
# issued or extended, or what remains in effect ("issued a red flag warning through
# Tuesday", "The warning remains in effect through Tuesday", "extended the curfew until
# Thursday"): the day it ends, to come (not "had been extended until Friday").
_LASTING_BEFORE = re.compile(
    r"\b(?:(?:warning|warnings|watch|watches|advisory|advisories|alert"
    r"|alerts|ban|curfew|lockdown|restrictions|emergency|order)\b[^.;!?\n]{0,40}?"
    r"|(?:extended|extends|remains?\s+in\s+(?:effect|place|force)|in\s+effect|in\s+place"
    r"|remains?\s+(?:closed|shut))\s+(?:[\w'’-]+\s+){0,4}?)(?:through|thru|until|till)\s+$",
    re.IGNORECASE,
)


def lasting_through(m: re.Match[str], ctx: Context) -> bool:
    """Whether the weekday ends a lasting measure (see _LASTING_BEFORE): a day to come, in
    no sentence of a past year."""
    before = ctx.text[max(0, m.start() - 8) : m.start()].lower()
    if not before.endswith(("through ", "thru ", "until ", "till ")):
        return False  # (cheap pre-test)
    lasting = _LASTING_BEFORE.search(ctx.text, max(0, m.start() - 90), m.start())
    if lasting is None or _PAST_AUXILIARY.search(ctx.text, lasting.start(), m.start()):
        return False  # (not "The ban had been extended until Friday", "was in place until")
    return not _YEAR_IN_SENTENCE_BEFORE.search(ctx.text, max(0, m.start() - 150), m.start())


_PAST_AUXILIARY = re.compile(r"\b(?:had|was|were)\b", re.IGNORECASE)
