"""The reference for runs/: run_plan and classify_single written plainly (an ``Item``
object per word or name, the organisation merge over them, then the plan), uncached, to
test the faster ones against. A change of behaviour in runs/ is made here too."""

from __future__ import annotations

from dataclasses import dataclass

from explorer.model import ActorKind
from explorer.parse.actors.acronyms import hyphened_acronym
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import Entry, Lexicon
from explorer.parse.actors.place_offices import (
    PLACE_DIRECTIONS,
    holds_place_office,
    office_place_words,
)
from explorer.parse.actors.runs import (  # the parts the faster code shares
    RANKS,
    Known,
    Name,
    Office,
    Step,
    UnknownOrg,
    UnknownPlace,
    run_sets,
    strip_possessive,
    without_possessive,
)
from explorer.parse.actors.runs.items import (
    _MONTH_NAMES,
    _NUMBER_OPENERS,
    _TITLE_LEADS,
    _TITLED_FIRST_WORDS,
    listed_ending,
)
from explorer.parse.actors.runs.organisations import (
    _LEGAL_ENDS,
    _NOBLE_TITLES,
    _ORG_INNER_RIGHT,
    _THING_OPENERS,
    RANK_ADJECTIVES,
    _common_owner,
    minister_portfolio,
)
from explorer.parse.actors.runs.plan import _BILL_ENDS, BIG_SECTORS, NHS, NHS_TRUSTS
from explorer.parse.actors.runs.sets import _AFFILIATING, _POSSESSIVE_ENDS
from explorer.parse.actors.runs.shapes import (
    after_adjective,
    chamber_party,
    law_words,
    saint_name,
    sport_body,
    surname_demonym,
    titled_office,
    trailing_abbreviation,
    without_named_thing,
)
from explorer.parse.actors.runs.steps import _name_step, _shifted
from explorer.parse.actors.runs.words import _offsets, _title_counts
from explorer.parse.timex import grammar as g


@dataclass(slots=True)
class Item:  # not frozen: created in a hot loop (cached items are never changed)
    kind: str  # LEX, TITLE, CONN, STOP, NAME, ORG
    i: int  # first token index
    j: int  # one past the last token index
    entry: Entry | None = None
    role: str | None = None


def classify_single(word: str, lex: Lexicon) -> tuple[Entry | None, int] | None:
    """A one-word run: None to skip it (a title alone, a stopword, a generic group word:
    "Witnesses said" is found by the group scan), else its known entry (None for an
    unknown name) and its length without a possessive."""
    entry = lex.lookup(word) if lex.first_key(word) in lex.first_words else None
    length = strip_possessive(word, 0, len(word))
    if entry is not None:
        return entry, length
    v = vocabulary()
    if word.lower().rstrip(".") in v.titles or without_possessive(word) in v.stopwords:
        return None
    if "-" in word and all(part in v.stopwords for part in word.split("-")):
        return None  # "January-March"
    if word[:length].lower() in run_sets().group_words:
        return None
    return None, length


@dataclass(frozen=True, slots=True)
class _Token:
    """What a word of a run can be, whatever its neighbours."""

    connector: bool
    lex_counts: tuple[int, ...]  # word counts of the lexicon names it can open, longest first
    title_counts: tuple[int, ...]  # word counts of the titles it can open, longest first
    stopword: bool  # (without a possessive)
    org_head: bool  # an organisation's last word ("Group", "News"), without a possessive

    @property
    def plain(self) -> bool:
        """Only ever part of an unknown name."""
        return not (
            self.connector or self.lex_counts or self.title_counts or self.stopword or self.org_head
        )


