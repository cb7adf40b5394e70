"""Merge mention candidates into canonical actors.

Persons: a surname-only mention ("Assad", "Mr Kerry") links to the full name of the article
with that surname ("Bashar al-Assad"). Generic groups: "That activist" links to an earlier
"the activist"; "the source" to "a military source".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import cached_property, lru_cache
from itertools import pairwise
from operator import attrgetter

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.data import load_toml, vocabulary
from explorer.parse.actors.lexicon import Lexicon
from explorer.parse.actors.mentions import (
    COMPANY_AFTER,
    COMPANY_AFTER_FIRST,
    COMPANY_AFTER_WORDS,
    COMPANY_NEXT,
    HONORIFIC_ROLES,
    PARTY_IDS,
    Raw,
)
from explorer.parse.actors.nominal import SERVICE_NAMES, country_adjective
from explorer.parse.actors.people import Listed, find_person, people
from explorer.parse.actors.surnames import first_key, fold, inner_keys, surname_key

_INDEFINITE = frozenset({"a", "an", "one", "another"})
_A_AN = frozenset({"a", "an"})
_DEFINITE = frozenset({"the", "that", "this"})
# Module constants for the kinds tested once or twice per candidate: a global name is
# found faster than an enum member (a class attribute lookup).
_PERSON = ActorKind.PERSON
_GROUP = ActorKind.GROUP
_PLACE = ActorKind.PLACE
_ORGANISATION = ActorKind.ORGANISATION
# Last words of company and club names, whose first word alone names them ("Halvorsen").
_COMPANY_HEADS = frozenset(
    {
        *("Group", "Inc", "Corp", "Co", "Ltd", "Limited", "PLC", "Plc", "LLC", "AG", "SA"),
        *("NV", "Holdings", "Investments", "Capital", "Partners", "Energy", "Resources"),
        *("Global",),
        *("Airlines", "Airways", "Motors", "Technologies", "Industries", "Pharmaceuticals"),
        *("Securities", "Insurance", "Bank", "United", "FC", "Hotspur", "Rovers", "Wanderers"),
        *("AFC", "Athletic", "Albion"),
        *("ASA", "AS", "AB", "SpA", "GmbH", "SE", "BV", "Oyj", "Semiconductor", "Semiconductors"),
        *("K.K.", "KK", "Kaisha", "N.V.", "S.A.", "B.V."),
        *("Automotive", "Werke", "Diagnostics", "Therapeutics", "Electronics", "Aerospace"),
        *("Software", "Mining", "Robotics", "Pharma", "Biotech", "Labs", "Systems", "Logistics"),
        *("Foods", "Chemicals", "Telecom", "Shipping", "Steel", "Networks", "Brands", "Retail"),
        *("Tankers", "Maritime", "Lines", "Navigation", "Freight", "Carriers", "Offshore"),
        *("Analytics", "Research", "Ventures", "Associates", "Media"),
    }
)
# "two saves from Restrepo": words after which a one-word name may be a person's.
_PERSON_PREPOSITIONS = ("from ", "through ")
_AFFILIATION_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.ORGANISATION})
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
# International movements whose national members a country before the short name names:
# listed name -> the short names ("the Kenya Red Cross" is no ICRC).
_NATIONAL_SOCIETIES = {
    "International Committee of the Red Cross": frozenset({"Red Cross"}),
    "Red Crescent": frozenset({"Red Crescent", "Red Crescent Society"}),
}
# A people's adjective right before a national society's short name ("Kurdish").
_PEOPLE_BEFORE = re.compile(r"(?<![\w’'\-])([A-Z][a-z]+(?:ish|ian|an|ese|i))[ \u00a0]$")
_OF_GAPS = frozenset({" of ", " of the "})
# "the Federal Emergency Management Agency (FEMA)": an abbreviation introduced in brackets.
_ABBREVIATION = re.compile(r"\(\s*(?:the\s+)?([A-Z][A-Za-z&]{1,7})\s*\)")
# "the National Jury of Elections, or JNE,", "the Office, known as ONPE,".
_KNOWN_AS = re.compile(
    r",\s+(?:known\s+as|or|also\s+called"
    # "known by its German acronym BSI", "known by the initials FCW"
    r"|known\s+by\s+(?:its|the)\s+(?:[A-Za-z\-]+\s+)?(?:acronym|abbreviation|initials))"
    r"\s+(?:the\s+)?([A-Z][A-Z&]{1,7})\b"
)
# "The National Search and Rescue Agency, Basarnas, said", "the ... Agency, BMKG, warned":
# one word between commas after an organisation's name, a verb or the like after it (not
# "and": a list).
_APPOSED = re.compile(r",[ \u00a0]([A-Z][A-Za-z&]{1,11}),[ \u00a0](?!(?:and|or)\b)[a-z]")
_NO_OWNERS: frozenset[str] = frozenset()
# How a line of running text ends (a headline has no full stop).
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ":", ")")
_START = attrgetter("start")
# Roles of a company's officers, whose company an article about one need not name again
# ("Chief Financial Officer Yuko Arai told an earnings briefing").
_OFFICER_ROLES = frozenset(
    {"chief executive", "chief financial officer", "chief operating officer"}
    | {"chief technology officer"}
)
# Words of the organisations named around a company's news that employ none of its
# officers: markets, indices, courts, ministries, the wires that report it ("... on the
# Tokyo Stock Exchange. Chief Executive X said", "X told Reuters").
_NO_EMPLOYER = frozenset(
    {"Exchange", "Nasdaq", "NYSE", "Nikkei", "Index", "Court", "Ministry", "Reuters"}
    | {"Bloomberg", "AFP", "Associated", "Jones", "Commission"}
)
# How far into the text the lead runs (the headline, the dateline, the first paragraph).
_LEAD_CHARS = 600
# "Its director general, NAME": a title after "its"/"their" right before a name (the title
# tested by the caller: a role found for the name).
_ITS_TITLE = re.compile(r"(?<![\w’'\-])(?:[Ii]ts|[Tt]heir)\s+[^,;:.!?“”\"()]{1,80},\s+$")
# "its executive director NAME": "its"/"their", then the lower-case words of a title right
# before the name, no comma.
_ITS_BARE_TITLE = re.compile(r"(?<![\w’'\-])(?:[Ii]ts|[Tt]heir)\s+(?:[a-z][\w\-]*\s+){1,4}$")
# A title before a name, after the space of a comma: "General ", "Air Marshal ", "Lt. Gen. ".
_TITLE_WORDS = re.compile(r" (?:(?:[A-Z][a-z]{0,4}\.\s*){1,2}|(?:[A-Z][\w’'\-]*\s+){1,3})")


# A frozen dataclass's __init__ sets each field through object.__setattr__, a generic call
# that costs more than all the rest of making the object; the descriptors of its slots set
# them at half the cost. canonicalise makes a Mention per mention and an Actor per actor:
# made so (_mention, _actor), the same objects as Mention(...) and Actor(...) make.
_MENTION_FIELDS = ("start", "end", "text", "actor_id")
_ACTOR_FIELDS = ("id", "kind", "aliases", "role", "affiliation")
if tuple(f.name for f in fields(Mention)) != _MENTION_FIELDS or (
    tuple(f.name for f in fields(Actor)) != _ACTOR_FIELDS
):
    raise TypeError("canonical._mention/_actor: the fields of Mention or Actor changed")
_new = object.__new__
_M_START, _M_END, _M_TEXT, _M_ACTOR_ID = (getattr(Mention, f).__set__ for f in _MENTION_FIELDS)
_A_ID, _A_KIND, _A_ALIASES, _A_ROLE, _A_AFFILIATION = (
    getattr(Actor, f).__set__ for f in _ACTOR_FIELDS
)


def _mention(start: int, end: int, text: str, actor_id: str) -> Mention:
    """Mention(start, end, text, actor_id), made faster."""
    m: Mention = _new(Mention)
    _M_START(m, start)
    _M_END(m, end)
    _M_TEXT(m, text)
    _M_ACTOR_ID(m, actor_id)
    return m


def _actor(
    aid: str, kind: ActorKind, aliases: tuple[str, ...], role: str | None, affiliation: str | None
) -> Actor:
    """Actor(aid, kind, aliases, role, affiliation), made faster."""
    a: Actor = _new(Actor)
    _A_ID(a, aid)
    _A_KIND(a, kind)
    _A_ALIASES(a, aliases)
    _A_ROLE(a, role)
    _A_AFFILIATION(a, affiliation)
    return a


@lru_cache(maxsize=1)
def _owner_titles() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "The agency's head, NAME" (a title after "the" and an organisation's noun, right
    before a name) and, after a name, ", its chief executive" / ", the group's Indonesia
    director": the organisation's noun (group "noun") missing for "its"/"their"."""
    extra = load_toml("vocabulary.toml")
    nouns = sorted({*extra["company_nouns"], *extra["organisation_nouns"], *extra["owner_nouns"]})
    noun = "|".join(nouns)
    before = re.compile(
        rf"(?<![\w’'\-])[Tt]he\s+(?P<noun>{noun})[’']s\s+[^,;:.!?“”\"()]{{1,60}},\s+$"
    )
    after = re.compile(rf",\s+(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?P<noun>{noun})[’']s)\s+[a-zA-Z]")
    return before, after


