"""The other names of one organisation merged into it: an abbreviation in brackets ("the
World Food Programme (WFP)") or after "known as"/a comma, the letters right after its name,
its initials ("RTD"), its head word alone ("the Commission"), a party's plural
("Democrats"), a short form of a company's name ("Halvorsen" for "Halvorsen Energy Group").

Apart: one pass (_merge_aliases) after canonicalise's loop, which remaps ids and merges the
gathered actors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from explorer.model import Mention
from explorer.parse.actors.canonical.letters_apart import named_apart
from explorer.parse.actors.canonical.records import (
    _GROUP,
    _ORGANISATION,
    _PERSON,
    _PLACE,
    _Acc,
    _mention,
    _mention_at,
)
from explorer.parse.actors.countries import countries
from explorer.parse.actors.data import load_toml, vocabulary
from explorer.parse.actors.lexicon import build_lexicon
from explorer.parse.actors.mentions.dateline_town import dateline_town_name

# Last words of company and club names, whose first word alone names them ("Halvorsen").
_COMPANY_HEADS = frozenset(
    {
        *("Group", "Inc", "Corp", "Co", "Ltd", "Limited", "PLC", "Plc", "LLC", "AG", "SA"),
        *("NV", "Holdings", "Investments", "Capital", "Partners", "Energy", "Resources"),
        *("Global",),
        *(
            "Airlines",
            "Airline",
            "Airways",
            "Motors",
            "Technologies",
            "Industries",
            "Pharmaceuticals",
        ),
        *("Securities", "Insurance", "Bank", "United", "FC", "Hotspur", "Rovers", "Wanderers"),
        *("AFC", "Athletic", "Albion"),
        *("ASA", "AS", "AB", "SpA", "GmbH", "SE", "BV", "Oyj", "Semiconductor", "Semiconductors"),
        *("K.K.", "KK", "Kaisha", "N.V.", "S.A.", "B.V."),
        *("Automotive", "Werke", "Diagnostics", "Therapeutics", "Electronics", "Aerospace"),
        *("Biologics", "Biosciences"),
        *("Software", "Mining", "Robotics", "Pharma", "Biotech", "Labs", "Systems", "Logistics"),
        *("Foods", "Chemicals", "Telecom", "Shipping", "Steel", "Networks", "Brands", "Retail"),
        *("Tankers", "Maritime", "Lines", "Navigation", "Freight", "Carriers", "Offshore"),
        *("Analytics", "Research", "Ventures", "Associates", "Media"),
        *("Games", "Studios", "Entertainment", "Oil"),
        # (fund managers and lenders: "Trian Fund Management ... a Trian spokeswoman")
        *("Management", "Financial", "Advisors", "Advisers"),
        # ("Thebe Retirement Administrators ... Thebe said": one firm)
        *("Managers", "Administrators", "Trustees", "Generics", "Platinum"),
        *("Cobalt", "Lithium", "Nickel", "Uranium", "Coal"),
    }
)
# "the Federal Emergency Management Agency (FEMA)": an abbreviation introduced in brackets,
# a branch's letter after a hyphen too ("... Liberation Movement-North (SPLM-N)").
_ABBREVIATION = re.compile(r"\(\s*(?:the\s+)?([A-Z][A-Za-z&]{1,7}(?:-[A-Z]{1,2})?)\s*\)")
# "the National Jury of Elections, or JNE,", "the Office, known as ONPE,".
_KNOWN_AS = re.compile(
    r",\s+(?:known\s+as|or|also\s+called"
    # "known by its German acronym BSI", "known by the initials FCW"
    r"|known\s+by\s+(?:its|the)\s+(?:[A-Za-z\-]+\s+)?(?:acronym|abbreviation|initials)"
    # a person's: "X, known across the country by his initials, EVC" (the "his" group)
    r"|known\s+(?:[a-z]+\s+){0,4}?by\s+(?P<his>his|her)\s+initials,?)"
    r"\s+(?:the\s+)?(?P<letters>[A-Z][A-Z&]{1,7})\b"
)
# "The National Search and Rescue Agency, Basarnas, said", "the ... Agency, BMKG, warned":
# one word between commas after an organisation's name, a verb or the like after it (not
# "and": a list).
_APPOSED = re.compile(r",[ \u00a0]([A-Z][A-Za-z&]{1,11}),[ \u00a0](?!(?:and|or)\b)[a-z]")


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
    initials: set[str] = set()  # a person's letters ("known by his initials, EVC"): no org
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
            and not (
                long.kind is _ORGANISATION
                and (b.text.isupper() or short.kind is _ORGANISATION)
                and b.actor_id not in known
            )
        ):
            # Other letters: an organisation's abbreviation in its own language ("the
            # National Institute of Civil Defense (INDECI)", "the Mexican Employers'
            # Confederation (Coparmex)": a short name, an organisation too), unless the
            # bracket names another actor ("(AP)").
            continue
        if a.actor_id in known and b.actor_id in known:
            continue
        if b.actor_id in known:
            if (
                (
                    _initials(a.actor_id) == b.text
                    and (_initials(b.actor_id) != b.text or _other_words(a.actor_id, b.actor_id))
                )
                or _listed_letters_apart(a.actor_id, b)
                or named_apart(a.actor_id, b.actor_id)
            ):
                # The text's own name for these letters ("the Rapid Support Forces
                # (RSF)"), not a listed organisation's ("RSF": Reporters Without Borders);
                # or another organisation's name before the letters of a listed one that
                # shares none of its words ("the Federation of Copper Workers (FTC)" in
                # its own language: not the Federal Trade Commission); or a name two words
                # apart from the listed one ("the International Transport Workers'
                # Federation (ITF)": not the International Tennis Federation).
                relink[b.text] = (b.actor_id, a.actor_id)
                continue
            remap[a.actor_id] = b.actor_id
        else:
            remap[b.actor_id] = a.actor_id
    if orgs:
        _own_letters(mentions, known, orgs, relink)
    if relink:
        # (not to a name merged into the listed one: "The International Criminals Court
        # (ICC)" is the listed court, its letters stay its own)
        for merged in [k for k, (_, own) in relink.items() if own in remap]:
            del relink[merged]
        _relink_abbreviations(mentions, accs, relink)
    # (Only where an unknown abbreviation is an actor: the text scans cost more.)
    if shorts and (" known " in text or ", or " in text or " also called " in text):
        for m in _KNOWN_AS.finditer(text):
            idx = _mention_at(mentions, m.start("letters"))
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
                or b.end != m.end("letters")
                or a.actor_id == b.actor_id
                or long is None
                or long.kind is not (_ORGANISATION if m.group("his") is None else _PERSON)
                or b.actor_id in known
                or b.actor_id not in accs
            ):
                continue
            remap[b.actor_id] = a.actor_id
            if long.kind is _PERSON:
                initials.add(b.actor_id)
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
    if len(orgs) > 1:
        # "The Supreme Court said" for the article's "U.S. Supreme Court".
        _merge_owned_names(accs, mentions, orgs, remap)
    if shorts:
        # "the RTD board" for the article's "Regional Transportation District".
        _merge_initials(accs, shorts, known, remap)
    if not _party_plurals().keys().isdisjoint(accs.keys()):  # (two views: the fewer looked up)
        # "Democrats" for the article's "Democratic Party".
        _merge_party_plurals(accs, remap)
    # Unknown organisation names of several words -> their words; a listed company's too,
    # whose first word alone the text may write ("Epic Games" ... "Epic said").
    org_words = {aid: aid.split() for aid in orgs if aid not in known}
    for aid in known:
        if " " in aid and aid[aid.rfind(" ") + 1 :] in _COMPANY_HEADS:
            acc = accs.get(aid)
            first = accs.get(aid[: aid.find(" ")])
            # (not "Manchester United" ... "in Manchester": a place is no short form)
            if (
                acc is not None
                and acc.kind is _ORGANISATION
                and (first is None or first.kind is _PERSON or first.kind is _ORGANISATION)
            ):
                org_words[aid] = aid.split()
    if org_words:
        _merge_short_forms(accs, known, org_words, remap, dateline_town_name(text))
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
        if (dest.kind is _PERSON and old not in initials) or dest.kind is _PLACE:
            # (a place: see _merge_initials)
            dest.kind = _ORGANISATION
        dest.affiliation = dest.affiliation or gone.affiliation
    for acc in accs.values():
        if acc.affiliation in remap:
            acc.affiliation = remap[acc.affiliation]


def _other_words(name: str, listed: str) -> bool:
    """Whether the text's ``name`` of the same initials as a ``listed`` organisation's
    names another one: most of its capitalised words are not the listed name's, plural or
    not ("International Cricket Council (ICC)": not the International Criminal Court;
    "Islamic Revolutionary Guards Corps" is the listed Guard Corps)."""
    words = [w.lower().rstrip("s") for w in name.split() if w[:1].isupper()]
    theirs = {w.lower().rstrip("s") for w in listed.split() if w[:1].isupper()}
    return 2 * sum(w in theirs for w in words) < len(words)


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


def _own_letters(
    mentions: list[Mention], known: set[str], orgs: list[str], relink: dict[str, tuple[str, str]]
) -> None:
    """Add to ``relink`` the letters of a listed organisation ("RSF": Reporters Without
    Borders) that are the initials of one organisation the text names and does not list
    ("Sudan's Rapid Support Forces ... The RSF said"), when the listed one goes by no other
    name in the text: the text's own organisation, as when it brackets the letters."""
    own: dict[str, list[str]] = {}
    for aid in orgs:
        if aid not in known:
            key = _initials(aid)
            if len(key) > 1:
                own.setdefault(key, []).append(aid)
    if not own:
        return
    # (the id first: its hash is known, the surface's is not)
    letters = [m for m in mentions if m.actor_id in known and m.text in own]
    if not letters:
        return
    named = {m.actor_id for m in mentions if m.text not in own}
    for m in letters:
        found = own[m.text]
        if len(found) == 1 and m.actor_id not in named and m.text not in relink:
            relink[m.text] = (m.actor_id, found[0])


