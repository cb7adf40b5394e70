"""A capital named for its government ("Moscow accused Washington of ...", "talks between
Beijing and Washington", "Washington's allies"): the country, where the words around it
make it an actor, not a place. (A capital that speaks, "Moscow said", is the speakers'.)"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE

# Words before a capital that address or relate to a government: "accused Washington of",
# "urged Beijing to", "relations with Moscow", "pressure on Tehran", "between".
_GOVERNMENT_BEFORE = re.compile(
    r"(?<![\w’'\-])(?:accus(?:ed|es|ing)|urg(?:ed|es|ing)|warn(?:ed|s|ing)|told|tells"
    r"|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)"
    r"|press(?:ed|es|ing)|call(?:ed|s|ing)\s+on|sanction(?:ed|s|ing)|pressure\s+on"
    # (pleasing or defying a government: "not to please Washington", "angered Beijing")
    r"|pleas(?:e|ed|es|ing)|appeas(?:e|ed|es|ing)|reassur(?:e|ed|es|ing)|def(?:y|ied|ies|ying)"
    r"|anger(?:ed|s|ing)?|provok(?:e|ed|es|ing)|snubb?(?:ed|s|ing)?|confront(?:ed|s|ing)?"
    r"|(?:relations|ties|talks|dialogue|agreement|deal|dispute|rift|row|tensions)\s+with"
    # (taking a government's side: "lined up with Washington", "sided with Moscow")
    r"|(?:sid(?:ed|es|ing)|align(?:ed|s|ing)|lin(?:ed|es|ing)\s+up)\s+with"
    r"|between|against)\s+$",
    re.IGNORECASE,
)
# Words after a capital's possessive that belong to its government: "Washington's allies".
_GOVERNMENT_OWNS = re.compile(
    r"[’']s\s+(?:policy|policies|position|support|allies|ally|decision|role|strategy|stance"
    r"|demands?|offer|proposal|response|approach|accusations?|claims?|backing|efforts?"
    r"|envoy|ambassador|intervention|involvement|sanctions|threats?|warnings?|refusal"
    r"|insistence|plans?|partners?|enemies|adversaries|relationship)\b"
)
# A verb after a capital that only a government does: "Moscow would not cooperate",
# "Beijing refused", "Washington vowed" (not "Moscow will be cold").
_GOVERNMENT_DOES = re.compile(
    r"\s+(?:(?:would|will|could|should|must)(?:\s+not)?\s+(?!be\b|have\s+been\b)[a-z]"
    r"|(?:wants|plans|intends|refuses|refused|insists|insisted|hopes|demands|demanded"
    r"|rejected|rejects|denied|denies|agreed|agrees|accepted|vowed|vows|threatened"
    r"|threatens|retaliated|responded|recognised|recognized|expelled|summoned)\b)"
)
# A capital opening the clause a speech verb reports, before its verb: 'X said Washington
# had "serious concerns"', "said Berlin trusted France", "said Wellington shared the
# islands' frustration" (not "said Paris was cold": no
# "is", "was"); or a government asked or trusted to act: "expected Paris to respect".
_SAID = ("said ", "says ", "said that ", "says that ")
_SAID_VERB = re.compile(
    r"\s+(?:(?:had|has|would|will|could|should|must)(?!\s+(?:be|been|no)\b)"
    r"|(?:trust|expect|want|believ|hop|fear|welcom|regrett|support|oppos|sought|consider"
    r"|intend|plann|need|recognis|recogniz|valu|respect|shar|accept|reject|condemn)"
    r"(?:ed|es|s)?(?![\w\-])|knew|knows|understood|understands)"
)
_TO_ACT_BEFORE = re.compile(
    r"(?<![\w’'\-])(?:expect|want|ask|trust|need|allow|encourag|persuad|forc|invit)"
    r"(?:s|ed|ing|es)?\s+$"
)
_TO_ACT = re.compile(r"\s+to\s+[a-z]")
_AND = (" and ", ", and ")
# Capitals whose name stands for another government: "Brussels" is the EU's seat ("tensions
# between Brussels and Washington"), not Belgium's.
_OTHER_SEATS = frozenset({"Brussels"})


def capital_governments(
    text: str,
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
    capital_of: Mapping[str, str],
) -> dict[int, str]:
    """Mention index -> country, for the capitals (places of ``capital_of``) the words
    around them make a government: after a verb addressing it or a relation to it
    (``_GOVERNMENT_BEFORE``), before a possessive of what a government has
    (``_GOVERNMENT_OWNS``) or a verb only a government does (``_GOVERNMENT_DOES``), or
    joined by "and" to a country or such a capital ("Moscow and Washington")."""
    found: dict[int, str] = {}
    # The capitals the article names as places (most articles none: no look at every
    # mention), then their mentions by one set test each.
    places = {
        c for c in capital_of.keys() & kinds.keys() if kinds[c] is _PLACE and c not in _OTHER_SEATS
    }
    if not places:
        return found
    capitals = [i for i, m in enumerate(mentions) if m.actor_id in places]
    if not capitals:
        return found
    for i in capitals:
        m = mentions[i]
        before = _GOVERNMENT_BEFORE.search(text, max(0, m.start - 30), m.start)
        if (
            before is not None
            or _GOVERNMENT_OWNS.match(text, m.end)
            or _GOVERNMENT_DOES.match(text, m.end)
            or _in_reported_clause(text, m)
        ):
            found[i] = capital_of[m.actor_id]
    # "Moscow and Washington", "Russia and Washington": joined to a government, one too.
    changed = True
    while changed:
        changed = False
        for i in capitals:
            if i in found:
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(mentions):
                    continue
                a, b = (mentions[j], mentions[i]) if j < i else (mentions[i], mentions[j])
                if text[a.end : b.start] not in _AND:
                    continue
                other = mentions[j]
                if j in found or kinds.get(other.actor_id) is _COUNTRY:
                    found[i] = capital_of[mentions[i].actor_id]
                    changed = True
                    break
    return found


def _in_reported_clause(text: str, m: Mention) -> bool:
    """Whether the capital ``m`` is the subject of a clause a speech verb reports ("said
    Washington had") or a government asked to act ("expected Paris to respect")."""
    lo = m.start - 12
    if lo < 0:
        lo = 0
    if text.endswith(_SAID, lo, m.start):  # (the cheap tests first)
        return _SAID_VERB.match(text, m.end) is not None
    if text.startswith(" to ", m.end):
        return _TO_ACT_BEFORE.search(text, max(0, m.start - 14), m.start) is not None
    return False


# "In Seoul, Industry Minister X said": a minister with no country of his own, in a
# sentence opening with a capital, is that capital's government's (not after "visiting").
_OPENING_CAPITAL = re.compile(r"In (?P<capital>[A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*)?), ")
# "Health Minister X told a news conference in Kinshasa": so is the capital where the
# minister speaks, right after the name ("Minister X, visiting Tokyo," is no such).
_TRAVELLING = ("foreign", "trade", "prime", "deputy prime", "european", "commerce")
# The departments whose secretaries are ministers ("Health Secretary X"; not "general",
# "press", "executive", "permanent" secretaries).
_SECRETARY_PORTFOLIOS = frozenset(
    {"health", "home", "education", "business", "energy", "transport", "transportation"}
    | {"culture", "environment", "justice", "housing", "trade", "commerce", "labor", "defence"}
    | {"defense", "treasury", "interior", "agriculture", "security", "foreign"}
)
_SPEAKING_IN = re.compile(
    r"\s+(?:said|says|told|speaking|spoke)\b[^.,;:“”\"]{0,40}?\s+in\s+"
    r"(?P<capital>[A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*)?)(?![\w’'\-])"
)


def ministers_in_capitals(
    text: str,
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    capital_of: Mapping[str, str],
) -> tuple[Actor, ...] | None:
    """``actors`` with the country of the capital opening the sentence of a minister's
    first mention ("In Seoul, Industry Minister X" is South Korea's), or where the minister
    speaks right after it ("X told a news conference in Kinshasa"), for the ministers of
    no country; None if there is none to change."""
    lost = {
        a.id
        for a in actors
        if a.kind is _PERSON
        and a.affiliation is None
        and a.role is not None
        # (Kenya's ministers are cabinet secretaries: "Interior Cabinet Secretary X";
        # Britain's and the US's heads of a department are: "Health Secretary X")
        and (a.role.endswith(("minister", "cabinet secretary")) or _portfolio_secretary(a.role))
    }
    if not lost:
        return None
    # (a foreign, trade or prime minister speaks abroad as often as at home: "Foreign
    # Minister Wang Yi told reporters in Moscow" is no Russian minister)
    travelling = {
        a.id for a in actors if a.id in lost and a.role and a.role.startswith(_TRAVELLING)
    }
    found: dict[str, str] = {}
    ministers = set(lost)
    for m in mentions:
        if m.actor_id not in lost or m.actor_id in found:
            continue
        lost.discard(m.actor_id)
        stop = text.rfind(". ", 0, m.start)
        lo = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, m.start) + 1)
        opening = _OPENING_CAPITAL.match(text, lo, m.start)
        if (
            opening is not None
            and (country := capital_of.get(opening.group("capital"))) is not None
            and "," not in text[opening.end() : m.start]
            and "visiting" not in text[opening.end() : m.start]
        ) or (
            opening is None
            and m.actor_id not in travelling
            and (after := _SPEAKING_IN.match(text, m.end, m.end + 120)) is not None
            and (country := capital_of.get(after.group("capital"))) is not None
        ):
            found[m.actor_id] = country
    if len(found) < len(ministers):
        _dateline_ministers(text, actors, mentions, capital_of, ministers, travelling, found)
    if not found:
        return None
    return tuple(replace(a, affiliation=found[a.id]) if a.id in found else a for a in actors)


