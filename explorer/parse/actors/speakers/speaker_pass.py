"""The state one find_speakers pass shares (SpeakerPass), and the lookups on it that every
step of the pass uses: the mentions of a sentence or a window outside quotes, the speaker a
mention names, the spokesman's owner.

The indexes are built once per text by :func:`new_pass`; the memos and the results
(``remapped``, ``nominal``, ``person_said``...) are containers the steps fill in place.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from explorer.model import ActorKind, Mention, Sentence
from explorer.parse.actors.nominal import Nominal
from explorer.parse.actors.quotes import QuoteSpan
from explorer.parse.actors.services import service_before
from explorer.parse.actors.speakers.gaps import _PLACE_PREPOSITIONS
from explorer.parse.actors.speakers.quote_spans import _quote_filled, _quoted, _unquoted
from explorer.parse.actors.speakers.results import ascending, surname_people
from explorer.parse.actors.speakers.speaker_kinds import _SPEAKERS
from explorer.parse.actors.speakers.spokesmen import _SPOKES_GROUPS
from explorer.parse.actors.speakers.spokesmen import owned_spokesman as _owned_spokesman

# Module constants: an enum member's attribute look-up costs several times a global's.
_ORGANISATION = ActorKind.ORGANISATION
_PLACE = ActorKind.PLACE


@dataclass(frozen=True, slots=True)
class SpeakerPass:
    """One text's find_speakers pass: its input, indexes, memos and growing results."""

    text: str
    sentences: Sequence[Sentence]
    mentions: Sequence[Mention]
    kinds: dict[str, ActorKind]
    capital_of: dict[str, str]
    # gives "f" or "m" for the persons the text says it of, asked once when a pronoun needs it
    genders: Callable[[], Mapping[str, str]] | None
    role_holders: Mapping[str, tuple[str, int, int]] | None
    qstarts: list[int]  # the quotes' starts and ends, in order
    qends: list[int]
    mstarts: list[int]  # the mentions' starts and ends
    mends: list[int]
    # canonicalise gives the mentions in order and disjoint: those of a sentence outside
    # quotes (the candidates of its cues), and those before or after a cue, are then slices
    # of ``free`` found by bisect (else filtered one by one).
    ordered: bool
    # The mentions' starts in order (their ends maybe not: a name inside another): those of
    # a sentence or a window outside quotes are a slice of ``free`` all the same (else
    # filtered with ``quoted``).
    by_start: bool
    free: Sequence[int]  # (by_start) the mentions outside quotes, their starts and ends
    free_starts: list[int]
    free_ends: list[int]
    quoted: list[bool]  # (not by_start) each mention: inside a quote?
    remapped: dict[int, str]  # mention index -> the actor it is found to be
    nominal: list[Nominal]  # the title phrases found as speakers
    # (sentence, country) -> the person its demonym named ("The Dutchman said ... but
    # warned": the second cue's speaker too)
    demonym_people: dict[tuple[int, str], str]
    # The persons found as speakers, with their sentences, in order ("he said" refers to one).
    person_said: list[tuple[int, str]]
    subjects: dict[int, str | None]  # memo of carried.subject
    quote_filled: dict[int, bool]  # memo of _quote_filled
    surnames: list[dict[str, str]]  # surname_people(kinds), made when first needed
    # The organisations whose spokesman spoke ("A Downing Street spokesperson said"), by the
    # spokesman's group id: "the spokesperson" later is theirs.
    spokes_owner: dict[str, str]
    said_genders: list[Mapping[str, str]]  # genders(), asked when first needed

    def sentence_mentions(self, sent: Sentence) -> Sequence[int]:
        """The mentions of ``sent`` outside quotes (indices into ``mentions``)."""
        if self.by_start:
            free_starts = self.free_starts
            lo = bisect_left(free_starts, sent.start)
            return self.free[lo : bisect_left(free_starts, sent.end, lo)]
        lo = bisect_left(self.mstarts, sent.start)
        quoted = self.quoted
        return [k for k in range(lo, bisect_left(self.mstarts, sent.end)) if not quoted[k]]

    def window(self, start: int, cs: int) -> Sequence[int]:
        """The mentions outside quotes from ``start`` to the cue at ``cs``."""
        if self.by_start:
            free_starts = self.free_starts
            return self.free[bisect_left(free_starts, start) : bisect_left(free_starts, cs)]
        lo = bisect_left(self.mstarts, start)
        quoted = self.quoted
        return [k for k in range(lo, bisect_left(self.mstarts, cs)) if not quoted[k]]

    def known_genders(self) -> Mapping[str, str]:
        """The persons' genders the text says (``genders()``, asked once)."""
        if not self.said_genders:
            self.said_genders.append({} if self.genders is None else self.genders())
        return self.said_genders[0]

    def filled(self, j: int) -> bool:
        """Whether a quote fills sentence ``j`` (memo of :func:`_quote_filled`)."""
        filled = self.quote_filled.get(j)
        if filled is None:
            filled = self.quote_filled[j] = _quote_filled(
                self.sentences[j], self.qstarts, self.qends
            )
        return filled


