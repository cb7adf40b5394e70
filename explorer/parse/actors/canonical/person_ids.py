"""The person id of a name: its full name in the article ("Assad" -> "Bashar al-Assad"),
then a listed person's name (_PersonIds, _Listing); the short forms of a name of two
surnames or a particle ("López Obrador", "dos Reis"); whether a listed person's name is
that person where the text's look said otherwise (_promotes).

Apart from canonicalise's loop: the rules on persons' names only, with their own memos.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from functools import cached_property, lru_cache

from explorer.model import Actor, ActorKind
from explorer.parse.actors.canonical.records import _PERSON, _PLACE
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.kin import KIN_NOUNS
from explorer.parse.actors.mentions import Raw
from explorer.parse.actors.people import Listed, find_person, people
from explorer.parse.actors.surnames import first_key, inner_keys, surname_key

_NO_OWNERS: frozenset[str] = frozenset()
# How a line of running text ends (a headline has no full stop).
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ":", ")")


def _promotes(r: Raw, hit: Listed, in_lower_case: dict[str, bool], text: str) -> bool:
    """Whether a candidate that names a listed person is that person, whatever its context
    suggested; a bare surname only where the context does not say otherwise: not
    "in Austin", and as a sentence's first word only if the article never writes it in
    lower case ("Ban on ..." / "ban")."""
    if hit.bare and r.kind is _PLACE:
        return False
    if hit.bare and r.kind is None and r.initial:
        word = r.name.lower()
        if word not in in_lower_case:
            in_lower_case[word] = _has_word(text, word)
        if in_lower_case[word]:
            return False
    return True


_WORD_CHAR = re.compile(r"[\w-]")


def _has_word(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as a word of its own: no word character or dash
    right before or after it (as ``(?<![\\w-])word(?![\\w-])`` finds)."""
    # The word's places, found by the pattern without the lookbehind (which would make the
    # regex try every position of a long text); the character before each tested here.
    pattern = _word_end(word)
    at = 0
    # (At most to the text's end: an empty word matches there, a search from further on
    # would find it there again.)
    while at <= len(text) and (m := pattern.search(text, at)) is not None:
        at = m.start()
        if at == 0 or _WORD_CHAR.match(text, at - 1) is None:
            return True
        at += 1
    return False


@lru_cache(maxsize=1024)
def _word_end(word: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(word)}(?![\w-])")


class _Listing:
    """Article person ids -> listed people (well-known public figures)."""

    def __init__(self, full: dict[str, list[str]]) -> None:
        self.by_surname = full
        # Built on first use (_index): most articles never need them.
        self._by_first: dict[str, list[str]] | None = None
        self._named: dict[str, str] | None = None
        self.persons: dict[str, Actor] = {}  # canonical id -> listed person
        self.ids: dict[str, str] = {}  # article person id -> id (memo of id())

    def _index(self) -> tuple[dict[str, list[str]], dict[str, str]]:
        """The article's full names by first word, and the listed people it names in full
        (listed person -> the article's name)."""
        if self._by_first is None or self._named is None:
            self._by_first, self._named = {}, {}
            for names in self.by_surname.values():
                for n in names:
                    self._by_first.setdefault(first_key(n), []).append(n)
                    hit = find_person(n)
                    if hit is not None and not hit.bare:
                        self._named.setdefault(hit.actor.id, n)
        return self._by_first, self._named

    def id(self, aid: str) -> str:
        """The listed person's name for an article's person id, else the id itself.

        A bare surname is the listed person's only if the article names nobody else with
        that surname ("Anna Merkel" in the text: "Merkel" is Anna Merkel). A surname of several
        listed people ("Kim") is the one of them the article names in full."""
        found = self.ids.get(aid)
        if found is None:
            person = self._find(aid)
            found = aid if person is None else person.id
            if person is not None:
                self.persons[found] = person
            self.ids[aid] = found
        return found

    def _find(self, aid: str) -> Actor | None:
        hit = find_person(aid)
        if hit is not None:
            return hit.actor if not (hit.bare and self._named_otherwise(aid, hit.actor)) else None
        if " " in aid:
            return None
        owners = people().owners.get(surname_key(aid), _NO_OWNERS)
        if not owners:
            return None
        named_in_full = self._index()[1]
        named = [pid for pid in owners if pid in named_in_full]
        if len(named) != 1:
            return None
        other = find_person(named_in_full[named[0]])
        if other is None or self._named_otherwise(aid, other.actor):
            return None
        return other.actor

    def _named_otherwise(self, surname: str, person: Actor) -> bool:
        key = surname_key(surname)
        by_first = self._index()[0]
        for n in (*self.by_surname.get(key, ()), *by_first.get(key, ())):
            other = find_person(n)
            if other is None or other.actor.id != person.id:
                return True
        return False


