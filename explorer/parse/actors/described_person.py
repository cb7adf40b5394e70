"""A person described again by the words the text apposed to their name: "Carlos Alcaraz,
the defending champion, ... the defending champion said", "Ann Lee, the bank's chief
economist, ... The chief economist said".

The description ("the" and one to four words in lower case, maybe an owner's possessive
first) stands right after one person's name between commas; a later "the <words>" (the
same, or its last words after the owner: "the chief economist") is that person. Where two
persons were so described, none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from explorer.model import ActorKind, Mention

# ", the defending champion,", ", the bank's chief economist,": the description apposed.
_APPOSED = re.compile(
    r", the (?P<desc>(?:[a-z][\w\-]*[’']s )?(?P<words>[a-z][\w\-]*(?: [a-z][\w\-]*){0,3})),"
)
# Descriptions that say nothing of one person ("the first", "the same").
_NOT_DESCRIBING = frozenset(
    {"same", "other", "first", "last", "latest", "former", "first time", "only one"}
)


def _described_at(text: str, at: int, end: int) -> bool:
    """Whether "the <words>" at ``at``..``end`` stands alone as a description: whole words,
    no name right after it ("the defending champion Carlos Alcaraz"), no apposition of its
    own (", the defending champion,")."""
    if at and (text[at - 1].isalnum() or text[at - 1] in "’'-"):
        return False
    after = text[end : end + 2]
    if after[:1].isalnum() or after[:1] in "’'-":
        return False  # (a longer word: "the chief economists")
    if after[:1] == " " and after[1:2].isupper():
        return False
    return not (after[:1] == "," and text[at - 2 : at] == ", ")


def persons_described_again(
    text: str, mentions: Sequence[Mention], kinds: Mapping[str, ActorKind]
) -> list[Mention]:
    """Mentions of "the <description>" for the one person the text apposed it to before."""
    if ", the " not in text:
        return []  # (the cheap test first: most texts appose no description)
    by_words: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for m in mentions:
        if not text.startswith(", the ", m.end) or kinds.get(m.actor_id) is not ActorKind.PERSON:
            continue
        am = _APPOSED.match(text, m.end)
        if am is None or am.group("words") in _NOT_DESCRIBING:
            continue
        # the whole description and, after an owner, its words alone ("chief economist")
        for key in {am.group("desc"), am.group("words")}:
            by_words.setdefault(key, set()).add(m.actor_id)
            first_at.setdefault(key, am.end())
    single = {w: ids.pop() for w, ids in by_words.items() if len(ids) == 1 and " " in w}
    if not single:
        return []
    # (a group's mention inside the description gives way to it: "the chief economist")
    taken = [(m.start, m.end) for m in mentions if kinds.get(m.actor_id) is not ActorKind.GROUP]
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
