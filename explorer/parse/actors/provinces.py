"""Which country a province, state or region belongs to ("Nova Scotia": Canada,
"England": the United Kingdom), from data/provinces.tsv (extracted from countryinfo):
read for a dateline outside a capital ("MANCHESTER, England (Reuters) -", "HALIFAX, Nova
Scotia"), whose bare titles are that country's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from explorer.model import Actor, ActorKind
from explorer.parse.actors.countries import countries
from explorer.parse.actors.data import load_text


@cache
def province_countries() -> dict[str, str]:
    """Province name -> the country's actor id, for the names one country's provinces
    hold (not "Victoria", a state of Australia and a province elsewhere)."""
    by_code = {c.code: c.name for c in countries()}
    owners: dict[str, set[str]] = {}
    for line in load_text("provinces.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        code, _, province = line.partition("\t")
        if code in by_code:
            owners.setdefault(province, set()).add(by_code[code])
    return {p: next(iter(c)) for p, c in owners.items() if len(c) == 1}


# The region after a dateline's town: ", England (Reuters)", ", Nova Scotia, Nov 3".
_REGION = re.compile(r", ((?:[A-Z][\w’'.\-]*)(?: [A-Z][\w’'.\-]*){0,2})(?=,| \(| —| –| - )")


def dateline_region(
    text: str, end: int, town: str, actors: Sequence[Actor]
) -> tuple[str | None, str | None, int]:
    """The province and the country of a dateline whose town (``town``, ending at ``end``)
    is no capital: the region written after it, a province ("HALIFAX, Nova Scotia") or a
    country the article names ("GENEVA, Switzerland"), else the town itself if it is a
    province's name ("MANCHESTER (Reuters)"); (None, None) where neither is found. Then
    where the dateline's place names end."""
    provinces = province_countries()
    m = _REGION.match(text, end)
    if m is None:
        return None, provinces.get(town), end
    region = m.group(1)
    if region in provinces:
        return region, provinces[region], m.end()
    named = (a.id for a in actors if a.kind is _COUNTRY and region in (a.id, *a.aliases))
    return None, next(named, None), m.end()


_COUNTRY = ActorKind.COUNTRY
