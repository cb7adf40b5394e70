"""Nominal speakers: a title phrase next to a speech cue ("the German chancellor said",
"a spokesman for the ministry said", "..., said a senior army commander").

Such a speaker is a generic group, named by its phrase ("a spokesman for the ministry").
A definite description ("the company", "the president") is the one actor of its kind
named before (definite_descriptions).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from explorer.model import Actor, ActorKind, Mention, Sentence
from explorer.parse.actors.capital_titles import capitalised_title_before
from explorer.parse.actors.data import load_toml, vocabulary
from explorer.parse.actors.group_subject import previous_subject
from explorer.parse.actors.mentions import COMPANY_AFTER, COMPANY_NEXT
from explorer.parse.actors.more_org_nouns import APPOSED_NOUNS, MORE_ORG_NOUNS
from explorer.parse.actors.nearest_of_kind import one_named_nearby
from explorer.parse.actors.nominal_owners import (
    _last_named,
    _last_organisation,
    _near_country,
    _own_company,
    _sentence_organisation,
    _spokesperson_company,
    subject_organisation,
    traded_just_before,
)
from explorer.parse.actors.passive import passive_gap
from explorer.parse.actors.patterns import trie_words

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_GROUP = ActorKind.GROUP
_ORGANISATION = ActorKind.ORGANISATION

# Words between the phrase and a cue after it (as speakers/gaps.py's gaps).
_GAP = (
    r"(?:\s*,\s*[^,;“”\"]{1,140},\s*(?:also\s+|then\s+)?"
    # (a relative clause: "A police officer who spoke on condition of anonymity said")
    r"|\s+who\s+[^,;:“”\"]{1,80}?\s+"
    r"|\s*(?:(?:also|then|later|previously|earlier|again|quickly|repeatedly|reportedly|has|"
    r"have|had|was|were|is|would|will|further|last\s+\w+|on\s+\w+|in\s+a\s+statement"
    # (a place: "the Russian embassy in London said")
    r"|in\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)?)\s+)*)"
)
_TAIL = r"\s*(?:,[^“”\"]*)?[.!?”\"’']*\s*"


# Words no object of a title's preposition holds before a cue: another cue, a subject
# pronoun, a verb ("A spokeswoman for the commission declined to say" is no phrase
# "... commission declined to").
_NOT_OBJECT = (
    r"(?!(?:said|says|told|he|she|it|they|we|declined|refused|did|does|would|could|was|were"
    r"|is|has|had)\s)"
)


@dataclass(frozen=True, slots=True)
class Nominal:
    start: int
    end: int
    id: str  # the phrase, determiner in lower case, spaces collapsed
    role: str | None
    # (ORGANISATION: a country's armed service or ministry; COUNTRY: its government)
    kind: ActorKind = _GROUP
    # the country of a service whose phrase does not name it ("the health ministry")
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class _Patterns:
    before: re.Pattern[str]  # the phrase right before a cue (match ends at the cue)
    after: re.Pattern[str]  # the phrase after an inverted cue, to the sentence end
    after_according: re.Pattern[str]  # the phrase after "according to", before a comma
    title: re.Pattern[str]  # a title after a space: found in every phrase ``before`` matches


@cache
def _patterns() -> _Patterns:
    v = vocabulary()
    titles = [t for t, role in v.titles.items() if role and "." not in t]
    mods = trie_words(sorted({*v.title_modifiers, *v.group_modifiers}))
    # Modifiers: a capitalised word ("German", "U.S.") or a title/group modifier.
    mod = rf"(?:[A-Z][\w’'.\-]*|{mods})"
    rest = (
        rf"\s+(?:{mod}\s+){{0,3}}?(?P<title>{trie_words(titles)})(?![\w\-])"
        # (no cue nor subject pronoun among its words: "A spokesman for the regulator said it
        # had warned" is no phrase "... said it" before the cue "warned")
        rf"(?:\s+(?:for|of|at|to)\s+(?:the\s+)?(?:{_NOT_OBJECT}[\w’'.\-]+\s+){{0,5}}?"
        # (ending with a word: not "... Liberties Uni" before "on who argued")
        r"(?!(?:who|which|that)\s)[\w’'.\-]+(?![\w’'\-]))?)"
    )
    np = rf"(?<![\w’'\-])(?P<np>(?:(?P<det>[Tt]he|[Aa]n?)|[A-Z][\w.\-]*[’']s){rest}"
    # The same phrase to search for, opening with its first letter instead of the look-behind:
    # the regex engine then skips to the candidate letters in C (about twice as fast). The
    # look-behinds after the letter test what the look-behind and the letters did; the
    # determiner is the first letter and "det_tail".
    np_search = (
        r"(?P<np>[A-Zat](?<![\w’'\-].)"
        rf"(?:(?P<det_tail>(?<=[Tt])he|(?<=[Aa])n?)|(?<=[A-Z])[\w.\-]*[’']s){rest}"
    )
    return _Patterns(
        before=re.compile(rf"{np_search}{_GAP}$"),
        # In ``rest`` a space (of "\\s+") opens the title, whose look-ahead sees what that of
        # ``before`` sees when searched to the same end.
        title=re.compile(rf"\s(?:{trie_words(titles)})(?![\w\-])"),
        after=re.compile(rf"\s+{np}{_TAIL}$"),
        after_according=re.compile(rf"\s+{np}(?=\s*,)"),
    )


def _found(text: str, m: re.Match[str], det: str | None) -> Nominal:
    s, e = m.span("np")
    if text[e - 1] == "." and text[s:e].split()[-1].count(".") == 1:
        e -= 1  # the sentence's full stop, not an abbreviation's ("U.S.")
    phrase = " ".join(text[s:e].split())
    if det is not None:
        phrase = det.lower() + phrase[len(det) :]
    role = vocabulary().titles.get(" ".join(m.group("title").split()))
    return Nominal(s, e, phrase, role or None)


def nominal_before(text: str, lo: int, cue_start: int) -> Nominal | None:
    """The title phrase ending just before the cue at ``cue_start`` (searched from ``lo``)."""
    p = _patterns()
    lo = max(lo, cue_start - 200)
    # Most windows hold no title: that search is about half the cost of the phrase's.
    if p.title.search(text, lo, cue_start) is None:
        # ("Iran's Supreme Leader said": a capitalised title, searched for only then)
        cap = capitalised_title_before(text, lo, cue_start)
        return None if cap is None else Nominal(*cap)
    m = p.before.search(text, lo, cue_start)
    if m is None:
        cap = capitalised_title_before(text, lo, cue_start)
        return None if cap is None else Nominal(*cap)
    if passive_gap(text, m.start() + 1, cue_start):
        return None  # "The driver was told to stop"
    tail = m.group("det_tail")
    return _found(text, m, None if tail is None else text[m.start("np")] + tail)


def nominal_after(text: str, cue_end: int, hi: int, according: bool) -> Nominal | None:
    """The title phrase after an inverted cue ("..., said the minister.")."""
    p = _patterns()
    m = (p.after_according if according else p.after).match(text, cue_end, hi)
    return None if m is None else _found(text, m, m.group("det"))


# Definite descriptions: "the company", "the bank" (an organisation of that kind) and "the
# president" (a person with that role), each the one such actor of the article named before.
# What makes an organisation one of a kind: a word of its name, or (company) its last word.
_REGULATOR_WORDS = frozenset(
    {"Administration", "Authority", "Commission", "Agency", "Supervisory", "Regulatory"}
    | {"Regulator", "Inspectorate", "Ofcom", "Ofgem", "Ofwat"}
)
_ORG_NOUNS: dict[str, frozenset[str]] = {
    "bank": frozenset({"Bank"}),
    "central bank": frozenset({"Bank", "Reserve"}),
    "ministry": frozenset({"Ministry"}),
    "agency": frozenset({"Agency"}),
    "court": frozenset({"Court"}),
    "club": frozenset({"Club", "FC", "AFC", "CF", "Rovers", "Wanderers", "Hotspur", "Albion"}),
    "group": frozenset({"Group"}),
    "commission": frozenset({"Commission"}),
    "council": frozenset({"Council"}),
    "committee": frozenset({"Committee"}),
    "party": frozenset({"Party"}),
    "authority": frozenset({"Authority"}),
    "board": frozenset({"Board"}),
    "tribunal": frozenset({"Tribunal"}),
    "fund": frozenset({"Fund"}),
    "institute": frozenset({"Institute"}),
    "university": frozenset({"University"}),
    "foundation": frozenset({"Foundation"}),
    "organisation": frozenset({"Organisation", "Organization"}),
    "bureau": frozenset({"Bureau"}),
    "department": frozenset({"Department"}),
    "service": frozenset({"Service"}),
    "union": frozenset({"Union"}),
    "coalition": frozenset({"Coalition"}),
    "alliance": frozenset({"Alliance"}),
    "movement": frozenset({"Movement"}),
    "federation": frozenset({"Federation"}),
    "association": frozenset({"Association"}),
    "team": frozenset({"Team"}),
    "airline": frozenset({"Airlines", "Airways", "Airline"}),
    "office": frozenset({"Office"}),
    "front": frozenset({"Front"}),
    # (a police force: "Devon and Cornwall Police said ... The force said")
    "force": frozenset({"Police", "Constabulary", "Force"}),
    # (an organisation a noun before or an apposition calls so: "The medical charity MSF")
    "charity": frozenset({"Charity"}),
    "collective": frozenset({"Collective"}),
    # (a record company: "Sterling Crown Records ... the label said")
    "label": frozenset({"Records", "Recordings"}),
    # (a modifier and a noun, read as one: "Amnesty International said ... The rights group
    # said"; _description's modifier takes "rights" first)
    "rights group": frozenset({"Rights", "Amnesty", "Liberties"}),
    # (a public body that rules a trade: "The FDA said ... The regulator said")
    "regulator": _REGULATOR_WORDS,
    "watchdog": _REGULATOR_WORDS,
    **MORE_ORG_NOUNS,  # ("the headquarters", "the lobby")
}


# The nouns of _ORG_NOUNS by the words of a name that make them (for _kinds_by_id: a look-up
# per word of a name rather than a test per noun).
def _by_word(nouns: Mapping[str, frozenset[str]]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for noun, marks in nouns.items():
        for mark in marks:
            out[mark] = (*out.get(mark, ()), noun)
    return out


_NOUNS_BY_WORD = _by_word(_ORG_NOUNS)
# "the IG Metall union" ... "the union": an organisation the text names with such a noun
# after its name is one of that kind too.
_NOUN_AFTER = re.compile(
    r"[ \u00a0](" + "|".join(sorted(_ORG_NOUNS, key=len, reverse=True)) + r")\b"
)
# "The Artist Rights Alliance, an advocacy group, ... The group said": a group by its
# apposition (one or two modifiers before the noun).
_APPOSED_GROUP = re.compile(r",\s+an?\s+(?:[\w\-]+\s+){1,2}?group[,.]")
# ... and other kinds ("Africa CDC, the African Union's health agency,"; more_org_nouns).
_APPOSED_KIND = re.compile(
    r",\s+(?:an?|the)\s+(?:[\w’'\-]+\s+){0,3}?(?P<noun>" + APPOSED_NOUNS + r")(?=[,.]|\s+of\s)"
)
# Other words for a kind: "the firm" is "the company", "the lender" "the bank", "the panel"
# (of judges or arbitrators that rules for it) and "the jury" (that gives its verdict) "the
# court".
_NOUN_KINDS = {
    "firm": "company",
    "lender": "bank",
    "organization": "organisation",
    "panel": "court",
    "jury": "court",
    "carrier": "airline",
}
# Nouns that refer only after a modifier the organisation's name holds ("the sheriff's
# office" ... "Travis County Sheriff's Office"); alone ("the office") they name a place,
# unless a speech verb follows ("The office said": the one named before).
_MODIFIED_ONLY = frozenset({"office"})
# Nouns a capitalised adjective may stand before ("the Belgian team", "the German
# company"): not a government's ("the Russian ministry" may be another than the one named).
_ADJECTIVE_NOUNS = frozenset({"company", "team", "club", "group", "bank", "union"})
# "The party" is the one named "... Party" only if it is the last organisation named before:
# many parties' names lack the word ("Congress general secretary X said the party ...").
_LAST_NAMED_NOUNS = frozenset({"party"})
# "The regulator said": of several named before, the one named last (a story names the
# regulators of several markets, and says "the regulator" of the one it just quoted),
# within nominal_owners.RECENT_REACH characters.
_RECENT_NOUNS = frozenset({"regulator", "watchdog"})
# "The agency said": the one named last in its paragraph, else the first named.
_STORY_NOUNS = frozenset({"agency"})
_AGENCY_REACH = 400  # (about a paragraph back: "UNHCR's representative ... ¶ He said the agency")
# "The government said": the one country named just before it.
_COUNTRY_NOUNS = frozenset({"government"})
_LEVELS = frozenset({"federal", "central", "national"})  # (a country's own government)
_CUE_AFTER = re.compile(
    r"\s+(?:also\s+)?(?:said|says|told|added|announced|insisted|denied|declined|warned|urged)\b"
)
# "The IFC ... invested $35 million, a spokesman for the institution said": the organisation
# opening its sentence (the subject), named before it in the sentence.
_SUBJECT_NOUNS = frozenset({"institution"})
# Words of public bodies' names, which are never "the company" ("The Justice Department,
# which filed a statement ..." shows no company, as "Valmora, which ..." may).
_PUBLIC_BODY_WORDS = frozenset(
    {"Department", "Ministry", "Agency", "Court", "Commission", "Council", "Committee"}
    | {"Parliament", "Senate", "Congress", "Police", "Army", "Navy", "Government"}
    | {"Administration", "Directorate", "Tribunal", "Bureau", "Reserve", "Authority"}
)
_COMPANY_ENDS = frozenset(
    {
        "Inc", "Ltd", "Limited", "Corp", "Corporation", "Company", "Co", "Group", "Holdings",
        "PLC", "Plc", "LLC", "AG", "SA", "NV", "ASA", "AB", "SpA", "GmbH", "SE", "BV", "Oyj",
        "Airlines", "Airways", "Motors", "Technologies", "Industries", "Pharmaceuticals",
        "Biologics", "Biosciences",
        "Semiconductor", "Semiconductors", "Petroleum", "Chemicals", "Telecom", "Logistics",
        "Shipping", "K.K.", "KK", "Kaisha", "Tankers", "Maritime", "Lines", "Navigation",
        "Freight", "Carriers", "Offshore", "Pharma", "Biotech", "Labs", "Mining", "Steel",
    }
)  # fmt: skip
# The key's suffix, after a role, of the stretches of text where the first holder's reign
# does not reach and the role names another (explorer.parse.actors._role_holders): a
# country's one holder of a role the others hold in organisations ("the president"), or the
# holder named last ("the coach").
HELD_STRETCH = "\x00stretch"


def holder_at(role_holders: Mapping[str, tuple[str, int, int]], role: str, at: int) -> str | None:
    """The person ``role`` alone names at ``at``: the role's holder within their reign, else
    the holder of a stretch of text where the role names another (the stretches keyed by
    HELD_STRETCH and a number, from 0)."""
    held = role_holders.get(role)
    if held is not None and held[1] < at < held[2]:
        return held[0]
    n = 0
    while (held := role_holders.get(f"{role}{HELD_STRETCH}{n}")) is not None:
        if held[1] < at < held[2]:
            return held[0]
        n += 1
    return None


# Roles a reader names by "the" and the title alone ("the president would attend").
_HELD_ROLES = frozenset(
    {
        "president", "vice president", "president-elect", "prime minister", "premier",
        "chancellor", "king", "queen", "crown prince", "emir", "pope", "ambassador", "envoy",
        "secretary-general", "secretary of state", "attorney general", "governor", "mayor",
        "chief executive", "chairman", "chairwoman", "chief justice", "coach",
        "chief cabinet secretary", "taoiseach", "coroner", "senior coroner",
        "opposition leader", "treasurer",
    }
)  # fmt: skip
# "The companies said in a joint statement": the two companies of the article, if just two.
_PAIR_NOUNS = frozenset({"companies", "two companies"})
# A data source ("according to LSEG data", "data from LSEG") is no company of the article.
_SOURCE_AFTER = re.compile(r"\s+(?:data|figures|estimates|calculations|statistics|polls?)\b")
_SOURCE_BEFORE = re.compile(
    r"\b(?:data|figures|estimates|statistics)\s+(?:from|by|compiled\s+by)\s+(?:the\s+)?$"
)
# The description is not followed by "of"/"for"/"at" ("the president of the bank") or a name.
_NOT_AFTER = re.compile(r"\s+(?:of|for|at)\s|\s+[A-Z]")


# Words a capitalised title keeps in lower case ("the Secretary of State").
_TITLE_SMALL_WORDS = frozenset({"of", "for", "the", "and"})


def _capitalised(title: str) -> str:
    """A title as British and many other papers write it of its holder ("the Prime
    Minister", "the Secretary-General", "the Secretary of State")."""
    return " ".join(
        w if w in _TITLE_SMALL_WORDS else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
        for w in title.split()
    )


@cache
def _held_titles() -> dict[str, str]:
    """The titles of a role one person of an article may hold, to the role; each also
    capitalised ("the Chancellor said" after "Chancellor Rachel Reeves")."""
    held = {
        t: role
        for t, role in vocabulary().titles.items()
        if "." not in t
        and (role in _HELD_ROLES or role == "minister" or role.endswith(" minister"))
    }
    return {**held, **{_capitalised(t): role for t, role in held.items()}}


@cache
def _description() -> re.Pattern[str]:
    nouns = trie_words(
        sorted(
            {*_ORG_NOUNS, "company", *_NOUN_KINDS, *_SUBJECT_NOUNS, *_PAIR_NOUNS, *_COUNTRY_NOUNS}
        )
        + sorted(_held_titles())
    )
    # "he" first: the regex engine skips to it in C; the look-behinds test the "T"/"t" and
    # what comes before it.
    # (a capitalised adjective may stand between: "the Belgian team said"; the mention is
    # then the noun's alone, past the adjective's own mention)
    # (no adjective opens a capitalised title: "the Prime Minister" is one)
    titles = trie_words(sorted(t for t in _held_titles() if t[:1].isupper()))
    # (or a lower-case modifier the organisation's name holds capitalised: "the sheriff's
    # office", "the police department"; no word opening a noun: "the central bank")
    # (the words' letters possessive, "++": what follows a word is no letter, so giving one
    # back never lets the rest match; the engine then skips the letter-by-letter retries
    # after each "the" whose next words are no description, half the scan's time; the
    # modifier atomic, "(?>...)": where the noun after it fails, the modifier's word, which
    # its look-ahead found no noun, cannot be the noun either, so no retry without it)
    return re.compile(
        rf"he(?<=[Tt]he)(?<![\w’'\-]...)\s+(?P<adj>(?!(?:{titles})(?![\w\-]))[A-Z][a-z]++\s+"
        # (or where it is based: "The Seattle-based company", "The Cupertino, California-based")
        r"|(?:[A-Z][\w.’']*+(?: [A-Z][\w.’']*+)?,\s+)?[A-Z][\w.’']*+-based\s+)?"
        rf"(?>(?P<mod>(?!(?:{nouns})(?![\w\-]))[a-z]++(?:-member|['’]s)?\s+)?)"
        rf"(?P<noun>{nouns})(?![\w\-])"
    )


def _noun_of(d: re.Match[str]) -> str:
    """The noun of a description: its noun, or its modifier and noun where those are one of
    _ORG_NOUNS ("the rights group")."""
    noun = " ".join(d.group("noun").split())
    mod = d.group("mod")
    if mod is not None and (both := f"{mod.strip()} {noun}") in _ORG_NOUNS:
        return both
    return noun


def _noun_before(text: str, start: int) -> str | None:
    """The kind a noun right before a name gives it ("the consumer association VZBV", "His
    team, Velora Norte,", "drugmaker Nordvik": "association", "team", "company"), else
    None."""
    if start < 2 or text[start - 1] != " ":
        return None
    # (one word between spaces, found without splitting: this runs for every mention)
    word = text[text.rfind(" ", start - 26 if start > 26 else 0, start - 1) + 1 : start - 1]
    word = word.rstrip(",")
    if word in _ORG_NOUNS:
        return word
    return "company" if word in _company_nouns() else _NOUN_KINDS.get(word)


@cache
def _company_nouns() -> frozenset[str]:
    return frozenset({"company", "firm", *load_toml("vocabulary.toml")["company_nouns"]})


def _is_source(text: str, m: Mention) -> bool:
    """Whether the mention names a source, no actor of the story: "according to LSEG
    data", a dateline's credit ("BOCA CHICA, Texas, March 7 (Reuters) -")."""
    return bool(
        _SOURCE_AFTER.match(text, m.end)
        or _SOURCE_BEFORE.search(text, max(0, m.start - 30), m.start)
        or (text[m.start - 1 : m.start] == "(" and _CREDIT_AFTER.match(text, m.end))
    )


_CREDIT_AFTER = re.compile(r"\)\s*[-–—]")


def _kinds_of(actor: Actor, club_ids: frozenset[str], lead_company: bool) -> frozenset[str]:
    """The nouns an organisation answers to ("the bank", "the club", "the company"); an
    abbreviation's also by its full names ("FBI": "the bureau")."""
    kinds = _kinds_by_id(actor.id, actor.id in club_ids, lead_company)
    if actor.aliases and actor.id.isupper():
        for alias in actor.aliases:
            kinds = kinds | (_kinds_by_id(alias, False, False) - _NOT_BY_ALIAS)
    return kinds


# (not "the group" of a "Group of Twenty": any group's apposition may say it)
_NOT_BY_ALIAS = frozenset({"group"})


@cache
def _data_kinds() -> dict[str, tuple[str, ...]]:
    """The nouns vocabulary.toml gives organisations whose names hold none ("NATO": the
    alliance)."""
    table = load_toml("vocabulary.toml")["organisation_kinds"]
    return {str(k): tuple(v) for k, v in table.items()}


@lru_cache(maxsize=1 << 14)
def _kinds_by_id(actor_id: str, club: bool, lead_company: bool) -> frozenset[str]:
    """:func:`_kinds_of` by the actor's id (ids recur across a corpus's articles)."""
    words = actor_id.split()
    nouns_by_word = _NOUNS_BY_WORD
    kinds = {noun for word in words if word in nouns_by_word for noun in nouns_by_word[word]}
    kinds.update(_data_kinds().get(actor_id, ()))  # ("NATO": "the alliance")
    if club:
        kinds.add("club")
    elif words[-1] in _COMPANY_ENDS or lead_company:
        kinds.add("company")
    return frozenset(kinds)


def _lead_companies(text: str, mentions: Sequence[Mention], lead_end: int) -> set[str]:
    """The organisations the lead names as companies: after a company noun ("chipmaker
    Nordlys", "the firm Nordlys") or a trade's group ("software group Vexlo")."""
    nouns = _company_nouns()
    out: set[str] = set()
    for m in mentions:
        if m.start >= lead_end:
            break
        before = text[max(0, m.start - 30) : m.start].split()
        if before and (
            before[-1].lower() in nouns
            # "U.S. software group Vexlo"
            or (before[-1] == "group" and len(before) > 1 and before[-2] in _group_trades())
        ):
            out.add(m.actor_id)
    return out


def _described_companies(
    text: str, mentions: Sequence[Mention], kinds: Mapping[str, ActorKind]
) -> list[tuple[str, int, bool]]:
    """The organisations the text shows are companies: their shares or officers after a
    mention ("Kelvora's shares fell"), what they said they would do ("Valmora said on
    Thursday it would cut 2,000 jobs"), or a next sentence calling them "The company"
    ("Brennmark cut 300 jobs. The company said"); each with the start of its first mention
    and whether its own words show it (not only a next sentence's "The company", which
    follows every organisation of a sentence: "a CGT delegate told AFP. The company said")."""
    out: list[tuple[str, int, bool]] = []
    first: dict[str, int] = {}
    for m in mentions:
        if kinds.get(m.actor_id) is not _ORGANISATION or not _PUBLIC_BODY_WORDS.isdisjoint(
            m.actor_id.split()
        ):
            continue  # (a public body is no company: "The Justice Department, which ...")
        if text[m.start - 1 : m.start] == "(" and _CREDIT_AFTER.match(text, m.end):
            continue  # a dateline's credit: "March 7 (Reuters) - SpaceX's rocket ..."
        first.setdefault(m.actor_id, m.start)
        if any(aid == m.actor_id and own for aid, _, own in out):
            continue
        e = m.end
        # (no pre-test: asked only when no name says which organisation is the company)
        if COMPANY_AFTER.match(text, e):
            out = [x for x in out if x[0] != m.actor_id]
            out.append((m.actor_id, first[m.actor_id], True))
        elif COMPANY_NEXT.match(text, e, e + 400) and all(aid != m.actor_id for aid, *_ in out):
            out.append((m.actor_id, first[m.actor_id], False))
    return out


@cache
def _group_trades() -> frozenset[str]:
    return frozenset(load_toml("vocabulary.toml")["company_group_trades"])


def definite_descriptions(
    text: str,
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    role_holders: Mapping[str, tuple[str, int, int]],
    club_ids: frozenset[str],
    lead_end: int,
    kinds: Mapping[str, ActorKind],
    sentences: Sequence[Sentence] = (),
) -> list[Mention]:
    """Mentions for the definite descriptions of the article's actors: "the company" (or
    "the bank", "the ministry", "the agency", "the court", "the club", "the group") is the
    one organisation of that kind, "the (two) companies" both of two companies (a mention of
    each, on the same span), "the president" the one person with that role
    (``role_holders``, as :func:`explorer.parse.actors._role_holders`); each named before the
    description, which overlaps no mention but a group's ("the group", to be replaced by
    the caller). An organisation named only as a data source
    ("according to LSEG data") does not count. "The firm" is "the company", "the lender"
    "the bank"; "the institution" is the first organisation of its sentence (named before
    it; ``sentences`` in text order)."""
    held = _held_titles()
    # The descriptions that may refer to someone: a title of a role one person holds, or an
    # organisation's noun (looked up only then: most articles have neither).
    found = [
        (d, _NOUN_KINDS.get(noun, noun))
        for d in _description().finditer(text)
        if (noun := _noun_of(d)) not in held
        or held[noun] in role_holders
        # (a role only some stretches of text give: "the minister" of several)
        or f"{held[noun]}{HELD_STRETCH}0" in role_holders
    ]
    if not found:
        return []
    by_noun: dict[str, list[str]] = {}
    first: dict[str, int] = {}
    wanted = {
        "company" if noun in _PAIR_NOUNS else noun
        for _, noun in found
        if noun not in held and noun not in _SUBJECT_NOUNS and noun not in _COUNTRY_NOUNS
    }
    apposed_groups: set[str] = set()  # ("X, an advocacy group,")
    if wanted:
        lead = _lead_companies(text, mentions, lead_end) if "company" in wanted else set()
        org_kinds = {
            a.id: ks
            for a in actors
            if a.kind is _ORGANISATION
            and (ks := wanted.intersection(_kinds_of(a, club_ids, a.id in lead)))
        }
        for m in mentions if not wanted.isdisjoint(_ORG_NOUNS) or "company" in wanted else ():
            if kinds.get(m.actor_id) is not _ORGANISATION:
                continue  # (the cheap test first: most mentions are no organisation's)
            # ("the Solvenka union" ... "the union")
            after = _NOUN_AFTER.match(text, m.end)
            # (or before it: "the consumer association Mietbund" ... "the association")
            kind_noun = after.group(1) if after is not None else _noun_before(text, m.start)
            if (
                kind_noun is None
                and "group" in wanted
                and text.startswith(",", m.end)
                and _APPOSED_GROUP.match(text, m.end, m.end + 60)
            ):
                kind_noun = "group"
                apposed_groups.add(m.actor_id)
            elif (
                kind_noun is None
                and text.startswith(",", m.end)
                and (ak := _APPOSED_KIND.match(text, m.end, m.end + 90)) is not None
            ):
                kind_noun = ak["noun"]
            if kind_noun is not None and kind_noun in wanted:
                org_kinds[m.actor_id] = {*org_kinds.get(m.actor_id, ()), kind_noun}
        for m in mentions if org_kinds else ():
            if m.actor_id in org_kinds and m.actor_id not in first and not _is_source(text, m):
                first[m.actor_id] = m.start
                for kind in org_kinds[m.actor_id]:
                    by_noun.setdefault(kind, []).append(m.actor_id)
        if any(len(ids) > 1 for ids in by_noun.values()):
            # A body's own branches are no rivals of it: "the central bank" beside the
            # Federal Reserve Bank of Cleveland is the Federal Reserve, its parent.
            parent = {a.id: a.affiliation for a in actors if a.id in first}
            for kind, ids in by_noun.items():
                if len(ids) > 1:
                    by_noun[kind] = [c for c in ids if parent.get(c) not in ids] or ids
    starts: list[int] = []  # (of the mentions, once a description refers to someone)
    described: list[tuple[str, int, bool]] | None = None  # _described_companies, once asked
    out: list[Mention] = []
    for d, noun in found:
        mod = d.group("mod") if " " not in noun or noun in held else None
        if mod is not None and mod.endswith("-member ") and noun == "court":
            mod = None  # ("The three-member panel": its size, no word of the court's name)
        if mod is not None and noun in _COUNTRY_NOUNS and mod.strip() in _LEVELS:
            mod = None  # ("The federal government said": as "The government said")
            s, e = d.start() - 1, d.end()
        elif mod is not None:
            if noun in held or noun not in _ORG_NOUNS or d.group("adj") is not None:
                continue  # ("the deputy governor", "the state company": none named so)
            s, e = d.start() - 1, d.end()
        elif noun in _MODIFIED_ONLY and not _CUE_AFTER.match(text, d.end()):
            continue  # (a room, unless it speaks: "The office said" is the one named)
        elif d.group("adj") is None:
            s, e = d.start() - 1, d.end()
        elif noun in _ADJECTIVE_NOUNS:
            s, e = d.start("noun"), d.end()  # "the Belgian team said": the noun's span
        else:
            continue  # "the Russian ministry": maybe another country's, not the one named

        if _NOT_AFTER.match(text, e):
            continue
        pair: list[str] = []
        if mod is not None:
            # The one organisation of that kind whose name holds the modifier.
            word = mod.rstrip().replace("’", "'")
            word = word[0].upper() + word[1:]
            ids = [c for c in by_noun.get(noun, ()) if word in c.replace("’", "'").split()]
            who = ids[0] if len(ids) == 1 and first[ids[0]] < s else None
        elif noun in held:
            who = holder_at(role_holders, held[noun], s)
        elif noun in _PAIR_NOUNS:
            pair = [c for c in by_noun.get("company", ()) if first[c] < s]
            who = pair[0] if len(pair) == 2 else None
        elif noun in _SUBJECT_NOUNS:
            starts = starts or [m.start for m in mentions]
            who = _sentence_organisation(mentions, starts, kinds, sentences, s)
        elif noun in _COUNTRY_NOUNS:
            # (speaking only: "the government's fiscal watchdog" may be another's)
            who = (
                _near_country(mentions, kinds, sentences, s) if _CUE_AFTER.match(text, e) else None
            )
        elif noun == "company" and (own := _spokesperson_company(text, mentions, kinds, s)):
            who = own  # "An SK Hynix spokesperson said the company was"
        elif noun in _STORY_NOUNS:
            # "the agency": the one named last in its paragraph or about one back ("The FDA
            # approved it, with a boxed warning, the agency's strongest"), else the
            # story's, named first
            # ("The European Medicines Agency's panel ... [the FDA, a paragraph] ... urged
            # the agency to allow access")
            ids = by_noun.get(noun, [])
            starts = starts or [m.start for m in mentions]
            para = text.rfind("\n", 0, s) + 1
            who = (
                _last_named(mentions, starts, ids, s, max(s - para, _AGENCY_REACH)) if ids else None
            )
            if who is None:
                earlier = [c for c in ids if first[c] < s]
                who = min(earlier, key=first.__getitem__) if earlier else None
        elif noun in _RECENT_NOUNS:
            ids = by_noun.get(noun, [])
            starts = starts or [m.start for m in mentions]
            who = _last_named(mentions, starts, ids, s) if ids else None
        else:
            ids = by_noun.get(noun, [])
            # (the one named before it: "Commonwealth Bank", named later, is no rival of
            # the "Reserve Bank of Australia" for "the central bank said")
            named = [c for c in ids if first[c] < s]
            who = named[0] if len(named) == 1 else None
            if who is not None and noun == "company":
                # ("Halden Group said ... Shares in Varnet fell. The company said": Varnet)
                starts = starts or [m.start for m in mentions]
                who = traded_just_before(text, mentions, starts, kinds, s) or who
            if who is None and len(named) > 1:  # (of several, the one named just before)
                starts = starts or [m.start for m in mentions]
                who = one_named_nearby(text, mentions, starts, named, kinds, sentences, s)
            if who is None and noun == "group" and named and named[-1] in apposed_groups:
                # (of several, the one named last, which its apposition calls a group: no
                # company whose name ends in "Group" named before it)
                who = named[-1]
            if who is None and noun == "group" and not named:
                # ("The Carter Center ... said. The U.S.-based group said": its subject)
                starts = starts or [m.start for m in mentions]
                who = previous_subject(text, mentions, starts, kinds, sentences, s)
            if who is None and noun == "company" and not named:
                # No company named so before it: the one the text shows is a company
                # ("Valmora said it would cut 2,000 jobs ... the company said").
                if described is None:
                    described = _described_companies(text, mentions, kinds)
                # (in order of first mention, each with the start of its first)
                before = [c for c, at, _ in described if at < s]
                who = (
                    before[0]
                    if len(before) == 1
                    else _own_company(text, mentions, kinds, described, s)
                )
                if who is None and text.endswith(", ", 0, s) and _CUE_AFTER.match(text, e):
                    # ("Lufthansa will cut 500 jobs, the company said": its subject)
                    starts = starts or [m.start for m in mentions]
                    who = subject_organisation(text, mentions, starts, kinds, sentences, s)
            if who is None and noun == "company":
                # (of several, the one opening the sentence just before, named so or shown
                # a company: "Farvo, which is based in Turin, was fined most. The company
                # said it would appeal")
                if described is None:
                    described = _described_companies(text, mentions, kinds)
                starts = starts or [m.start for m in mentions]
                pool = {*named, *(c for c, at, _ in described if at < s)}
                who = one_named_nearby(text, mentions, starts, pool, kinds, sentences, s)
        if who is None:
            continue
        starts = starts or [m.start for m in mentions]
        k = bisect_left(starts, s)
        if noun in _LAST_NAMED_NOUNS and _last_organisation(mentions, kinds, k) != who:
            continue
        if k > 0 and mentions[k - 1].end > s:
            continue
        if (
            k < len(mentions)
            and mentions[k].start < e
            and not (mentions[k].end <= e and kinds.get(mentions[k].actor_id) is _GROUP)
        ):
            continue  # (part of a name or a group: "the Court of Appeal", "the spokesman")
        # "the companies": a mention of each, with the same span.
        out.extend(Mention(s, e, text[s:e], c) for c in (pair if len(pair) == 2 else (who,)))
    return out


def clear_caches() -> None:
    """Forget the memoised organisation kinds (for benchmarks of a first pass)."""
    _kinds_by_id.cache_clear()
