"""A country's services and ministries speaking ("Ukraine's air force said", "the Russian
foreign ministry said", "Kenya has recorded 30 cases, the health ministry said"): the
organisation named by the country's adjective and the service (service_before), and the
country adjectives it uses.

Apart from nominal.py, whose title phrases (``Nominal``) and gap it shares.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from explorer.model import ActorKind
from explorer.parse.actors.countries import countries
from explorer.parse.actors.data import load_toml
from explorer.parse.actors.nominal import _GAP, Nominal

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION

# The portfolios ministries are named by ("foreign", "health").
_PORTFOLIOS: list[str] = load_toml("vocabulary.toml")["ministry_portfolios"]
# A country's armed service before a cue: "Ukraine's air force said", "the Israeli military
# has said" (a service of no country, "the army said", is a group). The name it is given:
# the country's adjective and the service ("Ukrainian Air Force"). So is a ministry named
# by its portfolio in lower case ("Russia's foreign ministry said": "Russian Foreign
# Ministry"); a country's government is the country ("The Kenyan government said": Kenya).
_SERVICES = {
    "air force": "Air Force", "navy": "Navy", "army": "Army", "military": "Military",
    "armed forces": "Armed Forces", "coast guard": "Coast Guard", "border guard": "Border Guard",
    "general staff": "General Staff", "national guard": "National Guard",
    "embassy": "Embassy", "consulate": "Consulate", "central bank": "Central Bank",
    **{
        f"{p} ministry": f"{p.title()} Ministry"
        for p in _PORTFOLIOS
    },
}  # fmt: skip
# The names the services are given after the country's adjective ("Embassy", "Air Force").
SERVICE_NAMES = tuple(sorted(set(_SERVICES.values()), key=len, reverse=True))
_GOVERNMENT = "government"
# The last words of the services (a test before the regex).
SERVICE_ENDS = tuple(sorted({k.split()[-1] for k in (*_SERVICES, _GOVERNMENT)}))
_SERVICE_BEFORE = re.compile(
    r"(?<![\w’'\-])(?P<np>(?:[Tt]he\s+)?(?P<owner>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})"
    # ("The Philippines' foreign ministry said": a name ending in "s" owns by an apostrophe)
    r"(?:[’']s|(?<=s)[’'])?\s+(?P<service>"
    + "|".join(k.replace(" ", r"\s+") for k in sorted(_SERVICES, key=len)[::-1])
    # (a government of a kind: "Mali's military government", "the interim government")
    + r"|(?:(?:military|interim|transitional|caretaker|civilian|coalition|federal|national)\s+)?"
    + r"government"
    + r"))"
    + _GAP
    + r"$"
)
# "the defence ministry in Taipei said": a service of no owner, then the capital it sits in.
_SERVICE_IN = re.compile(
    r"(?<![\w’'\-])(?P<np>[Tt]he\s+(?P<service>"
    + "|".join(k.replace(" ", r"\s+") for k in sorted(_SERVICES, key=len)[::-1])
    + r"))\s+in\s+(?P<owner>[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*)?)"
    + _GAP
    + r"$"
)
# "Kenya has recorded 30 cases, the health ministry said": a ministry of no owner, whose
# country is the one its sentence names before it.
_MINISTRY_BARE = re.compile(
    # (or "the country's": "Strikes killed 30 people in Sudan, the country's health ministry
    # said"; not "the enclave's": a place's, maybe after another country's name)
    r"(?<![\w’'\-])(?P<np>(?:[Tt]he(?:\s+(?:country|nation|kingdom|republic)[’']s)?|Its)"
    r"\s+(?P<service>"
    + "|".join(
        k.replace(" ", r"\s+") for k in sorted(_SERVICES, key=len)[::-1] if k.endswith(" ministry")
    )
    + r"))"
    + _GAP
    + r"$"
)
# "Defence Minister X offered to resign, the ministry said": a ministry of no portfolio,
# the one of the minister its sentence names before it (the portfolio's words then).
_MINISTRY_ALONE = re.compile(r"(?<![\w’'\-])(?P<np>[Tt]he\s+(?P<service>ministry))" + _GAP + r"$")
_PORTFOLIO_MINISTER = re.compile(
    r"(?<![\w\-])(?P<p>" + "|".join(sorted(_PORTFOLIOS, key=len)[::-1]) + r")\s+[Mm]inister\b",
    re.IGNORECASE,
)
_SERVICE_REACH = 80
_BACKED = re.compile(r"-[a-z]")
# (With a clause between the service and the cue: "The German government, which ..., said".)
_CLAUSE_REACH = 220


def service_before(
    text: str, lo: int, cue_start: int, countries: Callable[[int, int], str | None]
) -> Nominal | None:
    """A country's armed service or ministry as the speaker of the cue at ``cue_start``
    ("Ukraine's air force said", "the Russian foreign ministry said"), searched from
    ``lo``: an organisation named by the country's adjective and the service, if
    ``countries(start, end)`` (the country mentioned in the phrase's owner or adjective, if
    any, or whose capital it names: "the defence ministry in Taipei said") gives one; for its
    government, the country (kind country)."""
    reach = _CLAUSE_REACH if text.startswith(",", cue_start - 2) else _SERVICE_REACH
    floor = max(lo, cue_start - reach, 0)
    m = _SERVICE_BEFORE.search(text, floor, cue_start)
    if m is None and text.find(" in ", floor, cue_start) >= 0:
        m = _SERVICE_IN.search(text, floor, cue_start)  # (the owner is the capital)
    if m is None:
        bare = _MINISTRY_BARE.search(text, floor, cue_start)
        word = ""
        if bare is None and text.find("inistry", cue_start - 16, cue_start) >= 0:
            bare = _MINISTRY_ALONE.search(text, floor, cue_start)
            ministers = (
                list(_PORTFOLIO_MINISTER.finditer(text, lo, bare.start("np")))
                if bare is not None
                else []
            )
            minister = ministers[-1] if ministers else None  # (the last one named)
            if minister is None:
                return None
            word = f"{minister.group('p').lower()} ministry"
        if (
            bare is None
            or (country := _last_country(text, lo, bare.start("np"), countries)) is None
        ):
            return None
        word = word or " ".join(bare.group("service").split())
        name = f"{country_adjective(country)} {_SERVICES[word]}"
        start, end = bare.start("np"), bare.end("service")
        return Nominal(start, end, name, None, _ORGANISATION, country)
    if "-" in m.group("owner") and _BACKED.search(m.group("owner")):
        return None  # "the US-backed government": not the United States'
    country = countries(*m.span("owner"))
    word = " ".join(m.group("service").split())
    if word.endswith(_GOVERNMENT):
        word = _GOVERNMENT
    if country is None:
        if not word.endswith(" ministry") or m.group("owner").isupper():
            return None
        # A place's ministry: "the Gaza health ministry said", "Kurdistan's interior
        # ministry said" (the place's government's, of no country)
        owner = " ".join(m.group("owner").split())
        if owner in ("The", "Its", "Their", "His", "Her"):
            return None
        return Nominal(
            m.start("np"), m.end("service"), f"{owner} {_SERVICES[word]}", None,
            _ORGANISATION,
        )  # fmt: skip
    if word == _GOVERNMENT:
        if country not in country_names():
            return None  # (a place's government: no country)
        return Nominal(m.start("np"), m.end("service"), country, None, _COUNTRY)
    if word == "central bank":
        # "Mexico's central bank said": the Bank of Mexico; "Argentina's central bank
        # said": the Central Bank of Argentina (none listed)
        name = central_banks().get(country) or f"Central Bank of {country}"
        return Nominal(m.start("np"), m.end("service"), name, None, _ORGANISATION, country)
    name = f"{country_adjective(country)} {_SERVICES[word]}"
    return Nominal(m.start("np"), m.end("service"), name, None, _ORGANISATION)


@cache
def central_banks() -> dict[str, str]:
    """The listed central bank of each country (data: the organisations of a country
    named a bank or reserve: "Bank of Mexico", "Federal Reserve", "Riksbank")."""
    out: dict[str, str] = {}
    for o in load_toml("organisations.toml")["organisation"]:
        name, country = o["name"], o.get("affiliation")
        if country in country_names() and (
            "Bank" in name or "Reserve" in name or name.endswith("bank")
        ):
            out.setdefault(country, name)
    return out


def _last_country(
    text: str, lo: int, hi: int, countries: Callable[[int, int], str | None]
) -> str | None:
    """The country named last in ``text[lo:hi]`` (``countries`` gives the first in a span):
    "Israeli strikes killed 30 people in Lebanon, the health ministry said" is Lebanon's."""
    at = hi
    while at > lo:
        space = text.rfind(" ", lo, at - 1)  # (the start of the word before ``at``)
        at = space + 1 if space >= 0 else lo
        found = countries(at, hi)
        if found is not None:
            return found
        at = space
    return None


