"""A run of several words cut into items (:func:`_segment`): lexicon names, titles,
connectors, stopwords and unknown names, longest match first."""

from __future__ import annotations

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import Entry, Lexicon, norm_key
from explorer.parse.actors.people import people
from explorer.parse.actors.runs.sets import _PLACES, CHURCH_TITLES, run_sets, without_possessive
from explorer.parse.actors.runs.words import _Token

# An item of a run: (kind, first token index, one past the last, entry, role); kind is one
# of LEX (a lexicon name: its entry), TITLE (its role), CONN, STOP, NAME, ORG (its
# affiliation as the role), PLACE. Tuples: a run's items are many and short-lived.
Item = tuple[str, int, int, Entry | None, str | None]

# Words that may lead a title ("Former Economic Security Minister X").
_TITLE_LEADS = frozenset(
    {"former", "acting", "deputy", "then", "outgoing", "incoming", "new", "federal", "state"}
    | {"provincial", "junior", "shadow"}
)
# Ranks written without a dot that are also names ("Sen", "Gen").
RANKS = frozenset({"Gen", "Sen", "Rep", "Gov", "Col", "Maj", "Capt", "Lt", "Sgt", "Prof"})


def _segment(
    text: str, toks: list[tuple[int, int]], infos: list[_Token], lex: Lexicon
) -> list[Item]:
    """The items of a run of several words (``toks``: its tokens' offsets in ``text``)."""
    titles = vocabulary().titles
    n = len(toks)
    items: list[Item] = []
    # The index of the first title item "minister" after another item, if any (the one
    # _with_portfolio may give a portfolio; items of other kinds hold no such role).
    portfolio = -1
    i = 0
    while i < n:
        info = infos[i]
        if info.plain:
            if i == 0 and n > 1 and infos[1].plain and text[: toks[0][1]] in CHURCH_TITLES:
                # "Bishop Lukas Brandauer of Graz" (see CHURCH_TITLES)
                items.append(("TITLE", 0, 1, None, text[: toks[0][1]].lower()))
                i = 1
                continue
            items.append(("NAME", i, i + 1, None, None))
            i += 1
            continue
        if info.connector:
            items.append(("CONN", i, i + 1, None, None))
            i += 1
            continue
        s0 = toks[i][0]
        if i == n - 1 and items and items[-1][0] == "NAME" and text[s0 : toks[i][1]] in RANKS:
            # "Amartya Sen", "Nakatani Gen": an abbreviated rank ending a name is none (a
            # rank opens the name it goes with)
            items.append(("NAME", i, i + 1, None, None))
            i += 1
            continue
        found = False
        for k in info.lex_counts:
            if k > n - i:
                continue
            if k > 1 and infos[i + k - 1].connector:
                continue
            entry = lex.lookup(text[s0 : toks[i + k - 1][1]])
            if entry is not None and not (
                k == 1 and _heads_own_name(text, toks, infos, i, entry, lex)
            ):
                items.append(("LEX", i, i + k, entry, None))
                i += k
                found = True
                break
        if found:
            continue
        for k in info.title_counts:
            if k > n - i:
                continue
            if (
                k == 1
                and i + 2 == n
                and items
                and items[-1][0] == "NAME"
                and text[toks[i + 1][0] : toks[i + 1][1]] in _GENERATIONS
            ):
                continue  # "Martin Luther King Jr", "Ed Judge Sr": a surname, no title
            phrase = text[s0 : toks[i + k - 1][1]].lower().rstrip(".").removeprefix("then-")
            if k > 1:
                phrase = " ".join(phrase.split())
            if i >= 2 and _firm_plural(infos, i, k, n, phrase):
                continue  # "Thebe Retirement Administrators": a firm's word, no title
            role = titles.get(phrase)
            if role is None and phrase.endswith("s") and not _members_ending(infos, i, k, n):
                role = titles.get(phrase[:-1])  # "Presidents Putin and Xi", "foreign ministers"
            if role is None and k > 1 and infos[i + k - 1].owner and _owns(items):
                # "the Attorney General's office": a title's possessive (not a name's: "Chris
                # Major's goal").
                role = titles.get(without_possessive(phrase))
            if role is not None:
                if role == "minister" and items and portfolio < 0:
                    portfolio = len(items)  # (the first bare "minister" after an item)
                items.append(("TITLE", i, i + k, None, role))
                i += k
                found = True
                break
        if found:
            continue
        stop = (
            info.stopword
            and not (i > 0 and info.org_head)  # "Sky News"
            and not (items and items[-1][0] == "NAME" and listed_ending(text, toks, i))
            # "Nine Entertainment said", "Seven West Media": a number word opening a run
            # of plain words that ends in an organisation's word opens a company's name
            and not (i == 0 and _numbered_firm(text, toks, infos))
            # "Sport Secretary X": a portfolio's word before a title opens the title
            and not (
                i + 1 < n
                and infos[i + 1].title_counts
                and text[toks[i][0] : toks[i][1]].lower() in run_sets().title_words
            )
            # "Governor Monday Okpebholo": a weekday between a title and a name is a first
            # name (West African names)
            and not (
                i + 1 < n
                and not infos[i + 1].stopword
                and (
                    (
                        items
                        and items[-1][0] == "TITLE"
                        and text[toks[i][0] : toks[i][1]] in _TITLED_FIRST_WORDS
                    )
                    # "Jan Kowalski said", "Councillor May Okafor": a month that is a given
                    # name, before a surname (after a title, or "Jan" anywhere: the month
                    # is "Jan." or "January" in prose)
                    or (
                        (word := text[toks[i][0] : toks[i][1]]) in _MONTH_NAMES
                        and (word == "Jan" or (items and items[-1][0] == "TITLE"))
                    )
                )
            )
        )
        items.append(("STOP" if stop else "NAME", i, i + 1, None, None))
        i += 1
    if portfolio > 0:
        return _with_portfolio(text, toks, items, portfolio)
    return items


