"""The run scanner's rule for an unknown name (:meth:`_NameRules.name`): what kind of actor
a run of capitalised words no lexicon knows is, by its title, the words around it and its
look, and the tests it alone makes."""

from __future__ import annotations

import re

from explorer.model import ActorKind
from explorer.parse.actors.acronyms import hyphened_acronym
from explorer.parse.actors.mentions.actions import _THING_ABBREVIATIONS
from explorer.parse.actors.mentions.around import ROYAL_ROLES, past_age, royal_place
from explorer.parse.actors.mentions.employers import _COMPANY_OFFICERS, _job_after_title
from explorer.parse.actors.mentions.name_checks import _catalogue_number, _NameChecks, _rating_grade
from explorer.parse.actors.mentions.name_clues import (
    _ADJECTIVE_ENDS,
    _AFTER_PAIRS,
    _APPOS_ORG_BEFORE,
    _APPOS_ORG_NOUNS,
    _APPOS_PROFESSION,
    _AWARDS,
    _BANK_ENDS,
    _BEFORE,
    _BRANCHES,
    _COALITION_PARTNER,
    _COMPOUND_ENDS,
    _COUNSEL_AFTER,
    _DESCRIBED,
    _DESK_JOB,
    _DESK_TITLES,
    _DIGITS,
    _HOLDINGS,
    _NAME_AFTER,
    _NOT_PLACE_PREPOSITIONS,
    _NOUNS_THEN_ORG,
    _ORG_AFTER,
    _OWNER_AHEAD,
    _PARTY_LETTERS,
    _PARTY_STATE_OPENINGS,
    _PEOPLE_OPENERS,
    _PERSON_PREPOSITIONS,
    _PERSONAL_AFTER,
    _PLURAL_THEN_CUE,
    _POLITICIANS,
    _RANKS,
    _REPORTING_FROM,
    _SAID_ENDS,
    _SETTLEMENTS,
    _STATE_HEADS,
    _THE_HEAD,
    _THING_AFTER_PAIRS,
    _TICKER_AFTER,
    _TICKER_END,
    _VESSELS,
    DATA_NOUNS,
    FACILITY_PAIRS,
    GIVEN_NAME_ENDS,
    TO_PERSON_WORDS,
    _acronym_end,
    _before_word,
    _caucus_party,
    _opens_quote,
    _party_alone,
    _thing_after,
    facility_after,
)
from explorer.parse.actors.mentions.name_context import org_apposed, place_before
from explorer.parse.actors.mentions.raw import Raw, is_initial
from explorer.parse.actors.mentions.tables import (
    _AREA_NOUNS,
    _NOT_INSIDE,
    _NOT_PROFESSION,
    _PARTY_ADJECTIVES,
    _PARTY_MEMBERS,
    _PARTY_STATE,
    _POLITICIAN_ROLES,
    _PROFESSION_ENDS,
    _SPOKES,
    HONORIFIC_ROLES,
)
from explorer.parse.actors.mentions.words import _cue_may_follow, _former, _is_owner, _previous_word
from explorer.parse.actors.party_members import unnamed_member
from explorer.parse.actors.place_offices import holds_place_office

_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON
_GROUP = ActorKind.GROUP
_PLACE = ActorKind.PLACE

_THE = frozenset({"the ", "The "})
# Nouns a person's name may modify after "the" ("the Elian Gonzalez custody battle").
_PERSONS_MATTERS = frozenset(
    {"case", "affair", "custody", "trial", "saga", "scandal", "family", "era", "estate"}
    | {"administration", "campaign", "presidency", "murder", "killing", "verdict", "years"}
)


# What shows a possessive owns nothing: a speech verb after it, or a preposition before it
# and a comma after it ("an employee of Brink's,").
_SPEAKS_AFTER = re.compile(r"\s+(?:said|says|declined|told)\b")
_OWN_NAME_PREPS = (" of ", " at ", " from ", " for ", " with ", " by ")

# Titles an abbreviation's apposition gives a company, no person ("IAG, the owner of").
_OWNER_TITLES = frozenset({"owner", "majority owner", "co-owner"})

# The rest of a list of people from places after one's apposition: " from Irvine and a ".
_FROM_LIST = re.compile(r" from [A-Z][\w.’'\-]*(?: [A-Z][\w.’'\-]*){0,3}(?:,| and) an? ")


