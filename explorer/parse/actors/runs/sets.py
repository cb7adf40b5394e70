"""The vocabulary's sets the run rules read (:func:`run_sets`), the tables more than one
of the run modules reads, and a name's possessive stripped. At the bottom of the package:
it imports none of it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from explorer.model import ActorKind
from explorer.parse.actors.data import load_toml, vocabulary

POSSESSIVES = ("’s", "'s", "’", "'")
_POSSESSIVE_ENDS = frozenset("s’'")
_AFFILIATING = (ActorKind.COUNTRY, ActorKind.ORGANISATION)


def without_possessive(word: str) -> str:
    """``word`` without its possessive endings ("Reuters'" -> "Reuters")."""
    if word[-1:] not in _POSSESSIVE_ENDS:
        return word  # (the usual case: no suffix to remove)
    for suffix in POSSESSIVES:
        word = word.removesuffix(suffix)
    return word


@dataclass(frozen=True, slots=True)
class Sets:
    connectors: frozenset[str]
    particles: frozenset[str]
    title_first: frozenset[str]
    title_lengths: dict[str, tuple[int, ...]]  # first word (no dot) -> word counts, longest first
    title_last: frozenset[str]
    titles_longest_first: tuple[str, ...]
    group_words: frozenset[str]
    prepositions: frozenset[str]  # prepositions and "the" (the word before a place)
    not_subject: frozenset[str]  # words after which a name is no verb's subject ("of")
    employee_nouns: frozenset[str]  # singular and plural ("analysts at Berenberg")
    club_heads: frozenset[str]  # a club's last word after a city ("Oslo City"), else a place's
    chambers: frozenset[str]  # "Senate", "House": see vocabulary.toml
    chamber_verbs: frozenset[str]
    chamber_before: frozenset[str]
    chamber_modifiers: frozenset[str]
    company_nouns: frozenset[str]  # "Chipmaker Nordlys": see vocabulary.toml
    name_openers: frozenset[str]  # "Rival Nordlys Group": see vocabulary.toml
    possessive_orgs: dict[str, str]  # "Moody" -> "Moody's Investors Service" (vocabulary.toml)
    list_name_heads: frozenset[str]  # "Ministry": its name may go on over a list
    organisation_nouns: frozenset[str]  # "firm", "newspaper": see vocabulary.toml
    trade_nouns: frozenset[str]  # the organisation nouns that end no name ("lender")
    party_plurals: frozenset[str]  # "Greens", "Tories", "Labour": see vocabulary.toml
    title_prefixes: frozenset[str]  # "chief": see vocabulary.toml
    title_words: frozenset[str]  # "deputy", "labour": words opening a title of a run
    member_titles: frozenset[str]  # "mp": titles no such word joins ("Labour MP X")
    title_fields: frozenset[str]  # "human", "rights": a title's field after "for"/"on"


def _title_lengths(titles: dict[str, str]) -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for t in titles:
        words = t.split()
        if len(words) <= 4:
            out.setdefault(words[0].rstrip("."), set()).add(len(words))
    return {w: tuple(sorted(n, reverse=True)) for w, n in out.items()}


@cache
def run_sets() -> Sets:
    v = vocabulary()
    extra = load_toml("vocabulary.toml")  # (the lists the Vocabulary does not hold)
    return Sets(
        # (and the article of "for a", which joins a run only so: "the Committee for a
        # Responsible Federal Budget"; and "pro" of "President pro Tem": see patterns.py)
        connectors=frozenset(v.connectors) | {"a", "an", "pro"},
        particles=frozenset(v.name_particles) - {"and", "of", "the", "for", "to"},
        title_first=frozenset(t.split()[0] for t in v.titles),
        title_lengths=_title_lengths(v.titles),
        title_last=frozenset(t.split()[-1] for t in v.titles),
        titles_longest_first=tuple(sorted(v.titles, key=len, reverse=True)),
        group_words=frozenset(
            w.lower() for w in (*v.group_heads, *v.bound_group_heads, *_PLAIN_PLURALS)
        ),
        prepositions=frozenset((*v.place_prepositions, "the")),
        not_subject=frozenset(
            (*v.place_prepositions, "of", "with", "for", "by", "about", "against", "on")
        ),
        employee_nouns=frozenset(w + end for w in v.employee_nouns for end in ("", "s")),
        club_heads=frozenset(extra["club_heads"]),
        chambers=frozenset(extra["chambers"]),
        chamber_verbs=frozenset(extra["chamber_verbs"]),
        chamber_before=frozenset(extra["chamber_before"]),
        chamber_modifiers=frozenset(extra["chamber_modifiers"]),
        company_nouns=frozenset(extra["company_nouns"]),
        name_openers=frozenset(extra["name_openers"]),
        possessive_orgs=dict(extra["possessive_organisations"]),
        list_name_heads=frozenset(extra["list_name_heads"]),
        organisation_nouns=frozenset((*extra["company_nouns"], *extra["organisation_nouns"])),
        trade_nouns=frozenset(
            n
            for n in (*extra["company_nouns"], *extra["organisation_nouns"])
            if n.capitalize() not in vocabulary().organisation_heads and n not in _NAME_NOUNS
        ),
        party_plurals=frozenset((*extra["party_plurals"], *extra["party_names"])),
        title_prefixes=frozenset(extra["title_prefixes"]),
        title_words=frozenset((*extra["title_prefixes"], *extra["title_portfolios"])),
        member_titles=frozenset(extra["member_titles"]),
        title_fields=frozenset(
            w
            for phrase in (
                *extra["title_fields"],
                *extra["title_portfolios"],
                *extra["ministry_portfolios"],
            )
            for w in phrase.split()
        ),
    )


# Plural nouns of people that are no group of the article's but never a name either
# ('"People said we'd be gone"', "Children were among the dead").
_PLAIN_PLURALS = ("people", "women", "men", "children", "families")


_PLACES = frozenset({ActorKind.COUNTRY, ActorKind.PLACE})


def strip_possessive(text: str, start: int, end: int) -> int:
    """End offset of ``text[start:end]`` without a trailing possessive."""
    if end <= start or text[end - 1] not in _POSSESSIVE_ENDS:
        return end
    for suffix in POSSESSIVES:
        if text.endswith(suffix, start, end) and end - len(suffix) > start:
            return end - len(suffix)
    return end


# Organisation nouns that open names ("Team Sky", "Channel 4", "Platform 9"): no trade.
_NAME_NOUNS = frozenset({"team", "channel", "platform", "chain"})


# Church titles that are also surnames or words ("Julie Bishop", "Cardinal Health"), so no
# titles of vocabulary.toml: a title only opening a run of plain names (run_plan, _segment).
CHURCH_TITLES = frozenset({"Cardinal", "Bishop", "Sister"})
