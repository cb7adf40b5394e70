"""The items of a run regrouped into unknown organisations ("Halvorsen Energy Group",
"Bank of Nordland") and places ("Toure Drive") by their heads and connectors."""

from __future__ import annotations

from functools import cache
from itertools import product

from explorer.model import ActorKind
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.runs.items import Item
from explorer.parse.actors.runs.sets import _AFFILIATING, run_sets, without_possessive
from explorer.parse.actors.runs.words import _Token

_WHERE = frozenset({ActorKind.COUNTRY, ActorKind.PLACE})
_ORGANISATION = ActorKind.ORGANISATION

# Connectors inside an organisation's name: before its organisation word ("Food and
# Agriculture Organization"), and after it ("European Court of Justice"). Not "of", "for"
# or "the" to the left: the organisation word comes first in such names ("Bank of
# England"), and words before "of the" are someone of it ("Jorge Paredes of the Peruvian
# Fire Department"); not "on": "the top Democrat on the House Appropriations Committee".
_ORG_INNER_LEFT = ("and",)
_ORG_INNER_RIGHT = (
    "of",
    "for",
    "on",
    "de",
    "del",
    "des",
    "du",
    "di",
    "da",
    "do",
)  # ("Universidad de Chile")
# The articles that join a run only after "for" (patterns.py): "Committee for a ...".
_ARTICLES = ("a", "an")


# Plural nouns whose possessive opens an organisation's name of several words: "the
# People’s Protection Units", "the Women’s Defence Units", "Workers’ Solidarity Movement",
# "the Employers' Confederation" (a country's name or adjective may open it: "the Mexican
# Employers' Confederation").
_COMMON_OWNERS = frozenset(
    {"People", "Peoples", "Workers", "Women", "Children", "Farmers", "Citizens", "Veterans"}
    | {"Employers", "Exporters", "Importers", "Manufacturers", "Producers", "Growers"}
    | {"Teachers", "Doctors", "Nurses", "Journalists", "Lawyers", "Traders", "Miners"}
    | {"Students", "Consumers", "Pensioners", "Taxpayers", "Retailers", "Bankers", "Mothers"}
    | {"Patients", "Pilots", "Engineers", "Tenants", "Drivers", "Seafarers", "Dockers"}
)


def _common_owner(word: str) -> bool:
    """A people's word of ``_COMMON_OWNERS``, or a trade's workers ("the Mineworkers'
    Provident Fund", "the United Steelworkers' ...")."""
    return word in _COMMON_OWNERS or (
        word[:1].isupper() and (word.endswith("workers") or _agent_plural(word))
    )


# Endings of plural agent nouns ("Shippers", "Cyclists", "Physicians", "Residents",
# "Operators"): their possessive opens a body's name too ("the European Shippers'
# Council", "the Professional Cyclists' Association"); not an organisation's own word
# ("Partners", "Rovers").
_AGENT_ENDS = ("ers", "ists", "ians", "ants", "ents", "ors")


def _agent_plural(word: str) -> bool:
    return (
        len(word) > 5
        and word.endswith(_AGENT_ENDS)
        and word not in vocabulary().organisation_heads
        and word not in _KIN_PLURALS
    )


_KIN_PLURALS = frozenset({"Brothers", "Sisters", "Fathers", "Daughters"})


# Royal and noble titles that open an institution's name with "of": "the Countess of
# Chester Hospital", "the Prince of Wales Hospital", "the Duchess of Kent Hospice".
_NOBLE_TITLES = frozenset(
    {"Prince", "Princess", "Duke", "Duchess", "Count", "Countess", "Earl", "King", "Queen"}
)


# The owners in the names of English local courts ("Leeds Coroner's Court").
_COURT_OWNERS = frozenset({"Coroner", "Coroners", "Magistrate", "Magistrates"})


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


