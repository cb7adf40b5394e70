"""A list of names after a group and a preposition is no subject: "Residents of Leeds,
York and Hull said", "Farmers in Kent, Essex and Suffolk said", "Officials in Ohio and
Indiana said" (the list's last name, nearest the cue, spoke; or no one did). The group
speaks, as it does before a single name ("Residents of Leeds said")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from explorer.model import ActorKind, Mention

_GROUP = ActorKind.GROUP
_PERSON = ActorKind.PERSON
# The group's gap to the list's last name: maybe a few lower-case words ("of pupils"), a
# preposition, the names but the last, joined by commas, then "and".
_NAME = r"[A-Z][\w’'.\-]*(?:\s+[A-Z][\w’'.\-]*){0,2}"
_GROUP_LIST = re.compile(
    r"\s+(?:[a-z][\w\-]*\s+){0,3}?(?:of|in|from|at|near|across)\s+(?:the\s+)?"
    rf"{_NAME}(?:,\s+(?:the\s+)?{_NAME})*,?\s+(?:and|&)\s+(?:the\s+)?"
)
_AND_BEFORE = (" and ", " & ", " and the ")


def group_list_limit(
    text: str,
    mentions: Sequence[Mention],
    cands: Sequence[int],
    lo: int,
    pos: int,
    kinds: Mapping[str, ActorKind],
    limit: int,
) -> int | None:
    """The end of the group whose list of names after a preposition ends with the mention
    ``cands[pos]`` right before the cue at ``limit``, else None. A person of several words
    closing the list stays a subject ("Residents of Leeds and Tom Hart said")."""
    m = mentions[cands[pos]]
    start = m.start
    if not text.endswith(_AND_BEFORE, start - 9 if start > 9 else 0, start):
        return None
    if m.end < limit and not text[m.end : limit].isspace():
        return None  # ("in Cambodia and Vietnam, is due ..., she said": no subject)
    if kinds.get(m.actor_id) is _PERSON and " " in m.text:
        return None
    for q in range(pos - 1, max(lo, pos - 8) - 1, -1):
        prev = mentions[cands[q]]
        if prev.end < start - 160:
            return None
        if kinds.get(prev.actor_id) is _GROUP:
            return prev.end if _GROUP_LIST.fullmatch(text, prev.end, start) else None
    return None
