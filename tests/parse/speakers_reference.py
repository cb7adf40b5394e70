"""The reference for speakers/find.py: find_speakers as it was before the cue-sentence-only loop
(every sentence with a cue and those a "he said" may look back to visited, the subject of
each followed), kept to test the faster one against."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from itertools import compress, islice
from operator import attrgetter, le, not_

from explorer.model import ActorKind, Attribution, Mention, Sentence
from explorer.parse.actors.cues import question_cues, quote_cues, sentence_cues
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.nominal import Nominal, nominal_after, nominal_before
from explorer.parse.actors.quotes import QuoteSpan
from explorer.parse.actors.services import service_before
from explorer.parse.actors.speakers.gaps import (
    _AND_GAP,
    _APPOSITION_GAP,
    _BRACKET,
    _CLOSING_COMMA,
    _COMMA_NAMED,
    _GROUP_UNIT_GAP,
    _GROUP_WHO_GAP,
    _GROUP_WITH_GAP,
    _LIST_GAP,
    _NOUN_GAP,
    _OPENING_COMMA,
    _OPENING_REACH,
    _PLACE_CLOSED,
    _PLACE_GAP,
    _PREP_BEFORE,
    _SIMPLE_GAP,
    _TWO_APPOSITIONS,
    _WHO_CUES,
    NAME_ABBREVIATIONS,
    _nested_apposed,
)

# the parts the faster code shares
from explorer.parse.actors.speakers.group_list import group_list_limit
from explorer.parse.actors.speakers.inverted import (
    _INVERTED_LEAD,
    _appositive_after,
    owner_title_after,
    possessed_org,
    right_gap,
    right_tail,
)
from explorer.parse.actors.speakers.noun_spokesman import noun_owner
from explorer.parse.actors.speakers.person_of import person_of_object
from explorer.parse.actors.speakers.pronouns import (
    _PRONOUN,
    _PRONOUN_GAP_WORDS,
    _PRONOUN_NEAR,
    _PRONOUN_PARAGRAPHS,
    _PRONOUN_SENTENCES,
    _choose_referent,
    _over_adverbs,
    demonym_person_before,
    sole_referent,
    sole_window,
    unnamed_referent,
    unnamed_spoke,
)
from explorer.parse.actors.speakers.quote_spans import _quoted
from explorer.parse.actors.speakers.results import SpeakerResult, _role_holder, surname_people
from explorer.parse.actors.speakers.speaker_kinds import _IT_SPEAKERS, _SPEAKERS
from explorer.parse.actors.speakers.spokesmen import (
    _ON_BEHALF,
    _ON_BEHALF_REACH,
    _SPOKES,
    _behalf_referent,
    org_spokesman,
    spokesman_for,
)
from explorer.parse.actors.speakers.statement_cues import statement_cue
from explorer.parse.actors.speakers.subjects import (
    _OPENING_PHRASE_LEAD,
    _OWNED_APPOSED,
    _PARTICIPLE_LEAD,
    _POSSESSIVE,
    _SUBJECT_LEAD,
    _TITLE_LEAD,
    it_subject,
    main_subject,
    service_speaker,
)
from explorer.parse.actors.speakers.titled_of import (
    org_noun_gap,
    titled_brief_start,
    titled_of_start,
)

_PRONOUN_GAPPED = re.compile(
    r"(?<![\w-])(?P<p>he|she|He|She|it|It|they|They)"
    rf"(?:\s+(?:{'|'.join(sorted(_PRONOUN_GAP_WORDS))})){{1,3}}\Z"
)
_START = attrgetter("start")
_END = attrgetter("end")


# "23 students were admitted", "he was told": a form of "be" before a cue that is no
# participle in -ing is a passive, whose subject says nothing.
_PASSIVE = re.compile(r" (?:was|were|is|are|been|be) $")


def _passive(text: str, gap: int, limit: int) -> bool:
    word = text[limit : limit + 30].split(" ", 1)[0].rstrip(".,;:")
    return bool(_PASSIVE.search(text, max(gap - 1, 0), limit)) and not word.endswith("ing")


def _inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    idx = bisect_left(starts, pos + 1) - 1
    return idx >= 0 and spans[idx][0] < pos < spans[idx][1]


def _ascending(xs: list[int]) -> bool:
    return all(map(le, xs, islice(xs, 1, None)))


def _space_start(text: str, lo: int, hi: int) -> int:
    """The start of the spaces ending ``text[lo:hi]`` (``hi`` if none)."""
    lo = max(lo, 0)
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def _after_lead(text: str, lo: int, cue_start: int) -> bool:
    """A comma or quote, then only spaces, before the cue (searched from ``lo``)."""
    lo = max(lo, 0)
    end = _space_start(text, lo, cue_start)
    return end > lo and text[end - 1] in _INVERTED_LEAD


def _pronoun_before(text: str, lo: int, cue_start: int) -> str | None:
    """The pronoun "he", "she" or "it", then spaces, before the cue (searched from ``lo``),
    in lower case."""
    end = _space_start(text, lo, cue_start)
    if end == cue_start:
        return None
    m = _PRONOUN.search(text, max(lo, end - 4), end)
    if m is None:
        # "he also said", "it has also claimed": up to three such words between.
        gapped = _PRONOUN_GAPPED.search(text, lo, end)
        if gapped is None:
            return None
        return gapped.group("p").lower()
    return m.group().lower()


def _unquoted(starts: list[int], spans: list[tuple[int, int]]) -> Sequence[int]:
    """The indices of ``starts`` (ascending) not inside one of ``spans``: as :func:`_quoted`,
    the mentions of each span found by bisect."""
    quoted = bytearray(len(starts))
    found = False
    for s, e in spans:
        lo, hi = bisect_right(starts, s), bisect_left(starts, e)
        if lo < hi:
            quoted[lo:hi] = b"\x01" * (hi - lo)
            found = True
    if not found:
        return range(len(starts))
    return list(compress(range(len(starts)), map(not_, quoted)))


def find_speakers(
    text: str,
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    kinds: dict[str, ActorKind],
    quotes: Sequence[QuoteSpan],
    capital_of: dict[str, str],
    text_cues: list[tuple[int, int]],
    genders: Callable[[], Mapping[str, str]] | None = None,
    role_holders: Mapping[str, tuple[str, int, int]] | None = None,
) -> SpeakerResult:
    """Who makes each statement. ``text_cues``: the spans of ``patterns().cue.finditer(text)``
    (wordscan); ``genders``: the genders the text gives persons."""
    said = {} if genders is None else genders()
    v = vocabulary()
    inverted_cues, continuation_cues = v.inverted_cues, v.continuation_cues
    person = ActorKind.PERSON
    qspans = sorted((q.start, q.end) for q in quotes)
    qstarts = [s for s, _ in qspans]
    mstarts = list(map(_START, mentions))
    mends = list(map(_END, mentions))
    out: list[Attribution] = []
    remapped: dict[int, str] = {}
    demonym_people: dict[tuple[int, str], str] = {}
    nominal: list[Nominal] = []
    # Each sentence's persons a later "he said" may refer to (its person speakers, else its
    # person subject), as (sentence, person) in order; the last statement's speakers.
    persons: list[tuple[int, str, bool]] = []
    # A subject sentence's "asked" object (see _asked_after), by sentence.
    asked_of: dict[int, str | None] = {}
    last_said: tuple[int, list[str]] = (-10, [])
    spokes_owner: dict[str, str] = {}  # a spokesman's group id -> the organisation it spoke for

    def speaker_of(idx: int) -> str | None:
        m = mentions[idx]
        kind = kinds.get(m.actor_id)
        if kind in _SPEAKERS:
            return m.actor_id
        if kind is ActorKind.PLACE and m.actor_id in capital_of:
            country = capital_of[m.actor_id]
            if text[: m.start].endswith(" in "):
                # "the defence ministry in Taipei said": Taiwan's ministry
                service = service_before(text, 0, m.end, lambda s, e: country)
                if service is not None and service.kind is ActorKind.ORGANISATION:
                    nominal.append(service)
                    return service.id
            if text[max(0, m.start - 8) : m.start].endswith(
                (" in ", " from ", " at ", " across ", " outside ", " near ")
            ):
                return None  # "People in Taipei said"
            remapped[idx] = country
            return country
        if kind is ActorKind.PLACE and m.actor_id in surname_people(kinds):
            remapped[idx] = surname_people(kinds)[m.actor_id]
            return remapped[idx]
        return None

    # canonicalise gives the mentions in order and disjoint: those of a sentence outside
    # quotes (the candidates of its cues), and those before or after a cue, are then slices
    # found by bisect (else filtered one by one).
    ordered = _ascending(mstarts) and _ascending(mends)
    if ordered:
        free = _unquoted(mstarts, qspans)
        if isinstance(free, range):
            free_starts, free_ends = mstarts, mends
        else:
            free_starts = [mstarts[k] for k in free]
            free_ends = [mends[k] for k in free]
    else:
        quoted = _quoted(mstarts, qspans)

    def unquoted_mentions(sent: Sentence) -> list[int]:
        """The mentions of ``sent`` outside quotes."""
        return [
            k
            for k in range(len(mentions))
            if sent.start <= mstarts[k] < sent.end and not _inside(qspans, qstarts, mstarts[k])
        ]

    # The cues of every sentence first: a sentence's subject (read by a "he said" in one of
    # the next sentences) is only looked for when one of those has a cue.
    # A naming verb right before a quote ("called her “...”") is a cue too.
    # So is "asked" right after a quoted question ('"Who pays?" she asked').
    extra = [
        c
        for c in quote_cues(text, qstarts) + question_cues(text, [e for _, e in qspans])
        if c[0] not in {cs for cs, _ in text_cues}
    ]
    cues = sentence_cues(text, sentences, sorted(text_cues + extra))
    # Every sentence: a "he said" may read the subject of one any number of sentences back
    # when quotes fill those between.
    filled = [
        any(s <= sent.start + 1 and e >= sent.end - 2 for s, e in qspans) for sent in sentences
    ]

    def back(si: int, j: int) -> int:
        """The sentences from ``j`` to ``si``, not counting those a quote fills between."""
        return si - j - sum(filled[j + 1 : si])

    def sentence_subject(sent: Sentence, idxs: Sequence[int]) -> str | None:
        """The person subject of ``sent`` (its unquoted mentions ``idxs``), if any."""
        subject = None
        for k in idxs[:3]:
            first = mentions[k]
            is_person = kinds.get(first.actor_id) is ActorKind.PERSON
            if (
                not _SUBJECT_LEAD.fullmatch(text, sent.start, first.start)
                # "Nippon Steel and U.S. Steel sued, and Trump ordered a review": the
                # subject of a second clause, no person before it
                and not (
                    is_person
                    and text.endswith((", and ", ", but ", "; "), sent.start, first.start)
                    and text[first.end : first.end + 1] == " "
                    and text[first.end + 1 : first.end + 2].islower()
                )
                # "In Nabatieh's old market, shopkeeper Hassan Fakih was sweeping", "According
                # to X, Y ...": after an opening phrase, the one person the sentence names
                and not (
                    is_person
                    and _OPENING_PHRASE_LEAD.fullmatch(text, sent.start, first.start)
                    and all(
                        mentions[j].actor_id == first.actor_id
                        or kinds.get(mentions[j].actor_id) is not ActorKind.PERSON
                        for j in idxs
                    )
                )
            ):
                # "Egypt's foreign minister, Omar Adel, was more cautious."
                if (
                    text.startswith(",", first.end)
                    and kinds.get(first.actor_id) is ActorKind.PERSON
                    and _TITLE_LEAD.fullmatch(text, sent.start, first.start)
                ):
                    subject = first.actor_id
                break
            if kinds.get(first.actor_id) is ActorKind.PERSON:
                if not text.startswith(_POSSESSIVE, first.end):
                    subject = first.actor_id
                elif (
                    k + 1 < len(mentions)
                    and kinds.get(mentions[k + 1].actor_id) is ActorKind.PERSON
                    and text.startswith(",", mentions[k + 1].end)
                    and _OWNED_APPOSED.fullmatch(text, first.end, mentions[k + 1].start)
                ):
                    # "Okafor's widow, Ada Okafor, wept.": the apposed name
                    subject = mentions[k + 1].actor_id
                break
        return subject

    for si, sent in enumerate(sentences):
        sent_cues = cues.get(si, ())
        subject_read = True
        if ordered:
            lo = bisect_left(free_starts, sent.start)
            hi = bisect_left(free_starts, sent.end, lo)
            idxs = free[lo:hi]
        else:
            lo = bisect_left(mstarts, sent.start)
            hi = bisect_left(mstarts, sent.end)
            idxs = [k for k in range(lo, hi) if not quoted[k]]
        found: list[str] = []
        person_found = False
        for cs, ce in sent_cues:
            if qspans and _inside(qspans, qstarts, cs):
                continue
            surface = text[cs:ce]
            # Spaces inside a cue collapsed to one ("according  to"); a word needs no split.
            cue = surface.lower() if surface.isalpha() else " ".join(surface.lower().split())
            if cue in continuation_cues and found:
                continue
            if not statement_cue(text, surface, ce):
                continue  # "the Assembly rejected the budget": a vote
            speakers: list[str] = []
            if ordered:
                before = free[lo : bisect_right(free_ends, cs, lo, hi)]
                after = free[bisect_left(free_starts, ce, lo, hi) : hi]
            else:
                before = [k for k in idxs if mends[k] <= cs]
                after = [k for k in idxs if mstarts[k] >= ce]
            inverted = cue in inverted_cues and (
                cue == "according to" or _after_lead(text, sent.start, cs) or not before
            )
            gap_end = mentions[after[0]].start if after else 0  # (the owner's, if any)
            if (
                inverted
                and len(after) > 1
                and possessed_org(text, mentions, kinds, after[0], after[1])
            ):
                after = after[1:]  # "according to China's official Xinhua": Xinhua
            if inverted and after and cue != "according to":
                who = _appositive_after(text, ce, sent.end, mentions, kinds, after)
                if who is not None:
                    speakers.append(who)
            if inverted and not speakers:
                nom = nominal_after(text, ce, sent.end, cue == "according to")
                if nom is not None and not (after and mentions[after[0]].start < nom.start):
                    holder = _role_holder(nom, role_holders or {})
                    if holder is None:
                        nominal.append(nom)
                    speakers.append(nom.id if holder is None else holder)
            if inverted and after and not speakers and cue == "according to":
                # "according to Kremlin spokesman Dmitry Peskov": the person.
                who = owner_title_after(text, ce, sent.end, mentions, kinds, after, True)
                if who is not None:
                    speakers.append(who)
            if inverted and after and not speakers:
                k = after[0]
                if right_gap(text, ce, gap_end) and (
                    # ("said X of Amnesty International.", "said ... Xinhua news agency.")
                    cue == "according to" or right_tail(text, mentions[k], sent.end, kinds)
                ):
                    who = speaker_of(k)
                    if who is not None:
                        speakers.append(who)
            if inverted and after and not speakers:
                # "..., said Kremlin spokesman Dmitry Peskov."
                who = owner_title_after(
                    text, ce, sent.end, mentions, kinds, after, cue == "according to"
                )
                if who is not None:
                    speakers.append(who)
            if not speakers and cue != "according to" and before:
                # "X congratulated the alliance, calling the result “...”", "X flew to Padang
                # and said", "X did not dispute it but said": the main subject.
                lead = _space_start(text, sent.start, cs)
                if text[max(cs - 5, 0) : cs] in (" and ", " but ") or (
                    "ing" in surface
                    and lead > max(sent.start, 0)
                    and text[lead - 1] in _PARTICIPLE_LEAD
                ):
                    who = main_subject(text, sent.start, mentions, before, kinds)
                    if who is not None:
                        # (the subject's mention already made an organisation's: "A
                        # spokesman for Russia said it. and said")
                        for k in before:
                            if k in remapped and mentions[k].actor_id == who:
                                who = remapped[k]
                                break
                        speakers.append(who)
            behalf = None
            if not speakers and cue != "according to":
                # "his office said", "Lind's spokesman said": the person it speaks for.
                behalf = _ON_BEHALF.search(text, max(sent.start, cs - _ON_BEHALF_REACH), cs)
            if behalf is not None:
                at = behalf.start()
                pron = behalf.group("pron")
                if pron is None:
                    owner = [mentions[k].actor_id for k in before if mentions[k].end == at]
                    if owner and kinds.get(owner[0]) is ActorKind.PERSON:
                        speakers.append(owner[0])
                else:
                    gender = "f" if pron.lower() == "her" else "m"
                    named = [
                        mentions[k].actor_id
                        for k in before
                        if mentions[k].end <= at and kinds.get(mentions[k].actor_id) is person
                    ]

                    def earlier(si: int = si, gender: str = gender) -> str | None:
                        floor = sentences[si].paragraph - _PRONOUN_PARAGRAPHS
                        candidates = [
                            (back(si, j), who, spoke)
                            for j, who, spoke in reversed(persons)
                            if back(si, j) <= _PRONOUN_SENTENCES and sentences[j].paragraph >= floor
                        ]
                        return _choose_referent(candidates, said, gender)

                    who = _behalf_referent(named, said, gender, earlier)
                    if who is not None:
                        speakers.append(who)
            if not speakers and cue != "according to":
                limit = cs
                for pos in range(len(before) - 1, -1, -1):
                    k = before[pos]
                    m = mentions[k]
                    # ("Residents of Leeds, York and Hull said": the residents)
                    if (
                        gl := group_list_limit(text, mentions, before, 0, pos, kinds, limit)
                    ) is not None:
                        limit = gl
                        continue
                    # A bracket after the name opens the gap ("Human Rights Watch (HRW)").
                    # (and an abbreviation's dot after it: "Halden Corp. said")
                    end = m.end + (
                        text[m.end : m.end + 1] == "." and m.text.endswith(NAME_ABBREVIATIONS)
                    )
                    bracket = _BRACKET.match(text, end, limit)
                    gap = end if bracket is None else bracket.end()
                    if (
                        (_SIMPLE_GAP.fullmatch(text, gap, limit) and not _passive(text, gap, limit))
                        or (
                            kinds.get(m.actor_id) is ActorKind.ORGANISATION
                            and _NOUN_GAP.fullmatch(text, gap, limit)
                        )
                        or _APPOSITION_GAP.fullmatch(text, gap, limit)
                        or _PLACE_GAP.fullmatch(text, gap, limit)
                        or (
                            kinds.get(m.actor_id) is ActorKind.GROUP
                            and _GROUP_WITH_GAP.fullmatch(text, gap, limit)
                        )
                        # ("Officials at the EU's delegation in Oslo said": the officials)
                        or (
                            kinds.get(m.actor_id) is ActorKind.GROUP
                            and " " in m.text
                            and _GROUP_UNIT_GAP.fullmatch(text, gap, limit)
                        )
                        or (
                            kinds.get(m.actor_id) is ActorKind.GROUP
                            and text.startswith(_WHO_CUES, limit)
                            and _GROUP_WHO_GAP.fullmatch(text, gap, limit)
                        )
                        # (two appositions, the first's organisation after "of the")
                        or (limit < cs and _TWO_APPOSITIONS.fullmatch(text, m.end, cs))
                        or (
                            kinds.get(m.actor_id) in _COMMA_NAMED
                            and (
                                _CLOSING_COMMA.fullmatch(text, gap, limit)
                                or _PLACE_CLOSED.fullmatch(text, gap, limit)
                            )
                            and _OPENING_COMMA.search(
                                text, max(sent.start, m.start - _OPENING_REACH), m.start
                            )
                        )
                    ):
                        # "The UN envoy for Yemen said": the envoy, not Yemen ("a spokesman
                        # for NASA said": NASA).
                        # ("An aide to President X said": the aide; the title's start)
                        at = (
                            m.start
                            if text[sent.start : m.start].endswith(
                                (" for ", " to ", " for the ", " to the ")
                            )
                            else titled_brief_start(text, sent.start, m.start)
                            if text[m.start - 1 : m.start] == " "
                            else None
                        )
                        if at is not None and not _SPOKES.search(
                            text, max(sent.start, at - 40), at
                        ):
                            nom = nominal_before(text, sent.start, cs)
                            if nom is not None and nom.start < at:
                                holder = _role_holder(nom, role_holders or {})
                                if holder is None:
                                    nominal.append(nom)
                                speakers.append(nom.id if holder is None else holder)
                                break
                        if (
                            pos > 0
                            and mentions[before[pos - 1]].end == m.end
                            and mentions[before[pos - 1]].start < m.start
                        ):
                            continue  # the employer inside its group: the group speaks
                        # "Tom Hart, an aide to the mayor, Paul Morel, said": Tom Hart.
                        nested = _nested_apposed(text, mentions, before, 0, pos, kinds, limit)
                        if nested is not None:
                            speakers.append(nested)
                            break
                        pm = _PREP_BEFORE.search(text, max(sent.start, m.start - 12), m.start)
                        spokes = _SPOKES.search(text, max(sent.start, m.start - 40), m.start)
                        if pm is not None and pos > 0 and spokes is None:
                            limit = pm.start()  # "a resident of Djibo": the resident
                            continue
                        # "The Freedom Party of former president X said": the party.
                        of = titled_of_start(text, sent.start, m.start)
                        if (
                            of is not None
                            and pos > 0
                            and not _SPOKES.search(text, max(sent.start, of - 30), of + 3)
                        ):
                            limit = of
                            if org_noun_gap(text, mentions[before[pos - 1]].end, of):
                                limit = mentions[before[pos - 1]].end
                            continue
                        # "A cousin of X said": the cousin, no actor
                        if (
                            pos == 0
                            and kinds.get(m.actor_id) is ActorKind.PERSON
                            and person_of_object(text, sent.start, m.start)
                        ):
                            break
                        who = speaker_of(k)
                        if who is None:
                            break
                        # "A Toyota spokesman said": Toyota.
                        if pos > 0 and org_spokesman(text, mentions[before[pos - 1]], m, kinds):
                            remapped[k] = who = mentions[before[pos - 1]].actor_id
                            spokes_owner[m.actor_id] = who
                        # "A spokesman for NASA said": the spokesman is NASA's mention.
                        elif pos > 0 and spokesman_for(text, mentions[before[pos - 1]], m, kinds):
                            remapped[before[pos - 1]] = who
                        # "The spokesperson said" after "A Downing Street spokesperson said"
                        elif who in spokes_owner and m.text[:4].lower() == "the ":
                            remapped[k] = who = spokes_owner[who]
                        # "Google said ... a company spokesperson said": Google.
                        elif who in ("spokesman", "spokeswoman", "spokesperson") and text[
                            : m.start
                        ].endswith(("company ", "firm ", "company's ", "company’s ")):
                            orgs = [
                                j
                                for j in range(k)
                                if mentions[j].end >= m.start - 600
                                and kinds.get(mentions[j].actor_id) is ActorKind.ORGANISATION
                            ]
                            if orgs:
                                remapped[k] = who = mentions[orgs[-1]].actor_id
                        # "The Commerce Department said ... A department spokeswoman said":
                        # the organisation named last whose name holds the noun.
                        noun = (
                            noun_owner(text, mentions, kinds, k)
                            if who.split()[-1] in ("spokesman", "spokeswoman", "spokesperson")
                            else None
                        )
                        if noun:
                            remapped[k] = who = noun
                        # "National Grid said ... a spokesperson said": the organisation of
                        # the paragraph that has just spoken, if it is the only one named.
                        if (
                            noun is None
                            and who.split()[-1] in ("spokesman", "spokeswoman", "spokesperson")
                            and m.text[:2].lower() == "a "
                        ):
                            lo = max(m.start - 400, text.rfind("\n", 0, m.start) + 1)
                            near = [
                                j
                                for j in range(k)
                                if mentions[j].start >= lo
                                and kinds.get(mentions[j].actor_id) is ActorKind.ORGANISATION
                            ]
                            owners = {mentions[j].actor_id for j in near}
                            if len(owners) == 1 and any(
                                text[mentions[j].end :].startswith(
                                    (" said", " says", " told", " announced", " added")
                                )
                                for j in near
                            ):
                                remapped[k] = who = owners.pop()
                        speakers.append(who)
                        # "The companies said": every mention on the same span speaks.
                        same = [
                            speaker_of(j)
                            for j in before[:pos]
                            if (mentions[j].start, mentions[j].end) == (m.start, m.end)
                        ]
                        if same:
                            for other in reversed(same):
                                if other is not None and other not in speakers:
                                    speakers.insert(0, other)
                            break
                        # "Russia and Syria denied ...", "Italy, Spain and Malta welcomed
                        # ...": all are speakers.
                        if pos > 0 and _AND_GAP.fullmatch(
                            text, mentions[before[pos - 1]].end, m.start
                        ):
                            p = pos - 1
                            while p >= 0:
                                other = speaker_of(before[p])
                                if other is None:
                                    break
                                speakers.insert(0, other)
                                if p == 0 or not _LIST_GAP.fullmatch(
                                    text, mentions[before[p - 1]].end, mentions[before[p]].start
                                ):
                                    break
                                p -= 1
                        break
                if (
                    len(speakers) == 1
                    and kinds.get(speakers[0]) is ActorKind.COUNTRY
                    and demonym_person_before(text, sent.start, cs, speakers[0])
                ):
                    country = speakers[0]
                    # "the Italian said": the last person speaker or subject, or the first
                    # person of the sentence before
                    floor = sent.paragraph - _PRONOUN_PARAGRAPHS
                    latest = [
                        (back(si, j), who, spoke)
                        for j, who, spoke in reversed(persons)
                        if sentences[j].paragraph >= floor
                    ][:1]
                    speakers = [
                        who
                        for b, who, spoke in latest
                        if b <= _PRONOUN_SENTENCES and ((spoke and b <= _PRONOUN_NEAR) or b <= 1)
                    ]
                    if not speakers and si > 0:
                        # "X's side are third. The Dutchman said": the person whose
                        # possessive opens the sentence before
                        prev = sentences[si - 1]
                        opening = unquoted_mentions(prev)[:1]
                        if (
                            opening
                            and mstarts[opening[0]] == prev.start
                            and kinds.get(mentions[opening[0]].actor_id) is ActorKind.PERSON
                            and text.startswith(_POSSESSIVE, mends[opening[0]])
                        ):
                            speakers = [mentions[opening[0]].actor_id]
                    if speakers:
                        demonym_people[si, country] = speakers[0]
                if not speakers:
                    nom = nominal_before(text, sent.start, cs)
                    if nom is not None:
                        holder = _role_holder(nom, role_holders or {})
                        if holder is None:
                            nominal.append(nom)
                        speakers.append(nom.id if holder is None else holder)
                if not speakers and before:
                    # "Ukraine's air force said": the Ukrainian Air Force.
                    lead = _space_start(text, sent.start, cs)
                    end = _over_adverbs(text, max(sent.start, 0), lead)
                    service = service_speaker(
                        text, sent.start, end, cs, mentions, before, kinds, capital_of
                    )
                    if service is not None:
                        if service.kind is not ActorKind.COUNTRY:
                            nominal.append(service)
                        speakers.append(service.id)
                pronoun = None if speakers else _pronoun_before(text, sent.start, cs)
                if pronoun == "they":
                    at, them = last_said
                    if si - at <= 1 and len(them) == 1 and kinds.get(them[0]) is ActorKind.GROUP:
                        speakers.append(them[0])
                elif pronoun == "it":
                    at, them = last_said
                    if si - at <= 1 and len(them) == 1 and kinds.get(them[0]) in _IT_SPEAKERS:
                        speakers.append(them[0])
                    elif si - at > 1:
                        # "The ministry destroyed 40 drones. It said ...": the subject.
                        who = it_subject(
                            text, sentences, si, mentions, before, kinds, unquoted_mentions
                        )
                        if who is not None:
                            speakers.append(who)
                elif pronoun is not None:
                    floor = sent.paragraph - _PRONOUN_PARAGRAPHS
                    candidates = []
                    for j, who, spoke in reversed(persons):
                        if back(si, j) > _PRONOUN_SENTENCES or sentences[j].paragraph < floor:
                            continue
                        asked = asked_of.get(j)
                        if (
                            back(si, j) == 1
                            and asked is not None
                            and " asked " in sentences[j].text
                        ):
                            # "X asked the witness how ... “...,” he said": the one asked
                            if asked:
                                candidates.append((1, asked, True))
                            break
                        candidates.append((back(si, j), who, spoke))
                    if text[sent.start] not in '"“' and not any(j == si for j, _, _ in persons):
                        # "Bayern coach X was angry about the goal, which he said followed
                        # a foul": the person subject before the pronoun
                        own = sentence_subject(sent, idxs)
                        end = _over_adverbs(text, sent.start, _space_start(text, sent.start, cs))
                        if own is not None and any(
                            mentions[k].actor_id == own and mstarts[k] < end - 2 for k in idxs
                        ):
                            candidates.insert(0, (0, own, True))
                    gender = "f" if pronoun == "she" else "m"
                    referent = unnamed_referent(
                        last_said, si, sentences, kinds, gender, back(si, last_said[0])
                    )
                    if referent is None:
                        referent = _choose_referent(candidates, said, gender)
                    since = sole_window(sentences, si)
                    if unnamed_spoke(last_said, since, kinds):
                        since = last_said[0] + 1  # (a person named after its statement)
                    if referent is None and since <= si:
                        # The one person named in this paragraph or the one before.
                        start = sentences[since].start
                        named = [
                            (mentions[k].actor_id, text.startswith(_POSSESSIVE, mentions[k].end))
                            for k in range(len(mentions))
                            if start <= mstarts[k] < cs and not _inside(qspans, qstarts, mstarts[k])
                        ]
                        referent = sole_referent(reversed(named), kinds, said, gender)
                    if referent is not None:
                        speakers.append(referent)
            if demonym_people and speakers:
                # "The Dutchman said ... but warned": the person again
                speakers = [demonym_people.get((si, who), who) for who in speakers]
            if speakers:
                last_said = (si, speakers)
            for who in speakers:
                if who not in found:
                    found.append(who)
                    out.append(Attribution(si, who, cs, ce))
                    if kinds.get(who) is person:
                        persons.append((si, who, True))
                        person_found = True
        # A sentence without a person speaker whose subject is a person ("Kowalski
        # addressed the court."): a later "he said" may refer to that person; or else to the
        # first person it names, if the text gives that person the pronoun's gender.
        if subject_read and idxs and not person_found:
            subject = sentence_subject(sent, idxs)
            if subject is not None:
                persons.append((si, subject, True))
                asked_of[si] = _asked_after(text, mentions, idxs, subject, kinds)
            else:
                named = [
                    mentions[k].actor_id
                    for k in idxs
                    if kinds.get(mentions[k].actor_id) is ActorKind.PERSON
                    and not text.startswith(_POSSESSIVE, mentions[k].end)
                ]
                if named:
                    persons.append((si, named[0], False))
    return SpeakerResult(tuple(out), remapped, tuple(nominal))


def _asked_after(
    text: str,
    mentions: Sequence[Mention],
    idxs: Sequence[int],
    who: str,
    kinds: Mapping[str, ActorKind],
) -> str | None:
    """Whom the subject ``who`` asked, if " asked " follows its first mention among ``idxs``:
    the person or group named right after it, "" if none; None if it asked no one."""
    for n, k in enumerate(idxs):
        if mentions[k].actor_id != who:
            continue
        after = text[mentions[k].end + 7 : mentions[k].end + 8]
        if not text.startswith(" asked ", mentions[k].end) or not after or after.isspace():
            return None
        at = mentions[k].end + 7
        if n + 1 < len(idxs) and mentions[idxs[n + 1]].start == at:
            nxt = mentions[idxs[n + 1]].actor_id
            return nxt if kinds.get(nxt) in (ActorKind.PERSON, ActorKind.GROUP) else ""
        return ""
    return None
