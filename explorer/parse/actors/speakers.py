"""Speakers: who makes the statement of a sentence ("X said", "said X", "according to X").

The speaker is a mention next to a cue verb: the subject before it (across one apposition:
"X, the director of a hospital, told ..."), or after an inverted cue ("..., said X"). A
pronoun before the cue refers back: "he/she said" to a person named before, of the
pronoun's gender if the text says one (_choose_referent), or else the one person named
nearby who may be meant (sole_referent); "it said" to the organisation or country that has
just spoken.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import chain, islice, repeat
from sys import maxsize

from explorer.model import ActorKind, Attribution, Mention, Sentence
from explorer.parse.actors.cues import cues_in_order, with_quote_cues
from explorer.parse.actors.data import load_toml, vocabulary
from explorer.parse.actors.nominal import (
    SERVICE_ENDS,
    Nominal,
    nominal_after,
    nominal_before,
    service_before,
)
from explorer.parse.actors.quotes import QuoteSpan

_SIMPLE_GAP = re.compile(
    r"\s*(?:(?:also|then|later|previously|earlier|again|quickly|repeatedly|reportedly|has|"
    r"have|had|was|were|is|would|will|further|last\s+\w+|on\s+\w+|in\s+a\s+statement)\s+)*"
)
# "the IG Metall union said", "the Wagner group said": an organisation's noun after its name
# (mentions.py makes such a name an organisation's); the first letters of the nouns.
_ORG_NOUNS_AFTER = load_toml("vocabulary.toml")["organisation_after"]
_NOUN_GAP = re.compile(r"\s+(?:" + "|".join(_ORG_NOUNS_AFTER) + ")" + _SIMPLE_GAP.pattern)
_NOUN_OPENINGS = frozenset(w[0] for w in _ORG_NOUNS_AFTER)
# ", the director of a hospital, ", ", 54, who sells fruit, ": an age may open it. Or a
# relative clause's speech verb: "Michael Tran, who told Congress ...".
_APPOSITION_GAP = re.compile(
    # (or a US lawmaker's party and state: "Sen. X, R-S.D., the majority leader, said")
    r",\s*(?:\d{1,3}\s*,\s*|[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?,\s*)?"
    r"(?:[^,;“”\"]{1,140},\s*|wh(?:o|ich)\s+)"
    # (", who led two coups, has said", ", has repeatedly said")
    r"(?:(?:also|then|has|have|had|previously|repeatedly|reportedly)\s+){0,2}"
)
# "NASA and the European Space Agency said": "the" may open the second name.
_AND_GAP = re.compile(r",?\s+(?:and|&)\s+(?:the\s+)?")
# An inverted cue after a comma or a quote: "..., said X", "“...” said X".
_INVERTED_LEAD = ",“”\"’'"
_NO_CAPITALS: Mapping[str, str] = {}
# Before a capital, words that make it the place it is ("People in Taipei said").
_PLACE_PREPOSITIONS = (" in ", " from ", " at ", " across ", " outside ", " near ")
# "a company spokesperson said": the company is the organisation named last, within reach.
_SPOKES_GROUPS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_COMPANY_BEFORE = ("company ", "firm ", "company's ", "company’s ")
_COMPANY_REACH = 600
_RIGHT_GAP = re.compile(r"\s+(?:(?:the|a|an)\s+)?")
# "said the state news agency Tass", "according to the daily Kommersant": an outlet's noun
# (and its modifiers) between an inverted cue and its name.
_OUTLET_OPENINGS = ("the ", "The ", "state ", "official ")
_OUTLET_BEFORE = re.compile(
    r"\s+(?:the\s+)?(?:(?:state|official|state-run|state-owned|independent|pro-government|"
    r"opposition|business|daily|weekly|[A-Z][\w\-]*)\s+){0,2}"
    r"(?:news\s+agency|newspaper|daily|weekly|broadcaster|television|channel|tabloid)\s+"
)
# "according to a statement from the SDF", "said a statement issued by the army".
_STATEMENT_FROM = re.compile(
    r"\s+a\s+statement\s+(?:issued\s+|released\s+)?(?:from|by)\s+(?:the\s+)?"
)
# "said Dr. Priya Raman", "said Maj. Gen. Ali Musa", "said Prime Minister Jonas Berg": titles
# (words of vocabulary().titles, capitalised) between an inverted cue and the name.
_RIGHT_TITLES = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?P<titles>(?:[A-Z][\w\-]*\.?\s+){1,3})")
# "said coach Sipho Dube", "said police spokesman Ade Putra", "according to Rovers coach X":
# lower-case titles (the last a title or a profession's noun), maybe after one or two
# capitalised words no mention covers (an employer the text does not name as an actor).
_RIGHT_LOWER_TITLES = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'.\-]*\s+){0,2}(?P<titles>(?:[a-z][\w\-]*\s+){1,3})"
)
# "said Kremlin spokesman Dmitry Peskov": an organisation's name, then lower-case titles.
_PROFESSION_ENDS = ("er", "ist", "or", "ian")
_OWNER_TITLES = re.compile(r"(?:[’']s)?\s+(?P<titles>(?:[a-z][\w\-]*\s+){1,3})")
_RIGHT_TAIL = re.compile(r"\s*(?:,[^“”\"]*)?[.!?”\"’']*\s*")
# "..., said China's official Xinhua news agency.": an organisation's noun after its name.
_RIGHT_NOUN_TAIL = re.compile(
    r"\s+(?:news\s+agency|agency|newspaper|daily|broadcaster|television|channel|network)"
    + _RIGHT_TAIL.pattern
)
# "..., said Jorge Paredes of Amnesty International.": a person's organisation after the name.
_RIGHT_OF_TAIL = re.compile(
    r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+(?:[A-Z][\w’'.\-]*|of|for|and|on|the)){0,6}"
    + _RIGHT_TAIL.pattern
)
# "..., said a trader at a polling unit in Ikeja, who ...": an anonymous speaker's place.
_RIGHT_PLACE_TAIL = re.compile(
    r"\s+(?:at|in|from|outside|near|of)\s+(?:the|a|an)\s+(?:[a-z][\w’'\-]*\s+){0,3}?[a-z][\w’'\-]*"
    r"(?:\s+(?:in|of|at|near)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})?"
    + _RIGHT_TAIL.pattern
)
# "..., said Tuvalu’s climate envoy, Losana Tavita, who ...", "said the envoy, Dr. Ann Lee.":
# a title phrase (a title its last word), then the person's name in apposition.
_TITLE_APPOSITIVE = re.compile(
    r"\s+(?:(?:the|a|an|[A-Z][\w.\-]*[’']s)\s+)?(?:[\w’'.\-]+\s+){0,4}?(?P<title>[a-z][\w\-]*)"
    r"\s*,\s*(?:[A-Z][a-z]{0,4}\.\s*)?"
)
_POSSESSIVE = ("'s", "’s", "'", "’")
# A possessive, then the owned noun and a comma before a name apposed to it: "'s widow, ".
_OWNED_APPOSED = re.compile(r"(?:'s|’s|'|’)(?: [a-z][\w\-]*){1,3}, ")
# Words that may lead a sentence before its subject ("Former mayor John Smith", "But ").
_SUBJECT_LEAD = re.compile(r"[^,;:“”\"]{0,60}")
# ... or a title phrase (its last word in lower case) with the name apposed to it (a comma
# after the name closing the apposition): "Egypt's foreign minister, Omar Adel, was more
# cautious.", "The party's chairman, Ann Lee, left." (not "On cross-examination, Ann Lee
# asked Tom Hart ...", where "she said" may be either).
_TITLE_LEAD = re.compile(r"(?:[^,;:“”\"]{0,60}\s)?[a-z][\w\-]*,\s+")
_SPEAKERS = frozenset(
    {ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.COUNTRY, ActorKind.GROUP}
)
# "he said", "it said": the pronoun ends where the spaces before the cue start.
_GROUP = ActorKind.GROUP
_PRONOUN = re.compile(r"(?<![\w-])(?:he|she|He|She|it|It|they|They)\Z")
_PRONOUN_ENDS = ("he", "He", "it", "It", "ey")
# Words between a pronoun and its cue: "he also said", "she later told", "it has claimed"
# (not "was": "he was said to be").
_PRONOUN_GAP_WORDS = frozenset(
    {"also", "then", "later", "previously", "earlier", "again", "repeatedly", "reportedly"}
    | {"further", "has", "have", "had", "would", "will"}
)
_PRONOUN_GAP_TUPLE = tuple(_PRONOUN_GAP_WORDS)  # (for str.endswith: a test in C)
# How far back a "he said" or "she said" looks for its person: the sentences before the
# cue's, and the paragraphs before its paragraph. The last person named counts within
# _PRONOUN_NEAR sentences whatever the text says of their gender (unless it contradicts
# the pronoun); an earlier one only if the text gives them the pronoun's gender.
_PRONOUN_SENTENCES = 4
_PRONOUN_PARAGRAPHS = 2
_PRONOUN_NEAR = 2
# Else the one person named in the pronoun's paragraph and the one before (within
# _SOLE_SENTENCES sentences) who may be meant (sole_referent).
_SOLE_SENTENCES = 8
# An "it said" is the statement of the organisation or country that alone made the last
# statement, in the same or the previous sentence.
_IT_SPEAKERS = frozenset({ActorKind.ORGANISATION, ActorKind.COUNTRY})
# "X's foreign minister, NAME, said", "The U.N. mission in the north, UNMON, said": the
# name (a person's or an organisation's) is itself an apposition, closed by a comma.
_COMMA_NAMED = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION})
_CLOSING_COMMA = re.compile(r"\s*,\s*(?:also\s+|then\s+)?")
# The comma before the name, then maybe a title, abbreviated or of capitalised words ("the
# head of the agency, Gen. Raúl Mendoza, warned", "Its head, Air Marshal Budi Santoso,
# said"), or another name and "and" ("Two lawmakers, Lena Kross and Tomas Ekberg, said"),
# "the" ("A rights group, the Kenya Rights Coalition, said") or one or two lower-case words
# of a description ("The head of the mission, Swedish diplomat Lars Berg, told"; no
# preposition, determiner or participle: not ", led by X, said", ", briefing the council,"),
# or a description ending in "named" ("a former lab manager named X"),
# searched from _OPENING_REACH characters before the name.
_DESCRIPTION_WORD = (
    r"(?:(?!(?:by|of|with|from|to|for|in|on|at|and|or|as|than|like|the|a|an|his|her|its"
    r"|their|this|that)\s|[a-z]+(?:ing|ed)\s)[a-z][\w\-]*\s+)"
)
_OPENING_COMMA = re.compile(
    r",\s*(?:(?:[A-Z][a-z]{0,4}\.\s*){1,2}|(?:[A-Z][\w’'\-]*\s+){1,3}(?:and\s+)?"
    rf"|the\s+(?:(?:[A-Z]\.){{2,}}\s+)?{_DESCRIPTION_WORD}{{0,2}}"
    rf"|(?:[A-Z][\w’'\-]*\s+)?{_DESCRIPTION_WORD}{{1,2}}"
    # "Their chief observer, Dutch member of the European Parliament Anna Visser, said"
    r"(?:of\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){1,3})?"
    # "The first witness, a former lab manager named Aisha Trent, testified"
    r"|(?:an?|the)\s+[^,;“”\"]{0,40}?\s(?:named|called)\s+)?$"
)
_OPENING_REACH = 60
# "Tom Hart, a senior adviser to the French president, Paul Morel, said": the name apposed
# to the object of the first name's apposition is that object's; the first name speaks.
_NESTED_APPOSITION = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?[a-z][^,;:“”\"()]{0,60}?\s(?:to|for|of)\s+[^,;:“”\"()]{1,40},\s+"
    # (the inner name's honorific outside its mention: "the UAE president, Sheikh X,")
    r"(?:[A-Z][\w.’'\-]*\s+){0,2}"
)
_NESTED_PREPS = (" to ", " for ", " of ")
# "A resident of Djibo, reached by phone, said", "Tom Whitfield of Kansas said".
_PLACE_GAP = re.compile(
    r"\s+(?:of|in|from)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}"
    r"(?:\s*,\s*[^,;“”\"]{1,140},)?\s*(?:also\s+|then\s+)?"
)
_PLACE_WORDS = ("of", "in", "from")
# A group's description in lower case before its cue: " with the provincial health
# division " (a name there is a mention of its own, nearer the cue).
# So is what an unnamed source knows: " briefed on the talks ", " familiar with the matter ".
_GROUP_WITH_GAP = re.compile(
    r"\s+(?:with|familiar\s+with|briefed\s+on|close\s+to|with\s+knowledge\s+of)"
    r"\s+(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*\s*"
)
_GROUP_GAP_FIRSTS = frozenset("wfbc")
# ... closing an apposition the name opens with a comma: "Its chair, Ambassador Ann Lee of
# South Africa, said" (with _OPENING_COMMA before the name).
_PLACE_CLOSED = re.compile(
    r"\s+(?:of|in|from)\s+(?:the\s+)?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){0,3}"
    r"\s*,\s*(?:also\s+|then\s+)?"
)
# The first characters of the gaps before a cue: a comma, or a word of _SIMPLE_GAP or
# _PLACE_GAP (and spaces).
_GAP_OPENINGS = frozenset(",aefhilopqrtw")
_LIST_GAP = re.compile(r"\s*,\s*")
# A bracket after a name opening the gap to its cue: an abbreviation or a party ("Human
# Rights Watch (HRW) said", "Sen. Ana Ortiz (D-Texas) said").
_BRACKET = re.compile(r" ?\([^()“”\",;\n]{1,20}\)")
# The letters ending the words before the spaces ending _PREP_BEFORE ("of", "the") and
# _AND_GAP ("and", "&", "the").
_PREP_ENDS = frozenset("fnmtre")
_AND_ENDS = frozenset("d&e")
# "a resident of Djibo said": a name after a preposition is no subject.
_PREP_BEFORE = re.compile(r"(?<![\w-])(?:of|in|from|at|near)\s+(?:the\s+)?$")
_PREP_WORDS = ("of", "in", "from", "at", "near", "the")
# The look-behind after the "s": the pattern then opens with a literal the regex engine
# skips to in C (the same matches as with the look-behind first).
_SPOKES = re.compile(r"s(?<![\w-].)pokes(?:man|woman|person|people)\s+(?:for|of)\s+(?:the\s+)?$")
# "his office said", "Kulkarni's spokesman said": an unnamed office or spokesman speaks for
# the person (``pron`` the pronoun, else a possessive after the person's name).
_ON_BEHALF = re.compile(
    r"(?:(?<![\w-])(?P<pron>[Hh]is|[Hh]er)|(?<=\w)['’]s)\s+(?:press\s+)?"
    r"(?:office|spokesman|spokeswoman|spokesperson)" + _SIMPLE_GAP.pattern + r"\Z"
)
_ON_BEHALF_REACH = 80
# The words one of which every match of _ON_BEHALF holds, all of _BEHALF_LEN letters.
_BEHALF_WORDS = ("office", "spokes")
_BEHALF_LEN = 6
# "A Toyota spokesman said": the organisation's spokesman (org_spokesman).
_SPOKES_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
# "the EU's observer mission said": a mission or delegation speaks for its organisation.
_ENVOY_GROUPS = (" mission", " delegation")
_OWNER_GAP = re.compile(r"(?:[’']s)?[ \u00a0]")
# A name after these is a title's brief, no subject: "The UN envoy for Yemen said".
_BRIEF_PREPS = (" for ", " to ", " for the ", " to the ")
_FOR_GAP = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?")


# A participial cue after the main clause ("X congratulated the alliance, calling the result
# “...”", "..., saying", "— adding"): its speaker is the subject of the main clause.
_PARTICIPLE_LEAD = ",—–"
# "X flew to Padang on Thursday and said ...", "X did not dispute the figure but said ...": a
# second verb of the subject.
_AND_LEADS = (" and ", " but ")
# The subject: a mention opening the sentence, maybe after one opening phrase ("In Kyiv, "),
# then its verb (a lower-case word), maybe after a bracket, an age or an apposition opening
# with a determiner or "who" (", the private-sector arm of the World Bank,"), "also" or "on
# Sunday".
_MAIN_LEAD = re.compile(r"(?:[^,;:“”\"]{0,50},\s+)?(?P<words>[^,;:“”\"]{0,60})")
_MAIN_VERB = re.compile(
    r"(?:\s?\([^()“”\",;\n]{1,20}\))?"
    r"(?:\s*,\s*(?:\d{1,3}|(?:the|a|an|who|which)\s[^,;“”\"]{1,140})\s*,)?"
    r"\s+(?:(?:also|then|on\s+\w+)\s+)?(?!(?:and|or|nor)\s)[a-z]"
)
# "The Treasury Secretary, Hugh Dalton, did not dispute ...": a name apposed to the opening
# phrase closes its apposition with a comma before the verb.
_APPOSED_VERB = re.compile(r",\s+(?:(?:also|then|on\s+\w+)\s+)?(?!(?:and|or|nor|who|which)\s)[a-z]")


def main_subject(
    text: str,
    sent_start: int,
    mentions: Sequence[Mention],
    before: Iterable[int],
    kinds: Mapping[str, ActorKind],
) -> str | None:
    """The subject of the main clause of a sentence opening at ``sent_start``, for a
    participial cue after it: of the first mentions ``before`` the cue (indices, in order),
    the first one of a speaker's kind followed by a verb (``_MAIN_VERB``): not an owner
    ("Ukraine's president ..."), a place ("In Kyiv, ...") or the object of an opening phrase
    ("After meeting Biden, Modi left ...")."""
    for k in islice(before, 4):
        m = mentions[k]
        lead = _MAIN_LEAD.fullmatch(text, sent_start, m.start)
        if lead is None:
            return None
        if (
            kinds.get(m.actor_id) in _SPEAKERS
            and not text.startswith(_POSSESSIVE, m.end)
            and (
                _MAIN_VERB.match(text, m.end)
                or (
                    text.startswith(", ", m.start - 2, m.start)
                    and _APPOSED_VERB.match(text, m.end) is not None
                )
            )
            and _subject_words(lead.group("words"))
        ):
            return m.actor_id
    return None


def it_subject(
    text: str,
    sentences: Sequence[Sentence],
    si: int,
    mentions: Sequence[Mention],
    before: Sequence[int],
    kinds: Mapping[str, ActorKind],
    sentence_mentions: Callable[[Sentence], Sequence[int]],
) -> str | None:
    """The organisation or country an "it said" in sentence ``si`` refers to when nobody
    spoke in it or the sentence before: the subject (:func:`main_subject`) of its sentence, with
    the mentions ``before`` the cue, or else of the sentence before (its mentions outside
    quotes by ``sentence_mentions``): "The ministry destroyed 40 drones. It said ..."."""
    who = main_subject(text, sentences[si].start, mentions, before, kinds) if before else None
    if who is None and si > 0:
        prev = sentences[si - 1]
        who = main_subject(text, prev.start, mentions, sentence_mentions(prev), kinds)
    return who if kinds.get(who or "") in _IT_SPEAKERS else None


def service_speaker(
    text: str,
    sent_start: int,
    end: int,
    cue_start: int,
    mentions: Sequence[Mention],
    before: Sequence[int],
    kinds: Mapping[str, ActorKind],
    capital_of: Mapping[str, str] = _NO_CAPITALS,
) -> Nominal | None:
    """A country's armed service speaking ("Ukraine's air force said", "the Israeli military
    has said"): :func:`service_before`, where the words before the cue end with a service's
    last word at ``end`` (adverbs such as "also" before the cue aside: :func:`_over_adverbs`);
    the country is the one of the mentions ``before`` the cue within the phrase."""
    if not _service_may_end(text, sent_start if sent_start > 0 else 0, end) and not (
        text.startswith(",", end - 1)  # "The German government, which ..., said"
    ):
        return None

    def country(start: int, end: int) -> str | None:
        for k in before:
            m = mentions[k]
            if start <= m.start and m.end <= end:
                if kinds.get(m.actor_id) is ActorKind.COUNTRY:
                    return m.actor_id
                if m.actor_id in capital_of:  # "Moscow's foreign ministry", "... in Taipei"
                    return capital_of[m.actor_id]
                if kinds.get(m.actor_id) is ActorKind.PLACE and text.startswith(
                    ("'s ", "’s "), m.end
                ):
                    return m.actor_id  # "Gaza's health ministry says": the place's own
        return None

    return service_before(text, sent_start, cue_start, country)


def _service_may_end(text: str, floor: int, end: int) -> bool:
    """Whether the words from ``floor`` to ``end`` may end a service's phrase: with its last
    word, or a place after it ("the Russian embassy in London")."""
    if text.endswith(SERVICE_ENDS, floor, end):
        return True
    at = text.rfind(" in ", end - 30 if end - 30 > floor else floor, end)
    return at > 0 and text[at + 4 : at + 5].isupper() and text.endswith(SERVICE_ENDS, floor, at)


def _subject_words(lead: str) -> bool:
    """Whether the words before a subject are only names, possessives, determiners and
    titles ("Norway's prime minister ..."): "Delegates walked out of U.N. talks" is no
    subject "U.N."."""
    lower = [w for w in lead.split() if w[0].islower()]
    return not lower or all(w in _subject_lead_words() for w in lower)


@cache
def _subject_lead_words() -> frozenset[str]:
    v = vocabulary()
    titles = {w for t in v.titles for w in t.split()}
    return frozenset({"the", "a", "an", *titles, *v.title_modifiers, *v.group_modifiers})


# "X rejected the claim", "dismissed the report as ...": statements; "the Assembly rejected
# the budget", "dismissed the coach": acts. These cues count only before a statement's noun
# (within four words), "as", "that", a quote or a comma.
_OBJECT_CUES = frozenset({"rejected", "rejects", "dismissed", "dismisses"})
_STATEMENT_OBJECT = re.compile(
    r"\s*[,:;“\"]|\s+(?:that|as)\s"
    r"|\s+(?:[\w’'\-]+\s+){0,4}?(?:as\s"
    r"|(?:claim|report|allegation|accusation|charge|suggestion|assertion|notion|idea|call"
    r"|demand|rumou?r|account|statement|remark|comment|characteri[sz]ation|assessment"
    r"|finding|conclusion|concern|fear|warning|criticism|speculation|talk|view|argument"
    r"|version|interpretation|description|portrayal|insinuation|theor(?:y|ie))s?(?![\w\-]))"
)


# "states" is mostly a noun ("in three U.S. states", "Gulf states said"): a cue only before
# "that", a colon or a quote ("The report states that ...", "Article 5 states: “...”").
_NOUN_CUES = frozenset({"states"})
_NOUN_CUE_STATEMENT = re.compile(r"\s*(?:,\s*)?[:“\"]|\s+that\s")
# "denied" refuses, no statement, before what one applies for ("denied the permit", "denied
# him entry", "was denied bail"); it contradicts otherwise ("denied the allegations").
_DENIED = frozenset({"denied", "denies"})
_REFUSED_OBJECT = re.compile(
    r"\s+(?:[\w’'\-]+\s+){0,2}?(?:permits?|requests?|applications?|visas?|entry|bail|access"
    r"|asylum|permission|licen[cs]es?|approval|passage|parole|appeals?)(?![\w\-])"
)
# "added" before what is added is a deed, no statement: "Gakpo added a third in stoppage
# time", "she added her name to the letter" (not "he added that ...", "..., he added").
_ADDED = frozenset({"added", "adds"})
_ADDED_THING = re.compile(r"\s+(?:a|an|another|his|her|their|its)\s")
_CHECKED_CUES = _OBJECT_CUES | _NOUN_CUES | _DENIED | _ADDED


def statement_cue(text: str, surface: str, cue_end: int) -> bool:
    """False for a cue of _OBJECT_CUES not followed by what a statement rejects or dismisses
    (``_STATEMENT_OBJECT``): "the National Assembly rejected the budget" is a vote; for a
    cue of _NOUN_CUES not followed by a statement ("in three U.S. states, the study said");
    or for "denied" before what is refused, not contradicted ("denied the permit", "was
    denied bail"); or for "added" before what is added ("added a third goal")."""
    if surface in _NOUN_CUES:
        return _NOUN_CUE_STATEMENT.match(text, cue_end) is not None
    if surface in _DENIED:
        return _REFUSED_OBJECT.match(text, cue_end) is None
    if surface in _ADDED:
        return _ADDED_THING.match(text, cue_end) is None
    return surface not in _OBJECT_CUES or _STATEMENT_OBJECT.match(text, cue_end) is not None


@dataclass(frozen=True, slots=True)
class SpeakerResult:
    attributions: tuple[Attribution, ...]
    remapped: dict[int, str]  # mention index -> new actor id (capital city used as government)
    nominal: tuple[Nominal, ...] = ()  # title phrases found as speakers (new group actors)


def _ascending(xs: list[int]) -> bool:
    # sorted() of a sorted list is one pass in C (faster than comparing pairs by map).
    return xs == sorted(xs)


# What a cue is, by its spelling in a text: (continuation, "according to", inverted).
_cue_kinds: dict[str, tuple[bool, bool, bool]] = {}


def _cue_name(surface: str) -> str:
    """The cue's name: lower case, spaces inside collapsed to one ("according  to")."""
    return surface.lower() if surface.isalpha() else " ".join(surface.lower().split())


def _cue_kind(surface: str) -> tuple[bool, bool, bool]:
    """Whether the cue spelled ``surface`` continues a statement ("added"), is "according
    to", may be inverted ("said X"): one lookup per cue for the three tests."""
    cue = _cue_name(surface)
    v = vocabulary()
    kind = (cue in v.continuation_cues, cue == "according to", cue in v.inverted_cues)
    if len(_cue_kinds) < 1000:  # the spellings of cues in texts are few
        _cue_kinds[surface] = kind
    return kind


def _space_start(text: str, lo: int, hi: int) -> int:
    """The start of the spaces ending ``text[lo:hi]`` (``hi`` if none)."""
    if lo < 0:
        lo = 0
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _after_lead(text: str, lo: int, end: int) -> bool:
    """A comma or quote before ``end`` (the start of the spaces before the cue; searched from
    ``lo``)."""
    return end > max(lo, 0) and text[end - 1] in _INVERTED_LEAD


# "the Italian said", "The American later told": a demonym of a person before the cue.
_THE_DEMONYM = re.compile(r"(?<![\w\-])[Tt]he\s+(?P<d>[A-Z][a-z]+)\s+(?:(?:also|later|then)\s+)?\Z")
# How such a noun for one person ends (not "the British", "the Chinese", "the Swiss": a
# people or a government).
_PERSON_DEMONYM_ENDS = ("an", "i", "er", "ard", "on", "man", "woman")


def demonym_person_before(text: str, lo: int, cue_start: int, country: str) -> bool:
    """Whether a country's demonym for one person stands right before a cue ("the Italian
    said"): a person, no country's statement (not the country's own name: "the Sudan")."""
    window = text[max(lo, cue_start - 40) : cue_start]
    if "he " not in window:
        return False
    m = _THE_DEMONYM.search(window)
    return (
        m is not None
        and m.group("d") != country
        and m.group("d").endswith(_PERSON_DEMONYM_ENDS)
        and not country.startswith(m.group("d"))
    )


def _pronoun_before(text: str, lo: int, end: int, cue_start: int) -> bool:
    """The pronoun "he", "she" or "it" before ``end`` (the start of the spaces before the
    cue; searched from ``lo``)."""
    # "he" or "it" ends every pronoun: a test without a regex call for other words.
    return (
        end < cue_start
        and text.startswith(_PRONOUN_ENDS, end - 2, end)
        and _PRONOUN.search(text, max(lo, end - 4), end) is not None
    )


def _over_adverbs(text: str, lo: int, end: int) -> int:
    """``end`` moved back over up to three words of _PRONOUN_GAP_WORDS ending there, each
    after spaces ("he also said", "it has also claimed": to the end of the pronoun), not
    before ``lo``; ``end`` itself if none."""
    for _ in range(3):
        start = end
        while start > lo and text[start - 1].isalpha():
            start -= 1
        if start == end or text[start:end] not in _PRONOUN_GAP_WORDS:
            break
        new = start
        while new > lo and text[new - 1].isspace():
            new -= 1
        if new == start:
            break
        end = new
    return end


def _pronoun_gender(text: str, end: int) -> str:
    """ "f" for the pronoun "she" ending at ``end``, "m" for "he", "n" for "it", "p" for
    "they"."""
    if text[end - 1] == "t":
        return "n"
    if text[end - 1] == "y":
        return "p"
    return "f" if text[end - 3 : end] in ("she", "She") else "m"


def _choose_referent(
    candidates: Iterable[tuple[int, str, bool]], said: Mapping[str, str], gender: str
) -> str | None:
    """The person a "he said" (``gender`` "m") or "she said" ("f") refers to, of
    ``candidates``: the persons named before it, the latest first, as (sentences back, not
    counting those a quote fills (:func:`_quote_filled`), person, named as speaker or
    subject). ``said``: the gender the text gives a person ("f" or "m"; most have none).

    The last speaker or subject, if at most _PRONOUN_NEAR sentences back and not said to be
    of the other gender (the reading without genders: "Kowalski addressed the court. He
    said ..."); else the latest person the text gives the pronoun's gender ("Mr Lind said
    A. Ms Okafor said B. He said C.": Lind). Nobody else: a person without a stated gender
    is not reached past another, nor a person only named (no guess from names)."""
    first = True
    for back, who, spoke in candidates:
        stated = said.get(who)
        if stated == gender:
            return who
        if spoke and first:
            if stated is None and back <= _PRONOUN_NEAR:
                return who
            first = False
    return None


def sole_window(sentences: Sequence[Sentence], si: int) -> int:
    """The first sentence of the stretch a "he said" in sentence ``si`` looks back over for
    the one person who may be meant (:func:`sole_referent`): its paragraph and the one
    before, at most _SOLE_SENTENCES sentences before ``si``."""
    floor = sentences[si].paragraph - 1
    j = si
    while j > 0 and si - j < _SOLE_SENTENCES and sentences[j - 1].paragraph >= floor:
        j -= 1
    return j


def sole_referent(
    named: Iterable[tuple[str, bool]],
    kinds: Mapping[str, ActorKind],
    said: Mapping[str, str],
    gender: str,
) -> str | None:
    """The person a "he said" or "she said" (``gender`` "m" or "f") refers to when
    :func:`_choose_referent` finds none, of the actors ``named`` (the mentions outside
    quotes from :func:`sole_window` to the cue, the latest first, each with whether it is a
    possessive): the latest person not said to be of the other gender, if the text gives
    them the pronoun's gender or no other such person is named ("Dr. Ines Varga led the
    study. It covered 40 farms. ... A second study is due, she said."). Not a possessive
    ("Elian's story, she said": someone else)."""
    who = None
    for actor, possessive in named:
        if actor == who or kinds.get(actor) is not ActorKind.PERSON:
            continue
        stated = said.get(actor)
        if stated is not None and stated != gender:
            continue
        if who is not None or possessive:
            return None  # (two persons who may be meant)
        if stated == gender:
            return actor
        who = actor
    return who


def surname_people(kinds: Mapping[str, ActorKind]) -> dict[str, str]:
    """The last words of the article's persons' names that only one has -> the person (a
    place of that name speaking is the person: "Siamand Kobani ... Kobani said")."""
    out: dict[str, str] = {}
    shared: set[str] = set()
    for pid, kind in kinds.items():
        if kind is ActorKind.PERSON and " " in pid:
            last = pid.rsplit(" ", 1)[1]
            if last in out:
                shared.add(last)
            out[last] = pid
    for last in shared:
        del out[last]
    return out


def unnamed_spoke(
    last_said: tuple[int, Sequence[str]], since: int, kinds: Mapping[str, ActorKind]
) -> bool:
    """Whether a group (an unnamed speaker: "A spokesman said ... He added") made the last
    statement, ``last_said`` (its sentence and speakers), in sentence ``since`` or after: a
    "he said" then is that speaker's, no named person's."""
    return last_said[0] >= since and any(kinds.get(w) is ActorKind.GROUP for w in last_said[1])


# Group nouns naming no one person ("the police", "the military") and heads of a
# determiner's phrase that stop the head's search ("a spokesman for the authority").
_COLLECTIVE = frozenset({"police", "army", "military", "government", "authorities", "press"})
_PHRASE_ENDS = frozenset({"for", "of", "in", "at", "from", "with", "on", "close", "familiar"})
_FEMININE = ("woman", "women", "mother", "wife", "daughter", "sister", "girl", "widow")
_MASCULINE = ("man", "men", "father", "husband", "son", "brother", "boy", "widower")


@cache
def _countable_heads() -> frozenset[str]:
    """The group nouns of one person whose plural is a group noun too ("broker", "source")."""
    heads = frozenset(vocabulary().group_heads)
    return frozenset(h for h in heads if f"{h}s" in heads)


def _one_person_noun(word: str) -> bool:
    """Whether a group's id of one word names one person: a singular of a listed plural
    ("broker", "official"), not a collective ("opposition", "police")."""
    return word in _countable_heads() and word not in _COLLECTIVE


def unnamed_referent(
    last_said: tuple[int, Sequence[str]],
    si: int,
    sentences: Sequence[Sentence],
    kinds: Mapping[str, ActorKind],
    gender: str,
    back: int | None = None,
) -> str | None:
    """The one unnamed person who made the statement right before a "he/she said" in
    sentence ``si`` (in it or the sentence before, in its paragraph; ``back``: the
    sentences between, those a quote fills not counted, if not ``si`` minus the
    statement's): "A spokesman for the authority said ... “...,” he said"; a group of one
    ("a", "the activist", "that source"), no plural, not of the other gender."""
    at, said = last_said
    if (si - at if back is None else back) > 1 or len(said) != 1:
        return None
    kind = kinds.get(said[0])
    # (a description is a group too: "a spokesman for the authority")
    if kind is not ActorKind.GROUP and not (kind is None and said[0][:1].islower()):
        return None
    if sentences[at].paragraph != sentences[si].paragraph:
        return None
    words = said[0].lower().split()
    if len(words) == 1 and kind is ActorKind.GROUP and _one_person_noun(words[0]):
        # "A shipping broker said": a modifier the group's phrase does not take leaves the
        # noun alone, still one person
        words = ["a", *words]
    if len(words) < 2 or words[0] not in ("a", "an", "one", "the", "that", "this"):
        return None
    head = words[1]
    for word in words[2:]:
        if word in _PHRASE_ENDS:
            break
        head = word
    if head in _COLLECTIVE or (words[0] not in ("a", "an", "one") and head.endswith("s")):
        return None
    feminine = head.endswith(_FEMININE)  # (before the masculine: "woman" ends in "man")
    if feminine if gender == "m" else not feminine and head.endswith(_MASCULINE):
        return None
    return said[0]


def on_behalf(
    text: str, sent_start: int, cue_start: int, words: Sequence[int]
) -> re.Match[str] | None:
    """ "his office", "Kulkarni's spokesman" (from its "'s") right before the cue, if any.
    ``words``: the starts of _BEHALF_WORDS in ``text`` (:func:`behalf_words`), ascending."""
    lo = cue_start - _ON_BEHALF_REACH
    if lo < sent_start:  # (a test is cheaper than a max call)
        lo = sent_start
    # The search only where one of the words lies between (most cues: none).
    at = bisect_left(words, lo)
    if at == len(words) or words[at] + _BEHALF_LEN > cue_start:
        return None
    return _ON_BEHALF.search(text, lo, cue_start)


def behalf_words(text: str) -> list[int]:
    """The starts of _BEHALF_WORDS in ``text``, ascending (a match of _ON_BEHALF holds one)."""
    out: list[int] = []
    for word in _BEHALF_WORDS:
        at = text.find(word)
        while at >= 0:
            out.append(at)
            at = text.find(word, at + 1)
    out.sort()
    return out


def _behalf_referent(
    named: Sequence[str], said: Mapping[str, str], gender: str, earlier: Callable[[], str | None]
) -> str | None:
    """The person "his office" (``gender`` "m") or "her spokesman" ("f") speaks for: of the
    persons ``named`` before it in its sentence, the one, unless the text gives them the
    other gender, or else the one of the pronoun's gender ("Lind met Ms Okafor, her office
    said"); with none named, the person a "he said" there would be (``earlier``)."""
    if not named:
        return earlier()
    people = list(dict.fromkeys(named))
    if len(people) == 1 and said.get(people[0]) in (None, gender):
        return people[0]
    matching = [p for p in people if said.get(p) == gender]
    return matching[0] if len(matching) == 1 else None


def _quote_filled(sent: Sentence, qstarts: Sequence[int], qends: Sequence[int]) -> bool:
    """Whether a quote fills ``sent`` (from its start to its end, marks and a space aside):
    a sentence continuing a quote ("“A,” X said. “B. C.”") does not count in the distance
    of a "he said" to its person (``qstarts`` ascending, the spans disjoint)."""
    idx = bisect_right(qstarts, sent.start + 1) - 1
    return idx >= 0 and qends[idx] >= sent.end - 2


def _appositive_after(
    text: str,
    cue_end: int,
    sent_end: int,
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
    after: Iterable[int],
) -> str | None:
    """The person named after an inverted cue's title phrase ("said the climate envoy,
    Losana Tavita, who ..."): the first person of ``after`` (the mentions after the cue, in
    order), if a title phrase and a comma come between and the sentence ends after it (as
    ``_RIGHT_TAIL``)."""
    if text.find(",", cue_end, sent_end) < 0:
        return None  # (the common inverted cue: "..., said X.")
    for k in islice(after, 3):
        m = mentions[k]
        if kinds.get(m.actor_id) is not ActorKind.PERSON:
            continue
        gap = _TITLE_APPOSITIVE.fullmatch(text, cue_end, m.start)
        if (
            gap is not None
            and gap.group("title") in vocabulary().titles
            and _RIGHT_TAIL.fullmatch(text, m.end, sent_end)
        ):
            return m.actor_id
        return None
    return None


def _owner_title_opening(first: str) -> bool:
    """Whether ``_OWNER_TITLES`` may match from the character ``first`` (a space or an
    apostrophe)."""
    return first.isspace() or first in ("’", "'")


# Lower-case words between an owner's possessive and what it owns ("China's official
# Xinhua", "Russia's state-run Gazprom").
_OWNED_GAP = re.compile(r"(?:[a-z][a-z\-]*\s+){0,3}")


def possessed_org(
    text: str, mentions: Sequence[Mention], kinds: Mapping[str, ActorKind], first: int, second: int
) -> bool:
    """Whether mention ``second`` is an organisation that mention ``first``, a country's or an
    organisation's possessive or a country's adjective, owns ("according to China's
    official Xinhua news agency", "said Russia's Gazprom", "according to the Russian daily
    Vedomosti"): then it is the speaker after an inverted cue."""
    owner, owned = mentions[first], mentions[second]
    if kinds.get(owned.actor_id) is not ActorKind.ORGANISATION:
        return False
    owner_kind = kinds.get(owner.actor_id)
    if text.startswith(("'s ", "’s "), owner.end):
        return (
            owner_kind in (ActorKind.COUNTRY, ActorKind.ORGANISATION)
            and _OWNED_GAP.fullmatch(text, owner.end + 3, owned.start) is not None
        )
    # a country's adjective, then lower-case words: "the Russian daily Vedomosti", "the
    # Chinese state broadcaster CCTV"
    return (
        owner_kind is ActorKind.COUNTRY
        and text.startswith(" ", owner.end)
        and text[owner.end + 1 : owner.end + 2].islower()
        and _OWNED_GAP.fullmatch(text, owner.end + 1, owned.start) is not None
    )


def owner_title_after(
    text: str,
    cue_end: int,
    sent_end: int,
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
    after: Sequence[int],
    according: bool,
) -> str | None:
    """The person after an inverted cue, an organisation's name and a title ("..., said
    Kremlin spokesman Dmitry Peskov.", "said Goldman Sachs analyst Jane Lee"): the second
    of the mentions ``after`` the cue (in order), if the first, the title words (of
    vocabulary().titles and title modifiers) and the person follow each other and the
    sentence ends after the person (as ``_RIGHT_TAIL``; "according to" needs no end)."""
    if len(after) < 2:
        return None
    owner, m = mentions[after[0]], mentions[after[1]]
    if (
        kinds.get(m.actor_id) is not ActorKind.PERSON
        or not _owner_title_opening(text[owner.end : owner.end + 1])
        or not _RIGHT_GAP.fullmatch(text, cue_end, owner.start)
    ):
        return None
    gap = _OWNER_TITLES.fullmatch(text, owner.end, m.start)
    if gap is None:
        return None
    words = gap.group("titles").split()
    titles = vocabulary().titles
    if not (" ".join(words) in titles or all(map(_title_word, words))):
        return None
    if not (according or right_tail(text, m, sent_end, kinds)):
        return None
    return m.actor_id


@cache
def _title_words() -> frozenset[str]:
    v = vocabulary()
    return frozenset({*v.titles, *v.title_modifiers})


def _title_word(word: str) -> bool:
    """A title, a title modifier, or a profession's noun ("campaigner", "economist")."""
    return word in _title_words() or (
        len(word) >= 6 and word.endswith(_PROFESSION_ENDS) and word not in vocabulary().stopwords
    )


def right_gap(text: str, cue_end: int, start: int) -> bool:
    """Only spaces, a determiner or titles ("Dr.", "Prime Minister") between an inverted cue
    ending at ``cue_end`` and the speaker's name at ``start``."""
    if _RIGHT_GAP.fullmatch(text, cue_end, start):
        return True
    if text.startswith("statement", cue_end + 3, start):
        # "according to a statement from the SDF": the organisation
        return _STATEMENT_FROM.fullmatch(text, cue_end, start) is not None
    if text.startswith(_OUTLET_OPENINGS, cue_end + 1, start):
        # "said the state news agency Tass", "according to the newspaper Kommersant"
        return _OUTLET_BEFORE.fullmatch(text, cue_end, start) is not None
    m = _RIGHT_TITLES.fullmatch(text, cue_end, start)
    titles = vocabulary().titles
    if m is not None:
        words = [w.rstrip(".").lower() for w in m.group("titles").split()]
        return " ".join(words) in titles or all(w in titles for w in words)
    m = _RIGHT_LOWER_TITLES.fullmatch(text, cue_end, start)
    if m is None:
        return False
    words = m.group("titles").split()
    return " ".join(words) in titles or (
        _lower_title(words[-1]) and all(map(_right_title_word, words))
    )


@cache
def _right_title_words() -> frozenset[str]:
    v = vocabulary()
    return frozenset({*v.titles, *v.title_modifiers, *v.group_modifiers})


def _lower_title(word: str) -> bool:
    """A title or a profession's noun ("coach", "spokesman", "campaigner")."""
    return word in vocabulary().titles or (
        len(word) >= 6 and word.endswith(_PROFESSION_ENDS) and word not in vocabulary().stopwords
    )


def _right_title_word(word: str) -> bool:
    """A title's word before a name after an inverted cue: a title, a title's or a group's
    modifier ("senior", "police"), or a profession's noun."""
    return word in _right_title_words() or _lower_title(word)


def right_tail(text: str, m: Mention, sent_end: int, kinds: Mapping[str, ActorKind]) -> bool:
    """The end of the sentence after the speaker of an inverted cue: punctuation, a clause
    after a comma, for a person an organisation ("said X of Amnesty International."), for
    an organisation the noun of its kind ("said China's official Xinhua news agency.")."""
    if _RIGHT_TAIL.fullmatch(text, m.end, sent_end):
        return True
    if not text[m.end : m.end + 1].isspace():
        return False
    kind = kinds.get(m.actor_id)
    if kind is ActorKind.PERSON:
        return _RIGHT_OF_TAIL.fullmatch(text, m.end, sent_end) is not None
    if kind is ActorKind.GROUP:
        # "said a trader at the market.", "said a resident of the village in Ikeja."
        return _RIGHT_PLACE_TAIL.fullmatch(text, m.end, sent_end) is not None
    return (
        kind is ActorKind.ORGANISATION
        and _RIGHT_NOUN_TAIL.fullmatch(text, m.end, sent_end) is not None
    )


def spokesman_for(text: str, m: Mention, owner: Mention, kinds: Mapping[str, ActorKind]) -> bool:
    """Whether the group mention ``m`` is the spokesman of the organisation or country
    ``owner`` right after it ("A spokesman for NASA said", "a spokeswoman for the fund
    said"): the spokesman is then a mention of the organisation, no group of its own."""
    return (
        m.actor_id.rpartition(" ")[2] in _SPOKES_WORDS
        and kinds.get(m.actor_id) is ActorKind.GROUP
        and kinds.get(owner.actor_id) in _IT_SPEAKERS
        and _FOR_GAP.fullmatch(text, m.end, owner.start) is not None
    )


def org_spokesman(text: str, owner: Mention, m: Mention, kinds: Mapping[str, ActorKind]) -> bool:
    """Whether the group mention ``m`` is the spokesman of the organisation or country
    ``owner`` right before it ("A Toyota spokesman said", "NASA's spokeswoman said"): the
    organisation then speaks (a reader filtering by it expects the statement). So does its
    mission or delegation ("The African Union's election observer mission said")."""
    return (
        (m.actor_id in _SPOKES_WORDS or m.actor_id.endswith(_ENVOY_GROUPS))
        and kinds.get(m.actor_id) is ActorKind.GROUP
        and kinds.get(owner.actor_id) in _IT_SPEAKERS
        and _OWNER_GAP.fullmatch(text, owner.end, m.start) is not None
    )


def _role_holder(nom: Nominal, holders: Mapping[str, tuple[str, int]]) -> str | None:
    """The person a title alone after "the" refers to ("The governor said" after "RBI
    Governor Anand Kulkarni"): ``holders`` maps a role to the one person of the article who
    has it, with the start of their first mention (named before the phrase)."""
    if nom.role is None or not nom.id.startswith("the "):
        return None
    held = holders.get(nom.role)
    if held is None or held[1] >= nom.start or vocabulary().titles.get(nom.id[4:]) != nom.role:
        return None  # (no such person, named after, or "the governor of Texas")
    return held[0]


def _place_opening(text: str, lo: int, hi: int) -> bool:
    """False where ``_PLACE_GAP`` cannot match ``text[lo:hi]``: it opens with spaces then "of",
    "in" or "from" (one space then another word is the common gap)."""
    if not text[lo : lo + 1].isspace():
        return False
    return text[lo + 1 : lo + 2].isspace() or text.startswith(_PLACE_WORDS, lo + 1, hi)


def _subject_gap(
    text: str, sent_start: int, m: Mention, limit: int, kinds: dict[str, ActorKind]
) -> bool:
    """Only a subject's gap between the mention ``m`` and ``limit`` (the cue): spaces and
    words as "also", "has" (``_SIMPLE_GAP``), an apposition, a place ("of Kansas"), or the
    commas around a person's name; after a bracket (``_BRACKET``: "HRW (Human Rights
    Watch) said") if one opens it."""
    end = m.end
    if end >= limit:
        return end == limit  # the empty gap (every pattern fails from after its end)
    # Each pattern opens with spaces, a comma or one of its words: after at most one space, a
    # character that opens none of them rules out all (the common gap "who was" or "met").
    first = text[end]
    if first == " " and end + 1 < limit:
        first = text[end + 1]
    if first == "(":
        bracket = _BRACKET.match(text, end, limit)
        if bracket is None:
            return False
        end = bracket.end()
        if end >= limit:
            return end == limit
        first = text[end]
        if first == " " and end + 1 < limit:
            first = text[end + 1]
    if (
        first in _NOUN_OPENINGS
        and kinds.get(m.actor_id) is ActorKind.ORGANISATION
        and _NOUN_GAP.fullmatch(text, end, limit)
    ):
        return True  # "the IG Metall union said"
    if (
        first in _GROUP_GAP_FIRSTS
        and kinds.get(m.actor_id) is ActorKind.GROUP
        and _GROUP_WITH_GAP.fullmatch(text, end, limit)
    ):
        # "an epidemiologist with the provincial health division said", "A Western
        # diplomat briefed on the talks said"
        return True
    if first not in _GAP_OPENINGS and not first.isspace():
        return False
    # A gap of spaces (``\s`` is ``str.isspace``): "X said".
    if limit <= end + 8 and text[end:limit].isspace():
        return True
    return bool(
        _SIMPLE_GAP.fullmatch(text, end, limit)
        # The apposition opens with a comma, the place with spaces: their regex only then.
        or (text.startswith(",", end, limit) and _APPOSITION_GAP.fullmatch(text, end, limit))
        or (_place_opening(text, end, limit) and _PLACE_GAP.fullmatch(text, end, limit))
        or (
            kinds.get(m.actor_id) in _COMMA_NAMED
            and (
                _CLOSING_COMMA.fullmatch(text, end, limit)
                or (_place_opening(text, end, limit) and _PLACE_CLOSED.fullmatch(text, end, limit))
            )
            and _OPENING_COMMA.search(text, max(sent_start, m.start - _OPENING_REACH), m.start)
        )
    )


def _nested_apposed(
    text: str,
    mentions: Sequence[Mention],
    cands: Sequence[int],
    lo: int,
    pos: int,
    kinds: Mapping[str, ActorKind],
) -> str | None:
    """The person whose apposition holds the name ``mentions[cands[pos]]`` as the apposed
    name of its object ("Tom Hart, a senior adviser to the French president, Paul Morel,":
    Tom Hart), if any: the nearest person before it with such a gap (the mentions between
    inside the apposition, as "French")."""
    start = mentions[cands[pos]].start
    for p in range(pos - 1, max(lo, pos - 4) - 1, -1):
        m = mentions[cands[p]]
        if start - m.end > 110:
            return None
        if (
            kinds.get(m.actor_id) is ActorKind.PERSON
            and text.startswith(",", m.end)
            and any(w in text[m.end : start] for w in _NESTED_PREPS)
            and _NESTED_APPOSITION.fullmatch(text, m.end, start)
        ):
            return m.actor_id
    return None


def _unquoted(
    starts: list[int], ends: list[int], qstarts: list[int], qends: list[int]
) -> tuple[Sequence[int], list[int], list[int]]:
    """The indices of ``starts`` (ascending) not inside one of the spans ``qstarts[i] <
    start < qends[i]`` (``qstarts`` ascending; as :func:`_quoted`), and their starts and
    ends: the mentions of each span found by bisect, those between spans taken in slices."""
    n = len(starts)
    # The mentions inside each span, [lo, hi): one bisect per span without a Python loop.
    los = map(bisect_right, repeat(starts), qstarts)
    his = map(bisect_left, repeat(starts), qends)
    inside = [(lo, hi) for lo, hi in zip(los, his, strict=True) if lo < hi]
    if not inside:
        return range(n), starts, ends
    free: list[int] = []
    free_starts: list[int] = []
    free_ends: list[int] = []
    nxt = 0  # the first mention after the spans so far
    # The spans' lows ascend (those of their starts): the free mentions run between them.
    for lo, hi in [*inside, (n, n)]:
        if lo > nxt:
            free.extend(range(nxt, lo))
            free_starts.extend(starts[nxt:lo])
            free_ends.extend(ends[nxt:lo])
        nxt = max(nxt, hi)
    return free, free_starts, free_ends


def _in_quotes(cue_spans: list[tuple[int, int]], qstarts: list[int], qends: list[int]) -> set[int]:
    """The starts of the cues inside a quote: inside the last one opening at or before them
    (strictly; ``qstarts`` ascending). Found from the quotes (fewer than cues in news text):
    quote ``q`` is the last one for the cues from its start to the next quote's."""
    if not qstarts:
        return set()
    # (A list comprehension is faster than a generator here, and sorting a sorted list a
    # pass in C.)
    cstarts = [cs for cs, _ in cue_spans]
    cstarts.sort()
    nexts = chain(islice(qstarts, 1, None), (maxsize,))
    los = list(map(bisect_right, repeat(cstarts), qstarts))
    his = list(map(bisect_left, repeat(cstarts), map(min, qends, nexts)))
    out: set[int] = set()
    if los == his:
        return out  # (no cue inside a quote, as in most texts: one comparison in C)
    for lo, hi in zip(los, his, strict=True):
        if lo < hi:
            out.update(cstarts[lo:hi])
    return out


def _quoted(starts: list[int], spans: list[tuple[int, int]]) -> list[bool]:
    """For each position of ``starts`` (sorted): inside one of ``spans`` (sorted, disjoint)?"""
    out = [False] * len(starts)
    if not spans:
        return out
    j = 0
    for k, pos in enumerate(starts):
        while j < len(spans) and spans[j][1] <= pos:
            j += 1
        out[k] = j < len(spans) and spans[j][0] < pos < spans[j][1]
    return out


def find_speakers(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    kinds: dict[str, ActorKind],
    quotes: Sequence[QuoteSpan],
    capital_of: dict[str, str],
    text_cues: list[tuple[int, int]],
    genders: Callable[[], Mapping[str, str]] | None = None,
    role_holders: Mapping[str, tuple[str, int]] | None = None,
) -> SpeakerResult:
    """Who makes each statement. ``mentions``: in text order (sorted by start, as
    analyse_actors gives them); ``text_cues``: the spans of ``patterns().cue.finditer(text)``
    (wordscan); ``genders``: gives "f" or "m" for the persons the text says it of (see
    :func:`_choose_referent`), asked only when a pronoun needs it; ``role_holders``: the
    roles only one person has, for "the governor said" (:func:`_role_holder`)."""
    if quotes:  # "X called her “...”": a naming verb before a quote is its cue
        text_cues = with_quote_cues(
            text, text_cues, [q.start for q in quotes], [q.end for q in quotes]
        )
    cue_sentences, cue_spans = cues_in_order(text, sentences, text_cues)
    if not cue_sentences:
        return SpeakerResult((), {}, ())
    known_genders: Mapping[str, str] | None = None
    person = ActorKind.PERSON
    qspans = [(q.start, q.end) for q in quotes]
    qspans.sort()
    qstarts = [s for s, _ in qspans]
    qends = [e for _, e in qspans]
    mstarts = [m.start for m in mentions]
    mends = [m.end for m in mentions]
    out: list[Attribution] = []
    remapped: dict[int, str] = {}
    nominal: list[Nominal] = []
    # The persons found as speakers, with their sentences, in order ("he said" refers to
    # one), and the last statement's sentence and speakers ("it said" refers to them).
    person_said: list[tuple[int, str]] = []
    last_said: tuple[int, list[str]] = (-10, [])
    subjects: dict[int, str | None] = {}  # memo of subject()
    quote_filled: dict[int, bool] = {}  # memo of _quote_filled

    surnames: list[dict[str, str]] = []  # surname_people(kinds), made when first needed
    # The organisations whose spokesman spoke ("A Downing Street spokesperson said"), by the
    # spokesman's group id: "the spokesperson" later is theirs.
    spokes_owner: dict[str, str] = {}

    def owned_spokesman(k: int, who: str) -> str:
        """The organisation of "the spokesperson" (mention ``k``, speaker ``who``) whose
        spokesperson spoke before ("A Downing Street spokesperson said ... The spokesperson
        said"), else ``who``."""
        owner = spokes_owner.get(who)
        if owner is not None and mentions[k].text[:4].lower() == "the ":
            remapped[k] = owner
            return owner
        at = mentions[k].start
        if who in _SPOKES_GROUPS and text.endswith(_COMPANY_BEFORE, max(0, at - 12), at):
            # "Google said ... a company spokesperson said": the organisation named last
            for j in range(k - 1, -1, -1):
                if mentions[j].end < at - _COMPANY_REACH:
                    break
                if kinds.get(mentions[j].actor_id) is ActorKind.ORGANISATION:
                    remapped[k] = mentions[j].actor_id
                    return mentions[j].actor_id
        return who

    def speaker_of(idx: int) -> str | None:
        m = mentions[idx]
        kind = kinds.get(m.actor_id)
        if kind in _SPEAKERS:
            return m.actor_id
        if kind is ActorKind.PLACE:
            if m.actor_id in capital_of:
                country = capital_of[m.actor_id]
                if text.endswith(" in ", m.start - 4, m.start):
                    # "the defence ministry in Taipei said": Taiwan's ministry
                    service = service_before(
                        text, m.start - 80, m.end, lambda s, e: country if s <= m.start else None
                    )
                    if service is not None and service.kind is ActorKind.ORGANISATION:
                        nominal.append(service)
                        return service.id
                if text.endswith(_PLACE_PREPOSITIONS, max(0, m.start - 8), m.start):
                    return None  # "People in Taipei said": the town, no government
                remapped[idx] = country
                return country
            if not surnames:
                surnames.append(surname_people(kinds))  # (once, when a place may speak)
            who = surnames[0].get(m.actor_id)
            if who is not None:
                remapped[idx] = who  # "Siamand Kobani ... Kobani said": no town speaks
                return who
        return None

    # canonicalise gives the mentions in order and disjoint: those of a sentence outside
    # quotes (the candidates of its cues), and those before or after a cue, are then slices
    # found by bisect (else filtered one by one).
    ordered = _ascending(mstarts) and _ascending(mends)
    if ordered:
        free, free_starts, free_ends = _unquoted(mstarts, mends, qstarts, qends)
    else:
        quoted = _quoted(mstarts, qspans)

    def sentence_mentions(sent: Sentence) -> Sequence[int]:
        """The mentions of ``sent`` outside quotes (indices into ``mentions``)."""
        if ordered:
            lo = bisect_left(free_starts, sent.start)
            return free[lo : bisect_left(free_starts, sent.end, lo)]
        lo = bisect_left(mstarts, sent.start)
        return [k for k in range(lo, bisect_left(mstarts, sent.end)) if not quoted[k]]

    def window(start: int, cs: int) -> Sequence[int]:
        """The mentions outside quotes from ``start`` to the cue at ``cs``."""
        if ordered:
            return free[bisect_left(free_starts, start) : bisect_left(free_starts, cs)]
        lo = bisect_left(mstarts, start)
        return [k for k in range(lo, bisect_left(mstarts, cs)) if not quoted[k]]

    def subject(si: int) -> str | None:
        """The person who is the subject of sentence ``si`` ("Kowalski addressed the
        court."), if any."""
        sent = sentences[si]
        for k in sentence_mentions(sent)[:3]:
            first = mentions[k]
            if not _SUBJECT_LEAD.fullmatch(text, sent.start, first.start) and not (
                text.startswith(",", first.end)
                and kinds.get(first.actor_id) is person
                and _TITLE_LEAD.fullmatch(text, sent.start, first.start)
            ):
                return None
            if kinds.get(first.actor_id) is person:
                if not text.startswith(_POSSESSIVE, first.end):
                    return first.actor_id
                # "Okafor's widow, Ada Okafor, wept.": the name apposed to the owned noun
                nxt = mentions[k + 1] if k + 1 < len(mentions) else None
                if (
                    nxt is not None
                    and kinds.get(nxt.actor_id) is person
                    and text.startswith(",", nxt.end)
                    and _OWNED_APPOSED.fullmatch(text, first.end, nxt.start)
                ):
                    return nxt.actor_id
                return None
        return None

    def first_person(si: int) -> str | None:
        """The first person sentence ``si`` names outside quotes (not a possessive)."""
        for k in sentence_mentions(sentences[si]):
            m = mentions[k]
            if kinds.get(m.actor_id) is person and not text.startswith(_POSSESSIVE, m.end):
                return m.actor_id
        return None

    def said_back(at: int, si: int) -> int:
        """The sentences from ``at`` to ``si``, not counting those a quote fills between
        ('A shop steward said ... "My son is at university. I pay with loans," he said')."""
        back = si - at
        if back <= 1 or at < 0:
            return back  # (mostly: no sentence between, or none said before; each
            # sentence's test is kept, so all cost at most one test a sentence)
        for j in range(at + 1, si):
            filled = quote_filled.get(j)
            if filled is None:
                filled = quote_filled[j] = _quote_filled(sentences[j], qstarts, qends)
            back -= filled
        return back

    def pronoun_candidates(si: int) -> Iterator[tuple[int, str, bool]]:
        """The persons a "he said" in sentence ``si`` may refer to, the latest first (see
        :func:`_choose_referent`): each sentence's person speakers (the last first), or, in an
        earlier sentence without one, its person subject, or else the first person it names;
        back to _PRONOUN_SENTENCES sentences before ``si`` in its paragraph or the
        _PRONOUN_PARAGRAPHS before. The subjects are looked for only here, for the few cues
        that need one, and only as far back as the choice reads (mostly the first)."""
        floor = sentences[si].paragraph - _PRONOUN_PARAGRAPHS
        k = len(person_said) - 1
        back = 0  # the sentences from j to si, not counting those a quote fills between
        for j in range(si, -1, -1):
            if j < si - 1:
                filled = quote_filled.get(j + 1)
                if filled is None:
                    filled = quote_filled[j + 1] = _quote_filled(sentences[j + 1], qstarts, qends)
                back += not filled
            elif j == si - 1:
                back = 1
            if back > _PRONOUN_SENTENCES or sentences[j].paragraph < floor:
                break
            spoke = False
            while k >= 0 and person_said[k][0] >= j:
                if person_said[k][0] == j:
                    spoke = True
                    yield back, person_said[k][1], True
                k -= 1
            if not spoke and j < si:
                if j not in subjects:
                    subjects[j] = subject(j)
                who = subjects[j]
                if who is not None:
                    yield back, who, True
                else:
                    who = first_person(j)
                    if who is not None:
                        yield back, who, False

    def _briefed(start: int, sent_start: int, cs: int) -> str | None:
        """The title phrase whose brief the name at ``start`` is ("The UN envoy for Yemen
        said", "the U.S. ambassador to Japan said": the envoy, not Yemen), if any; not a
        spokesman's employer ("a spokesman for NASA said": NASA)."""
        if _SPOKES.search(text, max(sent_start, start - 40), start):
            return None
        nom = nominal_before(text, sent_start, cs)
        if nom is None or nom.start >= start:
            return None
        holder = _role_holder(nom, role_holders) if role_holders else None
        if holder is None:
            nominal.append(nom)
        return nom.id if holder is None else holder

    def named_before(sent_start: int, cs: int, cands: Sequence[int], lo: int, hi: int) -> list[str]:
        """The speakers named before the cue at ``cs``: the nearest mention with a subject
        gap to the cue (``cands[lo:hi]``: the mentions before it, in order; a range of the
        list rather than a slice of it, as most cues look at the last one only)."""
        limit = cs
        for pos in range(hi - 1, lo - 1, -1):
            k = cands[pos]
            m = mentions[k]
            start, end = m.start, m.end
            # The common gap, spaces ("X said"), before the call (the test _subject_gap
            # makes first).
            gap = limit - end
            if not (gap == 0 or (0 < gap <= 8 and text[end:limit].isspace())) and not (
                _subject_gap(text, sent_start, m, limit, kinds)
            ):
                continue
            if text.endswith(_BRIEF_PREPS, sent_start, start):
                nom = _briefed(start, sent_start, cs)
                if nom is not None:
                    return [nom]
            if pos == lo:
                who = m.actor_id if kinds.get(m.actor_id) in _SPEAKERS else speaker_of(k)
                return [] if who is None else [owned_spokesman(k, who)]
            prev = mentions[cands[pos - 1]]
            if prev.end == end and prev.start < start:
                continue  # the employer inside its group ("Analysts at Deutsche Bank said")
            if "," in text[start - 24 : start]:
                # "Tom Hart, an aide to the prime minister, Paul Morel, said": Tom Hart.
                first = _nested_apposed(text, mentions, cands, lo, pos, kinds)
                if first is not None:
                    return [first]
            # _PREP_BEFORE and _AND_GAP end with spaces at the mention, after the last
            # letter of one of their words or more spaces: their regex only then.
            lead = text[start - 2] if start >= 2 and text[start - 1].isspace() else ""
            spaces = lead.isspace()
            # A word of _PREP_BEFORE ends before one space: its regex only then (more spaces:
            # always).
            if spaces or (
                lead in _PREP_ENDS
                and text.endswith(
                    _PREP_WORDS, sent_start if start - 12 < sent_start else start - 12, start - 1
                )
            ):
                pm = _PREP_BEFORE.search(
                    text, sent_start if start - 12 < sent_start else start - 12, start
                )
                if pm is not None and not _SPOKES.search(text, max(sent_start, start - 40), start):
                    limit = pm.start()  # "a resident of Djibo": the resident
                    continue
            # ("a spokesman for X, NAME, said": NAME speaks, found by the gap.)
            km = mentions[k]
            who = km.actor_id if kinds.get(km.actor_id) in _SPEAKERS else speaker_of(k)
            if who is None:
                break
            if org_spokesman(text, prev, km, kinds):
                spokes_owner[km.actor_id] = prev.actor_id
                remapped[k] = who = prev.actor_id  # (the group mention: the organisation's)
            elif kinds.get(prev.actor_id) is ActorKind.GROUP and spokesman_for(
                text, prev, km, kinds
            ):
                remapped[cands[pos - 1]] = who  # ("A spokesman for NASA": NASA's mention)
            else:
                who = owned_spokesman(k, who)
            speakers = [who]
            # "The companies said": the mentions of each on the same span all speak.
            p = pos - 1
            while p >= lo and mentions[cands[p]].start == start and mentions[cands[p]].end == end:
                other = speaker_of(cands[p])
                if other is not None and other not in speakers:
                    speakers.insert(0, other)
                p -= 1
            if p < pos - 1:
                return speakers
            # "Russia and Syria denied ...", "Italy, Spain and Malta welcomed ...": all are
            # speakers.
            if (spaces or lead in _AND_ENDS) and _AND_GAP.fullmatch(text, prev.end, start):
                p = pos - 1
                while p >= lo:
                    other = speaker_of(cands[p])
                    if other is None:
                        break
                    speakers.insert(0, other)
                    if p == lo or not _LIST_GAP.fullmatch(
                        text, mentions[cands[p - 1]].end, mentions[cands[p]].start
                    ):
                        break
                    p -= 1
            return speakers
        return []

    def behalf_speaker(behalf: re.Match[str], si: int, before: Sequence[int]) -> list[str]:
        """The person an office or spokesman before a cue speaks for ("his office said"):
        :func:`_behalf_referent`; for "X's office" X, if a person."""
        nonlocal known_genders
        if behalf.group("pron") is None:
            at = behalf.start()
            owner = [mentions[k].actor_id for k in before if mentions[k].end == at]
            return owner if owner and kinds.get(owner[0]) is person else []
        if known_genders is None:
            known_genders = {} if genders is None else genders()
        said = known_genders
        gender = "f" if behalf.group("pron") in ("her", "Her") else "m"
        named = [
            mentions[k].actor_id
            for k in before
            if mentions[k].end <= behalf.start() and kinds.get(mentions[k].actor_id) is person
        ]
        who = _behalf_referent(
            named, said, gender, lambda: _choose_referent(pronoun_candidates(si), said, gender)
        )
        return [] if who is None else [who]

    behalf_at = behalf_words(text)  # (for on_behalf: none in most texts)
    # Only the sentences with a cue (the cues come sentence by sentence): the subject of an
    # earlier one is looked for when a "he said" needs it (pronoun_referent).
    in_quotes = _in_quotes(cue_spans, qstarts, qends)
    si = -1
    sent_start = sent_end = floor = lo = hi = 0
    idxs: Sequence[int] = ()
    found: list[str] = []
    for cue_si, (cs, ce) in zip(cue_sentences, cue_spans, strict=True):
        if cue_si != si:
            si = cue_si
            sent = sentences[si]
            sent_start, sent_end = sent.start, sent.end
            # The lowest end of the spaces before a cue (a test is cheaper than a max call).
            floor = sent_start if sent_start > 0 else 0
            if ordered:
                lo = bisect_left(free_starts, sent_start)
                hi = bisect_left(free_starts, sent_end, lo)
            else:
                idxs = sentence_mentions(sent)
            found = []
        if cs in in_quotes:
            continue
        surface = text[cs:ce]
        continuation, according, inverted_cue = _cue_kinds.get(surface) or _cue_kind(surface)
        if surface in _CHECKED_CUES and not statement_cue(text, surface, ce):
            continue  # ("the Assembly rejected the budget": a vote)
        if continuation and found:
            continue
        # The mentions before the cue: cands[c_lo:c_hi].
        if ordered:
            cands, c_lo, c_hi = free, lo, bisect_right(free_ends, cs, lo, hi)
        else:
            cands = [k for k in idxs if mends[k] <= cs]
            c_lo, c_hi = 0, len(cands)
        speakers: list[str] = []
        lead_end = -1  # _space_start(text, sent_start, cs) once needed
        if inverted_cue:
            # _space_start and _after_lead without the calls.
            lead_end = cs
            while lead_end > floor and text[lead_end - 1].isspace():
                lead_end -= 1
            inverted = (
                according
                or (lead_end > floor and text[lead_end - 1] in _INVERTED_LEAD)
                or c_lo == c_hi
            )
        else:
            inverted = False
        if inverted:
            if ordered:
                a = bisect_left(free_starts, ce, lo, hi)
                after = free[a] if a < hi else None
            else:
                after = next((k for k in idxs if mstarts[k] >= ce), None)
            # where the words after the cue reach the speaker (its owner's possessive first)
            gap_end = mstarts[after] if after is not None else 0
            if after is not None:
                if ordered:
                    nxt = free[a + 1] if a + 1 < hi else None
                else:
                    nxt = next((k for k in idxs if mstarts[k] >= ce and k != after), None)
                if nxt is not None and possessed_org(text, mentions, kinds, after, nxt):
                    # "according to China's official Xinhua news agency": Xinhua
                    after = nxt
                    if ordered:
                        a += 1
            appositive = None
            if after is not None and not according:
                appositive = _appositive_after(
                    text,
                    ce,
                    sent_end,
                    mentions,
                    kinds,
                    free[a:hi] if ordered else (k for k in idxs if mstarts[k] >= ce),
                )
            nom = None if appositive is not None else nominal_after(text, ce, sent_end, according)
            owner = None  # "according to Kremlin spokesman Dmitry Peskov": the person
            if according and after is not None:
                owner = owner_title_after(
                    text,
                    ce,
                    sent_end,
                    mentions,
                    kinds,
                    free[a : a + 2] if ordered else [k for k in idxs if mstarts[k] >= ce],
                    according,
                )
            if appositive is not None:
                speakers.append(appositive)
            elif nom is not None and not (after is not None and mentions[after].start < nom.start):
                holder = _role_holder(nom, role_holders) if role_holders else None
                if holder is None:
                    nominal.append(nom)
                speakers.append(nom.id if holder is None else holder)
            elif owner is not None:
                speakers.append(owner)  # ("according to Kremlin spokesman Dmitry Peskov")
            elif (
                after is not None
                and right_gap(text, ce, gap_end)
                and (according or right_tail(text, mentions[after], sent_end, kinds))
            ):
                who = speaker_of(after)
                if who is not None:
                    speakers.append(who)
            if not speakers and after is not None and (not ordered or a + 1 < hi):
                # "..., said Kremlin spokesman Dmitry Peskov." (two mentions after the cue)
                who = owner_title_after(
                    text,
                    ce,
                    sent_end,
                    mentions,
                    kinds,
                    free[a : a + 2] if ordered else [k for k in idxs if mstarts[k] >= ce],
                    according,
                )
                if who is not None:
                    speakers.append(who)
        if not speakers and not according and c_hi > c_lo:
            # "X congratulated the alliance, calling the result “...”", "X flew to Padang and
            # said": the main clause's subject (not a name right before the comma).
            second = text.startswith(_AND_LEADS, cs - 5, cs)
            if not second and "ing" in surface:
                if lead_end < 0:
                    lead_end = _space_start(text, sent_start, cs)
                second = lead_end > floor and text[lead_end - 1] in _PARTICIPLE_LEAD
            if second:
                who = main_subject(text, sent_start, mentions, cands[c_lo:c_hi], kinds)
                if who is not None:
                    speakers.append(who)
        if not speakers and not according:
            # "his office said", "Lind's spokesman said": before the mention ("spokesman");
            # an organisation's office or spokesman as before.
            behalf = on_behalf(text, sent_start, cs, behalf_at) if behalf_at else None
            if behalf is not None:
                speakers = behalf_speaker(behalf, si, cands[c_lo:c_hi])
            if not speakers and c_hi - c_lo == 1:
                # "X said", X the one mention before: named_before's first test (spaces
                # between) and its speaker, without the call.
                m = mentions[cands[c_lo]]
                gap = cs - m.end
                if (gap == 0 or (0 < gap <= 8 and text[m.end : cs].isspace())) and kinds.get(
                    m.actor_id
                ) in _SPEAKERS:
                    speakers = [owned_spokesman(cands[c_lo], m.actor_id)]
            if not speakers and c_hi > c_lo:  # (no mention before: no speaker named)
                speakers = named_before(sent_start, cs, cands, c_lo, c_hi)
            if (
                len(speakers) == 1
                and kinds.get(speakers[0]) is ActorKind.COUNTRY
                and demonym_person_before(text, sent_start, cs, speakers[0])
            ):
                # "“...,” the Italian said": the person of that country the story is
                # about (the last speaker or subject, or the first person of the sentence
                # before), not the country
                speakers = []
                for back, who, spoke in pronoun_candidates(si):
                    if (spoke and back <= _PRONOUN_NEAR) or back <= 1:
                        speakers.append(who)
                    break
            if not speakers:
                nom = nominal_before(text, sent_start, cs)
                if nom is not None:
                    holder = _role_holder(nom, role_holders) if role_holders else None
                    if holder is None:
                        nominal.append(nom)
                    speakers.append(nom.id if holder is None else holder)
            if not speakers:
                if lead_end < 0:
                    lead_end = _space_start(text, sent_start, cs)
                pronoun_end = lead_end
                if text.endswith(_PRONOUN_GAP_TUPLE, floor, lead_end):
                    pronoun_end = _over_adverbs(text, floor, lead_end)
                service = None
                if c_hi > c_lo and (
                    _service_may_end(text, floor, pronoun_end)
                    or text.startswith(",", pronoun_end - 1)
                ):
                    service = service_speaker(
                        text,
                        sent_start,
                        pronoun_end,
                        cs,
                        mentions,
                        cands[c_lo:c_hi],
                        kinds,
                        capital_of,
                    )
                if service is not None:
                    # "Ukraine's air force said": the Ukrainian Air Force; "the Kenyan
                    # government said": Kenya.
                    if service.kind is not ActorKind.COUNTRY:
                        nominal.append(service)
                    speakers.append(service.id)
                elif _pronoun_before(text, sent_start, pronoun_end, cs):
                    gender = _pronoun_gender(text, pronoun_end)
                    if gender == "p":
                        # "Officials said ... They said ...": the group that spoke in this
                        # sentence or the one before (no one else)
                        at, said = last_said
                        if si - at <= 1 and len(said) == 1 and kinds.get(said[0]) is _GROUP:
                            speakers.append(said[0])
                    elif gender == "n":
                        at, said = last_said
                        if si - at <= 1 and len(said) == 1 and kinds.get(said[0]) in _IT_SPEAKERS:
                            speakers.append(said[0])
                        elif si - at > 1:
                            # "The ministry destroyed 40 drones. It said ...": the subject
                            # (where nobody spoke).
                            who = it_subject(
                                text, sentences, si, mentions, cands[c_lo:c_hi], kinds,
                                sentence_mentions,
                            )  # fmt: skip
                            if who is not None:
                                speakers.append(who)
                    elif (
                        group := unnamed_referent(
                            last_said, si, sentences, kinds, gender, said_back(last_said[0], si)
                        )
                    ) is not None:
                        speakers.append(group)  # "A spokesman said ... “...,” he said."
                    else:
                        candidates = pronoun_candidates(si)
                        latest = next(candidates, None)
                        if latest is not None and known_genders is None:
                            known_genders = {} if genders is None else genders()
                        if latest is not None and known_genders is not None:
                            referent = _choose_referent(
                                chain((latest,), candidates), known_genders, gender
                            )
                            if referent is not None:
                                speakers.append(referent)
                        if not speakers and not unnamed_spoke(
                            last_said, since := sole_window(sentences, si), kinds
                        ):
                            # The one person named in this paragraph or the one before.
                            if known_genders is None:
                                known_genders = {} if genders is None else genders()
                            who = sole_referent(
                                (
                                    (mentions[k].actor_id, text.startswith(_POSSESSIVE, mends[k]))
                                    for k in reversed(window(sentences[since].start, cs))
                                ),
                                kinds,
                                known_genders,
                                gender,
                            )
                            if who is not None:
                                speakers.append(who)
        if speakers:
            last_said = (si, speakers)
        for who in speakers:
            if who not in found:
                found.append(who)
                out.append(Attribution(si, who, cs, ce))
                if kinds.get(who) is person:
                    person_said.append((si, who))
    return SpeakerResult(tuple(out), remapped, tuple(nominal))
