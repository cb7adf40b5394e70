"""The run scanner's title rules: the title before a name ("Foreign Minister X", "the
company's chief executive, X"), its role, its holder's kind and employer, and the
appositions before a name that give it one."""

from __future__ import annotations

from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions.employers import _COMPANY_OFFICERS, _EmployerRules
from explorer.parse.actors.mentions.portfolios import portfolio_title_end
from explorer.parse.actors.mentions.raw import Raw, is_initial
from explorer.parse.actors.mentions.role_fields import with_field
from explorer.parse.actors.mentions.tables import _EMPLOYEE_TITLES, _EMPLOYERS, _ENVOY_ENDS
from explorer.parse.actors.mentions.words import _abbreviation, _former, _is_owner
from explorer.parse.actors.place_offices import holds_place_office, office_place_words
from explorer.parse.actors.runs import POSSESSIVES, run_sets

_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE

# Nouns of an organisation opening a sentence before a title ("Company president X", "Party
# chairman Y"): the organisation named last, if of that kind.
_PUBLIC_ENDS = ("Agency", "Commission", "Department", "Ministry", "Authority", "Council")
_PARTY_ENDS = ("Party", "Union", "Movement", "Front", "Congress", "Alliance", "League")
_OWN_NOUNS = frozenset({"company", "firm", "party"})


def _of_own_kind(noun: str, name: str) -> bool:
    """Whether the organisation ``name`` is of the kind ``noun`` says: a party's name ends
    as one does, a company's as no party's or public body's does."""
    if noun == "party":
        return name.endswith(_PARTY_ENDS)
    return not name.endswith((*_PUBLIC_ENDS, *_PARTY_ENDS))


# Sentence openers before a lower-case title that make it a past or an opposition's role.
_ROLE_OPENERS = frozenset({"Former", "Shadow", "Ex-"})


# Fields of a title in lower case between its owner and it, besides the portfolios and
# title fields of vocabulary.toml: "UN aid chief X", "EU foreign policy chief X".
_CHIEF_FIELDS = frozenset(
    {"aid", "policy", "antitrust", "nuclear", "intelligence", "spy"}
    # a party's levels: "BJP state president X", "ANC district secretary X"
    | {"state", "national", "provincial", "district"}
    # ... and its chambers' and wings' ("Greens parliamentary leader X", "SPD youth
    # leader X", "Labour party chairman X")
    | {"parliamentary", "congressional", "legislative", "youth", "party"}
)


def _title_may_end(before_comma: str, last_lower: frozenset[str]) -> bool:
    """False where no appos_before match can end with ", " after ``before_comma``: none of
    its last six words is a title's last word (``title_last_lower``; a word not in ASCII
    is let through, as the pattern ignores case beyond ASCII: "ſ" is "s")."""
    words = before_comma.rsplit(maxsplit=6)[-6:]
    # (tests over all the words in C, no generator: this runs for every name after a comma)
    return not all(map(str.isascii, words)) or not last_lower.isdisjoint(map(str.lower, words))


def _longest_title_end(phrase: str, titles: dict[str, str]) -> str:
    """The longest title ``phrase`` ends with (at a word's start or not: "vice-president"
    ends with "president"), else ``phrase``: its ends tried longest first, a look-up each
    (fewer than the titles, which a scan of them all would test)."""
    for i in range(len(phrase) + 1):
        if phrase[i:] in titles:
            return phrase[i:]
    return phrase


