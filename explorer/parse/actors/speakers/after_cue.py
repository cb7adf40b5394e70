"""The speaker after an inverted cue ("..., said X", "according to X", "..., said Kremlin
spokesman Dmitry Peskov", "according to China's official Xinhua news agency"). The rules
of the words after the cue live in inverted.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from explorer.parse.actors.nominal import nominal_after
from explorer.parse.actors.speakers.apposed_org import apposed_org, described_org
from explorer.parse.actors.speakers.before_cue import title_speaker
from explorer.parse.actors.speakers.inverted import (
    _appositive_after,
    owner_title_after,
    possessed_org,
    right_gap,
    right_tail,
)
from explorer.parse.actors.speakers.speaker_pass import SpeakerPass, speaker_of


def speakers_after(
    p: SpeakerPass,
    ce: int,
    sent_end: int,
    according: bool,
    lo: int,
    hi: int,
    idxs: Sequence[int],
) -> list[str]:
    """The speakers after the inverted cue ending at ``ce`` (``according``: "according to
    X"). The sentence's mentions outside quotes: ``p.free[lo:hi]`` if the pass is ordered,
    else ``idxs``."""
    text = p.text
    mentions = p.mentions
    kinds = p.kinds
    mstarts = p.mstarts
    free = p.free
    ordered = p.ordered
    a = 0
    if ordered:
        a = bisect_left(p.free_starts, ce, lo, hi)
        after = free[a] if a < hi else None
    else:
        after = next((k for k in idxs if mstarts[k] >= ce), None)
    # where the words after the cue reach the speaker (its owner's possessive first)
    gap_end = mstarts[after] if after is not None else 0
    if after is not None:
        if ordered:
            nxt = free[a + 1] if a + 1 < hi else None
        else:
            nxt = next((k for k in idxs if mstarts[k] >= ce and k != after), None)
        if nxt is not None and (
            possessed_org(text, mentions, kinds, after, nxt)
            # "according to the EU's naval force, EUNAVFOR Atalanta": the force
            or (according and apposed_org(text, mentions, kinds, after, nxt))
        ):
            # "according to China's official Xinhua news agency": Xinhua
            after = nxt
            if ordered:
                a += 1
    appositive = None
    if after is not None and not according:
        appositive = _appositive_after(
            text,
            ce,
            sent_end,
            mentions,
            kinds,
            free[a:hi] if ordered else (k for k in idxs if mstarts[k] >= ce),
        )
    nom = None if appositive is not None else nominal_after(text, ce, sent_end, according)
    owner = None  # "according to Kremlin spokesman Dmitry Peskov": the person
    if according and after is not None:
        owner = _owner_after(p, ce, sent_end, according, a, idxs)
    speakers: list[str] = []
    if appositive is not None:
        speakers.append(appositive)
    elif nom is not None and not (after is not None and mentions[after].start < nom.start):
        speakers.append(title_speaker(p, nom))
    elif owner is not None:
        speakers.append(owner)  # ("according to Kremlin spokesman Dmitry Peskov")
    elif (
        after is not None
        and (
            right_gap(text, ce, gap_end)
            # "according to the bloc's naval mission, X"
            or (
                according
                and described_org(text, ce, mentions[after], kinds.get(mentions[after].actor_id))
            )
        )
        and (according or right_tail(text, mentions[after], sent_end, kinds))
    ):
        who = speaker_of(p, after)
        if who is not None:
            speakers.append(who)
    if not speakers and not according and after is not None and (not ordered or a + 1 < hi):
        # "..., said Kremlin spokesman Dmitry Peskov." (two mentions after the cue; after
        # "according to" the call above, with the same words, found none)
        who = _owner_after(p, ce, sent_end, according, a, idxs)
        if who is not None:
            speakers.append(who)
    return speakers


def _owner_after(
    p: SpeakerPass, ce: int, sent_end: int, according: bool, a: int, idxs: Sequence[int]
) -> str | None:
    """:func:`owner_title_after` on the (first two) mentions after the cue ending at ``ce``
    ("according to Kremlin spokesman Dmitry Peskov", "..., said Kremlin spokesman ...")."""
    mstarts = p.mstarts
    return owner_title_after(
        p.text,
        ce,
        sent_end,
        p.mentions,
        p.kinds,
        p.free[a : a + 2] if p.ordered else [k for k in idxs if mstarts[k] >= ce],
        according,
    )
