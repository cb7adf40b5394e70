"""Find mention candidates: runs of capitalised words, user phrases, generic groups.

The result is a list of :class:`Raw` candidates in text order, not overlapping. Known
names carry their actor id; unknown names carry their surface form and a provisional kind
(``None`` when only a later link to a person can make them an actor).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import islice
from operator import attrgetter, le, lt
from typing import NamedTuple

from explorer.model import ActorKind
from explorer.parse.actors.countries import countries
from explorer.parse.actors.data import load_toml, vocabulary
from explorer.parse.actors.lexicon import Entry, Lexicon
from explorer.parse.actors.patterns import patterns, run_start
from explorer.parse.actors.people import people
from explorer.parse.actors.runs import (
    _WEEKDAYS,
    COMPOUND_ENDS,
    POSSESSIVES,
    RANKS,
    Known,
    Name,
    Office,
    Step,
    UnknownOrg,
    UnknownPlace,
    classify_single,
    run_plan,
    run_sets,
    strip_possessive,
    without_possessive,
)
from explorer.parse.actors.runs import clear_caches as _clear_run_caches

_OPENERS = frozenset("“\"‘'([—–-")
_ENDERS = frozenset(".!?:;\n")
_HYPHENS = frozenset("-‐‑")
# Last words of the said_before pattern (a cheap test before the regex search).
_SAID_ENDS = ("said", "says", "added", "to", "told", "wrote", "asked", "declared")
# Prepositions after which a name of several words is rather a person than a place.
_PERSON_PREPOSITIONS = frozenset({"from", "through"})
# Titles held in an organisation, whose owner before them is one ("Chelsea manager X").
# (Title phrases and their roles: "Kestrel Chief Executive Officer X", "Hoshida President X",
# "CUT president X", "NASA Administrator X"; not "mayor" or "governor": "Riverton mayor".)
_EMPLOYEE_TITLES = frozenset(
    {"manager", "coach", "chief executive", "ceo", "chief", "chairman", "chairwoman", "chair"}
    | {"spokesman", "spokeswoman", "spokesperson", "director", "founder", "captain", "boss"}
    | {"president", "chief executive officer", "chief financial officer", "cfo"}
    | {"chief operating officer", "coo", "chief technology officer", "cto", "head coach"}
    | {"administrator", "managing director", "executive director", "general secretary"}
    | {"secretary-general", "secretary general", "chief economist", "chief engineer"}
    | {"analyst", "economist", "strategist", "leader"}
    | {"goalkeeper", "keeper", "striker", "forward", "midfielder", "defender", "winger"}
)
_EMPLOYERS = (ActorKind.COUNTRY, ActorKind.ORGANISATION)


def _owner_then_words(text: str, m: re.Match[str], hi: int) -> bool:
    """Whether the run ``m`` is an owner's, then one or two lower-case words of the title
    up to ``hi``: "NAME, MSF’s medical coordinator in Chad", "Britain's former envoy"."""
    if not m.group().endswith(("’s", "'s")):
        return False
    words = text[m.end() : hi].split()
    return 0 < len(words) <= 2 and all(w.isalpha() and w.islower() for w in words)


# More titles a one-word owner's possessive makes its employer's ("X, Tunebox's head of
# policy", "Norvik's chief legal officer").
_HEADS = frozenset({"head", "chief legal officer", "general counsel", "chief scientist"})
# Staff a company has and no person: a possessive before them names an organisation
# ("Westpac's chief economist", "Halvard's analysts"; see COMPANY_AFTER).
# (Not "employees": "Keating's employees" were a banker's.)
_COMPANY_STAFF = frozenset(
    {"economist", "economists", "analyst", "analysts", "strategist", "strategists"}
)
# Nouns of an organisation opening a sentence before a title ("Company president X", "Party
# chairman Y"): the organisation named last, if of that kind.
_PUBLIC_ENDS = ("Agency", "Commission", "Department", "Ministry", "Authority", "Council")
_PARTY_ENDS = ("Party", "Union", "Movement", "Front", "Congress", "Alliance", "League")
_OWN_NOUNS = frozenset({"company", "firm", "party"})


def _of_own_kind(noun: str, name: str) -> bool:
    """Whether the organisation ``name`` is of the kind ``noun`` says: a party's name ends
    as one does, a company's as no party's or public body's does."""
    if noun == "party":
        return name.endswith(_PARTY_ENDS)
    return not name.endswith((*_PUBLIC_ENDS, *_PARTY_ENDS))


# Nouns after a name that make it a thing's, no actor's: "its Artemis II moon mission".
_THING_AFTER = frozenset(
    {"mission", "missions", "rocket", "spacecraft", "capsule", "telescope", "rover", "probe"}
    | {"vaccine", "vaccines", "jab", "drug", "pill", "app", "chatbot", "smartphone", "console"}
)
_THING_FIRSTS = ("moon", "lunar", "space", "crewed", "robotic")
_THING_AFTER_PAIRS = frozenset(w[:2] for w in (*_THING_AFTER, *_THING_FIRSTS))


def _thing_after(text: str, at: int) -> bool:
    """Whether a thing's noun follows at ``at``, maybe after a word of its kind ("moon
    mission", "space telescope")."""
    words = text[at : at + 30].split(maxsplit=2)
    if not words:
        return False
    first = words[0].rstrip(".,;:")
    if first in _THING_AFTER:
        return True
    return first in _THING_FIRSTS and len(words) > 1 and words[1].rstrip(".,;:") in _THING_AFTER


# Ranks between the owner and such staff ("Westpac's chief economist").
_STAFF_RANKS = frozenset({"chief", "senior", "lead", "head"})
# Prepositions before a title's employer ("an analyst at X"); a spokesman's also "for".
_PREPOSITIONS = (" at the ", " of the ", " with the ", " at ", " of ", " with ")
_FOR_PREPOSITIONS = (*_PREPOSITIONS, " for the ", " for ")
# A title's field of one or two lower-case words, then its employer: "(head of)
# communications for the", "(director of) public affairs at".
_FIELD_THEN_EMPLOYER = re.compile(r"[a-z][a-z\-]*(?: [a-z][a-z\-]*)? (?:for|at|with) (?:the )?")
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# Last words of a diplomat's role: a country before the organisation before such a title
# sends the diplomat there ("Russia's U.N. Ambassador X" is Russia's, "Germany's EU envoy").
_ENVOY_ENDS = ("ambassador", "envoy", "representative", "delegate")
# Lower-case nouns after which a name is a place's ("North Kivu province").
_AREA_NOUNS = frozenset(
    {"province", "state", "region", "district", "county", "prefecture", "municipality"}
)
_AREA_FIRSTS = frozenset(w[0] for w in _AREA_NOUNS)
# Nouns before "of" after which a name is a place's ("the village of Sungai Jariang").
# What follows a company's name and no person's: its shares, its officers, "which", "said
# its ..." or "said it would cut ..." (not "said it was": a dummy "it").
COMPANY_AFTER = re.compile(
    r"(?:['’]s?\s+(?:shares|stock|share\s+price|profits?|revenues?|sales|earnings|"
    r"chief\s+executive|chief\s+financial\s+officer|board|chairman|CEO|CFO|headquarters|"
    r"(?:chief\s+|senior\s+)?(?:economists?|analysts?|strategists?)|shareholders|"
    r"subsidiary|factories|factory|plants?|customers|products|workforce|employees)\b"
    r"|,\s+which\s"
    r"|\s+(?:said|says|announced|reported|posted|added)\s+"
    r"(?:on\s+\w+\s+|in\s+a\s+(?:statement|filing)\s+|late\s+\w+\s+|that\s+)*"
    r"(?:its\s|it\s+(?:plans|planned|expects|expected|intends|intended|aims|agreed|has\s+agreed|"
    r"had\s+agreed|had|would|will)\s+(?:to\s+)?(?:cut|close|buy|sell|invest|hire|pay|raise|"
    r"appeal|acquire|merge|expand|shut|build|supply|launch|resume|reduce|lay\s+off|"
    r"push|press|sue|lobby|campaign|fight|challenge|seek|file|review|monitor))"
    r"|\s+(?:shares|stock)\s+(?:rose|fell|jumped|slumped|climbed|dropped|gained|lost|closed)\b)"
)
# What such a match opens with where it makes an unknown name of no kind an organisation
# (a test before the regex; not ", which": places too).
COMPANY_AFTER_FIRST = frozenset("'’")
COMPANY_AFTER_WORDS = (" shares ", " stock ")
# The rest of a sentence, then a next one that opens with "The company" or "The firm" (or
# quotes it as "the company said"): after a name, what makes it that company.
COMPANY_NEXT = re.compile(
    r"[^.!?\n]*[.!?][\"”’]?[ \n]+(?:The (?:company|firm)\b|[\"“][^\"”\n]{1,300}[,.?!][\"”] "
    r"the (?:company|firm) (?:said|says|added)\b)"
)

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
_ORG_AFTER = frozenset(load_toml("vocabulary.toml")["organisation_after"])
# The first two letters of the nouns of both lists (a test before reading the word).
_AFTER_PAIRS = frozenset(w[:2] for w in _ORG_AFTER | _AREA_NOUNS)
_COMPOUND_ENDS = COMPOUND_ENDS
# What an apposition of a description opens with (a test before _APPOS_PROFESSION and
# appos_org, which open so).
_DESCRIBED = (", a ", ", an ", ", the ", ", one of ")
_OWNER_AHEAD = "s "  # (the end of an owner's possessive: "Japan's", "Japan’s")
# "the VDA auto industry association": one or two lower-case words, then a noun of
# organisation_after, after "the" and a name.
_NOUNS_THEN_ORG = re.compile(
    r" (?:[a-z]+ ){1,2}(?:" + "|".join(sorted(_ORG_AFTER)) + r")(?![\w\-])"
)
# Nouns of companies and funds (lower case): a group's noun before one is its modifier
# ("the activist fund X"; not "group" or "party": "the opposition party said").
_ORG_NOUNS = frozenset(
    (
        *load_toml("vocabulary.toml")["company_nouns"],
        *load_toml("vocabulary.toml")["organisation_nouns"],
    )
) - {"group", "party", "bloc"}
# "the Brussels office of X", "a subsidiary of X": X is an organisation.
_BRANCHES = frozenset({"office", "offices", "subsidiary", "division", "branch", "unit"})
# A capitalised word right after a title: the title is that name's, not an apposition's.
_NAME_AFTER = re.compile(r"[ \u00a0][A-Z][a-z]")
# Party names in the singular ("Labour", vocabulary.toml's party_names) and the verbs they
# stand before as a party: a cue's first word or a word in -ed ("Labour said", "Labour
# voted"), not a noun ("Labour costs rose").
_PARTY_NAMES = frozenset(load_toml("vocabulary.toml")["party_names"])


_PARTY_VERBS = frozenset(c.split()[0] for c in vocabulary().cues) | {"would", "will", "has"}


# A party's adjective before a politician's noun ("Republican lawmaker", "a Labour MP") ->
# the party's id as its plural or name stands for it ("Republicans", "Labour"; merged with
# the article's "Republican Party" as they are).
_PARTY_ADJECTIVES: dict[str, str] = {
    **{
        p[:-3] + "y" if p.endswith("ies") else p[:-1]: p
        for p in load_toml("vocabulary.toml")["party_plurals"]
    },
    "Democratic": "Democrats",
    **{name: name for name in _PARTY_NAMES},
}
# A US lawmaker's party and state after the name: ", R-Texas,", " (D-Calif.)".
_PARTY_STATE_OPENINGS = (", R-", ", D-", " (R-", " (D-")
_PARTY_STATE = re.compile(r"(?:, | \()([RD])-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?(?:[,)]|\.(?!\w))")
_PARTY_LETTERS = {"R": "Republican", "D": "Democratic"}
# The parties a person may be affiliated with by their adjective ("Republicans"), named in
# the article or not.
PARTY_IDS = frozenset(_PARTY_ADJECTIVES.values())
# Group heads a party's adjective makes the party's ("Labour MPs", "Republican voters").
_PARTY_MEMBERS = frozenset(
    {"mps", "meps", "lawmakers", "senators", "members", "voters", "supporters", "activists"}
    | {"candidates", "leaders", "legislators", "councillors", "politicians", "delegates"}
    | {"aides", "staffers", "advisers"}
)
_POLITICIAN_ROLES = frozenset(
    {"lawmaker", "senator", "mp", "mep", "peer", "congressman", "congresswoman"}
    | {"representative", "legislator", "councillor", "councilor", "politician", "candidate"}
    | {"leader", "governor", "mayor", "deputy", "whip", "backbencher", "strategist", "member"}
    | {"sen", "sens", "rep", "reps", "gov"}  # (abbreviated: "Republican Sen. X")
)
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


# Known names that can be words of a place's name before an area noun.
_AREAS = (ActorKind.PLACE, ActorKind.COUNTRY)
# Endings of a profession's noun ("volcanologist", "cartographer", "physician",
# "journalist"), not of a name ("Lindqvist", "Almquist").
_PROFESSION_ENDS = ("ologist", "ographer", "ician", "ist")
# Nouns for people that open a sentence before a name, as a role ("Resident Maria Gutierrez,
# 64, said": a resident, no name word "Resident").
_PEOPLE_OPENERS = frozenset(
    {"resident", "witness", "villager", "shopkeeper", "neighbour", "neighbor", "survivor"}
    | {"passenger", "commuter", "homeowner", "farmer", "fisherman", "voter", "protester"}
)
_NOT_PROFESSION = ("qvist", "quist", "christ")
# Words after a possessive that make it a person's ("Moody's wife", "Moody's own").
_PERSONAL_AFTER = tuple(
    f"{w} "
    for w in ("wife", "husband", "son", "daughter", "family", "mother", "father", "own", "book")
)
# Names written with an ampersand ("S&P Global", "AT&T"), which no run of words holds.
_AMPERSAND = re.compile(r"(?<![\w&])[A-Z]{1,4}&[A-Z]{1,4}(?:[ \u00a0][A-Z][a-z]+){0,2}")
# Nouns after which "in NAME" is a company, not a place ("shares in Nordlys").
# The rest of a stock ticker in brackets after its letters: an exchange's suffix ("(SCE.BK)",
# "(HALV.OL)", "(BRKb.N)"). A ticker is no actor.
_TICKER_END = re.compile(r"\.[A-Z]{1,3}\)")
# A barrister's rank after the name (UK courts and inquests): "Jonathan Ashby KC, for the
# family,"; the rank is the role, no word of the name.
_COUNSEL_AFTER = (" KC", " QC")
# A stock ticker in brackets after a name: a company's ("Kestrel Mining (KMX.AX)", "Tomoe
# Motor (7211.T)", "(NYSE: KMX)").
_TICKER_AFTER = re.compile(r" \((?:[A-Z0-9]{1,6}[a-z]?\.[A-Z]{1,3}|[A-Z]{2,6}: ?[A-Z0-9]{1,6})\)")
# The first word of a list opening an organisation's name, after "the", before ", ".
_LIST_START = re.compile(r"(?<![\w-])[Tt]he[ \u00a0]([A-Z][a-z]+),[ \u00a0]\Z")
_HOLDINGS = frozenset({"shares", "stake", "stakes", "holding", "holdings", "investment"})
# An appositive job after a name, before "at" and its employer: "Farida Akter, a hydrologist
# at ...", "Dr. Priya Raman, a planetary scientist at ...": a profession-like noun.
# A job noun after an apposed title before the employer ("NAME, chief currency strategist
# at X": a chief currency strategist, no chief), and the field of a head or director ("NAME,
# head of U.S. rates strategy at X": head of U.S. rates strategy, not the head of X).
_JOB_AFTER_TITLE = re.compile(
    r" ((?:[a-z][\w\-]* ){0,2}[a-z][\w\-]*(?:ist|er|or|ian))(?= (?:at|for|with) )"
)
_FIELD_WORD = r" (?!(?:at|for|with) )(?:(?:[A-Z]\.)+|[a-z][\w\-]*)"
# (a capitalised first word only before a lower-case one: "of European rates strategy at",
# not "president of Nordlys for two years")
_FIELD_AFTER_HEAD = re.compile(
    r" of ((?!(?:the|a|an|its|his|her|their) )"
    rf"(?:[a-z][\w\-]*(?:{_FIELD_WORD}){{0,3}}|(?:(?:[A-Z]\.)+|[A-Z][\w\-]*)(?:{_FIELD_WORD}){{1,3}}))"
    r" (?:at|for|with) (?:the )?"
)
_FIELD_HEADS = ("head", "chief", "director")
_APPOS_JOB = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w’'\-]+\s+){0,3}?(?P<job>[a-z][\w\-]*(?:ist|er|or|ian))(?= at )"
)
# A description of an employer between "of the"/"at the" after a job and the employer's
# name: up to three words (a "-based" compound, a capitalised adjective, lower-case words),
# then a noun of an organisation ("executive director of the Santiago-based consultancy
# Plusmining", "head of research at the British cybersecurity firm Northgate Labs",
# "chairman of the Colombo-based think tank Advocata Institute").
# Words before a party's name that say its place in parliament ("the opposition
# Conservatives", "the ruling Labour Party"): a description, no group.
_PARTY_ROLES = frozenset({"opposition", "ruling", "governing"})
_EMPLOYER_DESCRIPTION = re.compile(
    r"(?:[A-Z][\w’'.\-]*-(?:based|owned|run|funded|backed) |[A-Z][a-z]+ (?=[a-z])|[a-z][a-z\-]* )"
    r"{0,3}?(?:"
    + "|".join(
        sorted({*_ORG_NOUNS, "think tank", "group", *_PARTY_ROLES}, key=lambda w: (-len(w), w))
    )
    + r") (?=[A-Z])"
)
_BANK_ENDS = ("bank", "banken")
# The words of an apposed title before its noun, with no determiner: "Westpac's chief",
# "chief", "the bank's senior" (an owner's possessive and lower-case modifiers).
_APPOS_TITLE_WORDS = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w.&\-]*['’]s\s+|(?:the\s+)?[a-z]+['’]s\s+)?"
    r"(?:(?!(?:and|or|but|as|while|when|with|who|which)\s)[a-z][a-z\-]*\s+){0,2}"
)
_PERSON_OR_UNKNOWN = frozenset({ActorKind.PERSON, None})


