"""An unknown organisation's name without its last word, written again later, is the
organisation: "Pacific Orient Lines ... Pacific Orient's shares" (was a place "Pacific"
and an organisation "Orient"). Where the shorter name is one actor already ("Hong Kong
Airlines ... in Hong Kong") it is left alone, and so where a country's adjective opens it
("the Kenyan Grand Prix Corporation ... The Kenyan Grand Prix starts": a race; not a
country's name: "America West Airlines ... America West said")."""

from __future__ import annotations

from functools import cache

from explorer.model import ActorKind
from explorer.parse.actors.countries import countries
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.mentions.raw import Raw, is_initial

_ORGANISATION = ActorKind.ORGANISATION
_COUNTRY = ActorKind.COUNTRY


def _free_after(text: str, e: int) -> bool:
    """Whether the name ending at ``e`` goes no further: no letter, and no capitalised word
    after spaces or a line break ("Pacific Orient Lines" itself, "Pacific Orient
    Express")."""
    if e < len(text) and (text[e].isalnum() or text[e] in "-&"):
        return False
    rest = text[e : e + 8].lstrip()
    return not (rest[:1].isupper() and len(rest) < len(text[e : e + 8]))


def name_prefixes(text: str, out: list[Raw]) -> list[Raw]:
    """``out`` with the later mentions of an unknown organisation's name without its last
    word (an organisation's word: "Lines", "Shipping") made one mention of it, where other
    mentions cut that name up; a name written so as one actor already is kept."""
    heads = vocabulary().organisation_heads
    found: list[tuple[int, str]] = []
    for r in out:
        if r.kind is _ORGANISATION and not r.known and r.name.count(" ") >= 2:
            cut = r.name.rfind(" ")
            prefix = r.name[:cut]
            if r.name[cut + 1 :] in heads and prefix[-1:].isalpha():
                found.append((r.end, prefix))
    if not found:
        return out
    for after, prefix in found:
        s = text.find(prefix, after)
        while s >= 0:
            e = s + len(prefix)
            if (s == 0 or not (text[s - 1].isalnum() or text[s - 1] in "-'’")) and _free_after(
                text, e
            ):
                out = _joined(text, out, s, e, prefix)
            s = text.find(prefix, e)
    return out


def _joined(text: str, out: list[Raw], s: int, e: int, prefix: str) -> list[Raw]:
    """``out`` with the mentions inside ``s:e`` replaced by one of the organisation, unless
    one of them spans it all or one reaches out of it."""
    inside = []
    for r in out:
        if r.end <= s or r.start >= e:
            continue
        if (r.start == s and r.end == e) or r.start < s or r.end > e:
            return out
        if r.known and r.kind is _COUNTRY and r.start == s and _demonym(text[r.start : r.end]):
            return out  # ("The Kenyan Grand Prix starts": the race, of Kenya)
        inside.append(r)
    if not inside:
        return out
    keep = [r for r in out if r.end <= s or r.start >= e]
    keep.append(Raw(s, e, _ORGANISATION, prefix, initial=is_initial(text, s)))
    keep.sort(key=lambda r: r.start)
    return keep


@cache
def _demonyms() -> frozenset[str]:
    """The countries' demonyms ("Kenyan", "Japanese"), not their names ("America")."""
    return frozenset(d for c in countries() for d in c.demonyms)


def _demonym(word: str) -> bool:
    """Whether a country's mention reads as its adjective ("Kenyan", "Japanese", "Polish")
    rather than its name ("America", "Japan", "U.S.")."""
    return word in _demonyms()