def _particle_short_form(name: str, names: Sequence[str]) -> bool:
    """Whether ``name`` is another full name's surname with its particle, capitalised to
    open a sentence ("Dos Reis, a former metalworker," for "Antônio Carlos dos Reis"): no
    full name of its own, so a later "dos Reis" is the president's too."""
    first = name.split(" ", 1)[0]
    if not first[:1].isupper() or first.lower() not in _PARTICLES:
        return False
    tail = " " + name.lower()
    return any(other != name and other.lower().endswith(tail) for other in names)


_PARTICLES = frozenset(vocabulary().name_particles)


def _ending(name: str, names: Sequence[str]) -> str | None:
    """The one longer name of ``names`` that ``name`` (of several words) ends: a short form
    of two surnames or of a surname with a particle ("Ribeiro Costa" for "Tiago
    Ribeiro Costa", "López Obrador", "Lula da Silva"); none if several persons end so."""
    tail = " " + name
    longer = {n for n in names if n.endswith(tail)}
    if not longer and name.split(" ", 1)[0].lower() in _PARTICLES:
        # "Dos Reis, a former metalworker,": a particle capitalised to open a sentence
        tail = tail.lower()
        longer = {n for n in names if n.lower().endswith(tail)}
    return longer.pop() if len(longer) == 1 else None


# A relative's noun right before a name ("Her daughter, Ingrid Olsson", "his son Tom Hale",
# "His wife of 61 years, the soprano Greta Tarrow", "Khan's sister, Aleema Khan").
_RELATIVE_BEFORE = re.compile(
    r"(?<![\w’'])(?:[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w\-]*(?:'s|’s|'|’))\s+(?:[a-z]+\s+)?"
    rf"(?:{'|'.join(sorted(KIN_NOUNS, key=len, reverse=True))})"
    r"(?:\s+of\s+\d+\s+years)?,?\s+(?:the\s+[a-z]+\s+)?$"
)