def _token(word: str, lex: Lexicon) -> _Token:
    sets = run_sets()
    v = vocabulary()
    first = lex.first_key(word)
    tkey = word.lower().rstrip(".")
    bare = without_possessive(word)
    return _Token(
        connector=word in sets.connectors,
        lex_counts=lex.lengths.get(first, ()) if first in lex.first_words else (),
        title_counts=_title_counts(tkey, sets, word[:1].isupper()),
        stopword=bare in v.stopwords
        or ("-" in bare and all(part in v.stopwords for part in bare.split("-"))),
        org_head=bare in v.organisation_heads
        or bare in sets.club_heads
        or (bare.endswith("ies") and bare[:-3] + "y" in v.organisation_heads)
        or (
            not bare.endswith("ies")
            and bare.endswith(("es", "ers"))
            and bare[:-1] in v.organisation_heads
        )
        or (
            bare.split("-")[-1] in ("North", "South", "East", "West")
            and bare.rpartition("-")[0] in v.organisation_heads
        ),
    )


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
        if info.connector:
            items.append(Item("CONN", i, i + 1))
            i += 1
            continue
        s0 = toks[i][0]
        if i == n - 1 and items and items[-1].kind == "NAME" and text[s0 : toks[i][1]] in RANKS:
            items.append(Item("NAME", i, i + 1))  # "Amartya Sen": a rank ends no name
            i += 1
            continue
        found = False
        for k in info.lex_counts:
            if k > n - i:
                continue
            if k > 1 and infos[i + k - 1].connector:
                continue
            entry = lex.lookup(text[s0 : toks[i + k - 1][1]])
            if (
                entry is not None
                and k == 1
                and info.org_head
                and i + 2 < n
                and text[toks[i + 1][0] : toks[i + 1][1]] in ("of", "for")
                and not infos[i + 2].connector
                and entry.id != text[s0 : toks[i][1]]
                and lex.lookup(text[toks[i + 2][0] : toks[i + 2][1]]) is None
            ):
                entry = None  # "the Observatory of Natural Resources": no listed body's
            if entry is not None:
                items.append(Item("LEX", i, i + k, entry))
                i += k
                found = True
                break
        if found:
            continue
        for k in info.title_counts:
            if k > n - i:
                continue
            phrase = text[s0 : toks[i + k - 1][1]].lower().rstrip(".").removeprefix("then-")
            phrase = " ".join(phrase.split())
            if k == 1 and i >= 2 and i + 1 == n and phrase[-1:] == "s" and info.org_head:
                continue  # "Thebe Retirement Administrators": a firm's word, no title
            role = titles.get(phrase)
            members = i + k == n and any(info.org_head for info in infos[:i])
            if role is None and phrase.endswith("s") and not members:
                # "Presidents Putin and Xi", "foreign ministers"; not "the Union of Zambian
                # Farmers": an organisation's members ending its name
                role = titles.get(phrase[:-1])
            last = toks[i + k - 1]
            if (
                role is None
                and k > 1
                and strip_possessive(text, last[0], last[1]) < last[1]
                and (not items or items[-1].kind != "NAME")
            ):
                role = titles.get(without_possessive(phrase))  # "Attorney General's office"
            if role is not None:
                items.append(Item("TITLE", i, i + k, role=role))
                i += k
                found = True
                break
        if found:
            continue
        stop = (
            info.stopword
            and not (i > 0 and info.org_head)  # "Sky News"
            and not (items and items[-1].kind == "NAME" and listed_ending(text, toks, i))
            # "Nine Entertainment": a number word opening a company's name
            and not (
                i == 0
                and len(toks) > 1
                and text[toks[0][0] : toks[0][1]] in _NUMBER_OPENERS
                and infos[-1].org_head
                and strip_possessive(text, toks[-1][0], toks[-1][1]) == toks[-1][1]
                and all(t.plain for t in infos[1:-1])
            )
            # "Sport Secretary X": a portfolio's word before a title
            and not (
                i + 1 < len(toks)
                and infos[i + 1].title_counts
                and text[toks[i][0] : toks[i][1]].lower() in run_sets().title_words
            )
            # "Governor Monday Okpebholo": a weekday between a title and a name
            and not (
                items
                and items[-1].kind == "TITLE"
                and i + 1 < len(toks)
                and text[toks[i][0] : toks[i][1]] in _TITLED_FIRST_WORDS
                and not infos[i + 1].stopword
            )
            # "Jan Kowalski", "Mayor June Okafor": a month that is a given name
            and not (
                i + 1 < len(toks)
                and not infos[i + 1].stopword
                and text[toks[i][0] : toks[i][1]] in _MONTH_NAMES
                and (
                    text[toks[i][0] : toks[i][1]] == "Jan" or (items and items[-1].kind == "TITLE")
                )
            )
        )
        items.append(Item("STOP" if stop else "NAME", i, i + 1))
        i += 1
    items = _portfolio(text, toks, items)
    if not any(info.org_head for info in infos):
        return items  # (no organisation to merge)
    return _organisations(text, items, toks, infos, lex)


def _portfolio(text: str, toks: list[tuple[int, int]], items: list[Item]) -> list[Item]:
    """One or two capitalised words before the first bare "minister" are its portfolio,
    at the run's start or after a stopword, a country, a place or "former" ("Economic
    Security Minister X")."""
    titles = [t for t in range(1, len(items)) if items[t].kind == "TITLE"]
    bare = [t for t in titles if items[t].role == "minister"]
    if not bare:
        return items
    t = bare[0]

    def word(x: int) -> str:
        return text[toks[items[x].i][0] : toks[items[x].i][1]]

    f = t
    while f > 0 and t - f < 2 and items[f - 1].kind == "NAME" and word(f - 1).isalpha():
        if not word(f - 1).istitle():
            break
        f -= 1
    if f == t:
        return items
    lead = items[f - 1] if f > 0 else None
    if not (
        lead is None
        or lead.kind == "STOP"
        or (lead.kind == "NAME" and word(f - 1).lower() in _TITLE_LEADS)
        or (
            lead.kind == "LEX"
            and lead.entry is not None
            and lead.entry.kind in (ActorKind.COUNTRY, ActorKind.PLACE)
        )
    ):
        return items
    field = " ".join(word(x).lower() for x in range(f, t))
    merged = Item("TITLE", items[f].i, items[t].j, role=f"{field} minister")
    return [*items[:f], merged, *items[t + 1 :]]


