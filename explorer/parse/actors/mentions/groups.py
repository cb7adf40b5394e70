"""Generic group phrases ("Iraqi officials", "the army", "analysts at Deutsche Bank"):
their determiner, modifiers and owner around each group noun the word scan found."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from explorer.model import ActorKind
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import Lexicon
from explorer.parse.actors.mentions.family_names import family_name_before
from explorer.parse.actors.mentions.raw import Raw, is_initial
from explorer.parse.actors.mentions.tables import (
    _NOT_INSIDE,
    _ORG_NOUNS,
    _ORGANISATION,
    _PARTY_ADJECTIVES,
    _PARTY_MEMBERS,
    _PARTY_ROLES,
    _PERSON_OR_UNKNOWN,
    _SPOKES,
)
from explorer.parse.actors.patterns import patterns
from explorer.parse.actors.runs import POSSESSIVES, run_sets

_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE

# Staff a company has and no person: a possessive before them names an organisation
# ("Westpac's chief economist", "Halvard's analysts"; see COMPANY_AFTER).
# (Not "employees": "Keating's employees" were a banker's.)
_COMPANY_STAFF = frozenset(
    {"economist", "economists", "analyst", "analysts", "strategist", "strategists"}
)


# Ranks between the owner and such staff ("Westpac's chief economist").
_STAFF_RANKS = frozenset({"chief", "senior", "lead", "head"})
# The words of an apposed title before its noun, with no determiner: "Westpac's chief",
# "chief", "the bank's senior" (an owner's possessive and lower-case modifiers).
_APPOS_TITLE_WORDS = re.compile(
    r"(?:(?:the\s+)?[A-Z][\w.&\-]*['’]s\s+|(?:the\s+)?[a-z]+['’]s\s+)?"
    r"(?:(?!(?:and|or|but|as|while|when|with|who|which)\s)[a-z][a-z\-]*\s+){0,2}"
)


# "the ceasefire's brokers", "the talks' co-sponsors": an owned plural apposed to the names
# before its comma.
_APPOS_OWNED_PLURAL = re.compile(r"the\s+[a-z][a-z\-]*(?:['’]s|s['’])\s+(?:[a-z][a-z\-]*\s+)?")
_BODIES = frozenset({ActorKind.COUNTRY, ActorKind.ORGANISATION})


# Words before a singular group noun that make it a verb ("we monitor", "to witness").
_VERB_BEFORE = (
    " we ",
    " We ",
    " they ",
    " They ",
    " I ",
    " you ",
    " to ",
    " will ",
    " would ",
    " can ",
)


# Group nouns a country's adjective does not own as a group: its government, army and
# forces are the country's (see services.service_before), not a generic group.
_OWNED_AS_COUNTRY = frozenset({"government", "regime", "army", "military", "force", "forces"})
# ... and those an organisation's name before them makes the organisation itself ("the NATO
# alliance").
_OWNED_AS_ITSELF = frozenset({"alliance", "coalition", "group", "bloc", "movement"})
# The lower-case words after which a name opens a group phrase ("according to Iraqi
# officials", "said U.S. officials"); after others it is a modifier among several ("a senior
# Brazilian diplomat", "Qatari and Egyptian mediators").
_OWNER_AFTER = frozenset(
    {"to", "by", "from", "with", "of", "for", "at", "among", "said", "says", "told", "that"}
    | {"as", "when", "while", "but", "after", "before", "on", "in", "where", "because"}
)
# Ranks before an owner's name before a group noun: the phrase is still the owner's ("A
# senior U.S. official said", "top EU diplomats"), unlike a modifier of another kind.
_OWNER_RANKS = frozenset({"senior", "top", "high-ranking", "junior", "former", "retired"})
# Counts before an owner's name before a group noun ("Two EU officials said", "one UN
# official said").
_OWNER_COUNTS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"}
    | {"some", "many", "few", "other", "both", "dozens", "hundreds", "more", "most", "all"}
)


def _name_word(word: str) -> bool:
    """A word that ends as a name's does: a letter, or an abbreviation's dot ("U.S."), not a
    sentence's end ("Lebanon.") or other punctuation."""
    return word[-1].isalpha() or (word[-1] == "." and "." in word[:-1])


