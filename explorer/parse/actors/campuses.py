"""A university's campus after its name and a comma: "a professor at the University of
California, Berkeley." The campus is a word of the university's mention (the university
is the one actor; "Berkeley" is no person nor place of its own)."""

from __future__ import annotations

from dataclasses import replace

from explorer.model import ActorKind
from explorer.parse.actors.mentions import Raw

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION

_AFTER_CAMPUS = frozenset(".,;)")


def university_campuses(text: str, raws: list[Raw]) -> list[Raw]:
    """``raws`` with a campus of one or two words after "University of NAME, " (then a
    punctuation mark) joined to the university's mention."""
    out: list[Raw] | None = None
    drop: set[int] = set()
    for i, r in enumerate(raws[:-1]):
        if (
            r.kind is not _ORGANISATION
            or not r.name.startswith("University of ")
            or not text.startswith(", ", r.end)
        ):
            continue
        campus = raws[i + 1]
        if (
            campus.start != r.end + 2
            or campus.kind is _COUNTRY
            or campus.name.count(" ") > 1
            or (campus.end < len(text) and text[campus.end] not in _AFTER_CAMPUS)
        ):
            continue
        if out is None:
            out = list(raws)
        out[i] = replace(r, end=campus.end)
        drop.add(i + 1)
    if out is None:
        return raws
    return [r for k, r in enumerate(out) if k not in drop]
