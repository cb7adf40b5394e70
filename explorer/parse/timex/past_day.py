"""A month-day its own clause tells as plainly gone ("He was arrested on Feb. 3.", "police
arrested him on Feb. 3", "On Jan. 5, the index rose"): the last such day, however near
ahead of publication it falls in the calendar.

A past-tense sentence may name a day a little after publication (a schedule: "extended the
offer to Nov. 20", "officials said the summit was held on April 24", a present schedule
shifted back by the reporting verb), so by default a past month-day up to
``day_choice.SHIFT_MARGIN_DAYS`` ahead stays in the coming weeks. A passive or an object
right before "on" the day, or the day opening its clause before a past verb, leaves no
room for a schedule: the event happened then. Under a reporting verb only a happening no
one schedules does ("said he was arrested on Feb. 3"; "said the summit was held" keeps it).
"""

from __future__ import annotations

import re
from datetime import date

from explorer.parse.timex import grammar as g
from explorer.parse.timex.calendar import safe_date
from explorer.parse.timex.day_choice import SHIFT_MARGIN_DAYS

# Participles of planning and moving ("was scheduled on", "were moved on"): a schedule,
# which may still be to come.
_PLAN_WORDS = frozenset(
    {"scheduled", "planned", "slated", "set", "expected", "due", "timetabled", "booked",
     "penciled", "pencilled", "earmarked", "billed", "fixed", "rescheduled", "postponed",
     "moved", "pushed", "brought", "delayed", "deferred", "shifted", "extended", "adjourned",
     "tabled", "called", "put", "likely", "supposed", "meant", "to"}
)  # fmt: skip
_PAST_WORDS = "|".join(w for w in g.PAST_CUES if w.isalpha() and w not in _PLAN_WORDS)
_IRREGULAR = frozenset(_PAST_WORDS.split("|")) | {
    "born", "taken", "seen", "beaten", "stolen", "given", "driven", "shaken", "written",
    "thrown", "frozen", "torn", "sworn", "hidden", "flown", "chosen", "broken", "known",
    "struck", "shot", "hit", "hurt", "cut", "bitten", "won", "arrested",
}  # fmt: skip
# Happenings no one schedules: under a reporting verb ("Police said he was arrested on Feb.
# 3") they are still gone, where "said the summit was held on April 24" may be a schedule.
_UNPLANNED = frozenset(
    {"arrested", "detained", "killed", "shot", "stabbed", "injured", "wounded", "hurt",
     "attacked", "assaulted", "robbed", "kidnapped", "abducted", "murdered", "beaten",
     "struck", "found", "seen", "born", "rescued", "captured", "stolen", "mugged", "raped"}
)  # fmt: skip
_ADVERB = r"(?:[a-z]+ly\s+)?"
# "was arrested on", "had been shot", "were last seen on": a passive past.
_PASSIVE_ON = re.compile(
    r"\b(?:was|were|had\s+been)\s+" + _ADVERB + r"(?:last\s+)?(?P<p>[a-z]+)\s+" + _ADVERB
    + r"(?:on\s+)?$"
)  # fmt: skip
# "arrested him on", "found them on": a past verb and its pronoun object.
_OBJECT_ON = re.compile(
    r"\b(?P<p>[a-z]+)\s+(?:him|her|them|it|us|me)\s+" + _ADVERB + r"(?:on\s+)?$"
)  # fmt: skip
# "On Jan. 5", opening a sentence or a clause after a semicolon.
_OPENING_ON = re.compile(r"(?:^|[.;!?]\s+|\n)[Oo]n\s+$")
# ... then, within a few words (no modal), a past verb: "On Jan. 5, the index rose".
_PAST_AFTER = re.compile(
    r",?\s+(?:(?!(?:will|would|shall|is|are|am|to|must|can|could|may|might|should)\b)"
    r"[\w'’-]+\s+){0,4}?(?:[a-z]{2,}ed|said|told|" + _PAST_WORDS + r")\b"
)
# A reporting verb earlier in the sentence: what follows may be a schedule backshifted.
_REPORTED = re.compile(r"\b(?:" + "|".join(g.REPORTING_CUES) + r")\b", re.IGNORECASE)
_LOOKBACK = 60  # characters before the day read for its verb
_SENTENCE_BACK = 240  # characters back looked at for a reporting verb


def _past(word: str) -> bool:
    return word not in _PLAN_WORDS and (word.endswith("ed") or word in _IRREGULAR)


def told_as_gone(text: str, start: int, end: int, published: date, month: int, day: int) -> bool:
    """Whether the month-day at ``start``..``end`` (in a past-tense clause) is told as an
    event gone by (see the module's doc). Only asked of a day that falls within the margin
    after publication: elsewhere the margin decides nothing."""
    d = safe_date(published.year, month, day)
    if d is not None and d <= published:
        d = safe_date(published.year + 1, month, day)
    if d is None or not 0 < (d - published).days <= SHIFT_MARGIN_DAYS:
        return False  # (cheap pre-test)
    lo = max(0, start - _LOOKBACK)
    verb = _PASSIVE_ON.search(text, lo, start) or _OBJECT_ON.search(text, lo, start)
    if verb is not None:
        if not _past(verb.group("p")):
            return False
        if verb.group("p") in _UNPLANNED:
            return True  # "Police said he was arrested on Feb. 3": no schedule
        at = verb.start()
    elif _OPENING_ON.search(text, max(0, start - 6), start) and _PAST_AFTER.match(text, end):
        at = start
    else:
        return False
    # (the sentence so far: no reporting verb before the verb)
    back = max(0, at - _SENTENCE_BACK)
    cut = max(text.rfind(". ", back, at), text.rfind("\n", back, at))
    return _REPORTED.search(text, max(back, cut + 1), at) is None