@cache
def _country_adjectives() -> frozenset[str]:
    """The countries' adjectives and peoples ("French", "Kenyans")."""
    return frozenset(d for c in countries() for d in c.demonyms)


# Words after an organisation's national section that make it the subject ("Amnesty
# International Kenya said", "... and the Law Society").
_SECTION_VERBS = (" and ", " said", " says", " told", " has ", " have ", " had ", " is ")
# Modifiers before an employer's name after its title's preposition ("of the far-right
# Alternative for Germany", "at the Munich-based Ifo institute", "of the ruling X").
_EMPLOYER_MODIFIERS = re.compile(
    r"(?:(?:[a-z]+(?:-[a-z]+)+|[A-Z][\w’'.\-]*-(?:based|owned|run|funded|backed|led)"
    r"|ruling|governing|main|opposition) )+(?=[A-Z])"
)
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
# Roles of honorifics, which an appositive job after the name replaces ("Dr. Layla Amiri,
# a researcher at ...", "Sheikh Hamdan ..., the foreign minister of ...").
HONORIFIC_ROLES = frozenset(
    {"doctor", "professor", "sheikh", "prince", "princess", "sultan", "emir", "reverend"}
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
# The rest of a list after an organisation's name ("Ministry of Economy| , Trade and
# Industry"): items of one or two capitalised words, the last after "and".
_LIST_ITEM = r"[A-Z][a-z\-]+(?:[ \u00a0][A-Z][a-z\-]+)?"
_LIST_REST = re.compile(
    rf"(?:,[ \u00a0](?P<items>{_LIST_ITEM}(?:,[ \u00a0]{_LIST_ITEM})*),?[ \u00a0]and"
    rf"[ \u00a0](?P<last>{_LIST_ITEM}))(?![\w’'\-]|[ \u00a0][A-Z])"
)
# Prepositions after which a one-word name is a person or a company as often as a place.
_NOT_PLACE_PREPOSITIONS = frozenset({"to"})


@dataclass(slots=True)
class Raw:
    start: int
    end: int
    kind: ActorKind | None  # None: an unknown name, kept only if it links to a person
    name: str  # actor id (known) or surface name (unknown)
    known: bool = False
    role: str | None = None
    affiliation: str | None = None
    det: str | None = None  # groups: the determiner
    core: str | None = None  # groups: modifiers + head, lower case
    initial: bool = False  # first word of its sentence
    guessed: bool = False  # a person by the look of the name alone (no title, no verb)
    club: str | None = None  # a listed club's one-word form standing alone: the club's name
    chamber: bool = False  # "the Senate", "the House": a chamber (of the article's country)


_INITIAL_SKIP = " \t\u00a0" + "".join(sorted(_OPENERS))
# A character before a space before a name that makes it no sentence's first word at once.
_NOT_INSIDE = frozenset(_INITIAL_SKIP) | _ENDERS


def is_initial(text: str, start: int) -> bool:
    """True if nothing but opening punctuation stands between ``start`` and a sentence start."""
    if start > 1 and text[start - 1] == " " and text[start - 2] not in _NOT_INSIDE:
        return False  # the usual case: "... word Name"
    lo = start - 16 if start > 16 else 0
    head = text[lo:start].rstrip(_INITIAL_SKIP)
    if head:
        return head[-1] in _ENDERS
    if lo == 0:
        return True
    i = start - 1
    while i >= 0 and (text[i] in " \t\u00a0" or text[i] in _OPENERS):
        i -= 1
    return i < 0 or text[i] in _ENDERS


# Sentence openers before a lower-case title that make it a past or an opposition's role.
_ROLE_OPENERS = frozenset({"Former", "Shadow", "Ex-"})


def _former(role: str | None, lead: str) -> str | None:
    """``role`` held in the past where ``lead``, the words before its title, say so ("a
    61-year-old former mayor", "Former President", "former Costa Rican Foreign Minister"):
    "former mayor". A reader takes a bare "mayor" for the sitting one. So is an opposition's
    "shadow" role: "the shadow home secretary" is no home secretary."""
    if (
        role
        and "hadow" in lead
        and not role.startswith(("shadow ", "former shadow "))
        and "shadow" in lead.lower().split()
    ):
        role = f"shadow {role}"
    if role and lead.endswith(_RANK_ENDS):
        # "the union's deputy general secretary, X": a deputy, not the general secretary
        rank = lead.rsplit(maxsplit=1)[-1].lower()
        if rank in _ROLE_RANKS and not role.startswith(rank):
            role = f"{rank} {role}"
    if (
        role
        and "ormer" in lead
        and not role.startswith("former ")
        and "former" in lead.lower().replace("-", " ").split()
    ):
        return f"former {role}"
    return role


# Words before a title that make the role a lesser or a passing one ("deputy general
# secretary", "acting president"); the ends of the text before the title that may hold one.
_ROLE_RANKS = frozenset(load_toml("vocabulary.toml")["title_ranks"])
_RANK_ENDS = tuple(f"{w[-3:]} " for w in _ROLE_RANKS)


def _abbreviation(name: str) -> bool:
    """An abbreviation in capitals ("RJD", "ANC")."""
    return len(name) > 1 and name.isalpha() and name.isupper()


def _is_owner(text: str, end: int) -> bool:
    """True if a possessive follows the name ending at ``end`` ("Varga's", "Reuters'")."""
    return text.startswith(("’s", "'s"), end) or (
        text.startswith(("’", "'"), end) and text[end - 1 : end] == "s"
    )


# What can stand right after a name, or after one space after it, where cue_after may
# match though no cue word starts there: a possessive, an apposition, more white space.
_CUE_GAP = frozenset(",’'")


def _cue_may_follow(text: str, e: int, prefixes: frozenset[str]) -> bool:
    """False where ``cue_after`` cannot match at ``e`` (a test before the regex, which
    costs more even when it fails at once). ``prefixes``: ``cue_after_prefixes``."""
    j = e + 1 if text.startswith(" ", e) else e
    head = text[j : j + 3]
    if head[:1].isalpha():
        # A cue, or a word allowed before one, starts here (they are lower-case ASCII).
        return head in prefixes or head[:2] in prefixes
    return head[:1] in _CUE_GAP or head[:1].isspace()


# Words before a singular group noun that make it a verb ("we monitor", "to witness").
_VERB_BEFORE = (
    " we ",
    " We ",
    " they ",
    " They ",
    " I ",
    " you ",
    " to ",
    " will ",
    " would ",
    " can ",
)
_NOUN_DETERMINERS = frozenset({"the", "The", "a", "A", "an", "An"})
# An apposition after a name that only a person takes: ", who", ", 45,".
_APPOSED_AFTER = re.compile(r", (?:who|whose|\d{1,3},) ")
# Continents, which end organisations' names ("Alzheimer Europe"), not persons'.
_CONTINENTS = frozenset({"Europe", "Africa", "Asia", "Americas", "Oceania", "Antarctica"})
# Capitalised words that modify a country's or a place's name ("Mainland China reported"):
# no first names.
_PLACE_MODIFIERS = frozenset(
    {"Mainland", "Greater", "Communist", "Socialist", "Imperial", "Nazi", "Soviet", "Royal"}
    | {"Democratic", "Federal", "Free", "Modern", "Ancient", "Rural", "Metropolitan", "Upper"}
    | {"Lower", "Inner", "Outer", "Downtown", "Occupied", "Colonial", "Independent", "All"}
    | {"Neighbouring", "Neighboring", "Nearby", "Bordering", "Fellow"}
)


# Group nouns a country's adjective does not own as a group: its government, army and
# forces are the country's (see nominal.service_before), not a generic group.
_OWNED_AS_COUNTRY = frozenset({"government", "regime", "army", "military", "force", "forces"})
# ... and those an organisation's name before them makes the organisation itself ("the NATO
# alliance").
_OWNED_AS_ITSELF = frozenset({"alliance", "coalition", "group", "bloc", "movement"})
# The lower-case words after which a name opens a group phrase ("according to Iraqi
# officials", "said U.S. officials"); after others it is a modifier among several ("a senior
# Brazilian diplomat", "Qatari and Egyptian mediators").
_OWNER_AFTER = frozenset(
    {"to", "by", "from", "with", "of", "for", "at", "among", "said", "says", "told", "that"}
    | {"as", "when", "while", "but", "after", "before", "on", "in", "where", "because"}
)


# Fields of a title in lower case between its owner and it, besides the portfolios and
# title fields of vocabulary.toml: "UN aid chief X", "EU foreign policy chief X".
_CHIEF_FIELDS = frozenset(
    {"aid", "policy", "antitrust", "nuclear", "intelligence", "spy"}
    # a party's levels: "BJP state president X", "ANC district secretary X"
    | {"state", "national", "provincial", "district"}
)
# Counts before an owner's name before a group noun ("Two EU officials said").
_OWNER_COUNTS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"}
    | {"some", "many", "few", "other", "both", "dozens", "hundreds", "more", "most", "all"}
)


def _after_capitalised(text: str, i: int) -> bool:
    """Whether the word at ``i`` follows a capitalised word (of the same name)."""
    if i < 2 or text[i - 1] != " ":
        return False
    cut = text.rfind(" ", 0, i - 1)
    return text[cut + 1 : cut + 2].isupper()


def _acronym_end(word: str) -> bool:
    """An acronym with a full stop: a sentence's end ("He was named CEO. Shares rose"), no
    abbreviation's dot ("Gov.")."""
    return len(word) > 2 and word[-1] == "." and word[:-1].isupper() and "." not in word[:-1]


def _name_word(word: str) -> bool:
    """A word that ends as a name's does: a letter, or an abbreviation's dot ("U.S."), not a
    sentence's end ("Lebanon.") or other punctuation."""
    return word[-1].isalpha() or (word[-1] == "." and "." in word[:-1])


def _owner_word(owner: str, before: str) -> bool:
    """Whether ``owner``, the last word of a name before a group noun (and its modifiers),
    can end the name of the group's country or organisation (:func:`_name_word`) that opens
    the phrase (after an article, one of _OWNER_AFTER or punctuation; not after "and" or a
    modifier)."""
    if not _name_word(owner):
        return False  # "Lebanon. Diplomats said": the end of a sentence
    if before in _ARTICLES or before in _OWNER_AFTER or not before:
        return True
    if before.lower() in _OWNER_COUNTS:
        return True  # "Two EU officials", "several Iraqi officials"
    return not before[-1].isalnum()  # (a clause's or sentence's end: "On Friday, X")


@cache
def _cue_words() -> frozenset[str]:
    """The words of the speech cues ("said", "told", "according")."""
    return frozenset(w for cue in vocabulary().cues for w in cue.split())


@cache
def _listed_first_names() -> frozenset[str]:
    """The first words of the listed public figures' names ("Bill", "Rose")."""
    return frozenset(a.id.split()[0] for a in people().full.values() if " " in a.id)


def _title_may_end(before_comma: str, last_lower: frozenset[str]) -> bool:
    """False where no appos_before match can end with ", " after ``before_comma``: none of
    its last six words is a title's last word (``title_last_lower``; a word not in ASCII
    is let through, as the pattern ignores case beyond ASCII: "ſ" is "s")."""
    return any(
        w.lower() in last_lower or not w.isascii() for w in before_comma.rsplit(maxsplit=6)[-6:]
    )


def _previous_word(text: str, pos: int) -> str:
    """The word just before ``pos`` (lower case), or "" ."""
    end = pos
    while end > 0 and text[end - 1] in " \t\u00a0":
        end -= 1
    lo = end - 20 if end > 20 else 0
    start = max(text.rfind(" ", lo, end), text.rfind("\n", lo, end)) + 1  # (a line's first)
    return text[start:end].lower() if start > 0 or end - start < 20 else ""


@dataclass(frozen=True, slots=True)
class _Before:
    """What the word before an unknown name says (memoised: a few words recur)."""

    title_last: bool  # the last word of a title ("minister", "Minister.")
    abbreviated: bool  # a capitalised abbreviation ("Gov.", "Sen.", "U.S.")
    role: str | None  # the title's role for an abbreviation that is one ("" for no role)
    lower: str
    said_end: bool  # ends as the said_before pattern's last word ("said", "told")
    org_noun: bool  # describes an organisation ("the venture firm| NAME")
    thing_noun: bool  # names a thing ("the hormone| EPO")


_BEFORE: dict[str, _Before] = {}
_THING_NOUNS = frozenset(load_toml("vocabulary.toml")["thing_nouns"])


def clear_caches() -> None:
    """Forget the memoised runs and words (for benchmarks of a first pass)."""
    _clear_run_caches()
    _BEFORE.clear()
    _actions.cache_clear()


class _KnownAt(NamedTuple):
    """A run that is one lexicon name, its entry's fields at hand (news text is dense
    with known names: each saves a call and the attribute loads). Offsets are relative to
    the run, as a :class:`Known` step's."""

    start: int
    end: int
    name_start: int
    kind: ActorKind
    id: str
    role: str | None
    affiliation: str | None


# What a run found by run_from_capital is, by its text alone: nothing (None: a stopword,
# a title alone), one known name, one unknown word (its length without a possessive), or
# the plan of a run of several words.
_Action = _KnownAt | int | tuple[Step, ...] | None


class _RankEnd(NamedTuple):
    """A run ending in a rank that is also a name ("Amartya Sen", "Nakatani Gen"): what it
    is with a dot after it ("Republican Sen. X": the rank opens the next run's name) and
    without."""

    dotted: _Action
    plain: _Action


# (after a space or a no-break space)
_NAME_RANK_ENDS = tuple(f"{space}{rank}" for rank in RANKS for space in " \u00a0")
_ACTIONS_MAX = 50_000


@lru_cache(maxsize=8)
def _actions(lex: Lexicon) -> dict[str, _Action | _RankEnd]:
    """The memo of :func:`_action` for ``lex``, by run text. A plain dict, not an
    lru_cache: every run of every article is looked up, and a dict lookup costs less."""
    return {}


def _action(word: str, lex: Lexicon, stop: frozenset[str]) -> _Action | _RankEnd:
    """What the run ``word`` is (see ``_Action``): the stopword test, then
    :func:`run_plan` for several words or :func:`classify_single` for one."""
    if word.endswith(_NAME_RANK_ENDS):
        # (the dot in the run: the rank is then one, as "Gov." is)
        return _RankEnd(_plain_action(f"{word}.", lex, stop), _plain_action(word, lex, stop))
    return _plain_action(word, lex, stop)