def _heads_own_name(
    text: str, toks: list[tuple[int, int]], infos: list[_Token], i: int, entry: Entry, lex: Lexicon
) -> bool:
    """Whether the one word at ``i``, a listed body's short form that is an organisation's
    word ("Observatory" of the Syrian Observatory for Human Rights), heads a name of its own
    with "of" or "for" and a name after it that is no listed one ("the Observatory of
    Natural Resources"; not "from Congress for Tanzania and Kenya")."""
    return (
        infos[i].org_head
        and i + 2 < len(toks)
        and text[toks[i + 1][0] : toks[i + 1][1]] in ("of", "for")
        and not infos[i + 2].connector
        and entry.id != text[toks[i][0] : toks[i][1]]
        and lex.lookup(text[toks[i + 2][0] : toks[i + 2][1]]) is None
    )


# Number words that open companies' names ("Nine Entertainment", "Seven West Media").
_NUMBER_OPENERS = frozenset(
    {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve"}
)


def _numbered_firm(text: str, toks: list[tuple[int, int]], infos: list[_Token]) -> bool:
    """Whether the run's first word is a number word and the rest plain words ending in an
    organisation's word ("Nine Entertainment", "Seven West Media"; not "Three People")."""
    n = len(toks)
    return (
        n > 1
        and infos[-1].org_head
        and not infos[-1].owner
        and all(t.plain for t in infos[1:-1])
        and text[toks[0][0] : toks[0][1]] in _NUMBER_OPENERS
    )


def _with_portfolio(
    text: str, toks: list[tuple[int, int]], items: list[Item], t: int
) -> list[Item]:
    """``items`` with the one or two unknown words right before the bare title "minister"
    at ``t`` made its portfolio, where they open the run or follow a country, a place, a
    stopword or a word leading a title ("Economic Security Minister X": an economic
    security minister, no person "Economic Security")."""

    def word(x: int) -> str:
        start, end = toks[items[x][1]]
        return text[start:end]

    f = t
    while f > 0 and t - f < 2 and items[f - 1][0] == "NAME":
        if not (word(f - 1).isalpha() and word(f - 1).istitle()):
            break
        f -= 1
    if f == t:
        return items
    if f > 0:
        lead, entry = items[f - 1][0], items[f - 1][3]
        if not (
            lead == "STOP"
            or (lead == "NAME" and word(f - 1).lower() in _TITLE_LEADS)
            or (lead == "LEX" and entry is not None and entry.kind in _PLACES)
        ):
            return items
    field = " ".join(word(x).lower() for x in range(f, t))
    return [
        *items[:f],
        ("TITLE", items[f][1], items[t][2], None, f"{field} minister"),
        *items[t + 1 :],
    ]


def _members_ending(infos: list[_Token], i: int, k: int, n: int) -> bool:
    """Whether the plural title of ``k`` words at ``i`` ends the run after an organisation's
    word: its members, the last word of its name ("the Association of Bolivian Miners",
    "the Union of Zambian Farmers"), no title of a person after it."""
    return i + k == n and any(info.org_head for info in infos[:i])


def _firm_plural(infos: list[_Token], i: int, k: int, n: int, phrase: str) -> bool:
    """Whether the title of ``k`` words at ``i`` is a plural organisation's word ending the
    run after two words or more: a firm's last word ("Thebe Retirement Administrators",
    "Halden Asset Managers": no person "Thebe Retirement" and a title)."""
    return k == 1 and i + 1 == n and phrase[-1:] == "s" and infos[i].org_head


def listed_ending(text: str, toks: list[tuple[int, int]], i: int) -> bool:
    """Whether the stopword at token ``i`` ends a listed person's name with the one or two
    words before it ("Theresa May", "Brian May": a month, no stop there)."""
    full = people().full
    end = toks[i][1]
    return any(norm_key(text[toks[i - back][0] : end]) in full for back in (1, 2) if i - back >= 0)


def _owns(items: list[Item]) -> bool:
    """Whether a title ending in a possessive after ``items`` is one ("the Prime
    Minister's Office"): not after an unknown name, whose word it is ("Chris Major's")."""
    return not items or items[-1][0] != "NAME"


# Weekdays, which are West African first names after a title ("Governor Monday X"); with
# "He", a Chinese surname there ("Vice Premier He Lifeng"), the words a title makes names.
_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)
_TITLED_FIRST_WORDS = _WEEKDAYS | {"He"}
# What follows a surname to tell a father from his son ("King Jr").
_GENERATIONS = frozenset({"Jr", "Sr", "II", "III", "IV"})
# Months that are also given names ("Jan Kowalski", "Mayor June Okafor").
_MONTH_NAMES = frozenset({"Jan", "May", "June", "April", "August"})
