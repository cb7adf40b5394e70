"""Whose title a person holds: the owner of "its director", "their spokesman", "the
agency's head, NAME" (the organisation or country named before it, by sentences), and the
company of an officer of no affiliation ("Chief Financial Officer Yuko Arai": the
company named near, else the article's company).

Apart: these look back over the text's sentences and mentions once every name is merged;
they hold their own sentence splitter (_sentence_start).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from explorer.model import Mention
from explorer.parse.actors.canonical.owner_nouns import owned_by_other
from explorer.parse.actors.canonical.records import _COUNTRY, _ORGANISATION, _START, _Acc
from explorer.parse.actors.data import load_toml
from explorer.parse.actors.mentions.tables import PARTY_IDS

# Roles of a company's officers, whose company an article about one need not name again
# ("Chief Financial Officer Yuko Arai told an earnings briefing").
_OFFICER_ROLES = frozenset(
    {"chief executive", "chief financial officer", "chief operating officer"}
    | {"chief technology officer", "chief investment officer", "chief marketing officer"}
    | {"chairman", "chairwoman", "executive chairman", "general counsel"}
    | {"board member", "board president", "board chair", "board chairman"}  # (its board)
)
# Words of the organisations named around a company's news that employ none of its
# officers: markets, indices, courts, ministries, the wires that report it ("... on the
# Tokyo Stock Exchange. Chief Executive X said", "X told Reuters").
_NO_EMPLOYER = frozenset(
    {"Exchange", "Nasdaq", "NYSE", "Nikkei", "Index", "Court", "Ministry", "Reuters"}
    | {"Bloomberg", "AFP", "Associated", "Jones", "Commission"}
    # (a government's agency: "The Food and Drug Administration found ... Chief Executive
    # Officer X said" is the drugmaker's officer)
    | {"Administration", "Agency", "Department", "Bureau", "Congress", "Parliament"}
)
# A quotation (its marks included).
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
# How far into the text the lead runs (the headline, the dateline, the first paragraph).
_LEAD_CHARS = 600
# "Its director general, NAME": a title after "its"/"their" right before a name (the title
# tested by the caller: a role found for the name).
_ITS_TITLE = re.compile(r"(?<![\w’'\-])(?:[Ii]ts|[Tt]heir|whose)\s+[^,;:.!?“”\"()]{1,80},\s+$")
# "its executive director NAME": "its"/"their", then the lower-case words of a title right
# before the name, no comma.
# Or a sentence opened by "Team": "Team manager NAME said" (the team the text described so
# before, "His team, Velora, ...", as for "the team's manager, NAME,"; no other body).
_ITS_BARE_TITLE = re.compile(
    r"(?:(?<![\w’'\-])(?:[Ii]ts|[Tt]heir)|(?<![^\n.”\"] )(?<!\w)(?P<noun>Team))"
    r"\s+(?:[a-z][\w\-]*\s+){1,4}$"
)
# A title before a name, after the space of a comma: "General ", "Air Marshal ", "Lt. Gen. ".
_TITLE_WORDS = re.compile(r" (?:(?:[A-Z][a-z]{0,4}\.\s*){1,2}|(?:[A-Z][\w’'\-]*\s+){1,3})")


@lru_cache(maxsize=1)
def _owner_titles() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "The agency's head, NAME" (a title after "the" and an organisation's noun, right
    before a name) and, after a name, ", its chief executive" / ", the group's Indonesia
    director": the organisation's noun (group "noun") missing for "its"/"their"."""
    extra = load_toml("vocabulary.toml")
    nouns = sorted({*extra["company_nouns"], *extra["organisation_nouns"], *extra["owner_nouns"]})
    noun = "|".join(nouns)
    before = re.compile(
        rf"(?<![\w’'\-])[Tt]he\s+(?P<noun>{noun})[’']s\s+[^,;:.!?“”\"()]{{1,60}},\s+$"
    )
    after = re.compile(rf",\s+(?:[Ii]ts|[Tt]heir|[Tt]he\s+(?P<noun>{noun})[’']s)\s+[a-zA-Z]")
    return before, after


