"""Legislatures and chambers: which country's "Congress", "the Senate" or "the House" an
article names ("Colombia's Congress", the dateline's country, the one it names most), and
the countries a known name stands for (_country_of) and how "of" writes one
(_country_phrase).

Apart: the only rules that read data/legislatures.toml and the lexicon's chambers, run
only for the articles that name a legislature.
"""

from __future__ import annotations

from functools import lru_cache

from explorer.parse.actors.canonical.records import _COUNTRY, _ORGANISATION, _PLACE
from explorer.parse.actors.data import load_toml
from explorer.parse.actors.lexicon import Lexicon
from explorer.parse.actors.mentions import Raw

# A chamber's word -> the ends of the names of such chambers ("US Senate", "Philippine
# Senate"); the last words of the organisations that make "the House" a chamber.
_CHAMBER_NAMES = {"Senate": ("Senate",), "House": ("House of Representatives", "House of Commons")}
_CHAMBER_ENDS = frozenset({"Senate", "Representatives", "Commons", "Congress"})
# The words of a legislature's bare name, of no country ("Congress", "House of
# Representatives"); what ends a dateline's place ("BOGOTÁ —", "SUNAMGANJ, Bangladesh —");
# what stands between a country and its legislature ("Colombia's Congress", "the
# Congress of Colombia").
_LEGISLATURE_WORDS = frozenset({"Congress", "Senate", "House", "of", "Representatives", "Commons"})
_DATELINE_ENDS = (",", " —", " –", " -", " (", ":")
_OWNER_GAPS = frozenset({" ", "’s ", "'s "})
_OF_GAPS = frozenset({" of ", " of the "})


def _country_of(r: Raw, lex: Lexicon) -> str | None:
    """The country a known candidate names: itself, its capital's, a listed organisation's
    ("the White House"; not a legislature's, whose country is in question)."""
    if r.kind is _COUNTRY:
        return r.name
    if r.kind is _PLACE:
        return lex.capital_of.get(r.name)
    if r.kind is _ORGANISATION and r.name not in lex.chambers:
        return r.affiliation
    return None


# The key of data/legislatures.toml for a legislature's word.
_LEGISLATURE_KEYS = {"Congress": "congress", "Senate": "senate", "House": "house"}


@lru_cache(maxsize=8)
def _legislature_countries(lex: Lexicon) -> dict[str, frozenset[str]]:
    """ "Congress", "Senate", "House" -> the countries (ids of ``lex``) whose parliament or a
    chamber of it is called so (data/legislatures.toml)."""
    out: dict[str, frozenset[str]] = {}
    for word, key in _LEGISLATURE_KEYS.items():
        ids = set()
        for name in load_toml("legislatures.toml").get(key, ()):
            entry = lex.lookup(name)
            if entry is not None and entry.kind is _COUNTRY:
                ids.add(entry.id)
        out[word] = frozenset(ids)
    return out


def _has_legislature(country: str, word: str, lex: Lexicon) -> bool:
    """Whether ``country`` has a legislature called ``word`` ("Congress": Colombia, not
    Russia); True for a word the data does not list."""
    known = _legislature_countries(lex).get(word)
    return known is None or country in known


def _article_country(text: str, raws: list[Raw], lex: Lexicon) -> str | None:
    """The country an article is about: its dateline's ("BOGOTÁ —", "SUNAMGANJ,
    Bangladesh —"), else the one it names most (by name, demonym, capital or listed
    organisation), if one does; else none."""
    counts: dict[str, int] = {}
    for i, r in enumerate(raws):
        if r.initial and (r.start == 0 or text[r.start - 1] == "\n"):
            surface = text[r.start : r.end]
            if len(surface) > 1 and surface.isupper() and text.startswith(_DATELINE_ENDS, r.end):
                own = _country_of(r, lex) if r.known else None
                nxt = raws[i + 1] if i + 1 < len(raws) else None
                if own is None and nxt is not None and nxt.known and nxt.start - r.end <= 2:
                    own = _country_of(nxt, lex)
                if own is not None:
                    return own
        if r.known:
            own = _country_of(r, lex)
            if own is not None:
                counts[own] = counts.get(own, 0) + 1
        elif r.kind is _ORGANISATION and r.affiliation is not None:
            # an unlisted organisation of a country its name gives ("the India
            # Meteorological Department")
            entry = lex.lookup(r.affiliation)
            if entry is not None and entry.kind is _COUNTRY:
                counts[r.affiliation] = counts.get(r.affiliation, 0) + 1
    if not counts:
        return None
    most = max(counts.values())
    top = [c for c, n in counts.items() if n == most]
    return top[0] if len(top) == 1 else None


