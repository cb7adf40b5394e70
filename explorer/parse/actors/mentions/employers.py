"""The run scanner's employer rules: the organisation a title or a job belongs to, named
after it ("an analyst at X", "spokesman for the X") or before it ("Kestrel Chief Executive
Officer Laura Brennan"), and the apposed job that replaces a title's role."""

from __future__ import annotations

import re

from explorer.model import ActorKind
from explorer.parse.actors.mentions.actions import _Action, _KnownAt, _memo_action, _RankEnd
from explorer.parse.actors.mentions.raw import Raw, is_initial
from explorer.parse.actors.mentions.state import _ScanState
from explorer.parse.actors.mentions.tables import (
    _EMPLOYEE_TITLES,
    _EMPLOYERS,
    _NOT_PROFESSION,
    _ORG_NOUNS,
    _PARTY_ADJECTIVES,
    _PARTY_ROLES,
    _POLITICIAN_ROLES,
    _PROFESSION_ENDS,
    _SPOKES,
)
from explorer.parse.actors.mentions.words import _abbreviation, _former, _is_owner, _previous_word
from explorer.parse.actors.runs import Known, Name, UnknownOrg, without_possessive

_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION

# ", Save the Children's country director": an owner of several words with lower-case ones
# inside, its possessive, then a title of lower-case words.
_LISTED_OWNER_TITLE = re.compile(
    r",\s+(?P<org>[A-Z][\w\-]*(?:\s+[\w\-]+){1,4}?)(?:['’]s|(?<=s)['’])\s+"
    r"(?P<title>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*){0,2})(?=,|\.|\s+said\b)"
)


def _owner_then_words(text: str, m: re.Match[str], hi: int) -> bool:
    """Whether the run ``m`` is an owner's, then one or two lower-case words of the title
    up to ``hi``: "NAME, MSF’s medical coordinator in Chad", "Britain's former envoy"."""
    if not m.group().endswith(("’s", "'s")):
        return False
    words = text[m.end() : hi].split()
    return 0 < len(words) <= 2 and all(w.isalpha() and w.islower() for w in words)


# More titles a one-word owner's possessive makes its employer's ("X, Tunebox's head of
# policy", "Norvik's chief legal officer").
# Titles only a body's officer holds: "chief executive of NAME" names a company.
_COMPANY_OFFICERS = frozenset(
    {"chief executive", "chief executive officer", "ceo", "chief financial officer", "cfo"}
    | {"chief operating officer", "coo", "chief technology officer", "cto", "founder"}
    | {"co-founder", "managing director", "chief economist", "general counsel"}
    # (heads of any body: "president of Lilly Neuroscience" is no person's president)
    | {"president", "chairman", "chairwoman", "chair", "director", "executive director"}
)
_NAME_GOES_ON = re.compile(r" (?:to|of|for|and|de|on) (?:the )?[A-Z]")
_HEADS = frozenset({"head", "chief legal officer", "general counsel", "chief scientist"})
# Prepositions before a title's employer ("an analyst at X"); a spokesman's also "for".
_PREPOSITIONS = (" at the ", " of the ", " with the ", " at ", " of ", " with ")
_FOR_PREPOSITIONS = (*_PREPOSITIONS, " for the ", " for ")
# A title's field of one or two lower-case words, then its employer: "(head of)
# communications for the", "(director of) public affairs at".
_FIELD_THEN_EMPLOYER = re.compile(r"[a-z][a-z\-]*(?: [a-z][a-z\-]*)? (?:for|at|with) (?:the )?")
# An appositive job after a name, before "at" and its employer: "Farida Akter, a hydrologist
# at ...", "Dr. Priya Raman, a planetary scientist at ...": a profession-like noun.
# A job noun after an apposed title before the employer ("NAME, chief currency strategist
# at X": a chief currency strategist, no chief), and the field of a head or director ("NAME,
# head of U.S. rates strategy at X": head of U.S. rates strategy, not the head of X).
_JOB_AFTER_TITLE = re.compile(
    r" ((?:[a-z][\w\-]* ){0,2}[a-z][\w\-]*(?:ist|er|or|ian))(?= (?:at|for|with) )"
)
_FIELD_WORD = r" (?!(?:at|for|with) )(?:(?:[A-Z]\.)+|[a-z][\w\-]*)"
# (a capitalised first word, or two of a region's name, only before a lower-case one: "of
# European rates strategy at", "of Latin America fixed income strategy at", not "president
# of Nordlys for two years")
_FIELD_AFTER_HEAD = re.compile(
    r" of ((?!(?:the|a|an|its|his|her|their) )"
    rf"(?:[a-z][\w\-]*(?:{_FIELD_WORD}){{0,3}}"
    rf"|(?:(?:[A-Z]\.)+|[A-Z][\w\-]*(?: [A-Z][\w\-]*)?)(?:{_FIELD_WORD}){{1,3}}))"
    r" (?:at|for|with) (?:the )?"
)
_FIELD_HEADS = ("head", "chief", "director")
_APPOS_JOB = re.compile(
    r",\s+(?:a|an|the)\s+(?:[\w’'\-]+\s+){0,3}?(?P<job>[a-z][\w\-]*(?:ist|er|or|ian))(?= at )"
)
_EMPLOYER_DESCRIPTION = re.compile(
    r"(?:[A-Z][\w’'.\-]*-(?:based|owned|run|funded|backed) |[A-Z][a-z]+ (?=[a-z])|[a-z][a-z\-]* )"
    r"{0,3}?(?:"
    + "|".join(
        sorted({*_ORG_NOUNS, "think tank", "group", *_PARTY_ROLES}, key=lambda w: (-len(w), w))
    )
    + r") (?=[A-Z])"
)
# Modifiers before an employer's name after its title's preposition ("of the far-right
# Alternative for Germany", "at the Munich-based Ifo institute", "of the ruling X").
_EMPLOYER_MODIFIERS = re.compile(
    r"(?:(?:[a-z]+(?:-[a-z]+)+|[A-Z][\w’'.\-]*-(?:based|owned|run|funded|backed|led)"
    r"|ruling|governing|main|opposition) )+(?=[A-Z])"
    # "the leader of Yoon's own People Power Party": a person's own organisation
    r"|[A-Z][\w\-]*(?:'s|’s) own (?=[A-Z])"
)