def _plain_action(word: str, lex: Lexicon, stop: frozenset[str]) -> _Action:
    """:func:`_action` of a run whatever follows it."""
    if word in stop:
        return None
    if (
        word in _THING_ABBREVIATIONS
        or (word.startswith("The ") and word[4:] in _THING_ABBREVIATIONS)
        or (word.endswith(("'s", "’s")) and word[:-2] in _THING_ABBREVIATIONS)
    ):
        # "regular MRI scans", "The AI boom", "unlock AI's potential": a thing's
        # abbreviation, no actor
        return None
    if " " in word or "\u00a0" in word:
        plan = run_plan(word, lex)
        if len(plan) == 1 and type(plan[0]) is Known and not _party_letter(word):
            k = plan[0]
            e = k.entry
            return _KnownAt(k.start, k.end, k.name_start, e.kind, e.id, e.role, e.affiliation)
        return plan
    found = classify_single(word, lex)
    if found is None:
        return None
    entry, length = found
    if entry is None:
        return length
    return _KnownAt(0, length, 0, entry.kind, entry.id, entry.role, entry.affiliation)


def _party_letter(word: str) -> bool:
    """Whether ``word`` opens as a US lawmaker's party letter does ("D-New Mexico")."""
    return word[1:2] == "-" and word[:1] in "RDI" and word[2:3].isupper()


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


