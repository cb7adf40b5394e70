"""A title after "then-" before a name is the person's role (held then, as
"Then-Secretary of State X said" is a secretary of state): "then-President X declared"
(had no role), "then-Prime Minister X" (was a "minister")."""

from __future__ import annotations

import re

from explorer.model import ActorKind
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.mentions.raw import Raw

_PERSON = ActorKind.PERSON
# (searched near a name only: "then-", one to three words of the title, the name after one space)
_THEN_TITLE = re.compile(r"[Tt]hen[-‐‑]((?:[A-Za-z][\w\-]*\.? ){0,2}[A-Za-z][\w\-]*\.?) \Z")


def then_titles(text: str, out: list[Raw]) -> None:
    """Give, in place, each unknown person right after "then-" and a title its role, where
    the person has none or a shorter one ("minister" for "prime minister")."""
    titles = vocabulary().titles
    for r in out:
        if (
            r.known
            or (r.kind is not None and r.kind is not _PERSON)
            or r.start < 7
            or "hen" not in text[max(0, r.start - 40) : r.start]
        ):
            continue
        m = _THEN_TITLE.search(text, max(0, r.start - 40), r.start)
        if m is None:
            continue
        role = titles.get(" ".join(m.group(1).lower().rstrip(".").split()))
        if role and (r.role is None or (role != r.role and role.endswith(f" {r.role}"))):
            r.kind = _PERSON
            r.role = role
            r.guessed = False
