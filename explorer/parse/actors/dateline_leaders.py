"""'WARSAW, Feb 20 (Reuters) - Polish farmers blocked ... Prime Minister Donald X said',
'President Andrzej Y said': a head of government, head of state or minister introduced by
the bare capitalised title (no country or demonym before it), in a story datelined in a
capital whose country its lead names, is that country's: wire copy names a foreign
leader's country ("Ukrainian President X"). Read by actors.analyse_actors for the persons
capitals.ministers_in_capitals left of no country (there only where the dateline's
country is the one the story names most)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import replace

from explorer.model import Actor, ActorKind, Mention, Sentence
from explorer.parse.actors.provinces import dateline_region

_PERSON = ActorKind.PERSON
_COUNTRY = ActorKind.COUNTRY
# The dateline's capital, in capitals, then its date or agency ("WARSAW, Feb 20 (Reuters)").
_DATELINE = re.compile(r"(?m)^(?P<city>[A-Z][A-Z’'.\-]+(?: [A-Z][A-Z’'.\-]+)?)(?=,| \(| —| –| - )")
# The capitalised title right before a name, opening its sentence or clause ("Prime
# Minister ", "Agriculture Minister ", "President "), no word of a country before it.
# A sentence opening on another place ("In Seoul, Industry Minister X said"): the story
# has moved abroad, and a bare title there may be that country's.
_IN_OPENING = re.compile(r"(?:^|(?<=[.!?\n”\"])\s*)In ([A-Z][\w’'.\-]*(?: [A-Z][\w’'.\-]*)?),")
_BARE_TITLE = re.compile(r"(?:^|(?<=[.!?\n(“\"])\s*|(?<=, ))((?:[A-Z][a-z]+ ){1,3})$")


_PLAIN: list[tuple[Mapping[str, str], dict[str, str]]] = []  # (the lexicon's, built once)


def _unaccented_capitals(capital_of: Mapping[str, str]) -> dict[str, str]:
    """``capital_of`` by the capitals' names without accents ("BRASILIA" is Brasília)."""
    if _PLAIN and _PLAIN[0][0] is capital_of:
        return _PLAIN[0][1]
    plain = {
        "".join(c for c in unicodedata.normalize("NFD", k) if not unicodedata.combining(c)): v
        for k, v in capital_of.items()
    }
    _PLAIN[:] = [(capital_of, plain)]
    return plain


def _bare_role(role: str) -> bool:
    """Whether ``role`` is one a bare title gives a country's leader, minister or cabinet
    secretary ("Transport Secretary X", "Commerce Secretary Y"; not a union's "general
    secretary" nor a "press secretary")."""
    return role in ("president", "prime minister", "chancellor", "premier") or (
        role.endswith((" minister", " secretary"))
        and not role.startswith(("former ", "deputy ", "vice "))
        and role not in _NO_CABINET
    )


_NO_CABINET = frozenset(
    {"general secretary", "press secretary", "permanent secretary", "executive secretary"}
    | {"private secretary", "party secretary", "assistant secretary", "under secretary"}
)


def dateline_leaders(
    text: str,
    actors: Sequence[Actor],
    mentions: Sequence[Mention],
    capital_of: Mapping[str, str],
    sentences: Sequence[Sentence],
) -> tuple[Actor, ...] | None:
    """``actors`` with the dateline capital's country for the presidents, prime ministers
    and ministers of no country whose first mention follows their bare title, where the
    lead (the story's first sentence) names that country (not only as "in <country>"), and
    no sentence of the person's paragraph or the one before opens "In <another country or
    its capital>,"; None if there is none."""
    lost = {
        a.id: a.role
        for a in actors
        if a.kind is _PERSON and a.affiliation is None and a.role and _bare_role(a.role)
    }
    if not lost or not sentences:
        return None
    d = _DATELINE.search(text, 0, 600)
    if d is None:
        return None
    city = " ".join(w.capitalize() for w in d.group("city").split())
    country = capital_of.get(city) or _unaccented_capitals(capital_of).get(city)
    region, places_end = None, d.end()
    if country is None:
        # ("MANCHESTER, England (Reuters) -", "HALIFAX, Nova Scotia": a province's country;
        # a premier there is the province's, not the country's: "KERUNA, Australia")
        region, country, places_end = dateline_region(text, d.end(), city, actors)
        if country is None:
            return None
        if region is None:
            lost = {a: r for a, r in lost.items() if r != "premier"}
    lead = next((s for s in sentences if s.end > d.end()), None)
    countries = {a.id for a in actors if a.kind is _COUNTRY}
    own = next((a for a in actors if a.id == country), None)
    if lead is None:
        return None
    lead_text = text[max(lead.start, places_end) : lead.end]  # (after the dateline's)
    # (by any of its names: "Brazil's Supreme Court" is one mention, the court's; not as
    # the place of a meeting of others: "MUSCAT - Yemen's warring parties met in Oman")
    names = () if own is None else (own.id, *own.aliases)
    if not any(n in lead_text and f"in {n}" not in lead_text for n in names):
        if region is None or region not in lead_text:
            return None
        lost = {a: r for a, r in lost.items() if r == "premier"}  # (the province's only)
    found: set[str] = set()
    seen: set[str] = set()
    for m in mentions:
        if m.actor_id not in lost or m.actor_id in seen:
            continue
        seen.add(m.actor_id)
        title = _BARE_TITLE.search(text, max(0, m.start - 40), m.start)
        role = lost[m.actor_id] or ""
        if title is None or not title.group(1).lower().rstrip().endswith(role.split()[-1]):
            continue
        para = text.rfind("\n", 0, m.start)
        lo = text.rfind("\n", 0, para - 1) + 1 if para > 0 else 0
        if any(
            capital_of.get(o.group(1), o.group(1)) in countries - {country}
            for o in _IN_OPENING.finditer(text, lo, m.start)
        ):
            continue  # ("In Seoul, Industry Minister X ... President Yoon's office said")
        found.add(m.actor_id)
    if not found:
        return None
    # (a province's premier is the province's: "HALIFAX, Nova Scotia ... Premier X")
    places = {a.id for a in actors if a.kind is ActorKind.PLACE}
    return tuple(
        replace(a, affiliation=region if a.role == "premier" and region in places else country)
        if a.id in found
        else a
        for a in actors
    )
