"""Find mention candidates: runs of capitalised words, user phrases, generic groups.

The result is a list of :class:`Raw` candidates in text order, not overlapping. Known
names carry their actor id; unknown names carry their surface form and a provisional kind
(``None`` when only a later link to a person can make them an actor).

The modules, each resting on those before it: tables (shared tables), raw (the candidate),
words (shared tests of the words around a name), actions (what a run is by its text), the
run scanner's layers of rules state -> employers -> titles -> names -> scanner, groups
(group phrases), passes (names the run scan cannot see, corrections of its output),
resolve (overlaps). This module: :func:`find_candidates`, and what others import.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from explorer.model import ActorKind
from explorer.parse.actors.countries import countries
from explorer.parse.actors.data import load_toml, vocabulary
from explorer.parse.actors.lexicon import Lexicon
from explorer.parse.actors.mentions.actions import (
    _ACTIONS_MAX,
    _Action,
    _action,
    _actions,
    _KnownAt,
    _RankEnd,
)
from explorer.parse.actors.mentions.agency_names import agency_named
from explorer.parse.actors.mentions.apposed_bodies import apposed_bodies
from explorer.parse.actors.mentions.country_suffix import country_named
from explorer.parse.actors.mentions.dateline_town import dateline_town
from explorer.parse.actors.mentions.firm_towns import firm_towns
from explorer.parse.actors.mentions.firm_words import firm_words
from explorer.parse.actors.mentions.firms import firm_employees, firm_names
from explorer.parse.actors.mentions.government_names import government_names
from explorer.parse.actors.mentions.groups import _group_phrases, _title_openers, region_demonyms
from explorer.parse.actors.mentions.law_names import without_law_names
from explorer.parse.actors.mentions.listed_firms import listed_firms
from explorer.parse.actors.mentions.member_lists import member_list_names
from explorer.parse.actors.mentions.month_names import NAME_OPENING_WORDS, with_opening_name_word
from explorer.parse.actors.mentions.name_clues import _BEFORE
from explorer.parse.actors.mentions.name_prefixes import name_prefixes
from explorer.parse.actors.mentions.national_bodies import national_named
from explorer.parse.actors.mentions.offices import office_names
from explorer.parse.actors.mentions.owner_words import owner_word_names
from explorer.parse.actors.mentions.passes import (
    INDEX_NAMES,
    _ampersand_names,
    _comma_list_names,
    _entity_names_again,
    _initialled,
    _noun_modifier_openers,
    _plural_titles,
    _possessive_names,
    _shared_surnames,
    _without_indices,
    law_letters,
    places_listed,
)
from explorer.parse.actors.mentions.platforms import platform_names
from explorer.parse.actors.mentions.plural_heads import without_plural_heads
from explorer.parse.actors.mentions.portfolios import portfolio_lists
from explorer.parse.actors.mentions.raw import Raw, is_initial
from explorer.parse.actors.mentions.resolve import _resolve
from explorer.parse.actors.mentions.scanner import _RunScanner
from explorer.parse.actors.mentions.seat_names import seat_places
from explorer.parse.actors.mentions.ships import ship_places
from explorer.parse.actors.mentions.state_names import state_names
from explorer.parse.actors.mentions.tables import (
    _BRACKETED_ABBREVIATION,
    _NOT_INSIDE,
    _ORGANISATION,
    COMPANY_AFTER,
    COMPANY_AFTER_FIRST,
    COMPANY_AFTER_WORDS,
    COMPANY_NEXT,
    HONORIFIC_ROLES,
    PARTY_IDS,
)
from explorer.parse.actors.mentions.then_titles import then_titles
from explorer.parse.actors.mentions.uk_names import uk_named
from explorer.parse.actors.mentions.waters import water_places
from explorer.parse.actors.patterns import patterns, run_start, trie_alt
from explorer.parse.actors.runs import clear_caches as _clear_run_caches

# The names other parts of the engine import from here (canonical, nominal).
__all__ = [
    "COMPANY_AFTER",
    "COMPANY_AFTER_FIRST",
    "COMPANY_AFTER_WORDS",
    "COMPANY_NEXT",
    "HONORIFIC_ROLES",
    "PARTY_IDS",
    "Raw",
    "clear_caches",
    "find_candidates",
]


_HYPHENS = frozenset("-‐‑")
# What follows a dateline's town in capitals: its country or state, or the agency.
_DATELINE_AFTER = re.compile(r",\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+(?:\(|[—–-]\s)|\s+\(")


def clear_caches() -> None:
    """Forget the memoised runs and words (for benchmarks of a first pass)."""
    _clear_run_caches()
    _BEFORE.clear()
    _actions.cache_clear()
    _numbered_probes.cache_clear()
    _rare_names.cache_clear()
    _title_openers.cache_clear()


@lru_cache(maxsize=8)
def _numbered_probes(lex: Lexicon) -> re.Pattern[str] | None:
    """``lex.numbered_probes`` as one alternation: one search of the text, not one
    substring search per probe (the same answer: whether the text holds one)."""
    probes = lex.numbered_probes
    return re.compile("|".join(map(re.escape, probes))) if probes else None


@lru_cache(maxsize=8)
def _rare_names(lex: Lexicon) -> re.Pattern[str]:
    """``lex.numbered_probes`` and the index names (see :func:`_without_indices`) as one
    alternation, a trie (a fifth faster to search than the plain alternation)."""
    return re.compile(trie_alt(sorted({*lex.numbered_probes, *INDEX_NAMES})))


def find_candidates(
    text: str,
    lex: Lexicon,
    group_heads: list[tuple[int, int]],
    cue_starts: frozenset[int] = frozenset(),
) -> list[Raw]:
    """All mention candidates of ``text`` in order, overlaps resolved. ``group_heads``: the
    spans of the generic group nouns, ``cue_starts``: where speech cues start (wordscan)."""
    p = patterns()
    scanner = _RunScanner(text, lex)
    taken: list[Raw] = []
    firms: list[Raw] = []
    if lex.phrase_re is not None:
        for m in lex.phrase_re.finditer(text):
            entry = lex.lookup(m.group())
            if entry is not None:
                taken.append(
                    Raw(
                        m.start(),
                        m.end(),
                        entry.kind,
                        entry.id,
                        True,
                        entry.role,
                        entry.affiliation,
                    )
                )
    # Whether the text may hold a numbered name's probe or an index's name: one search for
    # both pre-tests (most texts hold neither), each then made alone.
    rare = _rare_names(lex).search(text) is not None
    if lex.numbered_re is not None and (
        "\u00a0" in text
        or (rare and (probes := _numbered_probes(lex)) is not None and probes.search(text))
    ):  # (the probes first: the names' regex tries every position of the text)
        for m in lex.numbered_re.finditer(text):
            entry = lex.lookup(m.group())
            if entry is not None:  # ("No 10 said", "told Channel 4 News")
                s, e = m.span()
                taken.append(Raw(s, e, entry.kind, entry.id, True, entry.role, entry.affiliation))
    if " al " in text:
        taken.extend(_al_names(text, lex))
    if "&" in text:
        taken.extend(_ampersand_names(text, lex))
        firms = firm_names(text, lex, [(r.start, r.end) for r in taken])
        taken.extend(firms)
    # Where the abbreviations in brackets start (" (WHO)"): one scan for the three passes
    # that ask (most texts have none)
    brackets = [b.start() for b in _BRACKETED_ABBREVIATION.finditer(text)] if " (" in text else []
    if brackets and ("' " in text or "’ " in text or "'s " in text or "’s " in text):
        taken.extend(_possessive_names(text, brackets))
    if brackets and " and " in text and ", " in text:
        taken.extend(_comma_list_names(text, brackets))
    if ", " in text:
        taken.extend(member_list_names(text, taken))  # "Union of Shop, ... Allied Workers"
    if " X" in text:
        taken.extend(platform_names(text))  # "in a post on X"
    stop = vocabulary().stopwords
    scan_run = scanner.scan_run
    name = scanner.name
    out = scanner.out
    append = out.append
    actions = _actions(lex)
    directions = p.directions
    direction_before = p.direction_before
    for m in p.run_from_capital.finditer(text):
        rs = m.start()
        word = m.group()
        if rs and text[rs - 1] in _HYPHENS:
            rs = run_start(text, rs)  # "al-Assad"
            word = text[rs : m.end()]
        elif word.startswith("All ") and not (
            rs > 1 and text[rs - 1] == " " and text[rs - 2].islower()
        ):
            # "All" opens a name only after a lower-case word ("the ruling All Progressives
            # Congress"), not a sentence ("All Labour MPs voted"): a determiner there.
            rs += 4
            word = word[4:]
        if word in actions:  # (a test, not a KeyError caught: a quarter of runs are new)
            got = actions[word]
        else:  # (the runs of news text recur)
            if len(actions) > _ACTIONS_MAX:
                actions.clear()
            got = actions[word] = _action(word, lex, stop)
        if got is None:
            continue  # a stopword, a title alone: a third of the runs, no actor
        if (
            " " in word
            and (rs == 0 or text[rs - 1] == "\n")
            and not isinstance(got, _KnownAt)
            and word.isupper()
            and _DATELINE_AFTER.match(text, m.end())
        ):
            # "CHTOUKA AIT BAHA, Morocco (Reuters) -": an unlisted dateline's town, no
            # "AIT" and "BAHA" (as "DAR ES SALAAM" names no one)
            continue
        if isinstance(got, _RankEnd):
            action: _Action = got.dotted if text.startswith(".", m.end()) else got.plain
        else:
            action = got
        if isinstance(action, _KnownAt):
            # _RunScanner.known, inlined: the most common case of news text.
            start, end, s, kind, actor_id, role, affiliation = action
            start += rs
            end += rs
            s += rs
            if kind is _PLACE:
                lo = s - 20 if s > 20 else 0
                if text[lo:s].rstrip().endswith(directions):
                    dm = direction_before.search(text, lo, s)
                    if dm is not None:
                        start = dm.start()
            initial = (
                False
                if s > 1 and text[s - 1] == " " and text[s - 2] not in _NOT_INSIDE
                else is_initial(text, s)
            )
            if initial and text[s:end] in _COMMON_WORD_NAMES:
                continue  # "Diet and exercise help": the English word opens the sentence
            if (
                (kind is _COUNTRY or kind is _PLACE)
                # (an adjective only: most mentions are the name itself, "Russia")
                and not (end - s == len(actor_id) and text.startswith(actor_id, s))
                and _language(text, s, end, actor_id)
            ):
                continue  # "through a Spanish interpreter", "spoke in French to reporters"
            append(Raw(start, end, kind, actor_id, True, role, affiliation, None, None, initial))
        elif isinstance(action, int):
            name(rs, rs + action, 1, None)  # one unknown word
        elif action:
            if word.startswith(NAME_OPENING_WORDS):
                action = with_opening_name_word(text, rs, action)  # "May Lindqvist said"
            scan_run(rs, action)
    groups = _group_phrases(text, lex, group_heads, cue_starts, scanner.out)
    titles = vocabulary().titles
    out = _noun_modifier_openers(text, scanner.out, group_heads)
    if "ans" in text:
        out = region_demonyms(out, groups, lex)  # "Latin Americans said"
    if " Act" in text or " Treaty" in text:
        # "the bloc's Digital Markets Act ... the DMA": a law's letters, no actor
        scanner.things.update(law_letters(text))
        out = without_law_names(out)  # "the British Museum Act": a law, no museum
    if scanner.things:  # ("Demand for HBM ..." before "HBM chips")
        out = [r for r in out if r.known or r.name not in scanner.things]
    _plural_titles(text, out, titles)
    places_listed(text, out)
    if " UK" in text:
        uk_named(text, out)  # "Cancer Research UK said"
    agency_named(text, out)  # "Statistics Canada said", "according to Elections Ontario"
    country_named(text, out)  # "The Minerals Council South Africa, which ..., said"
    if "National " in text or "State " in text or "Federal " in text or "Provincial " in text:
        national_named(text, out)  # "Officials at the National Treasury said"
    apposed_bodies(text, out)  # "the Guardia di Finanza, the financial police,"
    firm_words(text, out)  # "Maison Lafitte", "Riyadh Air", "Boeing 737 MAX jets"
    out = listed_firms(text, out)  # "X and Y-Z, two of the largest employers, said"
    out = name_prefixes(text, out)  # "Pacific Orient Lines ... Pacific Orient's shares"
    if " Government" in text:
        government_names(text, out)  # "The Lagos State Government said": no person
    if " State" in text:
        state_names(text, out, lex)  # "Kaduna State Governor X said": a place, its governor
    if " seat" in text or " riding" in text or " constituency" in text or " electorate" in text:
        seat_places(text, out)  # "who held her Dartmouth South seat"
    if " firm " in text or " company " in text or " consultancy " in text:
        firm_towns(text, out)  # "of the Glasgow firm Harper Macleod"
    dateline_town(text, out)  # "MILAN, Dec 3 (Reuters) - ... said Milan needed"
    out = without_plural_heads(text, out)  # '"Universities promised ...," said X'
    if firms:
        firm_employees(text, firms, out)
    if " and " in text:
        _shared_surnames(text, out)
    if scanner.entity_names:
        out = _entity_names_again(text, out, scanner.entity_names)
    scanner.lists.extend(portfolio_lists(text))  # "Minister of Art, Culture and Heritage"
    out = water_places(text, out)  # "the Gulf of Aden", "the Bay of Bengal"
    ship_places(out)  # "HMS Diamond fired": a ship, a place as after its noun
    if "hen-" in text or "hen‑" in text:
        then_titles(text, out)  # "then-President X declared": a former president
    if scanner.lists:
        out = [r for r in out if not any(s < r.start < e for s, e in scanner.lists)]
    for idx, r in enumerate(out):
        # "the 82nd Airborne Division", "the 5th U.S. Circuit Court of Appeals": an ordinal
        # opens the organisation's name.
        if (
            r.kind is _ORGANISATION
            and not r.known
            and r.start > 3
            and text[r.start - 3 : r.start - 1] in _ORDINAL_ENDS
            and (om := _ORDINAL_BEFORE.search(text, r.start - 8, r.start)) is not None
        ):
            out[idx] = replace(r, start=om.start(), name=text[om.start() : r.end])
    out = owner_word_names(text, out)  # "Whole Woman's Health said": one organisation
    if "Ombud" in text or "Adjudicator" in text:
        out = office_names(text, out)  # "The Pension Funds Adjudicator, which ..., said"
    if brackets:
        out = _initialled(text, out, set(brackets))
    out, taken = _without_indices(text, out, taken, rare)
    return _resolve(text, taken, out, groups)


# "linked to al Qaeda and Islamic State": a listed name opened by a particle in lower case
_AL_NAME = re.compile(r"al [A-Z][\w-]+")


def _al_names(text: str, lex: Lexicon) -> list[Raw]:
    """The listed names of ``text`` opened by "al " in lower case ("al Qaeda")."""
    out: list[Raw] = []
    at = text.find(" al ")
    while at >= 0:
        m = _AL_NAME.match(text, at + 1)
        if m is not None and (entry := lex.lookup(m.group())) is not None:
            s, e = m.span()
            out.append(Raw(s, e, entry.kind, entry.id, True, entry.role, entry.affiliation))
        at = text.find(" al ", at + 4)
    return out


_ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})
_ORDINAL_BEFORE = re.compile(r"(?<![\w.])\d{1,3}(?:st|nd|rd|th) $")
_PLACE = ActorKind.PLACE
_COUNTRY = ActorKind.COUNTRY
# What follows a country's adjective that names its language ("a Spanish interpreter",
# "Arabic-language", "French speakers").
_LANGUAGE_AFTER = (
    " interpreter", " translator", " translation", " subtitles", "-language", "-speaking",
    " speakers", " speaker ", " language",
)  # fmt: skip
# "spoke in French to reporters", "answered in English.": the language after "in"/"into",
# then punctuation or a small word.
_IN_LANGUAGE = re.compile(r"[,.;:)”\"]|\s(?:to|and|or|on|with|at|for|before|after|during|as|but)\s")


@cache
def _demonyms() -> frozenset[str]:
    return frozenset(d for c in countries() for d in c.demonyms)


def _language(text: str, s: int, end: int, actor_id: str) -> bool:
    """Whether the country's or place's adjective at ``s``..``end`` names a language."""
    if text[s:end] not in _demonyms():
        return False  # (a country's or place's name: "in France", "in Britain,")
    if text.startswith(_LANGUAGE_AFTER, end):
        return True
    return text.endswith((" in ", " into "), 0, s) and _IN_LANGUAGE.match(text, end) is not None


# Listed bodies' one-word names that are English words too: no body opening a sentence
# without "the" ("Diet and exercise help"; "The Diet passed the budget" is Japan's).
_COMMON_WORD_NAMES = frozenset(load_toml("vocabulary.toml")["common_word_names"])
