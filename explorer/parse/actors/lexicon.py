"""The names the engine knows: countries, organisations, places and user dictionary actors.

Every name is stored under a normalised key (lower case, no dots, straight apostrophes,
no leading "the"), so "U.S." and "US", "the UN" and "UN" find the same entry. Short
all-capital abbreviations ("US", "UN", "IS") only match when written in capitals.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from explorer.model import Actor, ActorKind
from explorer.parse.actors.countries import countries
from explorer.parse.actors.data import load_toml

_MEMO_MAX = 100_000
_KEY_CHARS = str.maketrans({"’": "'", ".": None})
_DASHES = str.maketrans({"‐": "-", "‑": "-", "–": "-", "’": "'", "‘": "'", ".": None})


def norm_key(surface: str) -> str:
    """The lookup key of a name: lower case, no dots, no leading "the", no possessive."""
    # " ".join(split()): the same as re.sub(r"\s+", " ", ...).strip(), faster.
    if not surface.isascii() or "." in surface:  # (in ASCII, only dots are translated)
        surface = surface.translate(_DASHES)
    s = " ".join(surface.split()).lower()
    if s.startswith("the "):
        s = s[4:]
    if s.endswith("'s"):
        s = s[:-2]
    elif s.endswith("s'"):
        s = s[:-1]
    return s


def exact_form(surface: str) -> str | None:
    """For a short all-capital abbreviation ("US", "U.N."), the form it must be written in."""
    bare = surface.replace(".", "").removeprefix("the ")
    if bare.isalpha() and bare.isupper() and len(bare) <= 4:
        return bare
    return None


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    kind: ActorKind
    role: str | None = None
    affiliation: str | None = None
    exact: str | None = None  # required capitalised form (dots removed), if any


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    entries: dict[str, Entry]
    max_tokens: int
    aliases: dict[str, tuple[str, ...]]  # actor id -> known names (for filters)
    capital_of: dict[str, str]  # place id -> country id (metonymy: "Moscow said")
    phrase_re: re.Pattern[str] | None  # user-dictionary names not written in capitals
    first_words: frozenset[str]  # first word of every key (fast rejection)
    # first word of a key, without a possessive -> token counts of the keys (longest first)
    lengths: dict[str, tuple[int, ...]] = field(default_factory=dict)
    # Football clubs (data/clubs.toml): a one-word form ("Spurs") -> the club's name, the
    # one-word forms that also name a town, and the clubs' names.
    clubs: dict[str, str] = field(default_factory=dict)
    club_towns: frozenset[str] = frozenset()
    club_ids: frozenset[str] = frozenset()
    # Known places that are cities (capitals and the listed ones): "Oslo City" is a club.
    cities: frozenset[str] = frozenset()
    # Chambers of parliaments: parliament or chamber id -> {"Senate": "US Senate", ...},
    # and the same by the parliament's country.
    chambers: dict[str, dict[str, str]] = field(default_factory=dict)
    chambers_of: dict[str, dict[str, str]] = field(default_factory=dict)
    # Built-in names with a number as a word ("No 10", "Channel 4") or a comma ("Paul,
    # Weiss"), which the scan of capitalised runs cannot find: as written.
    numbered_re: re.Pattern[str] | None = None
    numbered: tuple[str, ...] = ()  # those names with spaces
    # The fewest substrings one of which each of those names holds ("Paul, ", "Radio 4"):
    # numbered_re's pre-test, a substring search each.
    numbered_probes: tuple[str, ...] = ()
    memo: dict[str, Entry | None] = field(default_factory=dict)  # lookup cache
    firsts: dict[str, str] = field(default_factory=dict)  # first_key cache

    def first_key(self, word: str) -> str:
        """The key form of a run's token as a first word: lower case, no dots or possessive."""
        if "." not in word and "’" not in word:
            # Most words: nothing to translate, and the key costs less than the memo.
            return word.lower().removesuffix("'s").removesuffix("'")
        found = self.firsts.get(word)
        if found is None:
            if len(self.firsts) > _MEMO_MAX:
                self.firsts.clear()
            found = word.translate(_KEY_CHARS).lower().removesuffix("'s").removesuffix("'")
            self.firsts[word] = found
        return found

    def lookup(self, surface: str) -> Entry | None:
        memo = self.memo
        if surface in memo:
            return memo[surface]
        if len(memo) > _MEMO_MAX:
            memo.clear()
        found = memo[surface] = self._lookup(surface)
        return found

    def _lookup(self, surface: str) -> Entry | None:
        entry = self.entries.get(norm_key(surface))
        if entry is None:
            return None
        if entry.exact is not None:
            bare = surface.replace(".", "")
            for suffix in ("’s", "'s"):
                bare = bare.removesuffix(suffix)
            if bare.removeprefix("the ") != entry.exact:
                return None
        return entry


