"""When a statement was made: speech cues near a date ("said on Friday"), occasions
("at a meeting on Saturday"), "at the time", and replies in deeds ("responded by ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from explorer.model import (
    Attribution,
    ParsedArticle,
    Sentence,
    Timex,
)
from explorer.parse.actors.patterns import patterns
from explorer.parse.actors.speakers import statement_cue

# "said on Monday", "said in a statement on Monday", "told a news conference in Tokyo on
# Wednesday": at most this many words between the speech verb and its date, none of them a
# comma, quotation mark or "that"; after any verb but "tell" they start with a preposition
# (so "said samples were tested on Monday" dates the tests, not the statement).
_SPEECH_GAP_WORDS = 6
_SPEECH_GAP_FIRST = frozenset(
    [
        "on",
        "in",
        "at",
        "during",
        "after",
        "before",
        "late",
        "early",
        "earlier",
        "later",
        "from",
        "by",
        "to",
        "via",
        "through",
        "over",
        "outside",
        "inside",
        "while",
        "this",
        "last",
    ]
)
# An occasion where people speak, dated in the same clause: "at an emergency meeting of the
# Security Council on Saturday", "in an interview on Monday", "the ministers met in Vienna on
# Thursday". The statements after it (any speaker) were made there.
_OCCASION = re.compile(
    r"\b(?:(?:at|during|in|after|before|on the sidelines of)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:meeting|session|(?:news |press )?conference|briefing|summit|talks|hearing|debate"
    r"|interview|(?:phone |telephone )?call|speech|address|visit|ceremony|forum)"
    r"|spoke|met|addressed|briefed)\b",
    re.IGNORECASE,
)
# Cheap pre-test (case-sensitive: many times faster): a sentence without one of these words
# names no occasion.
_OCCASION_WORD = re.compile(
    r"meeting|session|conference|briefing|summit|talks|hearing|debate|interview|call|speech"
    r"|address|visit|ceremony|forum|spoke|met\b|briefed"
)
_OCCASION_GAP_AFTER = 8  # words at most between the occasion and its date after it
_OCCASION_GAP_BEFORE = 3  # ... and before it ("on Saturday at a meeting")
_OCCASION_REACH = 160  # characters before the date that can hold the occasion and its gap
CLAUSE_BREAK = re.compile(r"[,;:\"“”«»]")
# A sentence about a statement is one: "Mr Kerry's statement, after three days of talks, ..."
# A reply verb followed by "with" and no words ("responded with a statement"): a reply in
# deeds ("troops responded hours later with artillery", "retaliated with air strikes").
_REPLY_CUES = frozenset(
    ["responded", "responds", "replied", "replies", "answered", "answers", "hit back"]
)
_REPLY_IN_DEEDS = re.compile(
    r"(?:\s+(?!with\b)[\w-]+){0,3}?\s+with\s+(?!(?:(?:a|an|its|his|her|their|the|our|my)\s+)?"
    r"(?:statement|remark|comment|letter|tweet|post|message|word|question|silence|laughter"
    r"|laugh|shrug|criticism|call|plea|warning|denial|vow|pledge|threat|anger|defiance)s?\b)"
    r"[a-z]",
    re.IGNORECASE,
)
_STATEMENT_NOUN = re.compile(r"\b(?:statement|remarks|comments)\b", re.IGNORECASE)
_AT_THE_TIME = re.compile(r"\bat (?:the|that) time\b(?! of)", re.IGNORECASE)
# "at the time" ending an apposition that names a role ("X, the board's chief engineer at
# the time, said ..."): it dates the role, not the sentence.
_ROLE_APPOSITION = re.compile(r",\s*(?:the|a|an|then|his|her|its|their)\s[^,;:\"“”]*$", re.I)
_GAP_BREAK = re.compile(r"[,;:\"“”«»]|\bthat\b", re.IGNORECASE)


# Speech verbs whose object is what was said, a clause ("said the plant opened in 2019");
# other cues may take a noun for object ("announced 10.6 billion euros in aid on Tuesday",
# "unveiled new sanctions on Friday"), after which a date is still the cue's.
_CLAUSE_VERBS = ("say", "said", "add", "warn", "insist", "claim", "argue", "suggest", "believ")
# Words that open or carry a clause: after one, a date is the clause's ("announced it would
# close the plant on Friday", "confirmed the plant closed in 2019", "pledged to visit on
# Monday").
_CLAUSE_WORDS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "there",
        "who",
        "which",
        "what",
        "would",
        "will",
        "could",
        "can",
        "may",
        "might",
        "should",
        "must",
        "shall",
        "had",
        "has",
        "have",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "to",
        "not",
    ]
)


# ... if the date is a day's, after "on" or written as a day ("announced the plan Aug.
# 21"): not a period the object is measured over ("reported revenue of $21 billion last
# year", "reported a third-quarter loss"); nor where the cue is in a relative clause
# ("Corwin, which reports results on Thursday, rose 2%": the clause's own time), nor a
# verb in progress ("is calling for the redemption on Dec. 7": the redemption's day).
_DAY_DATE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d)"
)
_RELATIVE_OPENERS = frozenset(["which", "who", "that"])  # ("which had condemned")


def _noun_object(words: list[str]) -> bool:
    """Whether the words between a speech verb and a date are a noun phrase, no clause."""
    for word in words:
        low = word.lower().strip(".,;:()")
        if low in _CLAUSE_WORDS or (len(low) > 4 and low.endswith("ed")):
            return False
    return True


# A participle of speaking right before a date, in the same phrase: "speaking on Nov. 20",
# "Speaking to reporters in Oslo on Friday", "testifying before Congress on Tuesday".
_SPEAKING_BEFORE = re.compile(
    r"\b(?:[Ss]peaking|[Tt]alking|[Tt]estifying|[Ww]riting)\b[^,;:\"“”.!?]*$"
)
_SPEAKING_REACH = 60  # characters back from the date to the participle


def dates_speech(text: str, start: int, end: int, cue: Attribution) -> bool:
    """Whether a date belongs to the speech verb: "said on Monday", "on Monday said"."""
    if start >= cue.cue_end:
        words = text[cue.cue_end : start].split()
        if len(words) > _SPEECH_GAP_WORDS or _GAP_BREAK.search(text, cue.cue_end, start):
            return False
        verb = text[cue.cue_start : cue.cue_end].lower()
        tells = verb.startswith(("tell", "told"))
        return (
            not words
            or tells
            or words[0].lower() in _SPEECH_GAP_FIRST
            or (
                not verb.startswith(_CLAUSE_VERBS)
                and (words[-1] == "on" or _DAY_DATE.match(text, start) is not None)
                and not verb.split(" ", 1)[0].endswith("ing")  # ("is calling for")
                and not _RELATIVE_OPENERS.intersection(
                    text[cue.cue_start - 24 if cue.cue_start > 24 else 0 : cue.cue_start]
                    .lower()
                    .split()[-2:]
                )
                and _noun_object(words)
            )
        )
    if end <= cue.cue_start:
        gap = text[end : cue.cue_start]
        if gap.strip() == "," and "ing" in text[max(0, start - _SPEAKING_REACH) : start]:
            # "Piet Lund, speaking on Nov. 20, said ...": the day of the speaking is the
            # saying's
            return _SPEAKING_BEFORE.search(text, max(0, start - _SPEAKING_REACH), start) is not None
        return not gap.strip()
    return False


def _outside_quotes(parsed: ParsedArticle, at: int) -> bool:
    return not any(q.start <= at < q.end for q in parsed.quotes)


def dates_occasion(parsed: ParsedArticle, sent: Sentence, timex: Timex) -> bool:
    """Whether a date is that of an occasion where people speak, in the same clause (see
    ``_OCCASION``)."""
    text, start, end = parsed.article.text, timex.start, timex.end
    # only the words near the date can name its occasion (see the gaps above)
    lo, hi = max(sent.start, start - _OCCASION_REACH), min(sent.end, end + _OCCASION_REACH // 2)
    if _OCCASION_WORD.search(text, lo, hi) is None:
        return False
    for m in _OCCASION.finditer(text, lo, hi):
        if not _outside_quotes(parsed, m.start()):
            continue
        if start >= m.end():
            gap, most = text[m.end() : start], _OCCASION_GAP_AFTER
        elif end <= m.start():
            gap, most = text[end : m.start()], _OCCASION_GAP_BEFORE
        else:
            continue
        if len(gap.split()) <= most and not CLAUSE_BREAK.search(gap):
            return True
    return False


def _about_statement(parsed: ParsedArticle, sent: Sentence) -> bool:
    """Whether a sentence is about a statement ("Mr Kerry's statement ...")."""
    t = sent.text
    if "tatement" not in t and "emarks" not in t and "omments" not in t:  # cheap pre-test
        return False
    text = parsed.article.text
    m = _STATEMENT_NOUN.search(text, sent.start, sent.end)
    return m is not None and _outside_quotes(parsed, m.start())


def states(parsed: ParsedArticle, sent: Sentence) -> bool:
    """Whether a sentence without a speaker or quote is a statement all the same: a speech
    verb, or "his statement"."""
    return has_cue(parsed.article.text, sent) or _about_statement(parsed, sent)


def has_cue(text: str, sent: Sentence) -> bool:
    """Whether a sentence has a speech verb ("she added", "X denied") even when the parser
    could not tell whose; a reply in deeds is none ("troops responded with artillery"), nor
    is a rejection of no statement ("the council rejected the plan": a vote)."""
    for m in patterns().cue.finditer(text, sent.start, sent.end):
        if reply_in_deeds(text, m.start(), m.end()):
            continue
        if not statement_cue(text, m.group().lower(), m.end()):
            continue  # "The city council rejected it at first": a vote, no statement
        return True
    return False


def reply_in_deeds(text: str, start: int, end: int) -> bool:
    """Whether the speech verb at text[start:end] replies in deeds, no words: "troops
    responded hours later with artillery" (not "responded with a statement")."""
    return text[start:end].lower() in _REPLY_CUES and _REPLY_IN_DEEDS.match(text, end) is not None


