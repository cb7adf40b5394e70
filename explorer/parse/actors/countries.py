"""Country names, official names, abbreviations and demonyms.

Names come from pycountry (name, common_name, official_name) and ``data/countryinfo.tsv``
(short name, alternative spellings, demonym, capital; extracted from the MIT-licensed
countryinfo package, so it is no run-time dependency); ``data/countries.toml`` adds usual
abbreviations and demonym forms, and picks the display name where the others are not the
usual English one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from explorer.parse.actors.data import load_text, load_toml

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


@dataclass(frozen=True, slots=True)
class _Info:
    name: str
    demonym: str
    capital: str
    population: int
    alt_spellings: tuple[str, ...]


@cache
def _countryinfo() -> dict[str, _Info]:
    out: dict[str, _Info] = {}
    for line in load_text("countryinfo.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, name, demonym, capital, population, alts = (line.split("\t") + [""] * 6)[:6]
        out[code] = _Info(
            name,
            demonym,
            capital,
            int(population or 0),
            tuple(a for a in alts.split("|") if a),
        )
    return out


# Demonyms that are their own plural ("the French", "the Chinese", "the Swiss").
_NO_PLURAL = ("ese", "sh", "ss", "ench", "tch")


def _plural(demonym: str) -> str:
    """The people of a country: "Kenyan" -> "Kenyans", "Iraqi" -> "Iraqis", "Czech" ->
    "Czechs"; "" for a demonym that is its own plural ("French", "Chinese")."""
    if not demonym or " " in demonym or demonym.endswith(_NO_PLURAL):
        return ""
    if demonym.endswith("ch") and not demonym.endswith("ech"):
        return ""
    return demonym + "s"


@cache
def countries() -> tuple[Country, ...]:
    extra = load_toml("countries.toml")
    ambiguous = {d.lower() for d in extra.get("ambiguous", {}).get("demonyms", [])}
    info = _countryinfo()
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
            names.append(ci.name)
            names.extend(ci.alt_spellings)
            if ci.demonym and ci.demonym.lower() not in ambiguous:
                demonyms.append(ci.demonym)
            population = ci.population
            capital = ci.capital if _usable(ci.capital) else None
        display = add.get("display")
        if not display:
            display = next(
                (
                    n
                    for n in (ci.name if ci else None, getattr(pc, "common_name", None), pc.name)
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
        for d in (*demonyms, *(_plural(d) for d in demonyms)):
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