class _RunScanner:
    def __init__(self, text: str, lex: Lexicon) -> None:
        self.text = text
        self.clubs = lex.clubs
        self.lex = lex
        sets = run_sets()
        self.club_heads = sets.club_heads
        self.chambers = sets.chambers
        self.company_nouns = sets.company_nouns
        # The nouns of an organisation's trade that open no name ("Lender", "Regulator",
        # "Broadcaster"; not "Bank", "Network", "Club": "Bank Negara", "Network Rail").
        self.trade_nouns = sets.trade_nouns
        self.name_openers = sets.name_openers
        self.party_plurals = sets.party_plurals
        self.possessive_orgs = sets.possessive_orgs
        self.list_name_heads = sets.list_name_heads
        # Organisations whose name goes on over a list ("Ministry of Economy, Trade and
        # Industry"): their spans, whose other runs are words of the name.
        self.lists: list[tuple[int, int]] = []
        self.v = vocabulary()
        self.p = patterns()
        sets = run_sets()
        self.out: list[Raw] = []
        self.title_last = sets.title_last
        self.titles_longest_first = sets.titles_longest_first
        self.prepositions = sets.prepositions
        self.particles = sets.particles
        self.not_subject = sets.not_subject
        self.employee_nouns = sets.employee_nouns
        # nouns for people, after which "from NAME" is a place: "residents from X"
        self.people_nouns = sets.employee_nouns | sets.group_words
        self.titles = self.v.titles
        self.title_modifiers = frozenset(self.v.title_modifiers)
        # Where an employer after "at" starts, found by an apposition before it.
        self.employers_at: set[int] = set()
        # Where a one-word employer whose possessive owns an apposed title starts ("NAME,
        # Tunebox's head of global affairs"): an organisation.
        self.employer_owners: set[int] = set()
        # Persons' names holding a known one-word name ("Israel Katz"; _entity_in_name).
        self.entity_names: set[str] = set()

    # -- emission ----------------------------------------------------------------------
    def scan_run(self, rs: int, plan: tuple[Step, ...]) -> None:
        """A run of several words starting at ``rs``: its plan, placed in the text."""
        text = self.text
        if (
            text[rs + 1 : rs + 2] == "-"
            and _party_letter(text[rs : rs + 3])
            and _PARTY_STATE.match(text, rs - 2 if rs > 1 else 0)
        ):
            return  # "Sen. X, D-New Mexico, said": a lawmaker's party and state (see name)
        if len(plan) > 1 and self._area_place(rs, plan):
            s, end = rs + plan[0].start, rs + plan[-1].end
            self.out.append(Raw(s, end, ActorKind.PLACE, text[s:end], initial=is_initial(text, s)))
            return
        if len(plan) == 2 and (entity_kind := self._entity_in_name(rs, plan)) is not None:
            s, end = rs + plan[0].start, rs + plan[1].end
            if entity_kind is ActorKind.ORGANISATION:
                if not text.startswith(("The ", "the "), rs):
                    s = rs  # (with a direction the plan left out: "Southern California Edison")
                self.out.append(Raw(s, end, entity_kind, text[s:end], initial=is_initial(text, s)))
                return
            self.entity_names.add(text[s:end])
            self.name(s, end, 2, None)
            return
        if len(plan) == 2 and self._town_surname(rs, plan):
            # "An SDF commander, Siamand Kobani, told": a surname that is a town's name
            first = plan[0]
            assert type(first) is Name
            pending = (first.role, first.affiliation) if first.titled else None
            self.name(rs + first.start, rs + plan[1].end, 2, pending)
            return
        section = -1  # the index of a country step that is an organisation's section
        for k, step in enumerate(plan):
            if k == section:
                continue
            if type(step) is Known:
                if (
                    step.entry.kind is ActorKind.ORGANISATION
                    and k + 1 < len(plan)
                    and self._national_section(rs, step, plan[k + 1])
                ):
                    # "Amnesty International Kenya said": the organisation (its section)
                    section = k + 1
                    end = rs + plan[k + 1].end
                    self.out.append(self.known(step.entry, rs + step.start, end, rs + step.start))
                    continue
                self.out.append(
                    self.known(step.entry, rs + step.start, rs + step.end, rs + step.name_start)
                )
            elif type(step) is Name:
                pending = (step.role, step.affiliation) if step.titled else None
                if pending is not None and (role := pending[0]):
                    lead = self._title_lead(rs, plan, k) if k else (rs - 7 if rs > 7 else 0)
                    if text.find("ormer", lead, rs + step.start) >= 0:  # (_former's pre-test)
                        role = _former(role, text[lead : rs + step.start]) or role
                    aff = pending[1]
                    if aff is not None and k > 1 and role.endswith(_ENVOY_ENDS):
                        aff = self._envoy_sender(rs, plan, k, aff)
                    elif (
                        k < 2
                        and (
                            aff is None
                            if k == 0
                            else (
                                role.endswith(_ENVOY_ENDS)
                                and type(plan[0]) is Known
                                and plan[0].entry.id == aff
                            )
                        )
                        and self.out
                        and (owner := self._owner_before(rs)) is not None
                        and (k == 0 or owner.kind is ActorKind.COUNTRY)
                    ):
                        # "Chile's former President X" (a lower-case word ends the run of
                        # the owner), "Russia's former U.N. Ambassador X" (the sender)
                        aff = owner.name
                    if (
                        k == 1
                        and aff is None
                        and type(plan[0]) is Name
                        and plan[0].words == 1
                        and role.lower() in _POLITICIAN_ROLES
                        and (party := text[rs + plan[0].start : rs + plan[0].end])
                        in _PARTY_ADJECTIVES
                    ):
                        # "Democratic Senator Amy Klobuchar": a member of the party (whose
                        # word is the party's mention: see name())
                        aff = _PARTY_ADJECTIVES[party]
                    if (
                        k == 0
                        and rs > 2
                        and text[rs - 1] == " "
                        and text[rs - 2].islower()
                        and (job := self._title_before_honorific(rs)) is not None
                    ):
                        # "Pentagon spokesman Captain Jeff Davis": the job before the rank
                        role, aff = job[0], job[1] or aff
                    elif (
                        k == 0
                        and (role in HONORIFIC_ROLES or role == "ambassador")
                        and rs > 2
                        and text[rs - 2] == ","
                        and (job_before := self._appos_before(rs))[1]
                    ):
                        # "Saudi Arabia's energy minister, Prince X,": the apposed title
                        # before the honorific is the role, of its owner (so before a
                        # diplomat's form of address: "Its chair, Ambassador X,"; a rank
                        # stays the role: "Its head, Air Marshal X,")
                        role, aff = job_before[1] or role, job_before[2] or aff
                    pending = (role, aff)
                elif pending is not None and k == 0 and rs > 2 and text[rs - 2] == ",":
                    # "The Speaker, Sir Lindsay Hoyle,": an honorific of no role after an
                    # apposed title, which is the role
                    _, apposed, owner_id = self._appos_before(rs)
                    if apposed:
                        pending = (apposed, owner_id or pending[1])
                if pending is not None and step.affiliation is None and self.out:
                    pending = self._employer_before(rs, step, pending)
                start, words = rs + step.start, step.words
                if k == 0 and step.start and pending is None and self._weekday_name(rs, start):
                    start, words = rs, words + 1  # "captain Sunday Oliseh": a first name
                self.name(start, rs + step.end, words, pending, step.affiliation)
            elif type(step) is UnknownPlace:
                s, end = rs + step.start, rs + step.end
                self.out.append(
                    Raw(s, end, ActorKind.PLACE, text[s:end], initial=is_initial(text, s))
                )
            elif type(step) is Office:
                # "the Attorney General's office": an organisation; else no actor.
                s, end = rs + step.start, rs + step.end
                if text.startswith(" office", end) and not text[end + 7 : end + 8].isalpha():
                    end += 7
                    self.out.append(
                        Raw(
                            s,
                            end,
                            ActorKind.ORGANISATION,
                            text[s:end],
                            affiliation=step.affiliation,
                            initial=is_initial(text, s),
                        )
                    )
            else:
                assert type(step) is UnknownOrg
                s, end = rs + step.start, rs + step.end
                initial = is_initial(text, s)
                if (
                    initial
                    and (cut := text.find(" ", s, end)) > 0
                    and (
                        (opener := text[s:cut].lower()) in self.name_openers
                        or opener in self.trade_nouns
                        or opener in self.v.group_heads
                    )
                ):
                    # "Rival Mazda Motor Corp is due to report", "Lender Halvard Bank said",
                    # "Investors Orbis Capital took part"
                    s, initial = cut + 1, False
                elif text[s - 2 : s] == ", " and " and " in text[s:end]:
                    s = self._list_start(s)  # "the Meteorology, Climatology and ... Agency"
                elif (
                    text[s - 5 : s] == " and "
                    and self.out
                    and (prev := self.out[-1]).end == s - 5
                    and not prev.known
                    and prev.kind is ActorKind.ORGANISATION
                    and prev.name.split(" ", 1)[0] in self.chambers
                    and " " in prev.name
                    and text[s:end].endswith(_COMMITTEES)
                ):
                    # "the Senate Environment and Public Works Committee": one committee
                    # (a chamber's, its field of two words joined by "and")
                    s = prev.start
                    self.out.pop()
                if text.startswith(",", end) and step is plan[-1]:
                    end = self._list_end(s, end)
                if step.affiliation is not None and (known := self._legal_form_of(s, end)):
                    # "General Motors Corp", "Nestle S.A.": the listed company itself
                    self.out.append(self.known(known, s, end, s))
                    continue
                self.out.append(
                    Raw(
                        s,
                        end,
                        ActorKind.ORGANISATION,
                        text[s:end],
                        False,
                        affiliation=step.affiliation,
                        initial=initial,
                    )
                )

    def _national_section(self, rs: int, org: Known, nxt: Step) -> bool:
        """Whether the step after the organisation ``org`` names its national section
        ("Amnesty International Kenya said", "Save the Children UK and ..."): a country's
        name right after the organisation's (not after its letters, not its adjective or
        dotted letters: "the UN U.S. envoy"), no noun after that ("the EU Ukraine
        summit")."""
        if not (
            type(nxt) is Known and nxt.entry.kind is ActorKind.COUNTRY and nxt.start == org.end + 1
        ):
            return False
        text = self.text
        surface = text[rs + nxt.start : rs + nxt.end]
        if "." in surface or surface in _country_adjectives():
            return False
        if text[rs + org.start : rs + org.end].isupper():
            return False  # (letters: "told NATO Britain would ...")
        end = rs + nxt.end
        after = text[end : end + 2]
        return not (after[:1] == " " and after[1:].islower()) or text.startswith(
            _SECTION_VERBS, end
        )

    def _town_surname(self, rs: int, plan: tuple[Step, ...]) -> bool:
        """Whether a run of two words, an unknown one and a known place ("Siamand Kobani"),
        is a person's name: after a title ("Rebel commander Musa Aleppo said") or in commas
        after a description ("An SDF commander, Siamand Kobani, told")."""
        first, last = plan
        if not (
            type(first) is Name
            and first.words == 1
            and type(last) is Known
            and last.entry.kind is ActorKind.PLACE
            and last.start == first.end + 1
            and " " not in self.text[rs + last.start : rs + last.end]
        ):
            return False
        text = self.text
        s = rs + first.start
        return (
            first.titled
            or (text.endswith(", ", 0, s) and text.startswith(",", rs + last.end))
            or self.p.title_before.search(text, s - 40 if s > 40 else 0, s) is not None
        )

    def _entity_in_name(self, rs: int, plan: tuple[Step, ...]) -> ActorKind | None:
        """What a run of two words, a known one-word country, place or organisation and an
        unknown word in either order, names as the subject of a speech verb or before ",
        who": a person ("Israel Katz said", "Michael Jordan, who", "London Breed told"), or
        after "the" an organisation ("the Kyiv Independent reported": an outlet); None (the
        known name and the word apart) where the unknown word is a noun the text writes in
        lower case ("Kenya Power said" ... "the power cuts") or a modifier of places
        ("Mainland China reported")."""
        first, last = plan
        if type(first) is Name:
            known, unknown = last, first
        elif type(last) is Name:
            known, unknown = first, last
        else:
            return None
        if not (
            type(known) is Known
            and unknown.words == 1
            and not unknown.titled
            and last.start == first.end + 1
        ):
            return None
        text = self.text
        s, e = rs + first.start, rs + last.end
        word = text[rs + known.start : rs + known.end]
        if not (word.istitle() and word.isalpha()) or known.entry.kind is ActorKind.GROUP:
            return None
        after = text[e : e + 2]
        if after == ", ":
            if known is last and word in _CONTINENTS and self.p.appos_org.match(text, e, e + 80):
                return ActorKind.ORGANISATION  # "Alzheimer Europe, an umbrella group of ..."
            if not _APPOSED_AFTER.match(text, e):
                return None
        elif not (
            _cue_may_follow(text, e, self.p.cue_after_prefixes)
            and self.p.cue_after.match(text, e, e + 160)
        ):
            return None
        other = text[rs + unknown.start : rs + unknown.end]
        if (
            unknown is first
            and (
                other in self.v.org_openers
                or other in _PLACE_MODIFIERS
                or other.lower() in self.v.place_directions
            )
        ) or self._written_as_noun(other.lower()):
            return None
        if text.endswith(("the ", "The "), 0, s):
            return ActorKind.ORGANISATION if known is first else None
        if known is first and COMPANY_AFTER.match(text, e):
            return ActorKind.ORGANISATION  # "Southern California Edison said it had cut"
        if known is last and word in _CONTINENTS:
            return ActorKind.ORGANISATION  # "Alzheimer Europe said": a body of a continent
        return ActorKind.PERSON

    def _employer_at(self, at: int) -> bool:
        """Whether "at" (ending at ``at``) follows a job: right before it ("an analyst at
        Berenberg", "a virologist at Halden Institutet"), or in the apposition it ends
        ("Mia Lund, head of equities research at Fjordbank")."""
        text = self.text
        noun = _previous_word(text, at)
        if noun in self.employee_nouns or (
            noun.endswith(_PROFESSION_ENDS) and not noun.endswith(_NOT_PROFESSION)
        ):
            return True
        comma = text.rfind(", ", at - 60 if at > 60 else 0, at)
        if comma < 0:
            return False
        words = text[comma + 2 : at].split()
        return len(words) <= 8 and any(w in self.employee_nouns for w in words)

    def _list_start(self, s: int) -> int:
        """The start of the organisation's name at ``s`` (after a comma, a list's last
        words "Y and Z ... Agency" in it): the list's first word if it is one word after
        "the" that names nothing ("The Meteorology, Climatology and Geophysical Agency")."""
        text = self.text
        m = _LIST_START.search(text, s - 40 if s > 40 else 0, s)
        if m is None or m.group(1).endswith("s") or m.group(1) in self.v.organisation_heads:
            return s  # "the Nordics, Food and Drug Authority", "the Army, Navy and Air Force"
        first = m.start(1)
        out = self.out
        if out and out[-1].start == first:
            if out[-1].known:
                return s
            out.pop()  # (the word alone, an unknown name)
        return first

    @staticmethod
    def _title_lead(rs: int, plan: tuple[Step, ...], k: int) -> int:
        """Where the text before the name of the titled step ``plan[k]`` (a run at ``rs``)
        starts: at the step before its title and the countries or organisations owning it
        ("Former President "), or with the word before the run ("former Costa Rican Foreign
        Minister "; so for ``k`` 0)."""
        j = k - 1
        while j >= 0 and type(plan[j]) is Known:
            j -= 1
        if j >= 0:
            return rs + plan[j].start
        return rs - 7 if rs > 7 else 0

    def _owner_before(self, rs: int) -> Raw | None:
        """The country or organisation owning a title that opens the run at ``rs`` across
        title modifiers in lower case ("Chile's former President", "Russia's former U.N.
        Ambassador"), if any: the last name before the run, a possessive after it."""
        out = self.out
        prev = out[-1]
        if prev.start >= rs:  # (the run's own organisation: "U.N. Ambassador")
            if len(out) < 2:
                return None
            prev = out[-2]
        text = self.text
        if prev.kind not in _EMPLOYERS or not text.startswith(("’s ", "'s "), prev.end):
            return None
        words = text[prev.end + 3 : rs].split()
        if 0 < len(words) < 3 and all(w in self.title_modifiers for w in words):
            return prev
        return None

    def _envoy_sender(self, rs: int, plan: tuple[Step, ...], k: int, org: str) -> str:
        """The affiliation of the diplomat ``plan[k]`` (a run at ``rs``) whose title follows
        the organisation ``org``: the country right before that organisation, if any
        ("Russia's U.N. Ambassador X", "the Russian UN envoy X"), else ``org``."""
        where, sender = plan[k - 1], plan[k - 2]
        if (
            type(where) is Known
            and where.entry.id == org
            and where.entry.kind is ActorKind.ORGANISATION
            and type(sender) is Known
            and sender.entry.kind is ActorKind.COUNTRY
            and self.text[rs + sender.end : rs + where.start].strip(" ’'s") == ""
        ):
            return sender.entry.id
        return org

    def _list_end(self, s: int, e: int) -> int:
        """The end of the organisation's name at ``s``..``e`` (before a comma): after the
        list that continues it, where it names a list-head "of" ("Ministry of Economy,
        Trade and Industry"), a list of words no lexicon names ("the Ministry of Defence,
        Reuters and AFP" is three)."""
        of = self.text.find(" of ", s, e)
        if of < 0:
            of = self.text.find(" for ", s, e)  # "Commission for Conciliation, Mediation ..."
        if of < 0 or self.text[s:of].rsplit(maxsplit=1)[-1] not in self.list_name_heads:
            return e
        m = _LIST_REST.match(self.text, e)
        if m is None:
            return e
        lex = self.lex
        stop = self.v.stopwords
        words = f"{m.group('items')} {m.group('last')}".replace(",", " ").split()
        if any(w in stop or lex.lookup(w) is not None for w in words):
            return e
        self.lists.append((s, m.end()))
        return m.end()

    def _employer_before(
        self, rs: int, step: Name, pending: tuple[str | None, str | None]
    ) -> tuple[str | None, str | None]:
        """``pending`` with the employer a title in the run names before ``step``: a
        one-word unknown name right before the title ("Kestrel Chief Executive Officer
        Laura Brennan", "Hoshida President Takeshi Yamamoto")."""
        prev = self.out[-1]
        if prev.kind is not None or prev.known or prev.end < rs:
            return pending
        text = self.text
        title = text[prev.end : rs + step.start].strip()
        if (
            text[prev.end : prev.end + 1] != " "
            or not title
            or " ".join(title.lower().split()) not in _EMPLOYEE_TITLES
            or not self._employer_name(prev, capital_title=True)
        ):
            return pending
        prev.kind = ActorKind.ORGANISATION
        return pending[0], prev.name

    def _area_place(self, rs: int, plan: tuple[Step, ...]) -> bool:
        """Whether the names of ``plan`` (a run at ``rs``) are one place's, before an area
        noun: "the Cerro Colorado district" (not Colorado); unknown names and known places
        side by side, no possessive between."""
        text = self.text
        e = rs + plan[-1].end
        if not (
            text.startswith(" ", e)
            and text[e + 1 : e + 2] in _AREA_FIRSTS
            and text[e + 1 : e + 14].split(" ", 1)[0].rstrip(".,;:)") in _AREA_NOUNS
        ):
            return False
        named = False
        for k, step in enumerate(plan):
            if type(step) is Name:
                if step.titled:
                    return False
                named = True
            elif type(step) is not Known or step.entry.kind not in _AREAS:
                return False
            if k and text[rs + plan[k - 1].end : rs + step.start] != " ":
                return False
        return named

    def known(self, entry: Entry, start: int, end: int, s: int) -> Raw:
        """A mention of a lexicon entry; a place takes a direction before it along
        ("eastern Aleppo"). ``s``: where the name itself starts."""
        text = self.text
        kind = entry.kind
        if kind is ActorKind.PLACE:
            lo = s - 20 if s > 20 else 0
            # (Most places follow no direction word: the search only where one ends.)
            if text[lo:s].rstrip().endswith(self.p.directions):
                m = self.p.direction_before.search(text, lo, s)
                if m is not None:
                    start = m.start()
        # is_initial(text, s), its usual case decided here ("... word Name").
        initial = (
            False
            if s > 1 and text[s - 1] == " " and text[s - 2] not in _NOT_INSIDE
            else is_initial(text, s)
        )
        return Raw(
            start, end, kind, entry.id, True, entry.role, entry.affiliation, None, None, initial
        )

    def name(
        self,
        s: int,
        e: int,
        ntok: int,
        pending: tuple[str | None, str | None] | None,
        of: str | None = None,
    ) -> None:
        """An unknown name of ``ntok`` words; ``pending``: the role and affiliation of a
        title right before it; ``of``: the organisation its run names it of ("Jorge
        Paredes of the Peruvian Fire Department")."""
        text = self.text
        nxt = text[e : e + 1]  # the character after the name ("" at the end)
        if ntok == 1 and nxt == "." and text[s - 1 : s] == "(" and _TICKER_END.match(text, e):
            return  # "Siam Cell Energy (SCE.BK)": a stock ticker
        name = text[s:e]
        if ntok == 1 and name.endswith(_COMPOUND_ENDS):
            return  # "the Turkish-backed factions": an adjective, no name
        if name[1:2] == "-" and name[:1] in "RDI" and text[s - 2 : s] in (", ", " ("):
            return  # "Sen. X, R-Texas, who": a lawmaker's party and state (see below)
        if (
            ntok == 1
            and pending is None
            and name.endswith(_BANK_ENDS)
            and len(name.rstrip("n").rstrip("e")) >= 8
        ):
            # "Commerzbank said", "the Bundesbank", "Rabobank", "Handelsbanken": a bank (a
            # word of four letters at least before "bank": not "Eubank")
            self.out.append(Raw(s, e, ActorKind.ORGANISATION, name, initial=is_initial(text, s)))
            return
        if (
            pending is None
            and nxt == " "
            and text[e + 1 : e + 3] in _THING_AFTER_PAIRS
            and _thing_after(text, e + 1)
        ):
            return  # "its Artemis II moon mission", "the Apollo 11 mission": a thing's name
        if ntok >= 3 and name.endswith(_COUNSEL_AFTER):
            # "Jonathan Ashby KC said": the mention keeps the rank (the cue follows it),
            # the name does not
            name = name[:-3]
            ntok -= 1
            if pending is None:
                pending = (text[e - 2 : e], None)
        if ntok == 1 and name in _PARTY_ADJECTIVES and nxt == " ":
            noun = text[e + 1 : e + 16].split(" ", 1)[0].rstrip(".,;:")
            low = noun.lower()
            if noun in _POLITICIANS or low in _POLITICIAN_ROLES or low in _PARTY_MEMBERS:
                # "Republican lawmaker X", "a Labour MP": the party, whose member X is
                party = _PARTY_ADJECTIVES[name]
                self.out.append(Raw(s, e, ActorKind.ORGANISATION, party, True))
                return
        spaced = s > 1 and text[s - 1] == " "
        # is_initial(text, s), its usual case decided here ("... word Name").
        initial = False if spaced and text[s - 2] not in _NOT_INSIDE else is_initial(text, s)
        role: str | None = None
        affiliation: str | None = None
        kind: ActorKind | None = None
        # The word before the name (lower case, as _previous_word), computed at most once.
        prev_word: str | None = None
        guessed = False  # a person only by the look of the name ("Porto Alegre")
        # Whether the text before the name ends as said_before does (None: not known yet).
        said_end: bool | None = None
        if (
            ntok == 2
            and pending is None
            and name.endswith((" House", " Senate"))
            and name[: name.find(" ")].endswith(("-controlled", "-led"))
        ):
            # "the Republican-controlled House": the modifier is no name's
            s, ntok = e - len(name) + name.rfind(" ") + 1, 1
            name = text[s:e]
            initial = False
        if initial and ntok >= 2 and pending is None:
            # "Chipmaker Nordlys cuts 500 jobs": a common noun opening the sentence is no
            # part of the name after it.
            cut = name.find(" ")
            first = name[:cut].lower()
            company = first in self.company_nouns or first in self.trade_nouns
            # "Volcanologist Ines Marr said": a profession's noun, before a name of two
            # words at least; it is her role.
            profession = ntok >= 3 and (
                first in self.employee_nouns
                or first in _PEOPLE_OPENERS
                or (first.endswith(_PROFESSION_ENDS) and not first.endswith(_NOT_PROFESSION))
            )
            # (A noun the text writes so, before a name of two words at least: "Striker
            # Lena Foss" ... "the striker"; not "Will Tarrant" ... "the will".)
            if (
                company
                or profession
                or first in self.name_openers
                or (ntok >= 3 and self._written_as_noun(first))
            ):
                s += cut + 1
                while text[s] in " \t\u00a0":
                    s += 1
                ntok -= 1
                name = text[s:e]
                initial = False
                if company:
                    self.out.append(Raw(s, e, ActorKind.ORGANISATION, name))
                    return
                if profession:
                    pending = (first, None)
        if ntok == 1 and pending is None and name in self.possessive_orgs:
            # "Moody's cut the rating": the possessive alone before a common word names the
            # organisation (not "Tom Moody", "Moody's book": a person's).
            after = e + (2 if text.startswith(("'s", "’s"), e) else 0)
            entry = self.lex.lookup(self.possessive_orgs[name])
            if (
                after > e
                and text.startswith(" ", after)
                and text[after + 1 : after + 2].islower()
                and not text.startswith(_PERSONAL_AFTER, after + 1)
                and entry is not None
            ):
                self.out.append(self.known(entry, s, after, s))
                return
        if ntok == 1 and pending is None and name in self.chambers:
            chamber = self._chamber(s, e, name)
            if chamber is not None:
                # (kind None: "the House" is a chamber if the article names a senate or
                # a congress; canonical decides)
                kind = ActorKind.ORGANISATION if chamber else None
                self.out.append(Raw(s, e, kind, name, initial=initial, chamber=True))
                return
        if pending is not None:
            if ntok == 1 and name in self.v.place_heads:
                # "King Street", "Queen's Road": a title opening a place's name.
                s = text.rfind(" ", 0, s - 1) + 1
                self.out.append(Raw(s, e, ActorKind.PLACE, text[s:e], initial=initial))
                return
            kind, role, affiliation = ActorKind.PERSON, pending[0], pending[1]
        else:
            cut = text.rfind(" ", s - 30 if s > 30 else 0, s - 1 if s > 1 else 0)
            word_before = text[cut + 1 : s - 1] if spaced and cut >= 0 else ""
            # The usual case: one word between two spaces (no other white space: only " "
            # is both white space and printable). Else the last word of the window.
            if not (word_before and word_before.isprintable()):
                before_words = text[cut + 1 : s].split()
                word_before = before_words[-1] if before_words else ""
            before = _BEFORE.get(word_before)
            if before is None:
                before = _before_word(word_before, self.title_last, self.titles)
            if before.title_last and not _acronym_end(word_before):
                if before.lower == "official" and self._noun_of_organisation(e):
                    # "Egypt's official Al-Ahram newspaper": an adjective, an outlet
                    kind = ActorKind.ORGANISATION
                else:
                    kind, role, affiliation = self._title_before(s)
            elif before.abbreviated and not _acronym_end(word_before):
                # "Gov. Maria Delgado", "Sen. Tom Whitfield"
                if before.role is not None:
                    kind, role = ActorKind.PERSON, before.role or None
                    pair = self._abbreviated_pair(cut, word_before) if cut > 2 else None
                    if pair is not None:
                        role = pair  # "Maj. Gen. Ali Hassan", "Det. Sgt. Kay Rand"
                    elif cut > 2 and text[cut] == " ":
                        # "Health Minister Dr. Sarah Achieng", "the WHO's regional director,
                        # Dr. Mohamed Keita": the title before the honorific is the role.
                        found = self._title_before_honorific(cut + 1)
                        if found is not None:
                            role, affiliation = found
                    if (
                        affiliation is None
                        and cut > 2
                        and role is not None
                        and role.lower() in _POLITICIAN_ROLES
                        and (party := text[text.rfind(" ", 0, cut) + 1 : cut]) in _PARTY_ADJECTIVES
                    ):
                        affiliation = _PARTY_ADJECTIVES[party]  # "Republican Sen. Rand Paul"
            elif text.endswith((", ", ",\u00a0"), 0, s):
                # "Poland's foreign minister, Tomasz Wrona," / "its head, Peter Ophoff,"
                kind, role, affiliation = self._appos_before(s)
                if (
                    kind is None
                    and nxt == ","
                    and (
                        (
                            word_before[:-1] in _APPOS_ORG_NOUNS
                            and _APPOS_ORG_BEFORE.search(text, s - 90 if s > 90 else 0, s)
                        )
                        # "The LDP's coalition partner, Komeito, said": a party (not "his
                        # partner, X,")
                        or (word_before == "partner," and text.endswith(_COALITION_PARTNER, 0, s))
                    )
                ):
                    kind = ActorKind.ORGANISATION  # "His team, Soudal Quick-Step, said"
            elif before.org_noun and spaced:
                kind = ActorKind.ORGANISATION  # "the venture firm Ventures Platform"
            elif before.thing_noun and spaced and ntok == 1:
                return  # "the hormone EPO", "the drug Leqembi": a thing's name
            elif spaced and before.lower in _VESSELS:
                # "the ferry Doña Paz": a ship, where things happen, no actor
                kind = ActorKind.PLACE
            elif spaced and word_before and cut >= s - 21 and len(word_before) == s - cut - 2:
                # "... of Name": the one word between two spaces is _previous_word's.
                prev_word = before.lower
                said_end = before.said_end
        if (
            kind is ActorKind.PERSON
            and (role is None or role in HONORIFIC_ROLES or role in _RANKS)
            and nxt == ","
        ):
            # "Dr. Layla Amiri, a researcher at the Gulf Research Center": the job, not the
            # honorific, is the role.
            job = self._appos_job(e)
            if job is not None:
                role, affiliation = job[0], job[1] or affiliation
            elif (
                text.startswith(_DESCRIBED, e)
                and (pm := _APPOS_PROFESSION.match(text, e, e + 80)) is not None
            ):
                role = _former(pm.group("job"), text[e : pm.start("job")])  # "a chemist who"
        elif kind is ActorKind.PERSON and affiliation is None and nxt == ",":
            # "Opposition leader X, general secretary of the Y,", "Political analyst X, a
            # lecturer at Y,": the title before stays the role, the apposed job's employer is
            # the affiliation
            job = self._appos_job(e)
            if job is not None and job[1] is not None:
                affiliation = job[1]
        if kind is None and nxt == " ":
            pair = text[e + 1 : e + 3]  # (the two characters after the space)
            if pair in _AFTER_PAIRS:
                noun = text[e + 1 : e + 14].split(" ", 1)[0].rstrip(".,;:)")
                if noun in _AREA_NOUNS:
                    kind = ActorKind.PLACE  # "North Kivu province", "Kasese district"
                elif (
                    noun in _ORG_AFTER
                    and not name.endswith(_COMPOUND_ENDS)
                    and not text[e + 2 + len(noun) : e + 3 + len(noun)].isupper()
                    # (not "a Swahili newspaper": an adjective, no name)
                    and not text.endswith((" a ", " an ", "A ", "An "), 0, s)
                ):
                    # "the Renovación Popular party" (not "Environmental group Walhi": a
                    # description of the name after it)
                    kind = ActorKind.ORGANISATION
            elif pair[:1] == "(" and _TICKER_AFTER.match(text, e):
                kind = ActorKind.ORGANISATION  # "Kestrel Mining (KMX.AX) rose": a company
            elif (
                text.startswith("the ", s - 4 if s > 4 else 0, s)
                and pair[:1].islower()
                and _NOUNS_THEN_ORG.match(text, e) is not None
            ):
                kind = ActorKind.ORGANISATION  # "the VDA auto industry association"
        if kind is None and self.employer_owners and s in self.employer_owners:
            kind = ActorKind.ORGANISATION
        if kind is None and prev_word == "of":
            noun = _previous_word(text, s - 3)
            if noun in _SETTLEMENTS:
                kind = ActorKind.PLACE  # "the village of Sungai Jariang"
            elif noun in _BRANCHES:
                kind = ActorKind.ORGANISATION  # "the Brussels office of Hale Morrow"
        if kind is None:
            p = self.p
            n = len(text)
            comma = nxt == ","
            am = p.appos_title.match(text, e, e + 100 if e + 100 < n else n) if comma else None
            if am is not None and (
                _NAME_AFTER.match(text, am.end()) or self._opening_place(s, prev_word)
            ):
                # "In Tarvos, army commander Reza Kandil met": the title is his; "In Tarvos,
                # the commander said": the title describes no place.
                am = None
            # (", a ", ", the ": an apposition describing the name)
            described = (
                comma
                and am is None
                and (
                    text.startswith(_DESCRIBED, e)
                    # ", Japan's largest business lobby,": an owner for the article
                    or (text[e + 2 : e + 3].isupper() and _OWNER_AHEAD in text[e + 3 : e + 30])
                )
            )
            if am is not None:
                kind, role = ActorKind.PERSON, self.titles.get(am.group("title").lower())
                role = _former(role, text[am.start() : am.start("title")]) or None
                # "Gil Horowitz, an analyst at Bernstein": the employer.
                affiliation = self._employer_after(am.end(), role in _SPOKES)
                if affiliation is None and role and am.start("title") - e > 4:
                    # "X, the UN under-secretary-general for ...": the employer before
                    affiliation = self._employer_within(e + 2, am.start("title"), role)
                elif affiliation is not None and role and text[am.end() : am.end() + 1] == " ":
                    role = _job_after_title(text, am.end(), n, role)  # "head of research at"
            elif described and p.appos_org.match(text, e, e + 80) is not None:
                kind = ActorKind.ORGANISATION  # "Voltara, the state grid operator,"
            elif (ntok == 1 and name in self.party_plurals and _party_alone(text, e, name)) or (
                1 < ntok <= 3 and name.rpartition(" ")[2] in self.party_plurals
            ):
                kind = ActorKind.ORGANISATION  # "the Greens", "the Liberal Democrats"
            elif comma and (job := self._appos_job(e, titled=False)) is not None:
                # "Farida Akter, a hydrologist at the Bangladesh University ..."
                kind, role, affiliation = ActorKind.PERSON, job[0], job[1]
            elif described and (pm := _APPOS_PROFESSION.match(text, e, e + 80)) is not None:
                # "X, a chemist who"
                kind, role = ActorKind.PERSON, _former(pm.group("job"), text[e : pm.start("job")])
            elif (
                (
                    _cue_may_follow(text, e, p.cue_after_prefixes)
                    and p.cue_after.match(text, e, e + 160 if e + 160 < n else n)
                    # "a resident of Djibo said", "meteorologists at MetSul warned": a name
                    # after a preposition is no subject.
                    and (
                        prev_word := prev_word if prev_word is not None else _previous_word(text, s)
                    )
                    not in self.not_subject
                )
                or (
                    not initial
                    and (
                        said_end
                        if said_end is not None
                        else text[s - 20 if s > 20 else 0 : s].rstrip().endswith(_SAID_ENDS)
                    )
                    and p.said_before.search(text, s - 20 if s > 20 else 0, s)
                )
            ):
                kind = ActorKind.PERSON
                if ntok >= 2 and name[name.rfind(" ") + 1 :] in self.club_heads:
                    kind = ActorKind.ORGANISATION  # "Stoke City said": no person's name
                elif ntok == 1 and name in self.v.organisation_heads:
                    kind = ActorKind.ORGANISATION  # "the Assembly rejected the plan"
            elif (
                not initial
                and (prev_word := prev_word if prev_word is not None else _previous_word(text, s))
                in self.prepositions
                and p.prep_before.search(text, s - 16 if s > 16 else 0, s)
                # "outside Tomas Varga's office", "at Kopp's request": an owner, no place.
                and not _is_owner(text, e)
            ):
                if prev_word == "at" and (s in self.employers_at or self._employer_at(s - 3)):
                    kind = ActorKind.ORGANISATION  # "an analyst at Berenberg"
                elif prev_word == "in" and (noun := _previous_word(text, s - 3)) in _HOLDINGS:
                    kind = ActorKind.ORGANISATION  # "shares in Nordlys", "a stake in Octel"
                elif prev_word == "in" and noun in _AWARDS:
                    pass  # "the Nobel Prize in Chemistry": a field, no place
                elif ntok >= 2 and prev_word in _PERSON_PREPOSITIONS:
                    # "a cross from Bukayo Saka"; not "a businessman from São Paulo"
                    noun = _previous_word(text, s - len(prev_word) - 1)
                    people_noun = noun.endswith(("man", "men")) or (
                        noun in self.people_nouns or noun + "s" in self.people_nouns
                    )
                    kind = ActorKind.PLACE if people_noun else ActorKind.PERSON
                elif ntok == 1 and prev_word in _NOT_PLACE_PREPOSITIONS:
                    # "a message to Bush", "sold to Nestle": no place; an unknown name, kept
                    # if it names a person of the article ("sold to DPC": a company).
                    if name.isalpha() and name.isupper() and len(name) > 1:
                        kind = ActorKind.ORGANISATION
                else:
                    kind = ActorKind.PLACE
            elif ntok >= 2:
                # Capitalised words, name particles between them ("Jurie de Wet"). Not
                # in capitals: a dateline or a heading ("DAR ES SALAAM"), kept only if it
                # names a person of the article.
                # Not with a club's last word ("Stoke City": a club or a place), nor with a
                # digit (a model: "MQ-9 Reaper", "Su-35 Flanker"), nor opening a quote
                # ('"Young Tamils voted for change," said X': kept only if it names a
                # person of the article).
                if (
                    not name.isupper()
                    and name[name.rfind(" ") + 1 :] not in self.club_heads
                    and not any(c in _DIGITS for c in name)
                    and not _opens_quote(text, s)
                    and all(
                        w[:1].isupper() or "-" in w or w in self.particles for w in name.split()
                    )
                ):
                    kind, guessed = ActorKind.PERSON, True
            elif (
                not initial
                and name.isalpha()
                and name.isupper()
                and len(name) > 1
                # (not a dateline's second city: "NEW YORK/FRANKFURT (Reuters) -", which,
                # like the first, is no organisation)
                and not (s > 1 and text[s - 1] == "/" and text[s - 2].isupper())
            ):
                kind = ActorKind.ORGANISATION
        # A listed club's one-word form standing alone ("Arsenal", "Spurs"): canonical
        # decides whether the article makes it the club (not after a title: a person).
        club = self.clubs.get(name) if ntok == 1 and pending is None else None
        if affiliation is None:
            affiliation = of
        if affiliation is None and text.startswith(_PARTY_STATE_OPENINGS, e):
            pm = _PARTY_STATE.match(text, e)
            if pm is not None:
                # "Sen. Ted Cruz, R-Texas,", "Rep. X (D-Calif.)": the party's member
                affiliation = _PARTY_ADJECTIVES[_PARTY_LETTERS[pm.group(1)]]
                kind = ActorKind.PERSON
        self.out.append(
            Raw(s, e, kind, name, False, role, affiliation, None, None, initial, guessed, club)
        )

    def _employer_name(self, prev: Raw, capital_title: bool = False) -> bool:
        """Whether the unknown name ``prev``, right before an employee's title, can be the
        employer: one word, not opening its sentence ("Veteran coach X"), unless a club's
        name, an abbreviation ("CUT president X"), a word the text capitalises elsewhere
        too ("Boca coach X" ... "beat Boca", "club Genk" ... "Genk coach X") or, before a
        capitalised title, a word it never writes in lower case ("Hoshida President X"; not
        "Veteran Coach X" ... "the veteran")."""
        name = prev.name
        if " " in name or name.lower() in self.title_modifiers:
            return False  # "Former President X", "Acting Director X"
        if (
            not prev.initial
            or prev.club is not None
            or (name.isupper() and len(name) > 1)
            or name in self.v.organisation_heads  # "Commission spokeswoman X"
        ):
            return True
        text = self.text
        if capital_title and f" {name.lower()} " not in text:
            return True
        # (before it too: "Belgian club Genk" ... "Genk coach X")
        i = text.find(name)
        while i >= 0:
            end = i + len(name)
            if (
                i != prev.start
                and (i == 0 or not text[i - 1].isalnum())
                # (before it, standing alone: not "Manchester City" ... "City manager X")
                and (i > prev.start or not _after_capitalised(text, i))
                and not (end < len(text) and text[end].isalnum())
                and not is_initial(text, i)
            ):
                return True
            i = text.find(name, end)
        return False

    def _appos_job(self, e: int, titled: bool = True) -> tuple[str, str | None] | None:
        """The role and employer of an appositive job after a name ending at ``e`` before a
        comma: a listed title ("..., the foreign minister of the United Arab Emirates"; not
        tried unless ``titled``) or a profession-like noun before "at" ("..., a
        hydrologist at ..."), else None."""
        text = self.text
        if not text.startswith(",", e):
            return None
        hi = e + 100 if e + 100 < len(text) else len(text)
        if titled:
            am = self.p.appos_title.match(text, e, hi)
            if am is not None:
                role = self.titles.get(am.group("title").lower())
                if role:
                    t = am.start("title")
                    role = _former(role, text[e:t]) or role
                    employer = self._employer_after(am.end(), role in _SPOKES)
                    if employer is None and t - e > 4:
                        employer = self._employer_within(e + 2, t, role)
                    if employer is not None and text[am.end() : am.end() + 1] == " ":
                        role = _job_after_title(text, am.end(), hi, role)
                    return role, employer
        if " at " not in text[e:hi]:
            return None
        jm = _APPOS_JOB.match(text, e, hi)
        if jm is None:
            return None
        employer = self._employer_after(jm.end())
        if employer is None:
            return None
        return _former(jm.group("job"), text[e : jm.start("job")]) or jm.group("job"), employer

    def _opening_place(self, s: int, prev_word: str | None) -> bool:
        """Whether the name at ``s`` follows a place preposition opening its sentence ("In
        Tarvos, ...", "Inside El Fasher, ...")."""
        text = self.text
        if prev_word is None:
            prev_word = _previous_word(text, s)
        at = s - len(prev_word) - 1
        return (
            prev_word in self.prepositions
            and at >= 0
            and text[at : at + 1].isupper()
            and is_initial(text, at)
        )

    def _employer_within(self, lo: int, hi: int, role: str) -> str | None:
        """The country or organisation named by capitalised words between ``lo`` and the
        title of ``role`` at ``hi`` in an apposition ("NAME, the UN under-secretary-general
        for ...", "NAME, a former NATO secretary-general", "NAME, the Halden Bank chief
        economist"): a known one, an unknown organisation's name, or an abbreviation (or
        one word before an employee's title: "NAME, the Walhi campaigner")."""
        text = self.text
        m = self.p.run_from_capital.search(text, lo, hi)
        if m is None or (text[m.end() : hi].strip(" ’'s") and not _owner_then_words(text, m, hi)):
            return None  # (the name right before the title, or its possessive: no comma)
        run = without_possessive(m.group())
        action = _action(run, self.lex, self.v.stopwords)
        if isinstance(action, _KnownAt):
            return action.id if action.kind in _EMPLOYERS and action.end == len(run) else None
        if isinstance(action, int):
            if action != len(run):
                return None
            if run in _PARTY_ADJECTIVES and role.lower() in _POLITICIAN_ROLES:
                return _PARTY_ADJECTIVES[run]  # "NAME, a Republican lawmaker,"
            if _is_owner(text, m.end() - 2) and (role in _EMPLOYEE_TITLES or role in _HEADS):
                # "NAME, Tunebox's head of global affairs": the owner is an organisation
                # (made one where the scan reaches its word)
                self.employer_owners.add(m.start())
                return run
            if _abbreviation(run) or role in _EMPLOYEE_TITLES:
                return run
            return None
        if action and len(action) == 1 and type(action[0]) is UnknownOrg:
            return run[action[0].start : action[0].end]
        return None

    def _employer_after(self, pos: int, spokes: bool = False) -> str | None:
        """The organisation or country named right after a title at ``pos`` ("... an
        analyst at Bernstein", "chief economist at the Halden Bank", "of Kenya"); after
        "for" too where ``spokes`` (a spokesman's: "a spokesman for the agency")."""
        text = self.text
        preps = _FOR_PREPOSITIONS if spokes else _PREPOSITIONS
        for _ in range(3):  # (past two lower-case words: "chief| economist at")
            for prep in preps:
                if text.startswith(prep, pos):
                    break
            else:
                nxt = text.find(" ", pos + 1, pos + 24)
                if nxt < 0 or not text[pos + 1 : nxt].isalpha() or not text[pos + 1].islower():
                    return None
                pos = nxt
                continue
            break
        else:
            return None
        start = pos + len(prep)
        if prep == " of " and text[start : start + 1].islower():
            # "head of communications for the World Food Programme": the field, then the
            # employer after "for"/"at"
            field = _FIELD_THEN_EMPLOYER.match(text, start)
            if field is not None:
                start = field.end()
        elif prep == " of " and (field := _FIELD_AFTER_HEAD.match(text, pos)) is not None:
            start = field.end()  # "head of European rates strategy at Nordlys Bank"
        described = False
        # (an anchored match, tried only after a title's preposition: cheap)
        dm = _EMPLOYER_DESCRIPTION.match(text, start, start + 80)
        if dm is not None:
            start, described = dm.end(), True
        elif (mm := _EMPLOYER_MODIFIERS.match(text, start, start + 60)) is not None:
            # "co-leader of the far-right Alternative for Germany", "president of the
            # Munich-based Ifo institute": an organisation's name after its modifiers
            start, described = mm.end(), True
        m = self.p.run_from_capital.match(text, start)
        if m is None:
            if (
                prep == " of "
                and (at := text.find(" at ", start, start + 40)) > 0
                and text[start:at].replace(" ", "").isalpha()
                and text[start].islower()
            ):
                # "head of threat research at the British firm X": the employer after
                # "at", past the lower-case words of the job
                return self._employer_after(at)
            return None
        run = m.group()
        got = _action(run, self.lex, self.v.stopwords)
        if isinstance(got, _RankEnd):
            action: _Action = got.dotted if text.startswith(".", m.end()) else got.plain
        else:
            action = got
        found: str | None = None
        country = False
        if isinstance(action, _KnownAt):
            if action.kind in _EMPLOYERS:
                found, country = action.id, action.kind is ActorKind.COUNTRY
        elif isinstance(action, int):
            found = run[:action]
        elif action:
            first = action[0]
            if type(first) is UnknownOrg and first.start == 0:
                found = run[: first.end]
            elif (
                type(first) is Name
                and first.start == 0
                and not first.titled
                and (prep == " at " or described)
            ):
                # "a researcher at Sciences Po", "the consultancy Plusmining": an organisation
                found = run[: first.end]
            elif type(first) is Known and first.start == 0 and first.entry.kind in _EMPLOYERS:
                found, country = first.entry.id, first.entry.kind is ActorKind.COUNTRY
                second = action[1] if len(action) > 1 else None
                if (
                    country
                    and second is not None
                    and type(second) is not Name
                    and run[first.end : second.start].strip(" ’'s") == ""
                    and (
                        (type(second) is UnknownOrg and second.affiliation == found)
                        or (type(second) is Known and second.entry.kind in _EMPLOYERS)
                    )
                ):
                    # "a spokesman for Kenya's Interior Ministry": the country's body
                    if type(second) is Known:
                        found = second.entry.id
                    else:
                        found = run[second.start : second.end]
                    country = False
        if found is None:
            return None
        if country and prep.startswith(" of"):
            # "head of Japan equities research at Jefferies": the employer after "at", in
            # the same phrase, beats a country in the job.
            at = text.find(" at ", m.end(), m.end() + 60)
            if at > 0 and not any(c in text[m.end() : at] for c in ",.;"):
                found = self._employer_after(at) or found
        elif prep.startswith(" at"):
            self.employers_at.add(start)  # (a name there is no place: "at Jefferies")
        if described and not country:
            # "the Kandy-based think tank Orvane Policy Forum": an organisation, whatever
            # its words look like
            self.employer_owners.add(start)
        return found

    def _abbreviated_pair(self, cut: int, word: str) -> str | None:
        """The role of a title of two words ending in the abbreviation ``word``, whose
        space before is at ``cut`` ("Maj. Gen.", "Lt. Col.", "Staff Sgt."), or None."""
        text = self.text
        j = text.rfind(" ", cut - 12 if cut > 12 else 0, cut) + 1
        first = text[j:cut]
        if not first[:1].isupper():
            return None
        phrase = f"{first} {word}".lower()
        return self.titles.get(phrase) or self.titles.get(phrase.rstrip(".")) or None

    def _weekday_name(self, rs: int, start: int) -> bool:
        """Whether the run at ``rs`` opens with a weekday before the name at ``start``
        that is a first name: after a title in lower case ("Former Super Eagles captain
        Sunday Oliseh", "Edo governor Monday Okpebholo"; West African names), not after
        "on" or at a sentence's start."""
        if self.text[rs:start].rstrip() not in _WEEKDAYS:  # (the usual case: "The ...")
            return False
        text_before = self.text[rs - 12 if rs > 12 else 0 : rs].split()
        return bool(text_before) and text_before[-1] in self.titles

    def _title_before_honorific(self, t: int) -> tuple[str, str | None] | None:
        """The role and affiliation of a title before the honorific at ``t`` ("Health
        Minister Dr.", "its regional director, Dr."), or None."""
        text = self.text
        if text[t - 2] == ",":
            _, role, affiliation = self._appos_before(t)
        else:
            words = text[t - 60 if t > 60 else 0 : t].split()[-4:]
            if not words or words[-1].lower().rstrip(".") not in self.title_last:
                return None
            role = affiliation = None
            for n in range(len(words), 0, -1):  # the longest title
                role = self.titles.get(" ".join(words[-n:]).lower().rstrip("."))
                if role:
                    # "NASA Associate Administrator Dr.": the organisation before the title
                    start = t - 1
                    for _ in range(n):
                        start = text.rfind(" ", 0, start - 1) + 1
                    prev = self.out[-1] if self.out else None
                    if (
                        prev is not None
                        and prev.kind in _EMPLOYERS
                        and text[prev.end : start].strip(" ’'s") == ""
                    ):
                        affiliation = prev.name
                    break
        return None if not role else (role, affiliation)

    def _written_as_noun(self, word: str) -> bool:
        """Whether the text writes ``word`` (lower case) as a common noun elsewhere: after
        "the" or "a" ("the striker said"); never a listed person's first name ("Bill
        Walsh" ... "the bill")."""
        text = self.text
        i = text.find(" " + word)
        while i >= 0:
            end = i + 1 + len(word)
            if not (end < len(text) and (text[end].isalnum() or text[end] == "-")):
                j = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i)) + 1
                if text[j:i] in _NOUN_DETERMINERS:
                    return word.capitalize() not in _listed_first_names()
            i = text.find(" " + word, end)
        return False

    def _chamber(self, s: int, e: int, name: str) -> bool | None:
        """Whether "Senate" or "House" at ``s``..``e`` is a chamber: True if so, False if
        only an article naming a senate or a congress makes "the House" one, None if not
        (no "the" before it, "the House of Commons": a longer name)."""
        text = self.text
        sets = run_sets()
        words = text[s - 40 if s > 40 else 0 : s].split()
        last = words[-1] if words else ""
        if last not in ("the", "The"):
            # "the full House", "the Republican-controlled House"
            return (
                True
                if len(words) > 1
                and words[-2] in ("the", "The")
                and (last in sets.chamber_modifiers or last.endswith(("-controlled", "-led")))
                else None
            )
        if name == "Senate":
            return True
        if text.startswith(" of ", e):
            return None
        if len(words) > 1 and words[-2].lower() in sets.chamber_before:
            return True  # "in the House"
        after = text[e + 1 : e + 20].split(maxsplit=1) if text.startswith(" ", e) else []
        return bool(after) and after[0] in sets.chamber_verbs

    def _title_before(self, s: int) -> tuple[ActorKind | None, str | None, str | None]:
        """Kind, role and affiliation of a name after a title ("foreign minister NAME")."""
        text = self.text
        m = self.p.title_before.search(text, max(0, s - 60), s)
        if m is None:
            # "Chief executive Sigrun Hatlevik said": a title opening the sentence.
            lo = max(0, s - 60)
            m = self.p.title_before.search(text[lo:s].lower())
            if m is None:
                return None, None, None
            start = lo + m.start()
            if not (text[start].isupper() and is_initial(text, start)):
                return None, None, None
            gap = lo + m.end(1)
        else:
            start = m.start()
            gap = m.end(1)
        if text.count("\n", gap, s) > 1:
            return None, None, None  # a headline's last word: no title across a blank line
        phrase = " ".join(m.group(1).split()).lower()
        if text.startswith(".", gap) and self.titles.get(last := phrase.rsplit(" ", 1)[-1]) == last:
            # "met the envoy. Philippe Gilbert ...": a whole word's dot ends a sentence (an
            # abbreviation's does not: "Gov. Maria Delgado")
            return None, None, None
        head = next(
            (t for t in self.titles_longest_first if phrase.endswith(t)),
            phrase,
        )
        opener = ""  # "Former", "Shadow" opening the sentence before the title
        if start > 1 and text[start - 1] == " ":
            # "Press secretary Dana Ortiz said": the title's first word opens the sentence.
            j = start - 1
            while j > 0 and not text[j - 1].isspace():
                j -= 1  # (after a space or a paragraph's line break)
            word = text[j : start - 1]
            if word[:1].isupper() and is_initial(text, j):
                if f"{word.lower()} {head}" in self.titles:
                    head = f"{word.lower()} {head}"
                    if self.out and self.out[-1].start == j:
                        self.out.pop()  # (the word alone, an unknown name)
                    start = j
                elif word in _ROLE_OPENERS:
                    opener = f"{word} "  # "Former chancellor X said": no chancellor now
                elif (noun := word.lower()) in _OWN_NOUNS:
                    # "Company president Gwynne Shotwell said", "Party chairman X": the
                    # company or party named last
                    if self.out and self.out[-1].start == j:
                        self.out.pop()  # (the word alone, an unknown name)
                    for prev in reversed(self.out):
                        if prev.kind is ActorKind.ORGANISATION:
                            if _of_own_kind(noun, prev.name):
                                role = self.titles.get(head) or None
                                return ActorKind.PERSON, role, prev.name
                            break
        affiliation = None
        role_field = ""  # a field between the owner and the title ("competition")
        if self.out:
            prev = self.out[-1]
            between = text[prev.end : start]
            if (
                prev.kind in (ActorKind.COUNTRY, ActorKind.ORGANISATION)
                and (
                    between.strip(" ’'s") == ""
                    # "the Kenya Union of Teachers (KUT) chairman X": its bracketed letters
                    or (between == ") " and text[prev.start - 1 : prev.start] == "(")
                )
            ):
                affiliation = prev.name
                if (
                    prev.kind is ActorKind.ORGANISATION
                    and head.endswith(_ENVOY_ENDS)
                    and len(self.out) > 1
                    and (sender := self.out[-2]).kind is ActorKind.COUNTRY
                    and text[sender.end : prev.start].strip(" ’'s") == ""
                ):
                    affiliation = sender.name  # "China's U.N. envoy X": China's
            elif (
                (prev.kind in _EMPLOYERS or prev.club is not None)
                and between.startswith(("'s ", "’s "))
                and between.endswith(" ")
                and 0 < len(field := between[3:].split()) <= 2
                and all(w.isalpha() and w.islower() for w in field)
            ):
                # "Liverpool's sporting director Richard Hughes": the owner's, in the field
                # (a club's name is then the club's, no city's)
                if prev.club is not None:
                    prev.kind = ActorKind.ORGANISATION
                affiliation = prev.name if prev.club is None else prev.club
                role_field = " ".join(field)
            elif (
                prev.kind in _EMPLOYERS
                and (
                    between.startswith(" ")
                    # "the Bharatiya Janata Party (BJP) state president X"
                    or (between.startswith(") ") and text[prev.start - 1 : prev.start] == "(")
                )
                and between.endswith(" ")
                and 0 < len(field := between.lstrip(")").split()) <= 2
                and all(w in run_sets().title_fields or w in _CHIEF_FIELDS for w in field)
            ):
                # "EU competition chief X", "UN aid chief X": the owner's, in the field
                affiliation = prev.name
                role_field = " ".join(field)
            elif (
                prev.kind is None
                and not prev.known
                and between == " "
                and (head in _EMPLOYEE_TITLES or _abbreviation(prev.name))
                and self._employer_name(prev)
            ):
                # "... as Chelsea manager Mauricio Pochettino said": a one-word name right
                # before such a title is the employer (not "Riverton mayor": a town; a
                # listed person among such names is still made a person later); so is an
                # abbreviation before any title ("RJD leader X"). An organisation's word
                # alone ("Commission spokeswoman X") is the article's organisation so named
                # (canonical finds it), else none: no actor of its own.
                if prev.name not in self.v.organisation_heads:
                    prev.kind = ActorKind.ORGANISATION
                affiliation = prev.name
            elif (
                prev.kind is ActorKind.PLACE
                and not prev.known
                and between == " "
                and head in _EMPLOYEE_TITLES
            ):
                # "Regional Transportation District spokesman X": a body, no place.
                prev.kind = ActorKind.ORGANISATION
                affiliation = prev.name
        # "the former foreign minister NAME", "shadow home secretary NAME"
        role = _former(self.titles.get(head) or None, opener + phrase[: len(phrase) - len(head)])
        if role_field and role and " " not in role:
            role = f"{role_field} {role}"  # "competition chief"
        return ActorKind.PERSON, role, affiliation

    def _legal_form_of(self, s: int, e: int) -> Entry | None:
        """The listed organisation that ``text[s:e]`` names with a legal form after its
        name ("General Motors Corp", "Nestle S.A."), if any."""
        name = self.text[s:e]
        cut = name.rfind(" ")
        if cut < 0 or name[cut + 1 :] not in _LEGAL_FORMS:
            return None
        entry = self.lex.lookup(name[:cut])
        return entry if entry is not None and entry.kind is ActorKind.ORGANISATION else None

    def _noun_of_organisation(self, e: int) -> bool:
        """Whether a noun of an organisation follows the name ending at ``e`` ("Al-Ahram
        newspaper", "Renovación Popular party")."""
        text = self.text
        if not text.startswith(" ", e):
            return False
        return text[e + 1 : e + 14].split(" ", 1)[0].rstrip(".,;:)") in _ORG_AFTER

    def _appos_before(self, s: int) -> tuple[ActorKind | None, str | None, str | None]:
        """Kind, role and affiliation of a name after "OWNER's title, " ."""
        # The pattern ends in a title, maybe with a phrase of five words at most after it
        # ("envoy for the Middle East"), then ", ": most commas follow no title word, and
        # the search (tried at every start in the window) costs several microseconds.
        if not _title_may_end(self.text[max(0, s - 80) : s - 2], self.p.title_last_lower):
            return None, None, None
        am = self.p.appos_before.search(self.text, max(0, s - 80), s)
        if am is None:
            return None, None, None
        if am.end("title") < s - 2 and self.text.endswith(", ", 0, am.start()):
            # "Tom Hart, a senior adviser to the French president, Paul Morel,": in an
            # apposition, the name is the brief's title's (the French president's), if any.
            inner = self.p.appos_before.search(self.text, am.end("title"), s)
            if inner is not None:
                am = inner
        role = self.titles.get(" ".join(am.group("title").lower().split())) or None
        if role == "minister":
            # "Nigeria's sports minister, X,": the portfolio before the bare title
            before = self.text[am.start() : am.start("title")].split()
            if before and before[-1] in run_sets().title_fields:
                # ("foreign affairs minister": both words)
                n = 2 if before[-1] == "affairs" and len(before) > 2 else 1
                role = f"{' '.join(before[-n:])} minister"
        role = _former(role, self.text[am.start() : am.start("title")])
        owner = am.group("owner")
        affiliation = None
        if owner is not None:
            prev = self.out[-1] if self.out else None
            # (the owner itself, where a place follows it: "WHO's director for Africa")
            for cand in reversed(self.out):
                if cand.start < am.start():
                    break
                prev = cand
            if (
                prev is not None
                and prev.start >= am.start()
                and prev.kind in (ActorKind.COUNTRY, ActorKind.ORGANISATION)
            ):
                affiliation = prev.name
                if prev.kind is ActorKind.COUNTRY and not (role or "").endswith(_ENVOY_ENDS):
                    # "Brazil’s COP president, X,": the organisation between the owner and
                    # the title employs X ("Russia's U.N. envoy, X," stays Russia's)
                    for cand in self.out[-3:]:
                        if (
                            prev.end < cand.start < am.start("title")
                            and cand.kind is ActorKind.ORGANISATION
                        ):
                            affiliation = cand.name
            else:
                # an unknown name: resolved (or dropped) later ("The Commission's ...",
                # opening a sentence: "Commission")
                affiliation = owner[4:] if owner.startswith("The ") else owner
        elif (
            (last := self.out[-1] if self.out else None) is not None
            and last.start < am.start() < last.end
            and last.kind in _EMPLOYERS
            and self.text.startswith(POSSESSIVES, last.end)
        ):
            # a name whose own "the" the pattern took for the article: "Save the
            # Children's country director, NAME"
            affiliation = last.name
        else:
            # "The United Nations special envoy for Yemen, NAME": the first country or
            # organisation the phrase names.
            for prev in reversed(self.out):
                if prev.start < am.start():
                    break
                if prev.kind in (ActorKind.COUNTRY, ActorKind.ORGANISATION):
                    affiliation = prev.name
                elif (
                    affiliation is None
                    and prev.kind is None
                    and prev.start < am.start("title")
                    and _is_owner(self.text, prev.end)
                ):
                    # "the Commission's executive vice-president, NAME": an unknown owner
                    # after the article (resolved or dropped later, as above).
                    affiliation = prev.name
        return ActorKind.PERSON, role, affiliation


