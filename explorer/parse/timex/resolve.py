"""Anchoring: the tense of the sentence around an expression (:class:`TenseReader`), by
which the news-reading rules of :mod:`explorer.parse.timex.day_choice` pick a calendar
date for words that name none ("Friday", "September 12")."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from enum import Enum
from typing import Final

from explorer.model import Sentence
from explorer.parse.timex import grammar as g
from explorer.parse.timex.cue_words import MAYBE_NO_CUE, no_tense_cue
from explorer.parse.timex.detect import _trie
from explorer.parse.timex.headline_feast import headline_future
from explorer.parse.timex.noun_cues import NOUN_CUES, noun_cue


class Tense(Enum):
    PAST = "past"
    NONE = "none"
    FUTURE = "future"


def _words(words: Sequence[str]) -> str:
    """The words, longest preferred, as a prefix trie (quicker to reject than a list)."""
    return "(?:" + _trie(set(words)) + ")"


_CUE = re.compile(
    rf"(?<![\w'’])(?:(?P<fut>{_words(g.FUTURE_CUES)})|(?P<rep>{_words(g.REPORTING_CUES)})"
    rf"|(?P<past>{_words(g.PAST_CUES)})|(?P<ed>[a-z]{{2,}}ed))(?![\w'’])|(?P<ll>['’]ll)(?!\w)",
    re.IGNORECASE,
)
_KIND = {"ed": "past", "ll": "fut"}
# A modal, "to" or "did" (and an adverb or "not") before a verb whose past is its base form.
_MODAL_BEFORE = re.compile(
    r"(?:\b(?:will|would|could|can|may|might|must|shall|should|to|did|does|do|not)|['’]ll"
    r"|n['’]t)\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# A modal before "have" and a participle is a past that did not (or may have) happened:
# "Wednesday's vote would have been lost", "the plane could have landed on Friday", not
# a future ("would have to pay on Friday" is an obligation still to come).
# What was expected is to come only when told back under a reporting verb ("said more snow
# was expected on Thursday"); alone it may be gone ("was expected on Thursday but never came").
_EXPECTED_BACK: Final = frozenset({"was expected", "were expected"})
_MODAL_PERFECT_MODALS: Final = frozenset({"would", "could", "might", "should", "must", "may"})
_MODAL_PERFECT = re.compile(
    r"\s+(?:not\s+|never\s+)?have\s+(?!to\b)(?:been\s+)?[a-z]+", re.IGNORECASE
)
# Promises and threats, future cues for what comes after them (grammar.FUTURE_CUES).
_PROMISES: Final = frozenset(
    {"threatened to", "threatens to", "threaten to", "vowed to", "vows to", "pledged to"}
    | {"promised to", "threatening", "threatened a", "threatened an", "threatened more"}
    | {"threatened further", "threatened new", "threatened fresh", "warned of", "warning of"}
    | {"warns of"}
)
_WINDOW = 200
_FAR = 1 << 30  # the gap to a verb when no verb decided the tense
_LONGEST_SENTENCE = 3000  # characters; longer ones are text without sentence ends
_LONG_BLOCK = 1000
# A word ending in -ed after a determiner is an adjective ("a planned merger", "the
# alleged plot"); one followed by an agent is a participle ("markets untouched by the
# crisis"): neither is a past-tense verb.
_DETERMINER = re.compile(
    r"\b(?:a|an|the|its|his|her|their|our|this|that|these|those|with|of|in|for|from|into)"
    r"\s+(?:\w+ly\s+|still\s+)?$",
    re.IGNORECASE,
)
_DETERMINER_JUST_BEFORE = re.compile(
    r"\b(?:a|an|the|its|his|her|their|our|this|that|my|your)\s+$", re.IGNORECASE
)
# ... an article or possessive, then a past participle and a noun: "the lost slots".
_POSSESSIVE_JUST_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|our|my|your)\s+$", re.I)
_NOUN_AFTER = re.compile(r" [a-z]+\b(?<!\bby)(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bto)")
# ... or, for a word that is often a noun, with one word between that is no plural noun
# ("a fresh start on Friday", "his state visit"; not "the holidays start on Saturday").
_DETERMINER_AND_WORD_BEFORE = re.compile(
    r"\b(?:a|an|the|its|his|her|their|our|this|that|my|your)\s+[\w-]*[^\Ws]\s+$",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\s+by\s+(?:the|a|an|[A-Z])\b")
# A preposition or verb right after a word that is a noun as well as a past verb: the noun
# ("a wider spread in March", "the cost of the repairs was").
_NOUN_FOLLOWS = re.compile(
    r"\s+(?:in|on|at|of|for|from|into|is|was|will|would|has|had|and|or)\b|\s*[,.;:]"
)
# A relative clause after a comma: its verb does not govern the rest of the sentence.
_ASIDE_START = re.compile(
    # (and a participle with its time: "The rule, introduced in 2022, allows ...")
    r",\s+(?:which|who|whose)\b|,\s+[a-z]{3,}ed\s+(?:in|on|last|earlier)\s"
)
_ASIDE_WORDS = ("which", "who", "ed in ", "ed on ", "ed last ", "ed earlier ")
# A comma that does not close such a clause: one before a name set off by commas ("in
# Belém, Brazil, in November"), a year ("on Jan. 5, 2020") or a preposition ("in Belém,
# in November").
_ASIDE_GOES_ON = re.compile(
    r",\s+(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*(?=,|\s*$)|\d{4}\b"
    r"|(?:in|on|at|for|from|during|by|to|with|after|before|until|near)\s)"
)
_COMMA = re.compile(r"[,;]")
# ... but a comma after a month-day and before another month does close it: "for its fourth
# quarter, which ended on Dec. 26, in late January" (the month is the main clause's).
_DAY_BEFORE_COMMA = re.compile(r"[A-Z][a-z]{2,8}\.?\s+[0-3]?\d$")
_MONTH_AFTER_COMMA = re.compile(
    r",\s+(?:in|by|from|until)\s+(?:early\s+|late\s+|mid-?)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
    r"|Sep|Oct|Nov|Dec)[a-z]*\b"
)
# Clause ends inside a sentence, so that a time expression takes its tense from the verbs of
# its own clause:
# - an attribution tail: "X will meet on Friday, his office said." / "..., according to X"
# - the clause a reporting verb introduces: "X told reporters on Wednesday that disputes
#   should be settled", "X said Friday: ..."
# - a semicolon.
# (found among the tense cues of the sentence, so a sentence without one costs nothing)
_REPORT_VERBS: Final = frozenset(
    {"said", "says", "told", "added", "reported", "announced", "stated", "noted", "explained",
     "warned", "insisted", "argued", "claimed", "confirmed", "stressed", "acknowledged",
     "recalled", "predicted"}
)  # fmt: skip
# Before the verb of a tail: a comma and at most six words ("..., the foreign ministry said").
_TAIL_HEAD = re.compile(r"[,;][\"”’']?\s+(?:(?!that\b)[\w’'.-]+\s+){0,6}$")
# After it: a few words to the end of the sentence or the next comma ("said in a statement.").
_TAIL_END = re.compile(r"[^,;:“\"]{0,60}?[\"”’']*\s*(?=[,.;!?]|$)")
_ACCORDING = re.compile(r"[,;][\"”’']?\s+according\s+to\b[^,;:“\"]{0,90}?(?=[,.;!?]|$)")
# The clause a reporting verb introduces: "told a news conference on Wednesday that ...".
_REPORTED_CLAUSE = re.compile(r"[^.;:“\"]{0,80}?(?:\b(?P<that>that)\b|(?P<p>[:“]))")
# "will be held", "will stay closed", "would remain shut": the verb before carries the tense.
# A present copula before a participle: a state now ("is all but closed", "are now
# banned"), no past.
# A time clause's opening ("as it crossed", "when the front reached") and a "would"
# before it in the sentence: the past verb of the time clause is the future of a report;
# so is a condition's ("would ballot again if the remaining disputes were not resolved by
# the end of January": a January to come).
_BACKSHIFT_LEAD = re.compile(
    r"\b(?:as|when|once|after|before|until|while|if|unless)\s+"
    r"(?:it|he|she|they|we|the\s+(?:[a-z]+\s+)?[a-z]+)\s+$",
    re.IGNORECASE,
)
_BACKSHIFT_MODAL = re.compile(r"\bwould\s+(?!have\b)", re.IGNORECASE)
_PRESENT_STATE = re.compile(
    r"\b(?:is|are|am|remains?|stays?|seems?)\s+(?:(?:all\s+but|now|still|already|\w+ly)\s+)?$",
    re.IGNORECASE,
)
# "be" right before a reporting verb makes it a passive whose tense is the modal's ("will be
# announced", "is to be reported"), not a saying that opens a clause.
_BE_BEFORE = re.compile(r"\bbe\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# A count's unit right before "earlier"/"later": "a few weeks earlier".
_UNITS_BEFORE = re.compile(
    r"\b(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+$", re.IGNORECASE
)
_PASSIVE = re.compile(
    r"\b(?:be|been|being|is|are|am|stay|stays|remain|remains|become|becomes)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
# What lies between now and a time is ahead: "between now and the Christmas recess", "from
# now until March".
_FROM_NOW_TO = re.compile(
    r"\b(?:between\s+now\s+and|from\s+now\s+(?:until|till|to|through))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A warning or forecast is about what is to come: a date in its object ("warned of heavy
# rain on Sunday", "predicted that talks would resume Monday") lies ahead, while one
# right after the verb dates the warning itself ("warned on Thursday").
_FORECAST = re.compile(
    r"(?<![\w'’])(?:(?:warned|warns|warn)\s+(?:of|about|that)"
    r"|(?:predicted|predicts|forecast|forecasts|feared|fears)\s+that"
    # ("urged residents to stay off the roads from midnight Tuesday": advice is for later)
    r"|(?:urged|urges|advised|advises|encouraged|encourages)\s+(?:[\w'’-]+\s+){1,3}?to\s+[a-z]+"
    # ("AAA said its forecast covered the five days from Wednesday to Sunday")
    r"|(?:its|their|the)\s+forecasts?\s+(?:covered|covers|spanned|spans)"
    r")\b[^.;]*$",
    re.IGNORECASE,
)
# A date an act sets something for is the target, to come whatever the act's tense: "set
# sentencing for Sept. 18", "postponed the vote to Monday", "adjourned the case until May 4";
# so is the day a forecast is for ("forecast more heavy rain for Monday").
_TARGET = re.compile(
    r"(?<![\w'’])(?:set|sets|scheduled|schedules|rescheduled|reschedules|postponed|postpones"
    r"|delayed|delays|adjourned|adjourns|deferred|defers|pushed\s+back|put\s+off"
    r"|brought\s+forward|moved|moves|forecast|forecasts|forecasted|predicted|predicts)"
    r"\s+(?:[\w'’-]+\s+){0,5}?(?:for|to|until|till)"
    r"\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]+\s+(?:and|or)\s+)?$",
    re.IGNORECASE,
)
# A date something is due by is to come, whatever the sentence's tense ("setting up a
# ruling due by the end of June", "a report due in March").
_DUE_BY = re.compile(r"(?<![\w'’])due\s+(?:by|in|on|before)\s+$", re.IGNORECASE)
# (cheap pre-test; also the second of two days: "rain for Monday and Tuesday")
_TARGET_PREP = re.compile(
    r"(?:for|to|until|till)\s+(?:\w+[\s-]+)?(?:[A-Z][a-z]+\s+(?:and|or)\s+)?$", re.IGNORECASE
)
# "could" names a possibility to come only when it governs the expression, unnegated
# and active ("could come as early as Tuesday").
_IF_SUBJECT = re.compile(r"\bif\s+(?:[\w'’]+\s+){1,2}$", re.IGNORECASE)
_CONDITIONAL = re.compile(r"\b(?:would|could|might)\b|\w['’]d\b", re.IGNORECASE)
_CONDITIONAL_PAST = re.compile(r"\b(?:would|could|might)(?:\s+not|n['’]t)?\s+have\b|['’]d\s+have\b")
_COULD_PAST = re.compile(r"\s+(?:not|never|n't|be|have)\b", re.IGNORECASE)
# "did not arrive until Friday", "was not completed until Sunday": a negated past makes
# "until" name the day it finally happened, not a deadline to come.
_NEGATED_PAST = re.compile(
    r"\b(?:(?:did|was|were|had|could)\s+(?:not|never)|didn't|wasn't|weren't|hadn't|couldn't"
    r"|did\s+n't|was\s+n't|were\s+n't|had\s+n't)\b[^.;]*$",
    re.IGNORECASE,
)


# A plan given up or overtaken: "the summit, originally planned for June, was called off",
# "It was first due to start in April, but was postponed", "had been scheduled for Monday":
# the date it was set for, not one to come.
_FORMER_PLAN = re.compile(
    r"\b(?:(?:originally|initially|first|previously)\s+(?:been\s+)?|had\s+been\s+)"
    r"(?:due|scheduled|planned|set|slated|expected|meant|supposed)\b[^.;:!?,]{0,40}$",
    re.IGNORECASE,
)
# A coordinated clause of its own between a verb and a date: ", and a team", "; the".
# (also a verb of looking ahead joined by "and": "said it had added trains and expected its
# busiest day to be the Sunday after Thanksgiving" is an expectation now, no deadline gone)
_NEW_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:a|an|the|its|his|her|their|it|he|she|they)\b|;"
    r"|\b(?:and|but)\s+(?:now\s+|still\s+)?(?:expected|expects|hoped|hopes|planned|plans"
    r"|intended|intends|aimed|aims|predicted|predicts|forecast|forecasts)\b"
)
# A condition in the present with no past verb ("If Lund lose on Saturday, the title could
# be decided", "unless talks resume on Monday"): what it names is still to come.
_OPEN_CONDITION = re.compile(r"(?<![\w'’])(?:if|unless)\s+[^,;:.!?]*$", re.IGNORECASE)
# "the rain barely stopped until Saturday", "a session that ran until after 10 p.m. on
# Monday": a past verb of something that goes on makes "until" name the day it ended, not a
# deadline to come ("was extended until Monday", "were closed until Friday" stay deadlines).
# A state that held until the day, told in the past ("The order was in place until
# Thursday", "the road was closed until Friday"); not in reported speech, whose past may
# be the present told back ("police said the road was closed until Friday").
_STATE_UNTIL = re.compile(
    r"\b(?:was|were)\s+(?:still\s+)?(?:in\s+place|in\s+force|in\s+effect|closed|shut"
    r"|suspended|valid|open|banned)\s+$",
    re.IGNORECASE,
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|tells|announced|added|stated)\b", re.IGNORECASE)
_LASTED_UNTIL = re.compile(
    r"\b(?:ran|lasted|continued|went\s+on|dragged\s+on|carried\s+on|stayed|remained|waited"
    r"|worked|fought|raged|burned|burnt|smouldered|talked|sat|stopped|rained|poured|queued"
    r"|partied|played|slept|hid|negotiated|debated|danced|celebrated|lingered|persisted"
    r"|stretched|held\s+out|kept|searched|marched|prayed|sang|took)"
    r"(?:\s+(?!until\b|till\b)[\w'’.-]+){0,6}\s+$",
    re.IGNORECASE,
)


# A clause that opens with an imperative: a verb in its base form that gives orders or
# pleas, then a word that only follows such a verb ("Give us", "Stay home", "Do not",
# "Call the") — so a noun that opens a sentence ("Calls for ...", "Leave was cancelled",
# "Return flights were full") is none.
_IMPERATIVE = re.compile(
    r"[\s,:;\"“‘']*(?:Please\s+)?(?:(?:[Dd]o|Please)\s+not\b|Don['’]t\b|Never\s+[a-z]+\b"
    r"|(?:Give|Stay|Call|Wait|Come|Go|Keep|Let|Take|Make|Leave|Avoid|Check|Stop|Remember|Get"
    r"|Bring|Send|Tell|Help|Return|Follow|Try|Look|Watch|Listen|Be|Join|Book|Visit|Prepare"
    r"|Head|Allow|Hold|Move|Evacuate)"
    r"\s+(?:us|me|him|her|them|it|the|your|this|that|these|those|home|away|indoors|inside"
    r"|out|calm|safe|until|back|off|up|careful|ready|patient|alert|clear)\b)"
)


def opening_until_past(
    text: str, cues: Sequence[tuple[int, int, str]], lo: int, until_at: int, end: int
) -> bool:
    """Whether "until" opens its sentence or clause and the first verb after the date is
    past: "Until Friday afternoon, I believed we would make it" tells of a time gone by."""
    if text[lo:until_at].strip(" \"“‘'") or not text.startswith(",", end):
        return False
    after = [c for c in cues if c[0] >= end]
    return bool(after) and min(after)[2] in ("past", "pp", "cf")


class TenseReader:
    """Tense at a span, from the verbs of its own clause: the nearest tense cue before it
    in the clause wins, else the nearest after it. Attribution tails (", his office said"),
    clauses after a reporting verb ("told reporters that ...") and relative clauses
    (", which ...") are clauses of their own. A clause without a cue takes the nearest cue
    in the sentence (a relative clause without one is in the present)."""

    __slots__ = (
        "_cache",
        "_clauses",
        "_ends",
        "_gap",
        "_reports",
        "_sentences",
        "_starts",
        "_text",
    )

    def __init__(self, text: str, sentences: Sequence[Sentence]) -> None:
        self._text = text
        self._sentences = [s for s in sentences if 0 <= s.start <= s.end <= len(text)]
        self._sentences.sort(key=lambda s: s.start)
        self._starts = [s.start for s in self._sentences]
        self._ends = [s.end for s in self._sentences]
        self._cache: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        # per sentence: its reporting verbs (start, end), its relative clauses and where its
        # other clauses begin and end
        self._reports: dict[tuple[int, int], list[tuple[int, int]]] = {}
        self._clauses: dict[tuple[int, int], tuple[list[tuple[int, int]], list[int]]] = {}
        self._gap: tuple[int, int, int] = (-1, -1, _FAR)

    def sentence_span(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._ends[i]:
            start, end = self._starts[i], self._ends[i]
            if end - start <= _LONGEST_SENTENCE:
                return start, end
            # A "sentence" longer than any real one (text with no full stops): read the tense
            # in an aligned block around pos, so each expression costs the same however
            # long the line is (the cue cache is shared within a block).
            lo = max(start, (pos // _LONG_BLOCK) * _LONG_BLOCK - _LONG_BLOCK // 2)
            return lo, min(end, lo + 2 * _LONG_BLOCK)
        # Outside any sentence: a fixed block around pos (aligned, so the cue cache is shared).
        lo = max(0, (pos // _WINDOW) * _WINDOW - _WINDOW // 2)
        return lo, min(len(self._text), lo + 2 * _WINDOW)

    def _cues(self, span: tuple[int, int]) -> list[tuple[int, int, str]]:
        cues = self._cache.get(span)
        if cues is None:
            cues = []
            text = self._text
            # (cheap pre-test for the sequence of tenses below: a "would" in the sentence)
            would = text.find("ould", span[0], span[1]) >= 0
            participle = -1  # where the participle after a modal perfect ends
            for m in _CUE.finditer(text, span[0], span[1]):
                kind = m.lastgroup or ""
                if m.start() < participle and kind in ("ed", "past"):
                    continue  # "would have triggered": the modal decides
                word = " ".join(m.group().lower().split())
                if kind == "ed" and (
                    word in g.NOT_PAST_ED
                    or _DETERMINER.search(text, max(0, m.start() - 24), m.start())
                    or _AGENT.match(text, m.end())
                    or _PRESENT_STATE.search(text, max(0, m.start() - 24), m.start())
                ):
                    # "a planned merger", "markets untouched by the crisis", "the door to a
                    # cut in February is all but closed" (a present state)
                    continue
                if (
                    would
                    and kind in ("ed", "past")
                    and _BACKSHIFT_LEAD.search(text, max(span[0], m.start() - 28), m.start())
                    and _BACKSHIFT_MODAL.search(text, max(span[0], m.start() - 90), m.start())
                ):
                    # "would deepen as it crossed Nebraska on Wednesday": a time clause under
                    # "would" is in the past only by the sequence of tenses; "would" decides
                    continue
                if m.group() == "May":  # the month, not the modal
                    continue
                if kind in ("ed", "past") and m.start() > 0 and text[m.start() - 1] == "-":
                    continue  # "second-placed Valby", "the Saudi-led coalition": adjectives
                if word in g.SCHEDULE_NOUNS and (
                    (m.start() > 0 and text[m.start() - 1] in "-/")
                    or text[m.end() : m.end() + 1] == "-"
                ):
                    continue  # "year-end results", "a start-up fair": nouns, no schedule
                if word in MAYBE_NO_CUE and no_tense_cue(text, word, m.start(), m.end()):
                    continue  # "next to the embassy", "the last on Dec. 17", "days left"
                kind = _KIND.get(kind, kind)
                if word in NOUN_CUES and noun_cue(text, m.start()):
                    continue  # "Varnell beat forecasts as ... profit rose": the noun
                if (
                    kind == "past"
                    and word in g.BASE_FORM_PAST
                    and _MODAL_BEFORE.search(text, max(0, m.start() - 24), m.start())
                ):
                    continue  # "France will put ...", "could hit": the base form, no past
                if (
                    kind == "past"
                    and word in g.BASE_FORM_PAST_NOUNS
                    and (
                        _NOUN_FOLLOWS.match(text, m.end())
                        or _DETERMINER_JUST_BEFORE.search(text, max(0, m.start() - 8), m.start())
                    )
                ):
                    continue  # "the cost in March", "a wider spread": the noun
                if (
                    kind == "past"
                    and word in g.PARTICIPLE_ADJECTIVES
                    and _POSSESSIVE_JUST_BEFORE.search(text, max(0, m.start() - 8), m.start())
                    and _NOUN_AFTER.match(text, m.end())
                ):
                    continue  # "fill the lost slots by the start of the summer": an adjective
                if kind == "past" and (
                    text[m.end() : m.end() + 1] == "-" or text[m.start() - 1 : m.start()] == "-"
                ):
                    continue  # "two sold-out nights", "a long-awaited vote": an adjective
                if kind == "past" and _PASSIVE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "will be held": the auxiliary carries the tense
                if kind == "rep" and _BE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                    continue  # "will be announced on Thursday": a passive, no telling gone
                if kind == "past" and word in _REPORT_VERBS:
                    kind = "rep"  # "warned", "noted": reporting verbs, which open clauses
                if word in g.BASE_FORM_FUTURE and (
                    _MODAL_BEFORE.search(text, max(0, m.start() - 24), m.start())
                    or _DETERMINER_JUST_BEFORE.search(text, max(0, m.start() - 8), m.start())
                    or (
                        word in g.SCHEDULE_NOUNS
                        and _DETERMINER_AND_WORD_BEFORE.search(
                            text, max(0, m.start() - 30), m.start()
                        )
                    )
                ):
                    continue  # "failed to meet", "his visit", "a fresh start": no schedule
                if (
                    kind == "fut"
                    and word in _MODAL_PERFECT_MODALS
                    and (perfect := _MODAL_PERFECT.match(text, m.end()))
                ):
                    # "would have been lost": a counterfactual, a past if before its time
                    # ("Wednesday's vote would have been lost"), no tense for a time after
                    # it ("a deadline that would have triggered a shutdown over Christmas")
                    kind, participle = "cf", perfect.end()
                elif kind == "fut" and text[max(0, m.start() - 5) : m.start()].lower() == "used ":
                    kind = "past"  # "what used to be her kitchen": a past habit, no future
                elif word in _EXPECTED_BACK and not self._reports.get(span):
                    kind = "past"  # "was expected on Thursday but never came": no saying
                elif kind == "fut" and word in g.WEAK_FUTURE_CUES:
                    kind = "wfut"
                elif kind == "past" and word in g.PAST_PERFECT_CUES:
                    kind = "pp"
                cues.append((m.start(), m.end(), kind))
                if kind == "rep":
                    self._reports.setdefault(span, []).append((m.start(), m.end()))
            if any(c[2] in ("fut", "wfut") for c in cues):
                # "is due to arrive a few weeks earlier, in February": a count before
                # "earlier" counts back from a time to come, no past
                cues = [
                    c
                    for c in cues
                    if not (
                        c[2] == "past"
                        and text[c[0] : c[1]].lower() == "earlier"
                        and _UNITS_BEFORE.search(text, max(0, c[0] - 12), c[0])
                    )
                ]
            self._cache[span] = cues
        return cues

    def _aside_spans(self, span: tuple[int, int]) -> list[tuple[int, int]]:
        """Relative clauses (", which ...", ", who ...") in the sentence, as (start, end)."""
        asides: list[tuple[int, int]] = []
        text, hi = self._text, span[1]
        if all(text.find(w, *span) < 0 for w in _ASIDE_WORDS):
            return asides  # (cheap pre-test)
        for a in _ASIDE_START.finditer(text, *span):
            close = hi
            for c in _COMMA.finditer(text, a.end(), hi):
                if (
                    c.group() == ";"
                    or not _ASIDE_GOES_ON.match(text, c.start(), hi)
                    or (
                        _MONTH_AFTER_COMMA.match(text, c.start(), hi)
                        and _DAY_BEFORE_COMMA.search(text, a.end(), c.start())
                    )
                ):
                    close = c.start() + 1
                    break
            asides.append((a.start(), close))
        return asides

    def _clause_cuts(self, span: tuple[int, int]) -> list[int]:
        """Where clauses begin and end inside the sentence (sorted positions)."""
        text = self._text
        lo, hi = span
        reports = self._reports.get(span)
        according = text.find("ccording", lo, hi) >= 0
        but = text.find(", but ", lo, hi)
        if reports is None and not according and but < 0:
            return []
        found: set[int] = set()
        while but >= 0:
            # "April has been better than anyone feared, but May and June are another
            # story": a clause of its own, with its own verb
            found.add(but + 2)
            but = text.find(", but ", but + 6, hi)
        for cs, ce in reports or ():
            head = _TAIL_HEAD.search(text, max(lo, cs - 80), cs)
            tail = _TAIL_END.match(text, ce, hi) if head is not None else None
            if (
                head is not None
                and tail is not None
                and not text[head.start() + 1 : cs].strip(" \"”’'")
                and any(ce < c[0] and c[1] <= tail.end() for c in self._cues(span))
            ):
                # "Halvard, whose term ends in 2028, said wage growth was still too high,
                # ...": a verb after ", said" opens what was said, no attribution tail
                tail = None
            if head is not None and tail is not None:
                found.update((head.start(), tail.end()))  # ", his office said."
            r = _REPORTED_CLAUSE.match(text, ce, hi)
            if r is not None:
                found.add(r.start("that") if r.group("that") else r.start("p"))
        if according:
            for t in _ACCORDING.finditer(text, lo, hi):
                found.update((t.start(), t.end()))
        return sorted(found)

    def at(self, start: int, end: int) -> Tense:
        span = self.sentence_span(start)
        lo, hi = span
        all_cues = self._cues(span)
        cues = all_cues
        inside = False
        outside: list[tuple[int, int]] = []
        clauses = self._clauses.get(span)
        if clauses is None:
            clauses = self._clauses[span] = (self._aside_spans(span), self._clause_cuts(span))
        asides, cuts = clauses
        for a, b in asides:
            if a <= start < b:
                lo, hi, inside = a, b, True
            else:
                outside.append((a, b))
        if not inside:
            for c in cuts:
                if c <= start:
                    lo = c
                elif c >= end:
                    hi = c
                    break
        if outside:
            all_cues = [c for c in all_cues if not any(a <= c[0] < b for a, b in outside)]
            cues = all_cues
        if (lo, hi) != span:
            cues = [c for c in cues if lo <= c[0] and c[1] <= hi]
        decided = self._decide(cues, start, end, span, lo, True)
        if decided is None and not inside and _IMPERATIVE.match(self._text, lo, start):
            # "Give us the weekend.", "Stay indoors until Friday, police said": an order or a
            # plea is about what is to come
            self._gap = (start, end, _FAR)
            return Tense.FUTURE
        if (
            decided is None
            and not inside
            and self._text.startswith("but ", lo)
            and _PRESENT_VERB.search(self._text, lo, hi) is not None
        ):
            # "..., but May and June are another story": a clause of its own in the present
            self._gap = (start, end, _FAR)
            return Tense.NONE
        if decided is None and not inside and cues is not all_cues:
            # No verb in the expression's own clause: the nearest in the sentence (not one
            # of an "according to" aside: "is expected to peak, according to modelling
            # published on Monday, and to end by mid-February" looks ahead).
            if self._text.find("ccording", *span) >= 0:
                asides = [(t.start(), t.end()) for t in _ACCORDING.finditer(self._text, *span)]
                all_cues = [c for c in all_cues if not any(a <= c[0] < b for a, b in asides)]
            decided = self._decide(all_cues, start, end, span, span[0], False)
        if decided is None:
            self._gap = (start, end, _FAR)
            if _OPEN_CONDITION.search(self._text, max(span[0], start - 80), start):
                return Tense.FUTURE  # "If Lund lose on Saturday, ...": a condition still open
            # (inside a relative clause, the present: "which are held in May")
            return Tense.NONE
        self._gap = (start, end, decided[1])
        return decided[0]

    def gap(self, start: int, end: int) -> int:
        """Characters between the expression and the verb that gave it its tense (read by
        the last ``at`` call for the same span; very large if no verb decided)."""
        if self._gap[:2] != (start, end):
            self.at(start, end)
        return self._gap[2]

    def _decide(
        self,
        cues: list[tuple[int, int, str]],
        start: int,
        end: int,
        span: tuple[int, int],
        lo: int,
        prefer_before: bool,
    ) -> tuple[Tense, int] | None:
        """The tense the cues give an expression at [start, end), and how far away the
        deciding cue is; None if they give none.

        With ``prefer_before`` the nearest cue before the expression wins, else the nearest
        after it; otherwise the nearest on either side.
        """
        text = self._text
        subject = self._reported_subject(cues, start, end)
        if subject is not None:
            return subject
        best: tuple[int, str, int] | None = None  # (rank, kind, distance)
        reported = past_perfect = strong_future = perfect_before = False
        until_at = -1
        for cs, ce, kind in cues:
            if cs >= start and ce <= end:
                continue
            if (
                kind == "past"
                and _IF_SUBJECT.search(text, max(lo, cs - 24), cs)
                and _CONDITIONAL.search(text, span[0], span[1])
                and not _CONDITIONAL_PAST.search(text, span[0], span[1])
            ):
                # "I'd be surprised if we got through the summer": a past of a condition
                # under "would" is no past (the summer is ahead)
                kind = "wfut"
            if (
                kind == "wfut"
                and text[cs:ce].lower() == "could"
                and ((cs >= end and text[end:cs].strip()) or _COULD_PAST.match(text, ce))
            ):
                # "could come as early as Tuesday" and "Lows on Saturday could drop" look
                # ahead; "could not stop the bullet ... Friday night", "could be located
                # Wednesday" and "warnings on Thursday that strikes could do harm" are past
                # or say nothing of the date
                continue
            if (kind == "fut" or kind == "wfut") and cs >= end and text[cs:ce].lower() in _PROMISES:
                # "Burhan, speaking to troops on Wednesday, vowed to fight", "Gantz Sunday
                # warned of war": a promise or a threat after the expression looks ahead
                # only from itself; its verb is the past
                if not text[cs:ce].lower().split(" ", 1)[0].endswith("ed"):
                    continue
                kind = "past"
            if kind == "rep":
                reported = True
                kind = "past"
            elif kind == "cf" and cs >= end:
                kind = "past"
            if kind == "pp" and _NEW_CLAUSE.search(text, min(ce, start), max(cs, end)):
                # "said it had sent pumps, and a team was due to arrive on Tuesday": a past
                # perfect of another clause sets no deadline back
                continue
            past_perfect = past_perfect or kind == "pp"
            perfect_before = perfect_before or (kind == "pp" and ce <= start)
            strong_future = strong_future or kind == "fut"
            dist = start - ce if ce <= start else cs - end
            # after the expression: with ``prefer_before`` only when nothing comes before
            rank = dist + len(text) if prefer_before and ce > start else dist
            if best is None or rank < best[0]:
                best = (rank, kind, dist)
                until_at = cs if text[cs:ce].lower() in ("until", "till") else -1
        if _FORMER_PLAN.search(text, max(lo, start - 60), start):
            return Tense.PAST, _FAR  # "originally planned for June", "had been set for Monday"
        if (
            _FORECAST.search(text, max(lo, start - 80), start)
            or (
                # (room for a long first day: "for Wednesday and Thursday")
                _TARGET_PREP.search(text, max(lo, start - 26), start)
                and _TARGET.search(text, max(lo, start - 60), start)
            )
            or (
                text.find("due", max(lo, start - 12), start) >= 0
                and _DUE_BY.search(text, max(lo, start - 12), start)
            )
            or (
                text.find("now", max(lo, start - 26), start) >= 0
                and _FROM_NOW_TO.search(text, max(lo, start - 26), start)
            )
            or (span[0] == 0 and headline_future(text, start))
        ):
            return Tense.FUTURE, _FAR
        if best is None:
            return (Tense.PAST, _FAR) if reported else None
        if best[1] == "wfut" and past_perfect and not strong_future:
            return Tense.PAST, _FAR  # "it had been due to expire Friday": the deadline passed
        if until_at >= 0 and (
            _NEGATED_PAST.search(text, max(span[0], until_at - 60), until_at)
            or _LASTED_UNTIL.search(text, max(span[0], until_at - 50), until_at)
            or (
                _STATE_UNTIL.search(text, max(span[0], until_at - 40), until_at)
                and not _SAID_BEFORE.search(text, span[0], until_at)
            )
        ):
            return Tense.PAST, _FAR  # "did not arrive until Friday", "ran until Monday"
        if until_at >= 0 and opening_until_past(text, cues, lo, until_at, end):
            return Tense.PAST, _FAR  # "Until Friday afternoon, I believed we would make it"
        if best[1] in ("fut", "wfut"):
            return Tense.FUTURE, best[2]
        if best[1] == "cf":
            return Tense.NONE, best[2]
        if perfect_before:
            # "had resisted ... before agreeing to talks in May": a past perfect sets the
            # clause before a past moment, so the month is behind publication however close
            return Tense.PAST, 0
        return Tense.PAST, best[2]

    def _reported_subject(
        self, cues: list[tuple[int, int, str]], start: int, end: int
    ) -> tuple[Tense, int] | None:
        """An expression right after a reporting verb and right before a verb is the
        subject of what was said ("said the weekend would be dangerous", "said Friday was a
        holiday"): its tense is that verb's, not the saying's ("said Friday that ..." and
        "said on Friday" stay the day of the saying)."""
        text = self._text
        before = after = None
        for c in cues:
            if c[1] <= start:
                before = c
            elif c[0] >= end:
                after = c
                break
        if (
            before is None
            or after is None
            or before[2] != "rep"
            or text[before[1] : start].strip() not in ("", "the")
            or len(text[end : after[0]].split()) > (text[before[1] : start].strip() == "the")
        ):
            # ("said the June meeting would decide": a month's own noun between)
            return None
        if after[2] in ("fut", "wfut"):
            return Tense.FUTURE, after[0] - end
        if after[2] in ("past", "pp", "cf"):
            return Tense.PAST, after[0] - end
        return None


_PRESENT_VERB = re.compile(r"\b(?:is|are|has|have|does|do|looks?|seems?)\b")