def _initials(name: str) -> str:
    """The initials of the capitalised words of a name ("RSF" for "Rapid Support Forces")."""
    return "".join([w[0] for w in name.split() if w[0].isupper()])  # (a list: joined faster)


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
            (aid[:1] in firsts or aid[1:2] == ".")
            and " " in aid
            and (acc.kind is _ORGANISATION or (acc.kind is _PLACE and aid not in known))
        ):
            words = aid.split()
            key = "".join([w[0] for w in words if w[0].isupper()])
            by_initials.setdefault(key, []).append(aid)
            if words[-1] in _COMPANY_SUFFIXES and len(words) > 2:
                # "PG&E" for "Pacific Gas and Electric Co": no letter for the suffix
                if words[-1][0].isupper():
                    by_initials.setdefault(key[:-1], []).append(aid)
                words = words[:-1]
            if "&" in words or "and" in words:
                # "PG&E" for "Pacific Gas & Electric" (or "and"): the ampersand kept
                amp = "".join(
                    [w[0] if w[0].isupper() else "&" for w in words if w[0].isupper() or w in _AMP]
                )
                by_initials.setdefault(amp, []).append(aid)
            if _DOTTED.fullmatch(words[0]):
                # "USTA" for "U.S. Tennis Association": the letters of its initials
                by_initials.setdefault(words[0].replace(".", "") + key[1:], []).append(aid)
                # "FMC" for "U.S. Federal Maritime Commission": its country's left out
                by_initials.setdefault(key[1:], []).append(aid)
    for short in shorts:
        found = by_initials.get(short, ())
        if len(found) > 1:
            # (one of them already merged into the other: "Immigration and Naturalization
            # Service" into "U.S. Immigration and Naturalization Service")
            found = list(dict.fromkeys(remap.get(f, f) for f in found))
        if len(found) == 1:
            remap[short] = found[0]


