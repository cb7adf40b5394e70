"""canonicalise: merge the mention candidates of an article into its canonical actors.

The loop over the candidates (ids for persons, groups, clubs, chambers, unknown names
read as companies) and the final pass that makes the actors; the rules it applies by
concept live in the modules beside it (person_ids, legislatures, country_owned,
title_owners, org_aliases; records for the objects).
"""

from __future__ import annotations

import re

from explorer.model import Actor, ActorKind, Mention
from explorer.parse.actors.canonical.coordination import listed_with_organisations
from explorer.parse.actors.canonical.country_owned import (
    _NATIONAL_SOCIETIES,
    _foreign_owned,
    _moved_ids,
    _name_state_bodies,
    _owned_apart,
)
from explorer.parse.actors.canonical.group_ids import group_id
from explorer.parse.actors.canonical.leaders import affiliate_leaders, affiliate_ruling_party
from explorer.parse.actors.canonical.legislatures import (
    _CHAMBER_ENDS,
    _chamber_ids,
    _legislature_ids,
    chamber_words,
)
from explorer.parse.actors.canonical.openers import written_in_lower_case
from explorer.parse.actors.canonical.org_aliases import (
    _COMPANY_HEADS,
    _merge_aliases,
    _organisation_heads,
)
from explorer.parse.actors.canonical.person_ids import _particle_short_form, _PersonIds, _promotes
from explorer.parse.actors.canonical.records import (
    _ACTOR_MAKERS,
    _GROUP,
    _MENTION_MAKERS,
    _ORGANISATION,
    _PERSON,
    _PLACE,
    _Acc,
    _actor,
)
from explorer.parse.actors.canonical.title_owners import (
    _ITS_BARE_TITLE,
    _ITS_TITLE,
    _OFFICER_ROLES,
    _TITLE_WORDS,
    NAMED_NOUNS,
    _bank_governors,
    _company_of_officers,
    _described_owner,
    _home_nation_owner,
    _its_owner,
    _named_owner,
    _owner_titles,
    _sentence_start,
)
from explorer.parse.actors.kin import KIN_NOUNS
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
from explorer.parse.actors.mentions.tables import _SPOKES
from explorer.parse.actors.people import find_person
from explorer.parse.actors.place_offices import holds_place_office
from explorer.parse.actors.surnames import fold, surname_key
from explorer.parse.actors.town_state import town_of_state

# "two saves from Restrepo": words after which a one-word name may be a person's.
_PERSON_PREPOSITIONS = ("from ", "through ")
_AFFILIATION_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.ORGANISATION})


# One word with a capital inside after a long first part, as companies write their names
# ("FlightAware", "BlackRock"), not people ("McDonald", "DeSantis", "FitzGerald").
_COMPANY_CAMEL = re.compile(r"[A-Z][a-z]{4,}[A-Z][a-z]+")


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


# The first characters of COMPANY_AFTER_WORDS (" shares "): the one-character test first.
_AFTER_WORDS_FIRST = frozenset(w[:1] for w in COMPANY_AFTER_WORDS)


