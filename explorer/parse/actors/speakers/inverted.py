"""The speaker after an inverted cue ("..., said X", "according to X"): what may stand
between the cue and the name (right_gap: titles, outlets, "a statement from"), what may
end the sentence after it (right_tail), an apposed title ("said the envoy, Losana
Tavita"), an owner's title ("said Kremlin spokesman Dmitry Peskov"), an owned outlet
("said China's official Xinhua news agency").

Apart: the rules that read forward from the cue, where the others read back.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache
from itertools import islice

from explorer.model import ActorKind, Mention
from explorer.parse.actors.data import load_toml, vocabulary
from explorer.parse.actors.kin import KIN_NOUNS

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_GROUP = ActorKind.GROUP
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON

# An inverted cue after a comma or a quote: "..., said X", "“...” said X".
_INVERTED_LEAD = ",“”\"’'"
# ("said one EU diplomat, who ...": "one" a count, as "a")
_RIGHT_GAP = re.compile(r"\s+(?:(?:the|a|an|one)\s+)?")
# "said the state news agency Tass", "according to the daily Kommersant": an outlet's noun
# (and its modifiers) between an inverted cue and its name.
_OUTLET_OPENINGS = ("the ", "The ", "state ", "official ")
_OUTLET_BEFORE = re.compile(
    r"\s+(?:the\s+)?(?:(?:state|official|state-run|state-owned|independent|pro-government|"
    r"opposition|business|daily|weekly|[A-Z][\w\-]*)\s+){0,2}"
    r"(?:news\s+agency|newspaper|daily|weekly|broadcaster|television|channel|tabloid)\s+"
)
# "according to a statement from the SDF", "said a statement issued by the army".
_STATEMENT_FROM = re.compile(
    r"\s+a\s+statement\s+(?:issued\s+|released\s+)?(?:from|by)\s+(?:the\s+)?"
)
# "said Dr. Priya Raman", "said Maj. Gen. Ali Musa", "said Prime Minister Jonas Berg": titles
# (words of vocabulary().titles, capitalised) between an inverted cue and the name.
_RIGHT_TITLES = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?P<titles>(?:[A-Z][\w\-]*\.?\s+){1,3})")
# "said coach Sipho Dube", "said police spokesman Ade Putra", "according to Rovers coach X":
# lower-case titles (the last a title or a profession's noun), maybe after one or two
# capitalised words no mention covers (an employer the text does not name as an actor).
_RIGHT_LOWER_TITLES = re.compile(
    r"\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w’'.\-]*\s+){0,2}(?P<titles>(?:[a-z][\w\-]*\s+){1,3})"
)
# "said Kremlin spokesman Dmitry Peskov": an organisation's name, then lower-case titles.
_PROFESSION_ENDS = ("er", "ist", "or", "ian")
_OWNER_TITLES = re.compile(r"(?:[’']s)?\s+(?P<titles>(?:[a-z][\w\-]*\s+){1,3})")
# "..., said French President Emmanuel Macron.", "said Apple CEO Tim Cook": capitalised
# titles after a country's adjective or possessive, or an organisation's name.
_OWNER_CAP_TITLES = re.compile(
    r"(?:[’']s)?\s+(?P<titles>[A-Z][\w\-]*\.?\s+(?:(?:[A-Z][\w\-]*\.?|of|for)\s+){0,3})"
)
_RIGHT_TAIL = re.compile(r"\s*(?:,[^“”\"]*)?[.!?”\"’']*\s*")
# The rest of a list of names and the verb whose subject they are: ", Togo and Ghana had".
_LIST_SUBJECT = re.compile(
    r"(?:,\s+[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3})*,?\s+(?:and|or)\s+"
    r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,3}\s+"
    r"(?:had|has|have|were|are|would|will|could|did|[a-z]+ed)\b"
)
# "..., said China's official Xinhua news agency.": an organisation's noun after its name.
_RIGHT_NOUN_TAIL = re.compile(
    r"\s+(?:news\s+agency|agency|newspaper|daily|broadcaster|television|channel|network)"
    + _RIGHT_TAIL.pattern
)
# "..., said Jorge Paredes of Amnesty International.": a person's organisation after the name
# (up to ten words: "of the Chinese Academy of Sciences' Institute of Atmospheric Physics").
_RIGHT_OF_TAIL = re.compile(
    r"\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w’'.\-]*"
    r"(?:\s+(?:[A-Z][\w’'.\-]*|of|for|and|on|the)){0,9}" + _RIGHT_TAIL.pattern
)
# "..., said a trader at a polling unit in Ikeja, who ...": an anonymous speaker's place.
_RIGHT_PLACE_TAIL = re.compile(
    r"\s+(?:at|in|from|outside|near|of)\s+(?:the|a|an)\s+(?:[a-z][\w’'\-]*\s+){0,3}?[a-z][\w’'\-]*"
    r"(?:\s+(?:in|of|at|near)\s+(?:the\s+)?[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2})?"
    + _RIGHT_TAIL.pattern
)
# "..., said Tuvalu’s climate envoy, Losana Tavita, who ...", "said the envoy, Dr. Ann Lee.":
# a title phrase (a title its last word), then the person's name in apposition.
_TITLE_APPOSITIVE = re.compile(
    r"\s+(?:(?:the|a|an|[A-Z][\w.\-]*[’']s)\s+)?(?:[\w’'.\-]+\s+){0,4}?(?P<title>[a-z][\w\-]*)"
    r"\s*,\s*(?:[A-Z][a-z]{0,4}\.\s*)?"
)


def _space_start(text: str, lo: int, hi: int) -> int:
    """The start of the spaces ending ``text[lo:hi]`` (``hi`` if none)."""
    if lo < 0:
        lo = 0
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _after_lead(text: str, lo: int, end: int) -> bool:
    """A comma or quote before ``end`` (the start of the spaces before the cue; searched from
    ``lo``)."""
    return end > max(lo, 0) and text[end - 1] in _INVERTED_LEAD


def _appositive_after(
    text: str,
    cue_end: int,
    sent_end: int,
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
    after: Iterable[int],
) -> str | None:
    """The person named after an inverted cue's title phrase ("said the climate envoy,
    Losana Tavita, who ..."): the first person of ``after`` (the mentions after the cue, in
    order), if a title phrase and a comma come between and the sentence ends after it (as
    ``_RIGHT_TAIL``)."""
    if text.find(",", cue_end, sent_end) < 0:
        return None  # (the common inverted cue: "..., said X.")
    for k in islice(after, 3):
        m = mentions[k]
        if kinds.get(m.actor_id) is not _PERSON:
            continue
        gap = _TITLE_APPOSITIVE.fullmatch(text, cue_end, m.start)
        if (
            gap is not None
            and (gap.group("title") in vocabulary().titles or gap.group("title") in KIN_NOUNS)
            and _RIGHT_TAIL.fullmatch(text, m.end, sent_end)
        ):
            return m.actor_id
        return None
    return None


def _owner_title_opening(first: str) -> bool:
    """Whether ``_OWNER_TITLES`` may match from the character ``first`` (a space or an
    apostrophe)."""
    return first.isspace() or first in ("’", "'")


# Lower-case words between an owner's possessive and what it owns ("China's official
# Xinhua", "Russia's state-run Gazprom").
_OWNED_GAP = re.compile(r"(?:[a-z][a-z\-]*\s+){0,3}")


def possessed_org(
    text: str, mentions: Sequence[Mention], kinds: Mapping[str, ActorKind], first: int, second: int
) -> bool:
    """Whether mention ``second`` is an organisation that mention ``first``, a country's or an
    organisation's possessive or a country's adjective, owns ("according to China's
    official Xinhua news agency", "said Russia's Gazprom", "according to the Russian daily
    Vedomosti"): then it is the speaker after an inverted cue."""
    owner, owned = mentions[first], mentions[second]
    if kinds.get(owned.actor_id) is not _ORGANISATION:
        return False
    owner_kind = kinds.get(owner.actor_id)
    if text.startswith(("'s ", "’s "), owner.end):
        return (
            owner_kind in (_COUNTRY, _ORGANISATION)
            and _OWNED_GAP.fullmatch(text, owner.end + 3, owned.start) is not None
        )
    # a country's adjective, then lower-case words: "the Russian daily Vedomosti", "the
    # Chinese state broadcaster CCTV"
    return (
        owner_kind is _COUNTRY
        and text.startswith(" ", owner.end)
        and text[owner.end + 1 : owner.end + 2].islower()
        and _OWNED_GAP.fullmatch(text, owner.end + 1, owned.start) is not None
    )


def owner_title_after(
    text: str,
    cue_end: int,
    sent_end: int,
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
    after: Sequence[int],
    according: bool,
) -> str | None:
    """The person after an inverted cue, an organisation's name and a title ("..., said
    Kremlin spokesman Dmitry Peskov.", "said Goldman Sachs analyst Jane Lee"): the second
    of the mentions ``after`` the cue (in order), if the first, the title words (of
    vocabulary().titles and title modifiers) and the person follow each other and the
    sentence ends after the person (as ``_RIGHT_TAIL``; "according to" needs no end)."""
    if len(after) < 2:
        return None
    owner, m = mentions[after[0]], mentions[after[1]]
    if (
        kinds.get(m.actor_id) is not _PERSON
        or not _owner_title_opening(text[owner.end : owner.end + 1])
        or not _RIGHT_GAP.fullmatch(text, cue_end, owner.start)
    ):
        return None
    gap = _OWNER_TITLES.fullmatch(text, owner.end, m.start)
    titles = vocabulary().titles
    if gap is not None:
        words = gap.group("titles").split()
        if not (
            " ".join(words) in titles
            or all(map(_title_word, words))
            # "said Ugandan health ministry spokesman X": a country's ministry's title
            or (
                kinds.get(owner.actor_id) is _COUNTRY
                and words[-1] in titles
                and all(w in _ministry_words() or _title_word(w) for w in words[:-1])
            )
        ):
            return None
    else:
        gap = _OWNER_CAP_TITLES.fullmatch(text, owner.end, m.start)
        if gap is None or kinds.get(owner.actor_id) not in _TITLE_OWNERS:
            return None
        words = [w.rstrip(".").lower() for w in gap.group("titles").split()]
        if not (
            " ".join(words) in titles or all(w in ("of", "for") or _title_word(w) for w in words)
        ) or words[-1] in ("of", "for"):
            return None
    if not (according or right_tail(text, m, sent_end, kinds)):
        return None
    return m.actor_id


_TITLE_OWNERS = (ActorKind.COUNTRY, ActorKind.ORGANISATION)


@cache
def _ministry_words() -> frozenset[str]:
    """A ministry's words in lower case ("health ministry", "foreign affairs department")."""
    d = load_toml("vocabulary.toml")
    return frozenset(
        {w for p in d["ministry_portfolios"] for w in p.split()}
        | {"ministry", "department", "office", "agency"}
    )


@cache
def _title_words() -> frozenset[str]:
    v = vocabulary()
    return frozenset({*v.titles, *v.title_modifiers})


def _title_word(word: str) -> bool:
    """A title, a title modifier, or a profession's noun ("campaigner", "economist")."""
    return word in _title_words() or (
        len(word) >= 6 and word.endswith(_PROFESSION_ENDS) and word not in vocabulary().stopwords
    )


def right_gap(text: str, cue_end: int, start: int) -> bool:
    """Only spaces, a determiner or titles ("Dr.", "Prime Minister") between an inverted cue
    ending at ``cue_end`` and the speaker's name at ``start``."""
    if _RIGHT_GAP.fullmatch(text, cue_end, start):
        return True
    if text.startswith("statement", cue_end + 3, start):
        # "according to a statement from the SDF": the organisation
        return _STATEMENT_FROM.fullmatch(text, cue_end, start) is not None
    if text.startswith(_OUTLET_OPENINGS, cue_end + 1, start):
        # "said the state news agency Tass", "according to the newspaper Kommersant"
        return _OUTLET_BEFORE.fullmatch(text, cue_end, start) is not None
    m = _RIGHT_TITLES.fullmatch(text, cue_end, start)
    titles = vocabulary().titles
    if m is not None:
        words = [w.rstrip(".").lower() for w in m.group("titles").split()]
        return " ".join(words) in titles or all(w in titles for w in words)
    m = _RIGHT_LOWER_TITLES.fullmatch(text, cue_end, start)
    if m is None:
        return False
    words = m.group("titles").split()
    return (
        " ".join(words) in titles
        or (_lower_title(words[-1]) and all(map(_right_title_word, words)))
        # "said retail analyst X", "said oil economist X": a field's word before an
        # employee's noun
        or (
            len(words) <= 3
            and words[-1] in vocabulary().employee_nouns
            and all(w.isalpha() for w in words[:-1])
        )
    )


@cache
def _right_title_words() -> frozenset[str]:
    v = vocabulary()
    return frozenset({*v.titles, *v.title_modifiers, *v.group_modifiers})


def _lower_title(word: str) -> bool:
    """A title or a profession's noun ("coach", "spokesman", "campaigner")."""
    return word in vocabulary().titles or (
        len(word) >= 6 and word.endswith(_PROFESSION_ENDS) and word not in vocabulary().stopwords
    )


def _right_title_word(word: str) -> bool:
    """A title's word before a name after an inverted cue: a title, a title's or a group's
    modifier ("senior", "police"), or a profession's noun."""
    return word in _right_title_words() or _lower_title(word)


def right_tail(text: str, m: Mention, sent_end: int, kinds: Mapping[str, ActorKind]) -> bool:
    """The end of the sentence after the speaker of an inverted cue: punctuation, a clause
    after a comma, for a person an organisation ("said X of Amnesty International."), for
    an organisation the noun of its kind ("said China's official Xinhua news agency.")."""
    if _RIGHT_TAIL.fullmatch(text, m.end, sent_end):
        # (not a list that is the subject of a reported clause: "..., said Benin, Togo and
        # Ghana had reported cases" reports them; the speaker is the sentence's subject)
        return not (
            text.startswith(",", m.end) and _LIST_SUBJECT.match(text, m.end, sent_end) is not None
        )
    if not text[m.end : m.end + 1].isspace():
        return False
    kind = kinds.get(m.actor_id)
    if kind is _PERSON:
        return _RIGHT_OF_TAIL.fullmatch(text, m.end, sent_end) is not None
    if kind is _GROUP:
        # "said a trader at the market.", "said a resident of the village in Ikeja."
        return _RIGHT_PLACE_TAIL.fullmatch(text, m.end, sent_end) is not None
    return kind is _ORGANISATION and _RIGHT_NOUN_TAIL.fullmatch(text, m.end, sent_end) is not None