class _TitleRules(_EmployerRules):
    """The title rules of the run scan (see the module)."""

    def _unknown_employer(self, prev: Raw, start: int, title: str) -> str | None:
        """The one-word unknown name ``prev`` right before the title at ``start`` made its
        employer, before an honorific ("Emirates chairman Sheikh X"), else None."""
        if (
            prev.kind is not None
            or prev.known
            or self.text[prev.end : start] != " "
            or not self._employer_name(prev, officer=title in _COMPANY_OFFICERS)
        ):
            return None
        if prev.name not in self.v.organisation_heads:
            prev.kind = _ORGANISATION
        return prev.name

    def _title_before_honorific(self, t: int) -> tuple[str, str | None] | None:
        """The role and affiliation of a title before the honorific at ``t`` ("Health
        Minister Dr.", "its regional director, Dr."), or None."""
        text = self.text
        if text[t - 2] == ",":
            _, role, affiliation = self._appos_before(t)
        else:
            words = text[t - 60 if t > 60 else 0 : t].split()[-4:]
            if not words or words[-1].lower().rstrip(".") not in self.title_last:
                return None
            role = affiliation = None
            for n in range(len(words), 0, -1):  # the longest title
                role = self.titles.get(" ".join(words[-n:]).lower().rstrip("."))
                if role:
                    # "NASA Associate Administrator Dr.": the organisation before the title
                    start = t - 1
                    for _ in range(n):
                        start = text.rfind(" ", 0, start - 1) + 1
                    prev = self.out[-1] if self.out else None
                    if (
                        prev is not None
                        and prev.kind in _EMPLOYERS
                        and text[prev.end : start].strip(" ’'s") == ""
                    ):
                        affiliation = prev.name
                    elif prev is not None and (t_key := " ".join(words[-n:]).lower()) in (
                        _EMPLOYEE_TITLES
                    ):
                        affiliation = self._unknown_employer(prev, start, t_key)
                    break
        return None if not role else (role, affiliation)

    def _club_named(self, head: str) -> bool:
        """Whether a name ending in the club's word ``head`` ("Manchester City") is named
        before."""
        end = " " + head
        return any(r.name.endswith(end) for r in self.out)

    def _title_before(self, s: int) -> tuple[ActorKind | None, str | None, str | None]:
        """Kind, role and affiliation of a name after a title ("foreign minister NAME")."""
        text = self.text
        m = self.p.title_before.search(text, max(0, s - 60), s)
        if m is None:
            # "Chief executive Sigrun Hatlevik said": a title opening the sentence.
            lo = max(0, s - 60)
            m = self.p.title_before.search(text[lo:s].lower())
            if m is None:
                return None, None, None
            start = lo + m.start()
            if not (text[start].isupper() and is_initial(text, start)):
                return None, None, None
            gap = lo + m.end(1)
        else:
            start = m.start()
            gap = m.end(1)
        if text.count("\n", gap, s) > 1:
            return None, None, None  # a headline's last word: no title across a blank line
        phrase = " ".join(m.group(1).split()).lower()
        if text.startswith(".", gap) and self.titles.get(last := phrase.rsplit(" ", 1)[-1]) == last:
            # "met the envoy. Philippe Gilbert ...": a whole word's dot ends a sentence (an
            # abbreviation's does not: "Gov. Maria Delgado")
            return None, None, None
        head = _longest_title_end(phrase, self.titles)
        opener = ""  # "Former", "Shadow" opening the sentence before the title
        if start > 1 and text[start - 1] == " ":
            # "Press secretary Dana Ortiz said": the title's first word opens the sentence.
            j = start - 1
            while j > 0 and not text[j - 1].isspace():
                j -= 1  # (after a space or a paragraph's line break)
            word = text[j : start - 1]
            if word[:1].isupper() and is_initial(text, j):
                if f"{word.lower()} {head}" in self.titles and not (
                    word in self.club_heads
                    and text[start : start + 1].islower()
                    and self._club_named(word)
                ):
                    # ("City manager X" after "Manchester City": the club's manager; a
                    # council's is "City Manager X")
                    head = f"{word.lower()} {head}"
                    if self.out and self.out[-1].start == j:
                        self.out.pop()  # (the word alone, an unknown name)
                    start = j
                elif word in _ROLE_OPENERS:
                    opener = f"{word} "  # "Former chancellor X said": no chancellor now
                elif (noun := word.lower()) in _OWN_NOUNS:
                    # "Company president Gwynne Shotwell said", "Party chairman X": the
                    # company or party named last
                    if self.out and self.out[-1].start == j:
                        self.out.pop()  # (the word alone, an unknown name)
                    for prev in reversed(self.out):
                        if prev.kind is _ORGANISATION:
                            if _of_own_kind(noun, prev.name):
                                role = self.titles.get(head) or None
                                return _PERSON, role, prev.name
                            break
        affiliation = None
        role_field = ""  # a field between the owner and the title ("competition")
        if self.out:
            prev = self.out[-1]
            between = text[prev.end : start]
            if (
                prev.kind in (_COUNTRY, _ORGANISATION)
                and (
                    between.strip(" ’'s") == ""
                    # "the Kenya Union of Teachers (KUT) chairman X": its bracketed letters
                    or (between == ") " and text[prev.start - 1 : prev.start] == "(")
                )
            ):
                affiliation = prev.name
                if (
                    prev.kind is _ORGANISATION
                    and head.endswith(_ENVOY_ENDS)
                    and len(self.out) > 1
                    and (sender := self.out[-2]).kind is _COUNTRY
                    and text[sender.end : prev.start].strip(" ’'s") == ""
                ):
                    affiliation = sender.name  # "China's U.N. envoy X": China's
            elif (
                (prev.kind in _EMPLOYERS or prev.club is not None)
                and between.startswith(("'s ", "’s "))
                and between.endswith(" ")
                and 0 < len(field := between[3:].split()) <= 2
                and all(w.isalpha() and w.islower() for w in field)
            ):
                # "Liverpool's sporting director Richard Hughes": the owner's, in the field
                # (a club's name is then the club's, no city's)
                if prev.club is not None:
                    prev.kind = _ORGANISATION
                affiliation = prev.name if prev.club is None else prev.club
                role_field = " ".join(field)
            elif (
                prev.kind in _EMPLOYERS
                and (
                    between.startswith(" ")
                    # "the Bharatiya Janata Party (BJP) state president X"
                    or (between.startswith(") ") and text[prev.start - 1 : prev.start] == "(")
                )
                and between.endswith(" ")
                and 0 < len(field := between.lstrip(")").split()) <= 2
                and all(w in run_sets().title_fields or w in _CHIEF_FIELDS for w in field)
            ):
                # "EU competition chief X", "UN aid chief X": the owner's, in the field
                # ("Labour party chairman X": a chairman, the party's)
                affiliation = prev.name
                role_field = " ".join(w for w in field if w != "party")
            elif (
                prev.kind is None
                and not prev.known
                and between == " "
                and (head in _EMPLOYEE_TITLES or _abbreviation(prev.name))
                and self._employer_name(prev, officer=head in _COMPANY_OFFICERS)
            ):
                # "... as Chelsea manager Mauricio Pochettino said": a one-word name right
                # before such a title is the employer (not "Riverton mayor": a town; a
                # listed person among such names is still made a person later); so is an
                # abbreviation before any title ("RJD leader X"). An organisation's word
                # alone ("Commission spokeswoman X") is the article's organisation so named
                # (canonical finds it), else none: no actor of its own.
                if prev.name not in self.v.organisation_heads:
                    prev.kind = _ORGANISATION
                affiliation = prev.name
            elif (
                prev.kind is _PLACE
                and not prev.known
                and between == " "
                and head in _EMPLOYEE_TITLES
            ):
                # "Regional Transportation District spokesman X": a body, no place.
                prev.kind = _ORGANISATION
                affiliation = prev.name
        # "the former foreign minister NAME", "shadow home secretary NAME"
        role = _former(self.titles.get(head) or None, opener + phrase[: len(phrase) - len(head)])
        if role_field and role and " " not in role:
            role = f"{role_field} {role}"  # "competition chief"
        elif (
            (role == "minister" or role == "secretary")
            and phrase == head
            and start > 1
            and text[start - 1] == " "
            and (field_word := text[text.rfind(" ", 0, start - 1) + 1 : start - 1])
            in run_sets().title_fields
        ):
            role = f"{field_word} {role}"  # "... beat agriculture minister X"
        return _PERSON, role, affiliation

    def _appos_before(self, s: int) -> tuple[ActorKind | None, str | None, str | None]:
        """Kind, role and affiliation of a name after "OWNER's title, " ."""
        # The pattern ends in a title, maybe with a phrase of five words at most after it
        # ("envoy for the Middle East"), then ", ": most commas follow no title word, and
        # the search (tried at every start in the window) costs several microseconds.
        src = self.text
        if (field_end := portfolio_title_end(src, s)) is not None:
            # "Minister of Art|, Culture and Creative Economy, X", "minister of ports| and
            # marine transport, X": the title and its first field (the text the same
            # before it: a copy with a comma after it, on this rare path only)
            if src[field_end] != ",":
                src = f"{src[:field_end]}, "
            s = field_end + 2
        if not _title_may_end(src[max(0, s - 80) : s - 2], self.p.title_last_lower):
            return None, None, None
        am = self.p.appos_before.search(src, max(0, s - 80), s)
        if am is None:
            return None, None, None
        if am.end("title") < s - 2 and self.text.endswith(", ", 0, am.start()):
            # "Tom Hart, a senior adviser to the French president, Paul Morel,": in an
            # apposition, the name is the brief's title's (the French president's), if any.
            inner = self.p.appos_before.search(self.text, am.end("title"), s)
            if inner is not None:
                am = inner
        role = self.titles.get(" ".join(am.group("title").lower().split())) or None
        if role == "minister":
            # "Nigeria's sports minister, X,": the portfolio before the bare title
            before = self.text[am.start() : am.start("title")].split()
            if before and before[-1] in run_sets().title_fields:
                # ("foreign affairs minister": both words)
                n = 2 if before[-1] == "affairs" and len(before) > 2 else 1
                role = f"{' '.join(before[-n:])} minister"
        elif role is not None and " " not in role:
            # "Ukraine's human rights ombudsman, X,": the field before a one-word title
            role = with_field(role, self.text[am.start() : am.start("title")])
        role = _former(role, self.text[am.start() : am.start("title")])
        owner = am.group("owner")
        affiliation = None
        if owner is not None:
            prev = self.out[-1] if self.out else None
            # (the owner itself, where a place follows it: "WHO's director for Africa")
            for cand in reversed(self.out):
                if cand.start < am.start():
                    break
                prev = cand
            if (
                prev is not None
                and prev.start >= am.start()
                and prev.kind in (_COUNTRY, _ORGANISATION)
            ):
                affiliation = prev.name
                if prev.kind is _COUNTRY and not (role or "").endswith(_ENVOY_ENDS):
                    # "Brazil’s COP president, X,": the organisation between the owner and
                    # the title employs X ("Russia's U.N. envoy, X," stays Russia's)
                    for cand in self.out[-3:]:
                        if prev.end < cand.start < am.start("title") and cand.kind is _ORGANISATION:
                            affiliation = cand.name
            elif (
                prev is not None
                and prev.start < am.start() < prev.end
                and prev.kind in _EMPLOYERS
                and self.text.startswith(POSSESSIVES, prev.end)
            ):
                # "The Law Society of Kenya's president, X,": the owner is the name the
                # pattern's owner word ends (the society, not the country)
                affiliation = prev.name
            else:
                # an unknown name: resolved (or dropped) later ("The Commission's ...",
                # opening a sentence: "Commission")
                affiliation = owner[4:] if owner.startswith("The ") else owner
        elif (
            (last := self.out[-1] if self.out else None) is not None
            and last.start < am.start() < last.end
            and last.kind in _EMPLOYERS
            and self.text.startswith(POSSESSIVES, last.end)
        ):
            # a name whose own "the" the pattern took for the article: "Save the
            # Children's country director, NAME"
            affiliation = last.name
        else:
            # "The United Nations special envoy for Yemen, NAME": the first country or
            # organisation the phrase names.
            for k in range(len(self.out) - 1, -1, -1):
                prev = self.out[k]
                if prev.start < am.start():
                    break
                if field_end is not None and prev.start > field_end:
                    continue  # the portfolio's later fields ("..., Creative Economy")
                if prev.kind in (_COUNTRY, _ORGANISATION):
                    affiliation = prev.name
                elif (
                    affiliation is None
                    and (prev.kind is _PLACE or prev.kind is None)
                    and prev.end + 1 == am.start("title")
                    and holds_place_office(role)
                    and (
                        prev.kind is _PLACE
                        or office_place_words(prev.name.split(), self.name_openers)
                    )
                ):
                    # "The Texas governor, NAME", "The Miyagi governor, NAME": the place's
                    affiliation = prev.name
                    if prev.kind is None:
                        self.out[k] = replace(prev, kind=_PLACE)
                elif (
                    affiliation is None
                    and prev.kind is None
                    and prev.start < am.start("title")
                    and _is_owner(self.text, prev.end)
                ):
                    # "the Commission's executive vice-president, NAME": an unknown owner
                    # after the article (resolved or dropped later, as above).
                    affiliation = prev.name
            if affiliation is None:
                affiliation = self._own_noun_employer(am.start(), am.start("title"))
        return _PERSON, role, affiliation

    def _own_noun_employer(self, lo: int, title_at: int) -> str | None:
        """The organisation named last before ``lo`` whose kind the words from ``lo`` to the
        title say ("A company spokeswoman, X,": the company named before), if any."""
        for word in self.text[lo:title_at].lower().split():
            if word in _OWN_NOUNS:
                for prev in reversed(self.out):
                    if prev.start < lo and prev.kind is _ORGANISATION:
                        return prev.name if _of_own_kind(word, prev.name) else None
        return None