# A spokesman's title opening a sentence, with no owner: "A spokesman, ", "Spokesperson ".
_BARE_SPOKES = re.compile(r"(?:An?\s+)?(?:[Ss]pokes(?:man|woman|person)|[Pp]ress\s+secretary),?\s+")
# (a press secretary too: "The White House said ... Press secretary X said")
_BARE_SPEAKERS = _SPOKES | {"press secretary"}


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
    # (and, for the passes below, in the same loop: the listed candidates a country may
    # own, the lone unknown words a list may hold)
    owned_at: list[int] = []
    lone_at: list[int] = []
    for i, r in enumerate(raws):
        if r.known:
            add_known(r.name)
            if r.affiliation is not None or r.name in _NATIONAL_SOCIETIES:
                owned_at.append(i)  # (ownable(r), inlined)
            continue
        kind = r.kind
        if kind is _GROUP:
            continue
        name = r.name
        if kind is None and not r.initial and " " not in name:
            lone_at.append(i)
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
                    its_raws[id(r)] = (its.start(), (its.group("noun") or "").lower())
                if (
                    r.role in _BARE_SPEAKERS
                    and r.affiliation is None
                    and id(r) not in its_raws
                    # (the title right before the name: most spokesmen are "X's spokesman")
                    and (
                        "pokes" in text[at - 16 if at > 16 else 0 : at]
                        or r.role == "press secretary"
                    )
                ):
                    # "The coast guard said ... A spokesman, NAME, said", "Spokesperson NAME
                    # said": a bare spokesman opening the sentence after a body's statement
                    # speaks for it
                    here = _sentence_start(text, at)
                    if _BARE_SPOKES.fullmatch(text, here, at):
                        its_raws[id(r)] = (here, "")
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
            # its initials opening a sentence: "... Transit Authority said. HRTA sent staff"
            org_firsts.add("".join([w[0] for w in words if w[0].isupper()]))
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
    owned = _foreign_owned(text, raws, lex, owned_at) if known else {}
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
    in_lists = listed_with_organisations(text, raws, lone_at)
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
    # COMPANY_NEXT's pre-test, "he company" or "he firm" in the text: found on first need
    # (most texts never need it, and the scans cover the whole text).
    companies_named: bool | None = None
    new_object, set_start, set_end, set_text, set_actor_id = _MENTION_MAKERS
    # (whether a listed candidate may take another id: one test a candidate, most texts none)
    renamed_known = bool(legislatures or owned)
    for r in raws:
        aid: str | None
        kind = r.kind
        if r.known:
            # The most common case, on its own: the id is the name, and no kind changes.
            if kind is None:
                continue
            aid = r.name
            affiliation = r.affiliation
            if not renamed_known:
                pass
            elif legislatures and id(r) in legislatures:
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
                # accs[aid] = _Acc(kind, [alias], r.role, affiliation), inlined (no __init__
                # frame: one actor in two is new)
                acc = new_object(_Acc)
                acc.kind = kind
                acc.aliases = [alias]
                acc.role = r.role
                acc.affiliation = affiliation
                accs[aid] = acc
            else:
                # acc.add(alias, r.role, r.affiliation), inlined
                if alias not in acc.aliases:
                    acc.aliases.append(alias)
                if not acc.role:
                    acc.role = r.role
                if not acc.affiliation:
                    acc.affiliation = affiliation
            # add_mention(_mention(start, end, surface, aid)), inlined (the most common case)
            m = new_object(Mention)
            set_start(m, start)
            set_end(m, end)
            set_text(m, surface)
            set_actor_id(m, aid)
            add_mention(m)
            continue
        start, end = r.start, r.end
        if kind is _GROUP:
            aid, head = group_id(r, groups_by_head)
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
            # (the rules by the candidate's kind: each tested only where it may apply)
            if promoted and id(r) in promoted:
                kind = _PERSON
            elif kind is None:
                if (
                    in_lists
                    and id(r) in in_lists
                    and (key := surname_key(name)) not in full
                    and key not in first_words
                ):
                    kind = _ORGANISATION  # "Microsoft, Alphabet, Amazon and Meta Platforms"
                elif demoted and name in demoted:
                    kind = _PLACE
            elif kind is _PLACE:
                if " " in name and name in said_persons:
                    kind = _PERSON  # "a message to Janet Reno": the article's person
                elif (
                    (key := surname_key(name)) in first_words
                    and key in single_persons
                    and " " not in name
                ):
                    kind = _PERSON  # "the Elian standoff": the first name of a person
                elif demoted and name in demoted:
                    pass  # (a place: the rules below are not asked)
                elif (
                    text.endswith(_PERSON_PREPOSITIONS, 0, start)
                    and " " not in name
                    and persons.by_word(name) is not None
                ):
                    kind = _PERSON  # "two saves from Restrepo": a word of the article's person
                elif clubs and name in club_ids:
                    continue  # "in Liverpool" where Liverpool is a club: one id, one kind
            elif demoted and name in demoted:
                kind = _PLACE
            if (
                (kind is None or kind is _PERSON)
                and (tail := name[5:]) != tail.lower()  # (cheap pre-test: a capital late)
                and _COMPANY_CAMEL.fullmatch(name) is not None
                and name not in person_ids
            ):
                kind = _ORGANISATION  # "according to FlightAware": a company's one word
            elif (
                kind is None
                # (the comma's one character first: a slice costs less than the test)
                and text[start - 2 : start - 1] == ","
                and text.endswith(", ", 0, start)
                and _KIN_BEFORE.search(text, start - 48 if start > 48 else 0, start)
            ):
                kind = _PERSON  # "Her husband, Yousef, was killed": a relative, named
            elif (
                (kind is None or (kind is _PERSON and r.guessed))
                and text[end : end + 1] == ","
                and text.startswith(", ", end)
                and (
                    (
                        _STATE_BASED.match(text, end) is not None
                        # (not "Norwood, Mass.-based" ... "Norwood said")
                        and text.count(name) == 1
                    )
                    or town_of_state(text, start, end, lex)  # "of Cedar Rapids, Iowa,"
                )
            ):
                kind = _PLACE  # "the Menlo Park, California-based company": a city
            if (
                kind is None
                and name in org_firsts
                and surname_key(name) not in full
                and not (r.initial and written_in_lower_case(text, name))  # ("Rail strike")
            ):
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
                            (after := text[end : end + 1]) in COMPANY_AFTER_FIRST
                            or (
                                after in _AFTER_WORDS_FIRST
                                and text.startswith(COMPANY_AFTER_WORDS, end)
                            )
                        )
                        and COMPANY_AFTER.match(text, end)
                    ) and not (
                        r.initial
                        and (
                            companies_named
                            if companies_named is not None
                            else (companies_named := "he company" in text or "he firm" in text)
                        )
                        and COMPANY_NEXT.match(text, end, end + 400) is not None
                        and _named_inside(text, name, end)
                    ):
                        continue
                    aid, kind = name, _ORGANISATION
                else:
                    aid = persons.id(name, kind, start, r.initial)
                    if aid is not None and r.initial and aid != name:
                        # "Late Saka goal sends ..." for Bukayo Saka: the opener joined to
                        # the surname is no word of the name (nor of the mention)
                        opener, _, rest = name.partition(" ")
                        if (
                            rest
                            and opener.lower() not in aid.lower().split()  # ("Bin Laden")
                            and aid.endswith(" " + rest)
                        ):
                            start += len(opener) + 1
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
            # accs[aid] = _Acc(kind, [alias], r.role, affiliation), inlined
            acc = new_object(_Acc)
            acc.kind = kind
            acc.aliases = [alias]
            acc.role = r.role
            acc.affiliation = affiliation
            accs[aid] = acc
            if affiliation is not None and affiliation in heads:
                head_owned.append(aid)
            if kind is _ORGANISATION and " " in aid:
                new_orgs.append(aid)
            elif aid in heads:
                bare.append(aid)
            elif (
                aid.isupper()
                and kind is not _GROUP
                and 2 <= len(aid) <= 6
                and (aid.isalpha() or aid.replace("&", "").isalpha())  # ("PG&E")
            ):
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
                if (
                    not acc.role
                    and r.role is not None
                    and affiliation is not None
                    and acc.affiliation is not None
                    and acc.affiliation != affiliation
                ):
                    # A first role comes with its own employer: the pair stays together
                    # ("Democrat X" ... "X, a former CIA officer," is a former officer of
                    # the CIA, not of the Democrats, whose member the first mention made X).
                    acc.affiliation = affiliation
                    if affiliation in heads:
                        head_owned.append(aid)
                acc.role = r.role
            if not acc.affiliation:
                acc.affiliation = affiliation
                if affiliation is not None and affiliation in heads:
                    head_owned.append(aid)
        # add_mention(_mention(start, end, surface, aid)), inlined
        m = new_object(Mention)
        set_start(m, start)
        set_end(m, end)
        set_text(m, surface)
        set_actor_id(m, aid)
        add_mention(m)
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
        # (or the name a bare head took: "Its leader in the Senate" of a "Senate of X")
        if acc is not None and (
            acc.affiliation in (None, was)
            or (was is not None and f" {was} of " in f" {acc.affiliation}")
        ):
            its_owner = (
                (noun and _described_owner(text, at, mentions, accs, noun))
                # "The PDP rejected the figures. "...INEC," the party's chairman, X, said":
                # in its sentence or the two before, an organisation whose name holds the
                # noun before a nearer one ("Peoples Democratic Party", not INEC)
                or (noun and _its_owner(text, at, mentions, accs, True, noun))
                # ... or named before ("The University of Kent ... His lawyer, X of the firm
                # Y, said ... The university's principal": Kent's, not the firm Y)
                or (noun in NAMED_NOUNS and _named_owner(at, mentions, accs, noun))
                # (a team only as described: "His team, Velora, ... Team manager X")
                or (
                    None
                    if noun == "team"
                    else _its_owner(
                        text, at, mentions, accs, bool(noun), sources_apart=noun == "company"
                    )
                )
            )
            if its_owner is None and noun:
                its_owner = _named_owner(at, mentions, accs, noun)
            if its_owner is not None:
                acc.affiliation = its_owner
    affiliate_leaders(text, mentions, accs)  # "X, who leads the Social Democrats,"
    affiliate_ruling_party(text, mentions, accs)  # "X, the ruling party's candidate,"
    # A one-word "person" of no title that the text uses as a company ("Nordlys said it
    # would cut 300 jobs", "Nordlys's shares fell"): an organisation.
    # Company officers of no affiliation ("Chief Financial Officer Yuko Arai"), found in the
    # same pass: persons with a role, whose kind _companies_by_usage leaves as it is.
    lone: list[str] = []
    officers: list[str] = []
    nationless: list[str] = []  # (other titled persons of no affiliation)
    unknown: list[str] = []  # (unlisted persons of several words and no role)
    for aid, acc in accs.items():
        if acc.kind is _PERSON:
            if acc.role is None:
                if aid not in known:
                    (lone if " " not in aid else unknown).append(aid)
            elif acc.affiliation is None:
                (officers if acc.role in _OFFICER_ROLES else nationless).append(aid)
    if lone:
        _companies_by_usage(text, mentions, accs, lone, org_seen)
    if lone or unknown:
        _broadcasters(text, mentions, accs, [*lone, *unknown])  # "said on Fox Cricket"
    if officers:
        _company_of_officers(text, mentions, accs, officers)
    if nationless:
        _home_nation_owner(text, mentions, accs, nationless)  # "England captain X"
        _bank_governors(mentions, accs, nationless)  # "Governor X" of the Bank of Japan
    # An affiliation to a listed legislature or organisation the article's words made
    # another ("Congress general secretary NAME" in a story on India's Congress party).
    moved = _moved_ids(raws, legislatures, owned) if legislatures or owned else {}
    if chambers:  # ("House Speaker X": of the article's chamber so named)
        moved = {**chamber_words(raws, chambers), **moved}
    listed = persons.listed.persons
    lex_aliases = lex.aliases
    club_names = {r.name: clubs[id(r)] for r in club_raws if id(r) in clubs}
    actors = []
    _, set_id, set_kind, set_aliases, set_role, set_affiliation = _ACTOR_MAKERS
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
            elif owner.kind not in _AFFILIATION_KINDS and not (
                owner.kind is _PLACE and holds_place_office(role)
            ):
                affiliation = None  # (a place's only for its offices: "Ohio Governor X")
        if person is not None:  # the text's role and affiliation win over the listed ones
            role, affiliation = role or person.role, affiliation or person.affiliation
        # actors.append(_actor(aid, acc.kind, tuple(aliases), role, affiliation)), inlined
        a = new_object(Actor)
        set_id(a, aid)
        set_kind(a, acc.kind)
        set_aliases(a, tuple(aliases))
        set_role(a, role)
        set_affiliation(a, affiliation)
        actors.append(a)
    # The parties named only by their members' letters, as actors of no mention (the actor
    # filter lists them: "Republicans" selects "Sen. X, R-Texas,").
    actors.extend(_actor(p, _ORGANISATION, (), None, None) for p in sorted(parties))
    return tuple(actors), mentions