# Words after a company's name that open a thing of it, no word of its name.
_THING_OPENERS = frozenset({"Flight"})


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
            if not crossed and word(right + 1) in _THING_OPENERS:
                break  # "SkyWest Airlines Flight 5521": the company, then its flight
            if infos[items[right][2] - 1].owner and not _common_owner(
                without_possessive(word(right))
            ):
                # a possessive ends the name: "Halvern Bank's Frankfurt office" (not a
                # people's word: "International Women's Day")
                break
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
            and (
                word(right + 2) == "the"
                or (word(right + 1) == "for" and word(right + 2) in _ARTICLES)
            )
            and items[right + 3][0] in ("NAME", "LEX")
        ):
            # "Centre for the Study of ...", "Ministry of the Interior", "the Committee for
            # a Responsible Federal Budget"
            right += 3
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


# Titles whose field after "of"/"for" is a portfolio ("Minister of Natural Resources").
_PORTFOLIO_TITLES = ("minister", "secretary", "commissioner")


def minister_portfolio(
    kinds: list[str], words: list[str], roles: list[str | None], left: int, idx: int
) -> bool:
    """Whether the words ``left``..``idx`` of a run (each one word; ``kinds``, ``words`` and
    ``roles`` of its items) ending in an organisation's word are a minister's portfolio:
    after "of"/"for" and the title ("Minister of Natural Resources X", "Minister of State
    for Petroleum Resources X"), each a word of titles' fields. Then no organisation."""
    if left < 2 or kinds[left - 1] != "CONN" or words[left - 1] not in ("of", "for"):
        return False
    fields = run_sets().title_fields
    if not all(kinds[k] == "NAME" and words[k].lower() in fields for k in range(left, idx + 1)):
        return False
    t = left - 2
    if words[t] == "State" and t >= 2 and kinds[t - 1] == "CONN" and words[t - 1] == "of":
        t -= 2  # "Minister of State for ..."
    role = roles[t] if kinds[t] == "TITLE" else None
    # (a title of several words: "minister of state")
    return role is not None and any(w in role.split() for w in _PORTFOLIO_TITLES)


def _is_place(item: Item) -> bool:
    """A known country or place."""
    return item[0] == "LEX" and item[3] is not None and item[3].kind in _PLACE_KINDS


_PLACE_KINDS = (ActorKind.COUNTRY, ActorKind.PLACE)