def _qualifier(text: str, raws: list[Raw], i: int) -> str | None:
    """The country named with the legislature ``raws[i]``: "Colombia's Congress", "the
    Colombian Senate", "the Congress of Colombia"."""
    r = raws[i]
    if i > 0:
        p = raws[i - 1]
        if p.known and p.kind is _COUNTRY and text[p.end : r.start] in _OWNER_GAPS:
            return p.name
    if i + 1 < len(raws):
        n = raws[i + 1]
        if n.known and n.kind is _COUNTRY and text[r.end : n.start] in _OF_GAPS:
            return n.name
    return None


def _country_phrase(country: str, lex: Lexicon) -> str:
    """A country's name after "of": "Colombia", "the Philippines", "the Gambia"."""
    if country.startswith("The "):
        return "the " + country[4:]
    if country.startswith("United ") or any(
        a.endswith(" of the " + country) for a in lex.aliases.get(country, ())
    ):
        return "the " + country
    return country


def _legislature_ids(
    text: str, raws: list[Raw], lex: Lexicon
) -> tuple[dict[int, str], dict[str, str], str | None]:
    """The listed legislatures named by bare words ("Congress", "House of Representatives")
    that are another country's than the listed one: id() of the candidate -> the id
    ("Congress of Colombia"); those ids -> their country; and the article's country. A
    legislature is the country's its words name ("Colombia's Congress", "the Colombian
    Congress", "the Congress of Colombia"), else the listed one where the article names it
    so ("the U.S. Congress"), else the article's country's (``_article_country``); the
    listed one when that is its own country, or no country is found."""
    country = _article_country(text, raws, lex)
    out: dict[int, str] = {}
    countries: dict[str, str] = {}
    bare: list[int] = []
    lacking: list[tuple[Raw, str, str]] = []  # bare words of a legislature ``own`` lacks
    in_full: set[str] = set()  # listed legislatures named with their country ("U.S. Congress")
    for i, r in enumerate(raws):
        if r.known and r.name in lex.chambers:
            if _LEGISLATURE_WORDS.issuperset(text[r.start : r.end].split()):
                bare.append(i)
            else:
                in_full.add(r.name)
    for i in bare:
        r = raws[i]
        surface = text[r.start : r.end]
        said = _qualifier(text, raws, i)
        if said is None and r.name in in_full:
            continue  # "the U.S. Congress" ... "Congress"
        own = said or country
        entry = lex.lookup(r.name)
        if own is None or entry is None or own == entry.affiliation:
            continue
        word = "House" if surface.startswith("House") else surface
        if said is None and not _has_legislature(own, word, lex):
            lacking.append((r, surface, own))
            continue
        listed = lex.chambers_of.get(own, {}).get(word)
        if listed is not None:
            out[id(r)] = listed
            continue
        aid = f"{surface} of {_country_phrase(own, lex)}"
        out[id(r)] = aid
        countries[aid] = own
    if lacking:
        # A legislature the article's country has none of ("Congress" in a story about
        # India, where it is also a party's name): the listed one only if the article
        # names the listed one's country ("the U.S. ... Congress" in a story about Russia)
        # and not the article's country's own legislature; else no country's.
        # A listed organisation of the article's country the article names with the word
        # ("the Indian National Congress" ... "the Congress") is that one.
        named = {c for r in raws if r.known and (c := _country_of(r, lex)) is not None}
        orgs = {
            r.name: r.affiliation
            for r in raws
            if r.known and r.kind is _ORGANISATION and r.name not in lex.chambers
        }
        for r, surface, own in lacking:
            entry = lex.lookup(r.name)
            listed_country = entry.affiliation if entry is not None else None
            party = next(
                (o for o, c in orgs.items() if c == own and o.endswith(" " + surface)), None
            )
            if party is None:
                # (a listed one the article does not name in full: "Congress party leader
                # Rahul Gandhi" in a story about India is the Indian National Congress's)
                party = _listed_party(lex, own, surface)
            if party is not None:
                out[id(r)] = party
            elif own in countries.values() or listed_country not in named:
                out[id(r)] = surface
    return out, countries, country