class _PersonIds:
    """The person id of an article's person (or unknown) name: its full name in the
    article, then the listed person's name."""

    def __init__(
        self,
        text: str,
        raws: list[Raw],
        full: dict[str, list[str]],
        single_persons: set[str],
        org_firsts: set[str] | None = None,
    ) -> None:
        self.text = text
        self.raws = raws
        self.full = full
        self.single_persons = single_persons
        self.listed = _Listing(full)
        self._listed_ids = self.listed.ids
        # The first words of the full names (lower case), for the names written by their
        # first word alone: a surname in East Asian order ("Liu Jiayi" ... "Liu"); not the
        # first word of an organisation ("Orkem" of "Orkem Coatings Ltd" and "Orkem S.A.").
        self.firsts = {first_key(n) for names in full.values() for n in names}
        # The words inside the full names (lower case), for the names written by one of
        # them alone: the first of two surnames ("Pardo" for "Gustavo Andrés Pardo
        # Restrepo"); not a father's name ("Khalid" of "Faisal bin Khalid Al Saud").
        self.inner = {w for names in full.values() for n in names for w in inner_keys(n)}
        if org_firsts and (self.firsts or self.inner):
            lowered = {w.lower() for w in org_firsts}
            self.firsts -= lowered
            self.inner -= lowered
        # name -> id, for the names whose id does not depend on where they are written
        # (a name recurs in an article: "Kerry" ... "Kerry").
        self.memo: dict[str, str | None] = {}
        self._alone: dict[str, bool] = {}  # (alone()'s answers)
        self._by_words: dict[str, list[str]] | None = None  # (_word_index(), made on need)
        self._quoted: Callable[[int], bool] | None = None  # (made on first need)

    @cached_property
    def only_initial(self) -> set[str]:
        """Names written only as a sentence's first words ("Late Okafor goal sends ...": a
        capitalised opener may have joined the name). Rarely needed: built on demand."""
        raws = self.raws
        return {r.name for r in raws if r.initial} - {r.name for r in raws if not r.initial}

    def _opener_joined(self, first: str) -> bool:
        """Whether the first word of a name written only opening sentences may be an opener
        joined to a surname ("Late Okafor goal sends ..." for Daniel Okafor): a word the
        text also writes in lower case, or one opening only headlines (lines with no full
        stop). Not a given name opening running text: "John Smith met Jane Smith." are two
        people, and "Vera Lindqvist, physicist, dies at 91" over "Vera Lindqvist, a
        physicist, died on Sunday." is Vera."""
        if _has_word(self.text, first.lower()):
            return True
        text = self.text
        headline = False
        for r in self.raws:
            if r.initial and r.name.split()[:1] == [first]:
                end = text.find("\n", r.end)
                line = text[r.end : end if end >= 0 else len(text)].rstrip()
                if line.endswith(_SENTENCE_ENDS):
                    return False
                headline = True
        return headline

    def alone(self, word: str) -> bool:
        """Whether the text writes the one word ``word`` as a name outside quotes (a first
        name alone: "Elian"; not a quote's "“Vera had the gift,” said X", where the text
        still calls her by surname). Asked of a few words only: each answered on demand."""
        found = self._alone.get(word)
        if found is None:
            if self._quoted is None:
                self._quoted = _Quotes(self.text).quoted
            quoted = self._quoted
            found = any(r.name == word and not quoted(r.start) for r in self.raws)
            self._alone[word] = found
        return found

    def _relative(self, name: str) -> bool:
        """Whether ``name`` is first written as someone's relative ("Her daughter, Ingrid
        Olsson,", "his brother Paul Smith")."""
        at = self.text.find(name)
        return at > 0 and _RELATIVE_BEFORE.search(self.text, max(0, at - 40), at) is not None

    def _by_word(self, key: str, start: int | None = None) -> str | None:
        """The one full name of the article that a one-word name (``key``, lower case, the
        last word of no full name) begins or stands inside: "Liu" for "Liu Jiayi", "Daniel"
        for "Daniel Okafor", "Pardo" for "Gustavo Pardo Restrepo". When two persons have it
        so ("Kim Jae-june", "Kim Woo-hyun"; "Carla Vidal Ortiz", "Ana Vidal Ortiz"), the one
        written last before ``start``, as for a shared surname ("Kim said" after Kim Jae-june
        only), in a later sentence than the other; none without a position. Spellings of
        one name ("Bashar Assad", "Bashar al-Assad": first word and surname) are one
        person: the longest."""
        same = list(self._word_index().get(key, ()))
        if len(same) > 1:
            # "Solís Echeverría", the short form of two surnames ending "Renata Solís
            # Echeverría", is that person, not a second one whose first word "Solís" is
            same = [n for n in same if not any(m.endswith(" " + n) for m in same)]
        persons: dict[tuple[str, str], list[str]] = {}
        for n in same:
            persons.setdefault((first_key(n), surname_key(n)), []).append(n)
        if len(persons) == 1:
            return max(same, key=len)
        if start is None:
            return None
        last = sorted(
            ((max(self.text.rfind(n, 0, start) for n in spellings), spellings))
            for spellings in persons.values()
        )
        at, spellings = last[-1]
        if at < 0:
            return None
        # (not when the other was named in the same sentence: "Kim Min-jun and Kim
        # Seo-yeon were elected. Kim said" is either)
        other = last[-2][0]
        if other >= 0 and _SENTENCE_BREAK.search(self.text, other, at) is None:
            return None
        return max(spellings, key=len)

    def _word_index(self) -> dict[str, list[str]]:
        """The full names (in the order of ``full``) by their first word and each word
        inside them (keys of first_key, inner_keys): made once, on first need (``full``
        is complete by then), for each one-word name asks what all the full names hold."""
        index = self._by_words
        if index is None:
            index = self._by_words = {}
            for names in self.full.values():
                for n in names:
                    for k in dict.fromkeys((first_key(n), *inner_keys(n))):
                        index.setdefault(k, []).append(n)
        return index

    def by_word(self, name: str) -> str | None:
        """The id of the one person of the article a one-word name is a word of (its
        surname, or a word its name begins or holds), if any."""
        key = surname_key(name)
        names = self.full.get(key, ())
        if names:
            aid = names[0] if len(names) == 1 else None
        elif key in self.firsts or key in self.inner:
            aid = self._by_word(key)
        else:
            aid = None
        return None if aid is None else self._listed_id(aid)

    def id(
        self, name: str, kind: ActorKind | None, start: int, initial: bool = False
    ) -> str | None:
        """The id of a name not in ``memo`` (the caller looks there first). ``initial``:
        the name is its sentence's first word."""
        key = surname_key(name)
        names = self.full.get(key, ())
        words = name.split()
        aid: str | None
        if len(words) >= 2:
            if kind is None:
                # No person by its look ("DAR ES SALAAM"): a person of the article with
                # this surname and first name, or none.
                first = first_key(name)
                same = [n for n in names if first_key(n) == first]
                aid = max(same, key=len) if same else _ending(name, names)
            elif not names or (len(names) == 1 and names[0] == name):
                aid = name  # the common case: as below, with no other spelling
            else:
                # "Bashar Assad" and "Bashar al-Assad": the longer spelling is the id.
                first = words[0]
                same = [n for n in names if n.split()[0] == first]
                aid = max(same, key=len) if same else name
                if aid == name:
                    aid = _ending(name, names) or name
                if (
                    len(same) == 1
                    and aid == name
                    and name in self.only_initial
                    and self._opener_joined(words[0])
                ):
                    # (the other name may open its sentence too: "Bukayo Saka scored")
                    others = [
                        n
                        for n in names
                        if n != name
                        and (n not in self.only_initial or not self._opener_joined(n.split()[0]))
                    ]
                    if len(others) == 1:
                        aid = others[0]
        elif len(names) == 1:
            aid = names[0]
        elif len(names) > 1:
            # Several full names with this surname: the last one written before it, not a
            # relative introduced as one ("Her daughter, Ingrid Olsson, said ...": the text
            # calls the relative by first name, the surname is the obituary's subject's).
            before = [n for n in names if self.text.find(n) < start]
            if len(before) > 1:
                # (not one the text calls by first name: "Elian" ... "Gonzalez said" is
                # his father)
                before = [n for n in before if not self.alone(n.split()[0])] or before
            if len(before) > 1:
                before = [n for n in before if not self._relative(n)] or before
            aid = before[-1] if before else names[0]
            return self._listed_id(aid)  # not memoised: depends on the position
        # A word inside a full name links opening its sentence too ("Vidal declined ..."
        # for "Ana Vidal Ramírez"); a first word there may be any capitalised opener.
        elif (key in self.firsts or key in self.inner) and (
            kind is _PERSON
            or (
                kind is None
                # (opening a sentence: a word the text also writes alone as a person's,
                # "Lee said" ... "Lee's approval rating rose", or one an age follows:
                # "Choi, 58, is an economist" after "Choi Eun-ji")
                and (
                    not initial
                    or key in self.inner
                    or key in self.single_persons
                    or _AGE_AFTER.match(self.text, start + len(name)) is not None
                )
            )
        ):
            # (the last of several written before it only for a person by its look or
            # verb: "Kim said" after Kim Jae-june; not "in Miami" after two "Miami ..."s)
            aid = self._by_word(key, start if kind is _PERSON else None) or (
                name if kind is _PERSON else None
            )
            return None if aid is None else self._listed_id(aid)  # depends on the kind
        elif kind is _PERSON or key in self.single_persons:
            aid = name
        else:
            aid = None
        if aid is not None:
            aid = self._listed_id(aid)
        if words:  # an empty name's id depends on its kind (never with one word: see above)
            self.memo[name] = aid
        return aid

    def _listed_id(self, aid: str) -> str:
        # self.listed.id(aid), its cache looked up here first: most ids are seen before.
        found = self._listed_ids.get(aid)
        if found is not None:
            return found
        if " " in aid and find_person(aid) is None:
            # as _Listing._find finds: nobody's full name, and no bare surname (noted as
            # listed.id notes it: the name recurs)
            self._listed_ids[aid] = aid
            return aid
        return self.listed.id(aid)