# Ranks that are adjectives inside an organisation's name ("Major Crimes Unit").
RANK_ADJECTIVES = frozenset({"Major", "General"})
_LEGAL_ENDS = frozenset({"Inc", "Corp", "Co", "Ltd", "PLC", "Plc", "LLC", "AG", "SA", "NV"})


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
        if (
            j - i == 1
            and idx + 1 < len(items)
            and items[idx + 1][0] == "TITLE"
            and (idx == 0 or items[idx - 1][0] != "NAME")
            and text[toks[i][0] : toks[i][1]].lower() in run_sets().title_words
        ):
            # "U.S. Energy Secretary Chris Wright": a portfolio of the title after it, no
            # organisation "U.S. Energy"
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
                # "the Homicide and Major Enquiry Team", "the Major Crimes Unit": a rank's
                # word as an adjective, words of the name after it
                or (
                    pkind == "TITLE"
                    and pj - pi == 1
                    and left < idx
                    and items[left][0] == "NAME"
                    and text[toks[pi][0] : toks[pi][1]] in RANK_ADJECTIVES
                    # (a company's legal form: "General Mills Inc" ... "General Mills'
                    # share" is read with the title, as before)
                    and text[toks[i][0] : toks[i][1]].rstrip(".,") not in _LEGAL_ENDS
                )
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
            0 < left <= idx
            and items[left - 1][0] == "NAME"
            and items[left - 1][2] - items[left - 1][1] == 1
            and infos[items[left - 1][1]].owner
            and _common_owner(
                without_possessive(text[toks[left_i := items[left - 1][1]][0] : toks[left_i][1]])
            )
        ):
            left -= 1  # "the People’s Protection Units": a people's word of the name
            while (
                left > 0
                and items[left - 1][0] == "NAME"
                and not infos[items[left - 1][2] - 1].owner
                and (left == 1 or items[left - 2][0] in ("STOP", "CONN"))
            ):
                left -= 1  # "the Republican People's Party": an unknown name's words too
            if (
                left > 0
                and items[left - 1][0] == "LEX"
                and (pentry := items[left - 1][3]) is not None
                and pentry.kind in _WHERE
                and not infos[items[left - 1][2] - 1].owner
            ):
                # "the Mexican Employers' Confederation", "the Nova Scotia Nurses' Union":
                # the country's or the province's name too
                left -= 1
            elif (
                left > 0
                and items[left - 1][0] == "STOP"
                and text[toks[items[left - 1][1]][0] : toks[items[left - 1][1]][1]]
                in vocabulary().org_openers
            ):
                left -= 1  # "the European Shippers' Council": a region's adjective too
        if (
            left >= 2
            and items[left - 1][0] == "CONN"
            and text[toks[items[left - 1][1]][0] : toks[items[left - 1][1]][1]] == "of"
            and items[left - 2][2] - items[left - 2][1] == 1
            and text[toks[items[left - 2][1]][0] : toks[items[left - 2][1]][1]] in _NOBLE_TITLES
            and (left == 2 or items[left - 3][0] == "STOP")
        ):
            left -= 2  # "the Countess of Chester Hospital": a royal's name opens the name
        elif (
            left >= 1
            and items[left - 1][2] - items[left - 1][1] == 1
            and text[toks[items[left - 1][1]][0] : toks[items[left - 1][1]][1]] in _NOBLE_TITLES
            and (left == 1 or items[left - 2][0] == "STOP")
        ):
            left -= 1  # "the Queen Elizabeth Hospital"
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
        if (
            # (minister_portfolio's first test: its lists made only for a field after "of"
            # or "for")
            left >= 2
            and items[left - 1][0] == "CONN"
            and text[toks[items[left - 1][1]][0] : toks[items[left - 1][1]][1]] in ("of", "for")
        ) and minister_portfolio(
            [x[0] for x in items],
            [text[toks[x[1]][0] : toks[x[2] - 1][1]] for x in items],
            [x[4] for x in items],
            left,
            idx,
        ):
            idx += 1  # "Minister of Natural Resources X": the title's field
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
        if (
            affiliation is not None
            and _institution_head(text, toks, items[idx])
            and _named_before_head(items, left, idx, affiliation)
        ):
            # "the Saudi Hospital", "the American University of Beirut" (not "the University
            # of Zambia": the country's own)
            affiliation = None
        items[left : right + 1] = [("ORG", items[left][1], items[right][2], None, affiliation)]
        idx = left + 1
    return items


@cache
def place_head_forms() -> frozenset[str]:
    """The words a place's last word may be written as ("Street", "River's", "Sea’"):
    each word ``w`` with ``without_possessive(w)`` one of the vocabulary's place heads
    (the head with the possessives that function strips, in its order, added), and the
    heads themselves. One set test for a run's words, no call for each."""
    heads = vocabulary().place_heads
    forms = set(heads)
    for head in heads:
        for a, b, c, d in product(("", "'"), ("", "’"), ("", "'s"), ("", "’s")):
            # (without_possessive strips "’s", "'s", "’", "'" in turn: these are all the
            # words it makes the head of)
            if without_possessive(word := f"{head}{a}{b}{c}{d}") == head:
                forms.add(word)
    return frozenset(forms)


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


def _listed_org(item: Item) -> bool:
    """Whether a run's item is a listed organisation's name ("Nvidia")."""
    return item[0] == "LEX" and item[3] is not None and item[3].kind is _ORGANISATION


# Heads of institutions a name only calls after a country ("the Saudi Hospital" in Darfur,
# "the American University of Beirut"): no state's bodies.
_INSTITUTIONS = frozenset(
    {"Hospital", "University", "College", "School", "Museum", "Hotel", "Clinic", "Library"}
    | {"Theatre", "Theater", "Stadium", "Cathedral", "Mosque"}
)


def _institution_head(text: str, toks: list[tuple[int, int]], head: Item) -> bool:
    """Whether the organisation's head item is an institution's word ("Hospital")."""
    return text[toks[head[1]][0] : toks[head[2] - 1][1]] in _INSTITUTIONS


def _named_before_head(items: list[Item], left: int, idx: int, owner: str) -> bool:
    """Whether the organisation's owner ``owner`` is named before its head item."""
    return any(x[0] == "LEX" and x[3] is not None and x[3].id == owner for x in items[left:idx])