class _NameRules(_NameChecks):
    """The rule for an unknown name of the run scan (see the module)."""

    def name(
        self,
        s: int,
        e: int,
        ntok: int,
        pending: tuple[str | None, str | None] | None,
        of: str | None = None,
    ) -> None:
        """An unknown name of ``ntok`` words; ``pending``: the role and affiliation of a
        title right before it; ``of``: the organisation its run names it of ("Jorge
        Paredes of the Peruvian Fire Department")."""
        text = self.text
        nxt = text[e : e + 1]  # the character after the name ("" at the end)
        if ntok == 1 and nxt == "." and text[s - 1 : s] == "(" and _TICKER_END.match(text, e):
            return  # "Siam Cell Energy (SCE.BK)": a stock ticker
        name = text[s:e]
        if (
            ntok == 1
            and nxt == " "
            and text[e + 1 : e + 2].isdigit()
            and pending is None
            and name.isupper()
            and name.isalpha()
            and _catalogue_number(text, e + 1)
        ):
            return  # "the planet LHS 1140 b", "the star HD 189733": a catalogue's number
        if (
            pending is None
            and text.endswith("from ", 0, s)
            and text.endswith(_REPORTING_FROM, s - 16 if s > 16 else 0, s)
        ):
            # "Reporting from Deir el-Balah, Al Jazeera's X said": a correspondent's place
            self.out.append(Raw(s, e, _PLACE, name, initial=is_initial(text, s)))
            return
        if (
            ntok == 1
            and pending is None
            and name.endswith(_ADJECTIVE_ENDS)
            and _PLURAL_THEN_CUE.match(text, e)
            and is_initial(text, s)
        ):
            return  # "Medical reports said", "Economic analysts say": an adjective opening
        if ntok == 1 and name.endswith(_COMPOUND_ENDS):
            return  # "the Turkish-backed factions": an adjective, no name
        if name[1:2] == "-" and name[:1] in "RDI" and text[s - 2 : s] in (", ", " ("):
            return  # "Sen. X, R-Texas, who": a lawmaker's party and state (see below)
        if (
            ntok == 1
            and pending is None
            and name.endswith(_BANK_ENDS)
            and len(name.rstrip("n").rstrip("e")) >= 8
        ):
            # "Commerzbank said", "the Bundesbank", "Rabobank", "Handelsbanken": a bank (a
            # word of four letters at least before "bank": not "Eubank")
            self.out.append(Raw(s, e, _ORGANISATION, name, initial=is_initial(text, s)))
            return
        if (
            pending is None
            and nxt == " "
            and text[e + 1 : e + 3] in _THING_AFTER_PAIRS
            and _thing_after(text, e + 1)
        ):
            self.things.add(name)
            return  # "its Artemis II moon mission", "the Apollo 11 mission": a thing's name
        if (
            ntok >= 2
            and pending is None
            and nxt == " "
            and text[e + 1 : e + 3] in FACILITY_PAIRS
            and facility_after(text, e + 1)
        ):
            # "the crippled Fukushima Daiichi plant": a site, no person
            self.out.append(Raw(s, e, _PLACE, name, initial=is_initial(text, s)))
            return
        if ntok >= 3 and name.endswith(_COUNSEL_AFTER):
            # "Jonathan Ashby KC said": the mention keeps the rank (the cue follows it),
            # the name does not
            name = name[:-3]
            ntok -= 1
            if pending is None:
                pending = (text[e - 2 : e], None)
        if ntok <= 2 and name in _PARTY_ADJECTIVES and (one := unnamed_member(text, s, e)):
            # "with one Republican warning", "A Democrat said": a group of the party
            self.out.append(Raw(one[0], e, _GROUP, name, False, None, one[1], None, name))
            return
        if ntok <= 2 and nxt == " " and name in _PARTY_ADJECTIVES:
            # ("Liberal Democrat leader X": a party's adjective of two words)
            noun = text[e + 1 : e + 16].split(" ", 1)[0].rstrip(".,;:")
            low = noun.lower()
            if noun.islower() and low not in _POLITICIAN_ROLES:
                # "Conservative health spokesman X", "Labour housing spokeswoman": a party's
                # spokesman for a field
                field_end = e + 2 + len(noun)
                field_job = text[field_end : field_end + 14].split(" ", 1)[0].rstrip(".,;:")
                if field_job in _SPOKES:
                    low = field_job
            if (
                noun in _POLITICIANS
                or low in _POLITICIAN_ROLES
                or low in _PARTY_MEMBERS
                or low in _SPOKES
            ):
                # "Republican lawmaker X", "a Labour MP": the party, whose member X is
                party = _PARTY_ADJECTIVES[name]
                self.out.append(Raw(s, e, _ORGANISATION, party, True))
                return
        if ntok == 2 and pending is None and (caucus := _caucus_party(name)) is not None:
            # "House Democratic Leader X", "Senate Republican leaders": a chamber's caucus of
            # the party, whose member X is (no person "House Democratic")
            self.out.append(Raw(s + name.find(" ") + 1, e, _ORGANISATION, caucus, True))
            return
        if (
            ntok == 1
            and pending is not None
            and pending[0] in ROYAL_ROLES
            and (place := royal_place(text, self.out, s, e)) is not None
        ):
            self.out.append(Raw(place, e, _PLACE, text[place:e]))
            return  # "evacuated to Dawson Creek and Prince George": a city
        spaced = s > 1 and text[s - 1] == " "
        # is_initial(text, s), its usual case decided here ("... word Name").
        initial = False if spaced and text[s - 2] not in _NOT_INSIDE else is_initial(text, s)
        role: str | None = None
        affiliation: str | None = None
        kind: ActorKind | None = None
        # The word before the name (lower case, as _previous_word), computed at most once.
        prev_word: str | None = None
        guessed = False  # a person only by the look of the name ("Porto Alegre")
        # Whether the text before the name ends as said_before does (None: not known yet).
        said_end: bool | None = None
        if (
            ntok == 2
            and pending is None
            and name.endswith((" House", " Senate"))
            and name[: name.find(" ")].endswith(("-controlled", "-led"))
        ):
            # "the Republican-controlled House": the modifier is no name's
            s, ntok = e - len(name) + name.rfind(" ") + 1, 1
            name = text[s:e]
            initial = False
        if (
            ntok >= 4
            and initial
            and pending is None
            and (cut := name.find(" ")) > 0
            and name[:cut].lower() in self.name_openers
            and name[cut + 1 : name.find(" ", cut + 1)] in _PARTY_ADJECTIVES
        ):
            # "Fellow Democrat Jo Lin agreed": the opener describes, the party's member
            # follows (as below)
            s += cut + 1
            ntok -= 1
            name = text[s:e]
            initial = False
        if ntok >= 3 and pending is None and name[: name.find(" ")] in _PARTY_ADJECTIVES:
            # "Democrat Abigail Spanberger", "Republican Jack Ciattarelli", "Liberal Democrat
            # Tim Farron": the party's member (the party a mention, as in "Republican lawmaker
            # X"), no name word
            cut = name.find(" ")
            two = name.find(" ", cut + 1)
            if ntok >= 4 and name[:two] in _PARTY_ADJECTIVES:
                cut = two
            party = _PARTY_ADJECTIVES[name[:cut]]
            self.out.append(Raw(s, s + cut, _ORGANISATION, party, True))
            s += cut + 1
            ntok = len(text[s:e].split())
            name = text[s:e]
            initial = False
            pending = (None, party)
        if initial and ntok >= 2 and pending is None:
            # "Chipmaker Nordlys cuts 500 jobs": a common noun opening the sentence is no
            # part of the name after it.
            cut = name.find(" ")
            first = name[:cut].lower()
            company = first in self.company_nouns or first in self.trade_nouns
            # "Volcanologist Ines Marr said": a profession's noun, before a name of two
            # words at least; it is her role.
            profession = ntok >= 3 and (
                first in self.employee_nouns
                or first in _PEOPLE_OPENERS
                or (first.endswith(_PROFESSION_ENDS) and not first.endswith(_NOT_PROFESSION))
            )
            # (A noun the text writes so, before a name of two words at least: "Striker
            # Lena Foss" ... "the striker"; not "Will Tarrant" ... "the will".)
            if (
                company
                or profession
                or first in self.name_openers
                or (ntok >= 3 and self._written_as_noun(first))
            ):
                s += cut + 1
                while text[s] in " \t\u00a0":
                    s += 1
                ntok -= 1
                name = text[s:e]
                initial = False
                if company:
                    self.out.append(Raw(s, e, _ORGANISATION, name))
                    return
                if profession:
                    pending = (first, None)
        if (
            ntok == 1
            and pending is None
            and text.startswith(("'s", "’s"), e)
            and (
                _SPEAKS_AFTER.match(text, e + 2)
                or (text[e + 2 : e + 3] in ",;:" and text.endswith(_OWN_NAME_PREPS, 0, s))
            )
            and name not in self.possessive_orgs
        ):
            # "Brink's said in a statement", "an employee of Brink's,": a possessive that
            # owns nothing is the name a company writes with it
            self.out.append(Raw(s, e + 2, _ORGANISATION, text[s : e + 2]))
            return
        if ntok == 1 and pending is None and name in self.possessive_orgs:
            # "Moody's cut the rating": the possessive alone before a common word names the
            # organisation (not "Tom Moody", "Moody's book": a person's).
            after = e + (2 if text.startswith(("'s", "’s"), e) else 0)
            entry = self.lex.lookup(self.possessive_orgs[name])
            if (
                after > e
                and text.startswith(" ", after)
                and text[after + 1 : after + 2].islower()
                and not text.startswith(_PERSONAL_AFTER, after + 1)
                and entry is not None
            ):
                self.out.append(self.known(entry, s, after, s))
                return
        if ntok == 1 and pending is None and name in self.chambers:
            chamber = self._chamber(s, e, name)
            if chamber is not None:
                # (kind None: "the House" is a chamber if the article names a senate or
                # a congress; canonical decides)
                kind = _ORGANISATION if chamber else None
                self.out.append(Raw(s, e, kind, name, initial=initial, chamber=True))
                return
        if pending is not None:
            if ntok == 1 and name in self.v.place_heads:
                # "King Street", "Queen's Road": a title opening a place's name.
                s = text.rfind(" ", 0, s - 1) + 1
                self.out.append(Raw(s, e, _PLACE, text[s:e], initial=initial))
                return
            kind, role, affiliation = _PERSON, pending[0], pending[1]
        else:
            cut = text.rfind(" ", s - 30 if s > 30 else 0, s - 1 if s > 1 else 0)
            word_before = text[cut + 1 : s - 1] if spaced and cut >= 0 else ""
            # The usual case: one word between two spaces (no other white space: only " "
            # is both white space and printable). Else the last word of the window.
            if not (word_before and word_before.isprintable()):
                before_words = text[cut + 1 : s].split()
                word_before = before_words[-1] if before_words else ""
            before = _BEFORE.get(word_before)
            if before is None:
                before = _before_word(word_before, self.title_last, self.titles)
            if before.title_last and not _acronym_end(word_before):
                if before.lower == "official" and self._noun_of_organisation(e):
                    # "Egypt's official Al-Ahram newspaper": an adjective, an outlet
                    kind = _ORGANISATION
                else:
                    kind, role, affiliation = self._title_before(s)
            elif before.abbreviated and not _acronym_end(word_before):
                # "Gov. Maria Delgado", "Sen. Tom Whitfield"
                if before.role is not None:
                    kind, role = _PERSON, before.role or None
                    pair = self._abbreviated_pair(cut, word_before) if cut > 2 else None
                    lead = cut  # (the space before the title)
                    if pair is not None:
                        role = pair  # "Maj. Gen. Ali Hassan", "Det. Sgt. Kay Rand"
                        lead = text.rfind(" ", 0, cut)  # ("Republican Lt. Gov. X")
                        if lead > 2 and text[lead] == " " and text[lead - 1] != ".":
                            # "Army spokesman Brig. Gen. X": the job before the rank is the
                            # role, as before an honorific
                            found = self._title_before_honorific(lead + 1)
                            if found is not None:
                                role, affiliation = found
                    elif cut > 2 and text[cut] == " ":
                        # "Health Minister Dr. Sarah Achieng", "the WHO's regional director,
                        # Dr. Mohamed Keita": the title before the honorific is the role.
                        found = self._title_before_honorific(cut + 1)
                        if found is not None:
                            role, affiliation = found
                    if (
                        affiliation is None
                        and lead > 2
                        and role is not None
                        and (role.lower() in _POLITICIAN_ROLES or role.endswith(" governor"))
                        and (party := text[text.rfind(" ", 0, lead) + 1 : lead])
                        in _PARTY_ADJECTIVES
                    ):
                        affiliation = _PARTY_ADJECTIVES[party]  # "Republican Sen. Rand Paul"
                    elif affiliation is None and lead > 2 and holds_place_office(role):
                        affiliation = place_before(text, lead, self.lex)  # "Texas Gov. X"
            elif text.endswith((", ", ",\u00a0"), 0, s):
                # "Poland's foreign minister, Tomasz Wrona," / "its head, Peter Ophoff,"
                kind, role, affiliation = self._appos_before(s)
                if (
                    kind is None
                    and nxt == ","
                    and (
                        (
                            word_before[:-1] in _APPOS_ORG_NOUNS
                            and _APPOS_ORG_BEFORE.search(text, s - 90 if s > 90 else 0, s)
                        )
                        # "The LDP's coalition partner, Komeito, said": a party (not "his
                        # partner, X,")
                        or (word_before == "partner," and text.endswith(_COALITION_PARTNER, 0, s))
                    )
                ):
                    kind = _ORGANISATION  # "His team, Soudal Quick-Step, said"
            elif (
                before.org_noun
                and spaced
                and not (
                    # ("the railway station Gare Centrale": a place; "radio station X" one)
                    before.lower == "station" and not _broadcast_station(text, s)
                )
            ):
                kind = _ORGANISATION  # "the venture firm Ventures Platform"
            elif before.org_noun and spaced and before.lower == "station":
                kind = _PLACE  # "the railway station Gare Centrale"
            elif before.thing_noun and spaced and ntok == 1:
                return  # "the hormone EPO", "the drug Leqembi": a thing's name
            elif spaced and before.lower in _VESSELS:
                # "the ferry Doña Paz": a ship, where things happen, no actor
                kind = _PLACE
            elif spaced and word_before and cut >= s - 21 and len(word_before) == s - cut - 2:
                # "... of Name": the one word between two spaces is _previous_word's.
                prev_word = before.lower
                said_end = before.said_end
        if (
            kind is _PERSON
            and (role is None or role in HONORIFIC_ROLES or role in _RANKS)
            and nxt == ","
        ):
            # "Dr. Layla Amiri, a researcher at the Gulf Research Center": the job, not the
            # honorific, is the role.
            ae = past_age(text, e)  # ("X, 34, a street vendor who": past the age)
            job = self._appos_job(ae)
            if job is not None:
                role = job[0]
                if ae == e or not role.startswith("former "):
                    # (past an age, a former job's employer is no affiliation: "Choi, 58,
                    # a former World Bank economist, becomes prime minister")
                    affiliation = job[1] or affiliation
            elif (
                text.startswith(_DESCRIBED, ae)
                and (pm := _APPOS_PROFESSION.match(text, ae, ae + 80)) is not None
            ):
                role = _former(pm.group("job"), text[ae : pm.start("job")])  # "a chemist who"
        elif kind is _PERSON and affiliation is None and nxt == ",":
            # "Opposition leader X, general secretary of the Y,", "Political analyst X, a
            # lecturer at Y,": the title before stays the role, the apposed job's employer is
            # the affiliation
            job = self._appos_job(e)
            if job is not None and job[1] is not None:
                affiliation = job[1]
        if kind is None and nxt == " ":
            pair = text[e + 1 : e + 3]  # (the two characters after the space)
            if pair in _AFTER_PAIRS:
                noun = text[e + 1 : e + 14].split(" ", 1)[0].rstrip(".,;:)")
                if noun in _AREA_NOUNS:
                    kind = _PLACE  # "North Kivu province", "Kasese district"
                elif (
                    (
                        noun in _ORG_AFTER
                        # ("the ANP news agency": a noun of two words)
                        or " ".join(text[e + 1 : e + 30].split(" ", 2)[:2]).rstrip(".,;:)")
                        in _ORG_AFTER
                    )
                    and not name.endswith(_COMPOUND_ENDS)
                    # ("Spanish-language radio stations": an adjective, no name)
                    and not name[name.rfind("-") + 1 :].islower()
                    and not text[e + 2 + len(noun) : e + 3 + len(noun)].isupper()
                    # (not "a Swahili newspaper": an adjective, no name)
                    and not text.endswith((" a ", " an ", "A ", "An "), 0, s)
                ):
                    # "the Renovación Popular party" (not "Environmental group Walhi": a
                    # description of the name after it)
                    kind = _ORGANISATION
            elif pair[:1] == "(" and _TICKER_AFTER.match(text, e):
                kind = _ORGANISATION  # "Kestrel Mining (KMX.AX) rose": a company
            elif (
                text.startswith(("the ", "The "), s - 4 if s > 4 else 0, s)
                and pair[:1].islower()
                and _NOUNS_THEN_ORG.match(text, e) is not None
            ):
                kind = _ORGANISATION  # "the VDA auto industry association"
        if kind is None and self.employer_owners and s in self.employer_owners:
            kind = _ORGANISATION
        if (
            kind is None
            and ntok <= 2
            and spaced
            and text.endswith(GIVEN_NAME_ENDS, s - 24 if s > 24 else 0, s)
        ):
            # "a driver who gave his name only as Markus", "a woman identified only by her
            # first name, Amina": a person the text names by one word
            kind = _PERSON
        if kind is None and prev_word == "of":
            noun = _previous_word(text, s - 3)
            if noun in _SETTLEMENTS:
                kind = _PLACE  # "the village of Sungai Jariang"
            elif noun in _BRANCHES:
                kind = _ORGANISATION  # "the Brussels office of Hale Morrow"
        if kind is None:
            p = self.p
            n = len(text)
            comma = nxt == ","
            ae = past_age(text, e) if comma else e  # ("X, 34, a teacher, said")
            am = p.appos_title.match(text, ae, ae + 100 if ae + 100 < n else n) if comma else None
            title_end = am.end() if am is not None else 0
            title = am.group("title").lower() if am is not None else ""
            if (
                am is not None
                and title in _DESK_TITLES
                and (dm := _DESK_JOB.match(text, title_end, title_end + 60)) is not None
                and f"{title} {dm.group('job')}" in self.titles
            ):
                # "X, chief Latin America economist at Itau": a desk's region between the
                # title's words (the region no name the title is held by)
                title, title_end = f"{title} {dm.group('job')}", dm.end()
            elif am is not None and (
                _NAME_AFTER.match(text, am.end())
                or self._opening_place(s, prev_word)
                # "a developer from Beverly Hills, a fund manager from Irvine and a ...":
                # a list of people from places
                or (prev_word == "from" and _FROM_LIST.match(text, am.end()) is not None)
            ):
                # "In Tarvos, army commander Reza Kandil met": the title is his; "In Tarvos,
                # the commander said": the title describes no place.
                am = None
            # (", a ", ", the ": an apposition describing the name)
            described = (
                comma
                and am is None
                and (
                    text.startswith(_DESCRIBED, ae)
                    # ", Japan's largest business lobby,": an owner for the article
                    or (text[e + 2 : e + 3].isupper() and _OWNER_AHEAD in text[e + 3 : e + 30])
                )
            )
            if am is not None and ntok == 1 and name.isupper() and title in _OWNER_TITLES:
                kind = _ORGANISATION  # "IAG, the owner of British Airways,": a company
            elif am is not None:
                kind, role = _PERSON, self.titles.get(title)
                role = _former(role, text[am.start() : am.start("title")]) or None
                # "Gil Horowitz, an analyst at Bernstein": the employer.
                past = ae != e and role is not None and role.startswith("former ")  # (as above)
                affiliation = (
                    None
                    if past
                    else self._employer_after(title_end, role in _SPOKES, role in _COMPANY_OFFICERS)
                )
                if affiliation is not None and role and text.startswith(" now ", title_end):
                    # "X, a former NATO official now at the ECFR": NATO's former official
                    affiliation = self._employer_within(ae + 2, am.start("title"), role)
                elif affiliation is None and role and not past and am.start("title") - ae > 4:
                    # "X, the UN under-secretary-general for ...": the employer before
                    affiliation = self._employer_within(ae + 2, am.start("title"), role)
                elif affiliation is not None and role and text[title_end : title_end + 1] == " ":
                    role = _job_after_title(text, title_end, n, role)  # "head of research at"
            elif described and org_apposed(p.appos_org.match(text, e, e + 80), text):
                kind = _ORGANISATION  # "Voltara, the state grid operator,"
            elif (ntok == 1 and name in self.party_plurals and _party_alone(text, e, name)) or (
                1 < ntok <= 3 and name.rpartition(" ")[2] in self.party_plurals
            ):
                kind = _ORGANISATION  # "the Greens", "the Liberal Democrats"
            elif comma and (job := self._appos_job(ae, titled=False)) is not None:
                # "Farida Akter, a hydrologist at the Bangladesh University ..."
                kind, role, affiliation = _PERSON, job[0], job[1]
            elif described and (pm := _APPOS_PROFESSION.match(text, ae, ae + 80)) is not None:
                # "X, a chemist who"
                kind, role = _PERSON, _former(pm.group("job"), text[ae : pm.start("job")])
            elif (
                (
                    _cue_may_follow(text, e, p.cue_after_prefixes)
                    and p.cue_after.match(text, e, e + 160 if e + 160 < n else n)
                    # "a resident of Djibo said", "meteorologists at MetSul warned": a name
                    # after a preposition is no subject.
                    and (
                        prev_word := prev_word if prev_word is not None else _previous_word(text, s)
                    )
                    not in self.not_subject
                )
                or (
                    not initial
                    and (
                        said_end
                        if said_end is not None
                        else text[s - 20 if s > 20 else 0 : s].rstrip().endswith(_SAID_ENDS)
                    )
                    and p.said_before.search(text, s - 20 if s > 20 else 0, s)
                )
            ):
                kind = _PERSON
                if ntok >= 2 and name[name.rfind(" ") + 1 :] in self.club_heads:
                    kind = _ORGANISATION  # "Stoke City said": no person's name
                elif ntok == 1 and name in self.v.organisation_heads:
                    kind = _ORGANISATION  # "the Assembly rejected the plan"
                elif ntok == 1 and 1 < len(name) < 7 and name.isupper() and name.isalpha():
                    kind = _ORGANISATION  # "according to CME's FedWatch tool"
                elif ntok == 1 and hyphened_acronym(name):
                    kind = _ORGANISATION  # "The AFL-CIO said"
                elif text.startswith(DATA_NOUNS, e):
                    kind = _ORGANISATION  # "according to Tradeweb data": its source
            elif (
                not initial
                and (prev_word := prev_word if prev_word is not None else _previous_word(text, s))
                in self.prepositions
                and p.prep_before.search(text, s - 16 if s > 16 else 0, s)
                # "outside Tomas Varga's office", "at Kopp's request": an owner, no place.
                and not _is_owner(text, e)
            ):
                if prev_word == "at" and (s in self.employers_at or self._employer_at(s - 3)):
                    kind = _ORGANISATION  # "an analyst at Berenberg"
                elif prev_word == "in" and (noun := _previous_word(text, s - 3)) in _HOLDINGS:
                    kind = _ORGANISATION  # "shares in Nordlys", "a stake in Octel"
                elif prev_word == "in" and noun in _AWARDS:
                    pass  # "the Nobel Prize in Chemistry": a field, no place
                elif ntok >= 2 and prev_word in _PERSON_PREPOSITIONS:
                    # "a cross from Bukayo Saka"; not "a businessman from São Paulo"
                    noun = _previous_word(text, s - len(prev_word) - 1)
                    people_noun = noun.endswith(("man", "men")) or (
                        noun in self.people_nouns or noun + "s" in self.people_nouns
                    )
                    kind = (
                        _PLACE
                        # ("flew from Salt Lake City to Bozeman": a city's word ends it)
                        if people_noun or name[name.rfind(" ") + 1 :] in self.club_heads
                        else _PERSON
                    )
                elif (
                    ntok >= 2
                    and prev_word == "to"
                    and _previous_word(text, s - 3) in TO_PERSON_WORDS
                ):
                    kind = _PERSON  # "spoke to Tom Hale", "injuries to Tom Hale and X"
                elif ntok == 1 and prev_word in _NOT_PLACE_PREPOSITIONS:
                    # "a message to Bush", "sold to Nestle": no place; an unknown name, kept
                    # if it names a person of the article ("sold to DPC": a company).
                    if (
                        name.isalpha()
                        and name.isupper()
                        and len(name) > 1
                        and not _rating_grade(text, s, e, name)
                    ):
                        kind = _ORGANISATION
                else:
                    kind = _PLACE
            elif ntok >= 2:
                # Capitalised words, name particles between them ("Jurie de Wet"). Not
                # in capitals: a dateline or a heading ("DAR ES SALAAM"), kept only if it
                # names a person of the article.
                # Not with a club's last word ("Stoke City": a club or a place), nor with a
                # digit (a model: "MQ-9 Reaper", "Su-35 Flanker"), nor opening a quote
                # ('"Young Tamils voted for change," said X': kept only if it names a
                # person of the article).
                if (
                    not name.isupper()
                    and name[name.rfind(" ") + 1 :] not in self.club_heads
                    and _DIGITS.isdisjoint(name)
                    and not _opens_quote(text, s)
                    and all(
                        w[:1].isupper() or "-" in w or w in self.particles for w in name.split()
                    )
                    # ("Blackwell AI supercomputers": a thing's name)
                    and name[name.rfind(" ") + 1 :] not in _THING_ABBREVIATIONS
                    # ("the Oruc Reis", "builds the Jeep Wagoneer": a person's name takes
                    # no article; a ship's, a product's does; "the Rashtriya Janata Dal
                    # (RJD)" is an organisation, found by its letters)
                    and not (
                        s > 4
                        and text[s - 4 : s] in _THE
                        and not text.startswith(" (", e)
                        # ("the Foreign Affairs Department": a body's name, read as before)
                        and name[name.rfind(" ") + 1 :] not in self.v.organisation_heads
                        # ("the Elian Gonzalez custody battle": a person's name as a
                        # modifier of a matter of theirs)
                        and text[e + 1 : e + 24].split(" ", 1)[0] not in _PERSONS_MATTERS
                    )
                ):
                    kind, guessed = _PERSON, True
            elif (
                not initial
                and ((name.isalpha() and len(name) > 1) or hyphened_acronym(name))
                and name.isupper()  # ("the AFL-CIO", "ZANU-PF")
                # (not a dateline's second city: "NEW YORK/FRANKFURT (Reuters) -", which,
                # like the first, is no organisation)
                and not (s > 1 and text[s - 1] == "/" and text[s - 2].isupper())
                # (nor a credit rating's grade: "cut its rating to BBB")
                and not _rating_grade(text, s, e, name)
            ):
                kind = _ORGANISATION
        # A listed club's one-word form standing alone ("Arsenal", "Spurs"): canonical
        # decides whether the article makes it the club (not after a title: a person).
        club = self.clubs.get(name) if ntok == 1 and pending is None else None
        if affiliation is None:
            affiliation = of
        if affiliation is None and text.startswith(_PARTY_STATE_OPENINGS, e):
            pm = _PARTY_STATE.match(text, e)
            if pm is not None:
                # "Sen. Ted Cruz, R-Texas,", "Rep. X (D-Calif.)": the party's member
                affiliation = _PARTY_ADJECTIVES[_PARTY_LETTERS[pm.group(1)]]
                kind = _PERSON
        if (
            affiliation is None
            and role in _STATE_HEADS
            and kind is _PERSON
            and _THE_HEAD.search(text, s - 40 if s > 40 else 0, s) is not None
        ):
            affiliation = self._near_country(s)  # "Qatar hosted ... The emir, Sheikh X,"
        self.out.append(
            Raw(s, e, kind, name, False, role, affiliation, None, None, initial, guessed, club)
        )


_BROADCAST = (
    "radio station ",
    "television station ",
    "TV station ",
    "Radio station ",
    "member station ",
)


def _broadcast_station(text: str, s: int) -> bool:
    """Whether "station" before the name at ``s`` is a broadcaster's ("radio station X")."""
    return text.endswith(_BROADCAST, s - 20 if s > 20 else 0, s)