# A dateline opening the story: the capital's name in capitals, maybe its country, then the
# date or the agency ("NAIROBI, June 25 (AP) —", "CANBERRA, Australia (AP)_", "LONDON -").
_DATELINE = re.compile(
    r"(?m)^(?P<city>[A-Z][A-Z’'.\-]+(?: [A-Z][A-Z’'.\-]+)?)(?=,| \(| —| –| - |_)"
)


def _dateline_ministers(
    text: str,
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    capital_of: Mapping[str, str],
    lost: set[str],
    travelling: set[str],
    found: dict[str, str],
) -> None:
    """Add to ``found`` the country of the capital a story's dateline names for its
    ministers of no country left in ``lost`` ("NAIROBI, June 25 (AP) — Kenyan police ...
    Interior Minister X" is Kenya's), where the story names that country more than any
    other; a minister who travels (foreign, trade, prime) only where it names no other."""
    counts: dict[str, int] = {}
    # (also where the story names no country at all: "LONDON ... Health Secretary X")
    country = dateline_country(text, actors, mentions, capital_of, counts, alone=True)
    if country is None:
        return
    roles = {a.id: a.role or "" for a in actors if a.id in lost}
    for aid in lost:
        if aid in found or (
            (aid in travelling or "foreign" in roles.get(aid, "")) and len(counts) > 1
        ):
            continue
        found[aid] = country


