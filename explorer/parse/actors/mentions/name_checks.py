"""The tests the rule for an unknown name (:class:`..names._NameRules`) makes of the words
around a name: an opening place phrase, a country nearby, an abbreviated title's pair, a
weekday as a first name, a word the text writes as a noun, a chamber, a legal form, an
organisation's noun after a name; and the look of a credit rating's grade or a catalogue's
number."""

from __future__ import annotations

import re

from explorer.model import ActorKind
from explorer.parse.actors.lexicon import Entry
from explorer.parse.actors.mentions.name_clues import (
    _LEGAL_FORMS,
    _NOUN_DETERMINERS,
    _ORG_AFTER,
    _listed_first_names,
)
from explorer.parse.actors.mentions.raw import is_initial
from explorer.parse.actors.mentions.titles import _TitleRules
from explorer.parse.actors.mentions.words import _previous_word
from explorer.parse.actors.runs import run_sets
from explorer.parse.actors.runs.items import _WEEKDAYS

_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION


class _NameChecks(_TitleRules):
    """The tests of the words around an unknown name (see the module)."""

    def _opening_place(self, s: int, prev_word: str | None) -> bool:
        """Whether the name at ``s`` follows a place preposition opening its sentence ("In
        Tarvos, ...", "Inside El Fasher, ...") or ending its opening phrase ("Speaking at a
        rally in Kovilpatti, ...")."""
        text = self.text
        if prev_word is None:
            prev_word = _previous_word(text, s)
        at = s - len(prev_word) - 1
        if prev_word not in self.prepositions or at < 0:
            return False
        if text[at : at + 1].isupper():
            return is_initial(text, at)
        # "Speaking at a rally in Kovilpatti, the party president said": the place ends an
        # opening phrase (no comma before it in its sentence), so the title is the
        # sentence's subject. ("to" may name a person: "Writing to X, the minister said".)
        if prev_word == "to" or prev_word == "the":
            return False
        lo = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
        if text.find(",", lo, at) >= 0:
            return False
        while lo < at and not text[lo].isalpha():
            lo += 1
        sp = text.find(" ", lo, at)
        first = text[lo:sp]
        return (
            sp > 0
            and first[:1].isupper()
            and (first.lower() in self.prepositions or first.endswith("ing"))
        )

    def _near_country(self, s: int) -> str | None:
        """The one country the scan found in the sentence of ``s`` or the one before ("Qatar
        hosted the talks. The emir, Sheikh X, met ...": Qatar's emir), if just one."""
        text = self.text
        before = text.rfind(". ", 0, s)  # (the end of the sentence before)
        lo = max(text.rfind(". ", 0, before), 0) if before > 0 else 0
        found = {r.name for r in self.out if r.kind is _COUNTRY and lo <= r.start < s}
        return found.pop() if len(found) == 1 else None

    def _abbreviated_pair(self, cut: int, word: str) -> str | None:
        """The role of a title of two words ending in the abbreviation ``word``, whose
        space before is at ``cut`` ("Maj. Gen.", "Lt. Col.", "Staff Sgt."), or None."""
        text = self.text
        j = text.rfind(" ", cut - 12 if cut > 12 else 0, cut) + 1
        first = text[j:cut]
        if not first[:1].isupper():
            return None
        phrase = f"{first} {word}".lower()
        return self.titles.get(phrase) or self.titles.get(phrase.rstrip(".")) or None

    def _weekday_name(self, rs: int, start: int) -> bool:
        """Whether the run at ``rs`` opens with a weekday before the name at ``start``
        that is a first name: after a title in lower case ("Former Super Eagles captain
        Sunday Oliseh", "Edo governor Monday Okpebholo"; West African names), not after
        "on" or at a sentence's start."""
        if self.text[rs:start].rstrip() not in _WEEKDAYS:  # (the usual case: "The ...")
            return False
        text_before = self.text[rs - 12 if rs > 12 else 0 : rs].split()
        return bool(text_before) and text_before[-1] in self.titles

    def _written_as_noun(self, word: str) -> bool:
        """Whether the text writes ``word`` (lower case) as a common noun elsewhere: after
        "the" or "a" ("the striker said"); never a listed person's first name ("Bill
        Walsh" ... "the bill")."""
        text = self.text
        i = text.find(" " + word)
        while i >= 0:
            end = i + 1 + len(word)
            if not (end < len(text) and (text[end].isalnum() or text[end] == "-")):
                j = max(text.rfind(" ", 0, i), text.rfind("\n", 0, i)) + 1
                if text[j:i] in _NOUN_DETERMINERS:
                    return word.capitalize() not in _listed_first_names()
            i = text.find(" " + word, end)
        return False

    def _chamber(self, s: int, e: int, name: str) -> bool | None:
        """Whether "Senate" or "House" at ``s``..``e`` is a chamber: True if so, False if
        only an article naming a senate or a congress makes "the House" one, None if not
        (no "the" before it, "the House of Commons": a longer name)."""
        text = self.text
        sets = run_sets()
        words = text[s - 40 if s > 40 else 0 : s].split()
        last = words[-1] if words else ""
        if last not in ("the", "The"):
            # "the full House", "the Republican-controlled House"
            return (
                True
                if len(words) > 1
                and words[-2] in ("the", "The")
                and (last in sets.chamber_modifiers or last.endswith(("-controlled", "-led")))
                else None
            )
        if name == "Senate":
            return True
        if text.startswith(" of ", e):
            return None
        if len(words) > 1 and words[-2].lower() in sets.chamber_before:
            return True  # "in the House"
        after = text[e + 1 : e + 20].split(maxsplit=1) if text.startswith(" ", e) else []
        return bool(after) and after[0] in sets.chamber_verbs

    def _legal_form_of(self, s: int, e: int) -> Entry | None:
        """The listed organisation that ``text[s:e]`` names with a legal form after its
        name ("General Motors Corp", "Nestle S.A."), if any."""
        name = self.text[s:e]
        cut = name.rfind(" ")
        if cut < 0 or name[cut + 1 :] not in _LEGAL_FORMS:
            return None
        entry = self.lex.lookup(name[:cut])
        return entry if entry is not None and entry.kind is _ORGANISATION else None

    def _noun_of_organisation(self, e: int) -> bool:
        """Whether a noun of an organisation follows the name ending at ``e`` ("Al-Ahram
        newspaper", "Renovación Popular party")."""
        text = self.text
        if not text.startswith(" ", e):
            return False
        return text[e + 1 : e + 14].split(" ", 1)[0].rstrip(".,;:)") in _ORG_AFTER


# A credit rating's letter grades, and the words around one that make it a grade.
_GRADES = frozenset({"AAA", "AA", "BBB", "BB", "CCC", "CC"})
_RATING = re.compile(
    r"\b(?:rat(?:ing|ings|ed)|grade|downgrad|upgrad|junk|credit|default|outlook|Fitch|Moody|S&P)"
)


def _rating_grade(text: str, s: int, e: int, name: str) -> bool:
    """Whether ``name`` at ``s``..``e`` is a credit rating's grade ("cut Ghana to CCC",
    "the company's BBB rating"): a grade's letters near a word of ratings."""
    return name in _GRADES and _RATING.search(text, max(0, s - 80), e + 40) is not None


def _catalogue_number(text: str, at: int) -> bool:
    """Whether the digits at ``at`` are a catalogue's number after its letters: three
    digits at least and no year ("LHS 1140", "HD 189733"; not "the PVV 27 seats", "the
    PVV 2023 manifesto")."""
    end = at
    while end < len(text) and text[end].isdigit():
        end += 1
    digits = text[at:end]
    return len(digits) >= 3 and not (len(digits) == 4 and digits.startswith(("19", "20")))
