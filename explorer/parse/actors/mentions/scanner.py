"""The run scanner: each run of capitalised words, planned by :func:`run_plan`, emitted as
known names, unknown names and the persons, organisations and places the words around
them make of it (:meth:`_RunScanner.scan_run`). The rules it applies live in the classes
it extends (names, titles, employers)."""

from __future__ import annotations

import re
from functools import cache

from explorer.model import ActorKind
from explorer.parse.actors.acting import acting_role
from explorer.parse.actors.countries import countries
from explorer.parse.actors.home_towns import home_town
from explorer.parse.actors.mentions.actions import _party_letter
from explorer.parse.actors.mentions.name_clues import _RANKS, _caucus_party
from explorer.parse.actors.mentions.names import _NameRules
from explorer.parse.actors.mentions.raw import Raw, is_initial
from explorer.parse.actors.mentions.tables import (
    _AREA_NOUNS,
    _EMPLOYERS,
    _ENVOY_ENDS,
    _PARTY_ADJECTIVES,
    _PARTY_STATE,
    _POLITICIAN_ROLES,
    COMPANY_AFTER,
    HONORIFIC_ROLES,
)
from explorer.parse.actors.mentions.words import _cue_may_follow, _former
from explorer.parse.actors.runs import Known, Name, Office, Step, UnknownOrg, UnknownPlace, run_sets
from explorer.parse.actors.said_first_names import said_first_name
from explorer.parse.actors.shipping_lines import speaking_line

_COUNTRY = ActorKind.COUNTRY
_GROUP = ActorKind.GROUP
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE

_AREA_FIRSTS = frozenset(w[0] for w in _AREA_NOUNS)


# Known names that can be words of a place's name before an area noun.
_AREAS = (ActorKind.PLACE, ActorKind.COUNTRY)
# The first word of a list opening an organisation's name, after "the", before ", ".
_LIST_START = re.compile(r"(?<![\w-])[Tt]he[ \u00a0]([A-Z][a-z]+),[ \u00a0]\Z")


def _party_of(words: str) -> str | None:
    """The party of a party's adjective ("Democratic"), also after a chamber ("House
    Democratic": the party's caucus in it); None for other words."""
    return _caucus_party(words) or _PARTY_ADJECTIVES.get(words)


# The spokesperson's roles, which a rank after them gives way to (as after the name).
_SPOKES_ROLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})


@cache
def _country_adjectives() -> frozenset[str]:
    """The countries' adjectives and peoples ("French", "Kenyans")."""
    return frozenset(d for c in countries() for d in c.demonyms)


# Words after an organisation's national section that make it the subject ("Amnesty
# International Kenya said", "... and the Law Society").
_SECTION_VERBS = (" and ", " said", " says", " told", " has ", " have ", " had ", " is ")
# The rest of a list after an organisation's name ("Ministry of Economy| , Trade and
# Industry"): items of one or two capitalised words, the last after "and".
_LIST_ITEM = r"[A-Z][a-z\-]+(?:[ \u00a0][A-Z][a-z\-]+)?"
_LIST_REST = re.compile(
    rf"(?:,[ \u00a0](?P<items>{_LIST_ITEM}(?:,[ \u00a0]{_LIST_ITEM})*),?[ \u00a0]and"
    rf"[ \u00a0](?P<last>{_LIST_ITEM}))(?![\w’'\-]|[ \u00a0][A-Z])"
)
# A name's possessive right before a run ("Ferrari's ", "Mercedes' ").
_OWNER_ENDS = ("'s ", "’s ", "' ", "’ ")
# An apposition after a name that only a person takes: ", who", ", 45,".
_APPOSED_AFTER = re.compile(r", (?:who|whose|\d{1,3},) ")
# ", the National Rally's president,", ", a farmer,", ", a partner at X": a person's
# description after the name, its last word a title or a job ("Jordan Bardel, the party's
# president,").
_APPOSED_JOB = re.compile(
    r", (?:a|an|the) (?:[\w’'\-]+ ){0,4}?(?P<job>[a-z][a-z\-]+)(?:,| (?:at|of|for|with|in) )"
)
_JOB_ENDS = ("ist", "ian", "er", "or")
# Continents, which end organisations' names ("Alzheimer Europe"), not persons'.
_CONTINENTS = frozenset({"Europe", "Africa", "Asia", "Americas", "Oceania", "Antarctica"})
# Capitalised words that modify a country's or a place's name ("Mainland China reported"):
# no first names.
_PLACE_MODIFIERS = frozenset(
    {"Mainland", "Greater", "Communist", "Socialist", "Imperial", "Nazi", "Soviet", "Royal"}
    | {"Democratic", "Federal", "Free", "Modern", "Ancient", "Rural", "Metropolitan", "Upper"}
    | {"Lower", "Inner", "Outer", "Downtown", "Occupied", "Colonial", "Independent", "All"}
    | {"Neighbouring", "Neighboring", "Nearby", "Bordering", "Fellow"}
)