def says_at_the_time(parsed: ParsedArticle, sent: Sentence) -> bool:
    """Whether a sentence says "at the time" (or "at that time") outside a quote."""
    if "time" not in sent.text:
        return False
    text = parsed.article.text
    for m in _AT_THE_TIME.finditer(text, sent.start, sent.end):
        if any(q.start <= m.start() < q.end for q in parsed.quotes):
            continue
        if text.startswith(",", m.end()) and _ROLE_APPOSITION.search(
            text, max(sent.start, m.start() - 80), m.start()
        ):
            continue
        return True
    return False


_ACCORDING = ("according", "According")
# Speech verbs that are as often nouns ("arrested in several states since 1990"): without a
# speaker the parser found, they are not taken for one.
_NOUN_CUES = frozenset(["states", "claims", "reports", "notes", "demands", "calls for", "calls on"])


def speech_cues(
    parsed: ParsedArticle, sent: Sentence, cues: Sequence[Attribution]
) -> list[Attribution]:
    """The speech verbs of a sentence: those the parser gave a speaker, else any outside
    quotes; "according to" is no speech (its dates are its source's: "according to figures
    released on Monday")."""
    text = parsed.article.text
    found = list(cues)
    if not found:
        found = [
            Attribution(-1, "", m.start(), m.end())
            for m in patterns().cue.finditer(text, sent.start, sent.end)
            if m.group().lower() not in _NOUN_CUES and _outside_quotes(parsed, m.start())
        ]
    return [c for c in found if not text.startswith(_ACCORDING, c.cue_start)]


