"""Organisations of one name that the text gives to a country other than the listed one
("Ghana's Securities and Exchange Commission", "the Kenya Red Cross", "the Kurdish Red
Crescent"), one name of several countries ("Russia's Defense Ministry" and Ukraine's),
one actor for a country's embassy or service however the country is written, and the
listed names all of whose mentions got another id.

Apart: each rule here re-owns a listed or unknown organisation by a country the text puts
before it; none of them is about persons.
"""

from __future__ import annotations

import re

from explorer.model import Mention
from explorer.parse.actors.canonical.legislatures import _OWNER_GAPS, _country_of, _country_phrase
from explorer.parse.actors.canonical.records import _COUNTRY, _ORGANISATION, _Acc
from explorer.parse.actors.lexicon import Lexicon
from explorer.parse.actors.mentions import Raw
from explorer.parse.actors.services import SERVICE_NAMES, country_adjective

# International movements whose national members a country before the short name names:
# listed name -> the short names ("the Kenya Red Cross" is no ICRC).
_NATIONAL_SOCIETIES = {
    "International Committee of the Red Cross": frozenset({"Red Cross"}),
    "Red Crescent": frozenset({"Red Crescent", "Red Crescent Society"}),
}
# A people's adjective right before a national society's short name ("Kurdish").
_PEOPLE_BEFORE = re.compile(r"(?<![\w’'\-])([A-Z][a-z]+(?:ish|ian|an|ese|i))[ \u00a0]$")


def _owned_apart(owners: dict[str, set[str]], lex: Lexicon) -> dict[tuple[str, str], str]:
    """(name, country) -> the id of each of the organisations of one name the text gives to
    several countries: the country's adjective and the name ("Russia's Defense Ministry" ...
    "Ukraine's Defense Ministry": "Russian Defense Ministry", "Ukrainian Defense Ministry",
    as "Russia's defense ministry said" is named)."""
    out: dict[tuple[str, str], str] = {}
    for name, affs in owners.items():
        countries = [a for a in affs if (e := lex.lookup(a)) is not None and e.kind is _COUNTRY]
        if len(countries) > 1:
            for country in countries:
                out[(name, country)] = f"{country_adjective(country)} {name}"
    return out


_SERVICE_ENDS = tuple(" " + h for h in SERVICE_NAMES)


def ownable(r: Raw) -> bool:
    """Whether a listed candidate may be made another country's (:func:`_foreign_owned`):
    one with a country, or a national society."""
    return r.affiliation is not None or r.name in _NATIONAL_SOCIETIES


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
                if entry is not None and entry.id == acc.affiliation and entry.kind is _COUNTRY:
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


def _foreign_owned(
    text: str, raws: list[Raw], lex: Lexicon, owned_at: list[int] | None = None
) -> dict[int, tuple[str, str | None]]:
    """The listed organisations of one country the words make another's: "Ghana's
    Securities and Exchange Commission", "the Ghanaian SEC" (the listed one the US
    regulator): id() of the candidate -> (its id, "Securities and Exchange Commission of
    Ghana", and that country). Where the article names no other mention's country so, nor
    the listed one's country, its bare mentions ("the SEC said") are that one too.
    ``owned_at``: the indices of :func:`ownable` candidates, if the caller found them."""
    out: dict[int, tuple[str, str | None]] = {}
    owners: dict[str, set[str]] = {}  # listed name -> the other countries named with it
    named_so: dict[tuple[str, str], str] = {}  # (listed name, country) -> the id given
    # Only a listed organisation with a country, or a national society, is made another
    # country's: the few such candidates (found by the caller's pass over the candidates,
    # or by one comprehension).
    if owned_at is None:
        owned_at = [i for i, r in enumerate(raws) if r.known and ownable(r)]
    for i in owned_at:
        r = raws[i]
        if r.name in _NATIONAL_SOCIETIES:
            if i == 0:
                _people_society(text, r, None, out)
                continue
            p = raws[i - 1]
            if (
                text[r.start : r.end] in _NATIONAL_SOCIETIES[r.name]
                and p.known
                and p.kind is _COUNTRY
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
            and p.kind is _COUNTRY
            and p.name != r.affiliation
            and text[p.end : r.start] in _OWNER_GAPS
            and r.name not in lex.chambers
            and (entry := lex.lookup(r.affiliation)) is not None
            and entry.kind is _COUNTRY
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