def _after_capitalised(text: str, i: int) -> bool:
    """Whether the word at ``i`` follows a capitalised word (of the same name)."""
    if i < 2 or text[i - 1] != " ":
        return False
    cut = text.rfind(" ", 0, i - 1)
    return text[cut + 1 : cut + 2].isupper()


def _job_after_title(text: str, end: int, hi: int, role: str) -> str:
    """``role`` with the job noun or field after its title ending at ``end`` before the
    employer: "chief currency strategist at X", "head of research at X" (else the role)."""
    if text.startswith(" of ", end):
        if role.endswith(_FIELD_HEADS):
            fm = _FIELD_AFTER_HEAD.match(text, end, hi)
            if fm is not None:
                return f"{role} of {fm.group(1)}"
        return role
    jm = _JOB_AFTER_TITLE.match(text, end, hi)
    return role if jm is None else f"{role} {jm.group(1)}"


# A legislature's chamber before the title of its officers: "Senate Majority Leader X",
# "House Speaker Y" (canonical names the article's chamber).
_CHAMBERS = frozenset({"Senate", "House"})
_CHAMBER_TITLES = frozenset(
    {"majority leader", "minority leader", "speaker", "majority whip", "minority whip"}
)


class _EmployerRules(_ScanState):
    """The employer rules of the run scan (see the module)."""

    def _employer_at(self, at: int) -> bool:
        """Whether "at" (ending at ``at``) follows a job: right before it ("an analyst at
        Berenberg", "a virologist at Halden Institutet"), or in the apposition it ends
        ("Mia Lund, head of equities research at Fjordbank")."""
        text = self.text
        noun = _previous_word(text, at)
        if noun in self.employee_nouns or (
            noun.endswith(_PROFESSION_ENDS) and not noun.endswith(_NOT_PROFESSION)
        ):
            return True
        comma = text.rfind(", ", at - 60 if at > 60 else 0, at)
        if comma < 0:
            return False
        words = text[comma + 2 : at].split()
        return len(words) <= 8 and any(w in self.employee_nouns for w in words)

    def _employer_before(
        self, rs: int, step: Name, pending: tuple[str | None, str | None]
    ) -> tuple[str | None, str | None]:
        """``pending`` with the employer a title in the run names before ``step``: a
        one-word unknown name right before the title ("Kestrel Chief Executive Officer
        Laura Brennan", "Hoshida President Takeshi Yamamoto")."""
        prev = self.out[-1]
        if prev.kind is not None or prev.known or prev.end < rs:
            return pending
        text = self.text
        title = text[prev.end : rs + step.start].strip()
        chamber = prev.name in _CHAMBERS and title.lower() in _CHAMBER_TITLES
        if (
            text[prev.end : prev.end + 1] != " "
            or not title
            or " ".join(title.lower().split()) not in _EMPLOYEE_TITLES
            or not self._employer_name(prev, capital_title=True)
        ) and not chamber:
            return pending  # (but "Senate Majority Leader X", "House Speaker Y": the chamber's)
        prev.kind = _ORGANISATION
        prev.chamber = chamber  # (the article's chamber: canonical decides which)
        return pending[0], prev.name

    def _employer_name(self, prev: Raw, capital_title: bool = False, officer: bool = False) -> bool:
        """Whether the unknown name ``prev``, right before an employee's title, can be the
        employer: one word, not opening its sentence ("Veteran coach X"), unless a club's
        name, an abbreviation ("CUT president X"), a word the text capitalises elsewhere
        too ("Boca coach X" ... "beat Boca", "club Genk" ... "Genk coach X") or, before a
        capitalised title, a word it never writes in lower case ("Hoshida President X"; not
        "Veteran Coach X" ... "the veteran")."""
        name = prev.name
        if " " in name or name.lower() in self.title_modifiers:
            return False  # "Former President X", "Acting Director X"
        if (
            not prev.initial
            or prev.club is not None
            or (name.isupper() and len(name) > 1)
            or name in self.v.organisation_heads  # "Commission spokeswoman X"
        ):
            return True
        text = self.text
        if capital_title and f" {name.lower()} " not in text:
            return True
        if officer and f" {name.lower()} " not in text and text.count(name) > 1:
            return True  # "Flydubai, the ... carrier," ... "Flydubai chief executive X"
        # (before it too: "Belgian club Genk" ... "Genk coach X")
        i = text.find(name)
        while i >= 0:
            end = i + len(name)
            if (
                i != prev.start
                and (i == 0 or not text[i - 1].isalnum())
                # (before it, standing alone: not "Manchester City" ... "City manager X")
                and (i > prev.start or not _after_capitalised(text, i))
                and not (end < len(text) and text[end].isalnum())
                and not is_initial(text, i)
            ):
                return True
            i = text.find(name, end)
        return False

    def _appos_job(self, e: int, titled: bool = True) -> tuple[str, str | None] | None:
        """The role and employer of an appositive job after a name ending at ``e`` before a
        comma: a listed title ("..., the foreign minister of the United Arab Emirates"; not
        tried unless ``titled``) or a profession-like noun before "at" ("..., a
        hydrologist at ..."), else None."""
        text = self.text
        if not text.startswith(",", e):
            return None
        hi = e + 100 if e + 100 < len(text) else len(text)
        if titled:
            am = self.p.appos_title.match(text, e, hi)
            if am is not None:
                role = self.titles.get(am.group("title").lower())
                if role:
                    t = am.start("title")
                    role = _former(role, text[e:t]) or role
                    employer = self._employer_after(
                        am.end(), role in _SPOKES, role in _COMPANY_OFFICERS
                    )
                    if employer is None and t - e > 4:
                        employer = self._employer_within(e + 2, t, role)
                    if employer is not None and text[am.end() : am.end() + 1] == " ":
                        role = _job_after_title(text, am.end(), hi, role)
                    return role, employer
        if (" the " in text[e:hi] or "s' " in text[e:hi] or "s’ " in text[e:hi]) and (
            lm := _LISTED_OWNER_TITLE.match(text, e, hi)
        ) is not None:
            # "NAME, Save the Children's country director": a listed organisation's name
            # with lower-case words inside, then its title
            words = lm.group("title").split()
            for k in range(len(words)):
                role = self.titles.get(" ".join(words[k:]))
                if role:
                    employer = self._listed_owner(lm.start("org"), lm.start("title"))
                    if employer is not None:
                        return " ".join((*words[:k], role)), employer
                    break
        if " at " not in text[e:hi]:
            return None
        jm = _APPOS_JOB.match(text, e, hi)
        if jm is None:
            return None
        employer = self._employer_after(jm.end())
        if employer is None:
            return None
        return _former(jm.group("job"), text[e : jm.start("job")]) or jm.group("job"), employer

    def _listed_owner(self, lo: int, hi: int) -> str | None:
        """The listed organisation whose name, with lower-case words inside it ("Save the
        Children", "Doctors Without Borders"), owns the title at ``hi`` from ``lo``: "NAME,
        Save the Children's country director"."""
        text = self.text
        own = max(text.rfind("'s ", lo, hi), text.rfind("’s ", lo, hi))
        if own < 0:
            own = max(text.rfind("s' ", lo, hi), text.rfind("s’ ", lo, hi)) + 1
        if own <= lo or ((rest := text[own + 3 : hi].strip()) and not rest.islower()):
            return None
        action = _memo_action(text[lo:own], self.lex, self.v.stopwords)
        if isinstance(action, _KnownAt) and action.kind in _EMPLOYERS and action.end == own - lo:
            return action.id
        return None

    def _employer_within(self, lo: int, hi: int, role: str) -> str | None:
        """The country or organisation named by capitalised words between ``lo`` and the
        title of ``role`` at ``hi`` in an apposition ("NAME, the UN under-secretary-general
        for ...", "NAME, a former NATO secretary-general", "NAME, the Halden Bank chief
        economist"): a known one, an unknown organisation's name, or an abbreviation (or
        one word before an employee's title: "NAME, the Walhi campaigner")."""
        text = self.text
        m = self.p.run_from_capital.search(text, lo, hi)
        if m is None:
            return None
        between = text[m.end() : hi].strip(" ’'s")
        if between and (listed := self._listed_owner(m.start(), hi)) is not None:
            return listed  # "NAME, Save the Children's country director"
        if (
            between
            and not _owner_then_words(text, m, hi)
            # ("NAME, the Saudi deputy defence minister,": a modifier before the title)
            and not all(w in self.title_modifiers for w in between.split())
        ):
            return None  # (the name right before the title, or its possessive: no comma)
        run = without_possessive(m.group())
        action = _memo_action(run, self.lex, self.v.stopwords)
        if isinstance(action, _KnownAt):
            return action.id if action.kind in _EMPLOYERS and action.end == len(run) else None
        if isinstance(action, int):
            if action != len(run):
                return None
            if run in _PARTY_ADJECTIVES and role.lower() in _POLITICIAN_ROLES:
                return _PARTY_ADJECTIVES[run]  # "NAME, a Republican lawmaker,"
            if _is_owner(text, m.end() - 2) and (
                role in _EMPLOYEE_TITLES or role in _HEADS or run in self.v.organisation_heads
            ):
                # "NAME, Tunebox's head of global affairs": the owner is an organisation
                # (made one where the scan reaches its word); so is an organisation's word
                # ("NAME, the Commission's executive vice president": the article's one)
                self.employer_owners.add(m.start())
                return run
            if _abbreviation(run) or role in _EMPLOYEE_TITLES:
                return run
            return None
        if action and len(action) == 1 and type(action[0]) is UnknownOrg:
            return run[action[0].start : action[0].end]
        return None

    def _employer_after(self, pos: int, spokes: bool = False, officer: bool = False) -> str | None:
        """The organisation or country named right after a title at ``pos`` ("... an
        analyst at Bernstein", "chief economist at the Halden Bank", "of Kenya"); after
        "for" too where ``spokes`` (a spokesman's: "a spokesman for the agency"), or before a
        known organisation ("regional director for the World Health Organization"). After a
        company officer's title (``officer``: "chief executive of Creative Strategies"), a
        name of no known kind is the company's."""
        text = self.text
        preps = _FOR_PREPOSITIONS
        if (
            text.startswith(" in ", pos)
            and text[pos + 4 : pos + 5].islower()
            and (at := text.find(" at ", pos + 4, pos + 44)) > 0
            and text[pos + 4 : at].islower()
            and text[pos + 4 : at].replace(" ", "").replace("-", "").isalpha()
        ):
            pos = at  # "a lecturer in environmental law at X": the field, then the employer
        for _ in range(3):  # (past two lower-case words: "chief| economist at")
            for prep in preps:
                if text.startswith(prep, pos):
                    break
            else:
                nxt = text.find(" ", pos + 1, pos + 24)
                if nxt < 0 or not text[pos + 1 : nxt].isalpha() or not text[pos + 1].islower():
                    return None
                pos = nxt
                continue
            break
        else:
            return None
        start = pos + len(prep)
        if prep == " of " and text[start : start + 1].islower():
            # "head of communications for the World Food Programme": the field, then the
            # employer after "for"/"at"
            field = _FIELD_THEN_EMPLOYER.match(text, start)
            if field is not None:
                start = field.end()
        elif prep == " of " and (field := _FIELD_AFTER_HEAD.match(text, pos)) is not None:
            start = field.end()  # "head of European rates strategy at Nordlys Bank"
        if prep == " of " and text.endswith((" at ", " at the "), pos, start):
            prep = " at "  # (past the field, a name after "at" is the employer's)
        described = False
        # (an anchored match, tried only after a title's preposition: cheap)
        dm = _EMPLOYER_DESCRIPTION.match(text, start, start + 80)
        if dm is not None:
            start, described = dm.end(), True
        elif (mm := _EMPLOYER_MODIFIERS.match(text, start, start + 60)) is not None:
            # "co-leader of the far-right Alternative for Germany", "president of the
            # Munich-based Ifo institute": an organisation's name after its modifiers
            start, described = mm.end(), True
        m = self.p.run_from_capital.match(text, start)
        if m is None:
            if (
                prep == " of "
                and (at := text.find(" at ", start, start + 40)) > 0
                and text[start:at].replace(" ", "").isalpha()
                and text[start].islower()
            ):
                # "head of threat research at the British firm X": the employer after
                # "at", past the lower-case words of the job
                return self._employer_after(at)
            return None
        run = m.group()
        got = _memo_action(run, self.lex, self.v.stopwords)
        if isinstance(got, _RankEnd):
            action: _Action = got.dotted if text.startswith(".", m.end()) else got.plain
        else:
            action = got
        found: str | None = None
        country = False
        known = False  # (found in the lexicon)
        if isinstance(action, _KnownAt):
            if action.kind in _EMPLOYERS:
                found, country = action.id, action.kind is _COUNTRY
                known = True
        elif isinstance(action, int):
            found = run[:action]
        elif action:
            first = action[0]
            if type(first) is UnknownOrg and first.start == 0:
                found = run[: first.end]
            elif (
                type(first) is Name
                and first.start == 0
                and not first.titled
                and (
                    prep == " at "
                    or described
                    or (
                        officer
                        and prep.startswith(" of")
                        and first.end == len(run)
                        # ("founder of Brothers to the Rescue": more of the name follows)
                        and _NAME_GOES_ON.match(text, m.end()) is None
                    )
                )
            ):
                # "a researcher at Sciences Po", "the consultancy Plusmining": an organisation
                found = run[: first.end]
                if not described and prep.startswith(" of"):
                    described = True  # (made an organisation below, as described ones)
            elif type(first) is Known and first.start == 0 and first.entry.kind in _EMPLOYERS:
                found, country = first.entry.id, first.entry.kind is _COUNTRY
                known = True
                second = action[1] if len(action) > 1 else None
                if (
                    country
                    and second is not None
                    and type(second) is not Name
                    and run[first.end : second.start].strip(" ’'s") == ""
                    and (
                        (type(second) is UnknownOrg and second.affiliation == found)
                        or (type(second) is Known and second.entry.kind in _EMPLOYERS)
                    )
                ):
                    # "a spokesman for Kenya's Interior Ministry": the country's body
                    if type(second) is Known:
                        found = second.entry.id
                    else:
                        found = run[second.start : second.end]
                    country = False
        if (
            found is None
            or (
                prep.startswith(" for")
                and not spokes
                # (not "a lawyer for the White House secretary": a noun the name modifies)
                and (country or not known or text[m.end() + 1 : m.end() + 2].islower())
            )
        ):
            # ("the envoy for Syria", "director for Europe": a field, no employer; "director
            # for Asia at the IMF": the employer after "at")
            if (
                prep.startswith(" for")
                and (at := text.find(" at ", start, start + 40)) > 0
                and not any(c in text[start:at] for c in ",.;")
            ):
                return self._employer_after(at)
            return None
        if country and prep.startswith(" of"):
            # "head of Japan equities research at Jefferies": the employer after "at", in
            # the same phrase, beats a country in the job.
            at = text.find(" at ", m.end(), m.end() + 60)
            if at > 0 and not any(c in text[m.end() : at] for c in ",.;"):
                found = self._employer_after(at) or found
        elif prep.startswith(" at"):
            self.employers_at.add(start)  # (a name there is no place: "at Jefferies")
        if described and not country:
            # "the Kandy-based think tank Orvane Policy Forum": an organisation, whatever
            # its words look like
            self.employer_owners.add(start)
        return found