class _Builder:
    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.aliases: dict[str, list[str]] = {}
        self.capital_of: dict[str, str] = {}
        self.clubs: dict[str, str] = {}  # one-word form -> club
        self.club_towns: set[str] = set()
        self.club_ids: set[str] = set()
        self.chambers: dict[str, dict[str, str]] = {}
        self.chambers_of: dict[str, dict[str, str]] = {}

    def add(self, name: str, entry: Entry, *, alias: bool = True) -> None:
        key = norm_key(name)
        if not key or key in self.entries:
            return
        self.entries[key] = Entry(
            entry.id, entry.kind, entry.role, entry.affiliation, exact_form(name)
        )
        if alias:
            known = self.aliases.setdefault(entry.id, [])
            if name != entry.id and name not in known:
                known.append(name)


def _add_dictionary(b: _Builder, actors: tuple[Actor, ...]) -> None:
    for actor in actors:
        entry = Entry(actor.id, actor.kind, actor.role, actor.affiliation)
        for name in (actor.id, *actor.aliases):
            b.add(name, entry)


def _add_builtin(b: _Builder) -> None:
    for org in load_toml("organisations.toml")["organisation"]:
        entry = Entry(str(org["name"]), ActorKind.ORGANISATION, None, org.get("affiliation"))
        for name in (org["name"], *org.get("aliases", [])):
            b.add(str(name), entry)
        if "chamber" in org:
            b.chambers.setdefault(str(org["parliament"]), {})[str(org["chamber"])] = entry.id
            if entry.affiliation is not None:
                b.chambers_of[entry.affiliation] = b.chambers[str(org["parliament"])]
    # Each chamber of a parliament knows its siblings ("the House" of an article naming the
    # US Senate).
    for houses in list(b.chambers.values()):
        for chamber in houses.values():
            b.chambers[chamber] = houses
    _add_clubs(b)
    cs = countries()
    for c in cs:
        b.add(c.name, Entry(c.name, ActorKind.COUNTRY))
    for c in cs:
        for name in (*c.curated_aliases, *c.curated_demonyms):
            b.add(name, Entry(c.name, ActorKind.COUNTRY))
    for c in cs:
        for name in c.aliases:
            b.add(name, Entry(c.name, ActorKind.COUNTRY))
    # Demonyms: the curated owner wins a clash, then the most populous country.
    owners: dict[str, tuple[int, str]] = {}
    for c in cs:
        for d in c.demonyms:
            rank = (1 if d in c.curated_demonyms else 0, c.population)
            if norm_key(d) not in owners or rank > owners[norm_key(d)]:
                owners[norm_key(d)] = (rank[0] * 10**12 + rank[1], c.name)
    for c in cs:
        for d in c.demonyms:
            if owners[norm_key(d)][1] == c.name:
                b.add(d, Entry(c.name, ActorKind.COUNTRY))
    for place, aliases in load_toml("places.toml")["aliases"].items():
        entry = Entry(str(place), ActorKind.PLACE)
        for name in (place, *aliases):
            b.add(str(name), entry, alias=False)
    for c in cs:
        if not c.capital:
            continue
        existing = b.entries.get(norm_key(c.capital))
        if existing is None:
            b.add(c.capital, Entry(c.capital, ActorKind.PLACE), alias=False)
            b.capital_of[c.capital] = c.name
        elif existing.kind is ActorKind.PLACE:
            b.capital_of[existing.id] = c.name
        # English news and datelines often drop the accents ("BRASILIA (Reuters) -",
        # "in Bogota"): the plain spelling is the same capital.
        plain = _unaccented(c.capital)
        if plain != c.capital and (capital := b.entries.get(norm_key(c.capital))) is not None:
            b.add(plain, capital, alias=False)
    # "Washington D.C." is listed as the capital; the usual "Washington" is a place too.
    # (The first words of the capitals, kept up to date as places join them.)
    capital_firsts = {norm_key(p).split(" ")[0] for p in b.capital_of}
    for key, entry in list(b.entries.items()):
        if entry.kind is ActorKind.PLACE and entry.id in b.capital_of:
            continue
        if entry.kind is ActorKind.PLACE and key.split(" ")[0] in capital_firsts:
            for cap, country in list(b.capital_of.items()):
                if norm_key(cap).split(" ")[0] == key and entry.id not in b.capital_of:
                    b.capital_of[entry.id] = country
                    capital_firsts.add(norm_key(entry.id).split(" ")[0])


