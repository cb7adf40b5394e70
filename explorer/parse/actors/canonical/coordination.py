"""Unknown one-word names listed with organisations ("Microsoft, Alphabet, Amazon and Meta
Platforms", "cloud firms such as Microsoft and Amazon"): organisations too."""

from __future__ import annotations

from functools import cache

from explorer.parse.actors.canonical.records import _ORGANISATION
from explorer.parse.actors.data import load_toml
from explorer.parse.actors.mentions import Raw

# What stands between two items of a list, and what closes one.
_LIST_GAPS = frozenset({", ", " and ", ", and ", " or ", ", or "})
_LAST_GAPS = frozenset({" and ", ", and ", " or ", ", or "})
_OWNER_ENDS = ("'s", "’s", "'", "’")
_GAP_MIN = min(map(len, _LIST_GAPS))
_GAP_MAX = max(map(len, _LIST_GAPS))


def listed_with_organisations(
    text: str, raws: list[Raw], lone: list[int] | None = None
) -> set[int]:
    """id() of the unknown candidates of no kind, of one word, inside a sentence, that a
    list ending in "and"/"or" holds with an organisation ("Acme, Zeta and Microsoft"; not
    "Phoenix, Ariz.", "Barron's and ..."). ``lone``: the indices of the unknown candidates
    of no kind, of one word, not opening a sentence, if the caller found them."""
    found: set[int] = set()
    if " and " not in text and " or " not in text:
        return found  # (no list)
    n = len(raws)
    done = -1  # the last index of the list already read
    # (the few candidates that may be listed, found by the caller's pass over the
    # candidates or by one comprehension: most have a kind)
    if lone is None:
        lone = [
            k
            for k, r in enumerate(raws)
            if r.kind is None and not r.known and not r.initial and " " not in r.name
        ]
    for k in [k for k in lone if not text.startswith(_OWNER_ENDS, raws[k].end)]:
        if k <= done:
            continue
        # The list around the candidate: its items joined by list gaps either side.
        # (a gap's length first: most candidates stand far apart, no slice made for them)
        lo = hi = k
        closed = False
        while (
            lo > 0
            and _GAP_MIN <= raws[lo].start - raws[lo - 1].end <= _GAP_MAX
            and (gap := text[raws[lo - 1].end : raws[lo].start]) in _LIST_GAPS
        ):
            closed = closed or gap in _LAST_GAPS
            lo -= 1
        while (
            hi < n - 1
            and _GAP_MIN <= raws[hi + 1].start - raws[hi].end <= _GAP_MAX
            and (gap := text[raws[hi].end : raws[hi + 1].start]) in _LIST_GAPS
        ):
            closed = closed or gap in _LAST_GAPS
            hi += 1
        done = hi
        items = raws[lo : hi + 1]
        if (
            closed
            and any(i.kind is _ORGANISATION for i in items)
            and not _modifies_a_group(text, items[-1].end)
            and not _name_goes_on(text, items[0].start)
        ):
            found.update(
                id(i)
                for i in items
                if i.kind is None
                and not i.known
                and not i.initial
                and " " not in i.name
                and not text.startswith(_OWNER_ENDS, i.end)
            )
    return found


@cache
def _people_nouns() -> frozenset[str]:
    d = load_toml("vocabulary.toml")
    return frozenset(d["group_heads"]) | frozenset(d["informed_heads"])


def _modifies_a_group(text: str, end: int) -> bool:
    """Whether the list ending at ``end`` modifies people ("White House and Republican
    sources"): its items are no actors of their own."""
    word = text[end + 1 : end + 16].split(" ", 1)[0].rstrip(".,;:")
    return text.startswith(" ", end) and word in _people_nouns()


def _name_goes_on(text: str, start: int) -> bool:
    """Whether a capitalised word stands right before ``start`` ("Apple Computer, MCI and
    ...": the list's first item is the end of a longer name)."""
    return (
        start > 1
        and text[start - 1] == " "
        and text[start - 2].isalpha()
        and (text[text.rfind(" ", 0, start - 1) + 1 : start - 1][:1].isupper())
    )