_DOTTED = re.compile(r"(?:[A-Z]\.){2,3}")
_COMPANY_SUFFIXES = frozenset({"Co", "Co.", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd."})
_COMPANY_SUFFIXES |= {"Company", "Corporation", "LLC", "plc", "PLC", "Limited"}
_AMP = ("&", "and")

# Organisation words a place may be written as before an article's organisation ends in it.
_CHAMBERS = frozenset({"Parliament", "Assembly", "Commission", "Council"})


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


def _merge_owned_names(
    accs: dict[str, _Acc], mentions: list[Mention], orgs: list[str], remap: dict[str, str]
) -> None:
    """Add to ``remap`` an organisation's name of no owner ("the Supreme Court") -> the one
    organisation of the article named so after its owner's name ("the U.S. Supreme Court",
    affiliated with the United States); none if two names end so ("the Texas Supreme
    Court"), nor if the name alone comes first, after another country's minister of its
    portfolio ("Greek Foreign Minister X ... The Foreign Ministry said ... the Turkish
    Foreign Ministry": no reader takes the first for Turkey's)."""
    # The names by their endings of whole words ("Supreme Court" -> ["U.S. Supreme Court"]).
    # (Only the endings that are names of ``orgs`` are looked up: only they are noted.)
    names = set(orgs)
    endings: dict[str, list[str]] = {}
    for o in orgs:
        at = o.find(" ")
        while at >= 0:
            if (ending := o[at + 1 :]) in names:
                endings.setdefault(ending, []).append(o)
            at = o.find(" ", at + 1)
    for aid in orgs:
        longer = endings.get(aid)
        if longer is None or len(longer) != 1 or aid in remap:
            continue
        acc = accs.get(aid)
        if acc is None or acc.kind is not _ORGANISATION or acc.affiliation:
            continue
        owner = accs.get(longer[0])
        prefix = longer[0][: -len(aid) - 1]
        if (
            owner is not None
            and owner.kind is _ORGANISATION
            and owner.affiliation
            and prefix[:1].isupper()
            and prefix.count(" ") <= 1
            and not _other_country_first(accs, mentions, aid, longer[0], owner.affiliation)
        ):
            remap[aid] = longer[0]


def _other_country_first(
    accs: dict[str, _Acc], mentions: list[Mention], bare: str, owned: str, owner: str
) -> bool:
    """Whether ``bare`` (a name of no owner, "Foreign Ministry") is first mentioned before
    ``owned`` (its owner's, of the country ``owner``), after a minister of its portfolio
    of another country ("Greek Foreign Minister X")."""
    role = bare.rsplit(" ", 1)[0].lower() + " minister"
    other = False
    for m in mentions:
        aid = m.actor_id
        if aid == bare:
            return other
        if aid == owned:
            return False
        if not other and (acc := accs.get(aid)) is not None and acc.role == role:
            other = acc.kind is _PERSON and acc.affiliation not in (None, owner)
    return False


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
    # (a chamber's word after a preposition is a place at first: "the largest group in the
    # Parliament" is the article's European Parliament)
    bare = {
        aid
        for aid in words
        if accs[aid].kind is _ORGANISATION or (accs[aid].kind is _PLACE and aid in _CHAMBERS)
    }
    starts: dict[str, list[int]] = {}
    for m in mentions:
        starts.setdefault(m.actor_id, []).append(m.start)
    owned_set = set(owned)

    def target(word: str, aid: str) -> str | None:
        end = " " + word
        longer = [o for o, acc in accs.items() if o.endswith(end) and acc.kind is _ORGANISATION]
        if longer and aid in owned_set and word == "Union":
            # (a union's officials are no bloc's: "a union official" in an article naming
            # the African Union)
            longer = [o for o in longer if o not in _blocs()]
        if not longer and aid in owned_set:
            # (an affiliation's word heading a name before "of": "a union official" of the
            # "National Union of Rail, Maritime and Transport Workers", "Ministry of
            # Defence"; not the "African Union")
            longer = [
                o
                for o, acc in accs.items()
                if acc.kind is _ORGANISATION and f" {word} of " in f" {o}"
            ]
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


@lru_cache(maxsize=1)
def _blocs() -> frozenset[str]:
    """The regional blocs (epithets.toml's "bloc": "European Union", "African Union")."""
    return frozenset(load_toml("epithets.toml")["epithets"]["bloc"])


@lru_cache(maxsize=1)
def _country_last_words() -> frozenset[str]:
    """The last words of the countries' names that name a place or country by themselves
    ("Korea", "Africa"; not "Emirates", alone the airline, nor "Kingdom" or "Republic")."""
    lex = build_lexicon()
    return frozenset(
        w for w in {c.name.rsplit(" ", 1)[-1] for c in countries()} if lex.lookup(w) is not None
    )


def _merge_short_forms(
    accs: dict[str, _Acc],
    known: set[str],
    org_words: dict[str, list[str]],
    remap: dict[str, str],
    town: str = "",
) -> None:
    """Add to ``remap`` the short forms of the unknown organisations (``org_words``, names
    of several words -> their words): "Halvorsen" -> "Halvorsen Energy Group". ``town``:
    the dateline's town in capitals ("" if none), a place, no short form."""
    # The organisations by their first word (a short form's words begin theirs), and the
    # first words as written before the first space.
    by_first: dict[str, list[tuple[str, list[str]]]] = {}
    firsts: set[str] = set()
    for o, owords in org_words.items():
        by_first.setdefault(owords[0] if owords else "", []).append((o, owords))
        firsts.add(o.split(" ", 1)[0])
    # A short form's first word, as written, is an organisation's: the few actors with one
    # are found by one comprehension over the ids, the other tests made for them only.
    # (Their first character first, a cheaper test; a first word "" is that of an empty id
    # or of one opening with a space.)
    chars = {f[:1] for f in firsts}
    if "" in chars:
        chars.add(" ")
    for aid in [aid for aid in accs if aid[:1] in chars and aid.split(" ", 1)[0] in firsts]:
        words = aid.split()
        same_first: Sequence[tuple[str, list[str]]] = (
            by_first.get(words[0], ()) if words else list(org_words.items())
        )
        if words and (not same_first or (len(same_first) == 1 and same_first[0][0] == aid)):
            continue  # no other organisation's name begins so (most: the organisations')
        if accs[aid].kind is _GROUP or aid in known or aid in remap:
            continue
        if accs[aid].kind is _PLACE and (
            (words and words[-1] in vocabulary().place_heads) or aid.upper() == town
        ):
            # "the Great Barrier Reef" is no short form of "the Great Barrier Reef Marine Park
            # Authority", nor "the Mississippi River" of its commission, nor the dateline's
            # town ("LEIPZIG, Germany") of "the Leipzig Municipal Hospital Group"
            continue
        n = len(words)
        if n == 1 and words[0] in _country_last_words():
            # "Korea Value Partners ... Korea's business groups": a country's word (the
            # last of its name: "South Korea"), no short form of the fund
            continue
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
