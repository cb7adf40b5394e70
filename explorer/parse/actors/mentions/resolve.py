"""Resolution of overlaps between the candidate lists (user phrases, the scanned names,
the group phrases): earlier lists win, groups lose to names, a group noun that is a title
or an apposition of a name is no group."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import islice
from operator import attrgetter, le, lt

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.mentions.raw import Raw
from explorer.parse.actors.mentions.tables import _ORGANISATION, _PERSON

_START = attrgetter("start")
_END = attrgetter("end")


class _Spans:
    """Non-overlapping spans sorted by start, for fast overlap tests."""

    def __init__(self, raws: list[Raw]) -> None:
        ordered = sorted(raws, key=_START)
        self.starts = [r.start for r in ordered]
        self.ends = [r.end for r in ordered]

    def overlaps(self, start: int, end: int) -> bool:
        idx = bisect_left(self.starts, end)
        return idx > 0 and self.ends[idx - 1] > start

    def starts_within(self, lo: int, hi: int) -> bool:
        idx = bisect_right(self.starts, lo)
        return idx < len(self.starts) and self.starts[idx] <= hi


_TITLE_GAP = re.compile(r" (?:[A-Z][A-Za-z]*\.? ){1,3}")
# The rest of a group's phrase before the name it describes: " for the junta, ".
# (also a field: "Its spokesman on energy, German MEP X,"; a place: "a delegate at the
# site, X,")
_APPOSED_OPENINGS = (" for ", " of ", " on ", " at ")
# (no speech verb among its words: "Residents of the city said their mayor, X," are the
# speakers, no title of X)
_APPOSED_TAIL = re.compile(
    r" (?:for|of|on|at) (?:the )?(?:(?!(?:said|says|told|tells|added|say) )[\w’'\-]+ ){0,3}"
    r"[\w’'\-]+, "
)
# A speech verb right after a group phrase, whose subject it then is.
_CUE_AFTER = re.compile(r" (?:said|says|reported|reports|added|told|wrote|stated)\b")
_RANK_REACH = 24  # (a rank or honorific may stand between: "Colonel ", "Brig. Gen. ")
_RANKS_BETWEEN = re.compile(r"(?:[A-Z][\w’'.\-]*\s+){0,3}")


def _apposed_person(text: str, at: int, person: Raw) -> bool:
    """Whether ``person`` is the name set off by commas at ``at`` ("..., Colonel X, told"):
    a person starting there (after a rank or honorific at most) and followed by a comma."""
    return (
        person.kind is _PERSON
        and at <= person.start <= at + _RANK_REACH
        and text.startswith(",", person.end)
        and _RANKS_BETWEEN.fullmatch(text, at, person.start) is not None
    )


_ONE_DETS = frozenset({"a", "an", "the", "its", "their"})
# ", chief Asia ": a desk title's first word and its region, between a person's name and the
# job noun a group phrase starts with ("X, chief U.S. economist at Nomura").
_DESK_GAP = re.compile(r", (?:chief|senior|head) (?:[A-Z][\w.\-]*\s+){1,3}")
_DESK_REACH = 40


def _desk_job(text: str, group: Raw, persons: list[Raw], ends: list[int]) -> bool:
    """Whether ``group`` ("U.S. economist at Nomura") is the job of a desk title apposed
    to the person before it (``persons`` by end, ``ends`` theirs)."""
    gs = group.start
    comma = text.rfind(", ", gs - _DESK_REACH if gs > _DESK_REACH else 0, gs)
    if comma < 0 or not text.startswith((", chief ", ", senior ", ", head "), comma):
        return False
    k = bisect_left(ends, comma)
    return (
        k < len(ends)
        and ends[k] == comma
        and persons[k].kind is _PERSON
        and _DESK_GAP.fullmatch(text, comma, gs) is not None
    )


def _apposed_rank(text: str, group: Raw, names: list[Raw], starts: list[int]) -> bool:
    """A group noun of one ("a spokesperson") set off by commas before a ranked person's
    name ("A spokesperson, Cpl. X, said"): it describes the person, no group of its own."""
    at = group.end + 2
    if not text.startswith(", ", group.end) or (group.det or "").lower() not in _ONE_DETS:
        return False
    if (group.core or "").endswith("s"):
        return False  # "The rebels, Colonel X said,": a plural is a group
    return any(
        names[i].role is not None and _apposed_person(text, at, names[i])
        for i in range(bisect_left(starts, at), bisect_left(starts, at + _RANK_REACH))
    )


def _titled_after(text: str, group: Raw, person: Raw) -> bool:
    """A person with a role right after a group noun over a rank or honorific ("spokesman
    Captain Jeff Davis", "spokesman Capt. Jeff Davis"): the noun is a title, no group."""
    return (
        person.role is not None
        and 3 <= person.start - group.end < 20
        and _TITLE_GAP.fullmatch(text, group.end, person.start) is not None
    )


# The title in lower case between a group noun and a titled person: " leader ".
_LOWER_TITLE_GAP = re.compile(r" ([a-z]+(?: [a-z]+)?) ")
_LOWER_TITLE_REACH = 30


def _lower_titled_after(text: str, group: Raw, person: Raw) -> bool:
    """A person titled in lower case right after a group noun ("Opposition leader X",
    "police spokesman X"): the noun is the title's modifier, no group (which would speak
    for the person)."""
    if person.role is None:
        return False
    m = _LOWER_TITLE_GAP.fullmatch(text, group.end, person.start)
    return m is not None and m.group(1) in vocabulary().titles


def _owned_group(group: Raw, names: list[Raw]) -> bool:
    """Whether the names a group overlaps are only its owner's ("a Saudi military source",
    "A Hamas official": the group keeps the owner as its affiliation, the name stays)."""
    return group.affiliation is not None and all(
        r.kind is None or ((r.known or r.kind is _ORGANISATION) and r.name == group.affiliation)
        for r in names
    )


def _resolve(text: str, first: list[Raw], names: list[Raw], groups: list[Raw]) -> list[Raw]:
    """Merge the three candidate lists; earlier lists win overlaps; groups lose to names."""
    if not first:
        starts = list(map(_START, names))
        ends = list(map(_END, names))
        # The scanner's names are in order and disjoint: then a few bisections per group
        # do what the general merge does with sorted copies of every list.
        if all(map(lt, starts, ends)) and all(map(le, ends, islice(starts, 1, None))):
            return _resolve_ordered(text, names, starts, ends, groups)
    return _resolve_general(text, first, names, groups)


def _resolve_ordered(
    text: str, names: list[Raw], starts: list[int], ends: list[int], groups: list[Raw]
) -> list[Raw]:
    """_resolve_general for names sorted, disjoint and not empty, and no user phrases."""
    dropped: set[int] = set()  # indexes of unknown names inside a kept group
    kept: list[Raw] = []
    for g in groups:
        gs, ge = g.start, g.end
        hi = bisect_left(starts, ge)  # names[:hi] start before the group ends
        j = hi - 1
        overlapping: list[int] = []
        while j >= 0 and ends[j] > gs:
            overlapping.append(j)
            j -= 1
        # (Most groups overlap no name, and have none right after them: no generator then.)
        if overlapping and any(names[k].kind is not None for k in overlapping):
            if not _owned_group(g, [names[k] for k in overlapping]):
                continue  # a name wins
            overlapping = []  # "A Huthi military source": the group and its owner's name
        # "spokesman John Smith", "spokesman Captain John Smith": a title, not a group.
        k = bisect_right(starts, ge)
        after = bisect_right(starts, ge + 2, k)
        if k < after and any(names[i].kind is _PERSON for i in range(k, after)):
            continue
        # "Japan's top government spokesman, Chief Cabinet Secretary X,": it describes the
        # titled person after it.
        if text.startswith(", ", ge) and text[ge + 2 : ge + 3].isupper():
            at = ge + 2
            if any(
                names[i].role is not None and _apposed_person(text, at, names[i])
                for i in range(k, bisect_left(starts, at + _RANK_REACH + 1, k))
            ):
                continue
        if (
            text[ge + 1 : ge + 2].isupper()  # (a capitalised rank or honorific after it)
            and text.startswith(" ", ge)
            and any(
                names[i].kind is _PERSON and _titled_after(text, g, names[i])
                for i in range(bisect_left(starts, ge + 3), bisect_left(starts, ge + 20))
            )
        ):
            continue
        if (
            text[ge + 1 : ge + 2].islower()  # ("Opposition leader X": a title in lower case)
            and text.startswith(" ", ge)
            # (most groups have no name that close after them: no generator then)
            and (i0 := bisect_left(starts, ge + 3))
            < (i1 := bisect_left(starts, ge + _LOWER_TITLE_REACH, i0))
            and any(
                names[i].kind is _PERSON and _lower_titled_after(text, g, names[i])
                for i in range(i0, i1)
            )
        ):
            continue
        # "Priya Raman, an analyst at ...": the group phrase describes the person before
        # (not when a speech verb follows it: "talks with Wang Yi, Iranian state media
        # reported").
        k = bisect_left(ends, gs - 2)
        if (
            k < len(ends)
            and ends[k] == gs - 2
            and names[k].kind is _PERSON
            and not _CUE_AFTER.match(text, ge)
        ):
            continue
        # "A spokesman for the junta, Colonel X,": it describes the person after.
        if text.startswith(_APPOSED_OPENINGS, ge) and (tail := _APPOSED_TAIL.match(text, ge)):
            at = tail.end()
            if any(
                _apposed_person(text, at, names[i])
                for i in range(bisect_left(starts, at), bisect_left(starts, at + _RANK_REACH))
            ):
                continue
        # "A spokesperson, Cpl. X, said": a title of one, set off before a ranked name.
        if _apposed_rank(text, g, names, starts):
            continue
        if _desk_job(text, g, names, ends):
            continue  # "X, chief U.S. economist at Nomura": X's job
        dropped.update(overlapping)
        kept.append(g)
    if not kept:
        return names
    if dropped:
        names = [r for i, r in enumerate(names) if i not in dropped]
        starts = [r.start for r in names]
    else:
        names = names.copy()
    # The sort of names + kept by start, the longer span first, without sorting: kept
    # groups are few, in order (the group scan keeps them disjoint and ascending), and each
    # goes before the names starting where it does (only its owner's can: "Iraqi
    # officials"). Inserted from the last, the indexes found in ``starts`` stay valid.
    for g in reversed(kept):
        names.insert(bisect_left(starts, g.start), g)
    return names


def _resolve_general(text: str, first: list[Raw], names: list[Raw], groups: list[Raw]) -> list[Raw]:
    """Merge the three candidate lists; earlier lists win overlaps; groups lose to names."""
    if first:
        first_spans = _Spans(first)
        names = [r for r in names if not first_spans.overlaps(r.start, r.end)]
        groups = [g for g in groups if not first_spans.overlaps(g.start, g.end)]
    strong = [r for r in names if r.kind is not None]
    weak = [r for r in names if r.kind is None]
    if groups:
        strong_spans = _Spans(strong)
        persons = sorted((r for r in strong if r.kind is _PERSON), key=_START)
        person_starts = [r.start for r in persons]
        persons_by_end = sorted(persons, key=_END)
        person_end_list = [r.end for r in persons_by_end]
        person_spans = _Spans(persons)
        person_ends = {r.end for r in persons}
        by_start = {r.start: r for r in persons}
        groups = [
            g
            for g in groups
            if (
                not strong_spans.overlaps(g.start, g.end)
                or _owned_group(g, [r for r in strong if r.start < g.end and g.start < r.end])
            )
            # "spokesman John Smith": a title, not a group.
            and not person_spans.starts_within(g.end, g.end + 2)
            # "spokesman Captain John Smith"
            and not (
                text[g.end + 1 : g.end + 2].isupper()
                and text.startswith(" ", g.end)
                and any(
                    (p := by_start.get(g.end + n)) is not None and _titled_after(text, g, p)
                    for n in range(3, 20)
                )
            )
            # "Opposition leader X"
            and not (
                text[g.end + 1 : g.end + 2].islower()
                and text.startswith(" ", g.end)
                and any(
                    (p := by_start.get(g.end + n)) is not None and _lower_titled_after(text, g, p)
                    for n in range(3, _LOWER_TITLE_REACH)
                )
            )
            # "Priya Raman, an analyst at ...": the group phrase describes the person before
            # (not a speech verb's subject: "talks with Wang Yi, state media reported").
            and (g.start - 2 not in person_ends or _CUE_AFTER.match(text, g.end) is not None)
            # "A spokesman for the junta, Colonel X,": ... or the person after.
            and not (
                text.startswith(_APPOSED_OPENINGS, g.end)
                and (tail := _APPOSED_TAIL.match(text, g.end)) is not None
                and any(_apposed_person(text, tail.end(), p) for p in persons)
            )
            # "A spokesperson, Cpl. X, said"
            and not _apposed_rank(text, g, persons, person_starts)
            # "X, chief U.S. economist at Nomura"
            and not _desk_job(text, g, persons_by_end, person_end_list)
        ]
        if groups:
            group_spans = _Spans(groups)
            weak = [r for r in weak if not group_spans.overlaps(r.start, r.end)]
    out = sorted([*first, *strong, *weak, *groups], key=_START)
    if len(set(map(_START, out))) < len(out):  # rare: two spans start together
        out.sort(key=lambda r: (r.start, -r.end))  # the longer span first
    return out