# Verbs after "to" that make it an infinitive, not a speech verb's listener or place.
_INFINITIVES = frozenset(["have", "be", "been", "know", "want", "do", "make", "see"])
_SUBJECT_WORDS = frozenset(["he", "she", "it", "they", "we", "i", "you", "that", "there"])


def ends_sentence(text: str, sent: Sentence, cue: Attribution) -> bool:
    """Whether a speech verb closes its sentence, after what it reports: "..., police
    said.", "..., said Lopez.", "..., she told reporters.", "..., the ministry said in a
    statement." (not "On Monday, the minister said he would resign")."""
    if text[sent.start : cue.cue_start].rstrip().endswith((",", "”", '"', "’")):
        return True  # inverted: "..., said the minister"
    tail = text[cue.cue_end : sent.end].strip().rstrip('.!?”"’').split()
    if not tail:
        return True
    lowered = [w.lower().strip(",") for w in tail]
    if _SUBJECT_WORDS.intersection(lowered):
        return False
    if lowered[0] in _SPEECH_GAP_FIRST:
        if lowered[0] == "to" and len(lowered) > 1 and lowered[1] in _INFINITIVES:
            return False  # "the regions Moscow claims to have annexed": no "said to reporters"
        return len(tail) <= _SPEECH_GAP_WORDS
    tells = text[cue.cue_start : cue.cue_end].lower().startswith(("tell", "told"))
    return tells and len(tail) <= 3
