"""Actors: mentions, canonical actors, speakers and quotes.

Public API::

    analyse_actors(text, sentences, dictionary=None) -> ActorAnalysis
    load_actor_dictionary(path) -> ActorDictionary      (raises ActorDictionaryError)
    link_corpus(analyses) -> dict[str, str]             (per-article id -> corpus id)
    match_actor_names(query, actors) -> set[str]        (alias-aware filter lookup)
    clear_caches()                                      (forget memoised lookups; benchmarks)
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import islice
from operator import itemgetter, le

from explorer.model import Actor, ActorKind, Attribution, Mention, Quote, Sentence
from explorer.parse.actors.acting import acting_held
from explorer.parse.actors.affiliation_ids import affiliation_ids
from explorer.parse.actors.ages import age_mentions
from explorer.parse.actors.bare_ministries import owned_ministries
from explorer.parse.actors.bare_nouns import bare_kind_nouns
from explorer.parse.actors.campuses import university_campuses
from explorer.parse.actors.canonical import canonicalise
from explorer.parse.actors.canonical.short_forms import listed_short_forms, short_form_owners
from explorer.parse.actors.capital_owners import capital_possessive_owners
from explorer.parse.actors.capitals import capital_governments, ministers_in_capitals
from explorer.parse.actors.club_towns import club_towns
from explorer.parse.actors.corpus import link_corpus, match_actor_names
from explorer.parse.actors.counterparts import counterparts
from explorer.parse.actors.country_banks import country_central_banks
from explorer.parse.actors.court_justices import court_justices
from explorer.parse.actors.dateline_leaders import dateline_leaders
from explorer.parse.actors.demonym_subjects import demonym_subjects
from explorer.parse.actors.described_again import described_again
from explorer.parse.actors.described_person import persons_described_again
from explorer.parse.actors.dictionary import (
    ActorDictionary,
    ActorDictionaryError,
    load_actor_dictionary,
)
from explorer.parse.actors.epithets import epithet_mentions, epithet_owned_groups
from explorer.parse.actors.families import family_mentions
from explorer.parse.actors.game_makers import games_companies
from explorer.parse.actors.genders import person_genders
from explorer.parse.actors.headlines import without_headline_guesses
from explorer.parse.actors.holders import (
    country_titles,
    demonym_nationals,
    offices_held,
    spokesman_owners,
)
from explorer.parse.actors.instruments import without_instruments
from explorer.parse.actors.interviews import interview_answers
from explorer.parse.actors.its_described import its_described_owners
from explorer.parse.actors.lawmakers import lawmaker_held
from explorer.parse.actors.lead_named import lead_named
from explorer.parse.actors.led_by import leaders_named
from explorer.parse.actors.lexicon import build_lexicon
from explorer.parse.actors.mentions import clear_caches as _clear_mention_caches
from explorer.parse.actors.mentions import find_candidates
from explorer.parse.actors.mentions.collective_who import WHO_ARE, collective_names
from explorer.parse.actors.nicknames import mask_nicknames, masked_sentences, unmasked
from explorer.parse.actors.nominal import HELD_STRETCH, Nominal, definite_descriptions
from explorer.parse.actors.nominal import clear_caches as _clear_nominal_caches
from explorer.parse.actors.noun_cues import without_noun_cues
from explorer.parse.actors.parties import apposed_parties
from explorer.parse.actors.people import find_person
from explorer.parse.actors.place_demonyms import place_demonyms
from explorer.parse.actors.place_surnames import surname_places
from explorer.parse.actors.police_forces import bare_police
from explorer.parse.actors.possessed_apposed import possessed_apposed
from explorer.parse.actors.quotes import QuoteSpan, find_quotes
from explorer.parse.actors.services import SERVICE_NAMES, country_names
from explorer.parse.actors.short_form_titles import short_form_titles
from explorer.parse.actors.speakers import find_speakers
from explorer.parse.actors.speakers.speaker_kinds import _IT_SPEAKERS
from explorer.parse.actors.speakers.split_cue import cue_after_split
from explorer.parse.actors.speakers.spokesmen import _FOR_GAP, _SPOKES_GROUPS
from explorer.parse.actors.surnames import first_key, surname_key
from explorer.parse.actors.titled_again import (
    demonym_described_again,
    owned_titles_again,
    titled_again,
    titled_speakers,
)
from explorer.parse.actors.union_locals import union_locals
from explorer.parse.actors.wordscan import clear_caches as _clear_scan_caches
from explorer.parse.actors.wordscan import scan_words

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_GROUP = ActorKind.GROUP
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON

__all__ = [
    "ActorAnalysis",
    "ActorDictionary",
    "ActorDictionaryError",
    "analyse_actors",
    "clear_caches",
    "link_corpus",
    "load_actor_dictionary",
    "match_actor_names",
]


_AFFILIATIONS = frozenset({ActorKind.COUNTRY, ActorKind.ORGANISATION})
_QUOTE_MARKS = ("“", "”", '"')


@dataclass(frozen=True, slots=True)
class ActorAnalysis:
    actors: tuple[Actor, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    attributions: tuple[Attribution, ...] = ()


_NO_EMPLOYERS: Mapping[str, str] = {}


def _own_speaker(
    text: str,
    q: QuoteSpan,
    sentences: Sequence[Sentence],
    starts: list[int],
    by_sentence: dict[int, list[Attribution]],
    persons: frozenset[str],
    employers: Mapping[str, str] = _NO_EMPLOYERS,
) -> str | None:
    qs, qe = q.start, q.end
    si = bisect_right(starts, qs) - 1
    if si < 0:
        return None
    sent = sentences[si]
    said = by_sentence.get(si)
    if said:
        own = [a for a in said if not qs <= a.cue_start < qe]
        if len(own) == 1:
            return own[0].speaker_id  # (the common case: no key function to call)
        if own:
            # 'X said Tehran would "not yield," according to the ministry': the quote is
            # what the speaker said; "according to" names the source of the report.
            said_own = [a for a in own if not text.startswith("according", a.cue_start)]
            if 0 < len(said_own) < len(own) and all(a.cue_end <= qs for a in said_own):
                own = said_own
            first = min(own, key=lambda a: a.cue_start)
            boss = employers.get(first.speaker_id)
            if boss is not None and all(
                a is first or (a.speaker_id == boss and a.cue_start > first.cue_end) for a in own
            ):
                # 'IMF spokeswoman X said the Fund welcomed "..."': the quote is the
                # spokeswoman's words, reporting her employer's (as 'X said Brussels
                # "strongly urged"')
                return first.speaker_id
            best = min(own, key=lambda a: qs - a.cue_end if a.cue_end <= qs else a.cue_start - qe)
            return best.speaker_id
    # A quote running over sentences ("A. B," X said.): the cue of the sentence it ends in.
    last = bisect_right(starts, q.end - 1) - 1
    if last > si:
        later = [a for a in by_sentence.get(last, []) if a.cue_start >= q.end] or cue_after_split(
            q.end, last, sentences, by_sentence
        )
        if later:
            return later[0].speaker_id
    whole = q.start <= sent.start + 1 and q.end >= sent.end - 2
    prev = sentences[si - 1] if si > 0 else None
    # '"A," X said. "B."': a quote opening a sentence right after a quoted statement of the
    # same paragraph continues it.
    if (
        q.start <= sent.start + 1
        and prev is not None
        and prev.paragraph == sent.paragraph
        and by_sentence.get(si - 1)
        and _has_quote_mark(prev.text)
    ):
        return by_sentence[si - 1][-1].speaker_id
    nxt = sentences[si + 1] if si + 1 < len(sentences) else None
    if (
        prev is not None
        and prev.paragraph == sent.paragraph
        and prev.text.rstrip().endswith(":")
        and by_sentence.get(si - 1)
    ):
        return by_sentence[si - 1][-1].speaker_id
    if (
        whole
        and nxt is not None
        and nxt.paragraph == sent.paragraph
        and len(nxt.text) <= 60
        and by_sentence.get(si + 1)
    ):
        return by_sentence[si + 1][0].speaker_id
    # 'X said the talks had failed. "We tried everything."': a quote filling its sentence
    # right after one speaker's reported statement in its paragraph is that speaker's.
    if whole and prev is not None and prev.paragraph == sent.paragraph:
        before = by_sentence.get(si - 1)
        if before and len({a.speaker_id for a in before}) == 1:
            return before[0].speaker_id
        # '"A," said X. She expects a cut. "B."': a quote filling its sentence after a
        # sentence of the same paragraph whose subject is "he" or "she" (no statement) is
        # the one person who spoke in the sentence before that.
        if not before and si > 1 and prev.text.startswith(_PRONOUN_SUBJECTS):
            earlier = by_sentence.get(si - 2)
            if (
                earlier
                and len({a.speaker_id for a in earlier}) == 1
                and earlier[0].speaker_id in persons
            ):
                return earlier[0].speaker_id
    return None


_PRONOUN_SUBJECTS = ("He ", "She ")


def _has_quote_mark(text: str) -> bool:
    """Whether ``text`` has a mark of _QUOTE_MARKS (three tests without a generator)."""
    return "“" in text or "”" in text or '"' in text


def _quote_speakers(
    text: str,
    sentences: Sequence[Sentence],
    spans: list[QuoteSpan],
    attributions: Sequence[Attribution],
    persons: frozenset[str] = frozenset(),
    employers: Mapping[str, str] = _NO_EMPLOYERS,
) -> list[str | None]:
    """The speaker of each quote: the attribution of its sentence (nearest cue), or of an
    adjacent sentence that introduces it ("X said:") or closes it ("..." he said.)."""
    if not spans:
        return []  # (no quote: no index of the sentences and statements to make)
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list[Attribution]] = {}
    for a in attributions:
        by_sentence.setdefault(a.sentence_index, []).append(a)
    own_speakers: list[str | None] = []
    for q in spans:
        own_speakers.append(
            _own_speaker(text, q, sentences, starts, by_sentence, persons, employers)
        )
    # A quote running over paragraphs has one speaker, said in any of its parts.
    chains: dict[int, str | None] = {}
    for q, who in zip(spans, own_speakers, strict=True):
        if chains.get(q.chain) is None:
            chains[q.chain] = who
    out = [chains[q.chain] for q in spans]
    return out


def _with_nominal(
    text: str,
    actors: tuple[Actor, ...],
    mentions: list[Mention],
    nominal: tuple[Nominal, ...],
    kinds: dict[str, ActorKind],
    renamed: dict[str, str],
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """Add the title phrases found as speakers ("a spokesman for the ministry") as group
    actors; a group mention inside one ("a spokesman") is part of it. The affiliation is
    the first country or organisation the phrase names ("the German chancellor")."""
    spans = sorted({(n.start, n.end) for n in nominal})
    starts = [a for a, _ in spans]

    def inside(m: Mention) -> tuple[int, int] | None:
        idx = bisect_right(starts, m.start) - 1
        if idx >= 0 and spans[idx][0] <= m.start and m.end <= spans[idx][1]:
            return spans[idx]
        return None

    affiliations: dict[tuple[int, int], str] = {}
    kept: list[Mention] = []
    for m in mentions:
        span = inside(m)
        if span is not None and kinds.get(m.actor_id) is _GROUP:
            continue
        if span is not None and kinds.get(m.actor_id) in _AFFILIATIONS:
            affiliations.setdefault(span, m.actor_id)
        kept.append(m)
    new: dict[str, Actor] = {}
    added: set[tuple[int, int]] = set()
    # An actor the names made keeps its aliases (and gets the phrase's role if it has none);
    # a country's service the names made in another form is that one ("the U.S. Navy" ...
    # "the U.S. navy said": not "American Navy").
    present = {a.id: a for a in actors}
    services: dict[tuple[str | None, str | None], str] = {
        (a.affiliation, head): a.id
        for a in actors
        if a.kind is _ORGANISATION and a.affiliation is not None
        for head in SERVICE_NAMES
        if a.id.endswith(" " + head)
    }
    for n in nominal:
        aff = affiliations.get((n.start, n.end)) or n.affiliation
        nid = n.id
        if n.kind is _ORGANISATION and nid not in present:
            head = next((h for h in SERVICE_NAMES if nid.endswith(" " + h)), None)
            nid = services.get((aff, head), nid)
            if nid != n.id:
                renamed[n.id] = nid  # (the speaker's id in the attributions)
        if (n.start, n.end) not in added:
            added.add((n.start, n.end))
            kept.append(Mention(n.start, n.end, text[n.start : n.end], nid))
        if nid in present:
            if present[nid].role is None and n.role is not None:
                present[nid] = replace(present[nid], role=n.role)
        elif nid not in new:
            new[nid] = Actor(nid, n.kind, (), n.role, aff)
    kept.sort(key=lambda m: (m.start, -m.end))
    used = {m.actor_id for m in kept}
    old = tuple(present[a.id] for a in actors if a.id in used)
    return old + tuple(new.values()), kept


# Roles ending in "minister" of no portfolio: heads of government, and former ministers.
_NOT_PORTFOLIOS = frozenset(
    {"prime minister", "chief minister", "deputy prime minister", "first minister"}
)


def _role_holders(
    text: str, actors: Sequence[Actor], mentions: Sequence[Mention]
) -> dict[str, tuple[str, int, int]]:
    """The person a role alone refers to ("the governor said" is RBI Governor Anand
    Kulkarni), with the start of their first mention and the end of their reign: where the
    next person with that role is first named ("Pope Leo ... the pope said ... Pope
    Francis": the pope is Leo until Francis is named; ``_NO_RIVAL`` for the one holder)."""
    by_role: dict[str, list[str]] = {}
    portfolios: list[str] = []  # the ministers of a portfolio ("transport minister")
    for a in actors:
        if a.role and a.kind is _PERSON:  # (most actors have no role)
            by_role.setdefault(a.role, []).append(a.id)
            if (
                a.role.endswith(" minister")
                and a.role not in _NOT_PORTFOLIOS
                and not a.role.startswith(("former ", "ex-"))
            ):
                portfolios.append(a.id)
    if not by_role:
        return {}
    # "the minister said" of the one minister of a portfolio named ("Transport Minister X"),
    # if no one is a minister of none; not of a head of government ("the chief minister")
    minister = portfolios[0] if len(portfolios) == 1 and "minister" not in by_role else None
    holders = {pid for ids in by_role.values() for pid in ids}
    first: dict[str, int] = {}
    for m in mentions:
        if m.actor_id in holders and m.start < first.get(m.actor_id, m.start + 1):
            first[m.actor_id] = m.start
    held: dict[str, tuple[str, int, int]] = {}
    for role, ids in by_role.items():
        named = sorted((first[pid], pid) for pid in ids if pid in first)
        if named:
            until = named[1][0] if len(named) > 1 else _NO_RIVAL
            held[role] = (named[0][1], named[0][0], until)
    if "cting " in text or "nterim " in text:
        held.update(acting_held(held))  # "Acting President X ... the president said": X
    if "justice" in held and "judge" not in held:
        held["judge"] = held["justice"]  # "Mr Justice Fancourt ... the judge wrote"
    if "lawmaker" not in held:
        held.update(lawmaker_held(held))  # "Senator X said ... The lawmaker said": X
    if minister is not None and minister in first:
        held["minister"] = (minister, first[minister], _NO_RIVAL)
    elif len(portfolios) > 1 and "minister" not in by_role:
        # ("Security Minister X ... The minister said ... Defence Minister Y": of several
        # ministers of a portfolio, the one named last, shortly before)
        for n, stretch in enumerate(_recent_stretches(text, mentions, set(portfolios))):
            held[f"minister{HELD_STRETCH}{n}"] = stretch
    kinds: dict[str, ActorKind] | None = None  # (made when a role has two holders: rarely)
    affiliation: dict[str, str | None] = {}
    for role, ids in by_role.items():
        if len(ids) < 2:
            continue
        if kinds is None:
            kinds = {a.id: a.kind for a in actors}
            affiliation = {a.id: a.affiliation for a in actors}
        # A country's one holder of a role the others hold in organisations ("President
        # Trump ... Kansas City Fed President X ... the president said": Trump): the role
        # alone names them wherever the first holder's reign does not reach (see
        # speakers.results._role_holder).
        owners = [kinds.get(affiliation[pid] or "") for pid in ids]
        heads = [
            pid
            for pid, k in zip(ids, owners, strict=True)
            if k is _COUNTRY or (k is None and affiliation[pid] in country_names())
        ]
        if len(heads) == 1 and owners.count(_ORGANISATION) == len(ids) - 1 and heads[0] in first:
            # Only where the country's holder is the one of them named last ("President
            # Trump ... UAW President Shawn Fain ... the president said" is not Trump): one
            # entry per such stretch of text (HELD_STRETCH and its number).
            head, others = heads[0], set(ids) - {heads[0]}
            stretches: list[tuple[int, int]] = []
            since = -1
            for m in mentions:
                if m.actor_id == head and since < 0:
                    since = m.start
                elif m.actor_id in others and since >= 0:
                    stretches.append((since, m.start))
                    since = -1
            if since >= 0:
                stretches.append((since, _NO_RIVAL))
            for n, (lo, hi) in enumerate(stretches):
                held[f"{role}{HELD_STRETCH}{n}"] = (head, lo, hi)
        elif not heads:
            # Holders of no country's role ("Celtics coach X ... Mavericks coach Y"): after the
            # first one's reign, the one named last, shortly before ("Kidd said his team
            # would be back. “...,” the coach said").
            for n, (who, lo, hi) in enumerate(_recent_stretches(text, mentions, set(ids))):
                held[f"{role}{HELD_STRETCH}{n}"] = (who, lo, hi)
    if (
        len(portfolios) == 1
        and (bare := held.get("minister")) is not None
        and (p := portfolios[0]) in first
        and first[p] < bare[1]
    ):
        # "Saudi Arabia's energy minister, X, ... The minister said ... The UAE's minister of
        # energy, Y,": before the minister of no portfolio is named, the one of a portfolio
        n = 0
        while f"minister{HELD_STRETCH}{n}" in held:
            n += 1
        held[f"minister{HELD_STRETCH}{n}"] = (p, first[p], bare[1])
    return held


# How far after a holder's mention "the coach" is still theirs, where rivals hold the role
# (about two sentences).
_RECENT_REACH = 300
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")
# Before a holder named as a preposition's object (with their title: "of Pope ", "of
# coach ").
_OBJECT_BEFORE = re.compile(
    r"(?<![\w\-])(?:of|to|by|with|for|from|after)\s+(?:the\s+)?(?:[a-z][\w\-]*\s+)?"
    r"(?:[A-Z][\w.’'\-]*\s+){0,3}\Z"
)


def _recent_stretches(
    text: str, mentions: Sequence[Mention], ids: set[str]
) -> list[tuple[str, int, int]]:
    """The stretches of text in which the role of the persons ``ids`` names the one of them
    named last: from each mention to ``_RECENT_REACH`` after it or the next rival's mention;
    none from a mention in the sentence of a rival's."""
    named = [(m.start, m.end, m.actor_id) for m in mentions if m.actor_id in ids]
    out: list[tuple[str, int, int]] = []
    rival_end = -1  # the end of the last mention of another than the one at hand
    for k, (start, end, who) in enumerate(named):
        if k and named[k - 1][2] != who:
            rival_end = named[k - 1][1]
        if _OBJECT_BEFORE.search(text, max(0, start - 60), start):
            continue  # ("after the death of Pope Francis": named, not the one spoken of)
        if rival_end >= 0 and _SENTENCE_END.search(text, rival_end, start) is None:
            continue  # ("President A met President B. The president said": either)
        until = end + _RECENT_REACH
        for later, _, other in named[k + 1 :]:
            if other != who:
                until = min(until, later)
                break
        out.append((who, start, until))
    return out


def _owned_spokes_groups(
    text: str, actors: tuple[Actor, ...], mentions: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """``actors`` and ``mentions`` with each mention of a bare spokesman group right after
    an organisation's or country's mention (one space between) made that owner's, so too
    one right before "for"/"of" (and "the") and the owner ("A spokeswoman for the FTC declined to
    comment"), and the groups left without mentions dropped."""
    kinds = {a.id: a.kind for a in actors}
    out = list(mentions)
    moved = False
    for k in range(1, len(out)):
        m, prev = out[k], out[k - 1]
        if (
            m.actor_id in _SPOKES_GROUPS
            and prev.end + 1 == m.start
            and kinds.get(m.actor_id) is _GROUP
            and kinds.get(prev.actor_id) in _IT_SPEAKERS
        ):
            out[k] = Mention(m.start, m.end, m.text, prev.actor_id)
            moved = True
    for k in range(len(out) - 1):
        m, nxt = out[k], out[k + 1]
        if (
            m.actor_id in _FOR_SPOKES_GROUPS
            and kinds.get(m.actor_id) is _GROUP
            and kinds.get(nxt.actor_id) in _IT_SPEAKERS
            and _FOR_GAP.fullmatch(text, m.end, nxt.start) is not None
        ):
            out[k] = Mention(m.start, m.end, m.text, nxt.actor_id)
            moved = True
    if not moved:
        return actors, mentions
    used = {m.actor_id for m in out}
    return tuple(
        a for a in actors if a.id in used or a.id not in _SPOKES_GROUPS | _FOR_SPOKES_GROUPS
    ), out


# A bare spokesman group whose owner follows "for (the)": "A spokeswoman for the FTC".
_FOR_SPOKES_GROUPS = frozenset(
    f"{det}{w}" for det in ("", "a ", "the ") for w in ("spokesman", "spokeswoman", "spokesperson")
)


# The end of the reign of a role's one holder (see _role_holders): none.
_NO_RIVAL = 1 << 62


def _with_descriptions(
    actors: tuple[Actor, ...], mentions: list[Mention], described: list[Mention]
) -> tuple[tuple[Actor, ...], list[Mention]]:
    """The mentions with the definite descriptions ("the company") added, in place of a group
    mention inside one ("the group"); the actors still mentioned."""
    starts = [m.start for m in mentions]
    if not all(map(le, starts, islice(starts, 1, None))):
        # (Mentions out of order: each tested against every description.)
        spans = [(d.start, d.end) for d in described]
        kept = [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]
    else:
        # The mentions inside a description start inside it (or at its end, if empty):
        # found by bisect.
        inside = {
            k
            for d in described
            for k in range(bisect_left(starts, d.start), bisect_right(starts, d.end))
            if mentions[k].end <= d.end
        }
        kept = [m for k, m in enumerate(mentions) if k not in inside] if inside else mentions[:]
    dropped = len(kept) < len(mentions)
    kept_starts = [m.start for m in kept]
    for d in described:  # (few: inserted in order)
        at = bisect_right(kept_starts, d.start)
        kept.insert(at, d)
        kept_starts.insert(at, d.start)
    if dropped:
        used = {m.actor_id for m in kept}
        actors = tuple(a for a in actors if a.id in used)
    return actors, kept


# Nouns a group word may modify as an adjective ("the official results", "official case
# counts"): then it names no group.
_MODIFIED_WORDS = """
results result figures figure data statement statements count counts estimate estimates
toll tally media website visit visits residence language channels channel documents
document records record report reports version numbers number statistics name status
list rate rates policy position account ceremony launch announcement release response
reaction decision confirmation business trip trips capacity duties duty case cases
tallies vote votes seal portrait photograph photo car cars death oppression misconduct
corruption secrets opening inflation unemployment guidance forecast forecasts projections
languages line forecaster forecasters watchdog regulator body agency broadcaster newspaper
mouthpiece
"""
_MODIFIED_NOUNS = frozenset(_MODIFIED_WORDS.split())
_MODIFIER_HEADS = frozenset({"official", "Official"})
_OWNER_ENDS = ("'s ", "’s ", "the ", "The ", "its ", "Its ", "their ")


def _source(text: str, head: tuple[int, int]) -> bool:
    """Whether the group word at ``head`` is "source(s)" (before "of": a thing's source)."""
    return text[head[0] : head[1]].lower() in ("source", "sources")


def _modifier(text: str, head: tuple[int, int]) -> bool:
    """Whether the group word at ``head`` is an adjective before a noun ("official")."""
    start, end = head
    if end - start != 8 or text[start:end] not in _MODIFIER_HEADS or text[end : end + 1] != " ":
        return False
    nxt = text[end + 1 : end + 16].split(None, 1)
    if not nxt:
        return False
    if nxt[0][:1].isupper():
        # "North Korea's official Korean Central News Agency", "the official Xinhua news
        # agency": before a name after an owner or "the" (not "Hamas official Basem Naim").
        return text[max(0, start - 5) : start].endswith(_OWNER_ENDS)
    # (a closing quote too: '... wait for the official count."')
    return nxt[0].rstrip(".,;:!?\"'”’)") in _MODIFIED_NOUNS


def clear_caches() -> None:
    """Forget the memoised name lookups (not the data), so a benchmark measures a first pass
    over a corpus; the parse results do not depend on them."""
    _clear_mention_caches()
    _clear_scan_caches()
    _clear_nominal_caches()
    surname_key.cache_clear()
    first_key.cache_clear()
    find_person.cache_clear()
    lex = build_lexicon()
    lex.memo.clear()
    lex.firsts.clear()


def analyse_actors(
    text: str, sentences: Sequence[Sentence], dictionary: ActorDictionary | None = None
) -> ActorAnalysis:
    """Actors mentioned in ``text``, their mentions, direct quotes and speakers."""
    masked = mask_nicknames(text)
    if masked is not None:
        # 'Joaquin "El Chapo" Guzman': one person, no quote
        return unmasked(
            text, analyse_actors(masked, masked_sentences(masked, tuple(sentences)), dictionary)
        )
    # build_lexicon() and build_lexicon(()) are separate cache entries: call it without an
    # argument for no dictionary, so clear_caches() clears the lexicon in use.
    lex = build_lexicon(dictionary.actors) if dictionary is not None else build_lexicon()
    words = scan_words(text)
    # (_modifier's first test inline: most heads are no "official")
    heads = [
        h
        for h in words.group_heads
        if (h[1] - h[0] != 8 or not _modifier(text, h))
        # "a source of income", "sources of funding": no informant
        and not (h[1] - h[0] in (6, 7) and text.startswith(" of ", h[1]) and _source(text, h))
    ]
    cues = without_noun_cues(text, words.cues)  # ("Greek claims had no basis")
    raws = find_candidates(text, lex, heads, frozenset(map(itemgetter(0), cues)))
    raws = without_headline_guesses(text, raws)  # "Unilever Weighs Sale of ... Brands"
    if "$" in text:
        # a currency's sign: "C$18 billion", "HK$5 billion", "US$2 million" name no actor
        raws = [r for r in raws if text[r.end : r.end + 1] != "$"]
    if ", who " in text and any(w in text for w in WHO_ARE):
        raws = collective_names(text, raws)  # "La Real, who are ninth, ...": no person
    if "University of " in text:
        raws = university_campuses(text, raws)  # "the University of California, Berkeley"
    if "Local " in text or "Lodge " in text:
        raws = union_locals(text, raws)  # "UAW Local 900", "Union Local 140 President X"
    actors, mentions = canonicalise(text, raws, lex)
    actors, mentions = listed_short_forms(actors, mentions, lex)  # "Eli Lilly ... Lilly said"
    actors, mentions = bare_police(text, actors, mentions)  # "X Police said ... Police said"
    # (each test of a word the text lacks reads all of it: the spokesmen's once for two passes)
    spokes = "spokes" in text
    if spokes:
        mentions = short_form_owners(text, actors, mentions, lex)  # "A Lilly spokeswoman said"
    actors = short_form_titles(text, actors, mentions) or actors  # "A Halvern spokeswoman, X,"
    actors, mentions = family_mentions(actors, mentions)
    actors, mentions = surname_places(text, actors, mentions)  # "Lewis Hamilton ... Hamilton"
    actors, mentions = place_demonyms(actors, mentions) or (actors, mentions)  # "Valdorian"
    actors = apposed_parties(text, actors, mentions)  # "Sen. X, a Republican, said"
    actors, mentions = without_instruments(text, actors, mentions)  # "Treasury yields"
    actors, mentions = games_companies(text, actors, mentions)  # "Kestrel Games sued"
    actors = leaders_named(text, actors, mentions) or actors  # "the D66 party led by X"
    if bare := bare_kind_nouns(text, actors, mentions):
        actors, mentions = bare  # "The ANC said ... Party Secretary-General X told"
    actors, mentions, _ = offices_held(actors, mentions)
    actors = demonym_nationals(text, actors, mentions) or actors  # "American X took silver"
    actors = counterparts(text, actors, mentions) or actors  # "his Saudi counterpart X"
    if lex.club_ids and (towns := club_towns(text, actors, mentions, lex.club_ids)):
        actors, mentions = towns  # "Real Madrid beat Bayern. Madrid coach X said"
    if "s " in text and (titled := country_titles(text, actors, mentions)):
        actors, mentions = titled  # "Hungary's prime minister vetoed ... Prime Minister X"
    if "s " in text and (named := lead_named(text, sentences, actors, mentions)):
        actors, mentions = named  # "Britain's health secretary promised ... / X told"
    if lex.capital_of and (" in " in text or "In " in text):  # (the common word first)
        # "In Seoul, Industry Minister X said", "X told reporters in Seoul": South Korea's
        actors = ministers_in_capitals(text, actors, mentions, lex.capital_of) or actors
    if "’s " in text or "'s " in text:  # ("Kyiv's ambassador to Poland, X,": Ukraine's)
        actors = capital_possessive_owners(text, actors, mentions, lex.capital_of) or actors
        actors = possessed_apposed(text, actors, mentions) or actors  # "India's regulator, the X,"
    if lex.capital_of and (" (" in text[:200] or " -" in text[:200]):  # ("WARSAW ... President X")
        actors = dateline_leaders(text, actors, mentions, lex.capital_of, sentences) or actors
    if "Ministry" in text and (owned := owned_ministries(text, actors, mentions, lex.capital_of)):
        actors, mentions = owned  # "Greek Foreign Minister X ... The Foreign Ministry said"
    if ("central bank" in text or " ministry" in text) and (
        banks := country_central_banks(text, actors, mentions)
    ):
        # "Ethiopia's central bank ... The bank said", "Japan's finance ministry ... The
        # ministry said"
        actors, mentions = banks
    kinds = {a.id: a.kind for a in actors}
    holders = _role_holders(text, actors, mentions)
    lead_end = sentences[min(len(sentences), 3) - 1].end if sentences else 0
    described = definite_descriptions(
        text, actors, mentions, holders, lex.club_ids, lead_end, kinds, sentences
    )
    # ("the iPhone maker", "the kingdom": the one actor of that kind named before)
    described += epithet_mentions(text, actors, mentions, kinds)
    # ("the paramilitary Rapid Support Forces ... The paramilitary group denied")
    described += described_again(text, mentions, kinds)
    # ("Alcaraz, the defending champion, ... the defending champion said")
    described += persons_described_again(text, mentions, kinds)
    # ("Oscar Piastri spun off ... the 23-year-old said": the one person named just before)
    described += age_mentions(text, mentions, kinds, sentences, actors)
    described += titled_again(text, actors, mentions, kinds)  # "X, a virologist ... the virologist"
    described += owned_titles_again(text, actors, mentions, kinds)  # "The party's president said"
    described += demonym_described_again(text, actors, mentions, kinds)  # "The Nigerian specialist"
    if described:
        actors, mentions = _with_descriptions(actors, mentions, described)
        if "Its " in text:
            # ("The union said ... Its secretary-treasurer, X,": the union's officer)
            actors = its_described_owners(text, actors, mentions, sentences) or actors
    spans = find_quotes(text, sentences)
    found = find_speakers(
        text,
        sentences,
        mentions,
        kinds,
        spans,
        lex.capital_of,
        cues,
        lambda: person_genders(text, actors, mentions),
        holders,
    )
    remapped = found.remapped
    if lex.capital_of and (
        governments := capital_governments(text, mentions, kinds, lex.capital_of)
    ):
        remapped = {**governments, **remapped}
    if remapped:
        for idx, new_id in remapped.items():
            m = mentions[idx]
            mentions[idx] = Mention(m.start, m.end, m.text, new_id)
        used = {m.actor_id for m in mentions}
        present = {a.id for a in actors}
        extra = tuple(
            Actor(c, _COUNTRY, lex.aliases.get(c, ()))
            for c in dict.fromkeys(remapped.values())
            if c not in present
        )
        actors = tuple(a for a in actors if a.id in used) + extra
    if ", who" in text and (moved := demonym_subjects(text, sentences, actors, mentions)):
        # "The Norwegian, who holds the record, finished third": the runner, not Norway
        was = {m.actor_id for m in mentions}
        mentions = moved
        used = {m.actor_id for m in mentions}
        actors = tuple(a for a in actors if a.id in used or a.id not in was)
    attributions = found.attributions
    if found.nominal:
        renamed: dict[str, str] = {}
        actors, mentions = _with_nominal(text, actors, mentions, found.nominal, kinds, renamed)
        # ("Hungary's prime minister had threatened ...", a speaker before the prime
        # minister is named: the one person holding the office)
        actors, mentions, held = offices_held(actors, mentions)
        actors, mentions, again = titled_speakers(text, actors, mentions)  # "the general said"
        renamed = {
            **{old: held.get(new, new) for old, new in renamed.items()},
            **held,
            **again,
        }
        if renamed:
            attributions = tuple(
                replace(a, speaker_id=renamed.get(a.speaker_id, a.speaker_id)) for a in attributions
            )
    spoken_for, services = spokesman_owners(actors)  # "A Commission spokesman said": it speaks
    if spoken_for:
        attributions = tuple(
            replace(a, speaker_id=spoken_for.get(a.speaker_id, a.speaker_id)) for a in attributions
        )
        mentions = [
            m
            if m.actor_id not in spoken_for
            else Mention(m.start, m.end, m.text, spoken_for[m.actor_id])
            for m in mentions
        ]
        actors = tuple(a for a in actors if a.id not in spoken_for) + services
    if spokes:
        # "A White House spokesman did not respond": the spokesman of an organisation or
        # country named right before, a mention of it also where it says nothing (as "A
        # Toyota spokesman said" is), no group "spokesman" of several owners
        actors, mentions = _owned_spokes_groups(text, actors, mentions)
    actors = epithet_owned_groups(actors, mentions)  # "The Blues' manager": Chelsea's
    actors = affiliation_ids(actors) or actors  # "The Christian Democrats' general secretary"
    actors = court_justices(actors) or actors  # "Chief Justice X" of the Supreme Court named
    persons = frozenset(a.id for a in actors if a.kind is _PERSON)
    attributions = interview_answers(text, sentences, attributions, persons)  # "A: ..."
    # (the employers of the persons: "IMF spokeswoman X said the Fund welcomed "..."")
    employers = {
        a.id: a.affiliation for a in actors if a.affiliation is not None and a.kind is _PERSON
    }
    speakers = _quote_speakers(text, sentences, spans, attributions, persons, employers)
    quotes = tuple(
        Quote(q.start, q.end, text[q.start : q.end], who)
        for q, who in zip(spans, speakers, strict=True)
    )
    return ActorAnalysis(actors, tuple(mentions), quotes, attributions)