def _quoted(text: str, at: int) -> bool:
    """Whether ``at`` is inside a quotation of its paragraph (quotation marks open before it
    are not all closed)."""
    lo = text.rfind("\n", 0, at) + 1
    return text.count('"', lo, at) % 2 == 1 or text.count("“", lo, at) > text.count("”", lo, at)


class _Quotes:
    """:func:`_quoted` for many positions of one text: the line breaks and quotation marks
    found once, each count a difference of two binary searches (a paragraph may be the
    whole text: counting from its start again for each name cost the text's length)."""

    def __init__(self, text: str) -> None:
        self.breaks = _positions(text, "\n")
        self.straight = _positions(text, '"')
        self.opening = _positions(text, "“")
        self.closing = _positions(text, "”")

    def quoted(self, at: int) -> bool:
        """_quoted(text, at)."""
        i = bisect_left(self.breaks, at)
        lo = self.breaks[i - 1] + 1 if i else 0
        straight, opening, closing = self.straight, self.opening, self.closing
        return (bisect_left(straight, at) - bisect_left(straight, lo)) % 2 == 1 or (
            bisect_left(opening, at) - bisect_left(opening, lo)
            > bisect_left(closing, at) - bisect_left(closing, lo)
        )


def _positions(text: str, char: str) -> list[int]:
    """Where ``char`` stands in ``text``, in order."""
    out = []
    at = text.find(char)
    while at >= 0:
        out.append(at)
        at = text.find(char, at + 1)
    return out


# An age in commas after a name: a person's ("Choi, 58, said").
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s")
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