def find_candidates(
    text: str,
    lex: Lexicon,
    group_heads: list[tuple[int, int]],
    cue_starts: frozenset[int] = frozenset(),
) -> list[Raw]:
    """All mention candidates of ``text`` in order, overlaps resolved. ``group_heads``: the
    spans of the generic group nouns, ``cue_starts``: where speech cues start (wordscan)."""
    p = patterns()
    scanner = _RunScanner(text, lex)
    taken: list[Raw] = []
    if lex.phrase_re is not None:
        for m in lex.phrase_re.finditer(text):
            entry = lex.lookup(m.group())
            if entry is not None:
                taken.append(
                    Raw(
                        m.start(),
                        m.end(),
                        entry.kind,
                        entry.id,
                        True,
                        entry.role,
                        entry.affiliation,
                    )
                )
    if lex.numbered_re is not None and (
        "\u00a0" in text or any(name in text for name in lex.numbered)
    ):  # (substring tests first: the regex tries every position of the text)
        for m in lex.numbered_re.finditer(text):
            entry = lex.lookup(m.group())
            if entry is not None:  # ("No 10 said", "told Channel 4 News")
                s, e = m.span()
                taken.append(Raw(s, e, entry.kind, entry.id, True, entry.role, entry.affiliation))
    if "&" in text:
        taken.extend(_ampersand_names(text, lex))
    if " (" in text and ("' " in text or "’ " in text or "'s " in text or "’s " in text):
        taken.extend(_possessive_names(text))
    stop = vocabulary().stopwords
    scan_run = scanner.scan_run
    name = scanner.name
    out = scanner.out
    append = out.append
    actions = _actions(lex)
    directions = p.directions
    direction_before = p.direction_before
    for m in p.run_from_capital.finditer(text):
        rs = m.start()
        word = m.group()
        if rs and text[rs - 1] in _HYPHENS:
            rs = run_start(text, rs)  # "al-Assad"
            word = text[rs : m.end()]
        elif word.startswith("All ") and not (
            rs > 1 and text[rs - 1] == " " and text[rs - 2].islower()
        ):
            # "All" opens a name only after a lower-case word ("the ruling All Progressives
            # Congress"), not a sentence ("All Labour MPs voted"): a determiner there.
            rs += 4
            word = word[4:]
        try:
            got = actions[word]
        except KeyError:  # (rare: the runs of news text recur)
            if len(actions) > _ACTIONS_MAX:
                actions.clear()
            got = actions[word] = _action(word, lex, stop)
        if isinstance(got, _RankEnd):
            action: _Action = got.dotted if text.startswith(".", m.end()) else got.plain
        else:
            action = got
        if isinstance(action, _KnownAt):
            # _RunScanner.known, inlined: the most common case of news text.
            start, end, s, kind, actor_id, role, affiliation = action
            start += rs
            end += rs
            s += rs
            if kind is _PLACE:
                lo = s - 20 if s > 20 else 0
                if text[lo:s].rstrip().endswith(directions):
                    dm = direction_before.search(text, lo, s)
                    if dm is not None:
                        start = dm.start()
            initial = (
                False
                if s > 1 and text[s - 1] == " " and text[s - 2] not in _NOT_INSIDE
                else is_initial(text, s)
            )
            append(Raw(start, end, kind, actor_id, True, role, affiliation, None, None, initial))
        elif isinstance(action, int):
            name(rs, rs + action, 1, None)  # one unknown word
        elif action:
            scan_run(rs, action)
    groups: list[Raw] = []
    known_at: dict[int, Raw] | None = None  # the scan's organisations by start
    titles = vocabulary().titles
    before_words = p.group_before_words
    before_last = p.group_before_last
    group_before = p.group_before
    bound_heads = p.bound_heads
    names_end: set[int] | None = None  # where the scan's persons' names end, once asked
    for hs, he in group_heads:
        head = text[hs:he].lower()
        if not head.endswith("s") and text.endswith(_VERB_BEFORE, hs - 7 if hs > 7 else 0, hs):
            continue  # a verb: "something we monitor", "came to witness the vote"
        if (
            not head.endswith("s")
            and (c := text.rfind(", ", hs - 40 if hs > 40 else 0, hs)) > 0
            and _APPOS_TITLE_WORDS.fullmatch(text, c + 2, hs)
        ):
            # "Luci Ellis, Westpac's chief economist, said": the title of the person named
            # before the comma, no group
            if names_end is None:
                names_end = {r.end for r in out if r.kind in _PERSON_OR_UNKNOWN}
            if c in names_end:
                continue
        group_end = he  # (after the employer's name if it follows the head)
        # The determiner and modifiers are among the last few words before the head: search
        # only there (the same leftmost match as a search over the whole window).
        lo = hs - 60 if hs > 60 else 0
        words = text[lo:hs].rsplit(maxsplit=before_words)
        if len(words) > before_words:
            lo += len(words[0])
        det = mods = None
        start = hs
        # Most heads follow a word that ends no determiner or modifier ("officials said"):
        # then the search could only find the empty match. (ASCII: the pattern ignores
        # case, and matches "ſ" as "s".)
        last = words[-1] if words else ""
        if last.isalpha() and last.isascii() and last.lower() not in before_last:
            b = None
        else:
            b = group_before.search(text, lo, hs)
        if b is not None:
            start = b.start() if b.group() else hs
            det = (b.group("det") or "").lower() or None
            mods = " ".join(b.group("mods").lower().split()) or None
        aff = None
        # "a Saudi official said", "A U.S. defense official", "Ukrainian officials", "the
        # Hamas fighters": a country's or an organisation's (its name kept), before the
        # modifiers if any.
        k = mods.count(" ") + 1 if det is None and mods else 0
        if (
            det is None
            and len(words) >= 1 + k
            and words[-1 - k][:1].isupper()
            and head.lower() not in _OWNED_AS_COUNTRY
        ):
            # The owner's name: one word, else two ("Goldman Sachs economists", "New Zealand
            # officials").
            owner, before, entry = "", "", None
            for n in (1, 2):
                named = words[len(words) - n - k : len(words) - k]
                if len(named) < n or not named[0][:1].isupper() or not _name_word(named[0]):
                    break
                owner = " ".join(named)
                before = words[-n - 1 - k] if len(words) >= n + 1 + k else ""
                entry = lex.lookup(owner) if _owner_word(named[-1], before) else None
                if entry is not None:
                    break
            # (not "A Toyota spokesman": a company's spokesman is the company speaking; not
            # a plural noun: "Colombians")
            if (
                entry is not None
                and (
                    entry.kind is _COUNTRY
                    or (
                        entry.kind is _ORGANISATION
                        and head.lower() not in _SPOKES
                        and head.lower() not in _OWNED_AS_ITSELF
                        # ("The African Union's observer mission said": the Union speaks;
                        # not its people: "Nvidia's engineers said")
                        and (not owner.endswith(POSSESSIVES) or _employee_head(head))
                    )
                )
                and not (owner[-1] == "s" and owner != entry.id and owner[-2:-1].islower())
            ):
                ms = start if k else hs  # (where the modifiers start)
                at = ms - len(owner) - 1
                if text.startswith(f"{owner} ", at):
                    if before in _ARTICLES and text.startswith(f"{before} ", at - len(before) - 1):
                        det, at = before.lower(), at - len(before) - 1
                    aff, start = entry.id, at
                    mods = f"{owner} {mods}" if k else owner
            elif (
                entry is None
                and (
                    (party := words[len(words) - 1 - k]) in _PARTY_ADJECTIVES
                    or (k and (party := words[len(words) - k]) in _PARTY_ADJECTIVES)
                )
                and head.lower() in _PARTY_MEMBERS
            ):
                # "120 Labour MPs", "Twenty-four Liberal MPs": the party's
                at = (start if k else hs) - len(party) - 1
                if text.startswith(f"{party} ", at):
                    aff, start = _PARTY_ADJECTIVES[party], at
                    mods = f"{party} {mods}" if k else party
        if aff is None and det is None and head.lower() in _COMPANY_STAFF:
            # "Westpac's chief economist said", "Halvard's analysts": staff no person has,
            # so the owner is an organisation (canonical: COMPANY_AFTER) and the group its
            # own (not after an article: "the Halvard's")
            n = 2 if words[-1:] and words[-1].lower() in _STAFF_RANKS else 1
            owner = words[-n] if len(words) >= n else ""
            before = words[-n - 1] if len(words) > n else ""
            if (
                owner[:1].isupper()
                and owner.endswith(("'s", "’s"))
                and before not in _ARTICLES
                # (one word of a name: not "Tom Hart's analysts")
                and _owner_word(owner[:-2], before)
            ):
                at = text.rfind(owner, lo, hs)
                aff, start = owner[:-2], at
                mods = " ".join(text[at:hs].split())
                for idx in range(len(out) - 1, -1, -1):
                    r = out[idx]
                    if r.start == at and r.kind is None and r.name == aff:
                        out[idx] = replace(r, kind=_ORGANISATION)
                        break
        if aff is None and mods and head.lower() in _PARTY_MEMBERS:
            # "Two Republican aides": a party's adjective among the modifiers, as written
            for word in text[start:hs].split():
                if word in _PARTY_ADJECTIVES:
                    aff = _PARTY_ADJECTIVES[word]
                    break
        if det is None and aff is None and len(words) >= 3:
            # "Nicole Mbewe, a political analyst at ...": the phrase describes the name
            # before the comma (see _resolve), from its determiner on; a capitalised
            # modifier is no obstacle ("André Correia, a senior Brazilian diplomat").
            for back in (2, 3, 4):
                if (
                    len(words) > back
                    and words[-back] in ("a", "an")
                    and words[-back - 1].endswith(",")
                    and all(w.isalpha() and (w.islower() or w.istitle()) for w in words[1 - back :])
                    # (no sentence between: "..., a prosecutor told investigators")
                    and _cue_words().isdisjoint(words[1 - back :])
                ):
                    start = text.rfind(" " + words[-back] + " ", lo, hs) + 1
                    det = words[-back]
                    break
        if (
            aff is None
            and text.startswith(_EMPLOYER_PREPS, he)
            and _employee_head(head)
            # (not "X, an analyst at Y": the phrase describes the name before it)
            and not text.endswith((", ", ",\u00a0"), 0, start)
        ):
            # "Analysts at Deutsche Bank said", "officials of the World Bank": an
            # organisation's, named after the head (the group reaches over its name).
            if known_at is None:
                known_at = {r.start: r for r in out if r.kind is _ORGANISATION}
            at = text.find(" ", he + 1) + 1
            if text.startswith("the ", at):
                at += 4
            employer = known_at.get(at)
            if employer is not None:
                aff, group_end = employer.name, employer.end
                mods = f"{employer.name} {mods}" if mods else employer.name
        # A noun such as "army" needs a modifier ("rebel groups"), except as the subject of
        # a speech verb: "the army said", "the government says".
        if (
            head in bound_heads
            and not mods
            and not (det == "the" and text.startswith(" ", he) and he + 1 in cue_starts)
        ):
            continue
        if det is not None and not mods and head == det:
            continue
        if text.startswith(" ", he) and text[he + 1 : he + 16].split(" ", 1)[0] in _ORG_NOUNS:
            continue  # "the U.S. activist fund X": the noun describes an organisation
        if head in _PARTY_ROLES and text[he : he + 1] == " " and text[he + 1 : he + 2].isupper():
            continue  # "the opposition Conservatives": the party ("Opposition leader X": see
            # _lower_titled_after)
        if not text[hs + 1 : he].islower() and not text[hs:he].isupper():
            head = text[hs:he]  # "MPs": as written
        core = f"{mods} {head}" if mods else head
        # "opposition groups": the longer phrase replaces its modifier's own match.
        while groups and groups[-1].end > start:
            groups.pop()
        # is_initial(text, start), its usual case decided here ("... word Name").
        initial = (
            False
            if start > 1 and text[start - 1] == " " and text[start - 2] not in _NOT_INSIDE
            else is_initial(text, start)
        )
        # (Positional: keywords cost more in the dataclass's __init__.)
        # (an owner's official or spokesman has the title's role, as a titled phrase does)
        role = (
            None
            if aff is None
            # (a rank the title holds: "Westpac's chief economist")
            else (mods and titles.get(f"{mods.rsplit(None, 1)[-1].lower()} {head.lower()}"))
            or titles.get(head.lower())
            or None
        )
        groups.append(Raw(start, group_end, _GROUP, core, False, role, aff, det, core, initial))
    out = scanner.out
    _plural_titles(text, out, titles)
    if " and " in text:
        _shared_surnames(text, out)
    if scanner.entity_names:
        out = _entity_names_again(text, out, scanner.entity_names)
    if scanner.lists:
        out = [r for r in out if not any(s < r.start < e for s, e in scanner.lists)]
    for idx, r in enumerate(out):
        # "the 82nd Airborne Division", "the 5th U.S. Circuit Court of Appeals": an ordinal
        # opens the organisation's name.
        if (
            r.kind is _ORGANISATION
            and not r.known
            and r.start > 3
            and text[r.start - 3 : r.start - 1] in _ORDINAL_ENDS
            and (om := _ORDINAL_BEFORE.search(text, r.start - 8, r.start)) is not None
        ):
            out[idx] = replace(r, start=om.start(), name=text[om.start() : r.end])
    if " (" in text:
        brackets = {b.start() for b in _BRACKETED_ABBREVIATION.finditer(text)}
        if brackets:
            out = _initialled(text, out, brackets)
    return _resolve(text, taken, out, groups)