# The end of a sentence before a capital or an opening quote, or a line break.
_SENTENCE_END = re.compile(r"[.!?][”\"’')]*\s+(?=[“\"‘'`A-Z\u00C0-\u00DE])|\n\s*")
# Words whose dot ends no sentence ("Gen. Raúl Mendoza", "Sept. 17").
_DOT_WORDS = frozenset(
    {
        *("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Capt", "Sgt"),
        *("Gov", "Sen", "Rep", "Prof", "Rev", "No", "Jan", "Feb", "Aug", "Sept", "Sep"),
        *("Oct", "Nov", "Dec", "vs"),
    }
)


@dataclass(slots=True)
class _Acc:
    kind: ActorKind
    aliases: list[str]
    role: str | None = None
    affiliation: str | None = None

    def add(self, surface: str, role: str | None, affiliation: str | None) -> None:
        if surface not in self.aliases:
            self.aliases.append(surface)
        self.role = self.role or role
        self.affiliation = self.affiliation or affiliation


def _group_id(raw: Raw, earlier: dict[str, list[str]]) -> tuple[str, str]:
    """The id of a generic group mention, linking definite mentions to earlier ones, and
    its head word (the key of ``earlier``)."""
    core = raw.core or raw.name
    words = core.split()
    head = words[-1]
    plural = head.endswith("s") and not head.endswith("ss")
    if raw.det in _DEFINITE or raw.det in _INDEFINITE:
        if raw.det in _DEFINITE:
            for gid in reversed(earlier.get(head, [])):
                gwords = gid.split()
                if set(words[:-1]) <= set(gwords[:-1]):
                    return gid, head
        if plural:
            return core, head
        if raw.det in _INDEFINITE:
            # Before a name, the article as written ("a U.S. official", "an FBI
            # official", "an Iraqi official"); "one official" is "an official".
            if (
                raw.det in _A_AN
                and core[:1].isupper()
                and raw.end - raw.start == len(raw.det) + 1 + len(core)
            ):
                return f"{raw.det} {core}", head
            return ("an " if core[:1] in "aeiou" else "a ") + core, head
        return "the " + core, head
    return core, head


def _promotes(r: Raw, hit: Listed, in_lower_case: dict[str, bool], text: str) -> bool:
    """Whether a candidate that names a listed person is that person, whatever its context
    suggested; a bare surname only where the context does not say otherwise: not
    "in Austin", and as a sentence's first word only if the article never writes it in
    lower case ("Ban on ..." / "ban")."""
    if hit.bare and r.kind is _PLACE:
        return False
    if hit.bare and r.kind is None and r.initial:
        word = r.name.lower()
        if word not in in_lower_case:
            in_lower_case[word] = _has_word(text, word)
        if in_lower_case[word]:
            return False
    return True


_WORD_CHAR = re.compile(r"[\w-]")


