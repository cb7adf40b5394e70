"""A role's field kept before its title in an apposition: "Ukraine's human rights
ombudsman, X," is the "human rights ombudsman" (was "ombudsman"), "Its national medical
director, Professor X," the "national medical director" (was "director"), as "Nigeria's
sports minister, X," is the "sports minister"."""

from __future__ import annotations

from functools import cache

from explorer.parse.actors.data import load_toml
from explorer.parse.actors.runs import run_sets

# Lower-case words that name a field or a rank of a title, besides the portfolios and
# fields of the vocabulary ("national medical director", "clinical director").
_MORE = frozenset({"national", "medical", "clinical", "scientific", "technical", "legal"})
# Words a title is described by that are no part of its name (a time: "former", dealt with
# apart; an opinion or a size: "top"; a place: "a local teacher"; the side or body the
# holder speaks for, an affiliation rather than a field: "A rebel spokesman, X,").
_NOT = frozenset(
    {"former", "then", "incoming", "outgoing", "top", "new", "acting", "interim", "local"}
    | {"rebel", "army", "police", "military", "government", "opposition", "ministry"}
    | {"hospital"}
)


@cache
def _field_words() -> frozenset[str]:
    mods = load_toml("vocabulary.toml")["title_modifiers"]
    return (run_sets().title_fields | _MORE | frozenset(mods)) - _NOT


def with_field(role: str, before: str) -> str:
    """``role`` with up to two lower-case field words that end ``before`` (the apposition's
    words before its title) and that it lacks ("human rights" + "ombudsman")."""
    words = before.split()
    fields: list[str] = []
    known = _field_words()
    lead = role.split()
    for w in reversed(words):
        if len(fields) == 2 or not w.islower() or w not in known or w in lead:
            break
        fields.append(w)
    if not fields:
        return role
    return " ".join([*reversed(fields), role])