# The last words of a chamber's committee ("the Senate Environment and Public Works
# Committee").
_COMMITTEES = (" Committee", " Subcommittee")
# What joins the names of a list: "Justices A, B and C".
_LIST_JOINS = frozenset({", ", " and ", ", and "})


def _plural_titles(text: str, out: list[Raw], titles: dict[str, str]) -> None:
    """Give the role of a plural title to each name of the list after it ("Justices Amy
    Collins and David Orr", "Sens. Tom Ladd, Ann Vick and Joe Pratt": each a justice, a
    senator), in place."""
    for idx, r in enumerate(out):
        s = r.start
        if (
            s < 3
            or text[s - 1] != " "
            or text[s - 2] not in "s."
            or r.kind not in _PERSON_OR_UNKNOWN
        ):
            continue
        word = text[text.rfind(" ", 0, s - 1) + 1 : s - 1]
        low = word.rstrip(".").lower()
        if not word[:1].isupper() or len(low) < 4 or low[-1] != "s":
            continue
        role = titles.get(low[:-1])
        if not role:
            continue
        affiliation = r.affiliation
        prev = out[idx] = replace(r, kind=_PERSON, role=r.role or role)
        for j in range(idx + 1, len(out)):
            nxt = out[j]
            gap = text[prev.end : nxt.start]
            if gap not in _LIST_JOINS or nxt.kind not in _PERSON_OR_UNKNOWN or nxt.role:
                break
            prev = out[j] = replace(nxt, kind=_PERSON, role=role, affiliation=affiliation)
            if gap != ", ":
                break  # (the list's last name)