def _has_word(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as a word of its own: no word character or dash
    right before or after it (as ``(?<![\\w-])word(?![\\w-])`` finds)."""
    # The word's places, found by the pattern without the lookbehind (which would make the
    # regex try every position of a long text); the character before each tested here.
    pattern = _word_end(word)
    at = 0
    # (At most to the text's end: an empty word matches there, a search from further on
    # would find it there again.)
    while at <= len(text) and (m := pattern.search(text, at)) is not None:
        at = m.start()
        if at == 0 or _WORD_CHAR.match(text, at - 1) is None:
            return True
        at += 1
    return False


@lru_cache(maxsize=1024)
def _word_end(word: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(word)}(?![\w-])")


class _Listing:
    """Article person ids -> listed people (well-known public figures)."""

    def __init__(self, full: dict[str, list[str]]) -> None:
        self.by_surname = full
        # Built on first use (_index): most articles never need them.
        self._by_first: dict[str, list[str]] | None = None
        self._named: dict[str, str] | None = None
        self.persons: dict[str, Actor] = {}  # canonical id -> listed person
        self.ids: dict[str, str] = {}  # article person id -> id (memo of id())

    def _index(self) -> tuple[dict[str, list[str]], dict[str, str]]:
        """The article's full names by first word, and the listed people it names in full
        (listed person -> the article's name)."""
        if self._by_first is None or self._named is None:
            self._by_first, self._named = {}, {}
            for names in self.by_surname.values():
                for n in names:
                    self._by_first.setdefault(first_key(n), []).append(n)
                    hit = find_person(n)
                    if hit is not None and not hit.bare:
                        self._named.setdefault(hit.actor.id, n)
        return self._by_first, self._named

    def id(self, aid: str) -> str:
        """The listed person's name for an article's person id, else the id itself.

        A bare surname is the listed person's only if the article names nobody else with
        that surname ("Anna Merkel" in the text: "Merkel" is Anna Merkel). A surname of several
        listed people ("Kim") is the one of them the article names in full."""
        found = self.ids.get(aid)
        if found is None:
            person = self._find(aid)
            found = aid if person is None else person.id
            if person is not None:
                self.persons[found] = person
            self.ids[aid] = found
        return found

    def _find(self, aid: str) -> Actor | None:
        hit = find_person(aid)
        if hit is not None:
            return hit.actor if not (hit.bare and self._named_otherwise(aid, hit.actor)) else None
        if " " in aid:
            return None
        owners = people().owners.get(surname_key(aid), _NO_OWNERS)
        if not owners:
            return None
        named_in_full = self._index()[1]
        named = [pid for pid in owners if pid in named_in_full]
        if len(named) != 1:
            return None
        other = find_person(named_in_full[named[0]])
        if other is None or self._named_otherwise(aid, other.actor):
            return None
        return other.actor

    def _named_otherwise(self, surname: str, person: Actor) -> bool:
        key = surname_key(surname)
        by_first = self._index()[0]
        for n in (*self.by_surname.get(key, ()), *by_first.get(key, ())):
            other = find_person(n)
            if other is None or other.actor.id != person.id:
                return True
        return False


def _particle_short_form(name: str, names: Sequence[str]) -> bool:
    """Whether ``name`` is another full name's surname with its particle, capitalised to
    open a sentence ("Dos Reis, a former metalworker," for "Antônio Carlos dos Reis"): no
    full name of its own, so a later "dos Reis" is the president's too."""
    first = name.split(" ", 1)[0]
    if not first[:1].isupper() or first.lower() not in _PARTICLES:
        return False
    tail = " " + name.lower()
    return any(other != name and other.lower().endswith(tail) for other in names)


_PARTICLES = frozenset(vocabulary().name_particles)


def _ending(name: str, names: Sequence[str]) -> str | None:
    """The one longer name of ``names`` that ``name`` (of several words) ends: a short form
    of two surnames or of a surname with a particle ("Ribeiro Costa" for "Tiago
    Ribeiro Costa", "López Obrador", "Lula da Silva"); none if several persons end so."""
    tail = " " + name
    longer = {n for n in names if n.endswith(tail)}
    if not longer and name.split(" ", 1)[0].lower() in _PARTICLES:
        # "Dos Reis, a former metalworker,": a particle capitalised to open a sentence
        tail = tail.lower()
        longer = {n for n in names if n.lower().endswith(tail)}
    return longer.pop() if len(longer) == 1 else None


class _PersonIds:
    """The person id of an article's person (or unknown) name: its full name in the
    article, then the listed person's name."""

    def __init__(
        self,
        text: str,
        raws: list[Raw],
        full: dict[str, list[str]],
        single_persons: set[str],
        org_firsts: set[str] | None = None,
    ) -> None:
        self.text = text
        self.raws = raws
        self.full = full
        self.single_persons = single_persons
        self.listed = _Listing(full)
        self._listed_ids = self.listed.ids
        # The first words of the full names (lower case), for the names written by their
        # first word alone: a surname in East Asian order ("Liu Jiayi" ... "Liu"); not the
        # first word of an organisation ("Orkem" of "Orkem Coatings Ltd" and "Orkem S.A.").
        self.firsts = {first_key(n) for names in full.values() for n in names}
        # The words inside the full names (lower case), for the names written by one of
        # them alone: the first of two surnames ("Pardo" for "Gustavo Andrés Pardo
        # Restrepo"); not a father's name ("Khalid" of "Faisal bin Khalid Al Saud").
        self.inner = {w for names in full.values() for n in names for w in inner_keys(n)}
        if org_firsts and (self.firsts or self.inner):
            lowered = {w.lower() for w in org_firsts}
            self.firsts -= lowered
            self.inner -= lowered
        # name -> id, for the names whose id does not depend on where they are written
        # (a name recurs in an article: "Kerry" ... "Kerry").
        self.memo: dict[str, str | None] = {}

    @cached_property
    def only_initial(self) -> set[str]:
        """Names written only as a sentence's first words ("Late Okafor goal sends ...": a
        capitalised opener may have joined the name). Rarely needed: built on demand."""
        raws = self.raws
        return {r.name for r in raws if r.initial} - {r.name for r in raws if not r.initial}

    def _opener_joined(self, first: str) -> bool:
        """Whether the first word of a name written only opening sentences may be an opener
        joined to a surname ("Late Okafor goal sends ..." for Daniel Okafor): a headline's
        (a line with no full stop) or a word the text also writes in lower case. Not a
        given name opening running text: "John Smith met Jane Smith." are two people."""
        if _has_word(self.text, first.lower()):
            return True
        text = self.text
        for r in self.raws:
            if r.initial and r.name.split()[:1] == [first]:
                end = text.find("\n", r.end)
                line = text[r.end : end if end >= 0 else len(text)].rstrip()
                if not line.endswith(_SENTENCE_ENDS):
                    return True
        return False

    def _by_word(self, key: str) -> str | None:
        """The one full name of the article that a one-word name (``key``, lower case, the
        last word of no full name) begins or stands inside: "Liu" for "Liu Jiayi", "Daniel"
        for "Daniel Okafor", "Pardo" for "Gustavo Pardo Restrepo"; none when two persons
        have it so ("Kim Jong Un", "Kim Yo Jong"; "Carla Vidal Ortiz", "Ana Vidal Ortiz").
        Spellings of one name ("Bashar Assad", "Bashar al-Assad": first word and surname)
        are one person: the longest."""
        same = [
            n
            for names in self.full.values()
            for n in names
            if first_key(n) == key or key in inner_keys(n)
        ]
        if len({(first_key(n), surname_key(n)) for n in same}) != 1:
            return None
        return max(same, key=len)

    def by_word(self, name: str) -> str | None:
        """The id of the one person of the article a one-word name is a word of (its
        surname, or a word its name begins or holds), if any."""
        key = surname_key(name)
        names = self.full.get(key, ())
        if names:
            aid = names[0] if len(names) == 1 else None
        elif key in self.firsts or key in self.inner:
            aid = self._by_word(key)
        else:
            aid = None
        return None if aid is None else self._listed_id(aid)

    def id(
        self, name: str, kind: ActorKind | None, start: int, initial: bool = False
    ) -> str | None:
        """The id of a name not in ``memo`` (the caller looks there first). ``initial``:
        the name is its sentence's first word."""
        key = surname_key(name)
        names = self.full.get(key, ())
        words = name.split()
        aid: str | None
        if len(words) >= 2:
            if kind is None:
                # No person by its look ("DAR ES SALAAM"): a person of the article with
                # this surname and first name, or none.
                first = first_key(name)
                same = [n for n in names if first_key(n) == first]
                aid = max(same, key=len) if same else _ending(name, names)
            elif not names or (len(names) == 1 and names[0] == name):
                aid = name  # the common case: as below, with no other spelling
            else:
                # "Bashar Assad" and "Bashar al-Assad": the longer spelling is the id.
                first = words[0]
                same = [n for n in names if n.split()[0] == first]
                aid = max(same, key=len) if same else name
                if aid == name:
                    aid = _ending(name, names) or name
                if (
                    len(same) == 1
                    and aid == name
                    and name in self.only_initial
                    and self._opener_joined(words[0])
                ):
                    others = [n for n in names if n not in self.only_initial]
                    if len(others) == 1:
                        aid = others[0]
        elif len(names) == 1:
            aid = names[0]
        elif len(names) > 1:
            # Several full names with this surname: the last one written before it.
            before = [n for n in names if self.text.find(n) < start]
            aid = before[-1] if before else names[0]
            return self._listed_id(aid)  # not memoised: depends on the position
        # A word inside a full name links opening its sentence too ("Vidal declined ..."
        # for "Ana Vidal Ramírez"); a first word there may be any capitalised opener.
        elif (key in self.firsts or key in self.inner) and (
            kind is _PERSON
            or (
                kind is None
                # (opening a sentence: a word the text also writes alone as a person's,
                # "Lee said" ... "Lee's approval rating rose", or one an age follows:
                # "Choi, 58, is an economist" after "Choi Eun-ji")
                and (
                    not initial
                    or key in self.inner
                    or key in self.single_persons
                    or _AGE_AFTER.match(self.text, start + len(name)) is not None
                )
            )
        ):
            aid = self._by_word(key) or (name if kind is _PERSON else None)
            return None if aid is None else self._listed_id(aid)  # depends on the kind
        elif kind is _PERSON or key in self.single_persons:
            aid = name
        else:
            aid = None
        if aid is not None:
            aid = self._listed_id(aid)
        if words:  # an empty name's id depends on its kind (never with one word: see above)
            self.memo[name] = aid
        return aid

    def _listed_id(self, aid: str) -> str:
        # self.listed.id(aid), its cache looked up here first: most ids are seen before.
        found = self._listed_ids.get(aid)
        if found is not None:
            return found
        if " " in aid and find_person(aid) is None:
            return aid  # as _Listing._find finds: nobody's full name, and no bare surname
        return self.listed.id(aid)


def _named_inside(text: str, name: str, after: int) -> bool:
    """Whether ``text`` names ``name`` again after ``after`` inside a sentence (after a
    lower-case word or a comma): a company's name recurs so ("Brennmark's chief
    executive"), a capitalised common word opening a sentence ("Revenue rose") does not."""
    at = text.find(" " + name, after)
    while at > 0:
        end = at + 1 + len(name)
        before = text[at - 1]
        if (before.islower() or before == ",") and not text[end : end + 1].isalnum():
            return True
        at = text.find(" " + name, end)
    return False


def canonicalise(
    text: str, raws: list[Raw], lex: Lexicon
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """Actors (in order of first mention) and mentions (in text order)."""
    in_lower_case: dict[str, bool] = {}  # word -> written in lower case in the text
    # One pass over the unknown candidates (listed people promoted to persons first) for:
    # person clusters (full names by surname), surnames of one-word persons, and unknown
    # organisations by their first word ("Halvorsen" for "Halvorsen Energy Group").
    full: dict[str, list[str]] = {}
    single_persons: set[str] = set()
    org_firsts: set[str] = set()
    # The candidates promoted to persons, by id(): raws is the caller's, not to be edited,
    # and a Raw is unhashable; few are promoted, so no copy of the list.
    promoted: set[int] = set()
    # A name written as a place ("in Porto Alegre") and elsewhere only looking like a
    # person's ("the centre of Porto Alegre") is a place; a person the text says is one
    # ("Attorney General Janet Reno said") stays one where it looks like a place ("a
    # message to Janet Reno").
    places: set[str] = set()  # unknown names written as places
    said_persons: set[str] = set()  # unknown names the text makes persons (title, verb)
    guessed: set[str] = set()  # unknown names that only look like a person's
    known: set[str] = set()  # the names (ids) of lexicon actors
    add_known = known.add
    club_raws: list[Raw] = []  # the one-word forms of listed clubs standing alone
    chamber_raws: list[Raw] = []  # "the Senate", "the House"
    chamber_orgs: set[str] = set()  # unknown organisations named as chambers ("... Senate")
    # "Its director, NAME": id() of the name -> where "Its" is, whether only an
    # organisation may own the title ("the agency's head")
    # (the organisation's noun of "the agency's head": "" for "its"/"their")
    its_raws: dict[int, tuple[int, str]] = {}
    its_owned: list[tuple[str, int, str, str | None]] = []  # (id, *its_raws[...], affiliation)
    # Unknown organisations' names -> the owners the text gives them ("Russia's Defense
    # Ministry", "Ukraine's Defense Ministry": two ministries, named apart below).
    org_owners: dict[str, set[str]] = {}
    for r in raws:
        if r.known:
            add_known(r.name)
            continue
        kind = r.kind
        if kind is _GROUP:
            continue
        name = r.name
        if r.club is not None:
            club_raws.append(r)
        elif r.chamber:
            chamber_raws.append(r)
            continue
        if kind is not _PERSON:
            hit = find_person(name)
            if hit is not None and _promotes(r, hit, in_lower_case, text):
                promoted.add(id(r))
                kind = _PERSON
            elif kind is _PLACE:
                places.add(name)
        if kind is _PERSON:
            (guessed if r.guessed and id(r) not in promoted else said_persons).add(name)
            if r.role is not None:
                at = r.start  # where the apposition after the comma starts
                if not (at > 1 and text[at - 2] == ","):
                    # "Its head, Air Marshal NAME": a title of capitalised words after it
                    comma = text.rfind(",", at - 40 if at > 40 else 0, at)
                    if comma > 0 and _TITLE_WORDS.fullmatch(text, comma + 1, at):
                        at = comma + 2
                if at > 1 and text[at - 2] == ",":
                    lo = at - 90 if at > 90 else 0
                    its = _ITS_TITLE.search(text, lo, at)
                    if its is not None:
                        its_raws[id(r)] = (its.start(), "")
                    elif (its := _owner_titles()[0].search(text, lo, at)) is not None:
                        # "The agency's head, NAME"
                        its_raws[id(r)] = (its.start(), its.group("noun").lower())
                elif text.startswith(",", r.end):
                    its = _owner_titles()[1].match(text, r.end)
                    if its is not None:  # "NAME, the group's Indonesia director"
                        its_raws[id(r)] = (r.end, (its.group("noun") or "").lower())
                elif text[at - 5 if at > 5 else 0 : at].islower() and (
                    its := _ITS_BARE_TITLE.search(text, at - 50 if at > 50 else 0, at)
                ):
                    # "its executive director NAME told AFP": a lower-case title, no commas
                    its_raws[id(r)] = (its.start(), "")
            words = name.split()
            if len(words) >= 2:
                names = full.setdefault(surname_key(name), [])
                if name not in names:
                    names.append(name)
            elif words:
                single_persons.add(surname_key(name))
        elif kind is _ORGANISATION and " " in name:
            if r.affiliation is not None:
                org_owners.setdefault(name, set()).add(r.affiliation)
            words = name.split()
            if words[-1] in _COMPANY_HEADS:
                org_firsts.add(words[0])
            elif words[-1] in _CHAMBER_ENDS:
                chamber_orgs.add(name)
        elif kind is _ORGANISATION and name:
            org_firsts.add(name)  # "Chipmaker Nordlys ..." ... "Nordlys will cut"
    clubs = _club_readings(club_raws, full, known, lex) if club_raws else {}
    owned_apart = _owned_apart(org_owners, lex) if org_owners else {}
    club_ids = set(clubs.values())
    # Legislatures: "the Senate", and the listed ones named by a bare word ("Congress").
    legislatures: dict[int, str] = {}  # id() of a listed legislature's candidate -> its id
    chambers: dict[int, str] = {}
    countries: dict[str, str] = {}  # a legislature of no listed entry -> its country
    if chamber_raws or not known.isdisjoint(lex.chambers):
        legislatures, countries, country = _legislature_ids(text, raws, lex)
        if chamber_raws:
            # A listed legislature named only as another country's names no chamber.
            named = known
            if legislatures:
                kept = {r.name for r in raws if r.known and id(r) not in legislatures}
                named = known & kept
            chambers = _chamber_ids(
                text, raws, chamber_raws, named, chamber_orgs, lex, country, countries
            )
    # "Ghana's Securities and Exchange Commission": not the listed (US) one.
    owned = _foreign_owned(text, raws, lex) if known else {}
    demoted = (guessed & places) - said_persons if places and guessed else set()
    for name in demoted:
        if find_person(name) is None:  # (a listed person stays one)
            full[surname_key(name)].remove(name)
        else:
            demoted.discard(name)
    for names in full.values():
        if len(names) > 1:  # (most surnames have one full name)
            for name in [n for n in names if _particle_short_form(n, names)]:
                names.remove(name)
    persons = _PersonIds(text, raws, full, single_persons, org_firsts)
    person_ids = persons.memo
    first_words = persons.firsts
    inner_words = persons.inner
    accs: dict[str, _Acc] = {}
    groups_by_head: dict[str, list[str]] = {}
    mentions: list[Mention] = []
    add_mention = mentions.append
    # The unknown organisations of several words, in order of first mention: the only
    # actors _merge_short_forms can merge into (an actor's kind is its first mention's).
    new_orgs: list[str] = []
    # The unknown names that may be merged into an organisation's name (_merge_aliases):
    # an organisation word alone ("Commission"), an abbreviation ("RTD"); and the actors
    # affiliated with such a word ("Commission spokeswoman X").
    heads = _organisation_heads()
    bare: list[str] = []
    shorts: list[str] = []
    head_owned: list[str] = []
    # One-word "persons" the scan also found as an organisation ("X, Tunebox's head of ...")
    org_seen: set[str] = set()
    companies_named = "he company" in text or "he firm" in text  # (COMPANY_NEXT's pre-test)
    for r in raws:
        aid: str | None
        kind = r.kind
        if r.known:
            # The most common case, on its own: the id is the name, and no kind changes.
            if kind is None:
                continue
            aid = r.name
            affiliation = r.affiliation
            if legislatures and id(r) in legislatures:
                aid = legislatures[id(r)]  # "Congress" in a story about Colombia
                affiliation = countries.get(aid)  # (None: a chamber of no country)
                if affiliation is None and (entry := lex.lookup(aid)) is not None:
                    # A listed one ("Indian National Congress"); not the word's entry.
                    affiliation = entry.affiliation if entry.id == aid else None
            elif owned and id(r) in owned:
                aid, affiliation = owned[id(r)]
            start, end = r.start, r.end
            surface = text[start:end]
            alias = aid if kind is _PLACE else surface
            acc = accs.get(aid)
            if acc is None:
                accs[aid] = _Acc(kind, [alias], r.role, affiliation)
            else:
                # acc.add(alias, r.role, r.affiliation), inlined
                if alias not in acc.aliases:
                    acc.aliases.append(alias)
                if not acc.role:
                    acc.role = r.role
                if not acc.affiliation:
                    acc.affiliation = affiliation
            add_mention(_mention(start, end, surface, aid))
            continue
        start, end = r.start, r.end
        if kind is _GROUP:
            aid, head = _group_id(r, groups_by_head)
            ids = groups_by_head.setdefault(head, [])
            if aid not in ids:
                ids.append(aid)
            surface = text[start:end]
            # (an owner's name keeps its capitals: "a U.S. official", "Ukrainian officials")
            alias = surface.lower()
            if r.affiliation is not None:
                alias = surface if r.det is None else surface[:1].lower() + surface[1:]
        elif clubs and id(r) in clubs:
            aid, kind = clubs[id(r)], _ORGANISATION
            surface = alias = text[start:end]
        elif r.chamber:
            if id(r) not in chambers:
                continue
            aid, kind = chambers[id(r)], _ORGANISATION
            surface = alias = text[start:end]
        else:
            name = r.name
            if promoted and id(r) in promoted:
                kind = _PERSON
            elif kind is _PLACE and " " in name and name in said_persons:
                kind = _PERSON  # "a message to Janet Reno": the article's person
            elif (
                kind is _PLACE
                and (key := surname_key(name)) in first_words
                and key in single_persons
                and " " not in name
            ):
                kind = _PERSON  # "the Elian standoff": the first name of a person
            elif demoted and name in demoted:
                kind = _PLACE
            elif (
                kind is _PLACE
                and text.endswith(_PERSON_PREPOSITIONS, 0, start)
                and " " not in name
                and persons.by_word(name) is not None
            ):
                kind = _PERSON  # "two saves from Restrepo": a word of the article's person
            elif kind is _PLACE and clubs and name in club_ids:
                continue  # "in Liverpool" where Liverpool is a club: one id, one kind
            if kind is None and name in org_firsts and surname_key(name) not in full:
                aid, kind = name, _ORGANISATION
            elif kind is _PERSON or kind is None:
                # persons.id(...), its memo looked up here first: names recur.
                if name in person_ids:
                    aid = person_ids[name]
                elif (
                    kind is None
                    and (key := surname_key(name)) not in full
                    and key not in single_persons
                    and key not in first_words
                    and key not in inner_words
                ):
                    # No person by its look, and no person of the article with its surname
                    # or first word (the most common unknown name): persons.id() finds none.
                    # Unless the text uses it as a company: "Kelvora's shares fell".
                    # Or the next sentence calls it "the company": "Brennmark cut 300
                    # jobs on Monday. The company said ...".
                    if not (
                        (
                            text[end : end + 1] in COMPANY_AFTER_FIRST
                            or text.startswith(COMPANY_AFTER_WORDS, end)
                        )
                        and COMPANY_AFTER.match(text, end)
                    ) and not (
                        r.initial
                        and companies_named
                        and COMPANY_NEXT.match(text, end, end + 400) is not None
                        and _named_inside(text, name, end)
                    ):
                        continue
                    aid, kind = name, _ORGANISATION
                else:
                    aid = persons.id(name, kind, start, r.initial)
                if aid is None:
                    continue
                if kind is not _ORGANISATION:
                    kind = _PERSON
            else:
                aid = name
                if owned_apart and r.affiliation is not None:
                    aid = owned_apart.get((name, r.affiliation), aid)  # "Russian Defense Ministry"
                elif kind is _PLACE and (modified := _surname_modifier(text, r, full)) is not None:
                    aid, kind = modified, _PERSON  # "in a reaction to the Verlinden ruling"
            surface = alias = text[start:end]
        affiliation = r.affiliation
        if its_raws and id(r) in its_raws:
            # (resolved once every name is merged: the owner's kind is known then)
            its_owned.append((aid, *its_raws[id(r)], affiliation))
        acc = accs.get(aid)
        if acc is None:
            accs[aid] = _Acc(kind, [alias], r.role, affiliation)
            if affiliation is not None and affiliation in heads:
                head_owned.append(aid)
            if kind is _ORGANISATION and " " in aid:
                new_orgs.append(aid)
            elif aid in heads:
                bare.append(aid)
            elif aid.isupper() and kind is not _GROUP and 2 <= len(aid) <= 6 and aid.isalpha():
                shorts.append(aid)
        else:
            # acc.add(alias, r.role, affiliation), inlined
            if kind is _ORGANISATION and acc.kind is _PERSON:
                org_seen.add(aid)
            if alias not in acc.aliases:
                acc.aliases.append(alias)
            if not acc.role or (
                r.role is not None and acc.role in HONORIFIC_ROLES and r.role not in HONORIFIC_ROLES
            ):
                # (a job beats an honorific: "Dr. Kumar" ... "Kumar, a political scientist")
                acc.role = r.role
            if not acc.affiliation:
                acc.affiliation = affiliation
                if affiliation is not None and affiliation in heads:
                    head_owned.append(aid)
        add_mention(_mention(start, end, surface, aid))
    for aid in set(chambers.values()):  # a listed chamber's country ("US Senate")
        entry = lex.lookup(aid)
        acc = accs.get(aid)
        if acc is not None and acc.affiliation is None:
            acc.affiliation = entry.affiliation if entry is not None else countries.get(aid)
    _merge_aliases(text, mentions, accs, known, new_orgs, bare, shorts, head_owned)
    if new_orgs:
        _name_state_bodies(accs, mentions, new_orgs, lex)
    for aid, at, noun, was in its_owned:
        acc = accs.get(aid)
        if acc is not None and acc.affiliation in (None, was):
            its_owner = (
                (noun and _described_owner(text, at, mentions, accs, noun))
                # "The PDP rejected the figures. "...INEC," the party's chairman, X, said":
                # in its sentence or the two before, an organisation whose name holds the
                # noun before a nearer one ("Peoples Democratic Party", not INEC)
                or (noun and _its_owner(text, at, mentions, accs, True, noun))
                or _its_owner(text, at, mentions, accs, bool(noun))
            )
            if its_owner is None and noun:
                its_owner = _named_owner(at, mentions, accs, noun)
            if its_owner is not None:
                acc.affiliation = its_owner
    # A one-word "person" of no title that the text uses as a company ("Nordlys said it
    # would cut 300 jobs", "Nordlys's shares fell"): an organisation.
    # Company officers of no affiliation ("Chief Financial Officer Yuko Arai"), found in the
    # same pass: persons with a role, whose kind _companies_by_usage leaves as it is.
    lone: list[str] = []
    officers: list[str] = []
    for aid, acc in accs.items():
        if acc.kind is _PERSON:
            if acc.role is None:
                if " " not in aid and aid not in known:
                    lone.append(aid)
            elif acc.role in _OFFICER_ROLES and acc.affiliation is None:
                officers.append(aid)
    if lone:
        _companies_by_usage(text, mentions, accs, lone, org_seen)
    if officers:
        _company_of_officers(text, mentions, accs, officers)
    # An affiliation to a listed legislature or organisation the article's words made
    # another ("Congress general secretary NAME" in a story on India's Congress party).
    moved = _moved_ids(raws, legislatures, owned) if legislatures or owned else {}
    listed = persons.listed.persons
    lex_aliases = lex.aliases
    club_names = {r.name: clubs[id(r)] for r in club_raws if id(r) in clubs}
    actors = []
    parties: set[str] = set()  # (parties known by their letters only: see below)
    for aid, acc in accs.items():
        # acc.aliases are distinct and no longer needed: edited in place.
        aliases = acc.aliases
        if aid in aliases:
            aliases.remove(aid)
        # (Most articles name no listed person: no lookup then.)
        person = listed.get(aid) if listed else None
        known_aliases = person.aliases if person is not None else lex_aliases.get(aid, ())
        if known_aliases:
            for alias in known_aliases:
                if alias not in aliases and alias != aid:
                    aliases.append(alias)
        role, affiliation = acc.role, acc.affiliation
        if affiliation is not None:
            if moved and affiliation in moved and affiliation not in accs:
                affiliation = moved[affiliation]
            if clubs:  # "Villa manager Unai Emery": the club's name
                affiliation = club_names.get(affiliation, affiliation)
            owner = accs.get(affiliation)
            if owner is None:
                if affiliation in PARTY_IDS:
                    # a party by its letter: "Sen. X, R-Texas," is a Republican; the party
                    # is an actor of the article, named so only (see below)
                    parties.add(affiliation)
                elif lex.lookup(affiliation) is None:
                    affiliation = None  # an owner that is no country or organisation
            elif owner.kind not in _AFFILIATION_KINDS:
                affiliation = None
        if person is not None:  # the text's role and affiliation win over the listed ones
            role, affiliation = role or person.role, affiliation or person.affiliation
        actors.append(_actor(aid, acc.kind, tuple(aliases), role, affiliation))
    # The parties named only by their members' letters, as actors of no mention (the actor
    # filter lists them: "Republicans" selects "Sen. X, R-Texas,").
    actors.extend(_actor(p, _ORGANISATION, (), None, None) for p in sorted(parties))
    return tuple(actors), mentions


# What follows a person's name: "who", "said he", family.
# An age in commas after a name: a person's ("Choi, 58, said").
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
_PERSON_AFTER = re.compile(
    r",\s+who\s|\s+(?:said|says|added)\s+(?:that\s+)?(?:he|she)\s"
    r"|['’]s\s+(?:wife|husband|son|daughter|family|mother|father|lawyer)\b"
)


def _companies_by_usage(
    text: str,
    mentions: list[Mention],
    accs: dict[str, _Acc],
    ids: list[str],
    org_seen: set[str],
) -> None:
    """Make an organisation of each person of ``ids`` whose mentions the text follows as
    a company's (``COMPANY_AFTER``), or that another mention makes one (``org_seen``), and
    never as a person's (``_PERSON_AFTER``)."""
    wanted = set(ids)
    company: set[str] = org_seen & wanted
    person: set[str] = set()
    for m in mentions:
        aid = m.actor_id
        if aid in wanted:
            if _PERSON_AFTER.match(text, m.end):
                person.add(aid)
            elif COMPANY_AFTER.match(text, m.end):
                company.add(aid)
    for aid in company - person:
        accs[aid].kind = _ORGANISATION


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (a dot after an abbreviation, "U.S." or
    "Gen.", ends none)."""
    # (Most sentences are short: a window of 250 characters first, then one of 600.)
    for back in (250, 600):
        lo = max(0, pos - back)
        start = lo
        # (To pos + 1: the lookahead sees the character at pos.)
        for m in _SENTENCE_END.finditer(text, lo, pos + 1):
            if m.end() > pos:
                break
            if text[m.start()] == ".":
                word = text[text.rfind(" ", lo, m.start()) + 1 : m.start()]
                if "." in word or len(word) <= 1 or word in _DOT_WORDS:
                    continue
            start = m.end()
        if start > lo + 20 or lo == 0:  # (an end found well inside the window)
            return start
    return start


def _named_owner(at: int, mentions: list[Mention], accs: dict[str, _Acc], noun: str) -> str | None:
    """The one organisation named before ``at`` whose name holds the noun of "the union's
    deputy general secretary" ("the National Union of Metalworkers (Numsa)" paragraphs
    before), where none is within the reach of :func:`_its_owner`; else None."""
    word = noun[:1].upper() + noun[1:]
    found = {
        m.actor_id
        for m in mentions[: bisect_left(mentions, at, key=_START)]
        if word in m.actor_id.split()
        and (acc := accs.get(m.actor_id)) is not None
        and acc.kind is _ORGANISATION
    }
    return found.pop() if len(found) == 1 else None


def _described_owner(
    text: str, at: int, mentions: list[Mention], accs: dict[str, _Acc], noun: str
) -> str | None:
    """The organisation of "the association's head" at ``at`` that the text described with
    the same noun in its paragraph or the one before ("The consumer association VZBV
    urged ... said NAME, the association's chief executive"): the nearest such, though
    another organisation is named in between; else None."""
    para = text.rfind("\n", 0, at)
    para = text.rfind("\n", 0, para - 1) if para > 0 else 0
    lo = max(para, 0)
    n = len(noun)
    for m in reversed(
        mentions[bisect_left(mentions, lo, key=_START) : bisect_left(mentions, at, key=_START)]
    ):
        acc = accs.get(m.actor_id)
        if acc is None or acc.kind is not _ORGANISATION:
            continue
        if (
            text[m.start - n - 1 : m.start - 1].lower() == noun
            or text[m.end + 1 : m.end + 1 + n].lower() == noun
        ):
            return m.actor_id
    return None


def _surname_modifier(text: str, r: Raw, full: dict[str, list[str]]) -> str | None:
    """The one person of the article whose surname is the unknown one-word "place" ``r``
    written between "the" and a lower-case noun ("a reaction to the Verlinden ruling", "the
    Okafor case"): a modifier naming that person, no place. Else None."""
    name = r.name
    if " " in name or not text.endswith(("the ", "The "), 0, r.start):
        return None
    if not (text.startswith(" ", r.end) and text[r.end + 1 : r.end + 2].islower()):
        return None
    names = full.get(surname_key(name))
    if names is None or len(names) != 1 or names[0].rpartition(" ")[2] != name:
        return None
    return names[0]


# A preposition right before a name (and "the"): the name is a place the phrase names.
_PLACE_PHRASE = re.compile(
    r"(?<![\w’'\-])(?:from|in|into|to|at|near|across|off)\s+(?:the\s+)?$", re.IGNORECASE
)


def _its_owner(
    text: str,
    at: int,
    mentions: list[Mention],
    accs: dict[str, _Acc],
    orgs_only: bool = False,
    noun: str = "",
) -> str | None:
    """The owner of "its"/"their" at ``at`` ("Its director general, NAME"): the last
    organisation named before it in its sentence ("Giant Group Ltd and its chairman,
    NAME"), else the first in the sentence before (its subject as a rule: "MSF said it was
    building a centre in Kasese. Its coordinator in Uganda, NAME"), else the first of the
    nearest sentence before in the paragraph that names one (past quoted sentences); a
    country where no organisation is named in the sentence or the one before, unless
    ``orgs_only`` ("the agency's head"). With a ``noun`` ("party"), only an organisation
    whose name holds it, in the sentence or the two before."""
    here = _sentence_start(text, at)
    para = text.rfind("\n", 0, here) + 1
    lo, hi = here, at
    word = noun[:1].upper() + noun[1:]
    # (with a noun, two sentences back: a quote's first sentence may stand between, as in
    # 'The PDP rejected it. "A. B," the party's chairman, X, said')
    for n in range(3 if noun else 6):
        country = None
        found = mentions[
            bisect_left(mentions, lo, key=_START) : bisect_left(mentions, hi, key=_START)
        ]
        for m in found if n else reversed(found):
            kind = accs[m.actor_id].kind if m.actor_id in accs else None
            if kind is _ORGANISATION and (not noun or word in m.actor_id.split()):
                return m.actor_id
            if (
                kind is ActorKind.COUNTRY
                and country is None
                and not (n and (m is not found[0] or _PLACE_PHRASE.search(text, lo, m.start)))
            ):
                # (in the sentence before, only its first name, and no place a phrase names:
                # "The tanker's crew, from the Philippines and India, stayed. Its captain,
                # NAME," is the tanker's)
                country = m.actor_id
        if country is not None and not orgs_only and n < 2:
            return country
        if lo == 0 or (n and lo <= para):
            break
        # the sentence before (maybe the previous paragraph's last), then those of the
        # paragraph
        lo, hi = _sentence_start(text, lo - 1), lo
        if n:
            lo = max(lo, para)
    return None


def _company_of_officers(
    text: str, mentions: list[Mention], accs: dict[str, _Acc], officers: list[str]
) -> None:
    """Affiliate the company officers of no affiliation (``officers``: "Chief Financial
    Officer Yuko Arai") with the one organisation named in their paragraph before their
    first mention or in the sentence before, else with the article's company: the
    organisation it names most, in its lead, where it is among those named so or none is
    (then it must be named half as often again as any other)."""
    orgs = {
        aid
        for aid, acc in accs.items()
        if acc.kind is _ORGANISATION and _NO_EMPLOYER.isdisjoint(aid.split())
    }
    if not orgs:
        return
    company: str | None = None
    dominant = False  # named half as often again as any other organisation
    counted = False
    for aid in officers:
        start = next((m.start for m in mentions if m.actor_id == aid), -1)
        if start < 0:
            continue
        lo = text.rfind("\n", 0, start) + 1
        if lo and not any(c in text[lo:start] for c in ".!?"):
            lo = _sentence_start(text, lo - 1)  # (a title opening the paragraph)
        near = {
            m.actor_id
            for m in mentions[bisect_left(mentions, lo, key=_START) :]
            if m.start < start and m.actor_id in orgs
        }
        if len(near) == 1:
            accs[aid].affiliation = near.pop()
            continue
        if not counted:  # the article's company, found once
            counted = True
            company, dominant = _story_company(mentions, orgs)
        if company is not None and (company in near if near else dominant):
            accs[aid].affiliation = company


def _story_company(mentions: list[Mention], orgs: set[str]) -> tuple[str | None, bool]:
    """The organisation of ``orgs`` an article names most, more than any other, in its
    lead, and whether half as often again as any other; else None."""
    counts: dict[str, int] = {}
    firsts: dict[str, int] = {}
    for m in mentions:
        if m.actor_id in orgs:
            counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
            firsts.setdefault(m.actor_id, m.start)
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    if ranked and counts[ranked[0]] >= 2 and firsts[ranked[0]] < _LEAD_CHARS:
        second = counts[ranked[1]] if len(ranked) > 1 else 0
        if counts[ranked[0]] > second:
            return ranked[0], 2 * counts[ranked[0]] >= 3 * second
    return None, False


def _club_readings(
    club_raws: list[Raw], full: dict[str, list[str]], known: set[str], lex: Lexicon
) -> dict[int, str]:
    """The one-word club forms (``club_raws``) that are the club: id() of the candidate ->
    the club's name. Not a word of a person's name in the article ("Chelsea Clinton" ...
    "Chelsea"; "Paloma Vélez Ochoa" ... "Velez"). A town's name ("Newcastle") is no place
    ("in Newcastle") and only the club in an article naming another club, or the same one
    by a longer name ("Newcastle United"); other names are the club after a preposition
    too ("signed from Benfica")."""
    # (Without accents: "Velez" is the "Vélez" of "Paloma Vélez Ochoa", not Vélez Sarsfield.)
    person_words = {fold(w) for names in full.values() for n in names for w in n.split()}
    towns = lex.club_towns
    kept = [
        r
        for r in club_raws
        if r.club is not None
        and fold(r.name) not in person_words
        and not (r.kind is _PLACE and r.name in towns)
    ]
    named = {r.club for r in kept}
    longer = known & lex.club_ids
    return {
        id(r): r.club
        for r in kept
        if r.club is not None
        and (r.name not in towns or r.club in longer or len(named | longer) > 1)
    }


def _country_of(r: Raw, lex: Lexicon) -> str | None:
    """The country a known candidate names: itself, its capital's, a listed organisation's
    ("the White House"; not a legislature's, whose country is in question)."""
    if r.kind is ActorKind.COUNTRY:
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
            if entry is not None and entry.kind is ActorKind.COUNTRY:
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
        if p.known and p.kind is ActorKind.COUNTRY and text[p.end : r.start] in _OWNER_GAPS:
            return p.name
    if i + 1 < len(raws):
        n = raws[i + 1]
        if n.known and n.kind is ActorKind.COUNTRY and text[r.end : n.start] in _OF_GAPS:
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
            if party is not None:
                out[id(r)] = party
            elif own in countries.values() or listed_country not in named:
                out[id(r)] = surface
    return out, countries, country


def _owned_apart(owners: dict[str, set[str]], lex: Lexicon) -> dict[tuple[str, str], str]:
    """(name, country) -> the id of each of the organisations of one name the text gives to
    several countries: the country's adjective and the name ("Russia's Defense Ministry" ...
    "Ukraine's Defense Ministry": "Russian Defense Ministry", "Ukrainian Defense Ministry",
    as "Russia's defense ministry said" is named)."""
    out: dict[tuple[str, str], str] = {}
    for name, affs in owners.items():
        countries = [
            a for a in affs if (e := lex.lookup(a)) is not None and e.kind is ActorKind.COUNTRY
        ]
        if len(countries) > 1:
            for country in countries:
                out[(name, country)] = f"{country_adjective(country)} {name}"
    return out


_SERVICE_ENDS = tuple(" " + h for h in SERVICE_NAMES)


def _name_state_bodies(
    accs: dict[str, _Acc], mentions: list[Mention], orgs: list[str], lex: Lexicon
) -> None:
    """One actor for a country's embassy, consulate or armed service (:data:`SERVICE_NAMES`)
    whatever form of the country the text writes: "U.S. Embassy", "United States Embassy"
    and "American Embassy" are the one first written (the others its aliases). ``orgs``:
    the unknown organisations of several words, in order of first mention."""
    first: dict[tuple[str, str], str] = {}
    renames: dict[str, str] = {}
    for aid in orgs:
        acc = accs.get(aid)
        if acc is None or acc.kind is not _ORGANISATION or acc.affiliation is None:
            continue
        if not aid.endswith(_SERVICE_ENDS):
            continue
        for head in SERVICE_NAMES:
            if aid.endswith(head) and aid[-len(head) - 1 : -len(head)] == " ":
                entry = lex.lookup(aid[: -len(head) - 1])
                if (
                    entry is not None
                    and entry.id == acc.affiliation
                    and entry.kind is ActorKind.COUNTRY
                ):
                    kept = first.setdefault((entry.id, head), aid)
                    if kept != aid:
                        renames[aid] = kept
                break
    if not renames:
        return
    for old, new in renames.items():
        gone = accs.pop(old)
        dest = accs[new]
        for alias in (old, *gone.aliases):
            if alias not in dest.aliases and alias != new:
                dest.aliases.append(alias)
    mentions[:] = [
        m if m.actor_id not in renames else Mention(m.start, m.end, m.text, renames[m.actor_id])
        for m in mentions
    ]
    for acc in accs.values():
        if acc.affiliation in renames:
            acc.affiliation = renames[acc.affiliation]


def _people_society(
    text: str, r: Raw, prev: Raw | None, out: dict[int, tuple[str, str | None]]
) -> bool:
    """ "the Kurdish Red Crescent": a people's adjective (no country's: ``prev``, the
    candidate before ``r``, is none or that word unknown) before a national society's short
    name names that people's own society, of no country. Noted in ``out`` as
    _foreign_owned does."""
    if text[r.start : r.end] not in _NATIONAL_SOCIETIES[r.name]:
        return False
    people = _PEOPLE_BEFORE.search(text, max(0, r.start - 25), r.start)
    if people is None:
        return False
    if (
        prev is not None
        and prev.end > people.start()
        and (prev.known or prev.start != people.start())
    ):
        return False
    out[id(r)] = (f"{people.group(1)} {text[r.start : r.end]}", None)
    return True


def _foreign_owned(text: str, raws: list[Raw], lex: Lexicon) -> dict[int, tuple[str, str | None]]:
    """The listed organisations of one country the words make another's: "Ghana's
    Securities and Exchange Commission", "the Ghanaian SEC" (the listed one the US
    regulator): id() of the candidate -> (its id, "Securities and Exchange Commission of
    Ghana", and that country). Where the article names no other mention's country so, nor
    the listed one's country, its bare mentions ("the SEC said") are that one too."""
    out: dict[int, tuple[str, str | None]] = {}
    owners: dict[str, set[str]] = {}  # listed name -> the other countries named with it
    named_so: dict[tuple[str, str], str] = {}  # (listed name, country) -> the id given
    # Only a listed organisation with a country, or a national society, is made another
    # country's: the few such candidates are found by one comprehension.
    for i in [
        i
        for i, r in enumerate(raws)
        if r.known and (r.affiliation is not None or r.name in _NATIONAL_SOCIETIES)
    ]:
        r = raws[i]
        if r.name in _NATIONAL_SOCIETIES:
            if i == 0:
                _people_society(text, r, None, out)
                continue
            p = raws[i - 1]
            if (
                text[r.start : r.end] in _NATIONAL_SOCIETIES[r.name]
                and p.known
                and p.kind is ActorKind.COUNTRY
                and text[p.end : r.start] in _OWNER_GAPS
            ):
                # "the Indonesian Red Cross", "Kenya Red Cross": the country's own society
                short = text[r.start : r.end]
                written = text[p.start : r.end]
                name = written if text[p.end : r.start] == " " else f"{p.name} {short}"
                out[id(r)] = (name, p.name)
                continue
            if _people_society(text, r, p, out):
                continue
        if i == 0 or r.kind is not _ORGANISATION or r.affiliation is None:
            continue
        p = raws[i - 1]
        if (
            p.known
            and p.kind is ActorKind.COUNTRY
            and p.name != r.affiliation
            and text[p.end : r.start] in _OWNER_GAPS
            and r.name not in lex.chambers
            and (entry := lex.lookup(r.affiliation)) is not None
            and entry.kind is ActorKind.COUNTRY
        ):
            if text[p.end : r.start] == " " and text[p.start : p.end] == p.name:
                # "the Malawi Congress Party": the country's name opens a name of its own.
                new_id = text[p.start : r.end]
            else:
                new_id = f"{r.name} of {_country_phrase(p.name, lex)}"
            out[id(r)] = (new_id, p.name)
            named_so.setdefault((r.name, p.name), new_id)
            owners.setdefault(r.name, set()).add(p.name)
    if out:
        named = {
            c
            for r in raws
            if r.known and r.name not in owners and (c := _country_of(r, lex)) is not None
        }
        # The listed one written with its country ("the U.S. Securities and Exchange
        # Commission"): a longer name than its own.
        in_full = {
            r.name
            for r in raws
            if r.known and id(r) not in out and r.name in owners and r.end - r.start > len(r.name)
        }
        for r in raws:
            if (
                r.known
                and id(r) not in out
                and r.name in owners
                and r.name not in in_full
                and r.affiliation not in named
                and len(owners[r.name]) == 1
            ):
                (own,) = owners[r.name]
                out[id(r)] = (named_so[r.name, own], own)
    return out


def _moved_ids(
    raws: list[Raw], legislatures: dict[int, str], owned: dict[int, tuple[str, str | None]]
) -> dict[str, str]:
    """Listed name -> the one id all its mentions were given instead ("US Congress" ->
    "Indian National Congress"), where there is one."""
    ids: dict[str, set[str]] = {}
    for r in raws:
        if not r.known:
            continue
        aid = legislatures.get(id(r)) or (owned[id(r)][0] if id(r) in owned else r.name)
        ids.setdefault(r.name, set()).add(aid)
    return {
        name: aid
        for name, ids_ in ids.items()
        if len(ids_) == 1 and (aid := next(iter(ids_))) != name
    }


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


def _mention_at(mentions: list[Mention], start: int) -> int:
    """The index of the last of ``mentions`` (in text order) that starts at ``start``; 0 if
    none does (as for the first: no mention before it). A binary search: most texts need
    only a few lookups, too few to index every mention."""
    i = bisect_right(mentions, start, key=_START) - 1
    return i if i > 0 and mentions[i].start == start else 0


def _merge_aliases(
    text: str,
    mentions: list[Mention],
    accs: dict[str, _Acc],
    known: set[str],
    orgs: list[str],
    bare: list[str],
    shorts: list[str],
    owned: list[str],
) -> None:
    """Merge, in place, the names of one organisation: an abbreviation introduced in
    brackets ("the World Food Programme (WFP)") and a short form of an organisation's name
    ("Halvorsen" for "Halvorsen Energy Group"). ``orgs``: the ids of several words of the
    actors first mentioned as organisations, in order of first mention."""
    remap: dict[str, str] = {}
    relink: dict[str, tuple[str, str]] = {}
    # The pattern opens with a bracket: no match before the first one (most texts have none).
    bracket = text.find("(")
    for m in _ABBREVIATION.finditer(text, bracket) if bracket >= 0 else ():
        idx = _mention_at(mentions, m.start(1))
        if idx == 0:
            continue
        a, b = mentions[idx - 1], mentions[idx]
        if a.actor_id == b.actor_id or b.end != m.end(1) or m.start() - a.end > 1:
            continue
        long, short = accs.get(a.actor_id), accs.get(b.actor_id)
        if long is None or short is None or long.kind in (_PLACE, _GROUP):
            continue
        if (
            b.text[:1].upper() != a.actor_id[:1].upper()
            and b.text[:1] != a.text[:1]
            and not (long.kind is _ORGANISATION and b.text.isupper() and b.actor_id not in known)
        ):
            # Other letters: an organisation's abbreviation in its own language ("the
            # National Institute of Civil Defense (INDECI)"), unless the bracket names
            # another actor ("(AP)").
            continue
        if a.actor_id in known and b.actor_id in known:
            continue
        if b.actor_id in known:
            if _initials(a.actor_id) == b.text != _initials(b.actor_id) or (
                _listed_letters_apart(a.actor_id, b)
            ):
                # The text's own name for these letters ("the Rapid Support Forces
                # (RSF)"), not a listed organisation's ("RSF": Reporters Without Borders);
                # or another organisation's name before the letters of a listed one that
                # shares none of its words ("the Federation of Copper Workers (FTC)" in
                # its own language: not the Federal Trade Commission).
                relink[b.text] = (b.actor_id, a.actor_id)
                continue
            remap[a.actor_id] = b.actor_id
        else:
            remap[b.actor_id] = a.actor_id
    if relink:
        _relink_abbreviations(mentions, accs, relink)
    # (Only where an unknown abbreviation is an actor: the text scans cost more.)
    if shorts and (" known " in text or ", or " in text or " also called " in text):
        for m in _KNOWN_AS.finditer(text):
            idx = _mention_at(mentions, m.start(1))
            if idx == 0:
                continue
            a, b = mentions[idx - 1], mentions[idx]
            j = idx - 1
            while j > 0 and a.start >= m.start():
                # (past a mention inside the phrase: "known by its German acronym BSI")
                j -= 1
                a = mentions[j]
            long = accs.get(a.actor_id)
            if (
                a.end != m.start()
                or b.end != m.end(1)
                or a.actor_id == b.actor_id
                or long is None
                or long.kind is not _ORGANISATION
                or b.actor_id in known
                or b.actor_id not in accs
            ):
                continue
            remap[b.actor_id] = a.actor_id
    if shorts and orgs:
        # "The European Consumer Organisation BEUC said": the letters right after the name
        # (runs.trailing_abbreviation splits them off) are its abbreviation.
        letters = set(shorts).difference(known)
        for a, b in pairwise(mentions):
            if (
                b.actor_id in letters
                and b.start == a.end + 1
                and text[a.end] == " "
                and a.actor_id in orgs
                and a.actor_id not in known
                and b.actor_id not in remap
            ):
                remap[b.actor_id] = a.actor_id
    if orgs:
        _merge_apposed(text, mentions, accs, known, remap)
    # The unknown names merged below (noted as their actors were made): an organisation's
    # word alone (``bare``: "the Commission"), an abbreviation (``shorts``: "RTD"); the
    # affiliations so named (``owned``: the ids of the actors affiliated so).
    if bare or owned:
        # "the Commission" for the article's one "European Commission".
        _merge_bare_heads(accs, mentions, bare, owned, remap)
    if shorts:
        # "the RTD board" for the article's "Regional Transportation District".
        _merge_initials(accs, shorts, known, remap)
    if not _party_plurals().keys().isdisjoint(accs):
        # "Democrats" for the article's "Democratic Party".
        _merge_party_plurals(accs, remap)
    # Unknown organisation names of several words -> their words.
    org_words = {aid: aid.split() for aid in orgs if aid not in known}
    if org_words:
        _merge_short_forms(accs, known, org_words, remap)
    if not remap:
        return
    for k, v in list(remap.items()):
        seen = {k}
        while v in remap and v not in seen:
            seen.add(v)
            v = remap[v]
        remap[k] = v
    mentions[:] = [
        m if m.actor_id not in remap else _mention(m.start, m.end, m.text, remap[m.actor_id])
        for m in mentions
    ]
    for old, new in remap.items():
        gone = accs.pop(old, None)
        if gone is None or new not in accs:
            continue
        dest = accs[new]
        if old not in dest.aliases:
            dest.aliases.append(old)
        for alias in gone.aliases:
            dest.add(alias, None, None)
        if dest.kind is _PERSON or dest.kind is _PLACE:  # (a place: see _merge_initials)
            dest.kind = _ORGANISATION
        dest.affiliation = dest.affiliation or gone.affiliation
    for acc in accs.values():
        if acc.affiliation in remap:
            acc.affiliation = remap[acc.affiliation]


def _listed_letters_apart(name: str, letters: Mention) -> bool:
    """Whether the bracketed ``letters`` after the text's organisation ``name`` are a
    listed organisation's initials ("FTC": Federal Trade Commission) whose name shares no
    capitalised word with ``name`` ("Federation of Copper Workers", in its own language:
    another organisation; not "Food and Agriculture agency (FAO)")."""
    listed = letters.actor_id
    if _initials(listed) != letters.text:
        return False
    words = {w.lower() for w in name.split() if w[:1].isupper()}
    return words.isdisjoint(w.lower() for w in listed.split() if w[:1].isupper())


def _initials(name: str) -> str:
    """The initials of the capitalised words of a name ("RSF" for "Rapid Support Forces")."""
    return "".join(w[0] for w in name.split() if w[0].isupper())


def _relink_abbreviations(
    mentions: list[Mention], accs: dict[str, _Acc], relink: dict[str, tuple[str, str]]
) -> None:
    """Link, in place, the mentions of an abbreviation the text introduces for its own name
    (``relink``: letters -> (listed actor, the text's actor)) to the text's actor: the
    listed organisation keeps only the mentions of its other names, and goes if none are
    left (an affiliation to it then names the text's actor)."""
    left: set[str] = set()
    for i, m in enumerate(mentions):
        moved = relink.get(m.text)
        if moved is not None and m.actor_id == moved[0]:
            mentions[i] = Mention(m.start, m.end, m.text, moved[1])
        else:
            left.add(m.actor_id)
    for short, (old, new) in relink.items():
        gone, dest = accs.get(old), accs.get(new)
        if gone is None or dest is None:
            continue
        dest.add(short, None, None)
        if old in left:
            if short in gone.aliases:
                gone.aliases.remove(short)
            continue
        del accs[old]
        for acc in accs.values():
            if acc.affiliation == old:
                acc.affiliation = new


def _merge_apposed(
    text: str,
    mentions: list[Mention],
    accs: dict[str, _Acc],
    known: set[str],
    remap: dict[str, str],
) -> None:
    """Add to ``remap`` the unknown one-word names set off by commas right after an
    unknown organisation's name: its short name ("the National Search and Rescue Agency,
    Basarnas, said")."""
    for m in _APPOSED.finditer(text):
        idx = _mention_at(mentions, m.start(1))
        if idx == 0:
            continue
        a, b = mentions[idx - 1], mentions[idx]
        long, short = accs.get(a.actor_id), accs.get(b.actor_id)
        if (
            a.end != m.start()
            or b.end != m.end(1)
            or long is None
            or short is None
            or long.kind is not _ORGANISATION
            or a.actor_id in known
            or " " not in a.actor_id
            or b.actor_id in known
            or b.actor_id == a.actor_id
            or short.role is not None
        ):
            continue
        remap[b.actor_id] = a.actor_id


def _merge_initials(
    accs: dict[str, _Acc], shorts: list[str], known: set[str], remap: dict[str, str]
) -> None:
    """Add to ``remap`` the unknown abbreviations (``shorts``) that are the initials of the
    capitalised words of one organisation of the article: "RTD" for "Regional
    Transportation District", "CSDS" for "Centre for the Study of Developing Societies"
    (or of an unknown place's name, then an organisation's: "the Regional Transit District
    will ..." ... "the RTD board")."""
    shorts = [
        s
        for s in shorts
        if (accs[s].kind is _ORGANISATION or accs[s].kind is _PERSON)
        and s not in known
        and s not in remap
    ]
    if not shorts:
        return
    by_initials: dict[str, list[str]] = {}
    firsts = {s[0] for s in shorts}
    for aid, acc in accs.items():
        if (
            aid[:1] in firsts
            and " " in aid
            and (acc.kind is _ORGANISATION or (acc.kind is _PLACE and aid not in known))
        ):
            key = "".join(w[0] for w in aid.split() if w[0].isupper())
            by_initials.setdefault(key, []).append(aid)
    for short in shorts:
        found = by_initials.get(short, ())
        if len(found) == 1:
            remap[short] = found[0]


@lru_cache(maxsize=1)
def _organisation_heads() -> frozenset[str | None]:
    """The organisation words ("Commission"); a set of optional strings, to test an
    affiliation in it as it is."""
    return frozenset(vocabulary().organisation_heads)


@lru_cache(maxsize=1)
def _party_plurals() -> dict[str, tuple[str, ...]]:
    """The party plurals ("Democrats", "Greens"; ``party_plurals`` in vocabulary.toml) and
    names ("Labour"; ``party_names``) -> the first words of the parties' names they stand
    for ("Democratic", "Democrat"; "Labour")."""
    out: dict[str, tuple[str, ...]] = {}
    for plural in load_toml("vocabulary.toml")["party_plurals"]:
        one = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
        out[plural] = (one, one + "ic") if one.endswith("at") else (one,)
    out["Tories"] = (*out.get("Tories", ()), "Conservative")
    for name in load_toml("vocabulary.toml")["party_names"]:
        out[name] = (name,)  # "Labour": the article's "Labour Party"
    return out


def _merge_party_plurals(accs: dict[str, _Acc], remap: dict[str, str]) -> None:
    """Add to ``remap`` a party plural ("Democrats", "the Greens", "Tories") -> the
    article's one party whose name opens with its adjective and has the word "Party"
    ("Democratic Party", "Green Party of England", "Conservative Party"), if one."""
    firsts = _party_plurals()
    for plural in [p for p in accs if p in firsts]:
        if accs[plural].kind is not _ORGANISATION or plural in remap:
            continue
        words = firsts[plural]
        parties = [
            aid
            for aid, acc in accs.items()
            if acc.kind is _ORGANISATION
            and aid.split(" ", 1)[0] in words
            and " Party" in aid
            and aid not in remap
        ]
        if len(parties) == 1:
            remap[plural] = parties[0]


def _merge_bare_heads(
    accs: dict[str, _Acc],
    mentions: list[Mention],
    words: list[str],
    owned: list[str],
    remap: dict[str, str],
) -> None:
    """Add to ``remap`` an organisation named by its organisation word alone (of the ids
    ``words``: "the Assembly") -> the organisation of the article whose name ends in it
    ("National Assembly"): the one, or of several the one named last before ("the
    European Commission opened ... a spokeswoman for the Commission"). So with an
    affiliation (of the actors ``owned``: "Commission spokeswoman X"), which is none where
    no such organisation is named."""
    bare = {aid for aid in words if accs[aid].kind is _ORGANISATION}
    starts: dict[str, list[int]] = {}
    for m in mentions:
        starts.setdefault(m.actor_id, []).append(m.start)

    def target(word: str, aid: str) -> str | None:
        end = " " + word
        longer = [o for o, acc in accs.items() if o.endswith(end) and acc.kind is _ORGANISATION]
        if len(longer) <= 1:
            return longer[0] if longer else None
        at = starts[aid][0] if aid in starts else 0
        before = [(max(p for p in starts[o] if p < at), o) for o in longer if starts[o][0] < at]
        return max(before)[1] if before else None

    for aid in bare:
        found = target(aid, aid)
        if found is not None and aid not in remap:
            remap[aid] = found
    heads = _organisation_heads()
    for aid in owned:
        acc = accs[aid]
        word = acc.affiliation
        if word is not None and word in heads and word not in bare:
            acc.affiliation = target(word, aid)


def _merge_short_forms(
    accs: dict[str, _Acc], known: set[str], org_words: dict[str, list[str]], remap: dict[str, str]
) -> None:
    """Add to ``remap`` the short forms of the unknown organisations (``org_words``, names
    of several words -> their words): "Halvorsen" -> "Halvorsen Energy Group"."""
    # The organisations by their first word (a short form's words begin theirs), and the
    # first words as written before the first space.
    by_first: dict[str, list[tuple[str, list[str]]]] = {}
    firsts: set[str] = set()
    for o, owords in org_words.items():
        by_first.setdefault(owords[0] if owords else "", []).append((o, owords))
        firsts.add(o.split(" ", 1)[0])
    # A short form's first word, as written, is an organisation's: the few actors with one
    # are found by one comprehension over the ids, the other tests made for them only.
    for aid in [aid for aid in accs if aid.split(" ", 1)[0] in firsts]:
        words = aid.split()
        same_first: Sequence[tuple[str, list[str]]] = (
            by_first.get(words[0], ()) if words else list(org_words.items())
        )
        if words and (not same_first or (len(same_first) == 1 and same_first[0][0] == aid)):
            continue  # no other organisation's name begins so (most: the organisations')
        if accs[aid].kind is _GROUP or aid in known or aid in remap:
            continue
        n = len(words)
        # A set, as it was: max() below takes the first of equally long names.
        longer: set[str] = set()
        for o, owords in same_first:
            if (
                o != aid
                and owords[:n] == words
                and o not in remap
                and (n > 1 or owords[-1] in _COMPANY_HEADS)
            ):
                longer.add(o)
        if len(longer) > 1:
            # "Holm" of "Holm Automotive" and "Holm Brenner SE": not a name joining another
            # organisation's first word (a merger's: "Brenner" of "Brenner Werke").
            others = {w[0] for w in org_words.values() if w and w[0] != words[0]}
            joined = {o for o in longer if not others.isdisjoint(org_words[o][1:])}
            if joined and len(joined) < len(longer):
                longer -= joined
        if longer:
            # The longest name that all the others are short forms of.
            best = max(longer, key=len)
            bwords = org_words[best]
            if all(bwords[: len(org_words[o])] == org_words[o] for o in longer):
                remap[aid] = best