# A relative's noun right before a name apposed to it: "Her husband, Yousef,", "his eldest
# son, Karim,".
_KIN_BEFORE = re.compile(
    r"(?<![\w’'])(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[a-z]+\s+)?"
    rf"(?:{'|'.join(sorted(KIN_NOUNS, key=len, reverse=True))}),\s+$"
)
# A state or country's "-based" after a name and a comma: the name is a city ("the Menlo
# Park, California-based company").
_STATE_BASED = re.compile(r", [A-Z][\w.]*(?: [A-Z][\w.]*)?-(?:based|headquartered)\b")
# What follows a person's name: "who", "said he", family.
_PERSON_AFTER = re.compile(
    r",\s+who\s|\s+(?:said|says|added)\s+(?:that\s+)?(?:he|she)\s"
    r"|['’]s\s+(?:wife|husband|son|daughter|family|mother|father|lawyer)\b"
)


# A speech verb and "on" right before a name: the name is where it was said, a broadcaster
# ("he said on Fox Cricket", "speaking on Sky News", "told reporters on Channel Nine").
_ON_AIR = re.compile(
    r"(?<![\w’'\-])(?:said|says|saying|speaking|spoke|told\s+[\w’'\-]+|appearing|"
    r"interview|comments?|remarks?)\s+on\s+$"
)


def _broadcasters(
    text: str, mentions: list[Mention], accs: dict[str, _Acc], ids: list[str]
) -> None:
    """Make an organisation of each person of ``ids`` (no role, unlisted) every mention of
    which follows a speech verb and "on" (:data:`_ON_AIR`): a broadcaster, no person."""
    wanted = set(ids)
    aired: set[str] = set()
    other: set[str] = set()
    for m in mentions:
        aid = m.actor_id
        if aid in wanted:
            # (the cheap test first: most names follow no "on")
            if text.startswith("on ", m.start - 3) and _ON_AIR.search(
                text, max(0, m.start - 40), m.start
            ):
                aired.add(aid)
            else:
                other.add(aid)
    for aid in aired - other:
        accs[aid].kind = _ORGANISATION


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