def _shared_surnames(text: str, out: list[Raw]) -> None:
    """ "Dale and Mary Kessler": a first name alone before "and" and a person's name shares
    its surname (Dale Kessler), in place; not a word the text also ends a name with
    ("Tom Jones ... Jones and Mary Kessler")."""
    for idx in range(len(out) - 1):
        r, nxt = out[idx], out[idx + 1]
        if (
            r.kind is None
            and nxt.kind is _PERSON
            and nxt.start == r.end + 5
            and text.startswith(" and ", r.end)
            and " " in nxt.name
            and r.name.isalpha()
            and r.name.istitle()
            and not nxt.role
            # (nor a first name of another: "Juan Miguel Gonzalez ... Juan and Elian
            # Gonzalez" is the father)
            and not any(
                o.name.endswith(" " + r.name) or o.name.startswith(r.name + " ") for o in out
            )
        ):
            surname = nxt.name.rsplit(" ", 1)[1]
            out[idx] = replace(r, kind=_PERSON, name=f"{r.name} {surname}", guessed=nxt.guessed)


def _entity_names_again(text: str, out: list[Raw], names: set[str]) -> list[Raw]:
    """``out`` with each other mention of a person's name that holds a known one-word name
    (``names``: "Israel Katz said") as that name, not the country and a surname ("a
    statement from Israel Katz's office")."""
    merged: list[Raw] = []
    for r in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.end + 1 == r.start and (prev.known or r.known):
            end = strip_possessive(text, prev.start, r.end)
            name = text[prev.start : end]
            if name in names:
                # (no kind: canonical links it to the person, as any unknown name)
                merged[-1] = Raw(prev.start, end, None, name, initial=prev.initial)
                continue
        merged.append(r)
    return merged


# Prepositions between a group's head and its employer ("analysts at Deutsche Bank").
_EMPLOYER_PREPS = (" at ", " of ", " from ", " with ")


@cache
def _employee_heads() -> frozenset[str]:
    """Group heads that name people working for an organisation ("analysts", "officials"),
    singular and plural (the vocabulary's ``employee_nouns``)."""
    nouns = run_sets().employee_nouns
    return frozenset(nouns) | frozenset(f"{n}s" for n in nouns) | {"sources", "source"}