def _owner_word(owner: str, before: str) -> bool:
    """Whether ``owner``, the last word of a name before a group noun (and its modifiers),
    can end the name of the group's country or organisation (:func:`_name_word`) that opens
    the phrase (after an article, one of _OWNER_AFTER or punctuation; not after "and" or a
    modifier)."""
    if not _name_word(owner):
        return False  # "Lebanon. Diplomats said": the end of a sentence
    if before in _ARTICLES or before in _OWNER_AFTER or not before:
        return True
    if before.lower() in _OWNER_COUNTS:
        return True  # "Two EU officials", "several Iraqi officials"
    return not before[-1].isalnum()  # (a clause's or sentence's end: "On Friday, X")


@cache
def _cue_words() -> frozenset[str]:
    """The words of the speech cues ("said", "told", "according")."""
    return frozenset(w for cue in vocabulary().cues for w in cue.split())


# Prepositions between a group's head and its employer ("analysts at Deutsche Bank").
_EMPLOYER_PREPS = (" at ", " of ", " from ", " with ")


@cache
def _employee_heads() -> frozenset[str]:
    """Group heads that name people working for an organisation ("analysts", "officials"),
    singular and plural (the vocabulary's ``employee_nouns``)."""
    nouns = run_sets().employee_nouns
    return frozenset(nouns) | frozenset(f"{n}s" for n in nouns) | {"sources", "source"}


def _employee_head(head: str) -> bool:
    return head.lower() in _employee_heads()


_GROUP = ActorKind.GROUP


@cache
def _proper_heads() -> frozenset[str]:
    """The group nouns listed with a capital ("Europeans", "Africans"): kept as written."""
    return frozenset(h for h in vocabulary().group_heads if h[:1].isupper())


@cache
def _head_words() -> frozenset[str]:
    """The group nouns, bound or not, in lower case."""
    v = vocabulary()
    return frozenset(h.lower() for h in (*v.group_heads, *v.bound_group_heads))


# Determiners of a singular noun only: before a plural, "that" is a conjunction.
_SINGULAR_DETS = frozenset({"that", "this"})
# Nouns "official" describes as an adjective ("the official start of campaigning", "the
# official death toll"): no official speaking.
_OFFICIAL_THINGS = frozenset(
    {"start", "end", "results", "result", "figures", "figure", "count", "toll", "death",
     "data", "statistics", "estimate", "estimates", "line", "name", "website", "account",
     "visit", "ceremony", "position", "version", "report", "language", "residence", "launch",
     "opening", "campaign", "tally", "list", "record", "rate", "status", "title", "policy",
     "channels", "documents", "document", "statement", "announcement",
     # "will form the official opposition" (was a group "the official")
     "opposition", "media", "languages", "turnout", "trip", "meeting",
     "response", "reason", "inquiry", "investigation", "guidance", "forecast", "request",
     "approval", "recognition", "notice", "warning", "complaint", "business", "duties",
     "capacity", "timetable", "deadline", "price", "prices", "exchange", "inflation"}
)  # fmt: skip
_COUNTRY = ActorKind.COUNTRY
_A_AN = frozenset({"a", "an", "A", "An"})
_ARTICLES = _A_AN | {"the", "The"}


_CAPITAL_DETERMINERS = frozenset({"A", "An", "The", "One"})
_NEWS_WORDS = frozenset({"media", "news", "press"})


def _word_before(text: str, end: int) -> str:
    """The word as written ending at ``end`` (after the last space or line break before it;
    "" at the text's start)."""
    if end <= 0:
        return ""
    return text[max(text.rfind(" ", 0, end), text.rfind("\n", 0, end)) + 1 : end]


