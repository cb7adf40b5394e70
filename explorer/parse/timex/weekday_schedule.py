"""A weekday told as a schedule, whatever the tense around it: "The vote is on Sunday",
"Kickoff on Sunday is at 1 p.m.", "Voting starts on Monday", "Markets close early on
Thursday and reopen on Monday", "I fly out on Wednesday" (a present with its day is a day
to come)."""

from __future__ import annotations

import re

from explorer.parse.timex.reading import Context

# A weekday right after a present "is" or "are" ("The vote is on Sunday"): its schedule.
_COPULA_BEFORE = re.compile(
    # ("Markets are closed on Friday for New Year's Day": a notice of a day to come)
    r"\b(?:is|are)\s+(?:(?:fully\s+)?(?:closed|shut|open|booked|sold\s+out)\s+)?"
    # ("Kickoff is at 1 p.m. ET on Sunday": the time of the schedule between)
    r"(?:at\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.|noon|midnight)\s+(?:[A-Z]{1,4}\s+)?)?"
    r"(?:on\s+|from\s+)?$",
    re.IGNORECASE,
)
# ... or right after it, with its time: "Kickoff on Sunday is at 1 p.m."
_COPULA_AT_AFTER = re.compile(
    r"\s+(?:is|are)\s+(?:at|from)\s+(?:\d{1,2}(?::\d\d)?\s*[ap]\.m\.|noon|midnight)"
)
# A schedule's present right before a weekday: "The festival runs Thursday to Sunday",
# "Voting starts on Monday", "the strike ends Friday", "Question Time returns on Wednesday",
# "The museum reopens on Friday" (the -s forms only: "runs", not "run").
_SCHEDULE_BEFORE = re.compile(
    # (not the plural noun after a count or a quantifier: "handled 3.1 million returns on
    # Monday", "scored 212 runs on Friday", "two starts on Sunday")
    r"(?<!\d\s)(?<!million\s)(?<!billion\s)(?<!thousand\s)(?<!hundred\s)(?<!dozen\s)"
    r"(?<!\btwo\s)(?<!three\s)(?<!\bfour\s)(?<!\bfive\s)(?<!\bmany\s)(?<!\bfew\s)"
    r"(?<!\btax\s)(?<!\bmore\s)"
    r"\b(?:runs|(?:re)?opens|(?:re)?starts|begins|resumes|returns|(?:re)?convenes|meets"
    r"|closes|ends|takes\s+place|kicks\s+off|go(?:es)?\s+on\s+sale)\s+"
    r"(?:again\s+)?(?:on\s+|from\s+)?$",
    re.IGNORECASE,
)
# Places that open and close on a timetable, told in the plain present with the day:
# "Markets close early on Thursday and reopen on Monday", "Schools reopen on Tuesday" (a
# notice of days to come; not "did not reopen", "were to reopen", nor after a comma's aside).
_OPENING_HOURS_BEFORE = re.compile(
    r"\b(?:[Mm]arkets|[Ss]chools|[Bb]anks|[Oo]ffices|[Ss]hops|[Ss]tores|[Ee]xchanges|[Cc]ourts"
    r"|[Pp]olls|[Mm]useums|[Ll]ibraries)\s+(?:(?:[^.;!?\n]|\.(?!\s+[A-Z])){0,70}?\band\s+)?"
    r"(?:re)?(?:open|close)\s+(?:early\s+|late\s+|again\s+)?"
    r"(?:[^.;!?\n]{0,40}?\bat\s+[\d:.]+\s*(?:a\.m\.|p\.m\.|am|pm)\s+)?on\s+$"
)


def _opening_hours_before(m: re.Match[str], ctx: Context) -> bool:
    """Whether a place's opening or closing in the plain present names the weekday at
    ``m`` (see ``_OPENING_HOURS_BEFORE``)."""
    lo = max(0, m.start() - 110)
    window = ctx.text[lo : m.start()]
    if "open" not in window and "close" not in window:
        return False  # (cheap pre-test)
    return _OPENING_HOURS_BEFORE.search(ctx.text, lo, m.start()) is not None


# A journey or fixture told in the present with its day: "I fly out on Wednesday", "We
# leave on Friday", "They play Leeds on Sunday" (a present with a day is a plan to come;
# the subject right before, so "flights that leave on Friday were ..." is not one).
_FUTURATE_BEFORE = re.compile(
    r"\b(?:I|[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he)\s+(?:fly|flies|leave|leaves|depart|departs"
    r"|arrive|arrives|return|returns|travel|travels|head|heads|go|goes|play|plays|face|faces)"
    r"(?:\s+(?:out|off|back|home|away|[A-Z][\w.-]*))?(?:\s+(?:to|for)\s+[A-Z][\w.-]*)?"
    r"\s+(?:on\s+)?$"
)


# A side's next fixture told with its name and the opponent's: "Barcelona play Getafe on
# Sunday", "La Real, who are ninth, play Getafe on Sunday" (the opponent's capital keeps
# the noun out: "a Broadway play on Sunday"; a side watched or let play is no schedule).
_FIXTURE_BEFORE = re.compile(
    r"\b([A-Z][\w.'-]*)(?:,\s+who\s+[^,;.!?\n]{1,60},)?\s+(?:play|plays)\s+"
    r"(?:host\s+to\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?\s+(?:on\s+)?$"
)
_NOT_A_SUBJECT_BEFORE = ("watched", "watch", "saw", "see", "let", "made", "helped", "help")


def _fixture_before(m: re.Match[str], ctx: Context) -> bool:
    """Whether a side's fixture with a named opponent is told right before the weekday at
    ``m`` (see ``_FIXTURE_BEFORE``)."""
    lo = max(0, m.start() - 110)
    if "play" not in ctx.text[lo : m.start()]:
        return False  # (cheap pre-test)
    found = _FIXTURE_BEFORE.search(ctx.text, lo, m.start())
    if found is None:
        return False
    before = ctx.text[max(0, found.start() - 10) : found.start()].split()
    return not (before and before[-1] in _NOT_A_SUBJECT_BEFORE)


def copula_before(m: re.Match[str], ctx: Context, reach: int = 40) -> bool:
    """Whether a present "is" or "are" comes right before the weekday at ``m`` ("The vote
    is on Sunday"), within ``reach`` characters."""
    return _COPULA_BEFORE.search(ctx.text, max(0, m.start() - reach), m.start()) is not None


def told_as_schedule(m: re.Match[str], ctx: Context) -> bool:
    """Whether the weekday at ``m`` is told as a schedule or a plan by the words right
    around it: "The vote is on Sunday", "The final is Saturday, organisers said", "I fly
    out on Wednesday"."""
    text, start = ctx.text, m.start()
    return bool(
        copula_before(m, ctx)
        or _COPULA_AT_AFTER.match(text, m.end())
        or _SCHEDULE_BEFORE.search(text, max(0, start - 24), start)
        or _FUTURATE_BEFORE.search(text, max(0, start - 40), start)
        or _opening_hours_before(m, ctx)
        or _fixture_before(m, ctx)
    )
