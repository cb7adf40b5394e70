"""Runs of a special shape that :func:`run_plan` plans whole or cuts first: an adjective
made with a name ("Luxembourg-based ..."), a title holder's office, a name then its
abbreviation, a chamber and a party, a law's or treaty's name, a non-actor's name ending
the plan; and a demonym that is a surname."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from explorer.model import ActorKind
from explorer.parse.actors.countries import countries
from explorer.parse.actors.data import load_toml, vocabulary
from explorer.parse.actors.lexicon import Entry, Lexicon
from explorer.parse.actors.runs.items import Item
from explorer.parse.actors.runs.sets import (
    _PLACES,
    _POSSESSIVE_ENDS,
    POSSESSIVES,
    run_sets,
    strip_possessive,
    without_possessive,
)
from explorer.parse.actors.runs.steps import Known, Name, Step, UnknownOrg, UnknownPlace, _shifted
from explorer.parse.actors.runs.words import _offsets

_COUNTRY = ActorKind.COUNTRY
_PLACE = ActorKind.PLACE

# Words after which the rest of a law's or treaty's name follows ("the European Convention
# on Human Rights", "the Treaty of Lisbon").
_LAW_LINKS = frozenset({"on", "of", "for", "against"})


def law_words(words: list[str], lex: Lexicon) -> int | None:
    """How many words of a run to plan when a law's, treaty's or other non-actor's name
    takes the rest: up to its head word before "on"/"of" ("European Convention| on Human
    Rights"), none for a name of two parts joined by "and" ("the Border Security and Asylum
    Bill"); None when no such name is in the run, or a listed name holds it ("the U.N.
    Framework Convention on Climate Change")."""
    heads = vocabulary().not_actor_heads
    if heads.isdisjoint(words):
        return None  # (the usual case: no head word, no cut below)
    n = len(words)
    cut = None
    if (
        words[-1] in heads
        and 3 <= n <= 7
        and words.count("and") == 1
        and all(w == "and" or w[:1].isupper() for w in words)
    ):
        cut = 0
    if cut is None:
        for i in range(n - 2):
            if words[i] in heads and words[i + 1] in _LAW_LINKS:
                cut = i + 1
                break
    if cut is not None and any(lex.lookup(" ".join(words[j:])) for j in range(n - 2)):
        return None
    return cut


# Adjectives made with a name ("Luxembourg-based", "Iran-backed"): no word of a name.
COMPOUND_ENDS = (
    *("-led", "-backed", "-based", "-aligned", "-allied", "-made", "-owned", "-run"),
    *("-funded", "-linked", "-born", "-flagged", "-registered"),
)
assert all("-" in end for end in COMPOUND_ENDS)  # (after_adjective's pre-test)
_ARTICLES = frozenset({"The", "the", "A", "An"})
# ... of which those that describe an organisation ("state-run", "Tokyo-based").
_ORG_COMPOUNDS = ("-based", "-owned", "-run", "-funded")
# A ship's flag before its name ("the Liberian-flagged Aurora Spirit"): a vessel, where
# things happen (as "the ferry Doña Paz"), no actor.
_VESSEL_COMPOUNDS = ("-flagged",)


def saint_name(
    run: str, words: list[str], stops: list[bool], links: list[bool], org_end: bool
) -> tuple[Step, ...] | None:
    """The plan of a run holding a saint's possessive name ("St. Peter's Basilica", "In
    St. Mary's Hospital"): one place, or one organisation if its last word is an
    organisation's ("Hospital"); the possessive is the name's (not an owner: "Peter" is
    nobody). Stopwords before it ("In") are no name, nor a connector and what follows it
    ("St. Peter's Square on Sunday"). ``stops``, ``links``: each word's stopword and
    connector flags."""
    n = len(words)
    for i in range(n - 2):
        if words[i] in _SAINT and words[i + 1].endswith(_SAINT_OWNER_ENDS):
            if not all(stops[:i]):
                return None
            end_word = next((k for k in range(i + 2, n) if links[k]), n)
            if end_word == i + 2:
                return None
            offsets = _offsets(run, words)
            start, end = offsets[i][0], offsets[end_word - 1][1]
            if end_word == n and org_end:
                return (UnknownOrg(start, end, None),)
            return (UnknownPlace(start, end),)
    return None


_SAINT = frozenset({"St.", "St"})
_SAINT_OWNER_ENDS = ("'s", "’s", "s'", "s’")


@cache
def _national_sports() -> frozenset[str]:
    return frozenset(load_toml("vocabulary.toml")["national_sports"])


def sport_body(run: str, words: list[str], lex: Lexicon) -> tuple[Step, ...] | None:
    """The plan of a run naming a sport's national governing body: a sport and a country
    ("Athletics Jamaica president X", "Cricket Australia's chief executive", "USA
    Gymnastics"): one organisation of that country, not the country (whose president X
    would be)."""
    sports = _national_sports()
    start = 4 if words[0] in ("The", "the") else 0
    if words[0] in sports:
        country = run[len(words[0]) + 1 : strip_possessive(run, 0, len(run))]
    elif without_possessive(words[-1]) in sports and len(words) > 1 + (start > 0):
        country = run[start : run.rindex(" ")]
    else:
        return None
    entry = lex.lookup(country)
    if entry is None or entry.kind is not _COUNTRY:
        return None
    return (UnknownOrg(start, strip_possessive(run, 0, len(run)), entry.id),)


# Compass words opening a region's name after them ("North Darfur", "East Jerusalem").
_COMPASS = frozenset({"North", "South", "East", "West"})


def compass_place(items: list[Item]) -> list[Item]:
    """``items`` of a run opening with a compass word with that word and a listed place
    right after it one place, the region ("North Darfur", "West Java on Monday"): not a
    place "North" and the larger one. A listed name is one item already ("South Africa")."""
    if len(items) > 1 and items[0][0] == "NAME" and items[0][2] == 1:
        kind, _, end, entry, _ = items[1]
        if kind == "LEX" and entry is not None and entry.kind is _PLACE:
            return [("PLACE", 0, end, None, None), *items[2:]]
    return items


# Words opening a lake's or a mountain's name ("Lake Victoria", "Mount Kenya"): the name
# after one is no country, listed place or person of its own.
_FEATURES = frozenset({"Lake", "Mount", "Mt.", "Mt"})


def feature_place(items: list[Item], words: list[str]) -> list[Item]:
    """``items`` with each lake's or mountain's word and the one name after it one place
    ("Lake Victoria": not the Seychelles' capital; "Mount Kenya": not the country; "Lake
    Tanganyika": no person). Not where a third name follows ("Mount Sinai Hospital")."""
    out: list[Item] = []
    k, n = 0, len(items)
    while k < n:
        kind, i, j, _, _ = items[k]
        if (
            kind == "NAME"
            and j - i == 1
            and words[i] in _FEATURES
            and k + 1 < n
            and items[k + 1][0] in ("NAME", "LEX")
            and (k + 2 == n or items[k + 2][0] != "NAME")
        ):
            out.append(("PLACE", i, items[k + 1][2], None, None))
            k += 2
            continue
        out.append(items[k])
        k += 1
    return out


def titled_office(run: str, words: list[str]) -> tuple[Step, ...] | None:
    """The plan of a run that ends with the office of a title's holder ("Travis County
    Sheriff's Office", "the Manhattan District Attorney's Office"): one organisation (the
    place before it is no place of its own, nor the title a person's name). So with the
    judicial district it serves after it ("the U.S. Attorney's Office for the Eastern
    District of New York": one organisation, no place "New York" of its own)."""
    if len(words) > 5 and "District" in words and words[-1] not in _OFFICE_HEADS:
        served = _served_district(words)
        if served is None:
            return None
        words = words[:served]
    if len(words) < 3 or words[-1] not in _OFFICE_HEADS:
        return None
    if words[-2][-2:] not in _POSSESSIVE_S and words[-2][-2:] not in _PLURAL_POSSESSIVE:
        return None  # (the plural's: "the Seoul Central District Prosecutors' Office")
    if any(w[-2:] in _POSSESSIVE_S for w in words[:-2]):
        return None  # "Chile's Attorney General's Office": the country's (see Office)
    titles = vocabulary().titles
    holder = words[-2][:-2].lower()
    if holder not in titles and f"{words[-3].lower()} {holder}" not in titles:
        return None
    start = 4 if run.startswith(("The ", "the ")) else 0
    return (UnknownOrg(start, len(run), None),)


# The words of a judicial district after an office's name: "for the Eastern District of",
# "for the District of" (then the state's name).
_DISTRICT_OPENING = ("for", "the")
_DISTRICT_SIDES = frozenset({"Northern", "Southern", "Eastern", "Western", "Central", "Middle"})


def _served_district(words: list[str]) -> int | None:
    """The number of words before "for the [side] District of STATE" ending ``words``, if
    it so ends, else None."""
    at = words.index("District")
    if at + 2 >= len(words) or words[at + 1] != "of":
        return None
    k = at - 1 if words[at - 1] in _DISTRICT_SIDES else at
    if k < 3 or tuple(words[k - 2 : k]) != _DISTRICT_OPENING:
        return None
    return k - 2


def trailing_abbreviation(
    run: str, words: list[str], lex: Lexicon, plan: Callable[[str], tuple[Step, ...]]
) -> tuple[Step, ...] | None:
    """The plan of a run that ends with an organisation's name then its abbreviation ("the
    European Consumer Organisation BEUC", "Bureau of Meteorology BOM"): the name, planned by
    ``plan``, then the letters as an organisation of their own (canonical merges the two);
    None for any other run. Not a title's letters ("the Labour Party MP") nor a listed
    name's."""
    if len(words) < 3:
        return None
    last = words[-1]
    if not (2 <= len(last) <= 8 and last.isupper() and last.isalpha()):
        return None
    heads = vocabulary().organisation_heads
    if words[-2] not in heads or last in heads:
        return None  # (a legal form is no abbreviation: "Reed International PLC")
    if last.lower() in vocabulary().titles or lex.lookup(last) is not None:
        return None
    at = len(run) - len(last)
    return (*plan(run[: at - 1].rstrip()), UnknownOrg(at, len(run), None))


def chamber_party(words: list[str]) -> tuple[Step, ...] | None:
    """The plan of a run of a chamber and a party's word ("Senate Democratic leader X",
    "House Republicans said"): the two words apart, the chamber and the party (see
    mentions: a party's adjective before a politician's noun is the party); None for any
    other run."""
    if len(words) != 2 or words[1] not in _party_words():
        return None
    first = len(words[0])
    party = Name(first + 1, first + 1 + len(words[1]), 1, False, None, None)
    if words[0] in _STATE_CHAMBERS:
        return (party,)  # "Assembly Republican leader X": a state's chamber, of no country
    if words[0] not in run_sets().chambers:
        return None
    return (Name(0, first, 1, False, None, None), party)


@cache
def _party_words() -> frozenset[str]:
    """Parties' words in the plural and as adjectives ("Democrats", "Democratic",
    "Labour")."""
    extra = load_toml("vocabulary.toml")
    plurals = extra["party_plurals"]
    adjectives = [p[:-3] + "y" if p.endswith("ies") else p[:-1] for p in plurals]
    return frozenset((*plurals, *adjectives, "Democratic", *extra["party_names"]))


_OFFICE_HEADS = frozenset({"Office", "Department"})
# A state legislature's lower chamber, whose party caucus a party's word after it names
# ("Assembly Republican Leader X"): no actor of its own (which state's is not said).
_STATE_CHAMBERS = frozenset({"Assembly"})
_POSSESSIVE_S = frozenset({"'s", "’s"})
_PLURAL_POSSESSIVE = frozenset({"s'", "s’"})


@cache
def _shape_words() -> frozenset[str]:
    """An office's heads, the sports, the chambers, the heads of laws' and other
    non-actors' names: see :func:`may_have_shape`."""
    return frozenset(
        _OFFICE_HEADS
        | _STATE_CHAMBERS
        | _national_sports()
        | run_sets().chambers
        | vocabulary().not_actor_heads
    )


def may_have_shape(words: list[str]) -> bool:
    """Whether :func:`titled_office`, :func:`trailing_abbreviation`, :func:`sport_body`,
    :func:`chamber_party` or :func:`law_words` may find the shape of a run of ``words``:
    only if it holds an office's head, a sport, a chamber or a head of a law's name (one
    set test: most runs hold none), ends in capitals (an abbreviation) or in a sport's
    name with a possessive ("USA Gymnastics'"). False answers for them all at once."""
    last = words[-1]
    return (
        not _shape_words().isdisjoint(words)
        or (len(words) >= 3 and last.isupper())
        or (
            last[-1] in _POSSESSIVE_ENDS
            and last.endswith(POSSESSIVES)
            and without_possessive(last) in _national_sports()
        )
    )


def after_adjective(
    run: str, words: list[str], plan: Callable[[str], tuple[Step, ...]]
) -> tuple[Step, ...] | None:
    """The plan of a run that opens with an adjective made with a name ("The
    Luxembourg-based Court of Arbitration", "New York-based X"): the name after it, planned
    by ``plan``, an organisation's after "-based", "-owned", "-run", "-funded" ("State-run
    Sinopec"); None when the run opens with no such adjective. A run that is such an
    adjective as a whole ("Hong Kong-based", "Marshall Islands-flagged") names no one."""
    if "-" not in run:
        return None  # (the usual case: every adjective's ending holds a hyphen)
    if words[-1].endswith(COMPOUND_ENDS):
        # The adjective: its last word and the capitalised words right before it; the
        # name before the connectors before that is planned alone ("Tiger Global and the
        # Lagos-based").
        j = len(words) - 1
        while j > 0 and words[j - 1][:1].isupper():
            j -= 1
        while j > 0 and not words[j - 1][:1].isupper():
            j -= 1
        if j == 0:
            return ()
        return plan(run[: _offsets(run, words)[j - 1][1]])
    lead = 1 if words[0] in _ARTICLES else 0
    for i in range(lead, min(lead + 3, len(words) - 1)):
        if words[i].endswith(COMPOUND_ENDS):
            at = _offsets(run, words)[i + 1][0]
            described = [_shifted(step, at) for step in plan(run[at:])]
            opening = described[0] if described else None
            if (
                isinstance(opening, Name)
                and not opening.titled
                and words[i].endswith(_ORG_COMPOUNDS)
            ):
                described[0] = UnknownOrg(opening.start, opening.end, None)
            elif isinstance(opening, Name) and words[i].endswith(_VESSEL_COMPOUNDS):
                described[0] = UnknownPlace(opening.start, opening.end)
            return tuple(described)
    return None


def without_named_thing(run: str, plan: tuple[Step, ...]) -> tuple[Step, ...]:
    """``plan`` without a treaty's, war's, tournament's or other non-actor's name at its end
    that holds places or countries: "the Paris Agreement", "the Oslo Accords", "the US Open",
    "Veterans of the Vietnam War" (a head of such names ending the run, one word, right after
    known places only)."""
    if len(plan) < 2:
        return plan
    last = plan[-1]
    if not (
        type(last) is Name
        and last.words == 1
        and not last.titled
        and last.end == len(run)
        and run[last.start : last.end] in vocabulary().not_actor_heads
    ):
        return plan
    k = len(plan) - 1
    while (
        k > 0
        and type(step := plan[k - 1]) is Known
        and step.entry.kind in _PLACES
        and run[step.end : plan[k].start] == " "
    ):
        k -= 1
    return plan if k == len(plan) - 1 else plan[:k]


_ADJECTIVE_ENDS = ("an", "ese", "ish", "i", "ic", "ine", "s")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, frozenset[str]]:
    return {c.name: frozenset(c.demonyms) for c in countries()}


def surname_demonym(word: str, entry: Entry | None, titled_first: bool = False) -> bool:
    """A country's demonym noun that is also a surname after a first name: "Turk",
    "French" (not an adjective's form: "Iranian", "Chinese", "Turkish", "Thai",
    "Philippine"; not a plural; not a name of the country: "Holland", "America"), or,
    after a title and a one-word first name (``titled_first``), a one-word name of the
    country too: "Health Minister Mark Holland" (no Netherlands)."""
    if entry is None or entry.kind is not _COUNTRY or not word[1:].islower():
        return False
    if titled_first and word.isalpha():
        return True
    return word in _demonyms().get(entry.id, ()) and not word.endswith(_ADJECTIVE_ENDS)