# The end of a sentence before a capital or an opening quote, or a line break.
_SENTENCE_END = re.compile(r"[.!?][”\"’')]*\s+(?=[“\"‘'`A-Z\u00C0-\u00DE])|\n\s*")
# Words whose dot ends no sentence ("Gen. Raúl Mendoza", "Sept. 17").
_DOT_WORDS = frozenset(
    {
        *("Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Gen", "Lt", "Col", "Capt", "Sgt"),
        *("Gov", "Sen", "Rep", "Prof", "Rev", "No", "Jan", "Feb", "Aug", "Sept", "Sep"),
        *("Oct", "Nov", "Dec", "vs"),
    }
)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts (a dot after an abbreviation, "U.S." or
    "Gen.", ends none)."""
    # (Most sentences are short: a window of 250 characters first, then one of 600.)
    for back in (250, 600):
        lo = max(0, pos - back)
        start = lo
        # (To pos + 1: the lookahead sees the character at pos.)
        for m in _SENTENCE_END.finditer(text, lo, pos + 1):
            if m.end() > pos:
                break
            if text[m.start()] == ".":
                word = text[text.rfind(" ", lo, m.start()) + 1 : m.start()]
                if "." in word or len(word) <= 1 or word in _DOT_WORDS:
                    continue
            start = m.end()
        if start > lo + 20 or lo == 0:  # (an end found well inside the window)
            return start
    return start


# Nouns of bodies whose names hold the noun ("University of Kent", "Mineworkers Union"):
# an organisation named so before owns "the university's principal" before a nearer one
# named otherwise (not "party", "club": "the Conservatives", "Boca Juniors").
NAMED_NOUNS = frozenset(
    {"university", "union", "school", "hospital", "institute", "foundation", "association"}
    # ("the Mineworkers' Provident Fund ... [the Treasury, a paragraph] ... The fund's
    # chairman, X,": the fund's, not the Treasury's)
    | {"fund", "federation", "council", "chamber"}
)


def _named_owner(at: int, mentions: list[Mention], accs: dict[str, _Acc], noun: str) -> str | None:
    """The one organisation named before ``at`` whose name holds the noun of "the union's
    deputy general secretary" ("the National Union of Metalworkers (Numsa)" paragraphs
    before), where none is within the reach of :func:`_its_owner`; else None."""
    word = noun[:1].upper() + noun[1:]
    found = {
        m.actor_id
        for m in mentions[: bisect_left(mentions, at, key=_START)]
        if word in m.actor_id.split()
        and (acc := accs.get(m.actor_id)) is not None
        and acc.kind is _ORGANISATION
    }
    return found.pop() if len(found) == 1 else None


def _described_owner(
    text: str, at: int, mentions: list[Mention], accs: dict[str, _Acc], noun: str
) -> str | None:
    """The organisation of "the association's head" at ``at`` that the text described with
    the same noun in its paragraph or the one before ("The consumer association VZBV
    urged ... said NAME, the association's chief executive", "His team, Velora, ..."): the
    nearest such, though another organisation is named in between; else None."""
    para = text.rfind("\n", 0, at)
    para = text.rfind("\n", 0, para - 1) if para > 0 else 0
    lo = max(para, 0)
    n = len(noun)
    for m in reversed(
        mentions[bisect_left(mentions, lo, key=_START) : bisect_left(mentions, at, key=_START)]
    ):
        acc = accs.get(m.actor_id)
        if acc is None or acc.kind is not _ORGANISATION:
            continue
        if (
            text[m.start - n - 1 : m.start - 1].lower() == noun
            or text[m.end + 1 : m.end + 1 + n].lower() == noun
            # (its apposition: "His team, Velora Norte, fired him")
            or text[m.start - n - 2 : m.start - 1].lower() == noun + ","
        ):
            return m.actor_id
    return None


# A sentence opening with a description ("The army-aligned government ..."): a name in its
# first words may be the subject's ("The state-run oil firm Petrobras said"), no later one.
_DESCRIBED_SUBJECT = re.compile(r"\s*[“\"]?(?:The|A|An) [a-z]")
_SUBJECT_WORDS = 6
# The nouns of bodies that have officers ("its foreign minister", "its chairman").
_OWNER_NOUNS = frozenset(
    [
        "government",
        "administration",
        "junta",
        "cabinet",
        "regime",
        "authorities",
        "company",
        "firm",
        "group",
        "party",
        "ministry",
        "council",
        "movement",
        "organisation",
        "organization",
        "agency",
        "union",
        "alliance",
        "coalition",
        "authority",
        "militia",
        "army",
    ]
)

# A preposition right before a name (and "the"): the name is a place the phrase names.
_PLACE_PHRASE = re.compile(
    r"(?<![\w’'\-])(?:from|in|into|to|at|near|across|off)\s+(?:the\s+)?$", re.IGNORECASE
)


# The employer of those who comment on the story ("analysts at Peel Hunt"), no owner of
# its titles.
_COMMENTATORS_AT = re.compile(
    r"\b(?:analysts?|economists?|strategists?|traders?|brokers?)\s+at\s+$", re.IGNORECASE
)


def _quoted(text: str, lo: int, at: int) -> bool:
    """Whether ``at`` stands inside a quotation opened after ``lo`` (a sentence's start)."""
    if text.count("“", lo, at) > text.count("”", lo, at):
        return True
    return text.count('"', lo, at) % 2 == 1


def _its_owner(
    text: str,
    at: int,
    mentions: list[Mention],
    accs: dict[str, _Acc],
    orgs_only: bool = False,
    noun: str = "",
    sources_apart: bool = False,
) -> str | None:
    """The owner of "its"/"their" at ``at`` ("Its director general, NAME"): the last
    organisation named before it in its sentence ("Giant Group Ltd and its chairman,
    NAME"), else the first in the sentence before (its subject as a rule: "MSF said it was
    building a centre in Kasese. Its coordinator in Uganda, NAME"), else the first of the
    nearest sentence before in the paragraph that names one (past quoted sentences); a
    country where no organisation is named in the sentence or the one before, unless
    ``orgs_only`` ("the agency's head"). With a ``noun`` ("party"), only an organisation
    whose name holds it, in the sentence or the two before. ``sources_apart``: not the
    employer of those who comment ("Analysts at Peel Hunt said ... The company's chair")."""
    here = _sentence_start(text, at)
    para = text.rfind("\n", 0, here) + 1
    lo, hi = here, at
    word = noun[:1].upper() + noun[1:]
    # (with a noun, two sentences back: a quote's first sentence may stand between, as in
    # 'The PDP rejected it. "A. B," the party's chairman, X, said')
    for n in range(3 if noun else 6):
        country = None
        found = mentions[
            bisect_left(mentions, lo, key=_START) : bisect_left(mentions, hi, key=_START)
        ]
        if n and found and (dm := _DESCRIBED_SUBJECT.match(text, lo)) is not None:
            # "The army-aligned government in Port Sudan welcomed the talks but ... the
            # withdrawal of RSF fighters. Its foreign minister, X,": the sentence's subject,
            # a body described by no name, owns the title, not an organisation named far
            # into the sentence. (Not "The case was brought by CISPE, a trade group. Its
            # secretary general, X,": a case has none.)
            head = text[dm.end() - 1 : dm.end() + 40].split(" ", 3)[:3]
            if not _OWNER_NOUNS.isdisjoint(head):
                found = [m for m in found if text.count(" ", lo, m.start) < _SUBJECT_WORDS]
        # (a name another speaker quotes: '"If the ANC wants our votes"'; in the sentence
        # of "its", where "its" is no quote's: '"Winter sets the NHS back," said X, its
        # director', '"The Freedonian police lied," said X, the group's director')
        quotes_apart = n > 0 or (
            (text.find('"', lo, at) >= 0 or text.find("“", lo, at) >= 0)
            and not _quoted(text, lo, at)
        )
        for m in found if n else reversed(found):
            if quotes_apart and _quoted(text, lo, m.start):
                continue
            if (
                sources_apart
                and text[m.start - 4 : m.start] == " at "
                and _COMMENTATORS_AT.search(text, max(0, m.start - 30), m.start)
            ):
                continue  # ("Analysts at Peel Hunt said ... The company's chair": a source)
            kind = accs[m.actor_id].kind if m.actor_id in accs else None
            if kind is _ORGANISATION and (not noun or word in m.actor_id.split()):
                return m.actor_id
            if (
                kind is _COUNTRY
                and country is None
                and not (n and (m is not found[0] or _PLACE_PHRASE.search(text, lo, m.start)))
            ):
                # (in the sentence before, only its first name, and no place a phrase names:
                # "The tanker's crew, from the Philippines and India, stayed. Its captain,
                # NAME," is the tanker's)
                country = m.actor_id
        if country is not None and not orgs_only and n < 2:
            return country
        if lo == 0:
            break
        if n and lo <= para:
            if text[lo] not in '"“':
                break
            # (a quote closing the paragraph before: back to the name of its speaker's
            # owner there, 'DA leader X said ... "If the ANC wants our votes ..."')
            para = text.rfind("\n", 0, lo) + 1
        # the sentence before (maybe the previous paragraph's last), then those of the
        # paragraph
        lo, hi = _sentence_start(text, lo - 1), lo
        if n:
            lo = max(lo, para)
    return None


def _company_of_officers(
    text: str, mentions: list[Mention], accs: dict[str, _Acc], officers: list[str]
) -> None:
    """Affiliate the company officers of no affiliation (``officers``: "Chief Financial
    Officer Yuko Arai") with the one organisation named in their paragraph before their
    first mention or in the sentence before, else with the article's company: the
    organisation it names most, in its lead, where it is among those named so or none is
    (then it must be named half as often again as any other)."""
    orgs = {
        aid
        for aid, acc in accs.items()
        if acc.kind is _ORGANISATION
        and _NO_EMPLOYER.isdisjoint(aid.split())
        and not aid.endswith(" Office")  # (a public office: "the Prosecutor's Office")
        and aid not in PARTY_IDS  # (a party employs no company officer: "Chairman X")
    }
    if not orgs:
        return
    company: str | None = None
    dominant = False  # named half as often again as any other organisation
    counted = False
    for aid in officers:
        start = next((m.start for m in mentions if m.actor_id == aid), -1)
        if start < 0 or owned_by_other(text, start):  # ("The Istanbul bid's chairman, X,")
            continue
        lo = text.rfind("\n", 0, start) + 1
        opens = lo and not any(c in text[lo:start] for c in ".!?")
        if opens:
            lo = _sentence_start(text, lo - 1)  # (a title opening the paragraph)
        # (not named inside a quote: '"Foot Locker and JD Sports are growing with us,"
        # Hill said. Chief Financial Officer X said' is no officer of JD Sports)
        quoted = [q.span() for q in _QUOTED.finditer(text, lo, start)]
        near = {
            m.actor_id
            for m in mentions[bisect_left(mentions, lo, key=_START) :]
            if m.start < start
            and m.actor_id in orgs
            and not any(qs < m.start < qe for qs, qe in quoted)
        }
        if len(near) == 1 and not opens:
            accs[aid].affiliation = near.pop()
            continue
        if len(near) > 1 and not opens:
            # "... made by Bavarian Nordic and KM Biologics. Bavarian Nordic said ... Chief
            # Executive X said": the one organisation of the sentence before
            here = _sentence_start(text, start)
            before = {
                m.actor_id
                for m in mentions[
                    bisect_left(mentions, _sentence_start(text, here - 1), key=_START) :
                ]
                if m.start < here and m.actor_id in near
            }
            if len(before) == 1:
                accs[aid].affiliation = before.pop()
                continue
        if not counted:  # the article's company, found once
            counted = True
            company, dominant = _story_company(mentions, orgs)
        if len(near) == 1:
            # (from the paragraph before only: the article's company first, where it
            # dominates, as '"Representatives for CVC didn't respond.\n\nChief Executive
            # Officer X said' is the article's Unilever's officer)
            accs[aid].affiliation = (
                company if dominant and company is not None and company not in near else near.pop()
            )
            continue
        if company is not None and (company in near if near else dominant):
            accs[aid].affiliation = company


def _story_company(mentions: list[Mention], orgs: set[str]) -> tuple[str | None, bool]:
    """The organisation of ``orgs`` an article names most, more than any other, in its
    lead, and whether half as often again as any other; else None."""
    counts: dict[str, int] = {}
    firsts: dict[str, int] = {}
    for m in mentions:
        if m.actor_id in orgs:
            counts[m.actor_id] = counts.get(m.actor_id, 0) + 1
            firsts.setdefault(m.actor_id, m.start)
    ranked = sorted(counts, key=counts.__getitem__, reverse=True)
    if ranked and counts[ranked[0]] >= 2 and firsts[ranked[0]] < _LEAD_CHARS:
        second = counts[ranked[1]] if len(ranked) > 1 else 0
        if counts[ranked[0]] > second:
            return ranked[0], 2 * counts[ranked[0]] >= 3 * second
    return None, False


@lru_cache(maxsize=1)
def _home_nations() -> tuple[str, ...]:
    return tuple(load_toml("vocabulary.toml")["home_nations"])


# A home nation, then the lower-case words of a title, right before a name: "England captain
# ", "Scotland head coach ".
_NATION_TITLE = re.compile(
    r"(?<![\w’'\-])(?P<nation>[A-Z][a-z]+(?: [A-Z][a-z]+)?) (?:[a-z][\w\-]* ){1,3}$"
)


def _home_nation_owner(
    text: str, mentions: list[Mention], accs: dict[str, _Acc], titled: list[str]
) -> None:
    """Affiliate the persons of ``titled`` (a role, no affiliation) whose title a home
    nation opens ("England captain X", "Wales coach X") with that nation, then a country of
    the article: it fields its own team, though no sovereign state (so no country the
    title rules know)."""
    # (Only a nation that is an actor can own a title: accs.get below. Such a nation is in
    # the text, so no scan of the text for each nation.)
    nations = [n for n in _home_nations() if n in accs]
    if not nations:
        return
    wanted = set(titled)
    for m in mentions:
        if m.actor_id not in wanted:
            continue
        wanted.discard(m.actor_id)
        nm = _NATION_TITLE.search(text, max(0, m.start - 50), m.start)
        nation = accs.get(nm.group("nation")) if nm is not None else None
        if nation is not None and nm is not None and nm.group("nation") in nations:
            accs[m.actor_id].affiliation = nm.group("nation")
            nation.kind = _COUNTRY  # (the team's country, as "Australia" is)
        if not wanted:
            break


# Roles a country's central bank ("the Bank of Japan", "the Central Bank of Nigeria") is
# headed by; a central bank's name holds "Bank of" and its country.
_BANK_ROLES = frozenset({"governor", "deputy governor"})


def _bank_governors(mentions: list[Mention], accs: dict[str, _Acc], titled: list[str]) -> None:
    """Affiliate the governors of ``titled`` (a role, no affiliation: "Governor Kazuo Ueno
    told a news conference") with the one central bank the article names before them (an
    organisation "... Bank of ..." or "... Reserve ..." of a country; "Bank of America" is
    of none); none if it names two (the Federal Reserve and the Bank of Japan)."""
    governors = {aid for aid in titled if accs[aid].role in _BANK_ROLES}
    if not governors:
        return
    banks: set[str] = set()
    headed: set[str] = set()  # (the banks whose governor is named)
    for m in mentions:
        aid = m.actor_id
        acc = accs.get(aid)
        if acc is None:
            continue
        if (
            acc.kind is _ORGANISATION
            and ("Bank of " in aid or "Reserve" in aid)  # (the Fed has governors too)
            and acc.affiliation is not None
        ):
            owner = accs.get(acc.affiliation)  # (none: a country named only in the bank's)
            if owner is None or owner.kind is _COUNTRY:
                banks.add(aid)
        elif aid in governors:
            governors.discard(aid)
            # (not a second governor of a bank whose governor is named: "Banxico Governor X
            # ... The state government said ... Governor Y said" is a state's)
            if len(banks) == 1 and not (acc.role == "governor" and banks <= headed):
                acc.affiliation = next(iter(banks))
            if not governors:
                break
        elif (
            acc.role == "governor" and acc.affiliation in banks and "Reserve" not in acc.affiliation
        ):
            headed.add(acc.affiliation)  # (a Reserve's board has several governors)