def _employee_head(head: str) -> bool:
    return head.lower() in _employee_heads()


# Capitalised words (and the spaces after them) ending right before a name.
_CAPITALISED_BEFORE = re.compile(r"(?:[A-Z][\w\-]*[ \u00a0]){1,4}$")


def _initialled(text: str, out: list[Raw], brackets: set[int]) -> list[Raw]:
    """The unknown names right before their own initials in brackets (``brackets``: where
    " (LETTERS)" starts) made organisations: "the Dravida Munnetra Kazhagam (DMK)" is no
    person by its look (whose surname would make it a short form of another such name). The
    words right before such a name whose initials are the letters' first ones open it:
    "the All India Anna Dravida Munnetra Kazhagam (AIADMK)" (a stopword and a country
    otherwise, and the rest the DMK's longer name)."""
    result = out
    for r in out:
        if r.end not in brackets or r.known:
            continue
        if not (r.kind is _ORGANISATION or (r.kind is _PERSON and r.guessed)):
            continue
        letters = text[r.end + 2 : text.find(")", r.end)]
        own = "".join(w[0] for w in r.name.split() if w[:1].isupper())
        if len(own) < 2 or not letters.endswith(own):
            continue
        start = r.start
        need = letters[: len(letters) - len(own)]
        if need:
            lo = start - 80 if start > 80 else 0
            m = _CAPITALISED_BEFORE.search(text, lo, start)
            words = m.group().split() if m is not None else []
            if len(words) < len(need):
                continue
            words = words[len(words) - len(need) :]
            if "".join(w[0] for w in words) != need:
                continue
            start -= sum(len(w) + 1 for w in words)
        elif r.kind is _ORGANISATION:
            continue  # (already one, of these words)
        if result is out:
            result = list(out)
        # (the earlier candidates inside the name: "India" of "All India ...")
        kept = [x for x in result if not (start <= x.start < r.start)]
        at = kept.index(r)
        name = " ".join(text[start : r.end].split())
        kept[at] = replace(
            r,
            start=start,
            kind=_ORGANISATION,
            name=name,
            guessed=False,
            initial=is_initial(text, start),
        )
        result = kept
    return result


def _ampersand_names(text: str, lex: Lexicon) -> list[Raw]:
    """The known names written with an ampersand ("S&P Global", "S&P"), longest first."""
    out: list[Raw] = []
    for m in _AMPERSAND.finditer(text):
        surface = m.group()
        while True:
            entry = lex.lookup(surface)
            if entry is not None:
                s = m.start()
                out.append(Raw(s, s + len(surface), entry.kind, entry.id, True, entry.role))
                break
            cut = surface.rfind(" ")
            if cut < 0:
                break
            surface = surface[:cut]
    return out


_THING_ABBREVIATIONS = frozenset(load_toml("vocabulary.toml")["thing_abbreviations"])
# A name with a possessive word inside, then its abbreviation in brackets: "National
# People's Power (NPP)", "Citizens' Watch for Clean Elections (CWCE)".
_POSSESSIVE_NAME = re.compile(
    r"(?<![\w’'\-])(?:[A-Z][\w\-]*[ \u00a0])*[A-Z][\w\-]*(?:['’]s|(?<=s)['’])"
    r"(?:[ \u00a0](?:(?:of|for|and|the|on|in|to)[ \u00a0]){0,2}[A-Z][\w\-]*)+"
    r"(?=[ \u00a0]\(([A-Z]{2,8})\))"
)


# " (NPP)": an abbreviation in brackets, as _POSSESSIVE_NAME's look-ahead ends.
_BRACKETED_ABBREVIATION = re.compile(r" \([A-Z]{2,8}\)")


def _possessive_hits(text: str, brackets: list[int]) -> list[int]:
    """Where a possessive ("'s ", "s' ") stands before a capital, in order, at most 118
    characters before one of the abbreviations in brackets at ``brackets`` (found by
    str.find in those windows only: faster than a regex, or a search of the whole text)."""
    hits: set[int] = set()
    for b in brackets:
        lo, hi = (b - 118 if b > 118 else 0), b + 3
        for token in ("'s ", "’s ", "s' ", "s’ "):
            at = text.find(token, lo, hi)
            while at >= 0:
                if text[at + 3 : at + 4].isupper():
                    hits.add(at)
                at = text.find(token, at + 3, hi)
    return sorted(hits)


def _possessive_names(text: str) -> list[Raw]:
    """Organisations whose names hold a possessive word, confirmed by the abbreviation in
    brackets after them: its first letter is the name's first word's (words before are
    dropped: "The", an owner "Sri Lanka's"), its letters are the name's in order, and the
    possessive word stays inside the name. A possessive ends a name otherwise ("Brazil's
    Supreme Court"), which would split these in two."""
    out: list[Raw] = []
    # (the full pattern only near a possessive before a capital with an abbreviation in
    # brackets after it: tried at every capital of the text, it costs a few per cent of the
    # whole analysis; most texts have no such abbreviation at all)
    brackets = [b.start() for b in _BRACKETED_ABBREVIATION.finditer(text)]
    if not brackets:
        return out
    matches = []
    done = 0
    for at in _possessive_hits(text, brackets):
        if at < done:
            continue
        m = _POSSESSIVE_NAME.search(text, max(done, at - 80), at + 140)
        if m is not None:
            matches.append(m)
            done = m.end()
    for m in matches:
        abbr = m.group(1).lower()
        words = m.group().split()
        drop = 0
        while drop < len(words) and words[drop][0].lower() != abbr[0]:
            drop += 1
        kept = words[drop:]
        if not any(w.endswith(("'s", "’s", "s'", "s’")) for w in kept[:-1]):
            continue
        letters = iter("".join(c for c in "".join(kept).lower() if c.isalpha()))
        if not all(c in letters for c in abbr):  # (a subsequence, in order)
            continue
        start = m.start() + len(" ".join(words[:drop])) + (1 if drop else 0)
        name = text[start : m.end()]
        out.append(Raw(start, m.end(), _ORGANISATION, " ".join(name.split())))
    return out


_ORGANISATION = ActorKind.ORGANISATION
_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
_ORDINAL_BEFORE = re.compile(r"(?<![\w.])\d{1,3}(?:st|nd|rd|th) $")
_START = attrgetter("start")
_END = attrgetter("end")
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE
_GROUP = ActorKind.GROUP
_COUNTRY = ActorKind.COUNTRY
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
_A_AN = frozenset({"a", "an", "A", "An"})
_ARTICLES = _A_AN | {"the", "The"}


class _Spans:
    """Non-overlapping spans sorted by start, for fast overlap tests."""

    def __init__(self, raws: list[Raw]) -> None:
        ordered = sorted(raws, key=_START)
        self.starts = [r.start for r in ordered]
        self.ends = [r.end for r in ordered]

    def overlaps(self, start: int, end: int) -> bool:
        idx = bisect_left(self.starts, end)
        return idx > 0 and self.ends[idx - 1] > start

    def starts_within(self, lo: int, hi: int) -> bool:
        idx = bisect_right(self.starts, lo)
        return idx < len(self.starts) and self.starts[idx] <= hi


_TITLE_GAP = re.compile(r" (?:[A-Z][A-Za-z]*\.? ){1,3}")
# The rest of a group's phrase before the name it describes: " for the junta, ".
_APPOSED_OPENINGS = (" for ", " of ")
_APPOSED_TAIL = re.compile(r" (?:for|of) (?:the )?(?:[\w’'\-]+ ){0,3}[\w’'\-]+, ")
_RANK_REACH = 24  # (a rank or honorific may stand between: "Colonel ", "Brig. Gen. ")
_RANKS_BETWEEN = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){0,3}")


def _job_after_title(text: str, end: int, hi: int, role: str) -> str:
    """``role`` with the job noun or field after its title ending at ``end`` before the
    employer: "chief currency strategist at X", "head of research at X" (else the role)."""
    if text.startswith(" of ", end):
        if role.endswith(_FIELD_HEADS):
            fm = _FIELD_AFTER_HEAD.match(text, end, hi)
            if fm is not None:
                return f"{role} of {fm.group(1)}"
        return role
    jm = _JOB_AFTER_TITLE.match(text, end, hi)
    return role if jm is None else f"{role} {jm.group(1)}"


def _apposed_person(text: str, at: int, person: Raw) -> bool:
    """Whether ``person`` is the name set off by commas at ``at`` ("..., Colonel X, told"):
    a person starting there (after a rank or honorific at most) and followed by a comma."""
    return (
        person.kind is _PERSON
        and at <= person.start <= at + _RANK_REACH
        and text.startswith(",", person.end)
        and _RANKS_BETWEEN.fullmatch(text, at, person.start) is not None
    )


def _titled_after(text: str, group: Raw, person: Raw) -> bool:
    """A person with a role right after a group noun over a rank or honorific ("spokesman
    Captain Jeff Davis", "spokesman Capt. Jeff Davis"): the noun is a title, no group."""
    return (
        person.role is not None
        and 3 <= person.start - group.end < 20
        and _TITLE_GAP.fullmatch(text, group.end, person.start) is not None
    )


# The title in lower case between a group noun and a titled person: " leader ".
_LOWER_TITLE_GAP = re.compile(r" ([a-z]+(?: [a-z]+)?) ")
_LOWER_TITLE_REACH = 30


def _lower_titled_after(text: str, group: Raw, person: Raw) -> bool:
    """A person titled in lower case right after a group noun ("Opposition leader X",
    "police spokesman X"): the noun is the title's modifier, no group (which would speak
    for the person)."""
    if person.role is None:
        return False
    m = _LOWER_TITLE_GAP.fullmatch(text, group.end, person.start)
    return m is not None and m.group(1) in vocabulary().titles


def _owned_group(group: Raw, names: list[Raw]) -> bool:
    """Whether the names a group overlaps are only its owner's ("a Saudi military source",
    "A Hamas official": the group keeps the owner as its affiliation, the name stays)."""
    return group.affiliation is not None and all(
        r.kind is None or ((r.known or r.kind is _ORGANISATION) and r.name == group.affiliation)
        for r in names
    )


def _resolve(text: str, first: list[Raw], names: list[Raw], groups: list[Raw]) -> list[Raw]:
    """Merge the three candidate lists; earlier lists win overlaps; groups lose to names."""
    if not first:
        starts = list(map(_START, names))
        ends = list(map(_END, names))
        # The scanner's names are in order and disjoint: then a few bisections per group
        # do what the general merge does with sorted copies of every list.
        if all(map(lt, starts, ends)) and all(map(le, ends, islice(starts, 1, None))):
            return _resolve_ordered(text, names, starts, ends, groups)
    return _resolve_general(text, first, names, groups)


def _resolve_ordered(
    text: str, names: list[Raw], starts: list[int], ends: list[int], groups: list[Raw]
) -> list[Raw]:
    """_resolve_general for names sorted, disjoint and not empty, and no user phrases."""
    dropped: set[int] = set()  # indexes of unknown names inside a kept group
    kept: list[Raw] = []
    for g in groups:
        gs, ge = g.start, g.end
        hi = bisect_left(starts, ge)  # names[:hi] start before the group ends
        j = hi - 1
        overlapping: list[int] = []
        while j >= 0 and ends[j] > gs:
            overlapping.append(j)
            j -= 1
        # (Most groups overlap no name, and have none right after them: no generator then.)
        if overlapping and any(names[k].kind is not None for k in overlapping):
            if not _owned_group(g, [names[k] for k in overlapping]):
                continue  # a name wins
            overlapping = []  # "A Huthi military source": the group and its owner's name
        # "spokesman John Smith", "spokesman Captain John Smith": a title, not a group.
        k = bisect_right(starts, ge)
        after = bisect_right(starts, ge + 2, k)
        if k < after and any(names[i].kind is _PERSON for i in range(k, after)):
            continue
        if (
            text[ge + 1 : ge + 2].isupper()  # (a capitalised rank or honorific after it)
            and text.startswith(" ", ge)
            and any(
                names[i].kind is _PERSON and _titled_after(text, g, names[i])
                for i in range(bisect_left(starts, ge + 3), bisect_left(starts, ge + 20))
            )
        ):
            continue
        if (
            text[ge + 1 : ge + 2].islower()  # ("Opposition leader X": a title in lower case)
            and text.startswith(" ", ge)
            # (most groups have no name that close after them: no generator then)
            and (i0 := bisect_left(starts, ge + 3))
            < (i1 := bisect_left(starts, ge + _LOWER_TITLE_REACH, i0))
            and any(
                names[i].kind is _PERSON and _lower_titled_after(text, g, names[i])
                for i in range(i0, i1)
            )
        ):
            continue
        # "Priya Raman, an analyst at ...": the group phrase describes the person before.
        k = bisect_left(ends, gs - 2)
        if k < len(ends) and ends[k] == gs - 2 and names[k].kind is _PERSON:
            continue
        # "A spokesman for the junta, Colonel X,": it describes the person after.
        if text.startswith(_APPOSED_OPENINGS, ge) and (tail := _APPOSED_TAIL.match(text, ge)):
            at = tail.end()
            if any(
                _apposed_person(text, at, names[i])
                for i in range(bisect_left(starts, at), bisect_left(starts, at + _RANK_REACH))
            ):
                continue
        dropped.update(overlapping)
        kept.append(g)
    if not kept:
        return names
    if dropped:
        names = [r for i, r in enumerate(names) if i not in dropped]
        starts = [r.start for r in names]
    else:
        names = names.copy()
    # The sort of names + kept by start, the longer span first, without sorting: kept
    # groups are few, in order (the group scan keeps them disjoint and ascending), and each
    # goes before the names starting where it does (only its owner's can: "Iraqi
    # officials"). Inserted from the last, the indexes found in ``starts`` stay valid.
    for g in reversed(kept):
        names.insert(bisect_left(starts, g.start), g)
    return names


def _resolve_general(text: str, first: list[Raw], names: list[Raw], groups: list[Raw]) -> list[Raw]:
    """Merge the three candidate lists; earlier lists win overlaps; groups lose to names."""
    """Merge the three candidate lists; earlier lists win overlaps; groups lose to names."""
    if first:
        first_spans = _Spans(first)
        names = [r for r in names if not first_spans.overlaps(r.start, r.end)]
        groups = [g for g in groups if not first_spans.overlaps(g.start, g.end)]
    strong = [r for r in names if r.kind is not None]
    weak = [r for r in names if r.kind is None]
    if groups:
        strong_spans = _Spans(strong)
        persons = [r for r in strong if r.kind is ActorKind.PERSON]
        person_spans = _Spans(persons)
        person_ends = {r.end for r in persons}
        by_start = {r.start: r for r in persons}
        groups = [
            g
            for g in groups
            if (
                not strong_spans.overlaps(g.start, g.end)
                or _owned_group(g, [r for r in strong if r.start < g.end and g.start < r.end])
            )
            # "spokesman John Smith": a title, not a group.
            and not person_spans.starts_within(g.end, g.end + 2)
            # "spokesman Captain John Smith"
            and not (
                text[g.end + 1 : g.end + 2].isupper()
                and text.startswith(" ", g.end)
                and any(
                    (p := by_start.get(g.end + n)) is not None and _titled_after(text, g, p)
                    for n in range(3, 20)
                )
            )
            # "Opposition leader X"
            and not (
                text[g.end + 1 : g.end + 2].islower()
                and text.startswith(" ", g.end)
                and any(
                    (p := by_start.get(g.end + n)) is not None and _lower_titled_after(text, g, p)
                    for n in range(3, _LOWER_TITLE_REACH)
                )
            )
            # "Priya Raman, an analyst at ...": the group phrase describes the person before.
            and g.start - 2 not in person_ends
            # "A spokesman for the junta, Colonel X,": ... or the person after.
            and not (
                text.startswith(_APPOSED_OPENINGS, g.end)
                and (tail := _APPOSED_TAIL.match(text, g.end)) is not None
                and any(_apposed_person(text, tail.end(), p) for p in persons)
            )
        ]
        if groups:
            group_spans = _Spans(groups)
            weak = [r for r in weak if not group_spans.overlaps(r.start, r.end)]
    out = sorted([*first, *strong, *weak, *groups], key=_START)
    if len(set(map(_START, out))) < len(out):  # rare: two spans start together
        out.sort(key=lambda r: (r.start, -r.end))  # the longer span first
    return out