def new_pass(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    kinds: dict[str, ActorKind],
    quotes: Sequence[QuoteSpan],
    capital_of: dict[str, str],
    genders: Callable[[], Mapping[str, str]] | None,
    role_holders: Mapping[str, tuple[str, int, int]] | None,
) -> SpeakerPass:
    """The pass over ``text``'s cues: its indexes built, its memos empty."""
    qspans = [(q.start, q.end) for q in quotes]
    qspans.sort()
    qstarts = [s for s, _ in qspans]
    qends = [e for _, e in qspans]
    mstarts = [m.start for m in mentions]
    mends = [m.end for m in mentions]
    by_start = ascending(mstarts)
    ordered = by_start and ascending(mends)
    free: Sequence[int] = ()
    free_starts: list[int] = []
    free_ends: list[int] = []
    quoted: list[bool] = []
    if by_start:
        free, free_starts, free_ends = _unquoted(mstarts, mends, qstarts, qends)
    else:
        quoted = _quoted(mstarts, qspans)
    return SpeakerPass(
        text,
        sentences,
        mentions,
        kinds,
        capital_of,
        genders,
        role_holders,
        qstarts,
        qends,
        mstarts,
        mends,
        ordered,
        by_start,
        free,
        free_starts,
        free_ends,
        quoted,
        {},
        [],
        {},
        [],
        {},
        {},
        [],
        {},
        [],
    )


def speaker_of(p: SpeakerPass, idx: int) -> str | None:
    """The speaker mention ``idx`` names: its actor if it may speak; a capital's country
    (remapped), or the person a place's name is the surname of; else None."""
    m = p.mentions[idx]
    kind = p.kinds.get(m.actor_id)
    if kind in _SPEAKERS:
        return m.actor_id
    if kind is _PLACE:
        text = p.text
        capital_of = p.capital_of
        if m.actor_id in capital_of:
            country = capital_of[m.actor_id]
            if text.endswith(" in ", m.start - 4, m.start):
                # "the defence ministry in Taipei said": Taiwan's ministry
                service = service_before(
                    text, m.start - 80, m.end, lambda s, e: country if s <= m.start else None
                )
                if service is not None and service.kind is _ORGANISATION:
                    p.nominal.append(service)
                    return service.id
            if text.endswith(_PLACE_PREPOSITIONS, max(0, m.start - 8), m.start):
                return None  # "People in Taipei said": the town, no government
            p.remapped[idx] = country
            return country
        if not p.surnames:
            p.surnames.append(surname_people(p.kinds))  # (once, when a place may speak)
        who = p.surnames[0].get(m.actor_id)
        if who is not None:
            p.remapped[idx] = who  # "Siamand Kobani ... Kobani said": no town speaks
            return who
    return None


def owned_spokesman(p: SpeakerPass, k: int, who: str) -> str:
    """:func:`spokesmen.owned_spokesman` on the pass's state: "the spokesperson" is the
    organisation's whose spokesperson spoke before, "a company spokesman" the company's."""
    if (
        not p.spokes_owner
        and who not in _SPOKES_GROUPS
        and who.rpartition(" ")[2] not in _SPOKES_GROUPS
    ):
        return who  # (no spokesman spoke before, nor is ``who`` one: nothing to own)
    return _owned_spokesman(p.text, p.mentions, p.kinds, p.spokes_owner, p.remapped, k, who)
