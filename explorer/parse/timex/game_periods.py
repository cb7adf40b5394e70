"""Halves and quarters of a game, not of a year: "scored early in the second half", "led by
14 in the fourth quarter". A half or quarter named without a year is a period of the
calendar only where its sentence is about money or the economy, not about a match."""

from __future__ import annotations

import re

from explorer.parse.timex.reading import Context
from explorer.parse.timex.story import _SENTENCE_END_ANY

# "the first half" names half a year only with no year written when its sentence is about
# money or the economy ("first-half profit", "sales will recover in the second half") and
# not about a match ("scored early in the second half").
_HALF_YEAR_CUE = re.compile(
    r"\b(?:profits?|revenues?|sales|earnings|results|growth|econom(?:y|ic|ies)|gdp"
    r"|inflation|output|margins?|loss(?:es)?|dividends?|forecasts?|outlook|guidance|fiscal"
    r"|budget|income|demand|prices|exports|imports|production|deliveries|orders|shipments"
    r"|investment|spending|quarters?|percent|billion|million)\b|[%$€£¥]",
    re.IGNORECASE,
)
_MATCH_CUE = re.compile(
    r"\b(?:minutes?|goals?|match|matches|game|games|scored|scoring|penalty|half-?time"
    r"|pitch|equali[sz]er|striker|referee|kick-?off|touchdowns?|innings|tries|stoppage"
    r"|header|keeper|goalkeeper|whistle|fans)\b",
    re.IGNORECASE,
)
_HALF_REACH = 150  # characters either side, within the sentence


def half_year_context(m: re.Match[str], ctx: Context) -> bool:
    lo, hi = sentence_around(m, ctx.text)
    if _MATCH_CUE.search(ctx.text, lo, hi):
        return False
    return _HALF_YEAR_CUE.search(ctx.text, lo, hi) is not None


def sentence_around(m: re.Match[str], text: str) -> tuple[int, int]:
    """The span of the sentence around ``m``, at most ``_HALF_REACH`` characters either side."""
    lo, hi = max(0, m.start() - _HALF_REACH), min(len(text), m.end() + _HALF_REACH)
    before = _SENTENCE_END_ANY.findall(text, lo, m.start())
    if before:
        lo = text.rfind(before[-1], lo, m.start()) + len(before[-1])
    after = _SENTENCE_END_ANY.search(text, m.end(), hi)
    if after is not None:
        hi = after.start()
    return lo, hi


# Words only a report of a game uses. Two different ones in a story make it one: "overtime"
# alone may be pay, "timeout" alone a computer's.
_GAME_WORD = re.compile(
    r"\b(?:half-?time|overtime|touchdowns?|three-pointers?|quarterbacks?|rebounds"
    r"|free throws?|field goals?|buzzer|tip-?off|timeouts?|interceptions?|fumbles?"
    r"|end zone|power play|penalty kill|layups?|dunks?)\b",
    re.IGNORECASE,
)


def game_quarter(m: re.Match[str], ctx: Context) -> bool:
    """A quarter without a year that is a period of a game: "led by 14 early in the fourth
    quarter", in a sentence with no word of money (outside the quarter itself) and either a
    word of a match in the sentence or two different game words in the story."""
    text = ctx.text
    lo, hi = sentence_around(m, text)
    money = _HALF_YEAR_CUE
    if money.search(text, lo, m.start()) or money.search(text, m.end(), hi):
        return False
    if _MATCH_CUE.search(text, lo, hi):
        return True
    return len({w.group().lower().replace("-", "") for w in _GAME_WORD.finditer(text)}) >= 2