def _organisations(
    text: str, items: list[Item], toks: list[tuple[int, int]], infos: list[_Token], lex: Lexicon
) -> list[Item]:
    """Merge an unknown name ending in an organisation word into one organisation; a
    club's last word ("City", "Town") only right after a known city ("Oslo City")."""
    idx = 0
    while idx < len(items):
        it = items[idx]
        if not infos[it.i].org_head or (
            it.kind != "NAME"
            # "the All Progressives Congress": a known institution's word after names
            and not (
                it.kind == "LEX"
                and it.j - it.i == 1
                and idx > 0
                and (
                    items[idx - 1].kind == "NAME"
                    or (items[idx - 1].kind == "TITLE" and text[toks[it.i][0] - 2] == "s")
                )
                and strip_possessive(text, *toks[items[idx - 1].j - 1])
                == toks[items[idx - 1].j - 1][1]
            )
        ):
            idx += 1
            continue
        if (
            it.j - it.i == 1
            and idx + 1 < len(items)
            and items[idx + 1].kind == "TITLE"
            and (idx == 0 or items[idx - 1].kind != "NAME")
            and text[toks[it.i][0] : toks[it.i][1]].lower() in run_sets().title_words
        ):
            # "U.S. Energy Secretary Chris Wright": a portfolio of the title after it
            idx += 1
            continue
        word = without_possessive(text[toks[it.i][0] : toks[it.i][1]])
        if word in run_sets().club_heads:
            prev = items[idx - 1] if idx > 0 else None
            last = idx + 1 == len(items) or items[idx + 1].kind != "NAME"
            if (
                prev is not None
                and prev.kind == "LEX"
                and prev.entry is not None
                and prev.entry.id in lex.cities
                and last
            ):
                items[idx - 1 : idx + 1] = [Item("ORG", prev.i, it.j)]
            else:
                idx += 1
            continue
        left = idx
        while left > 0:
            prev = items[left - 1]
            if (
                strip_possessive(text, toks[prev.j - 1][0], toks[prev.j - 1][1])
                < toks[prev.j - 1][1]
            ):
                break  # a possessive ends a name
            if (
                prev.kind == "NAME"
                or (prev.kind == "LEX" and prev.entry is not None)
                # "the Justice Department", "the Premier League"
                or (prev.kind == "TITLE" and left == idx and prev.j - prev.i == 1)
                # "the Major Crimes Unit"
                or (
                    prev.kind == "TITLE"
                    and prev.j - prev.i == 1
                    and left < idx
                    and items[left].kind == "NAME"
                    and text[toks[prev.i][0] : toks[prev.i][1]] in RANK_ADJECTIVES
                    and text[toks[it.i][0] : toks[it.i][1]].rstrip(".,") not in _LEGAL_ENDS
                )
                # "World Meteorological Organization"
                or (
                    prev.kind == "STOP"
                    and text[toks[prev.i][0] : toks[prev.i][1]] in vocabulary().org_openers
                )
                or (
                    prev.kind == "CONN"
                    and text[toks[prev.i][0] : toks[prev.i][1]] == "and"
                    # (not after a whole organisation's word: "the Navy and Air Force")
                    and not (
                        left >= 2 and items[left - 2].kind == "NAME" and infos[prev.i - 1].org_head
                    )
                    # (nor after a listed organisation: "Nvidia and Advanced Micro Devices")
                    and not (
                        left >= 2
                        and items[left - 2].kind == "LEX"
                        and items[left - 2].entry is not None
                        and items[left - 2].entry.kind is ActorKind.ORGANISATION
                    )
                )
            ):
                left -= 1
            else:
                break
        while left < idx and items[left].kind == "CONN":
            left += 1

        def word(k: int) -> str:
            return text[toks[items[k].i][0] : toks[items[k].i][1]]

        def owner(k: int) -> bool:
            t = toks[items[k].j - 1]
            return strip_possessive(text, t[0], t[1]) < t[1]

        # "the People’s Protection Units": a people's possessive opens the name
        if (
            0 < left <= idx
            and items[left - 1].kind == "NAME"
            and items[left - 1].j - items[left - 1].i == 1
            and owner(left - 1)
            and _common_owner(without_possessive(word(left - 1)))
        ):
            left -= 1
            # "the Republican People's Party": an unknown name's words before it too
            while (
                left > 0
                and items[left - 1].kind == "NAME"
                and not owner(left - 1)
                and (left == 1 or items[left - 2].kind in ("STOP", "CONN"))
            ):
                left -= 1
            # "the Mexican Employers' Confederation", "the Nova Scotia Nurses' Union": a
            # country's word or a place's name opens it too
            prev_entry = items[left - 1].entry if left > 0 else None
            if (
                prev_entry is not None
                and items[left - 1].kind == "LEX"
                and prev_entry.kind in (ActorKind.COUNTRY, ActorKind.PLACE)
                and not owner(left - 1)
            ) or (
                left > 0
                and items[left - 1].kind == "STOP"
                and word(left - 1) in vocabulary().org_openers
            ):
                left -= 1
        # "the Countess of Chester Hospital": a royal's name opens the name
        if (
            left >= 2
            and items[left - 1].kind == "CONN"
            and word(left - 1) == "of"
            and items[left - 2].j - items[left - 2].i == 1
            and word(left - 2) in _NOBLE_TITLES
            and (left == 2 or items[left - 3].kind == "STOP")
        ):
            left -= 2
        elif (  # "the Queen Elizabeth Hospital"
            left >= 1
            and items[left - 1].j - items[left - 1].i == 1
            and word(left - 1) in _NOBLE_TITLES
            and (left == 1 or items[left - 2].kind == "STOP")
        ):
            left -= 1

        # "Leeds Coroner's Court": a local court's owner, with the town's words before it
        if (
            left == idx
            and idx > 0
            and items[idx - 1].kind == "NAME"
            and owner(idx - 1)
            and without_possessive(word(idx - 1))
            in ("Coroner", "Coroners", "Magistrate", "Magistrates")
        ):
            left = idx - 1
            while left > 0 and items[left - 1].kind in ("NAME", "LEX") and not owner(left - 1):
                left -= 1

        # "the Ombudsman’s Office", "the Attorney General’s Office": the owner is a word
        # of the name (not "Tomas Varga’s Office": after a name; but "Ukraine's
        # Prosecutor General's Office": a title after an owner).
        if (
            left == idx
            and idx > 0
            and (
                items[idx - 1].kind == "TITLE"
                or (items[idx - 1].kind == "NAME" and items[idx - 1].j - items[idx - 1].i == 1)
            )
            and owner(idx - 1)
            and (
                idx < 2
                or items[idx - 2].kind not in ("NAME", "LEX")
                or (items[idx - 1].kind == "TITLE" and owner(idx - 2))
            )
        ):
            left = idx - 1
            if left > 0 and items[left - 1].kind == "TITLE" and not owner(left - 1):
                left -= 1

        # "Inspector General of Police Lazarus Phiri": no organisation
        if (
            left == idx
            and idx >= 2
            and items[idx - 1].kind == "CONN"
            and word(idx - 1) == "of"
            and items[idx - 2].kind == "TITLE"
        ):
            idx += 1
            continue

        if minister_portfolio(
            [x.kind for x in items],
            [text[toks[x.i][0] : toks[x.j - 1][1]] for x in items],
            [x.role for x in items],
            left,
            idx,
        ):
            idx += 1  # "Minister of Natural Resources X": the title's field
            continue

        right = idx
        crossed = False
        inner: set[int] = set()
        while right + 1 < len(items):
            nxt = items[right + 1]
            if nxt.kind == "NAME":
                if not crossed and text[toks[nxt.i][0] : toks[nxt.i][1]] in _THING_OPENERS:
                    break  # "SkyWest Airlines Flight 5521": the flight, no word of the name
                if owner(right) and not _common_owner(
                    without_possessive(text[toks[items[right].i][0] : toks[items[right].j - 1][1]])
                ):
                    break  # a possessive ends the name: "Halvern Bank's Frankfurt office"
                right += 1
            elif (
                crossed
                and nxt.kind == "LEX"
                and items[right].kind in ("NAME", "LEX")
                and not owner(right)
            ):
                right += 1
                inner.add(right)
            elif (
                right + 2 < len(items)
                and nxt.kind == "CONN"
                and word(right + 1) in _ORG_INNER_RIGHT
                and (
                    items[right + 2].kind in ("NAME", "LEX")
                    or (  # "European Court of Justice"
                        items[right + 2].kind == "TITLE"
                        and items[right + 2].j - items[right + 2].i == 1
                        and (right + 3 >= len(items) or items[right + 3].kind != "NAME")
                    )
                )
            ):
                right += 2
                crossed = True
            elif (
                right + 3 < len(items)
                and nxt.kind == "CONN"
                and word(right + 1) in _ORG_INNER_RIGHT
                and items[right + 2].kind == "CONN"
                and (
                    word(right + 2) == "the"
                    or (word(right + 1) == "for" and word(right + 2) in ("a", "an"))
                )
                and items[right + 3].kind in ("NAME", "LEX")
            ):
                right += 3  # "Centre for the Study of ...", "Committee for a ..."
                crossed = True
            elif (
                crossed
                and right + 2 < len(items)
                and nxt.kind == "CONN"
                and word(right + 1) == "and"
                and items[right + 2].kind in ("NAME", "LEX")
            ):
                last = right + 2
                while last + 1 < len(items) and items[last + 1].kind in ("NAME", "LEX"):
                    last += 1
                tail = items[right + 2 : last + 1]
                one_word = (
                    len(tail) == 1
                    and tail[0].kind == "NAME"
                    and tail[0].j - tail[0].i == 1
                    and items[right].kind == "NAME"
                )
                places = (ActorKind.COUNTRY, ActorKind.PLACE)
                two_places = (  # "of England and Wales"
                    len(tail) == 1
                    and all(
                        x.kind == "LEX" and x.entry is not None and x.entry.kind in places
                        for x in (items[right], tail[0])
                    )
                )
                fields = (  # "Department of Health and Social Care"
                    len(tail) == 2
                    and items[right].kind == "NAME"
                    and all(x.kind == "NAME" for x in tail)
                    and without_possessive(word(idx)) in run_sets().list_name_heads
                )
                if (
                    one_word
                    or fields
                    or two_places
                    or (tail[-1].kind == "NAME" and infos[tail[-1].j - 1].org_head)
                ):
                    inner.update(k for k in range(idx, last + 1) if items[k].kind == "LEX")
                    right = last
                break
            else:
                break
        if items[right].j - items[left].i < 2:
            idx += 1
            continue
        affiliation = next(
            (
                items[k].entry.id  # type: ignore[union-attr]
                for k in range(left, right + 1)
                if items[k].kind == "LEX"
                and items[k].entry is not None
                and items[k].entry.kind in (ActorKind.COUNTRY, ActorKind.ORGANISATION)  # type: ignore[union-attr]
                and k not in inner
                and k != idx  # (the head: "Congress" in "the All Progressives Congress")
            ),
            None,
        )
        if (
            affiliation is not None
            and text[toks[items[idx].i][0] : toks[items[idx].j - 1][1]] in _INSTITUTIONS
            and any(
                items[k].kind == "LEX"
                and items[k].entry is not None
                and items[k].entry.id == affiliation  # type: ignore[union-attr]
                for k in range(left, idx)
            )
        ):
            affiliation = None  # "the Saudi Hospital": no state's body
        org = Item("ORG", items[left].i, items[right].j, None, affiliation)
        items[left : right + 1] = [org]
        idx = left + 1
    return items


