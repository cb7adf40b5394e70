"""What the rule for an unknown name (:mod:`.names`) reads around it: the nouns, titles
and marks before and after a name that say what kind of actor it is, and the small tests
on them."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from explorer.parse.actors.data import load_toml, vocabulary
from explorer.parse.actors.mentions.tables import (
    _AREA_NOUNS,
    _ORG_NOUNS,
    _PARTY_ADJECTIVES,
    _PARTY_NAMES,
)
from explorer.parse.actors.people import people
from explorer.parse.actors.runs import COMPOUND_ENDS, run_sets

# Last words of the said_before pattern (a cheap test before the regex search).
_SAID_ENDS = ("said", "says", "added", "to", "told", "wrote", "asked", "declared")
# What ends the text before a name a witness gives of themself ("gave his name only as X",
# "identified only as X", "who gave only her first name, X"): a person's name.
GIVEN_NAME_ENDS = (
    *(
        f"{lead} as "
        for lead in ("name", "name only", "identified only", "known only", "named only")
    ),
    # ("police named the victim only as X", "identified him only as X")
    *(
        f"{whom} only as "
        for whom in ("him", "her", "them", "victim", "man", "woman", "boy", "girl")
    ),
    "first name, ",
    "first name ",
)
# Prepositions after which a name of several words is rather a person than a place.
_PERSON_PREPOSITIONS = frozenset({"from", "through"})
# Words before "to" that take a person ("spoke to Tom Hale", "injuries to Tom Hale", "an
# adviser to Tom Hale"): a name of two words or more after them is no destination.
TO_PERSON_WORDS = frozenset(
    {"spoke", "speaking", "spoken", "speak", "talked", "talking", "talk", "wrote", "writing",
     "written", "letter", "letters", "message", "messages", "email", "emails", "injury",
     "injuries", "married", "engaged", "tribute", "tributes", "condolences", "apologised",
     "apologized", "apology", "replied", "reply", "responded", "introduced", "lost",
     "losing", "loss", "defeat", "handed", "adviser", "advisers", "advisor", "advisors",
     "aide", "aides", "assistant", "successor", "predecessor", "heir", "runner-up",
     "belonging", "belonged", "belongs", "loyal", "grateful", "thanks", "addressed",
     "listened", "listening", "related", "engagement", "marriage", "owed", "lent", "loaned"}
)  # fmt: skip


# Nouns after a name that make it a thing's, no actor's: "its Artemis II moon mission".
# (Only for names the lexicon does not know: "Nvidia chips" keeps the company.)
_THING_AFTER = frozenset(
    {"mission", "missions", "rocket", "spacecraft", "capsule", "telescope", "rover", "probe"}
    | {"vaccine", "vaccines", "jab", "drug", "pill", "app", "chatbot", "smartphone", "console"}
    # ("HBM chips", "its Blackwell processors", "the benchmark KOSPI index")
    | {"chip", "chips", "processor", "processors", "index"}
    # ("on his Truth Social platform", "her Bluesky account")
    | {"platform", "account"}
    # a railway's ("suspended Tohoku Shinkansen services", "the Jubilee line")
    | {"services", "trains", "line"}
)
_THING_FIRSTS = ("moon", "lunar", "space", "crewed", "robotic")
_THING_AFTER_PAIRS = frozenset(w[:2] for w in (*_THING_AFTER, *_THING_FIRSTS))


def _noun_after(
    text: str, at: int, nouns: frozenset[str], kinds: frozenset[str] | tuple[str, ...]
) -> bool:
    """Whether one of ``nouns`` follows at ``at``, maybe after one of ``kinds`` ("moon
    mission", "nuclear plant")."""
    words = text[at : at + 30].split(maxsplit=2)
    if not words:
        return False
    first = words[0].rstrip(".,;:")
    if first in nouns:
        return True
    return first in kinds and len(words) > 1 and words[1].rstrip(".,;:") in nouns


def _thing_after(text: str, at: int) -> bool:
    """Whether a thing's noun follows at ``at``, maybe after a word of its kind ("moon
    mission", "space telescope")."""
    return _noun_after(text, at, _THING_AFTER, _THING_FIRSTS)


# Monarchs, whose country an apposition after "the" leaves to the text before ("The emir,
# Sheikh X, met": the one country just named; not "the president", whom an article may
# name beside other countries' presidents).
_STATE_HEADS = frozenset({"emir", "king", "queen", "sultan", "crown prince"})
_THE_HEAD = re.compile(
    rf"(?<![\w’'\-])[Tt]he (?:{'|'.join(sorted(_STATE_HEADS))}), [^,]*$"
)  # ("The emir, Sheikh" before the name)
# Nouns of ships before their names ("the ferry Doña Paz").
_VESSELS = frozenset(
    {"ferry", "ship", "vessel", "tanker", "freighter", "trawler", "yacht", "submarine"}
    | {"destroyer", "frigate", "liner", "warship", "icebreaker", "boat", "barge", "cruiser"}
)
_SETTLEMENTS = frozenset(
    {"town", "village", "city", "hamlet", "suburb", "district", "province", "region", "island"}
    | {"port", "municipality", "county", "neighbourhood", "neighborhood", "township", "commune"}
)
# Lower-case nouns after which a name is an organisation's ("the Renovación Popular party",
# "the IG Metall union").
_ORG_AFTER_NOUNS = frozenset(load_toml("vocabulary.toml")["organisation_after"])
_ORG_AFTER = _ORG_AFTER_NOUNS | frozenset(load_toml("vocabulary.toml")["media_after"])
# The first two letters of the nouns of both lists (a test before reading the word).
_AFTER_PAIRS = frozenset(w[:2] for w in _ORG_AFTER | _AREA_NOUNS)
_COMPOUND_ENDS = COMPOUND_ENDS
# What an apposition of a description opens with (a test before _APPOS_PROFESSION and
# appos_org, which open so).
_DESCRIBED = (", a ", ", an ", ", the ", ", one of ")
_OWNER_AHEAD = "s "  # (the end of an owner's possessive: "Japan's", "Japan’s")
# "the VDA auto industry association": one or two lower-case words, then a noun of
# organisation_after, after "the" and a name ("The Ifo economic institute"; not "the
# Kessler family foundation", a family's name).
_NOUNS_THEN_ORG = re.compile(
    r" (?:(?!family )[a-z]+ ){1,2}(?:" + "|".join(sorted(_ORG_AFTER_NOUNS)) + r")(?![\w\-])"
)
# "the Brussels office of X", "a subsidiary of X": X is an organisation.
_BRANCHES = frozenset({"office", "offices", "subsidiary", "division", "branch", "unit"})
# "chief Asia economist at", "senior U.S. strategist at": a desk's region (one to three
# capitalised words) between a title's first word and its last, before the employer.
_DESK_TITLES = frozenset({"chief", "senior", "head"})
_DESK_JOB = re.compile(r" (?:[A-Z][\w.\-]*\s+){1,3}(?P<job>[a-z]+)(?= (?:at|for|with) )")
# A capitalised word right after a title: the title is that name's, not an apposition's.
_NAME_AFTER = re.compile(r"[ \u00a0][A-Z][a-z]")


_PARTY_VERBS = frozenset(c.split()[0] for c in vocabulary().cues) | {"would", "will", "has"}
# A US lawmaker's party and state after the name: ", R-Texas,", " (D-Calif.)".
_PARTY_STATE_OPENINGS = (", R-", ", D-", " (R-", " (D-")
_PARTY_LETTERS = {"R": "Republican", "D": "Democratic"}
_POLITICIANS = frozenset(
    {"lawmaker", "lawmakers", "senator", "senators", "MP", "MPs", "MEP", "MEPs", "peer"}
    | {"congressman", "congresswoman", "congressmen", "representative", "legislator"}
    | {"legislators", "councillor", "councilor", "councillors", "politician", "politicians"}
    | {"candidate", "candidates", "leader", "leaders", "governor", "mayor", "deputy", "whip"}
    | {"backbencher", "backbenchers", "strategist", "strategists", "member", "members"}
)


def _party_alone(text: str, end: int, name: str) -> bool:
    """Whether the one-word party name ``name`` ending at ``end`` stands for a party: a
    plural always ("the Greens"), a singular ("Labour") not before a lower-case noun."""
    if name not in _PARTY_NAMES or not text.startswith(" ", end):
        return True
    after = text[end + 1 : end + 16].split(" ", 1)[0].rstrip(".,;:")
    return (
        not after[:1].islower()
        or after in _PARTY_VERBS
        or after.endswith("ed")
        or after in _FUNCTION_WORDS  # "accused Labor of ...", "Labour and the Greens"
    )


# Words after a party's singular name that make it no noun's modifier ("Labour market").
_FUNCTION_WORDS = frozenset(
    {"of", "and", "or", "to", "in", "on", "at", "for", "with", "from", "by", "as", "but"}
    | {"that", "which", "who", "is", "was", "are", "were", "has", "have", "had", "would"}
    | {"will", "could", "should", "must", "can", "may", "might", "did", "does"}
)
# Nouns for people that open a sentence before a name, as a role ("Resident Maria Gutierrez,
# 64, said": a resident, no name word "Resident").
_PEOPLE_OPENERS = frozenset(
    {"resident", "witness", "villager", "shopkeeper", "neighbour", "neighbor", "survivor"}
    | {"passenger", "commuter", "homeowner", "farmer", "fisherman", "voter", "protester"}
)
# Words after a possessive that make it a person's ("Moody's wife", "Moody's own").
_PERSONAL_AFTER = tuple(
    f"{w} "
    for w in ("wife", "husband", "son", "daughter", "family", "mother", "father", "own", "book")
)
# Nouns after which "in NAME" is a company, not a place ("shares in Nordlys").
# The rest of a stock ticker in brackets after its letters: an exchange's suffix ("(SCE.BK)",
# "(HALV.OL)", "(BRKb.N)"). A ticker is no actor.
_TICKER_END = re.compile(r"\.[A-Z]{1,3}\)")
# A barrister's rank after the name (UK courts and inquests): "Jonathan Ashby KC, for the
# family,"; the rank is the role, no word of the name.
# The chambers whose party caucus a party's adjective after them names ("House Democratic
# Leader X").
_CHAMBERS = ("House ", "Senate ", "Assembly ")


def _caucus_party(words: str) -> str | None:
    """The party of a chamber and a party's adjective ("House Democratic": the party's
    caucus in it), None for other words."""
    if not words.startswith(_CHAMBERS):
        return None
    return _PARTY_ADJECTIVES.get(words[words.find(" ") + 1 :])


# Where a correspondent reports from: a place ("Reporting from Khan Younis, X said").
_REPORTING_FROM = ("eporting from ", "eports from ")
# An adjective's ending, and a plural noun then a speech verb after it: a sentence opening
# with an adjective ("Medical reports said", "Economic analysts say"), no name.
_ADJECTIVE_ENDS = ("al", "ic", "ical", "ary", "ous", "ive")
_PLURAL_THEN_CUE = re.compile(r" [a-z]+s (?:said|say|says|told|tell|reported|report|warned)\b")
_COUNSEL_AFTER = (" KC", " QC")
# A stock ticker in brackets after a name: a company's ("Kestrel Mining (KMX.AX)", "Tomoe
# Motor (7211.T)", "(NYSE: KMX)").
_TICKER_AFTER = re.compile(r" \((?:[A-Z0-9]{1,6}[a-z]?\.[A-Z]{1,3}|[A-Z]{2,6}: ?[A-Z0-9]{1,6})\)")
# What a source of figures names after it ("according to Tradeweb data", "Eurostat
# figures showed"): the name is an organisation's, not a person's.
DATA_NOUNS = (" data", " figures", " statistics", " estimates", " calculations", " polling")
_HOLDINGS = frozenset({"shares", "stake", "stakes", "holding", "holdings", "investment"})
_BANK_ENDS = ("bank", "banken")
# Nouns of an organisation that, opening a sentence before a comma, describe the name in
# apposition after it: "His team, Soudal Quick-Step, said", "Belgium's anti-doping body,
# NADO Vlaanderen, cleared" (an organisation, though its words look like a person's).
_COALITION_PARTNER = (" coalition partner, ", " junior partner, ", " governing partner, ")
_APPOS_ORG_NOUNS = _ORG_NOUNS | {"team", "body", "club", "union", "federation", "group", "party"}
# The opening of such a sentence: an article, a possessive pronoun or an owner's name, then
# up to four words and the noun, then the comma right before the name.
_APPOS_ORG_BEFORE = re.compile(
    r"(?:(?:\A|(?<=[.!?\n])\s*|(?<=[.!?][\"”’]) )(?:The|His|Her|Its|Their)"
    # (an owner's possessive anywhere: "after Belgium's anti-doping body, NADO Vlaanderen,")
    r"|(?<![\w’'.\-])[A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3}[’']s) "
    r"(?:[\w’'\-]+ ){0,4}?[a-z]+,[ \u00a0]\Z"
)
# A scientist's or a like profession's noun in an apposition, with no employer: "Dr. Lena
# Hart, a chemist who ...", "Dr. Omar Said, a physician in Gaza,".
_APPOS_PROFESSION = re.compile(
    r", (?:a|an|the) (?:[\w’'\-]+\s+){0,2}?(?P<job>[a-z][\w\-]*(?:ist|ian))"
    r"(?=[,.;]|\s+(?:who|at|in|with|for|from|and|whose)\b)"
)
# Military and police ranks: an appositive job after the name is the role ("Maj. Gen. Ali
# Musa, a spokesman for the army,": a spokesman, of the army), as after an honorific.
_RANKS = frozenset(
    {"general", "major general", "brigadier general", "lieutenant general", "brigadier"}
    | {"colonel", "lieutenant colonel", "major", "captain", "lieutenant", "sergeant"}
    | {"admiral", "rear admiral", "vice admiral", "air marshal", "commander", "corporal"}
    | {"field marshal", "marshal", "air vice marshal", "commodore", "staff sergeant"}
)
# Nouns after which "in NAME" is a field, not a place ("the Nobel Prize in Chemistry").
_AWARDS = frozenset({"prize", "prizes", "award", "awards", "medal", "medals"})
# Prepositions after which a one-word name is a person or a company as often as a place.
_NOT_PLACE_PREPOSITIONS = frozenset({"to"})
_NOUN_DETERMINERS = frozenset({"the", "The", "a", "A", "an", "An"})


def _acronym_end(word: str) -> bool:
    """An acronym with a full stop: a sentence's end ("He was named CEO. Shares rose"), no
    abbreviation's dot ("Gov.")."""
    return len(word) > 2 and word[-1] == "." and word[:-1].isupper() and "." not in word[:-1]


@cache
def _listed_first_names() -> frozenset[str]:
    """The first words of the listed public figures' names ("Bill", "Rose")."""
    return frozenset(a.id.split()[0] for a in people().full.values() if " " in a.id)


class _Before(NamedTuple):
    """What the word before an unknown name says (memoised: a few words recur). A named
    tuple, not a frozen dataclass: one is made for every new word before a name, and a
    tuple is made in a third of the time (no ``object.__setattr__`` per field)."""

    title_last: bool  # the last word of a title ("minister", "Minister.")
    abbreviated: bool  # a capitalised abbreviation ("Gov.", "Sen.", "U.S.")
    role: str | None  # the title's role for an abbreviation that is one ("" for no role)
    lower: str
    said_end: bool  # ends as the said_before pattern's last word ("said", "told")
    org_noun: bool  # describes an organisation ("the venture firm| NAME")
    thing_noun: bool  # names a thing ("the hormone| EPO")


_BEFORE: dict[str, _Before] = {}
_THING_NOUNS = frozenset(load_toml("vocabulary.toml")["thing_nouns"])


def _before_word(word: str, title_last: frozenset[str], titles: dict[str, str]) -> _Before:
    abbreviated = word[:1].isupper() and word[-1] == "."
    found = _Before(
        word.rstrip(".") in title_last,
        abbreviated,
        titles.get(word.lower().rstrip(".")) if abbreviated else None,
        word.lower(),
        word.endswith(_SAID_ENDS),
        word in run_sets().organisation_nouns,
        word in _THING_NOUNS,
    )
    if len(_BEFORE) > 50_000:
        _BEFORE.clear()
    _BEFORE[word] = found
    return found


_DIGITS = frozenset("0123456789")
_QUOTE_OPENERS = frozenset('"“‘')


def _opens_quote(text: str, s: int) -> bool:
    """Whether the name at ``s`` opens a quote, also after "The" (an album's or a book's
    title: 'their second album, "The Long Field," went platinum')."""
    if s and text[s - 1] in _QUOTE_OPENERS:
        return True
    return s > 4 and text[s - 5] in _QUOTE_OPENERS and text.startswith("The ", s - 4)


# The legal forms written after a company's name ("Corp", "S.A.").
_LEGAL_FORMS = frozenset(
    {"Corp", "Corp.", "Inc", "Inc.", "Co", "Co.", "Ltd", "Ltd.", "plc", "PLC", "Plc", "AG"}
    | {"SA", "S.A.", "NV", "N.V.", "LLC", "SE", "ASA", "AB", "Oyj", "SpA", "S.p.A."}
)


# Nouns after an unknown name of several words that make it a site's, a place ("the
# crippled Fukushima Daiichi plant", "the Diablo Canyon power plant"), maybe after a word
# of its kind; no person's. No plural that is also a verb ("Mary Jones plants trees"); only
# for names the lexicon does not know ("the Tesla plant" keeps the company).
_FACILITIES = frozenset(
    {"plant", "reactor", "reactors", "mine", "refinery", "smelter", "dam"}
    | {"airport", "airbase", "terminal", "oilfield", "gasfield", "pipeline", "shipyard"}
)
_FACILITY_KINDS = frozenset({"nuclear", "power", "oil", "gas", "gold", "copper", "coal"})
FACILITY_PAIRS = frozenset(w[:2] for w in (*_FACILITIES, *_FACILITY_KINDS))


def facility_after(text: str, at: int) -> bool:
    """Whether a site's noun follows at ``at``, maybe after a word of its kind ("plant",
    "nuclear plant", "power plant")."""
    return _noun_after(text, at, _FACILITIES, _FACILITY_KINDS)