def _listed_party(lex: Lexicon, country: str, word: str) -> str | None:
    """The one listed organisation of ``country`` whose name ends with ``word`` ("Indian
    National Congress" for India's "Congress"); of several, the one also named by the word
    first ("Congress Party", not "All India Trinamool Congress")."""
    end = " " + word
    found = [
        aid
        for aid in lex.aliases
        if aid.endswith(end)
        and (entry := lex.lookup(aid)) is not None
        and entry.kind is _ORGANISATION
        and entry.affiliation == country
    ]
    if len(found) > 1:
        found = [a for a in found if any(n.startswith(word + " ") for n in lex.aliases[a])]
    return found[0] if len(found) == 1 else None


def _chamber_ids(
    text: str,
    raws: list[Raw],
    chamber_raws: list[Raw],
    known: set[str],
    chamber_orgs: set[str],
    lex: Lexicon,
    country: str | None,
    countries: dict[str, str],
) -> dict[int, str]:
    """The chambers ``chamber_raws`` name ("the Senate", "the House"): id() of the
    candidate -> the chamber's id. The one of the country its words name ("the Senate of
    Colombia"); the article's only organisation named so ("US Senate", "Philippine Senate",
    "Senate of Mexico"); else the chamber of the article's country (``country``: the listed
    one, "US Senate", or "Senate of Colombia", added to ``countries``); else of the
    parliament the article names ("Congress": the US Senate), else of the one country with
    a listed parliament the article names (itself, an organisation of it, its capital),
    else the word itself, no country's. A "House" the words around did not make a chamber
    (kind None) is one only in an article naming a senate or a congress."""
    named = known | chamber_orgs | countries.keys()

    def of_country(word: str, own: str) -> str:
        listed = lex.chambers_of.get(own, {}).get(word)
        if listed is not None:
            return listed
        # The name the article writes in full ("the House of Representatives").
        full = next((n for n in _CHAMBER_NAMES[word] if n in text), word)
        aid = f"{full} of {_country_phrase(own, lex)}"
        countries[aid] = own
        return aid

    def target(word: str) -> str:
        own = {o for o in named if o.endswith(_CHAMBER_NAMES[word]) or o.startswith(word + " of ")}
        if len(own) == 1:
            return own.pop()
        if country is not None:
            if _has_legislature(country, word, lex):
                return of_country(word, country)
            if country in countries.values():
                # The article's country has its own legislature named ("Congress of
                # Peru"), but no chamber called so: no other country's.
                return word
        houses = {h[word] for o in known if (h := lex.chambers.get(o)) and word in h}
        if not houses:
            # The parliament's country: named, or the owner of a named organisation ("the
            # White House") or capital ("WASHINGTON").
            for o in known:
                entry = lex.lookup(o)
                owner = lex.capital_of.get(o) or (
                    o if entry is None or entry.affiliation is None else entry.affiliation
                )
                h = lex.chambers_of.get(owner)
                if h is not None and word in h:
                    houses.add(h[word])
        return houses.pop() if len(houses) == 1 else word

    sure = any(r.kind is not None for r in chamber_raws) or any(
        o in lex.chambers or o.endswith(("Senate", "Congress")) or o.startswith("Congress of ")
        for o in named
    )
    index = {id(r): i for i, r in enumerate(raws)} if chamber_raws else {}
    targets: dict[str, str] = {}
    out: dict[int, str] = {}
    for r in chamber_raws:
        if r.kind is None and not sure:
            continue
        said = _qualifier(text, raws, index[id(r)])
        if said is not None:
            out[id(r)] = of_country(r.name, said)
            continue
        if r.name not in targets:
            targets[r.name] = target(r.name)
        out[id(r)] = targets[r.name]
    return out


def chamber_words(raws: list[Raw], chambers: dict[int, str]) -> dict[str, str]:
    """A chamber's word -> the one chamber the article's mentions so worded name ("House"
    -> "US House of Representatives"), for the affiliation of "House Speaker X"."""
    ids: dict[str, set[str]] = {}
    for r in raws:
        if id(r) in chambers:
            ids.setdefault(r.name, set()).add(chambers[id(r)])
    return {w: next(iter(c)) for w, c in ids.items() if len(c) == 1 and next(iter(c)) != w}