def _unaccented(name: str) -> str:
    """``name`` without its accents ("Brasília" -> "Brasilia"); as is when ASCII."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _add_clubs(b: _Builder) -> None:
    """The football clubs: names of several words are lexicon names; one-word forms are
    kept apart (the club only where the words around them allow: mentions, canonical)."""
    for club in load_toml("clubs.toml")["club"]:
        name = str(club["name"])
        entry = Entry(name, ActorKind.ORGANISATION)
        b.club_ids.add(name)
        b.club_towns.update(str(t) for t in club.get("towns", []))
        for form in (name, *(str(a) for a in club.get("aliases", []))):
            if " " in form:
                b.add(form, entry)
            elif form not in b.clubs:
                b.clubs[form] = name
                known = b.aliases.setdefault(name, [])
                if form != name and form not in known:
                    known.append(form)


def _phrase_re(actors: tuple[Actor, ...]) -> re.Pattern[str] | None:
    phrases = sorted(
        {n for a in actors for n in (a.id, *a.aliases) if n and not n[:1].isupper()},
        key=len,
        reverse=True,
    )
    if not phrases:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


def _numbered(aliases: dict[str, list[str]]) -> tuple[str, ...]:
    """The names with a number as a word or a comma inside ("Paul, Weiss": a comma ends a
    run of capitalised words), longest first."""
    return tuple(
        sorted(
            {
                n
                for aid, known in aliases.items()
                for n in (aid, *known)
                if _NUMBER_WORD.search(n) or ", " in n
            },
            key=len,
            reverse=True,
        )
    )


def _probes(names: tuple[str, ...]) -> tuple[str, ...]:
    """For each name, its words up to its first comma or number ("Paul, ", "Channel 4"),
    without those that hold a shorter one ("Channel 4 News": "Channel 4")."""
    cuts = set()
    for n in names:
        comma = n.find(", ")
        number = _NUMBER_WORD.search(n)
        ends = [i for i in (comma + 2 if comma >= 0 else -1, number.end() if number else -1)]
        cuts.add(n[: min(e for e in ends if e > 0)] if any(e > 0 for e in ends) else n)
    return tuple(sorted(c for c in cuts if not any(o != c and o in c for o in cuts)))


def _numbered_re(names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not names:
        return None
    body = "|".join(re.escape(n).replace(r"\ ", r"[ \u00a0]") for n in names)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


_NUMBER_WORD = re.compile(r" \d")


@cache
def build_lexicon(user: tuple[Actor, ...] = ()) -> Lexicon:
    """The lexicon: user dictionary actors first (they win), then the built-in names."""
    b = _Builder()
    _add_dictionary(b, user)
    _add_builtin(b)
    max_tokens = min(max((k.count(" ") + 1 for k in b.entries), default=1), 10)
    places = load_toml("places.toml")
    cities = frozenset((*b.capital_of, *places.get("cities", [])))
    lengths: dict[str, set[int]] = {}
    for key in b.entries:
        words = key.split(" ")
        if len(words) <= max_tokens:
            first = words[0].removesuffix("'s").removesuffix("'")
            lengths.setdefault(first, set()).add(len(words))
    return Lexicon(
        entries=b.entries,
        max_tokens=max_tokens,
        aliases={k: tuple(v) for k, v in b.aliases.items()},
        capital_of=b.capital_of,
        phrase_re=_phrase_re(user),
        first_words=frozenset(k.split(" ")[0] for k in b.entries)
        | frozenset(lengths)  # (without a possessive: "Moody's Investors Service")
        | frozenset(k.split(" ")[1] for k in b.entries if k.startswith("the ")),
        lengths={w: tuple(sorted(n, reverse=True)) for w, n in lengths.items()},
        # (one-word forms the lexicon knows otherwise are no clubs: "Madrid" is the city)
        clubs={w: c for w, c in b.clubs.items() if norm_key(w) not in b.entries},
        club_towns=frozenset(b.club_towns),
        club_ids=frozenset(b.club_ids),
        cities=cities,
        chambers=b.chambers,
        chambers_of=b.chambers_of,
        numbered_re=_numbered_re(numbered := _numbered(b.aliases)),
        numbered_probes=_probes(numbered),
        numbered=numbered,
    )
