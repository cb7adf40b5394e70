"""Runs of capitalised words split into items: known names, titles, connectors, stopwords,
unknown names and unknown organisations ("Halvorsen Energy Group").

A run's items depend on its text alone, so they are cached (names recur).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from explorer.model import ActorKind
from explorer.parse.actors.countries import countries
from explorer.parse.actors.data import load_toml, vocabulary
from explorer.parse.actors.lexicon import Entry, Lexicon, norm_key
from explorer.parse.actors.people import people

POSSESSIVES = ("’s", "'s", "’", "'")
_POSSESSIVE_ENDS = frozenset("s’'")
_AFFILIATING = (ActorKind.COUNTRY, ActorKind.ORGANISATION)
# Connectors inside an organisation's name: before its organisation word ("Food and
# Agriculture Organization"), and after it ("European Court of Justice"). Not "of", "for"
# or "the" to the left: the organisation word comes first in such names ("Bank of
# England"), and words before "of the" are someone of it ("Jorge Paredes of the Peruvian
# Fire Department"); not "on": "the top Democrat on the House Appropriations Committee".
_ORG_INNER_LEFT = ("and",)
_ORG_INNER_RIGHT = ("of", "for", "on")


def _plural_head(word: str, heads: frozenset[str]) -> bool:
    """A plural of an organisation word ("Societies", "Centres", "Centers"); not of one
    ending otherwise ("Banks": a surname)."""
    if word.endswith("ies"):
        return word[:-3] + "y" in heads
    return word.endswith(("es", "ers")) and word[:-1] in heads


def without_possessive(word: str) -> str:
    """``word`` without its possessive endings ("Reuters'" -> "Reuters")."""
    if word[-1:] not in _POSSESSIVE_ENDS:
        return word  # (the usual case: no suffix to remove)
    for suffix in POSSESSIVES:
        word = word.removesuffix(suffix)
    return word


# An item of a run: (kind, first token index, one past the last, entry, role); kind is one
# of LEX (a lexicon name: its entry), TITLE (its role), CONN, STOP, NAME, ORG (its
# affiliation as the role), PLACE. Tuples: a run's items are many and short-lived.
Item = tuple[str, int, int, Entry | None, str | None]


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
        connectors=frozenset(v.connectors),
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


def _stop_compound(word: str, stopwords: frozenset[str]) -> bool:
    """A hyphenated word of stopwords only ("January-March", "Monday-Friday")."""
    return "-" in word and all(part in stopwords for part in word.split("-"))


@lru_cache(maxsize=1 << 15)
def classify_single(word: str, lex: Lexicon) -> tuple[Entry | None, int] | None:
    """A one-word run: None to skip it (a title alone, a stopword, a generic group word:
    "Witnesses said" is found by the group scan), else its known entry (None for an
    unknown name) and its length without a possessive."""
    entry = lex.lookup(word) if lex.first_key(word) in lex.first_words else None
    # Most words end in no possessive: nothing to strip, no call.
    owner = word[-1:] in _POSSESSIVE_ENDS
    length = strip_possessive(word, 0, len(word)) if owner else len(word)
    if entry is not None:
        return entry, length
    v = vocabulary()
    lower = word.lower()
    if (
        lower.rstrip(".") in v.titles
        or (without_possessive(word) if owner else word) in v.stopwords
        or _stop_compound(word, v.stopwords)
    ):
        return None
    # (the word without its possessive in lower case: ``lower`` when there is none)
    if (lower if length == len(word) else word[:length].lower()) in run_sets().group_words:
        return None
    return None, length


@dataclass(slots=True, eq=False)
class _Token:  # not frozen: made for every new word (a token is never changed)
    """What a word of a run can be, whatever its neighbours."""

    connector: bool
    lex_counts: tuple[int, ...]  # word counts of the lexicon names it can open, longest first
    title_counts: tuple[int, ...]  # word counts of the titles it can open, longest first
    stopword: bool  # (without a possessive)
    org_head: bool  # an organisation's last word ("Group", "News", "City"), no possessive
    owner: bool  # ends in a possessive ("Elian's"): ends a name
    plain: bool  # none of the above but owner: only ever part of an unknown name


# Most words are plain: they share these two tokens (and the run fast path counts them).
_PLAIN = _Token(False, (), (), False, False, False, True)
_PLAIN_OWNER = _Token(False, (), (), False, False, True, True)


def _title_counts(key: str, sets: Sets) -> tuple[int, ...]:
    """Word counts of the titles a word (lower case, no dot) can open; a plural opens the
    singular's ("Presidents Putin and Xi", "Sens. Whitfield and Ortega"); "then-" opens
    the title after it ("then-Secretary of State")."""
    key = key.removeprefix("then-")
    if key in sets.title_first:
        return sets.title_lengths.get(key, ())
    if key.endswith("s") and key[:-1] in sets.title_first:
        return sets.title_lengths.get(key[:-1], ())
    return ()


_TOKENS_MAX = 1 << 15


@lru_cache(maxsize=8)
def _tokens(lex: Lexicon) -> dict[str, _Token]:
    """The tokens of the words met with ``lex``, by word. A plain dict, not an lru_cache on
    _token: every word of every new run is looked up, and a dict lookup costs less."""
    return {}


def _new_token(word: str, lex: Lexicon, known: dict[str, _Token]) -> _Token:
    """The token of a word not in ``known`` (``_tokens(lex)``), kept there."""
    if len(known) > _TOKENS_MAX:
        known.clear()
    token = known[word] = _token(word, lex)
    return token


def _token(word: str, lex: Lexicon) -> _Token:
    sets = run_sets()
    v = vocabulary()
    first = lex.first_key(word)
    lex_counts = lex.lengths.get(first, ()) if first in lex.first_words else ()
    title_counts = _title_counts(word.lower().rstrip("."), sets)
    owner = word[-1] in _POSSESSIVE_ENDS and strip_possessive(word, 0, len(word)) < len(word)
    bare = without_possessive(word)
    connector = word in sets.connectors
    stopword = bare in v.stopwords or _stop_compound(bare, v.stopwords)
    org_head = (
        bare in v.organisation_heads
        or bare in sets.club_heads
        or _plural_head(bare, v.organisation_heads)
    )
    if not (connector or lex_counts or title_counts or stopword or org_head):
        return _PLAIN_OWNER if owner else _PLAIN
    return _Token(connector, lex_counts, title_counts, stopword, org_head, owner, False)


_PLACES = frozenset({ActorKind.COUNTRY, ActorKind.PLACE})

# Words that may lead a title ("Former Economic Security Minister X").
_TITLE_LEADS = frozenset({"former", "acting", "deputy", "then", "outgoing", "incoming", "new"})
# Ranks written without a dot that are also names ("Sen", "Gen").
RANKS = frozenset({"Gen", "Sen", "Rep", "Gov", "Col", "Maj", "Capt", "Lt", "Sgt", "Prof"})


def _segment(
    text: str, toks: list[tuple[int, int]], infos: list[_Token], lex: Lexicon
) -> list[Item]:
    """The items of a run of several words (``toks``: its tokens' offsets in ``text``)."""
    titles = vocabulary().titles
    n = len(toks)
    items: list[Item] = []
    i = 0
    while i < n:
        info = infos[i]
        if info.plain:
            items.append(("NAME", i, i + 1, None, None))
            i += 1
            continue
        if info.connector:
            items.append(("CONN", i, i + 1, None, None))
            i += 1
            continue
        s0 = toks[i][0]
        if i == n - 1 and items and items[-1][0] == "NAME" and text[s0 : toks[i][1]] in RANKS:
            # "Amartya Sen", "Nakatani Gen": an abbreviated rank ending a name is none (a
            # rank opens the name it goes with)
            items.append(("NAME", i, i + 1, None, None))
            i += 1
            continue
        found = False
        for k in info.lex_counts:
            if k > n - i:
                continue
            if k > 1 and infos[i + k - 1].connector:
                continue
            entry = lex.lookup(text[s0 : toks[i + k - 1][1]])
            if entry is not None:
                items.append(("LEX", i, i + k, entry, None))
                i += k
                found = True
                break
        if found:
            continue
        for k in info.title_counts:
            if k > n - i:
                continue
            phrase = text[s0 : toks[i + k - 1][1]].lower().rstrip(".").removeprefix("then-")
            if k > 1:
                phrase = " ".join(phrase.split())
            role = titles.get(phrase)
            if role is None and phrase.endswith("s") and not _members_ending(infos, i, k, n):
                role = titles.get(phrase[:-1])  # "Presidents Putin and Xi", "foreign ministers"
            if role is None and k > 1 and infos[i + k - 1].owner and _owns(items):
                # "the Attorney General's office": a title's possessive (not a name's: "Chris
                # Major's goal").
                role = titles.get(without_possessive(phrase))
            if role is not None:
                items.append(("TITLE", i, i + k, None, role))
                i += k
                found = True
                break
        if found:
            continue
        stop = (
            info.stopword
            and not (i > 0 and info.org_head)  # "Sky News"
            and not (items and items[-1][0] == "NAME" and listed_ending(text, toks, i))
            # "Governor Monday Okpebholo": a weekday between a title and a name is a first
            # name (West African names)
            and not (
                i + 1 < n
                and not infos[i + 1].stopword
                and (
                    (
                        items
                        and items[-1][0] == "TITLE"
                        and text[toks[i][0] : toks[i][1]] in _WEEKDAYS
                    )
                    # "Jan Kowalski said", "Councillor May Okafor": a month that is a given
                    # name, before a surname (after a title, or "Jan" anywhere: the month
                    # is "Jan." or "January" in prose)
                    or (
                        (word := text[toks[i][0] : toks[i][1]]) in _MONTH_NAMES
                        and (word == "Jan" or (items and items[-1][0] == "TITLE"))
                    )
                )
            )
        )
        items.append(("STOP" if stop else "NAME", i, i + 1, None, None))
        i += 1
    for t in range(1, len(items)):
        if items[t][4] == "minister" and items[t][0] == "TITLE":
            return _with_portfolio(text, toks, items, t)
    return items


def _with_portfolio(
    text: str, toks: list[tuple[int, int]], items: list[Item], t: int
) -> list[Item]:
    """``items`` with the one or two unknown words right before the bare title "minister"
    at ``t`` made its portfolio, where they open the run or follow a country, a place, a
    stopword or a word leading a title ("Economic Security Minister X": an economic
    security minister, no person "Economic Security")."""

    def word(x: int) -> str:
        start, end = toks[items[x][1]]
        return text[start:end]

    f = t
    while f > 0 and t - f < 2 and items[f - 1][0] == "NAME":
        if not (word(f - 1).isalpha() and word(f - 1).istitle()):
            break
        f -= 1
    if f == t:
        return items
    if f > 0:
        lead, entry = items[f - 1][0], items[f - 1][3]
        if not (
            lead == "STOP"
            or (lead == "NAME" and word(f - 1).lower() in _TITLE_LEADS)
            or (lead == "LEX" and entry is not None and entry.kind in _PLACES)
        ):
            return items
    field = " ".join(word(x).lower() for x in range(f, t))
    return [
        *items[:f],
        ("TITLE", items[f][1], items[t][2], None, f"{field} minister"),
        *items[t + 1 :],
    ]


def _members_ending(infos: list[_Token], i: int, k: int, n: int) -> bool:
    """Whether the plural title of ``k`` words at ``i`` ends the run after an organisation's
    word: its members, the last word of its name ("the Association of Bolivian Miners",
    "the Union of Zambian Farmers"), no title of a person after it."""
    return i + k == n and any(info.org_head for info in infos[:i])


# Plural nouns whose possessive opens an organisation's name of several words: "the
# People’s Protection Units", "the Women’s Defence Units", "Workers’ Solidarity Movement".
_COMMON_OWNERS = frozenset(
    {"People", "Peoples", "Workers", "Women", "Children", "Farmers", "Citizens", "Veterans"}
)


# The owners in the names of English local courts ("Leeds Coroner's Court").
_COURT_OWNERS = frozenset({"Coroner", "Coroners", "Magistrate", "Magistrates"})


def _first_name_country(items: list[Item], k: int, words: list[str], titled: bool) -> bool:
    """Whether the known country at ``items[k]`` is a first name: one word ("Israel",
    "Jordan"), right after a title waiting for its name, before the one unknown word of a
    surname that ends the run ("Defence Minister Israel Katz", "Prime Minister Jordan
    Smith"; not "Minister Israel's ...")."""
    _, i, j, entry, _ = items[k]
    return (
        titled
        and entry is not None
        and entry.kind is ActorKind.COUNTRY
        and j - i == 1
        and k > 0
        and items[k - 1][0] == "TITLE"
        and k + 2 == len(items)
        and items[k + 1][0] == "NAME"
        and items[k + 1][2] - items[k + 1][1] == 1
        and words[i].isalpha()
        and words[i][1:].islower()
    )


# Portuguese particles of a surname: a place's name before one is a name's word too ("Lima
# dos Santos said"); not "de", which joins places' names ("Santiago de Compostela").
_SURNAME_PARTICLES = frozenset({"da", "das", "do", "dos"})


def _place_in_name(items: list[Item], k: int, words: list[str], particles: frozenset[str]) -> bool:
    """Whether the known place of one word at ``items[k]`` is a word of a person's name:
    before a name's particle and name, after a name ("Arthur Lima dos Santos", "Ana Paris
    de Souza") or opening the run before a Portuguese particle ("Lima dos Santos")."""
    _, i, j, entry, _ = items[k]
    if (
        entry is None
        or entry.kind is not ActorKind.PLACE
        or j - i != 1
        or k + 2 >= len(items)
        or items[k + 1][0] != "CONN"
        or items[k + 2][0] != "NAME"
    ):
        return False
    particle = words[items[k + 1][1]]
    if k > 0 and items[k - 1][0] == "NAME":
        return particle in particles
    return k == 0 and particle in _SURNAME_PARTICLES


def listed_ending(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Whether the stopword at token ``i`` ends a listed person's name with the one or two
    words before it ("Theresa May", "Brian May": a month, no stop there)."""
    full = people().full
    end = toks[i][1]
    return any(norm_key(text[toks[i - back][0] : end]) in full for back in (1, 2) if i - back >= 0)


def _owns(items: list[Item]) -> bool:
    """Whether a title ending in a possessive after ``items`` is one ("the Prime
    Minister's Office"): not after an unknown name, whose word it is ("Chris Major's")."""
    return not items or items[-1][0] != "NAME"


def _owner_names(items: list[Item], infos: list[_Token], idx: int) -> bool:
    """Whether the item before the organisation word ``items[idx]`` is an unknown word or
    a title ending in a possessive that names the organisation ("Ombudsman’s Office",
    "Prosecutor’s Office", "Prime Minister’s Office"): right before it, one word or a
    title, after no name ("Tomas Varga’s Office": a person's) but an owner ("Ukraine's
    Prosecutor General's Office")."""
    kind, i, j, _, _ = items[idx - 1]
    if kind not in ("NAME", "TITLE") or not infos[j - 1].owner or (kind == "NAME" and j - i > 1):
        return False
    if idx < 2 or items[idx - 2][0] not in ("NAME", "LEX"):
        return True
    return kind == "TITLE" and infos[items[idx - 2][2] - 1].owner


def _org_right(
    text: str, items: list[Item], toks: list[tuple[int, int]], infos: list[_Token], idx: int
) -> tuple[int, frozenset[int]]:
    """The last item of the organisation whose organisation word is ``items[idx]``, and the
    known names inside it that are mere words of its name: "Alliance of Small Island
    States" (no Iceland), "Centres for Disease Control and Prevention", "Federation of Red
    Cross and Red Crescent Societies", "Centre for the Study of Developing Societies";
    after "and" only one word or words ending in an organisation word ("Bank of England
    and Barclays" is two)."""
    n = len(items)
    right = idx
    crossed = False  # past a connector of the name ("of", "for", "on")
    inner: set[int] = set()

    def word(k: int) -> str:
        return text[toks[items[k][1]][0] : toks[items[k][1]][1]]

    while right + 1 < n:
        nkind = items[right + 1][0]
        if nkind == "NAME":
            right += 1
        elif (
            crossed
            and nkind == "LEX"
            and items[right][0] in ("NAME", "LEX")
            and not infos[items[right][2] - 1].owner
        ):
            right += 1  # "of Small Island States"
            inner.add(right)
        elif (
            right + 2 < n
            and nkind == "CONN"
            and word(right + 1) in _ORG_INNER_RIGHT
            and (
                items[right + 2][0] in ("NAME", "LEX")
                or (  # "European Court of Justice"
                    items[right + 2][0] == "TITLE"
                    and items[right + 2][2] - items[right + 2][1] == 1
                    and (right + 3 >= n or items[right + 3][0] != "NAME")
                )
            )
        ):
            right += 2
            crossed = True
        elif (
            right + 3 < n
            and nkind == "CONN"
            and word(right + 1) in _ORG_INNER_RIGHT
            and items[right + 2][0] == "CONN"
            and word(right + 2) == "the"
            and items[right + 3][0] in ("NAME", "LEX")
        ):
            right += 3  # "Centre for the Study of ...", "Ministry of the Interior"
            crossed = True
        elif (
            crossed
            and right + 2 < n
            and nkind == "CONN"
            and word(right + 1) == "and"
            and items[right + 2][0] in ("NAME", "LEX")  # (not "and the": another one)
        ):
            last = right + 2
            while last + 1 < n and items[last + 1][0] in ("NAME", "LEX"):
                last += 1
            tail = items[right + 2 : last + 1]
            # (one word after names only: "Control and Prevention", not "of England and
            # Barclays")
            if (
                (
                    len(tail) == 1
                    and tail[0][0] == "NAME"
                    and tail[0][2] - tail[0][1] == 1
                    and items[right][0] == "NAME"
                )
                or (
                    # "Department of Health and Social Care": a ministry's fields, two words
                    # after names only
                    len(tail) == 2
                    and items[right][0] == "NAME"
                    and all(x[0] == "NAME" for x in tail)
                    and without_possessive(word(idx)) in run_sets().list_name_heads
                )
                or (
                    (tail[-1][0] == "NAME" and infos[tail[-1][2] - 1].org_head)
                    # "of England and Wales": two places
                    or (len(tail) == 1 and _is_place(items[right]) and _is_place(tail[0]))
                )
            ):
                # the known names inside are words of the name ("of Red Cross and ...")
                inner.update(k for k in range(idx, last + 1) if items[k][0] == "LEX")
                right = last
            break
        else:
            break
    return right, frozenset(inner)


def _is_place(item: Item) -> bool:
    """A known country or place."""
    return item[0] == "LEX" and item[3] is not None and item[3].kind in _PLACE_KINDS


_PLACE_KINDS = (ActorKind.COUNTRY, ActorKind.PLACE)


def _organisations(
    text: str,
    items: list[Item],
    toks: list[tuple[int, int]],
    infos: list[_Token],
    cities: frozenset[str],
) -> list[Item]:
    """Merge an unknown name ending in an organisation word into one organisation; a
    club's last word ("City", "Town") only right after a known city ("Oslo City")."""
    club_heads = run_sets().club_heads
    idx = 0
    while idx < len(items):
        kind, i, j, _, _ = items[idx]
        if not infos[i].org_head or (
            kind != "NAME"
            # "the All Progressives Congress", "the Basotho National Congress": a known
            # institution's one word ("Congress", "Senate") after unknown names heads theirs
            # (or after a plural title: "the Farmers Congress").
            and not (
                kind == "LEX"
                and j - i == 1
                and idx > 0
                and (
                    items[idx - 1][0] == "NAME"
                    or (items[idx - 1][0] == "TITLE" and text[toks[i][0] - 2] == "s")
                )
                and not infos[items[idx - 1][2] - 1].owner
            )
        ):
            idx += 1
            continue
        if without_possessive(text[toks[i][0] : toks[i][1]]) in club_heads:
            pkind, pi, _, pentry, _ = items[idx - 1] if idx > 0 else items[idx]
            if (
                idx > 0
                and pkind == "LEX"
                and pentry is not None
                and pentry.id in cities
                and (idx + 1 == len(items) or items[idx + 1][0] != "NAME")
            ):
                items[idx - 1 : idx + 1] = [("ORG", pi, i + 1, None, None)]
            else:
                idx += 1
            continue
        left = idx
        while left > 0:
            pkind, pi, pj, pentry, _ = items[left - 1]
            if infos[pj - 1].owner:
                break  # a possessive ends a name: "Brazil's Supreme Federal Court"
            if (
                pkind == "NAME"
                or (pkind == "LEX" and pentry is not None)
                # "the Justice Department", "the Premier League"
                or (pkind == "TITLE" and left == idx and pj - pi == 1)
                # "World Meteorological Organization"
                or (pkind == "STOP" and text[toks[pi][0] : toks[pi][1]] in vocabulary().org_openers)
                or (
                    pkind == "CONN"
                    and text[toks[pi][0] : toks[pi][1]] in _ORG_INNER_LEFT
                    # (not after a whole organisation's word: "the Navy and Air Force")
                    and not (left >= 2 and items[left - 2][0] == "NAME" and infos[pi - 1].org_head)
                    # (nor after a listed organisation: "Nvidia and Advanced Micro Devices")
                    and not (left >= 2 and _listed_org(items[left - 2]))
                )
            ):
                left -= 1
            else:
                break
        while left < idx and items[left][0] == "CONN":
            left += 1
        if (
            0 < left < idx
            and items[left - 1][0] == "NAME"
            and items[left - 1][2] - items[left - 1][1] == 1
            and infos[items[left - 1][1]].owner
            and without_possessive(text[toks[left_i := items[left - 1][1]][0] : toks[left_i][1]])
            in _COMMON_OWNERS
        ):
            left -= 1  # "the People’s Protection Units": a people's word of the name
        if (
            left == idx
            and idx > 0
            and items[idx - 1][0] == "NAME"
            and infos[items[idx - 1][1]].owner
            and without_possessive(text[toks[items[idx - 1][1]][0] : toks[items[idx - 1][1]][1]])
            in _COURT_OWNERS
        ):
            # "Leeds Coroner's Court", "Hull Magistrates' Court": the court's words and the
            # town's before them, one organisation (no person "Leeds Coroner")
            left = idx - 1
            while (
                left > 0
                and items[left - 1][0] in ("NAME", "LEX")
                and not infos[items[left - 1][2] - 1].owner
            ):
                left -= 1
        if left == idx and idx > 0 and _owner_names(items, infos, idx):
            # "the Ombudsman’s Office", "the Attorney General’s Office": the owner is a
            # word of the organisation's name, no person of its own.
            left = idx - 1
            if (
                left > 0
                and items[left - 1][0] == "TITLE"
                and not infos[items[left - 1][2] - 1].owner
            ):
                left -= 1
        if (
            left == idx >= 2
            and items[idx - 1][0] == "CONN"
            and text[toks[items[idx - 1][1]][0] : toks[items[idx - 1][1]][1]] == "of"
            and items[idx - 2][0] == "TITLE"
        ):
            # "Inspector General of Police Lazarus Phiri": the word is the title's, the
            # names after it a person's.
            idx += 1
            continue
        right, inner = _org_right(text, items, toks, infos, idx)
        if items[right][2] - items[left][1] < 2:
            idx += 1
            continue
        affiliation = next(
            (
                x[3].id
                for n, x in enumerate(items[left : right + 1], left)
                if x[0] == "LEX"
                and x[3] is not None
                and x[3].kind in _AFFILIATING
                and n not in inner
                and n != idx  # (the head: "Congress" in "the All Progressives Congress")
            ),
            None,
        )
        items[left : right + 1] = [("ORG", items[left][1], items[right][2], None, affiliation)]
        idx = left + 1
    return items


def _places(
    text: str, items: list[Item], toks: list[tuple[int, int]], infos: list[_Token]
) -> list[Item]:
    """Merge names before a place's last word into one place: "South China Sea", "Long
    Island" (not China, not Iceland), "Mississippi River"; a possessive ends a name."""
    place_heads = vocabulary().place_heads
    idx = 1
    while idx < len(items):
        kind, i, j, _, _ = items[idx]
        if kind not in ("NAME", "LEX") or j - i != 1:
            idx += 1
            continue
        if without_possessive(text[toks[i][0] : toks[i][1]]) not in place_heads:
            idx += 1
            continue
        left = idx
        while (
            left > 0
            and items[left - 1][0] in ("NAME", "LEX")
            and not infos[items[left - 1][2] - 1].owner
        ):
            left -= 1
        if left < idx:
            items[left : idx + 1] = [("PLACE", items[left][1], j, None, None)]
            idx = left
        idx += 1
    return items


def _offsets(run: str, words: list[str]) -> list[tuple[int, int]]:
    """The offsets in ``run`` of its words (``run.split()``)."""
    out = []
    pos = 0
    for w in words:
        pos = run.find(w, pos)  # only white space lies between pos and the word
        out.append((pos, pos + len(w)))
        pos += len(w)
    return out


def strip_possessive(text: str, start: int, end: int) -> int:
    """End offset of ``text[start:end]`` without a trailing possessive."""
    if end <= start or text[end - 1] not in _POSSESSIVE_ENDS:
        return end
    for suffix in POSSESSIVES:
        if text.endswith(suffix, start, end) and end - len(suffix) > start:
            return end - len(suffix)
    return end


@dataclass(frozen=True, slots=True)
class Known:
    """A lexicon name of a run: ``start``..``end`` (no leading "the", no possessive); the
    name itself starts at ``name_start``. Offsets are relative to the run."""

    entry: Entry
    start: int
    end: int
    name_start: int


@dataclass(frozen=True, slots=True)
class UnknownOrg:
    """An unknown organisation ("Halvorsen Energy Group"), with the country or
    organisation its name contains."""

    start: int
    end: int
    affiliation: str | None


@dataclass(frozen=True, slots=True)
class Name:
    """An unknown name of ``words`` words; after a title, the title's role and the
    affiliation the run gives it ("Russian Ambassador to the UN Vitaly Churkin")."""

    start: int
    end: int
    words: int
    titled: bool
    role: str | None
    affiliation: str | None


@dataclass(frozen=True, slots=True)
class UnknownPlace:
    """An unknown name that its words make a place ("Toure Drive", "Fort Lauderdale")."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Office:
    """A title ending its run with a possessive ("the Attorney General's| office"), up to
    ``end`` (the possessive included): an office if the word after the run names one; of
    the country or organisation before it ("Ukraine's Prosecutor General's office")."""

    start: int
    end: int
    affiliation: str | None


Step = Known | UnknownOrg | Name | UnknownPlace | Office


def _name_step(
    run: str, start: int, end: int, count: int, title: tuple[str | None, str | None] | None
) -> Step | None:
    """The step of an unknown name of ``count`` words: None for no actor ("Cold War",
    "Hurricane Hugo"), a place by its first or last word, else a name (after a title:
    its role and affiliation)."""
    if title is not None:
        return Name(start, end, count, True, title[0], title[1])
    if count >= 2:
        v = vocabulary()
        words = run[start:end].split()
        first, last = words[0], words[-1]
        if last in v.not_actor_heads or first in v.not_actor_firsts:
            return None
        if last in v.place_heads or first in v.place_firsts:
            return UnknownPlace(start, end)
    return Name(start, end, count, False, None, None)


# Words between a title and its field ("Minister for Foreign Affairs", "Rapporteur on").
_FIELD_LINKS = frozenset({"for", "on"})
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
_ARTICLES = frozenset({"The", "the", "A", "An"})
# ... of which those that describe an organisation ("state-run", "Tokyo-based").
_ORG_COMPOUNDS = ("-based", "-owned", "-run", "-funded")
# A ship's flag before its name ("the Liberian-flagged Aurora Spirit"): a vessel, where
# things happen (as "the ferry Doña Paz"), no actor.
_VESSEL_COMPOUNDS = ("-flagged",)


def _shifted(step: Step, by: int) -> Step:
    """``step`` with its offsets moved ``by`` characters on."""
    if isinstance(step, Known):
        return replace(
            step, start=step.start + by, end=step.end + by, name_start=step.name_start + by
        )
    return replace(step, start=step.start + by, end=step.end + by)


def titled_office(run: str, words: list[str]) -> tuple[Step, ...] | None:
    """The plan of a run that ends with the office of a title's holder ("Travis County
    Sheriff's Office", "the Manhattan District Attorney's Office"): one organisation (the
    place before it is no place of its own, nor the title a person's name)."""
    if len(words) < 3 or words[-1] not in _OFFICE_HEADS or words[-2][-2:] not in _POSSESSIVE_S:
        return None
    if any(w[-2:] in _POSSESSIVE_S for w in words[:-2]):
        return None  # "Chile's Attorney General's Office": the country's (see Office)
    titles = vocabulary().titles
    holder = words[-2][:-2].lower()
    if holder not in titles and f"{words[-3].lower()} {holder}" not in titles:
        return None
    start = 4 if run.startswith(("The ", "the ")) else 0
    return (UnknownOrg(start, len(run), None),)


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
    if len(words) != 2 or words[0] not in run_sets().chambers or words[1] not in _party_words():
        return None
    first = len(words[0])
    return (
        Name(0, first, 1, False, None, None),
        Name(first + 1, first + 1 + len(words[1]), 1, False, None, None),
    )


@cache
def _party_words() -> frozenset[str]:
    """Parties' words in the plural and as adjectives ("Democrats", "Democratic",
    "Labour")."""
    extra = load_toml("vocabulary.toml")
    plurals = extra["party_plurals"]
    adjectives = [p[:-3] + "y" if p.endswith("ies") else p[:-1] for p in plurals]
    return frozenset((*plurals, *adjectives, "Democratic", *extra["party_names"]))


def _listed_org(item: Item) -> bool:
    """Whether a run's item is a listed organisation's name ("Nvidia")."""
    return item[0] == "LEX" and item[3] is not None and item[3].kind is ActorKind.ORGANISATION


_OFFICE_HEADS = frozenset({"Office", "Department"})
# Organisation nouns that open names ("Team Sky", "Channel 4", "Platform 9"): no trade.
_NAME_NOUNS = frozenset({"team", "channel", "platform", "chain"})
_POSSESSIVE_S = frozenset({"'s", "’s"})


def after_adjective(
    run: str, words: list[str], plan: Callable[[str], tuple[Step, ...]]
) -> tuple[Step, ...] | None:
    """The plan of a run that opens with an adjective made with a name ("The
    Luxembourg-based Court of Arbitration", "New York-based X"): the name after it, planned
    by ``plan``, an organisation's after "-based", "-owned", "-run", "-funded" ("State-run
    Sinopec"); None when the run opens with no such adjective. A run that is such an
    adjective as a whole ("Hong Kong-based", "Marshall Islands-flagged") names no one."""
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


@lru_cache(maxsize=1 << 15)
def run_plan(run: str, lex: Lexicon) -> tuple[Step, ...]:
    """What a run of several words says, in order: known names, unknown organisations and
    unknown names (with the title before them). A function of the run's text alone, so
    cached (names recur); what depends on the words around the run is decided later."""
    words = run.split()
    if (described := after_adjective(run, words, lambda rest: run_plan(rest, lex))) is not None:
        return described
    if (office := titled_office(run, words)) is not None:
        return office
    if (named := trailing_abbreviation(run, words, lex, lambda r: run_plan(r, lex))) is not None:
        return named
    if (apart := chamber_party(words)) is not None:
        return apart
    if (cut := law_words(words, lex)) is not None:
        if cut == 0:
            return ()
        end = _offsets(run, words)[cut - 1][1]
        return run_plan(run[:end], lex)  # "European Convention| on Human Rights"
    known = _tokens(lex)
    infos = [known.get(w) or _new_token(w, lex, known) for w in words]
    n = len(words)
    # Many runs: one unknown name ("Fidel Castro"), all plain words, a possessive only at
    # the end ("Elian's Miami relatives" names Elian, then Miami). (Plain words share two
    # tokens: counting them is the cheapest test.)
    plain = infos.count(_PLAIN)
    if plain == n or (plain == n - 1 and infos[-1] is _PLAIN_OWNER):
        step = _name_step(run, 0, strip_possessive(run, 0, len(run)), n, None)
        return () if step is None else (step,)
    # Many others: one known name ("United States"), which is what _segment finds first.
    if n in infos[0].lex_counts and not infos[-1].connector:
        entry = lex.lookup(run)
        if entry is not None:
            start = 4 if run.startswith(("The ", "the ")) and len(run) > 4 else 0
            return (Known(entry, start, strip_possessive(run, 0, len(run)), 0),)
    toks = _offsets(run, words)
    items = _segment(run, toks, infos, lex)
    for info in infos:
        if info.org_head:
            items = _organisations(run, items, toks, infos, lex.cities)
            break
    place_heads = vocabulary().place_heads
    for w in words[1:]:
        if w in place_heads or without_possessive(w) in place_heads:
            items = _places(run, items, toks, infos)
            break
    sets = run_sets()
    steps: list[Step] = []
    # A title waiting for its name: (role, affiliation).
    pending: tuple[str | None, str | None] | None = None
    # The last known name, if right before the current item: (entry, end).
    prev_lex: tuple[Entry, int] | None = None
    # An abbreviation right before the current title ("FTC Chair"): the organisation.
    prev_org: str | None = None
    # The first words of the title to come ("Chief Election| Commissioner", "Labour|
    # Minister"), lower case, and the affiliation found before them.
    prefix: tuple[str, str | None] | None = None
    k = 0
    count_items = len(items)
    while k < count_items:
        kind, i, j, entry, role = items[k]
        s, e = toks[i][0], toks[j - 1][1]
        if kind == "NAME":
            if (
                pending is not None
                and k >= 2
                and items[k - 1][0] == "CONN"
                and words[items[k - 1][1]] == "for"
                and items[k - 2][0] == "TITLE"
                and words[items[k - 2][2] - 1].lower() in sets.member_titles
            ):
                # "the MP for Leeds": a member's constituency, a place (no person after)
                last = k
                while last + 1 < count_items and items[last + 1][0] == "NAME":
                    last += 1
                steps.append(UnknownPlace(s, strip_possessive(run, s, toks[items[last][2] - 1][1])))
                pending = prev_lex = None
                k = last + 1
                continue
            if (
                pending is not None
                and k >= 2
                and items[k - 1][0] == "CONN"
                and words[items[k - 1][1]] in _FIELD_LINKS
                and items[k - 2][0] == "TITLE"
            ):
                # "Minister for Foreign Affairs Penny Wong", "High Commissioner for Human
                # Rights": the field's words are the title's, the name comes after them.
                m = k
                while (
                    m < count_items
                    and items[m][0] == "NAME"
                    and items[m][2] - items[m][1] == 1
                    and words[items[m][1]].lower() in sets.title_fields
                ):
                    m += 1
                if m > k:
                    k = m
                    continue
            if (
                pending is not None
                and infos[i].org_head
                and k + 1 < count_items
                and items[k + 1][0] == "NAME"
                and items[k - 1][0] == "CONN"
                and words[items[k - 1][1]] == "of"
            ):
                # "Inspector General of Police Lazarus Phiri": the person's name follows.
                k += 1
                kind, i, j, entry, role = items[k]
                s, e = toks[i][0], toks[j - 1][1]
            # The name goes on over names and one or two particles between two ("Jurie de
            # Wet", "Sebastián de la Fuente", "Ruud van der Berg"), up to a possessive.
            last = k
            while (
                last + 1 < count_items
                and not infos[items[last][2] - 1].owner
                and (
                    items[last + 1][0] == "NAME"
                    # "Arthur Lima dos Santos": a place's name before a particle
                    or (
                        items[last + 1][0] == "LEX"
                        and _place_in_name(items, last + 1, words, sets.particles)
                    )
                    # "Volker Turk": a demonym noun ending a name is its surname
                    or (
                        last + 2 == count_items
                        and items[last + 1][0] == "LEX"
                        and items[last + 1][2] - items[last + 1][1] == 1
                        and surname_demonym(words[items[last + 1][1]], items[last + 1][3])
                    )
                    or (
                        items[last + 1][0] == "CONN"
                        and last + 2 < count_items
                        and words[items[last + 1][1]] in sets.particles
                        and (
                            items[last + 2][0] == "NAME"
                            or (
                                items[last + 2][0] == "CONN"
                                and last + 3 < count_items
                                and items[last + 3][0] == "NAME"
                                and words[items[last + 2][1]] in sets.particles
                            )
                        )
                    )
                )
            ):
                last += 1
            end_tok = items[last][2]
            end = strip_possessive(run, s, toks[end_tok - 1][1])
            count = end_tok - i
            # "Witnesses said": a generic group, found by the group scan.
            word = run[s:end]
            if (
                count <= 2
                and last + 1 < count_items
                and items[last + 1][0] == "TITLE"
                and end == toks[end_tok - 1][1]
                and words[items[last + 1][1]].lower() not in sets.member_titles
            ):
                # "Chief Election| Commissioner", "Labour| Minister": words of the title.
                head = _title_head(words, i, end_tok, items, k, pending, sets)
                if head is not None:
                    aff = pending[1] if pending is not None else None
                    if (
                        aff is None
                        and prev_lex is not None
                        and prev_lex[0].kind in _AFFILIATING
                        and run[prev_lex[1] : s].strip(" ’'s") == ""
                    ):
                        aff = prev_lex[0].id  # "Kenya's Health Secretary"
                    prefix = (head, aff)
                    pending = prev_lex = None
                    k = last + 1
                    continue
            if (
                count == 1
                and pending is None
                and last + 1 < count_items
                and items[last + 1][0] == "TITLE"
                and len(word) > 1
                and word.isupper()
                and word.isalpha()
            ):
                # "FTC Chair Daniel Ferreira": an abbreviation before a title is the
                # organisation the title is held in.
                steps.append(UnknownOrg(s, end, None))
                prev_org = word
                k = last + 1
                continue
            if not (count == 1 and word.lower() in sets.group_words):
                step = _name_step(run, s, end, count, pending)
                if step is not None:
                    steps.append(step)
            pending = None
            prev_lex = None
            k = last
        elif kind == "LEX" and entry is not None:
            if _first_name_country(items, k, words, pending is not None) or _place_in_name(
                items, k, words, sets.particles
            ):
                # "Defence Minister Israel Katz": a country's name as a first name; "Arthur
                # Lima dos Santos": a place's as a word of a surname
                items[k] = ("NAME", i, j, None, None)
                continue
            end = strip_possessive(run, s, e)
            start = s + 4 if run.startswith(("The ", "the "), s) and e - s > 4 else s
            steps.append(Known(entry, start, end, s))
            if pending is not None and pending[1] is None and entry.kind in _AFFILIATING:
                pending = (pending[0], entry.id)
            prev_lex = (entry, end)
        elif kind == "PLACE":
            steps.append(UnknownPlace(s, strip_possessive(run, s, e)))
            pending = None
            prev_lex = None
        elif kind == "ORG":
            if (
                role is None
                and prev_lex is not None
                and prev_lex[0].kind in _AFFILIATING
                and run[prev_lex[1] : s].strip(" ’'s") == ""
            ):
                role = prev_lex[0].id  # "Brazil's Supreme Federal Court": of Brazil
            steps.append(UnknownOrg(s, strip_possessive(run, s, e), role))
            prev_lex = None
        elif kind == "TITLE":
            if prefix is not None:
                pending = (f"{prefix[0]} {role}" if role else None, prefix[1])
                prefix = prev_lex = None
                k += 1
                continue
            if infos[j - 1].owner:
                # "the Attorney General's office", "Prime Minister's visit": no person's
                # title.
                if k + 1 == count_items:
                    aff = None
                    if (
                        prev_lex is not None
                        and prev_lex[0].kind in _AFFILIATING
                        and run[prev_lex[1] : s].strip(" ’'s") == ""
                    ):
                        aff = prev_lex[0].id
                    steps.append(Office(s, e, aff))
                pending = prev_lex = None
                k += 1
                continue
            if (
                pending is not None
                and role
                and items[k - 1][0] == "TITLE"
                and items[k - 1][2] - items[k - 1][1] == 1
                and (first := words[items[k - 1][1]].lower()) in sets.title_prefixes
            ):
                pending = (f"{first} {role}", pending[1])  # "Chief Rabbi"
                k += 1
                continue
            if pending is not None and pending[0] is not None and items[k - 1][0] == "TITLE":
                # "Health Minister Dr. Sarah Achieng": the first title is the role.
                k += 1
                continue
            aff = None
            if (
                prev_lex is not None
                and prev_lex[0].kind in _AFFILIATING
                and run[prev_lex[1] : s].strip(" ’'s") == ""
            ):
                aff = prev_lex[0].id
            elif prev_org is not None:
                aff = prev_org
            elif items[k - 1][0] == "ORG" and steps and type(steps[-1]) is UnknownOrg:
                # "Bank of France Governor X", "Nordlys Bank Chief Executive X": the
                # organisation before the title employs the person
                aff = run[steps[-1].start : steps[-1].end]
            pending = (role or None, aff)
            prev_lex = None
        elif kind == "STOP":
            pending = None
            prev_lex = None
        if kind != "NAME":
            prev_org = None
        k += 1
    return without_named_thing(run, _of_affiliations(run, steps))


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


# Weekdays, which are West African first names after a title ("Governor Monday X").
_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)
# Months that are also given names ("Jan Kowalski", "Mayor June Okafor").
_MONTH_NAMES = frozenset({"Jan", "May", "June", "April", "August"})
_ADJECTIVE_ENDS = ("an", "ese", "ish", "i", "ic", "ine", "s")


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, frozenset[str]]:
    return {c.name: frozenset(c.demonyms) for c in countries()}


def surname_demonym(word: str, entry: Entry | None) -> bool:
    """A country's demonym noun that is also a surname after a first name: "Turk",
    "French" (not an adjective's form: "Iranian", "Chinese", "Turkish", "Thai",
    "Philippine"; not a plural; not a name of the country: "Holland", "America")."""
    return (
        entry is not None
        and entry.kind is ActorKind.COUNTRY
        and word in _demonyms().get(entry.id, ())
        and word[1:].islower()
        and not word.endswith(_ADJECTIVE_ENDS)
    )


def _title_head(
    words: list[str],
    i: int,
    j: int,
    items: list[Item],
    k: int,
    pending: tuple[str | None, str | None] | None,
    sets: Sets,
) -> str | None:
    """The first words of a title (lower case) that the words ``i``..``j`` of an unknown
    name before a title make with it: all of them title words ("Deputy", "Labour"), or
    any after a title prefix before them ("Chief| Election"), which they join. None if
    they are no title's."""
    head = " ".join(words[i:j]).lower()
    if (
        pending is not None
        and k > 0
        and items[k - 1][0] == "TITLE"
        and items[k - 1][2] - items[k - 1][1] == 1
        and (first := words[items[k - 1][1]].lower()) in sets.title_prefixes
    ):
        return f"{first} {head}"
    if all(w in sets.title_words for w in head.split()):
        return head
    return None


def _of_affiliations(run: str, steps: list[Step]) -> tuple[Step, ...]:
    """A name followed by "of (the) ORGANISATION" in the run is affiliated with it
    ("Jorge Paredes of the Peruvian Fire Department"); a one-word unknown name there is
    the organisation ("Maria Santos of Morningstar")."""
    for k in range(len(steps) - 1):
        a, b = steps[k], steps[k + 1]
        if type(a) is not Name or a.affiliation is not None:
            continue
        if run[a.end : b.start] not in (" of ", " of the "):
            continue
        if type(b) is Known:
            if b.entry.kind not in _AFFILIATING:
                continue
            aff = b.entry.id
        elif type(b) is UnknownOrg:
            aff = run[b.start : b.end]
        elif type(b) is Name and b.words == 1 and not b.titled and a.words >= 2:
            aff = run[b.start : b.end]
            steps[k + 1] = UnknownOrg(b.start, b.end, None)
        else:
            continue
        steps[k] = Name(a.start, a.end, a.words, a.titled, a.role, aff)
    return tuple(steps)


def clear_caches() -> None:
    """Forget the cached runs and words (for benchmarks of a first pass)."""
    run_plan.cache_clear()
    classify_single.cache_clear()
    _tokens.cache_clear()