@cache
def country_names() -> frozenset[str]:
    """The listed countries' names."""
    return frozenset(c.name for c in countries())


@cache
def _adjectives() -> dict[str, str]:
    return {c.name: c.demonyms[0] for c in countries() if c.demonyms}


def country_adjective(country: str) -> str:
    """The adjective of a country ("Ukrainian"), else its name."""
    return _adjectives().get(country, country)


_SPOKES_ENDS = ("spokesman", "spokeswoman", "spokesperson")
# "a spokesman for China's foreign ministry": the service a spokesman's group speaks for.
_SPOKESMAN_FOR = re.compile(
    r"an?\s+spokes(?:man|woman|person)\s+for\s+(?:the\s+)?\S+?(?:[’']s)?\s+(?P<service>"
    + "|".join(k.replace(" ", r"\s+") for k in sorted(_SERVICES, key=len)[::-1])
    + r")",
    re.IGNORECASE,
)


# "A Chinese foreign ministry spokesman": the service before the spokesman, after the
# country's adjective.
_SERVICE_SPOKESMAN = re.compile(
    r"an?\s+\S+\s+(?P<service>"
    + "|".join(k.replace(" ", r"\s+") for k in sorted(_SERVICES, key=len)[::-1])
    + r")\s+spokes(?:man|woman|person)",
    re.IGNORECASE,
)


def spokesman_service(group_id: str, country: str) -> str | None:
    """The country's service a spokesman's group is for ("a spokesman for China's foreign
    ministry", "a Chinese foreign ministry spokesman": "Chinese Foreign Ministry"), as
    service_before names it, else None."""
    m = _SPOKESMAN_FOR.fullmatch(group_id)
    if m is None and group_id.endswith(_SPOKES_ENDS):
        m = _SERVICE_SPOKESMAN.fullmatch(group_id)
    if m is None:
        return None
    word = " ".join(m.group("service").lower().split())
    if word == "central bank":
        return central_banks().get(country) or f"Central Bank of {country}"
    return f"{country_adjective(country)} {_SERVICES[word]}"