def _country_before(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a country's name of one or two words ends at ``end``."""
    one = _word_before(text, end)
    if not one[:1].isupper():
        return False
    two = _word_before(text, end - len(one) - 1)
    for name in (one, f"{two} {one}") if two[:1].isupper() else (one,):
        entry = lex.lookup(name)
        if entry is not None and entry.kind is _COUNTRY:
            return True
    return False


# The determiners before "a league spokesman" (none: "the foreign ministry spokesman"),
# also "one" of "a union official" ("One senior union official said"), a rank between.
_BARE_DETS = frozenset({"a", "an", "the", "one"})
_BARE_RANKS = frozenset({"senior", "top", "junior", "local"})
_OFFICIALS = frozenset({"official", "officials"})


def _bare_det_at(text: str, end: int) -> tuple[int, str] | None:
    """The start and the determiner of :data:`_BARE_DETS`, maybe with a rank after it,
    ending at ``end``; None if none ends there."""
    word = _word_before(text, end)
    if word.lower() in _BARE_RANKS:
        end -= len(word) + 1
        word = _word_before(text, end)
    if word.lower() not in _BARE_DETS:
        return None
    return end - len(word), word.lower()


# Words that open a time's or a reason's clause after a description's noun ("..., a day
# after unions called", "..., a week before lenders met"): no modifier of the group's noun
# ("of" may be one: "..., an independent group of experts").
_CLAUSE_WORDS = frozenset({"after", "before", "since", "until", "when", "while", "because"})
# The lower-case word after a group noun.
_NEXT_WORD = re.compile(r"[a-z][a-z\-]*")
# Nouns of a body a group's noun may describe right before its name ("activist investor
# X", "rebel group X"): the noun then no group of its own.
_BODY_NOUNS = frozenset({"investor", "group", "firm", "fund", "coalition", "network", "outfit"})
# One anonymous witness among many ("a resident said", "Another passenger told"), whose
# noun also modifies another ("the passenger ferry", "resident numbers", "the witness box").
_WITNESS_HEADS = frozenset(
    {"resident", "witness", "eyewitness", "villager", "passenger", "survivor", "shopkeeper"}
    | {"commuter", "neighbour", "neighbor"}
)
# Of those, the ones that make a group only in a sentence with a speech cue after them ("A
# survivor told Reuters", "Another passenger, a truck driver, said"; not "the airport's 10
# millionth passenger").
_SPEAKING_WITNESSES = (_WITNESS_HEADS - {"resident", "witness"}) | {"neighbours", "neighbors"}
# Words in "s" after such a noun that are its verb ("a resident says"), no plural noun.
_WITNESS_VERBS = frozenset(
    {"is", "was", "has", "does", "says", "tells", "adds", "recalls", "describes", "writes"}
    | {"remembers", "explains", "insists", "claims", "believes", "thinks", "knows", "sees"}
    | {"wants", "hopes", "fears", "asks", "warns", "notes", "agrees", "lives", "works"}
)
# Nouns, not in "s", that such a noun modifies.
_WITNESS_THINGS = frozenset(
    {"population", "number", "count", "box", "stand", "list", "statement", "testimony"}
    | {"account", "protection", "train", "ferry", "bus", "plane", "jet", "flight", "service"}
    | {"route", "traffic", "rail", "card", "permit", "visa", "status", "safety", "capacity"}
    | {"association", "committee", "council", "demand", "growth", "data"}
    | {"revenue", "profit", "volume", "yield", "compensation", "terminal", "vessel", "car"}
)


@cache
def _title_openers() -> frozenset[str]:
    """The titles' words before their last word ("resident" of "resident representative"):
    a group noun not among them opens no title with the word after it."""
    return frozenset(t.rsplit(" ", 1)[0] for t in vocabulary().titles if " " in t)


def _group_phrases(
    text: str,
    lex: Lexicon,
    group_heads: list[tuple[int, int]],
    cue_starts: frozenset[int],
    out: list[Raw],
) -> list[Raw]:
    """The group phrases around the group nouns at ``group_heads`` (see
    :func:`find_candidates`), in order and disjoint; ``out``: the run scan's names, of
    which an owner's possessive before "economists" may be made an organisation."""
    p = patterns()
    groups: list[Raw] = []
    known_at: dict[int, Raw] | None = None  # the scan's organisations by start
    titles = vocabulary().titles
    title_openers = _title_openers()
    org_heads = vocabulary().organisation_heads
    before_words = p.group_before_words
    before_last = p.group_before_last
    group_before = p.group_before
    bound_heads = p.bound_heads
    names_end: set[int] | None = None  # where the scan's persons' names end, once asked
    bodies_end: set[int] | None = None  # ... and its countries' and organisations'
    for hs, he in group_heads:
        if groups and he <= groups[-1].end and hs > groups[-1].start:
            continue  # (a head in the employer's name a group reaches over: "investigators
            # from the Seoul Central District Prosecutors' Office")
        head = text[hs:he].lower()
        if (
            not head.endswith("s")
            and text.endswith(_VERB_BEFORE, hs - 7 if hs > 7 else 0, hs)
            and not text.endswith("according to ", hs - 13 if hs > 13 else 0, hs)
        ):
            continue  # a verb: "something we monitor", "came to witness the vote"
        if (
            head == "official"
            and text.startswith(" ", he)
            and (nxt := _NEXT_WORD.match(text, he + 1)) is not None
            and nxt.group() in _OFFICIAL_THINGS
        ):
            continue  # an adjective: "the official start of campaigning", "official figures"
        if (
            head in _WITNESS_HEADS
            and text.startswith(" ", he)
            and (nxt := _NEXT_WORD.match(text, he + 1)) is not None
            and _modified_by_witness(nxt.group(), text, nxt.end())
        ):
            continue  # a modifier: "the passenger ferry", "resident numbers rose"
        if (
            not head.endswith("s")
            and text.startswith(" ", he)
            and (nxt := _NEXT_WORD.match(text, he + 1)) is not None
            and nxt.group() in _BODY_NOUNS
            and text.startswith(" ", nxt.end())
            and text[nxt.end() + 1 : nxt.end() + 2].isupper()
        ):
            # a description of the name after: "activist investor Trian Fund Management",
            # "militant group Hamas"
            continue
        if (
            head in title_openers
            and text.startswith(" ", he)
            and (nxt := _NEXT_WORD.match(text, he + 1)) is not None
            and f"{head} {nxt.group()}" in titles
        ):
            continue  # a title's first word: "the IMF's resident representative, X"
        plural = head.endswith("s")
        c = text.rfind(", ", hs - 40 if hs > 40 else 0, hs)
        if (
            c > 0
            and (_APPOS_OWNED_PLURAL if plural else _APPOS_TITLE_WORDS).fullmatch(text, c + 2, hs)
            # (not the speaker of a cue right after it: "talks with Wang Yi, Iranian state
            # media reported")
            and not (text.startswith(" ", he) and he + 1 in cue_starts)
        ):
            # Apposed to the names before the comma, which it describes, no group: "Luci
            # Ellis, Westpac's chief economist, said" (a person's title), "the U.S. and
            # Russia, the ceasefire's brokers, met" (countries or organisations)
            if plural:
                if bodies_end is None:
                    bodies_end = {r.end for r in out if r.kind in _BODIES}
                if c in bodies_end:
                    continue
            else:
                if names_end is None:
                    names_end = {r.end for r in out if r.kind in _PERSON_OR_UNKNOWN}
                if c in names_end:
                    continue
        group_end = he  # (after the employer's name if it follows the head)
        # The determiner and modifiers are among the last few words before the head: search
        # only there (the same leftmost match as a search over the whole window).
        lo = hs - 60 if hs > 60 else 0
        words = text[lo:hs].rsplit(maxsplit=before_words)
        if len(words) > before_words:
            lo += len(words[0])
        det = mods = None
        start = hs
        # Most heads follow a word that ends no determiner or modifier ("officials said"):
        # then the search could only find the empty match. (ASCII: the pattern ignores
        # case, and matches "ſ" as "s".)
        last = words[-1] if words else ""
        if last.isalpha() and last.isascii() and last.lower() not in before_last:
            b = None
        else:
            b = group_before.search(text, lo, hs)
        if b is not None:
            start = b.start() if b.group() else hs
            det = (b.group("det") or "").lower() or None
            mods = " ".join(b.group("mods").lower().split()) or None
            if det in _SINGULAR_DETS and head.endswith("s") and not head.endswith("ss"):
                # "told the court that residents were left": a conjunction, no determiner
                det = None
                start = b.start("mods") if mods else hs
        if (
            start == hs
            and groups
            and (prev := groups[-1]).end == hs - 1
            and text[hs - 1] == " "
            and (prev.det is None or (prev.det == "that" and plural))
            and prev.core is not None
            and prev.core.isalpha()
            and not prev.core.endswith("s")
            and prev.name.endswith(prev.core)
        ):
            # "Resident doctors will strike", "student protesters": the singular noun before
            # is a modifier of this group (replacing its own match below); "warned that
            # resident doctors could strike": "that" no determiner of a plural
            start, mods = hs - 1 - len(prev.core), prev.core.lower()
        if (
            mods
            and det is None
            and head == "government"
            and text.endswith(("'s ", "’s "), 0, start)
            and _country_before(text, start - 3, lex)
        ):
            continue  # "Mali's military government": the country (services.service_before)
        aff = None
        # "a Saudi official said", "A U.S. defense official", "Ukrainian officials", "the
        # Hamas fighters": a country's or an organisation's (its name kept), before the
        # modifiers if any.
        k = mods.count(" ") + 1 if det is None and mods else 0
        if (
            det is None
            and len(words) >= 1 + k
            and words[-1 - k][:1].isupper()
            and head.lower() not in _OWNED_AS_COUNTRY
        ):
            # The owner's name: one word, else two ("Goldman Sachs economists", "New Zealand
            # officials").
            owner, before, rank, entry = "", "", "", None
            for n in (1, 2):
                named = words[len(words) - n - k : len(words) - k]
                if len(named) < n or not named[0][:1].isupper() or not _name_word(named[0]):
                    break
                owner = " ".join(named)
                before = words[-n - 1 - k] if len(words) >= n + 1 + k else ""
                if before.lower() in _OWNER_RANKS:
                    # "A senior U.S. official", "Top EU diplomats": the rank's place decides
                    # (not "the first senior Israeli official to ...", a description)
                    rank = before
                    before = words[-n - 2 - k] if len(words) >= n + 2 + k else ""
                entry = lex.lookup(owner) if _owner_word(named[-1], before) else None
                if entry is not None:
                    break
            # (not "A Toyota spokesman": a company's spokesman is the company speaking; not
            # a plural noun: "Colombians")
            if (
                entry is not None
                and (
                    entry.kind is _COUNTRY
                    or (
                        entry.kind is _ORGANISATION
                        and head.lower() not in _SPOKES
                        and head.lower() not in _OWNED_AS_ITSELF
                        # ("The African Union's observer mission said": the Union speaks;
                        # not its people: "Nvidia's engineers said")
                        and (not owner.endswith(POSSESSIVES) or _employee_head(head))
                    )
                )
                and not (owner[-1] == "s" and owner != entry.id and owner[-2:-1].islower())
            ):
                ms = start if k else hs  # (where the modifiers start)
                at = ms - len(owner) - 1
                if text.startswith(f"{owner} ", at):
                    named_as = owner
                    if rank and text.startswith(f"{rank} ", at - len(rank) - 1):
                        at -= len(rank) + 1  # "a senior U.S. official", the rank kept
                        named_as = f"{rank.lower()} {owner}"
                    if before in _ARTICLES and text.startswith(f"{before} ", at - len(before) - 1):
                        det, at = before.lower(), at - len(before) - 1
                    aff, start = entry.id, at
                    mods = f"{named_as} {mods}" if k else named_as
            elif (
                entry is None
                and (
                    (party := words[len(words) - 1 - k]) in _PARTY_ADJECTIVES
                    or (k and (party := words[len(words) - k]) in _PARTY_ADJECTIVES)
                )
                and head.lower() in _PARTY_MEMBERS
            ):
                # "120 Labour MPs", "Twenty-four Liberal MPs": the party's
                at = (start if k else hs) - len(party) - 1
                if text.startswith(f"{party} ", at):
                    aff, start = _PARTY_ADJECTIVES[party], at
                    mods = f"{party} {mods}" if k else party
        if (
            aff is None
            and hs > 2
            and text[hs - 1] == " "
            and text[hs - 2].islower()
            and (
                (word := _word_before(text, hs - 1)) in org_heads
                # ("a league spokesman said": the article's league, as "the league" is)
                or (
                    (head.lower() in _SPOKES or head.lower() in _OFFICIALS)
                    and word.islower()
                    and word != "company"  # (the company speaks: see nominal.py)
                    and word.capitalize() in org_heads
                    and _bare_det_at(text, hs - len(word) - 2) is not None
                )
            )
            and word.lower() not in _NEWS_WORDS  # ("Media reports said": a modifier)
            # (the word alone: not "A State Department spokesperson", a name's last word)
            and (
                not (before := _word_before(text, hs - len(word) - 2))[:1].isupper()
                or before in _CAPITAL_DETERMINERS
            )
        ):
            # "A Commission spokesman said", "Council officials said": the article's
            # organisation of that word (canonical: the affiliation of a bare head)
            aff, mods = word[:1].upper() + word[1:], word
            if start == hs:
                start = hs - len(word) - 1
                if word.islower() and det is None and (opened := _bare_det_at(text, start - 1)):
                    # ("A union official who asked not to be named said": from "A" on)
                    start, det = opened
        if aff is None and det is None and head.lower() in _COMPANY_STAFF:
            # "Westpac's chief economist said", "Halvard's analysts": staff no person has,
            # so the owner is an organisation (canonical: COMPANY_AFTER) and the group its
            # own (not after an article: "the Halvard's")
            n = 2 if words[-1:] and words[-1].lower() in _STAFF_RANKS else 1
            owner = words[-n] if len(words) >= n else ""
            before = words[-n - 1] if len(words) > n else ""
            if (
                owner[:1].isupper()
                and owner.endswith(("'s", "’s"))
                and before not in _ARTICLES
                # (one word of a name: not "Tom Hart's analysts")
                and _owner_word(owner[:-2], before)
            ):
                at = text.rfind(owner, lo, hs)
                aff, start = owner[:-2], at
                mods = " ".join(text[at:hs].split())
                for idx in range(len(out) - 1, -1, -1):
                    r = out[idx]
                    if r.start == at and r.kind is None and r.name == aff:
                        out[idx] = replace(r, kind=_ORGANISATION)
                        break
        if aff is None and mods and head.lower() in _PARTY_MEMBERS:
            # "Two Republican aides": a party's adjective among the modifiers, as written
            for word in text[start:hs].split():
                if word in _PARTY_ADJECTIVES:
                    aff = _PARTY_ADJECTIVES[word]
                    break
        if det is None and aff is None and len(words) >= 3:
            # "Nicole Mbewe, a political analyst at ...": the phrase describes the name
            # before the comma (see _resolve), from its determiner on; a capitalised
            # modifier is no obstacle ("André Correia, a senior Brazilian diplomat").
            for back in (2, 3, 4):
                if (
                    len(words) > back
                    and words[-back] in ("a", "an")
                    and words[-back - 1].endswith(",")
                    and all(w.isalpha() and (w.islower() or w.istitle()) for w in words[1 - back :])
                    # (no sentence between: "..., a prosecutor told investigators")
                    and _cue_words().isdisjoint(words[1 - back :])
                    # (nor a time's clause: "..., a day after unions called a strike")
                    and _CLAUSE_WORDS.isdisjoint(words[1 - back :])
                ):
                    start = text.rfind(" " + words[-back] + " ", lo, hs) + 1
                    det = words[-back]
                    break
        if (
            aff is None
            and text.startswith(_EMPLOYER_PREPS, he)
            and _employee_head(head)
            # (not "X, an analyst at Y": the phrase describes the name before it)
            and not text.endswith((", ", ",\u00a0"), 0, start)
        ):
            # "Analysts at Deutsche Bank said", "officials of the World Bank": an
            # organisation's, named after the head (the group reaches over its name).
            if known_at is None:
                known_at = {r.start: r for r in out if r.kind is _ORGANISATION}
            at = text.find(" ", he + 1) + 1
            if text.startswith("the ", at):
                at += 4
            employer = known_at.get(at)
            if employer is not None:
                aff, group_end = employer.name, employer.end
                mods = f"{employer.name} {mods}" if mods else employer.name
        if head == "family" and not mods and (family := family_name_before(text, hs)):
            start, mods, det = family[0], family[1], "the"  # "The Underwood family said"
        # A noun such as "army" needs a modifier ("rebel groups"), except as the subject of
        # a speech verb: "the army said", "the government says".
        if (
            head in bound_heads
            and not mods
            and not (det == "the" and text.startswith(" ", he) and he + 1 in cue_starts)
        ):
            continue
        if head == "unit" and text.startswith(" of ", he) and text[he + 4 : he + 5].isupper():
            continue  # "the Italian unit of Germany's Hollmann Generics": a firm's branch
        if head in _SPEAKING_WITNESSES and not _speaks(text, he, cue_starts):
            continue  # "its 10 millionth passenger", "the last survivor": no one speaking
        if head == "reports" and not (mods and mods.rsplit(None, 1)[-1].lower() in _NEWS_WORDS):
            continue  # "Media reports said", "news reports"; not "medical reports"
        if det is None and not mods and text.endswith(" in ", 0, hs):
            continue  # "all Democrats voted in opposition": a state, no one
        if det is not None and not mods and head == det:
            continue
        if text.startswith(" ", he) and text[he + 1 : he + 16].split(" ", 1)[0] in _ORG_NOUNS:
            continue  # "the U.S. activist fund X": the noun describes an organisation
        # "The human rights group Foro Penal said", "the militant group Hamas": the noun
        # (with its modifier) describes the organisation named right after it.
        named_at = (
            he + 1
            if head == "group" and text.startswith(" ", he)
            else he + 7
            if text.startswith(" group ", he)
            else 0
        )
        if named_at and text[named_at : named_at + 1].isupper():
            if known_at is None:
                known_at = {r.start: r for r in out if r.kind is _ORGANISATION}
            if named_at in known_at:
                continue
        if head in _PARTY_ROLES and text[he : he + 1] == " " and text[he + 1 : he + 2].isupper():
            continue  # "the opposition Conservatives": the party ("Opposition leader X": see
            # _lower_titled_after)
        if (not text[hs + 1 : he].islower() and not text[hs:he].isupper()) or text[
            hs:he
        ] in _proper_heads():
            head = text[hs:he]  # "MPs", "Europeans": as written
        core = f"{mods} {head}" if mods else head
        # "opposition groups": the longer phrase replaces its modifier's own match.
        while groups and groups[-1].end > start:
            groups.pop()
        # is_initial(text, start), its usual case decided here ("... word Name").
        initial = (
            False
            if start > 1 and text[start - 1] == " " and text[start - 2] not in _NOT_INSIDE
            else is_initial(text, start)
        )
        # (Positional: keywords cost more in the dataclass's __init__.)
        # (an owner's official or spokesman has the title's role, as a titled phrase does)
        role = (
            None
            if aff is None
            # (a rank the title holds: "Westpac's chief economist")
            else (mods and titles.get(f"{mods.rsplit(None, 1)[-1].lower()} {head.lower()}"))
            or titles.get(head.lower())
            or None
        )
        groups.append(Raw(start, group_end, _GROUP, core, False, role, aff, det, core, initial))
    return groups


def region_demonyms(out: list[Raw], groups: list[Raw], lex: Lexicon) -> list[Raw]:
    """``out`` without the unknown names of several words that are the plural demonym of a
    listed place ("Latin Americans", "West Africans": "Latin America", "West Africa"),
    each added to ``groups`` (in order) as a group of people, kept as written."""
    found = [
        r
        for r in out
        if (r.kind is None or (r.kind is _PERSON and r.role is None))
        and not r.known
        and r.name.endswith("ans")
        and " " in r.name
        and (entry := lex.lookup(r.name[:-2])) is not None
        and entry.kind is _PLACE
    ]
    if not found:
        return out
    # (the group scan's own head inside one: "Africans" of "West Africans")
    groups[:] = [g for g in groups if not any(r.start <= g.start and g.end <= r.end for r in found)]
    for r in found:
        groups.append(
            Raw(r.start, r.end, _GROUP, r.name, False, None, None, None, r.name, r.initial)
        )
    groups.sort(key=lambda g: g.start)
    return [r for r in out if r not in found]


def _modified_by_witness(word: str, text: str, end: int) -> bool:
    """Whether ``word``, after a witness's noun ("passenger"), is a noun it modifies: a
    plural noun not itself a group's ("villager homes"; not "resident doctors", which the
    group of doctors takes, nor "a resident says"), or a thing it names ("passenger jet")."""
    if text.startswith(("'", "’"), end) or word in _head_words():
        return False
    if word in _WITNESS_THINGS:
        return True
    return word.endswith("s") and not word.endswith("ss") and word not in _WITNESS_VERBS


def _speaks(text: str, he: int, cue_starts: frozenset[int]) -> bool:
    """Whether a speech cue starts after ``he`` in the same sentence (up to 200
    characters on)."""
    stop = min(len(text), he + 200)
    for end in (". ", ".\n", "\n"):
        found = text.find(end, he, stop)
        if found >= 0:
            stop = found
    return any(at in cue_starts for at in range(he, stop))
