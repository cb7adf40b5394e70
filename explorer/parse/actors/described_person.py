"""A person described again by the words the text apposed to their name: "Carlos Alcaraz,
the defending champion, ... the defending champion said", "Ann Lee, the bank's chief
economist, ... The chief economist said"; or by a seeding or title written right before
the name: "beating top seed Jannik Sinner ... The top seed said".

The description ("the" and one to four words in lower case, maybe an owner's possessive
first) stands right after one person's name between commas; a later "the <words>" (the
same, or its last words after the owner: "the chief economist") is that person. Where two
persons were so described, none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from explorer.model import ActorKind, Mention
from explorer.parse.actors.data import vocabulary

# Module constants: an enum member's attribute look-up costs several times a global's.
_GROUP = ActorKind.GROUP
_PERSON = ActorKind.PERSON

# ", the defending champion,", ", the bank's chief economist,": the description apposed.
_APPOSED = re.compile(
    r", the (?P<desc>(?:[a-z][\w\-]*[’']s )?(?P<words>[a-z][\w\-]*(?: [a-z][\w\-]*){0,3})),"
)
# "The nominee, NAME,": a description opening the sentence, then the name apposed (at the
# match's end).
# (A literal first, which the regex engine searches for fast; where the sentence opens is
# tested after a match, by _opens_sentence.)
# (Or a possessive pronoun: "His son, NAME, said ... the son said". Two regexes, each
# opening with a literal the engine searches for fast: one alternation costs five times as
# much.)
_DESCRIBED_FIRST = re.compile(
    r"Th(?:e|eir) (?P<words>[a-z][\w\-]*(?: [a-z][\w\-]*){0,3}), (?=[A-Z])"
)
_DESCRIBED_FIRST_H = re.compile(
    r"H(?:is|er) (?P<words>[a-z][\w\-]*(?: [a-z][\w\-]*){0,3}), (?=[A-Z])"
)
# Descriptions that say nothing of one person ("the first", "the same").
_NOT_DESCRIBING = frozenset(
    {"same", "other", "first", "last", "latest", "former", "first time", "only one"}
)


# "beating top seed Jannik Sinner", "defending champion Carlos Alcaraz": a seeding or a
# title right before the name, which "the top seed said" describes again.
_BEFORE_NAME = re.compile(
    r"(?<![\w’'\-])(?P<words>(?:[Tt]op|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth"
    r"|[Ss]eventh|[Ee]ighth|No\. \d{1,2}|[Dd]efending|[Rr]eigning) (?:seed|champion))\s$"
)
_SEEDED_ENDS = frozenset({" seed ", "mpion "})  # (the six characters before the name)


def _described_before(
    text: str, mentions: Sequence[Mention], kinds: Mapping[str, ActorKind]
) -> dict[str, tuple[set[str], int]]:
    """The seedings and titles written right before a person's name (see _BEFORE_NAME) ->
    the persons so described and where the first ends."""
    out: dict[str, tuple[set[str], int]] = {}
    for m in mentions:
        if m.start < 6 or text[m.start - 6 : m.start] not in _SEEDED_ENDS:
            continue
        if kinds.get(m.actor_id) is not _PERSON:
            continue
        bm = _BEFORE_NAME.search(text, max(0, m.start - 20), m.start)
        if bm is not None:
            words = bm.group("words")
            if words[0] != "N":
                words = words[0].lower() + words[1:]  # ("Top seed X": the top seed)
            ids, _ = out.setdefault(words, (set(), m.end))
            ids.add(m.actor_id)
    return out


def _opens_sentence(text: str, at: int) -> bool:
    """Whether ``at`` opens the text, a line or a sentence (after an end and a space, maybe
    a closing quote between)."""
    if at == 0 or text[at - 1] == "\n":
        return True
    if text[at - 1] != " " or at < 2:
        return False
    end = text[at - 2]
    return end in ".!?\n" or (end in '"”' and at > 2 and text[at - 3] in ".!?")


def _described_at(text: str, at: int, end: int) -> bool:
    """Whether "the <words>" at ``at``..``end`` stands alone as a description: whole words,
    no name right after it ("the defending champion Carlos Alcaraz"), no apposition of its
    own (", the defending champion,")."""
    if at and (text[at - 1].isalnum() or text[at - 1] in "’'-"):
        return False
    after = text[end : end + 2]
    if after[:1].isalnum() or after[:1] in "’'-":
        return False  # (a longer word: "the chief economists")
    if after[:1] == " " and (after[1:2].isupper() or text.startswith(" of ", end)):
        return False  # (a new description: "Born in 1941, the daughter of a fisherman")
    return not (after[:1] == "," and text[at - 2 : at] == ", ")


def persons_described_again(
    text: str, mentions: Sequence[Mention], kinds: Mapping[str, ActorKind]
) -> list[Mention]:
    """Mentions of "the <description>" for the one person the text apposed it to before."""
    seeded = " seed " in text or " champion " in text  # (the words of _BEFORE_NAME)
    before = _described_before(text, mentions, kinds) if seeded else {}
    # Where ", the " stands: a mention ending there may be apposed a description (one set
    # test a mention, not a string comparison).
    apposed: set[int] = set()
    at = text.find(", the ")
    # Where a name follows "The nominee, " opening a sentence -> the description.
    first_words = {
        dm.end(): dm.group("words")
        for rx in (_DESCRIBED_FIRST, _DESCRIBED_FIRST_H)
        for dm in rx.finditer(text)
        if _opens_sentence(text, dm.start())
    }
    if at < 0 and not before and not first_words:
        return []  # (the cheap test first: most texts appose no description)
    while at >= 0:
        apposed.add(at)
        at = text.find(", the ", at + 1)
    by_words: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for key, (ids, end) in before.items():
        by_words[key] = set(ids)
        first_at[key] = end
    for m in mentions if apposed or first_words else ():
        if (
            m.start in first_words
            and text.startswith(",", m.end)
            and kinds.get(m.actor_id) is _PERSON
            and (words := first_words[m.start]) not in _NOT_DESCRIBING
        ):
            # "The nominee, Amy Barrett-Cole, said": the description before the name
            by_words.setdefault(words, set()).add(m.actor_id)
            first_at.setdefault(words, m.end)
        if m.end not in apposed or kinds.get(m.actor_id) is not _PERSON:
            continue
        am = _APPOSED.match(text, m.end)
        if am is None or am.group("words") in _NOT_DESCRIBING:
            continue
        # the whole description and, after an owner, its words alone ("chief economist")
        for key in {am.group("desc"), am.group("words")}:
            by_words.setdefault(key, set()).add(m.actor_id)
            first_at.setdefault(key, am.end())
    # (one word only where it is no title, which titled_again reads: "the nominee", not
    # "the president")
    titles = vocabulary().titles
    single = {
        w: ids.pop()
        for w, ids in by_words.items()
        if len(ids) == 1 and (" " in w or w not in titles)
    }
    if not single:
        return []
    # (a group's mention inside the description gives way to it: "the chief economist")
    taken = [(m.start, m.end) for m in mentions if kinds.get(m.actor_id) is not _GROUP]
    out: list[Mention] = []
    for words, person in single.items():
        for det in ("the ", "The "):
            at = text.find(det + words, first_at[words])
            while at >= 0:
                end = at + 4 + len(words)
                if _described_at(text, at, end) and not any(s < end and at < e for s, e in taken):
                    out.append(Mention(at, end, text[at:end], person))
                    taken.append((at, end))
                at = text.find(det + words, end)
    out.sort(key=lambda m: m.start)
    return out