def dateline_country(
    text: str,
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    capital_of: Mapping[str, str],
    counts: dict[str, int] | None = None,
    alone: bool = False,
) -> str | None:
    """The country of the capital a story's dateline names, if the story names that
    country more than any other (the country the story is about; not the host of talks
    between others, "MUSCAT — Yemen's warring parties ..."). ``counts``, if given, is
    filled with the mentions of each country; ``alone``: the dateline's country also where
    the story names no country at all."""
    m = _DATELINE.search(text, 0, 600)
    if m is None:
        return None
    city = m.group("city")
    country = capital_of.get(" ".join(w.capitalize() for w in city.split()))
    if country is None:
        return None
    countries = {a.id for a in actors if a.kind is _COUNTRY}
    if counts is None:
        counts = {}
    for x in mentions:
        if x.actor_id in countries:
            counts[x.actor_id] = counts.get(x.actor_id, 0) + 1
    mine = counts.get(country, 0)
    if alone and not counts:
        return country
    if not mine or any(n >= mine for c, n in counts.items() if c != country):
        return None
    return country


def _portfolio_secretary(role: str) -> bool:
    """Whether ``role`` is a department's secretary ("health secretary", "shadow home
    secretary", "treasury secretary"), not a party's or a body's ("general secretary",
    "press secretary")."""
    if not role.endswith(" secretary"):
        return False
    words = role.split()
    return words[-2] in _SECRETARY_PORTFOLIOS
