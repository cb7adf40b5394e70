"""Country names, official names, abbreviations and demonyms.

Names come from pycountry (name, common_name, official_name) and countryinfo (short name,
alternative spellings, demonym); ``data/countries.toml`` adds usual abbreviations and
demonym forms, and picks the display name where the packages' names are not the usual one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

import pycountry
from countryinfo import all_countries

from explorer.parse.actors.data import load_toml

_USABLE = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F .'’\-]+$")


@dataclass(frozen=True, slots=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    name: str  # display name, the actor id
    aliases: tuple[str, ...]  # names that refer to the country (not the display name)
    demonyms: tuple[str, ...]
    capital: str | None
    population: int
    curated_demonyms: tuple[str, ...]  # listed in countries.toml: these win a clash


def _usable(name: object) -> bool:
    return isinstance(name, str) and "," not in name and bool(_USABLE.match(name))


@cache
def countries() -> tuple[Country, ...]:
    extra = load_toml("countries.toml")
    ambiguous = {d.lower() for d in extra.get("ambiguous", {}).get("demonyms", [])}
    info: dict[str, Any] = {}
    for entry in all_countries():
        try:
            iso2 = entry.iso(2)
        except Exception:  # entries without ISO data
            continue
        if isinstance(iso2, str) and iso2:
            info.setdefault(iso2.upper(), entry)
    out: list[Country] = []
    for pc in pycountry.countries:
        code: str = pc.alpha_2
        add = extra.get(code, {})
        ci = info.get(code)
        names: list[str] = [pc.name]
        for attr in ("common_name", "official_name"):
            value = getattr(pc, attr, None)
            if value:
                names.append(str(value).removeprefix("the "))
        capital: str | None = None
        population = 0
        demonyms: list[str] = []
        if ci is not None:
            names.append(ci.name())
            names.extend(a for a in ci.alt_spellings() if len(a) > 3)
            dem = ci.demonym()
            if dem and dem.lower() not in ambiguous:
                demonyms.append(dem)
            pop = ci.population()
            population = pop if isinstance(pop, int) else 0
            cap = ci.capital()
            capital = cap if isinstance(cap, str) and _usable(cap) else None
        display = add.get("display")
        if not display:
            display = next(
                (
                    n
                    for n in (ci.name() if ci else None, getattr(pc, "common_name", None), pc.name)
                    if _usable(n)
                ),
                pc.name,
            )
        names.extend(add.get("aliases", []))
        demonyms.extend(add.get("demonyms", []))
        seen = {display.lower()}
        aliases: list[str] = []
        for n in names:
            if (_usable(n) or n in add.get("aliases", [])) and n.lower() not in seen:
                seen.add(n.lower())
                aliases.append(n)
        dems: list[str] = []
        for d in demonyms:
            if d and d.lower() not in seen and d.lower() not in ambiguous:
                seen.add(d.lower())
                dems.append(d)
        out.append(
            Country(
                code,
                str(display),
                tuple(aliases),
                tuple(dems),
                capital,
                population,
                tuple(add.get("demonyms", [])),
            )
        )
    return tuple(out)
