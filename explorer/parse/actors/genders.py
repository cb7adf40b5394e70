"""What the text says of a person's gender: an honorific before a mention ("Mrs Ortiz",
"Mr. Hale") or a gendered role ("spokeswoman", "king"). Used only to keep a "she said"
from a man and a "he said" from a woman; most persons stay unknown (no guess from names)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from explorer.model import Actor, ActorKind, Mention

# Module constants: an enum member's attribute look-up costs several times a global's.
_PERSON = ActorKind.PERSON

_HONORIFICS = {
    **dict.fromkeys(("Mrs", "Ms", "Miss", "Madam", "Madame", "Mme", "Mlle", "Dame", "Lady"), "f"),
    **dict.fromkeys(("Frau", "Señora", "Senhora"), "f"),
    **dict.fromkeys(("Mr", "Sir", "Lord", "Herr", "Monsieur", "Señor", "Senhor"), "m"),
}
_ROLES = {
    **dict.fromkeys(
        ("spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess"),
        "f",
    ),
    **dict.fromkeys(
        ("spokesman", "congressman", "businessman", "king", "prince", "crown prince", "sheikh"),
        "m",
    ),
}

# A person's possessive pronoun right after their verb, before a kin noun ("Nurse Ada Obi
# lost her sister, a midwife": a woman); only with a kin noun, where "her" is no object.
_KIN_AFTER = re.compile(
    r"\s+[a-z]+\s+(?P<pronoun>his|her)\s+(?:(?:late|only|elder|older|younger|twin|own)\s+)?"
    r"(?:sister|brother|mother|father|daughter|son|husband|wife|sons|daughters|sisters"
    r"|brothers|children|child|parents|family|grandmother|grandfather|grandson"
    r"|granddaughter|aunt|uncle|niece|nephew|cousin|fiancée?|partner)\b"
)


def person_genders(
    text: str, actors: Sequence[Actor], mentions: Sequence[Mention]
) -> dict[str, str]:
    """Person id -> "f" or "m", for the persons the text says one of (and not both)."""
    said: dict[str, set[str]] = {}
    persons = {a.id for a in actors if a.kind is _PERSON}
    for a in actors:
        role = a.role.removeprefix("former ") if a.role else None  # ("former congresswoman")
        if a.id in persons and role in _ROLES:
            said.setdefault(a.id, set()).add(_ROLES[role])
    for m in mentions:
        if m.actor_id in persons:
            before = text[max(0, m.start - 8) : m.start].rstrip(" .\u00a0").rsplit(None, 1)
            gender = _HONORIFICS.get(before[-1]) if before else None
            if gender is not None:
                said.setdefault(m.actor_id, set()).add(gender)
            if (kin := _KIN_AFTER.match(text, m.end)) is not None:
                said.setdefault(m.actor_id, set()).add("f" if kin["pronoun"] == "her" else "m")
    return {pid: next(iter(g)) for pid, g in said.items() if len(g) == 1}