# The last words of a chamber's committee ("the Senate Environment and Public Works
# Committee").
_COMMITTEES = (" Committee", " Subcommittee")


class _RunScanner(_NameRules):
    # -- emission ----------------------------------------------------------------------
    def scan_run(self, rs: int, plan: tuple[Step, ...]) -> None:
        """A run of several words starting at ``rs``: its plan, placed in the text."""
        text = self.text
        if (
            text[rs + 1 : rs + 2] == "-"
            and _party_letter(text[rs : rs + 3])
            and _PARTY_STATE.match(text, rs - 2 if rs > 1 else 0)
        ):
            return  # "Sen. X, D-New Mexico, said": a lawmaker's party and state (see name)
        if len(plan) > 1 and self._area_place(rs, plan):
            s, end = rs + plan[0].start, rs + plan[-1].end
            self.out.append(Raw(s, end, _PLACE, text[s:end], initial=is_initial(text, s)))
            return
        if (
            len(plan) == 3
            and (
                type(plan[0]) is Name
                or (type(plan[0]) is Known and plan[0].entry.kind is _ORGANISATION)
            )
            and text.startswith(_OWNER_ENDS, rs + plan[0].end)
            and self._entity_in_name(rs, plan[1:], owned=True) is _PERSON
        ):
            # "Ferrari's Lewis Hamilton": the owner, then a person whose surname is a place's
            self.scan_run(rs, plan[:1])
            s, end = rs + plan[1].start, rs + plan[2].end
            self.entity_names.add(text[s:end])
            self.name(s, end, 2, None)
            return
        if len(plan) == 2 and (entity_kind := self._entity_in_name(rs, plan)) is not None:
            s, end = rs + plan[0].start, rs + plan[1].end
            if entity_kind is _ORGANISATION:
                if not text.startswith(("The ", "the "), rs):
                    s = rs  # (with a direction the plan left out: "Southern California Edison")
                self.out.append(Raw(s, end, entity_kind, text[s:end], initial=is_initial(text, s)))
                return
            self.entity_names.add(text[s:end])
            self.name(s, end, 2, None)
            return
        if len(plan) == 1 and (title_end := self._title_surname(rs, plan[0])):
            # "Stephen King said", "Tom Major, a lawyer, said": a title's word as a surname
            self.name(rs, title_end, 2, None)
            return
        if len(plan) == 2 and self._town_surname(rs, plan):
            # "An SDF commander, Siamand Kobani, told": a surname that is a town's name
            first = plan[0]
            assert type(first) is Name
            pending = (first.role, first.affiliation) if first.titled else None
            self.name(rs + first.start, rs + plan[1].end, 2, pending)
            return
        plan = home_town(text, rs, plan, self.lex)  # "X of Boulder, Colorado,": a place
        plan = said_first_name(text, rs, plan)  # "said Tirana Hassan,": one person
        plan = speaking_line(text, rs, plan)  # "Danish carrier Nordvik Line said": a company
        section = -1  # the index of a country step that is an organisation's section
        for k, step in enumerate(plan):
            if k == section:
                continue
            if type(step) is Known:
                if (
                    step.entry.kind is _ORGANISATION
                    and k + 1 < len(plan)
                    and self._national_section(rs, step, plan[k + 1])
                ):
                    # "Amnesty International Kenya said": the organisation (its section)
                    section = k + 1
                    end = rs + plan[k + 1].end
                    self.out.append(self.known(step.entry, rs + step.start, end, rs + step.start))
                    continue
                self.out.append(
                    self.known(step.entry, rs + step.start, rs + step.end, rs + step.name_start)
                )
            elif type(step) is Name:
                pending = (step.role, step.affiliation) if step.titled else None
                if pending is not None and pending[1] and (caucus := _caucus_party(pending[1])):
                    pending = (pending[0], caucus)  # ("Senate Republican Leader X")
                if pending is not None and (role := pending[0]):
                    lead = self._title_lead(rs, plan, k) if k else (rs - 7 if rs > 7 else 0)
                    if text.find("ormer", lead, rs + step.start) >= 0:  # (_former's pre-test)
                        role = _former(role, text[lead : rs + step.start]) or role
                    elif text.find("cting ", lead, rs + step.start) >= 0:  # "Acting President X"
                        role = acting_role(role, text[lead : rs + step.start])
                    aff = pending[1]
                    if aff is not None and k > 1 and role.endswith(_ENVOY_ENDS):
                        aff = self._envoy_sender(rs, plan, k, aff)
                    elif (
                        k < 2
                        and (
                            aff is None
                            if k == 0
                            else (
                                role.endswith(_ENVOY_ENDS)
                                and type(plan[0]) is Known
                                and plan[0].entry.id == aff
                            )
                        )
                        and self.out
                        and (owner := self._owner_before(rs)) is not None
                        and (k == 0 or owner.kind is _COUNTRY)
                    ):
                        # "Chile's former President X" (a lower-case word ends the run of
                        # the owner), "Russia's former U.N. Ambassador X" (the sender)
                        aff = owner.name
                    if (
                        k == 1
                        and aff is None
                        and type(plan[0]) is Name
                        and plan[0].words <= 2
                        and role.lower() in _POLITICIAN_ROLES
                        and (party := _party_of(text[rs + plan[0].start : rs + plan[0].end]))
                    ):
                        # "Democratic Senator Amy Klobuchar", "House Republican Whip X": a
                        # member of the party (whose word is the party's mention: see name())
                        aff = party
                    if (
                        k == 0
                        and rs > 2
                        and text[rs - 1] == " "
                        and text[rs - 2].islower()
                        and (job := self._title_before_honorific(rs)) is not None
                    ):
                        # "Pentagon spokesman Captain Jeff Davis": the job before the rank
                        role, aff = job[0], job[1] or aff
                    elif (
                        k == 0
                        and (role in HONORIFIC_ROLES or role == "ambassador" or role in _RANKS)
                        and rs > 2
                        and text[rs - 2] == ","
                        and (job_before := self._appos_before(rs))[1]
                        and (role not in _RANKS or job_before[1] in _SPOKES_ROLES)
                    ):
                        # "Saudi Arabia's energy minister, Prince X,": the apposed title
                        # before the honorific is the role, of its owner (so before a
                        # diplomat's form of address: "Its chair, Ambassador X,"; a rank
                        # stays the role: "Its head, Air Marshal X,"; not before a
                        # spokesman's: "The army's spokesman, Colonel X," is a spokesman)
                        role, aff = job_before[1] or role, job_before[2] or aff
                    elif (
                        k == 0
                        and aff is None
                        and rs > 2
                        and text[rs - 2] == ","
                        and (job_before := self._appos_before(rs))[2]
                    ):
                        # "Japan's top government spokesman, Chief Cabinet Secretary X,":
                        # the title's own, of the apposed title's owner
                        aff = job_before[2]
                    pending = (role, aff)
                elif pending is not None and k == 0 and rs > 2 and text[rs - 2] == ",":
                    # "The Speaker, Sir Lindsay Hoyle,": an honorific of no role after an
                    # apposed title, which is the role
                    _, apposed, owner_id = self._appos_before(rs)
                    if apposed:
                        pending = (apposed, owner_id or pending[1])
                if pending is not None and step.affiliation is None and self.out:
                    pending = self._employer_before(rs, step, pending)
                start, words = rs + step.start, step.words
                if k == 0 and step.start and pending is None and self._weekday_name(rs, start):
                    start, words = rs, words + 1  # "captain Sunday Oliseh": a first name
                possessor = (
                    self._possessive_owner(start)
                    if pending is None and words >= 2 and text.endswith(("'s ", "’s "), 0, start)
                    else None
                )
                before = len(self.out)
                self.name(start, rs + step.end, words, pending, step.affiliation)
                if possessor is not None and len(self.out) > before:
                    r = self.out[-1]
                    if r.kind is _PERSON and r.affiliation is None and r.start == start:
                        # "Al Jazeera's Hind Khoudary said", "Kenya's Eliud Kipchoge won":
                        # the owner's person
                        r.affiliation = possessor
            elif type(step) is UnknownPlace:
                s, end = rs + step.start, rs + step.end
                self.out.append(Raw(s, end, _PLACE, text[s:end], initial=is_initial(text, s)))
            elif type(step) is Office:
                # "the Attorney General's office": an organisation; else no actor.
                s, end = rs + step.start, rs + step.end
                if text.startswith(" office", end) and not text[end + 7 : end + 8].isalpha():
                    end += 7
                    self.out.append(
                        Raw(
                            s,
                            end,
                            _ORGANISATION,
                            text[s:end],
                            affiliation=step.affiliation,
                            initial=is_initial(text, s),
                        )
                    )
            else:
                assert type(step) is UnknownOrg
                s, end = rs + step.start, rs + step.end
                if (party := _caucus_party(text[s:end])) is not None:
                    # "Senate Republican Leader X": the party (see _party_of)
                    cut = text.find(" ", s) + 1
                    self.out.append(Raw(cut, end, _ORGANISATION, party, True))
                    continue
                initial = is_initial(text, s)
                if (
                    initial
                    and (cut := text.find(" ", s, end)) > 0
                    and (
                        (opener := text[s:cut].lower()) in self.name_openers
                        or opener in self.trade_nouns
                        or opener in self.v.group_heads
                    )
                ):
                    # "Rival Mazda Motor Corp is due to report", "Lender Halvard Bank said",
                    # "Investors Orbis Capital took part"
                    s, initial = cut + 1, False
                elif text[s - 2 : s] == ", " and " and " in text[s:end]:
                    s = self._list_start(s)  # "the Meteorology, Climatology and ... Agency"
                elif (
                    text[s - 5 : s] == " and "
                    and self.out
                    and (prev := self.out[-1]).end == s - 5
                    and not prev.known
                    and prev.kind is _ORGANISATION
                    and prev.name.split(" ", 1)[0] in self.chambers
                    and " " in prev.name
                    and text[s:end].endswith(_COMMITTEES)
                ):
                    # "the Senate Environment and Public Works Committee": one committee
                    # (a chamber's, its field of two words joined by "and")
                    s = prev.start
                    self.out.pop()
                if text.startswith(",", end) and step is plan[-1]:
                    end = self._list_end(s, end)
                if step.affiliation is not None and (known := self._legal_form_of(s, end)):
                    # "General Motors Corp", "Nestle S.A.": the listed company itself
                    self.out.append(self.known(known, s, end, s))
                    continue
                self.out.append(
                    Raw(
                        s,
                        end,
                        _ORGANISATION,
                        text[s:end],
                        False,
                        affiliation=step.affiliation,
                        initial=initial,
                    )
                )

    def _national_section(self, rs: int, org: Known, nxt: Step) -> bool:
        """Whether the step after the organisation ``org`` names its national section
        ("Amnesty International Kenya said", "Save the Children UK and ..."): a country's
        name right after the organisation's (not after its letters, not its adjective or
        dotted letters: "the UN U.S. envoy"), no noun after that ("the EU Ukraine
        summit")."""
        if not (type(nxt) is Known and nxt.entry.kind is _COUNTRY and nxt.start == org.end + 1):
            return False
        text = self.text
        surface = text[rs + nxt.start : rs + nxt.end]
        if "." in surface or surface in _country_adjectives():
            return False
        if text[rs + org.start : rs + org.end].isupper():
            return False  # (letters: "told NATO Britain would ...")
        end = rs + nxt.end
        after = text[end : end + 2]
        return not (after[:1] == " " and after[1:].islower()) or text.startswith(
            _SECTION_VERBS, end
        )

    def _town_surname(self, rs: int, plan: tuple[Step, ...]) -> bool:
        """Whether a run of two words, an unknown one and a known place ("Siamand Kobani"),
        is a person's name: after a title ("Rebel commander Musa Aleppo said") or in commas
        after a description ("An SDF commander, Siamand Kobani, told")."""
        first, last = plan
        if not (
            type(first) is Name
            and first.words == 1
            and type(last) is Known
            and last.entry.kind is _PLACE
            and last.start == first.end + 1
            and " " not in self.text[rs + last.start : rs + last.end]
        ):
            return False
        text = self.text
        s = rs + first.start
        return (
            first.titled
            or (text.endswith(", ", 0, s) and text.startswith(",", rs + last.end))
            or self.p.title_before.search(text, s - 40 if s > 40 else 0, s) is not None
        )

    def _entity_in_name(
        self, rs: int, plan: tuple[Step, ...], owned: bool = False
    ) -> ActorKind | None:
        """What a run of two words, a known one-word country, place or organisation and an
        unknown word in either order, names as the subject of a speech verb or before ",
        who": a person ("Israel Katz said", "Michael Jordan, who", "London Breed told"), or
        after "the" an organisation ("the Kyiv Independent reported": an outlet); None (the
        known name and the word apart) where the unknown word is a noun the text writes in
        lower case ("Kenya Power said" ... "the power cuts") or a modifier of places
        ("Mainland China reported")."""
        first, last = plan
        if type(first) is Name:
            known, unknown = last, first
        elif type(last) is Name:
            known, unknown = first, last
        else:
            return None
        if not (
            type(known) is Known
            and unknown.words == 1
            and not unknown.titled
            and last.start == first.end + 1
        ):
            return None
        text = self.text
        s, e = rs + first.start, rs + last.end
        word = text[rs + known.start : rs + known.end]
        if not (word.istitle() and word.isalpha()) or known.entry.kind is _GROUP:
            return None
        after = text[e : e + 2]
        if owned and known is last:
            pass  # "Ferrari's Lewis Hamilton, in his first race,": a team's person
        elif after == ", ":
            if known is last and word in _CONTINENTS and self.p.appos_org.match(text, e, e + 80):
                return _ORGANISATION  # "Alzheimer Europe, an umbrella group of ..."
            if not _APPOSED_AFTER.match(text, e) and not self._apposed_job(e):
                return None
        elif not (
            _cue_may_follow(text, e, self.p.cue_after_prefixes)
            and self.p.cue_after.match(text, e, e + 160)
        ):
            return None
        other = text[rs + unknown.start : rs + unknown.end]
        if (
            unknown is first
            and (
                other in self.v.org_openers
                or other in _PLACE_MODIFIERS
                or other.lower() in self.v.place_directions
            )
        ) or self._written_as_noun(other.lower()):
            return None
        if text.endswith(("the ", "The "), 0, s):
            return _ORGANISATION if known is first else None
        if known is first and COMPANY_AFTER.match(text, e):
            return _ORGANISATION  # "Southern California Edison said it had cut"
        if known is last and word in _CONTINENTS:
            return _ORGANISATION  # "Alzheimer Europe said": a body of a continent
        return _PERSON

    def _title_surname(self, rs: int, step: Step) -> int:
        """The end of a run of two words, a first name and a title's word ending the run,
        that is a person's name: "Stephen King said", "Daniel Leader, a partner at X," (a
        speech verb or a description after it; not after "the": "the Opposition Leader
        said"); else 0."""
        if not (type(step) is Name and step.start == 0 and step.words == 1 and not step.titled):
            return 0
        text = self.text
        at = rs + step.end + 1
        if text[at - 1 : at] != " " or not text[at : at + 1].isupper():
            return 0
        e = at
        while e < len(text) and (text[e].isalpha() or text[e] in "'’-"):
            e += 1
        word = text[at:e]
        if (
            not word.isalpha()
            or not word[1:].islower()
            or word.lower() not in self.titles
            or text[e : e + 1] not in (" ", ",")
            or text[e + 1 : e + 2].isupper()
            or text.endswith(("the ", "The ", "a ", "A ", "’s ", "'s "), 0, rs)
        ):
            return 0
        if text.startswith(", ", e):
            return e if _APPOSED_AFTER.match(text, e) or self._apposed_job(e) else 0
        cue = _cue_may_follow(text, e, self.p.cue_after_prefixes) and self.p.cue_after.match(
            text, e, e + 160
        )
        return e if cue else 0

    def _apposed_job(self, e: int) -> bool:
        """Whether a person's description follows the name ending at ``e`` (", the party's
        president,", ", a farmer,"): its last word a title or a job's."""
        m = _APPOSED_JOB.match(self.text, e, e + 90)
        if m is None:
            return False
        job = m.group("job")
        return job in self.v.titles or job.endswith(_JOB_ENDS)

    def _list_start(self, s: int) -> int:
        """The start of the organisation's name at ``s`` (after a comma, a list's last
        words "Y and Z ... Agency" in it): the list's first word if it is one word after
        "the" that names nothing ("The Meteorology, Climatology and Geophysical Agency")."""
        text = self.text
        m = _LIST_START.search(text, s - 40 if s > 40 else 0, s)
        if m is None or m.group(1).endswith("s") or m.group(1) in self.v.organisation_heads:
            return s  # "the Nordics, Food and Drug Authority", "the Army, Navy and Air Force"
        first = m.start(1)
        out = self.out
        if out and out[-1].start == first:
            if out[-1].known:
                return s
            out.pop()  # (the word alone, an unknown name)
        return first

    @staticmethod
    def _title_lead(rs: int, plan: tuple[Step, ...], k: int) -> int:
        """Where the text before the name of the titled step ``plan[k]`` (a run at ``rs``)
        starts: at the step before its title and the countries or organisations owning it
        ("Former President "), or with the word before the run ("former Costa Rican Foreign
        Minister "; so for ``k`` 0)."""
        j = k - 1
        while j >= 0 and type(plan[j]) is Known:
            j -= 1
        if j >= 0:
            return rs + plan[j].start
        return rs - 7 if rs > 7 else 0

    def _possessive_owner(self, start: int) -> str | None:
        """The country or organisation whose possessive ends right before a name at
        ``start`` ("Al Jazeera's| Hind Khoudary"), if the scan found one there."""
        if not self.out:
            return None
        prev = self.out[-1]
        if prev.end == start - 3 and prev.kind in _EMPLOYERS:
            return prev.name
        return None

    def _owner_before(self, rs: int) -> Raw | None:
        """The country or organisation owning a title that opens the run at ``rs`` across
        title modifiers in lower case ("Chile's former President", "Russia's former U.N.
        Ambassador"), if any: the last name before the run, a possessive after it."""
        out = self.out
        prev = out[-1]
        if prev.start >= rs:  # (the run's own organisation: "U.N. Ambassador")
            if len(out) < 2:
                return None
            prev = out[-2]
        text = self.text
        if prev.kind not in _EMPLOYERS or not text.startswith(("’s ", "'s "), prev.end):
            return None
        words = text[prev.end + 3 : rs].split()
        if 0 < len(words) < 3 and all(w in self.title_modifiers for w in words):
            return prev
        return None

    def _envoy_sender(self, rs: int, plan: tuple[Step, ...], k: int, org: str) -> str:
        """The affiliation of the diplomat ``plan[k]`` (a run at ``rs``) whose title follows
        the organisation ``org``: the country right before that organisation, if any
        ("Russia's U.N. Ambassador X", "the Russian UN envoy X"), else ``org``."""
        where, sender = plan[k - 1], plan[k - 2]
        if (
            type(where) is Known
            and where.entry.id == org
            and where.entry.kind is _ORGANISATION
            and type(sender) is Known
            and sender.entry.kind is _COUNTRY
            and self.text[rs + sender.end : rs + where.start].strip(" ’'s") == ""
        ):
            return sender.entry.id
        return org

    def _list_end(self, s: int, e: int) -> int:
        """The end of the organisation's name at ``s``..``e`` (before a comma): after the
        list that continues it, where it names a list-head "of" ("Ministry of Economy,
        Trade and Industry"), a list of words no lexicon names ("the Ministry of Defence,
        Reuters and AFP" is three)."""
        of = self.text.find(" of ", s, e)
        if of < 0:
            of = self.text.find(" for ", s, e)  # "Commission for Conciliation, Mediation ..."
        if of < 0 or self.text[s:of].rsplit(maxsplit=1)[-1] not in self.list_name_heads:
            return e
        m = _LIST_REST.match(self.text, e)
        if m is None:
            return e
        lex = self.lex
        stop = self.v.stopwords
        words = f"{m.group('items')} {m.group('last')}".replace(",", " ").split()
        fields = run_sets().title_fields  # ("Culture, Media and Sport": a portfolio's word)
        if any((w in stop and w.lower() not in fields) or lex.lookup(w) is not None for w in words):
            return e
        self.lists.append((s, m.end()))
        return m.end()

    def _area_place(self, rs: int, plan: tuple[Step, ...]) -> bool:
        """Whether the names of ``plan`` (a run at ``rs``) are one place's, before an area
        noun: "the Cerro Colorado district" (not Colorado); unknown names and known places
        side by side, no possessive between."""
        text = self.text
        e = rs + plan[-1].end
        if not (
            text.startswith(" ", e)
            and text[e + 1 : e + 2] in _AREA_FIRSTS
            and text[e + 1 : e + 14].split(" ", 1)[0].rstrip(".,;:)") in _AREA_NOUNS
        ):
            return False
        named = False
        for k, step in enumerate(plan):
            if type(step) is Name:
                if step.titled:
                    return False
                named = True
            elif type(step) is not Known or step.entry.kind not in _AREAS:
                return False
            if k and text[rs + plan[k - 1].end : rs + step.start] != " ":
                return False
        return named