_HOLIDAYS = frozenset(
    n
    for table in (g.HOLIDAYS, g.EASTER_HOLIDAYS, g.LUNAR_HOLIDAYS, g.HOLIDAY_RULES)
    for n in (*table, *g.HOLIDAY_DAYS_AFTER, *g.EASTER_WEEKS)
)


def run_plan(run: str, lex: Lexicon) -> tuple[Step, ...]:
    """What a run of several words says, in order: known names, unknown organisations and
    unknown names (with the title before them). A function of the run's text alone, so
    cached (names recur); what depends on the words around the run is decided later."""
    words = run.split()
    if words[0] == "Former" and len(words) > 1:
        # "Former Arsenal captain Tony Adams": no word of a name
        at = _offsets(run, words)[1][0]
        return tuple(_shifted(step, at) for step in run_plan(run[at:], lex))
    for k in (4, 3, 2):
        if len(words) >= k and " ".join(words[-k:]).lower() in _HOLIDAYS:
            # A holiday's words end the run: the words before it, "and" not kept.
            kept = len(words) - k
            while kept and words[kept - 1] in ("and", "or", "&"):
                kept -= 1
            return () if kept < 2 else run_plan(" ".join(words[:kept]), lex)
    if len(words) > 3 and run.endswith(NHS_TRUSTS):
        start = 4 if words[0] in ("The", "the") else 0
        return (UnknownOrg(start, strip_possessive(run, start, len(run)), NHS),)
    if (described := after_adjective(run, words, lambda rest: run_plan(rest, lex))) is not None:
        return described
    if (office := titled_office(run, words)) is not None:
        return office
    if (named := trailing_abbreviation(run, words, lex, lambda r: run_plan(r, lex))) is not None:
        return named
    if (body := sport_body(run, words, lex)) is not None:
        return body  # "Athletics Jamaica"
    if (apart := chamber_party(words)) is not None:
        return apart
    cut = law_words(words, lex)
    if cut == 0:
        return ()  # "the Border Security and Asylum Bill"
    if cut is not None:
        return run_plan(run[: _offsets(run, words)[cut - 1][1]], lex)
    infos = [_token(w, lex) for w in words]
    n = len(words)
    saint = saint_name(
        run,
        words,
        [t.stopword for t in infos],
        [t.connector for t in infos],
        infos[-1].org_head,
    )
    if saint:
        return saint  # "St. Peter's Basilica"
    # A possessive ends a name: "Elian's Miami relatives" names Elian, then Miami.
    owners = [w[-1] in _POSSESSIVE_ENDS and strip_possessive(w, 0, len(w)) < len(w) for w in words]
    if all(info.plain for info in infos) and not any(owners[:-1]):
        # Many runs: one unknown name ("Fidel Castro").
        if n == 2 and words[0] in ("Lake", "Mount", "Mt.", "Mt"):
            return (UnknownPlace(0, strip_possessive(run, 0, len(run))),)  # "Lake Turkana"
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
    # "North Darfur": a compass word and a listed place right after it are one region (not
    # in an organisation's name: "North Atlantic Fisheries Organization").
    if (
        words[0] in ("North", "South", "East", "West")
        and not any(info.org_head for info in infos)
        and len(items) > 1
        and items[0].kind == "NAME"
        and items[0].j == 1
        and items[1].kind == "LEX"
        and items[1].entry is not None
        and items[1].entry.kind is ActorKind.PLACE
    ):
        items[0:2] = [Item("PLACE", 0, items[1].j)]
    # "Lake Victoria", "Mount Kenya": a lake's or a mountain's word and the one name after
    # it are one place (not before a third name: "Mount Sinai Hospital").
    idx = 0
    while idx + 1 < len(items) and not any(info.org_head for info in infos):
        it, nxt = items[idx], items[idx + 1]
        if (
            it.kind == "NAME"
            and it.j - it.i == 1
            and words[it.i] in ("Lake", "Mount", "Mt.", "Mt")
            and nxt.kind in ("NAME", "LEX")
            and (idx + 2 == len(items) or items[idx + 2].kind != "NAME")
        ):
            items[idx : idx + 2] = [Item("PLACE", it.i, nxt.j)]
        idx += 1
    # "South China Sea", "Long Island": names before a place's last word are one place.
    place_heads = vocabulary().place_heads
    idx = 0
    while idx < len(items):
        it = items[idx]
        head = without_possessive(run[toks[it.i][0] : toks[it.i][1]])
        if idx > 0 and it.kind in ("NAME", "LEX") and it.j - it.i == 1 and head in place_heads:
            left = idx
            while (
                left > 0
                and items[left - 1].kind in ("NAME", "LEX")
                and not owners[items[left - 1].j - 1]
            ):
                left -= 1
            if left < idx:
                items[left : idx + 1] = [Item("PLACE", items[left].i, it.j)]
                idx = left
        idx += 1
    sets = run_sets()
    steps: list[Step] = []
    # A title waiting for its name: (role, affiliation).
    pending: tuple[str | None, str | None] | None = None
    # The last known name, if right before the current item: (entry, end).
    prev_lex: tuple[Entry, int] | None = None
    # The first words of the title to come ("Chief Election| Commissioner"), affiliation.
    prefix: tuple[str, str | None] | None = None

    def owner_before(s: int) -> str | None:
        """The country or organisation right before ``s`` ("Kenya's| Health Secretary")."""
        if (
            prev_lex is not None
            and prev_lex[0].kind in _AFFILIATING
            and run[prev_lex[1] : s].strip(" ’'s") == ""
        ):
            return prev_lex[0].id
        return None

    def prefix_title(k: int) -> str | None:
        """The word of the title prefix ``items[k]`` ("Chief"), if it is one."""
        if k < 0 or items[k].kind != "TITLE" or items[k].j - items[k].i != 1:
            return None
        word = words[items[k].i].lower()
        return word if word in sets.title_prefixes else None

    k = 0

    def place_in_name(x: int) -> bool:
        """A known place of one word before a particle and a name: after a name (any
        particle), or opening the run before a Portuguese one ("Lima dos Santos")."""
        it = items[x]
        if it.entry is None or it.entry.kind is not ActorKind.PLACE or it.j - it.i != 1:
            return False
        if x + 2 >= len(items) or items[x + 1].kind != "CONN" or items[x + 2].kind != "NAME":
            return False
        particle = words[items[x + 1].i]
        if x > 0 and items[x - 1].kind == "NAME":
            return particle in sets.particles
        return x == 0 and particle in ("da", "das", "do", "dos")

    field_end = -1  # the item after a title's field ("Minister of State| for Trade")
    while k < len(items):
        it = items[k]
        s, e = toks[it.i][0], toks[it.j - 1][1]
        if (
            it.kind == "LEX"
            and it.entry is not None
            and pending is not None
            and it.entry.kind in (ActorKind.COUNTRY, ActorKind.PLACE)
            and it.j - it.i == 1
            and k > 0
            and items[k - 1].kind == "TITLE"
            and k + 2 == len(items)
            and items[k + 1].kind == "NAME"
            and items[k + 1].j - items[k + 1].i == 1
            and words[it.i].isalpha()
            and words[it.i][1:].islower()
        ):
            items[k] = Item("NAME", it.i, it.j)  # "Defence Minister Israel Katz", "... Victoria X"
            continue
        if it.kind == "LEX" and place_in_name(k):
            items[k] = Item("NAME", it.i, it.j)  # "Arthur Lima dos Santos"
            continue
        if it.kind == "LEX" and it.entry is not None:
            entry = it.entry
            end = strip_possessive(run, s, e)
            start = s + 4 if run.startswith(("The ", "the "), s) and e - s > 4 else s
            steps.append(Known(entry, start, end, s))
            if pending is not None and pending[1] is None and entry.kind in _AFFILIATING:
                pending = (pending[0], entry.id)
            prev_lex = (entry, end)
        elif it.kind == "PLACE":
            steps.append(UnknownPlace(s, strip_possessive(run, s, e)))
            pending = None
            prev_lex = None
        elif it.kind == "ORG" and (
            (run.startswith("Big ", s) and run[s + 4 : e] in BIG_SECTORS)
            or run.endswith(_BILL_ENDS, s, e)
        ):
            prev_lex = None  # "Big Tech", "Big Pharma": an industry; "Assembly Bill": a bill
        elif it.kind == "ORG":
            role = it.role
            # "Brazil's Supreme Federal Court": of Brazil
            if (
                role is None
                and prev_lex is not None
                and prev_lex[0].kind in _AFFILIATING
                and run[prev_lex[1] : s].strip(" ’'s") == ""
            ):
                role = prev_lex[0].id
            steps.append(UnknownOrg(s, strip_possessive(run, s, e), role))
            prev_lex = None
        elif it.kind == "TITLE" and prefix is not None:
            pending = (f"{prefix[0]} {it.role}" if it.role else None, prefix[1])
            prefix = None
            prev_lex = None
        elif it.kind == "TITLE" and owners[it.j - 1]:
            # "the Attorney General's office": an office if "office" follows the run.
            if k == len(items) - 1:
                steps.append(Office(s, e, owner_before(s)))
            pending = None
            prev_lex = None
        elif (
            it.kind == "TITLE"
            and pending is not None
            and it.role
            and (first := prefix_title(k - 1)) is not None
        ):
            pending = (f"{first} {it.role}", pending[1])  # "Chief Rabbi"
        elif (
            it.kind == "TITLE"
            and pending is not None
            and pending[0] is not None
            and items[k - 1].kind == "TITLE"
        ):
            pass  # "Health Minister Dr Sarah Achieng": the first title is the role
        elif (
            it.kind == "TITLE"
            and pending is not None
            and pending[0] is not None
            and k >= 2
            and items[k - 1].kind == "CONN"
            and words[items[k - 1].i] == "and"
            and items[k - 2].kind == "TITLE"
        ):
            # "Qatar's Prime Minister and Foreign Minister X": the last title, of the
            # first one's country
            pending = (it.role or None, pending[1])
            prev_lex = None
        elif it.kind == "TITLE":
            aff = None
            if (
                prev_lex is not None
                and (prev_lex[0].kind in _AFFILIATING or prev_lex[0].kind is ActorKind.PLACE)
                and run[prev_lex[1] : s].strip(" ’'s") == ""
            ):
                aff = prev_lex[0].id  # "Russian Ambassador", "Colorado Attorney General"
            elif (
                k > 0
                and items[k - 1].kind == "NAME"
                and steps
                and isinstance(steps[-1], UnknownOrg)
                and steps[-1].start == toks[items[k - 1].i][0]
            ):
                aff = run[steps[-1].start : steps[-1].end]  # "FTC Chair"
            elif (
                k > 0 and items[k - 1].kind == "ORG" and steps and isinstance(steps[-1], UnknownOrg)
            ):
                aff = run[steps[-1].start : steps[-1].end]  # "Bank of France Governor"
            elif (
                k > 0
                and items[k - 1].kind in ("NAME", "PLACE")
                and steps
                and isinstance(steps[-1], UnknownPlace)
                and toks[items[k - 1].i][0] <= steps[-1].end <= toks[items[k - 1].j - 1][1]
                and holds_place_office(it.role)
            ):
                aff = run[steps[-1].start : steps[-1].end]  # "Chicago Mayor"
            pending = (it.role or None, aff)
            prev_lex = None
        elif it.kind == "STOP":
            pending = None
            prev_lex = None
        elif it.kind == "NAME":

            def word_at(x: int) -> str:
                return run[toks[items[x].i][0] : toks[items[x].i][1]]

            if (
                pending is not None
                and k >= 3
                and items[k - 1].kind == "CONN"
                and word_at(k - 1) == "the"
                and items[k - 2].kind == "CONN"
                and word_at(k - 2) in ("for", "on", "of")
                and items[k - 3].kind == "TITLE"
            ):
                # "President of the Republic Emmanuel Macron": the field's word, then the
                # name; "the Princess of the Stars": the title's object, no holder
                if k + 1 < len(items) and items[k + 1].kind == "NAME":
                    k += 1
                    continue
                pending = None
            if (
                pending is not None
                and k >= 2
                and items[k - 1].kind == "CONN"
                and word_at(k - 1) == "for"
                and items[k - 2].kind == "TITLE"
                and words[items[k - 2].j - 1].lower() in sets.member_titles
            ):
                # "the MP for Leeds": the names after are a constituency, a place
                last = k
                while last + 1 < len(items) and items[last + 1].kind == "NAME":
                    last += 1
                steps.append(UnknownPlace(s, strip_possessive(run, s, toks[items[last].j - 1][1])))
                pending = prev_lex = None
                k = last + 1
                continue
            fields = 0  # "Minister for Foreign Affairs X": the field's words are the title's
            if (
                pending is not None
                and k >= 2
                and items[k - 1].kind == "CONN"
                and word_at(k - 1) in ("for", "on", "of")
                # (after a field: "Minister of State for Trade X")
                and (items[k - 2].kind == "TITLE" or k - 1 == field_end)
            ):
                while (
                    k + fields < len(items)
                    and items[k + fields].kind == "NAME"
                    and items[k + fields].j - items[k + fields].i == 1
                    and word_at(k + fields).lower() in sets.title_fields
                ):
                    fields += 1
            if fields:
                k += fields
                field_end = k
                continue
            if (
                pending is not None
                and infos[it.i].org_head
                and k + 1 < len(items)
                and items[k + 1].kind == "NAME"
                and items[k - 1].kind == "CONN"
                and run[toks[items[k - 1].i][0] : toks[items[k - 1].i][1]] == "of"
            ):
                k += 1  # "Inspector General of Police Lazarus Phiri": the name follows
                it = items[k]
                s, e = toks[it.i][0], toks[it.j - 1][1]
            j = k
            while (
                j + 1 < len(items)
                and not owners[items[j].j - 1]
                and (
                    items[j + 1].kind == "NAME"
                    or (items[j + 1].kind == "LEX" and place_in_name(j + 1))  # "Lima dos"
                    or (  # "Volker Turk": a demonym noun ending a name
                        j + 2 == len(items)
                        and items[j + 1].kind == "LEX"
                        and items[j + 1].j - items[j + 1].i == 1
                        and surname_demonym(
                            run[toks[items[j + 1].i][0] : toks[items[j + 1].i][1]],
                            items[j + 1].entry,
                            pending is not None and j == k and items[k].j - items[k].i == 1,
                        )
                    )
                    or (  # one or two particles: "Jurie de Wet", "Sebastián de la Fuente"
                        items[j + 1].kind == "CONN"
                        and run[toks[items[j + 1].i][0] : toks[items[j + 1].i][1]] in sets.particles
                        and (
                            (j + 2 < len(items) and items[j + 2].kind == "NAME")
                            or (
                                j + 3 < len(items)
                                and items[j + 2].kind == "CONN"
                                and items[j + 3].kind == "NAME"
                                and run[toks[items[j + 2].i][0] : toks[items[j + 2].i][1]]
                                in sets.particles
                            )
                        )
                    )
                )
            ):
                j += 1
            end = strip_possessive(run, s, toks[items[j].j - 1][1])
            count = items[j].j - it.i
            name = run[s:end]
            if (
                count <= 2
                and j + 1 < len(items)
                and items[j + 1].kind == "TITLE"
                and end == toks[items[j].j - 1][1]  # (no possessive)
                and run[toks[items[j + 1].i][0] : toks[items[j + 1].i][1]].lower()
                not in sets.member_titles  # "Labour MP X": no "labour MP"
            ):
                head = " ".join(name.lower().split())
                first = prefix_title(k - 1) if pending is not None else None
                if first is not None:
                    head = f"{first} {head}"  # "Chief Election| Commissioner"
                if first is not None or all(w in sets.title_words for w in head.split()):
                    aff = pending[1] if pending is not None else None
                    prefix = (head, aff or owner_before(s))  # "Labour| Minister"
                    pending = None
                    prev_lex = None
                    k = j + 1
                    continue
            if (
                count == 1
                and pending is None
                and j + 1 < len(items)
                and items[j + 1].kind == "TITLE"
                and len(name) > 1
                and name.isupper()
                and (name.isalpha() or hyphened_acronym(name))  # ("SAG-AFTRA President X")
            ):
                steps.append(UnknownOrg(s, end, None))  # "FTC Chair Daniel Ferreira"
                k = j + 1
                continue
            if (
                pending is None
                and j + 1 < len(items)
                and items[j + 1].kind == "TITLE"
                and end == toks[items[j].j - 1][1]  # (no possessive)
                and holds_place_office(items[j + 1].role)
                and office_place_words(name.split(), sets.name_openers)
                and (
                    k == 0
                    or items[k - 1].kind != "STOP"
                    or words[items[k - 1].i] in PLACE_DIRECTIONS
                )
            ):
                if k > 0 and items[k - 1].kind == "STOP":
                    s = toks[items[k - 1].i][0]  # "Western Cape Premier X"
                steps.append(UnknownPlace(s, end))  # "Chicago Mayor Brandon Johnson"
                k = j + 1
                continue
            # "Witnesses said": a generic group, found by the group scan.
            if not (count == 1 and run[s:end].lower() in sets.group_words):
                step = _name_step(run, s, end, count, pending)
                if step is not None:
                    steps.append(step)
            pending = None
            prev_lex = None
            k = j
        k += 1
    # "Port of <Place>": "Port" and the place or name after "of" are one port authority
    # ("The Port of Rotterdam Authority", "Port of Antwerp-Bruges").
    if (
        len(steps) >= 2
        and isinstance(steps[0], Name)
        and steps[0].words == 1
        and not steps[0].titled
        and run[steps[0].start : steps[1].start] == "Port of "
        and (
            (
                isinstance(steps[1], Known)
                and steps[1].entry.kind in (ActorKind.PLACE, ActorKind.COUNTRY)
            )
            or (isinstance(steps[1], Name) and not steps[1].titled and steps[1].words <= 2)
            or isinstance(steps[1], UnknownOrg)
        )
    ):
        steps[:2] = [UnknownOrg(steps[0].start, steps[1].end, None)]
    # "NAME of (the) ORGANISATION": the name is affiliated with it; a one-word unknown name
    # there is the organisation ("Maria Santos of Morningstar").
    for k in range(len(steps) - 1):
        a, b = steps[k], steps[k + 1]
        if not isinstance(a, Name) or a.affiliation is not None:
            continue
        if run[a.end : b.start] not in (" of ", " of the "):
            continue
        if isinstance(b, Known) and b.entry.kind in _AFFILIATING:
            steps[k] = Name(a.start, a.end, a.words, a.titled, a.role, b.entry.id)
        elif isinstance(b, UnknownOrg):
            steps[k] = Name(a.start, a.end, a.words, a.titled, a.role, run[b.start : b.end])
        elif isinstance(b, Name) and b.words == 1 and not b.titled and a.words >= 2:
            see_titles = ("bishop", "archbishop", "cardinal", "patriarch")
            if run[a.end : b.start] == " of " and a.role and a.role.split()[-1] in see_titles:
                steps[k + 1] = UnknownPlace(b.start, b.end)  # a cleric's see
                continue
            steps[k] = Name(a.start, a.end, a.words, a.titled, a.role, run[b.start : b.end])
            steps[k + 1] = UnknownOrg(b.start, b.end, None)
    return without_named_thing(run, tuple(steps))


_INSTITUTIONS = frozenset(
    {"Hospital", "University", "College", "School", "Museum", "Hotel", "Clinic", "Library"}
    | {"Theatre", "Theater", "Stadium", "Cathedral", "Mosque"}
)
