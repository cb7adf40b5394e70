"""Regular expressions compiled once from the vocabulary data."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from explorer.parse.actors.data import vocabulary


def _alt(words: tuple[str, ...] | list[str]) -> str:
    """An alternation of literal words/phrases, longest first, spaces as \\s+."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@dataclass(frozen=True, slots=True)
class Patterns:
    run: re.Pattern[str]  # a run of capitalised words, with connectors between
    token: re.Pattern[str]
    title_before: re.Pattern[str]  # lower-case title phrase right before a name
    cue_after: re.Pattern[str]  # a cue verb following a name (maybe after an apposition)
    said_before: re.Pattern[str]  # "..., said NAME"
    appos_title: re.Pattern[str]  # "NAME, the director of ..."
    prep_before: re.Pattern[str]  # "in NAME" -> place
    direction_before: re.Pattern[str]  # "eastern PLACE"
    group: re.Pattern[str]
    cue: re.Pattern[str]


@cache
def patterns() -> Patterns:
    v = vocabulary()
    particles = _alt(v.name_particles)
    captok = (
        r"(?:[A-Z]\.){2,}"
        rf"|(?:(?:{particles})[-‐‑])?[A-Z\u00C0-\u00DE][\w\u00C0-\u024F’'\-‐‑]*"
    )
    conn = _alt(v.connectors)
    run = re.compile(
        rf"(?<![\w’'\-‐‑.])(?:{captok})(?:[ \u00a0]+(?:(?:{conn})[ \u00a0]+){{0,2}}(?:{captok}))*"
    )
    titles = _alt(list(v.titles))
    mods = _alt(v.title_modifiers)
    cues = _alt(v.cues)
    g_mods = _alt(v.group_modifiers)
    dets = _alt(v.determiners)
    group = re.compile(
        rf"(?<![\w’'\-‐‑])(?:(?P<det>{dets})\s+)?"
        rf"(?:(?P<bmods>(?:(?:{g_mods})\s+){{1,2}})(?P<bhead>{_alt(v.bound_group_heads)})"
        rf"|(?P<mods>(?:(?:{g_mods})\s+){{0,2}})(?P<head>{_alt(v.group_heads)}))"
        r"(?![\w\-‐‑]|['’]\w)",
        re.IGNORECASE,
    )
    return Patterns(
        run=run,
        token=re.compile(r"\S+"),
        title_before=re.compile(rf"(?<![\w-])((?:(?:{mods})\s+){{0,2}}(?:{titles}))\.?\s+$"),
        cue_after=re.compile(
            r"(?:[’']s)?\s*(?:,[^,.;“”\"]{1,100},\s*)?"
            r"(?:(?:also|then|later|has|had|have|was|again|quickly|previously|earlier|"
            r"reportedly|on\s+\w+)\s+){0,2}"
            rf"(?:{cues})\b"
        ),
        said_before=re.compile(
            r"\b(?:said|says|added|according\s+to|told|wrote|asked|declared)\s+$"
        ),
        appos_title=re.compile(
            r",\s+(?:the|a|an|his|her|its|their)?\s*(?:[\w’'-]+\s+){0,3}?"
            rf"(?P<title>{titles})\b"
        ),
        prep_before=re.compile(rf"\b(?:{_alt(v.place_prepositions)})\s+(?:the\s+)?$"),
        direction_before=re.compile(rf"(?<![\w-])(?:{_alt(v.place_directions)})\s+$"),
        group=group,
        cue=re.compile(rf"(?<![\w-])(?:{cues}|According\s+to)(?![\w-])"),
    )
