"""Passes over the candidates besides the run scan: names it cannot see (with an
ampersand, a possessive inside, initials in brackets after them), and corrections of its
output (plural titles over a list, a shared surname, a known name inside a person's)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from explorer.model import ActorKind
from explorer.parse.actors.data import load_toml
from explorer.parse.actors.lexicon import Lexicon
from explorer.parse.actors.mentions.acronym_words import acronym_opening
from explorer.parse.actors.mentions.raw import Raw, is_initial
from explorer.parse.actors.mentions.tables import (
    _EMPLOYERS,
    _ORGANISATION,
    _PERSON,
    _PERSON_OR_UNKNOWN,
    _PLACE,
)
from explorer.parse.actors.runs import strip_possessive

# Names written with an ampersand ("S&P Global", "AT&T"), which no run of words holds.
_AMPERSAND = re.compile(r"(?<![\w&])[A-Z]{1,4}&[A-Z]{1,4}(?:[ \u00a0][A-Z][a-z]+){0,2}")
# What joins the names of a list: "Justices A, B and C".
_LIST_JOINS = frozenset({", ", " and ", ", and "})


# A law's or a treaty's name: capitalised words (and "of", "and", "on"), then its noun.
_LAW_NAME = re.compile(
    r"(?<![\w’'\-])((?:(?!(?:Act|Treaty)\b)[A-Z][\w\-]*\s+(?:(?:of|and|on|for)\s+(?:the\s+)?)?){1,6})"
    r"(?:Act|Treaty)$"
)
_LAW_WORD = re.compile(r"(?<= )(?:Act|Treaty)\b")


# The end of a list of places: its last item, then a plural noun of places ("Miami, Palm
# Beach and Orlando airports", "in Bihar, Uttar Pradesh and West Bengal states").
_PLACE_PLURAL_WORDS = (
    "airports", "cities", "counties", "provinces", "ports", "states", "towns", "districts",
    "regions", "islands", "areas", "neighbourhoods", "neighborhoods", "suburbs", "villages",
    "boroughs", "municipalities",
)  # fmt: skip
_PLACE_PLURALS = rf"(?:{'|'.join(_PLACE_PLURAL_WORDS)})\b"
_PLACES_LIST_END = re.compile(
    r"(?:,\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*)*,?\s+(?:and|or)\s+[A-Z][\w.\-]*"
    r"(?:\s+[A-Z][\w.\-]*)*\s+" + _PLACE_PLURALS
)


def places_listed(text: str, out: list[Raw]) -> None:
    """Make places, in place, of the names guessed to be persons by their look in a list of
    places that a plural noun of places ends ("flights at Miami, Fort Lauderdale, Palm
    Beach and Orlando airports", "Miami-Dade and Palm Beach counties": no person "Palm
    Beach")."""
    guessed = [i for i in range(1, len(out)) if out[i].guessed and out[i].kind is _PERSON]
    if not guessed or (first := _first_plural(text)) < 0 or not _PLACES_NOUN.search(text, first):
        return  # (the cheap tests first: most texts name no such plural)
    for i in guessed:
        r = out[i]
        gap = text[r.start - 5 : r.start]
        lo = r.start - 120 if r.start > 120 else 0
        window = text[lo : r.start]
        if (
            # (the opening's words, which its search must meet: most names follow none)
            ("including" in window or "such" in window or "like" in window)
            and _PLACES_OPENING.search(text, lo, r.start)
        ):
            # "coastal provinces including Quang Ngai and Binh Dinh": the list's names after
            # the plural noun
            out[i] = replace(r, kind=_PLACE, guessed=False)
            continue
        if not (gap == " and " or gap.endswith(", ")):
            continue
        prev = out[i - 1]
        if _PLACES_END_NOUN.match(text, r.end) or (
            prev.kind is _PLACE
            and text[prev.end : r.start] == ", "
            and _PLACES_LIST_END.match(text, r.end, r.end + 80)
        ):
            out[i] = replace(r, kind=_PLACE, guessed=False)


# Whether the text holds one of the plurals (places_listed's pre-test): the final "s" of a
# word, then each plural tested behind it. (The same matches as the plurals' alternation,
# which tries every position of the text; a literal first character lets the search skip
# to each "s".)
_PLACES_NOUN = re.compile(r"s\b(?:" + "|".join(f"(?<={w})" for w in _PLACE_PLURAL_WORDS) + ")")


def _first_plural(text: str) -> int:
    """Where the first of the plurals' letters is written in ``text`` (-1: none), from which
    _PLACES_NOUN is searched (a substring search of each word in C: most texts hold none, and
    the regex then tries each "s" of the text only past the first)."""
    found = [i for w in _PLACE_PLURAL_WORDS if (i := text.find(w)) >= 0]
    return min(found) if found else -1


_PLACES_OPENING = re.compile(
    "(?i:"
    + _PLACE_PLURALS
    + ")"  # (also opening a sentence: "Cities such as X")
    + r"\s+(?:including|such\s+as|like)\s+(?:[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*(?:,\s+|,?\s+"
    r"(?:and|or)\s+))*$"
)
_PLACES_END_NOUN = re.compile(r"\s+" + _PLACE_PLURALS)


def law_letters(text: str) -> set[str]:
    """The initials of the laws and treaties ``text`` names ("DMA" for the "Digital Markets
    Act", "NPT" for the "Non-Proliferation Treaty"): their letters name a thing, no actor."""
    out = set()
    for law in _LAW_WORD.finditer(text):
        # (the name right before each "Act": no scan of the whole text from a capital)
        at = law.start()
        m = _LAW_NAME.search(text, at - 100 if at > 100 else 0, law.end())
        if m is None:
            continue
        parts = m.group(1).replace("-", " ").split()
        if parts[0] == "The":
            parts = parts[1:]  # ("The Affordable Care Act": ACA)
        out.add("".join(w[0] for w in parts if w[0].isupper()) + text[m.end(1)])
    return out


def _plural_titles(text: str, out: list[Raw], titles: dict[str, str]) -> None:
    """Give the role of a plural title to each name of the list after it ("Justices Amy
    Collins and David Orr", "Sens. Tom Ladd, Ann Vick and Joe Pratt": each a justice, a
    senator), in place."""
    for idx, r in enumerate(out):
        s = r.start
        if (
            s < 3
            or text[s - 1] != " "
            or text[s - 2] not in "s."
            or r.kind not in _PERSON_OR_UNKNOWN
        ):
            continue
        ws = text.rfind(" ", 0, s - 1) + 1
        word = text[ws : s - 1]
        low = word.rstrip(".").lower()
        if len(low) < 4 or low[-1] != "s":
            continue
        role = titles.get(low[:-1]) if word[:1].isupper() else None
        if not role and ws > 1 and text[ws - 1] == " ":
            # "Board members Kenji Nakamura and Hiroe Takata": a title of two words
            first = text[text.rfind(" ", 0, ws - 1) + 1 : ws - 1]
            if first[:1].isupper() and first.isalpha():
                role = titles.get(f"{first.lower()} {low[:-1]}")
        affiliation = r.affiliation
        if (
            not role
            and word.islower()
            and word[-1] != "."  # (a sentence's end: "eight American presidents. Fidel Castro")
            and idx
            and out[idx - 1].end == ws - 1
            and out[idx - 1].kind in _EMPLOYERS
            and text[ws - 1] == " "
        ):
            # "NASA astronauts X, Y and Z", "Russian cosmonauts X and Y": the owner's
            role = titles.get(low[:-1])
            if role and affiliation is None:
                affiliation = out[idx - 1].name
        if not role:
            continue
        prev = out[idx] = replace(r, kind=_PERSON, role=r.role or role, affiliation=affiliation)
        j = idx + 1
        while j < len(out):
            nxt = out[j]
            gap = text[prev.end : nxt.start]
            if gap == " of " and nxt.kind is _PLACE:
                prev = nxt  # "Reps. X of Kentucky and Y": a lawmaker's home state
                j += 1
                continue
            if gap in _LIST_JOINS and (name := _place_first_name(text, out, j)) is not None:
                out[j : j + 2] = [name]  # "... and Victoria Spartz": a place as a first name
                nxt = name
            if gap not in _LIST_JOINS or nxt.kind not in _PERSON_OR_UNKNOWN or nxt.role:
                break
            prev = out[j] = replace(nxt, kind=_PERSON, role=role, affiliation=affiliation)
            if gap != ", ":
                break  # (the list's last name)
            j += 1


def _place_first_name(text: str, out: list[Raw], j: int) -> Raw | None:
    """The person whose first name is the place of one word ``out[j]``, right before an
    unknown name of one word ("Victoria Spartz", "Florence Okafor"); None if not so."""
    place = out[j]
    if place.kind is not _PLACE or j + 1 >= len(out) or not place.name.isalpha():
        return None
    after = out[j + 1]
    if (
        after.start != place.end + 1
        or text[place.end] != " "
        or after.kind not in _PERSON_OR_UNKNOWN
        or " " in after.name
    ):
        return None
    return Raw(
        place.start, after.end, _PERSON, text[place.start : after.end], initial=place.initial
    )


def _shared_surnames(text: str, out: list[Raw]) -> None:
    """ "Dale and Mary Kessler": a first name alone before "and" and a person's name shares
    its surname (Dale Kessler), in place; not a word the text also ends a name with
    ("Tom Jones ... Jones and Mary Kessler")."""
    for idx in range(len(out) - 1):
        r, nxt = out[idx], out[idx + 1]
        if (
            r.kind is None
            and nxt.kind is _PERSON
            and nxt.start == r.end + 5
            and text.startswith(" and ", r.end)
            and " " in nxt.name
            and r.name.isalpha()
            and r.name.istitle()
            and not nxt.role
            # (nor a first name of another: "Juan Miguel Gonzalez ... Juan and Elian
            # Gonzalez" is the father)
            and not any(
                o.name.endswith(" " + r.name) or o.name.startswith(r.name + " ") for o in out
            )
        ):
            surname = nxt.name.rsplit(" ", 1)[1]
            out[idx] = replace(r, kind=_PERSON, name=f"{r.name} {surname}", guessed=nxt.guessed)


def _entity_names_again(text: str, out: list[Raw], names: set[str]) -> list[Raw]:
    """``out`` with each other mention of a person's name that holds a known one-word name
    (``names``: "Israel Katz said") as that name, not the country and a surname ("a
    statement from Israel Katz's office")."""
    merged: list[Raw] = []
    for r in out:
        prev = merged[-1] if merged else None
        if prev is not None and prev.end + 1 == r.start and (prev.known or r.known):
            end = strip_possessive(text, prev.start, r.end)
            name = text[prev.start : end]
            if name in names:
                # (no kind: canonical links it to the person, as any unknown name)
                merged[-1] = Raw(prev.start, end, None, name, initial=prev.initial)
                continue
        merged.append(r)
    return merged


# Capitalised words (and the spaces after them) ending right before a name, maybe with
# small words of a name between ("Government of National Unity (GNU)").
_CAPITALISED_BEFORE = re.compile(
    r"(?:[A-Z][\w\-]*[ \u00a0](?:(?:of|for|and|the)[ \u00a0]){0,2}){1,4}$"
)


def _initialled(text: str, out: list[Raw], brackets: set[int]) -> list[Raw]:
    """The unknown names right before their own initials in brackets (``brackets``: where
    " (LETTERS)" starts) made organisations: "the Dravida Munnetra Kazhagam (DMK)" is no
    person by its look (whose surname would make it a short form of another such name). The
    words right before such a name whose initials are the letters' first ones open it:
    "the All India Anna Dravida Munnetra Kazhagam (AIADMK)" (a stopword and a country
    otherwise, and the rest the DMK's longer name)."""
    result = out
    made: list[tuple[str, str, str]] = []  # (words before, the name's rest, the whole)
    for r in out:
        if r.end not in brackets:
            continue
        # (a country ending the name: "Business Unity South Africa (BUSA)")
        country = r.known and r.kind is ActorKind.COUNTRY
        if r.known and not country:
            continue
        if not (
            country
            or r.kind is _ORGANISATION
            or (r.kind is _PERSON and r.guessed)
            or (r.kind is None and " " not in r.name)
        ):
            continue
        letters = text[r.end + 2 : text.find(")", r.end)]
        own = "".join(w[0] for w in r.name.split() if w[:1].isupper())
        if not own or not letters.endswith(own):
            continue
        if len(own) < (1 if country or r.kind is None else 2) or (
            r.kind is None and len(letters) == len(own)
        ):
            continue  # (one unknown word: only with words before it, "UK Research and
            # Innovation (UKRI)")
        start = r.start
        need = letters[: len(letters) - len(own)]
        if need:
            lo = start - 80 if start > 80 else 0
            m = _CAPITALISED_BEFORE.search(text, lo, start)
            words = (
                [w for w in re.finditer(r"\S+", m.group()) if w.group()[0].isupper()]
                if m is not None
                else []
            )
            if m is None:
                continue
            opening = acronym_opening(words, need)
            if opening is None:
                continue
            start = m.start() + opening
        elif r.kind is _ORGANISATION or country:
            continue  # (already one, of these words; a country's own initials)
        if result is out:
            result = list(out)
        # (the earlier candidates inside the name: "India" of "All India ...")
        kept = [x for x in result if not (start <= x.start < r.start)]
        at = kept.index(r)
        name = " ".join(text[start : r.end].split())
        kept[at] = replace(
            r,
            start=start,
            kind=_ORGANISATION,
            name=name,
            known=False,
            guessed=False,
            initial=is_initial(text, start),
        )
        result = kept
        if start < r.start and not country:
            made.append((text[start : r.start], r.name, name))
    return _initialled_again(text, result, made) if made else result


def _initialled_again(text: str, out: list[Raw], made: list[tuple[str, str, str]]) -> list[Raw]:
    """``out`` with the names :func:`_initialled` opened with words before them (``made``:
    those words, the name's rest, the whole) so opened wherever the text writes them again
    ("The Government of National Unity was built ...": no person "National Unity")."""
    result = list(out)
    for prefix, core, name in made:
        for k, x in enumerate(result):
            if x.known or x.name != core or not text.endswith(prefix, 0, x.start):
                continue
            start = x.start - len(prefix)
            if any(y.start == start and y.name == name for y in result):
                continue  # (the one made first)
            result[k] = replace(
                x, start=start, kind=_ORGANISATION, name=name, guessed=False,
                initial=is_initial(text, start),
            )  # fmt: skip
            result = [y for y in result if not (start <= y.start < x.start)]
    return result


def _ampersand_names(text: str, lex: Lexicon) -> list[Raw]:
    """The known names written with an ampersand ("S&P Global", "S&P"), longest first;
    an unknown one of capitals alone is an organisation ("AT&T", "PG&E", "H&M": was "T",
    "M"), but for the common nouns so written ("R&D", "M&A", "Q&A": vocabulary.toml)."""
    out: list[Raw] = []
    for m in _AMPERSAND.finditer(text):
        surface = m.group()
        while True:
            entry = lex.lookup(surface)
            if entry is not None:
                s = m.start()
                out.append(Raw(s, s + len(surface), entry.kind, entry.id, True, entry.role))
                break
            cut = surface.rfind(" ")
            if cut < 0:
                if surface not in _ampersand_nouns():
                    s = m.start()
                    out.append(Raw(s, s + len(surface), ActorKind.ORGANISATION, surface))
                break
            surface = surface[:cut]
    return out


@cache
def _ampersand_nouns() -> frozenset[str]:
    """Common nouns written as capitals joined by an ampersand ("R&D", "M&A")."""
    return frozenset(load_toml("vocabulary.toml")["ampersand_nouns"])


# A name with a possessive word inside, then its abbreviation in brackets: "National
# People's Power (NPP)", "Citizens' Watch for Clean Elections (CWCE)".
_POSSESSIVE_NAME = re.compile(
    r"(?<![\w’'\-])(?:[A-Z][\w\-]*[ \u00a0])*[A-Z][\w\-]*(?:['’]s|(?<=s)['’])"
    r"(?:[ \u00a0](?:(?:of|for|and|the|on|in|to)[ \u00a0]){0,2}[A-Z][\w\-]*)+"
    r"(?=[ \u00a0]\(([A-Z]{2,8})\))"
)


def _possessive_hits(text: str, brackets: list[int]) -> list[int]:
    """Where a possessive ("'s ", "s' ") stands before a capital, in order, at most 118
    characters before one of the abbreviations in brackets at ``brackets`` (found by
    str.find in those windows only: faster than a regex, or a search of the whole text)."""
    hits: set[int] = set()
    for b in brackets:
        lo, hi = (b - 118 if b > 118 else 0), b + 3
        for token in ("'s ", "’s ", "s' ", "s’ "):
            at = text.find(token, lo, hi)
            while at >= 0:
                if text[at + 3 : at + 4].isupper():
                    hits.add(at)
                at = text.find(token, at + 3, hi)
    return sorted(hits)


def _possessive_names(text: str, brackets: list[int]) -> list[Raw]:
    """Organisations whose names hold a possessive word, confirmed by the abbreviation in
    brackets after them: its first letter is the name's first word's (words before are
    dropped: "The", an owner "Sri Lanka's"), its letters are the name's in order, and the
    possessive word stays inside the name. A possessive ends a name otherwise ("Brazil's
    Supreme Court"), which would split these in two."""
    out: list[Raw] = []
    # (the full pattern only near a possessive before a capital with an abbreviation in
    # brackets after it: tried at every capital of the text, it costs a few per cent of the
    # whole analysis; most texts have no such abbreviation at all)
    # (``brackets``: where the abbreviations in brackets start, _BRACKETED_ABBREVIATION's
    # matches)
    if not brackets:
        return out
    matches = []
    done = 0
    for at in _possessive_hits(text, brackets):
        if at < done:
            continue
        m = _POSSESSIVE_NAME.search(text, max(done, at - 80), at + 140)
        if m is not None:
            matches.append(m)
            done = m.end()
    for m in matches:
        abbr = m.group(1).lower()
        words = m.group().split()
        drop = 0
        while drop < len(words) and words[drop][0].lower() != abbr[0]:
            drop += 1
        kept = words[drop:]
        if not any(w.endswith(("'s", "’s", "s'", "s’")) for w in kept[:-1]):
            continue
        letters = iter("".join(c for c in "".join(kept).lower() if c.isalpha()))
        if not all(c in letters for c in abbr):  # (a subsequence, in order)
            continue
        start = m.start() + len(" ".join(words[:drop])) + (1 if drop else 0)
        name = text[start : m.end()]
        out.append(Raw(start, m.end(), _ORGANISATION, " ".join(name.split())))
    return out


# "the National Union of Rail, Maritime and Transport Workers (RMT)", "the Department for
# Environment, Food and Rural Affairs (DEFRA)": a name whose "of"/"for" part is a list, so
# its commas split it into a name and other names (a person "Maritime Workers"). The
# abbreviation in brackets after it tells it is one name.
_WORD = r"[A-Z][\w'’.\-]*"
_COMMA_LIST_NAME = re.compile(
    rf"{_WORD}(?: {_WORD})* (?:of|for)(?: the)? {_WORD}(?: {_WORD})*"
    rf"(?:, {_WORD}(?: {_WORD})*)*,? (?:and|&) {_WORD}(?: {_WORD})*"
    r"(?= \([A-Z]{2,8}\))"
)


def _comma_list_names(text: str, brackets: list[int]) -> list[Raw]:
    """Organisations whose names hold a comma list, confirmed by the abbreviation in
    brackets after them: its letters are initials of the name's words in order, one of
    them a word after the first comma (so the list is part of the name: not "the Ministry
    of Finance, France and Germany (MF)"). A leading "The" is no part of the name."""
    out: list[Raw] = []
    done = 0
    for at in brackets:  # (_BRACKETED_ABBREVIATION's matches: " (" letters ")")
        if at < done or ", " not in text[at - 120 if at > 120 else 0 : at]:
            continue
        b_end = text.index(")", at) + 1
        lo = max(done, at - 120)
        m = _COMMA_LIST_NAME.search(text, lo, b_end)  # (the lookahead sees the brackets)
        while m is not None and m.end() != at:
            m = _COMMA_LIST_NAME.search(text, m.end(), b_end)
        if m is None:
            continue
        start = m.start()
        if text.startswith("The ", start):
            start += 4
        abbr = text[at + 2 : b_end - 1]
        first_comma = text.index(",", start)
        words = [(w.start(), w.group()) for w in re.finditer(r"[\w'’.\-]+", text[start:at])]
        letters = iter((start + ws, w[0]) for ws, w in words if w[0].isupper())
        matched = []
        for c in abbr:
            for pos, initial in letters:
                if initial == c:
                    matched.append(pos)
                    break
            else:
                break
        if len(matched) == len(abbr) and any(pos > first_comma for pos in matched):
            out.append(Raw(start, at, _ORGANISATION, " ".join(text[start:at].split())))
            done = b_end
    return out


def _noun_modifier_openers(
    text: str, out: list[Raw], group_heads: list[tuple[int, int]]
) -> list[Raw]:
    """``out`` without the unknown one-word names that open a sentence right before a group
    noun, where the text writes the word in lower case too: "Rail workers to strike" (and
    "... the biggest rail union") is a modifier, no short form of "the Rail Delivery
    Group"; "Nvidia engineers said" keeps its company."""
    heads = {hs for hs, _ in group_heads}
    drop = [
        r
        for r in out
        if r.initial
        and r.kind is None
        and not r.known
        and r.end + 1 in heads
        and text[r.end : r.end + 1] == " "
        and r.name.isalpha()
        and has_word(text, r.name.lower())
    ]
    return [r for r in out if r not in drop] if drop else out


def _joins(char: str) -> bool:
    r"""Whether ``char`` (one character, or "" past the text) goes on a word: a word's
    character of the regex (``\w``: a letter, a digit, "_") or a hyphen."""
    return char.isalnum() or char == "_" or char == "-"


def has_word(text: str, word: str) -> bool:
    r"""Whether ``text`` holds ``word`` whole, in no longer word or hyphenated compound: the
    answer of ``re.search(rf"(?<![\w\-]){word}(?![\w\-])", text)`` for a word of letters,
    by substring searches (the regex, opening with a look-behind, tries every position)."""
    n = len(word)
    at = text.find(word)
    while at >= 0:
        if not _joins(text[at - 1 : at]) and not _joins(text[at + n : at + n + 1]):
            return True
        at = text.find(word, at + 1)
    return False


INDEX_NAMES = tuple(
    (*load_toml("vocabulary.toml")["index_names"], *load_toml("vocabulary.toml")["thing_names"])
)
_INDEX_HEADS = frozenset(n[:3] for n in INDEX_NAMES) | frozenset(
    n.split(" ", 1)[1][:3] for n in INDEX_NAMES if n.startswith("Euro ")
)

_INDEX_NAME = re.compile("|".join(map(re.escape, INDEX_NAMES)))


def _without_indices(
    text: str, out: list[Raw], taken: list[Raw], may_name: bool = True
) -> tuple[list[Raw], list[Raw]]:
    """``out`` and ``taken`` without the mentions inside a market index's name ("The S&P 500
    fell", "the Nasdaq Composite") or another thing's ("aboard Air Force One"): no actor
    (substring tests first: most texts name none). ``may_name``: False where a search
    for those names (and others) found none."""
    if not may_name or _INDEX_NAME.search(text) is None:
        return out, taken  # (one search of the text: most texts name none)
    # (only where a mention opens as an index's name does)
    heads = {text[r.start : r.start + 3] for r in out} | {
        text[r.start : r.start + 3] for r in taken
    }
    if heads.isdisjoint(_INDEX_HEADS):
        return out, taken
    spans = []
    for name in INDEX_NAMES:
        at = text.find(name)
        while at >= 0:
            spans.append((at, at + len(name)))
            at = text.find(name, at + len(name))
    if not spans:
        return out, taken

    def inside(r: Raw) -> bool:
        return any(s <= r.start < e for s, e in spans)

    return [r for r in out if not inside(r)], [r for r in taken if not inside(r)]
