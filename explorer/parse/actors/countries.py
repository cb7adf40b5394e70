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
from typing import Any

import pycountry

from explorer.parse.actors.data import load_text, load_toml, vocabulary

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
    curated_aliases: tuple[str, ...]  # listed in countries.toml: these win a clash


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


# Demonyms that are their own plural ("the French", "the Chinese", "the Swiss"), are
# already plural ("Germans") or are adjectives only ("Greenlandic").
_NO_PLURAL = ("ese", "sh", "ss", "ench", "tch", "s", "x", "z", "y", "ic")


def _plural(demonym: str) -> str:
    """The people of a country: "Kenyan" -> "Kenyans", "Iraqi" -> "Iraqis", "Czech" ->
    "Czechs", "South African" -> "South Africans", "Frenchwoman" -> "Frenchwomen"; "" for a
    demonym that is its own plural ("French", "Chinese"), already plural ("Germans") or
    joins two ("Kittian and Nevisian")."""
    if not demonym or " and " in demonym:
        return ""
    stem = demonym.removesuffix("woman") if demonym.endswith("woman") else demonym[:-3]
    if demonym.endswith("man") and stem.endswith(("ch", "sh", "ts")):
        return demonym[:-3] + "men"  # "Dutchman" -> "Dutchmen", "Scotsman" (not "German")
    if demonym.endswith(_NO_PLURAL):
        return ""
    if demonym.endswith("ch") and not demonym.endswith("ech"):
        return ""
    return demonym + "s"


def _key(name: str) -> str:
    """A name's lookup key (as lexicon.norm_key: lower case, no dots, no leading "the")."""
    s = " ".join(name.replace(".", "").split()).lower()
    return s.removeprefix("the ")


@cache
def not_names() -> frozenset[str]:
    """Keys (lower case) that are no country's alias nor capital by themselves: the words of
    the vocabulary (titles, group and organisation words, place words such as "Island":
    "Island nations", "Long Island"), and the ordinary words, first names and surnames that
    countries.toml lists from the data packages' alternative spellings."""
    v = vocabulary()
    words = [
        *v.titles,
        *v.stopwords,
        *v.group_heads,
        *v.bound_group_heads,
        *v.organisation_heads,
        *v.place_heads,
        *v.not_actor_heads,
    ]
    listed = load_toml("countries.toml").get("not_names", {}).get("names", [])
    return frozenset(_key(w) for w in (*words, *listed))


def _is_word(name: str, banned: frozenset[str]) -> bool:
    key = _key(name)
    return " " not in key and key in banned


@cache
def countries() -> tuple[Country, ...]:
    extra = load_toml("countries.toml")
    ambiguous = {d.lower() for d in extra.get("ambiguous", {}).get("demonyms", [])}
    banned = not_names()
    # A name that countries.toml gives one country is no other country's ("Congo").
    curated_owner = {
        _key(n): code
        for code, add in extra.items()
        if len(code) == 2 and code.isupper()  # (not [ambiguous], [not_names], ...)
        for n in (*add.get("aliases", []), *add.get("demonyms", []))
    }
    info = _countryinfo()
    skipped = set(extra.get("not_countries", {}).get("codes", []))
    out: list[Country] = []
    for pc in pycountry.countries:
        code: str = pc.alpha_2
        if code in skipped:  # (Antarctica: a place, see places.toml)
            continue
        add = extra.get(code, {})
        curated_aliases: list[str] = list(add.get("aliases", []))
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
            # "Antiguan,Barbudan": two demonyms.
            for d in ci.demonym.split(","):
                if d.strip() and d.strip().lower() not in ambiguous:
                    demonyms.append(d.strip())
            population = ci.population
            if _usable(ci.capital) and not _is_word(ci.capital, banned):
                capital = ci.capital
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
        seen = {display.lower()}
        aliases: list[str] = []
        for n in curated_aliases:
            if n.lower() not in seen:
                seen.add(n.lower())
                aliases.append(n)
        # Demonyms before the packages' other names: these list some ("Thai", "Togolese").
        curated_dems = list(add.get("demonyms", []))
        dems: list[str] = []
        for d in (*curated_dems, *demonyms):
            if d.lower() == display.lower():  # the name given as demonym ("Djibouti")
                continue
            for form in (d, _plural(d)):
                if (
                    form
                    and form.lower() not in seen
                    and form.lower() not in ambiguous
                    and curated_owner.get(_key(form), code) == code
                ):
                    seen.add(form.lower())
                    dems.append(form)
        for n in names:
            if (
                _usable(n)
                and n.lower() not in seen
                and curated_owner.get(_key(n), code) == code
                and not _is_word(n, banned)
            ):
                seen.add(n.lower())
                aliases.append(n)
        out.append(
            Country(
                code,
                str(display),
                tuple(aliases),
                tuple(dems),
                capital,
                population,
                tuple(curated_dems),
                tuple(curated_aliases),
            )
        )
    out.extend(_former_states(extra))
    return tuple(out)


def _former_states(extra: dict[str, Any]) -> list[Country]:
    """The former states that countries.toml's ``[historic]`` names by their ISO 3166-3 codes
    (pycountry's ``historic_countries``): "the Soviet Union", "Yugoslavia", "East Germany".
    Their usual English names and demonyms come from the file (the package gives only a
    formal name, "USSR, Union of Soviet Socialist Republics"); no capital (the present
    state's: Moscow is Russia's)."""
    out: list[Country] = []
    for code, add in extra.get("historic", {}).items():
        if pycountry.historic_countries.get(alpha_4=code) is None:
            continue
        aliases = tuple(add.get("aliases", []))
        demonyms = tuple(add.get("demonyms", []))
        out.append(Country(code, add["display"], aliases, demonyms, None, 0, demonyms, aliases))
    return out
