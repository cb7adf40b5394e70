"""find_speakers: who makes the statement of each cue of an article, and SpeakerResult.

One pass over the cues sentence by sentence, trying in turn a speaker after an inverted
cue (inverted), a main clause's subject (subjects), an office or spokesman (spokesmen),
a name before the cue (gaps), a title phrase, a service, a pronoun's referent (pronouns).
The closures share the pass's memos; the rules live in the modules beside it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from itertools import chain

from explorer.model import ActorKind, Attribution, Mention, Sentence
from explorer.parse.actors.cues import cues_in_order, with_quote_cues
from explorer.parse.actors.nominal import Nominal, nominal_after, nominal_before
from explorer.parse.actors.quotes import QuoteSpan
from explorer.parse.actors.services import service_before
from explorer.parse.actors.speakers.gaps import (
    _AND_ENDS,
    _AND_GAP,
    _ASKED,
    _BRIEF_PREPS,
    _LIST_GAP,
    _PLACE_PREPOSITIONS,
    _PREP_BEFORE,
    _PREP_ENDS,
    _PREP_WORDS,
    _RELATIVE_BEFORE_CUE,
    _TWO_APPOSITIONS,
    _nested_apposed,
    _subject_gap,
)
from explorer.parse.actors.speakers.inverted import (
    _INVERTED_LEAD,
    _appositive_after,
    _space_start,
    owner_title_after,
    possessed_org,
    right_gap,
    right_tail,
)
from explorer.parse.actors.speakers.pronouns import (
    _PRONOUN_GAP_TUPLE,
    _PRONOUN_NEAR,
    _PRONOUN_PARAGRAPHS,
    _PRONOUN_SENTENCES,
    _choose_referent,
    _over_adverbs,
    _pronoun_before,
    _pronoun_gender,
    demonym_person_before,
    possessive_opener,
    sole_referent,
    sole_window,
    unnamed_referent,
    unnamed_spoke,
)
from explorer.parse.actors.speakers.quote_spans import _in_quotes, _quote_filled, _quoted, _unquoted
from explorer.parse.actors.speakers.results import (
    SpeakerResult,
    _role_holder,
    ascending,
    surname_people,
)
from explorer.parse.actors.speakers.speaker_kinds import _GROUP, _IT_SPEAKERS, _SPEAKERS
from explorer.parse.actors.speakers.spokesmen import (
    _SPOKES,
    _behalf_referent,
    behalf_words,
    on_behalf,
    org_spokesman,
    spokesman_for,
    titled_owner,
)
from explorer.parse.actors.speakers.spokesmen import (
    owned_spokesman as _owned_spokesman,
)
from explorer.parse.actors.speakers.statement_cues import (
    _CHECKED_CUES,
    _cue_kind,
    _cue_kinds,
    statement_cue,
)
from explorer.parse.actors.speakers.subjects import (
    _AND_LEADS,
    _OPENING_PHRASE_LEAD,
    _OWNED_APPOSED,
    _PARTICIPLE_LEAD,
    _POSSESSIVE,
    _SUBJECT_LEAD,
    _TITLE_LEAD,
    _service_may_end,
    it_subject,
    joint_subject,
    main_subject,
    service_speaker,
)

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON
_PLACE = ActorKind.PLACE


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
    """Who makes each statement. ``mentions``: in text order (sorted by start, as
    analyse_actors gives them); ``text_cues``: the spans of ``patterns().cue.finditer(text)``
    (wordscan); ``genders``: gives "f" or "m" for the persons the text says it of (see
    :func:`_choose_referent`), asked only when a pronoun needs it; ``role_holders``: the
    roles only one person has, for "the governor said" (:func:`_role_holder`)."""
    if quotes:  # "X called her “...”": a naming verb before a quote is its cue
        text_cues = with_quote_cues(
            text, text_cues, [q.start for q in quotes], [q.end for q in quotes]
        )
    cue_sentences, cue_spans = cues_in_order(text, sentences, text_cues)
    if not cue_sentences:
        return SpeakerResult((), {}, ())
    known_genders: Mapping[str, str] | None = None
    person = _PERSON
    qspans = [(q.start, q.end) for q in quotes]
    qspans.sort()
    qstarts = [s for s, _ in qspans]
    qends = [e for _, e in qspans]
    mstarts = [m.start for m in mentions]
    mends = [m.end for m in mentions]
    out: list[Attribution] = []
    remapped: dict[int, str] = {}
    # (sentence, country) -> the person its demonym named ("The Dutchman said ... but
    # warned": the second cue's speaker too)
    demonym_people: dict[tuple[int, str], str] = {}
    nominal: list[Nominal] = []
    # The persons found as speakers, with their sentences, in order ("he said" refers to
    # one), and the last statement's sentence and speakers ("it said" refers to them).
    person_said: list[tuple[int, str]] = []
    last_said: tuple[int, list[str]] = (-10, [])
    subjects: dict[int, str | None] = {}  # memo of subject()
    quote_filled: dict[int, bool] = {}  # memo of _quote_filled

    surnames: list[dict[str, str]] = []  # surname_people(kinds), made when first needed
    # The organisations whose spokesman spoke ("A Downing Street spokesperson said"), by the
    # spokesman's group id: "the spokesperson" later is theirs.
    spokes_owner: dict[str, str] = {}

    def owned_spokesman(k: int, who: str) -> str:
        return _owned_spokesman(text, mentions, kinds, spokes_owner, remapped, k, who)

    def speaker_of(idx: int) -> str | None:
        m = mentions[idx]
        kind = kinds.get(m.actor_id)
        if kind in _SPEAKERS:
            return m.actor_id
        if kind is _PLACE:
            if m.actor_id in capital_of:
                country = capital_of[m.actor_id]
                if text.endswith(" in ", m.start - 4, m.start):
                    # "the defence ministry in Taipei said": Taiwan's ministry
                    service = service_before(
                        text, m.start - 80, m.end, lambda s, e: country if s <= m.start else None
                    )
                    if service is not None and service.kind is _ORGANISATION:
                        nominal.append(service)
                        return service.id
                if text.endswith(_PLACE_PREPOSITIONS, max(0, m.start - 8), m.start):
                    return None  # "People in Taipei said": the town, no government
                remapped[idx] = country
                return country
            if not surnames:
                surnames.append(surname_people(kinds))  # (once, when a place may speak)
            who = surnames[0].get(m.actor_id)
            if who is not None:
                remapped[idx] = who  # "Siamand Kobani ... Kobani said": no town speaks
                return who
        return None

    # canonicalise gives the mentions in order and disjoint: those of a sentence outside
    # quotes (the candidates of its cues), and those before or after a cue, are then slices
    # found by bisect (else filtered one by one).
    ordered = ascending(mstarts) and ascending(mends)
    if ordered:
        free, free_starts, free_ends = _unquoted(mstarts, mends, qstarts, qends)
    else:
        quoted = _quoted(mstarts, qspans)

    def sentence_mentions(sent: Sentence) -> Sequence[int]:
        """The mentions of ``sent`` outside quotes (indices into ``mentions``)."""
        if ordered:
            lo = bisect_left(free_starts, sent.start)
            return free[lo : bisect_left(free_starts, sent.end, lo)]
        lo = bisect_left(mstarts, sent.start)
        return [k for k in range(lo, bisect_left(mstarts, sent.end)) if not quoted[k]]

    def window(start: int, cs: int) -> Sequence[int]:
        """The mentions outside quotes from ``start`` to the cue at ``cs``."""
        if ordered:
            return free[bisect_left(free_starts, start) : bisect_left(free_starts, cs)]
        lo = bisect_left(mstarts, start)
        return [k for k in range(lo, bisect_left(mstarts, cs)) if not quoted[k]]

    _CLAUSE_JOINS = (", and ", ", but ", "; ")

    def subject(si: int) -> str | None:
        """The person who is the subject of sentence ``si`` ("Kowalski addressed the
        court."), if any."""
        sent = sentences[si]
        for k in sentence_mentions(sent)[:3]:
            first = mentions[k]
            if (
                not _SUBJECT_LEAD.fullmatch(text, sent.start, first.start)
                and not (
                    text.startswith(",", first.end)
                    and kinds.get(first.actor_id) is person
                    and _TITLE_LEAD.fullmatch(text, sent.start, first.start)
                )
                # "In Nabatieh's old market, shopkeeper Hassan Fakih was sweeping": after
                # an opening phrase of place or time, the one person the sentence names
                # (not "On cross-examination, Ann Lee asked Tom Hart ...": either)
                # "Nippon Steel and U.S. Steel sued, and Trump ordered a review": the
                # subject of a second clause, no person before it
                and not (
                    kinds.get(first.actor_id) is person
                    and text.endswith(_CLAUSE_JOINS, sent.start, first.start)
                    and text[first.end : first.end + 2].startswith(" ")
                    and text[first.end + 1 : first.end + 2].islower()
                )
                and not (
                    kinds.get(first.actor_id) is person
                    and _OPENING_PHRASE_LEAD.fullmatch(text, sent.start, first.start)
                    and all(
                        mentions[j].actor_id == first.actor_id
                        or kinds.get(mentions[j].actor_id) is not person
                        for j in sentence_mentions(sent)
                    )
                )
            ):
                return None
            if kinds.get(first.actor_id) is person:
                if not text.startswith(_POSSESSIVE, first.end):
                    return first.actor_id
                # "Okafor's widow, Ada Okafor, wept.": the name apposed to the owned noun
                nxt = mentions[k + 1] if k + 1 < len(mentions) else None
                if (
                    nxt is not None
                    and kinds.get(nxt.actor_id) is person
                    and text.startswith(",", nxt.end)
                    and _OWNED_APPOSED.fullmatch(text, first.end, nxt.start)
                ):
                    return nxt.actor_id
                return None
        return None

    def asked_after(si: int, who: str) -> str | None:
        """Whom the subject ``who`` of sentence ``si`` asked, if it "asked" right after its
        name: the person or group of one named next ("asked the witness how"), "" if no
        mention follows; None if the subject asked no one."""
        ks = sentence_mentions(sentences[si])
        for n, k in enumerate(ks):
            m = mentions[k]
            if m.actor_id != who:
                continue
            am = _ASKED.match(text, m.end)
            if am is None:
                return None
            if n + 1 < len(ks) and mentions[ks[n + 1]].start == am.end():
                nxt = mentions[ks[n + 1]].actor_id
                return nxt if kinds.get(nxt) in (person, _GROUP) else ""
            return ""
        return None

    def first_person(si: int) -> str | None:
        """The first person sentence ``si`` names outside quotes (not a possessive)."""
        for k in sentence_mentions(sentences[si]):
            m = mentions[k]
            if kinds.get(m.actor_id) is person and not text.startswith(_POSSESSIVE, m.end):
                return m.actor_id
        return None

    def said_back(at: int, si: int) -> int:
        """The sentences from ``at`` to ``si``, not counting those a quote fills between
        ('A shop steward said ... "My son is at university. I pay with loans," he said')."""
        back = si - at
        if back <= 1 or at < 0:
            return back  # (mostly: no sentence between, or none said before; each
            # sentence's test is kept, so all cost at most one test a sentence)
        for j in range(at + 1, si):
            filled = quote_filled.get(j)
            if filled is None:
                filled = quote_filled[j] = _quote_filled(sentences[j], qstarts, qends)
            back -= filled
        return back

    def pronoun_candidates(si: int) -> Iterator[tuple[int, str, bool]]:
        """The persons a "he said" in sentence ``si`` may refer to, the latest first (see
        :func:`_choose_referent`): each sentence's person speakers (the last first), or, in an
        earlier sentence without one, its person subject, or else the first person it names;
        back to _PRONOUN_SENTENCES sentences before ``si`` in its paragraph or the
        _PRONOUN_PARAGRAPHS before. The subjects are looked for only here, for the few cues
        that need one, and only as far back as the choice reads (mostly the first)."""
        floor = sentences[si].paragraph - _PRONOUN_PARAGRAPHS
        k = len(person_said) - 1
        back = 0  # the sentences from j to si, not counting those a quote fills between
        for j in range(si, -1, -1):
            if j < si - 1:
                filled = quote_filled.get(j + 1)
                if filled is None:
                    filled = quote_filled[j + 1] = _quote_filled(sentences[j + 1], qstarts, qends)
                back += not filled
            elif j == si - 1:
                back = 1
            if back > _PRONOUN_SENTENCES or sentences[j].paragraph < floor:
                break
            spoke = False
            while k >= 0 and person_said[k][0] >= j:
                if person_said[k][0] == j:
                    spoke = True
                    yield back, person_said[k][1], True
                k -= 1
            if not spoke and j < si:
                if j not in subjects:
                    subjects[j] = subject(j)
                who = subjects[j]
                if who is not None and back == 1 and " asked " in sentences[j].text:
                    # "The prosecutor X asked the witness how ... “...,” he said": the one
                    # asked answers (none if no mention names him)
                    asked = asked_after(j, who)
                    if asked is not None:
                        if asked:
                            yield back, asked, True
                        return
                if who is not None:
                    yield back, who, True
                else:
                    who = first_person(j)
                    if who is not None:
                        yield back, who, False

    def _briefed(start: int, sent_start: int, cs: int) -> str | None:
        """The title phrase whose brief the name at ``start`` is ("The UN envoy for Yemen
        said", "the U.S. ambassador to Japan said": the envoy, not Yemen), if any; not a
        spokesman's employer ("a spokesman for NASA said": NASA)."""
        if _SPOKES.search(text, max(sent_start, start - 40), start):
            return None
        nom = nominal_before(text, sent_start, cs)
        if nom is None or nom.start >= start:
            return None
        holder = _role_holder(nom, role_holders) if role_holders else None
        if holder is None:
            nominal.append(nom)
        return nom.id if holder is None else holder

    def named_before(sent_start: int, cs: int, cands: Sequence[int], lo: int, hi: int) -> list[str]:
        """The speakers named before the cue at ``cs``: the nearest mention with a subject
        gap to the cue (``cands[lo:hi]``: the mentions before it, in order; a range of the
        list rather than a slice of it, as most cues look at the last one only)."""
        limit = cs
        for pos in range(hi - 1, lo - 1, -1):
            k = cands[pos]
            m = mentions[k]
            start, end = m.start, m.end
            # The common gap, spaces ("X said"), before the call (the test _subject_gap
            # makes first).
            gap = limit - end
            if (
                not (gap == 0 or (0 < gap <= 8 and text[end:limit].isspace()))
                and not _subject_gap(text, sent_start, m, limit, kinds)
                and not (
                    # "X, head of the FNSEA, France's largest farmers' union, told": two
                    # appositions, the first naming an organisation after "of the" (which
                    # moved the limit there)
                    limit < cs and _TWO_APPOSITIONS.fullmatch(text, end, cs)
                )
            ):
                continue
            if text.endswith(_BRIEF_PREPS, sent_start, start):
                nom = _briefed(start, sent_start, cs)
                if nom is not None:
                    return [nom]
            if pos == lo:
                who = m.actor_id if kinds.get(m.actor_id) in _SPEAKERS else speaker_of(k)
                return [] if who is None else [owned_spokesman(k, who)]
            prev = mentions[cands[pos - 1]]
            if prev.end == end and prev.start < start:
                continue  # the employer inside its group ("Analysts at Deutsche Bank said")
            if "," in text[start - 24 : start]:
                # "Tom Hart, an aide to the prime minister, Paul Morel, said": Tom Hart.
                first = _nested_apposed(text, mentions, cands, lo, pos, kinds)
                if first is not None:
                    return [first]
            # _PREP_BEFORE and _AND_GAP end with spaces at the mention, after the last
            # letter of one of their words or more spaces: their regex only then.
            lead = text[start - 2] if start >= 2 and text[start - 1].isspace() else ""
            spaces = lead.isspace()
            # A word of _PREP_BEFORE ends before one space: its regex only then (more spaces:
            # always).
            if spaces or (
                lead in _PREP_ENDS
                and text.endswith(
                    _PREP_WORDS, sent_start if start - 12 < sent_start else start - 12, start - 1
                )
            ):
                pm = _PREP_BEFORE.search(
                    text, sent_start if start - 12 < sent_start else start - 12, start
                )
                if pm is not None and not _SPOKES.search(text, max(sent_start, start - 40), start):
                    limit = pm.start()  # "a resident of Djibo": the resident
                    continue
            # ("a spokesman for X, NAME, said": NAME speaks, found by the gap.)
            km = mentions[k]
            who = km.actor_id if kinds.get(km.actor_id) in _SPEAKERS else speaker_of(k)
            if who is None:
                break
            if org_spokesman(text, prev, km, kinds):
                spokes_owner[km.actor_id] = prev.actor_id
                remapped[k] = who = prev.actor_id  # (the group mention: the organisation's)
            elif kinds.get(prev.actor_id) is _GROUP and spokesman_for(text, prev, km, kinds):
                remapped[cands[pos - 1]] = who  # ("A spokesman for NASA": NASA's mention)
            elif (
                pos - 2 >= lo
                and text[prev.end : start] in ("'s ", "’s ")
                and spokesman_for(text, mentions[cands[pos - 2]], prev, kinds)
            ):
                # ("A spokesman for China's foreign ministry": the ministry's mention)
                remapped[cands[pos - 2]] = who
            else:
                who = owned_spokesman(k, who)
            speakers = [who]
            # "The companies said": the mentions of each on the same span all speak.
            p = pos - 1
            while p >= lo and mentions[cands[p]].start == start and mentions[cands[p]].end == end:
                other = speaker_of(cands[p])
                if other is not None and other not in speakers:
                    speakers.insert(0, other)
                p -= 1
            if p < pos - 1:
                return speakers
            # "Russia and Syria denied ...", "Italy, Spain and Malta welcomed ...": all are
            # speakers.
            if (spaces or lead in _AND_ENDS) and _AND_GAP.fullmatch(text, prev.end, start):
                p = pos - 1
                while p >= lo:
                    other = speaker_of(cands[p])
                    if other is None:
                        break
                    speakers.insert(0, other)
                    if p == lo or not _LIST_GAP.fullmatch(
                        text, mentions[cands[p - 1]].end, mentions[cands[p]].start
                    ):
                        break
                    p -= 1
            return speakers
        return []

    def behalf_speaker(behalf: re.Match[str], si: int, before: Sequence[int]) -> list[str]:
        """The person an office or spokesman before a cue speaks for ("his office said"):
        :func:`_behalf_referent`; for "X's office" X, if a person."""
        nonlocal known_genders
        if behalf.group("pron") is None:
            at = behalf.start()
            owner = [mentions[k].actor_id for k in before if mentions[k].end == at]
            if not owner and role_holders:
                # "The prime minister's official spokesman told reporters": the role's holder
                return titled_owner(text, at, role_holders)
            return owner if owner and kinds.get(owner[0]) is person else []
        if known_genders is None:
            known_genders = {} if genders is None else genders()
        said = known_genders
        gender = "f" if behalf.group("pron") in ("her", "Her") else "m"
        named = [
            mentions[k].actor_id
            for k in before
            if mentions[k].end <= behalf.start() and kinds.get(mentions[k].actor_id) is person
        ]
        who = _behalf_referent(
            named, said, gender, lambda: _choose_referent(pronoun_candidates(si), said, gender)
        )
        return [] if who is None else [who]

    behalf_at = behalf_words(text)  # (for on_behalf: none in most texts)
    # Only the sentences with a cue (the cues come sentence by sentence): the subject of an
    # earlier one is looked for when a "he said" needs it (pronoun_referent).
    in_quotes = _in_quotes(cue_spans, qstarts, qends)
    si = -1
    sent_start = sent_end = floor = lo = hi = 0
    idxs: Sequence[int] = ()
    found: list[str] = []
    for cue_si, (cs, ce) in zip(cue_sentences, cue_spans, strict=True):
        if cue_si != si:
            si = cue_si
            sent = sentences[si]
            sent_start, sent_end = sent.start, sent.end
            # The lowest end of the spaces before a cue (a test is cheaper than a max call).
            floor = sent_start if sent_start > 0 else 0
            if ordered:
                lo = bisect_left(free_starts, sent_start)
                hi = bisect_left(free_starts, sent_end, lo)
            else:
                idxs = sentence_mentions(sent)
            found = []
        if cs in in_quotes:
            continue
        surface = text[cs:ce]
        continuation, according, inverted_cue = _cue_kinds.get(surface) or _cue_kind(surface)
        if surface in _CHECKED_CUES and not statement_cue(text, surface, ce):
            continue  # ("the Assembly rejected the budget": a vote)
        if continuation and found:
            continue
        if (
            found
            and text.find("wh", cs - 30 if cs > 30 else 0, cs) >= 0
            and _RELATIVE_BEFORE_CUE.search(text, cs - 40 if cs > 40 else 0, cs)
        ):
            # "Analysts said ... with President X, who has threatened tariffs": a clause
            # describing a name, no statement of the sentence's
            continue
        # The mentions before the cue: cands[c_lo:c_hi].
        if ordered:
            cands, c_lo, c_hi = free, lo, bisect_right(free_ends, cs, lo, hi)
        else:
            cands = [k for k in idxs if mends[k] <= cs]
            c_lo, c_hi = 0, len(cands)
        speakers: list[str] = []
        lead_end = -1  # _space_start(text, sent_start, cs) once needed
        if inverted_cue:
            # _space_start and _after_lead without the calls.
            lead_end = cs
            while lead_end > floor and text[lead_end - 1].isspace():
                lead_end -= 1
            inverted = (
                according
                or (lead_end > floor and text[lead_end - 1] in _INVERTED_LEAD)
                or c_lo == c_hi
            )
        else:
            inverted = False
        if inverted:
            if ordered:
                a = bisect_left(free_starts, ce, lo, hi)
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
                if nxt is not None and possessed_org(text, mentions, kinds, after, nxt):
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
                owner = owner_title_after(
                    text,
                    ce,
                    sent_end,
                    mentions,
                    kinds,
                    free[a : a + 2] if ordered else [k for k in idxs if mstarts[k] >= ce],
                    according,
                )
            if appositive is not None:
                speakers.append(appositive)
            elif nom is not None and not (after is not None and mentions[after].start < nom.start):
                holder = _role_holder(nom, role_holders) if role_holders else None
                if holder is None:
                    nominal.append(nom)
                speakers.append(nom.id if holder is None else holder)
            elif owner is not None:
                speakers.append(owner)  # ("according to Kremlin spokesman Dmitry Peskov")
            elif (
                after is not None
                and right_gap(text, ce, gap_end)
                and (according or right_tail(text, mentions[after], sent_end, kinds))
            ):
                who = speaker_of(after)
                if who is not None:
                    speakers.append(who)
            if not speakers and after is not None and (not ordered or a + 1 < hi):
                # "..., said Kremlin spokesman Dmitry Peskov." (two mentions after the cue)
                who = owner_title_after(
                    text,
                    ce,
                    sent_end,
                    mentions,
                    kinds,
                    free[a : a + 2] if ordered else [k for k in idxs if mstarts[k] >= ce],
                    according,
                )
                if who is not None:
                    speakers.append(who)
        if not speakers and not according and c_hi > c_lo:
            # "X congratulated the alliance, calling the result “...”", "X flew to Padang and
            # said": the main clause's subject (not a name right before the comma).
            second = text.startswith(_AND_LEADS, cs - 5, cs)
            if not second and "ing" in surface:
                if lead_end < 0:
                    lead_end = _space_start(text, sent_start, cs)
                second = lead_end > floor and text[lead_end - 1] in _PARTICIPLE_LEAD
            if second:
                who = main_subject(text, sent_start, mentions, cands[c_lo:c_hi], kinds)
                if who is not None and remapped:
                    # ('A spokesman for the Foreign Ministry said ... and urged': the
                    # subject's mention already made the ministry's)
                    who = next(
                        (remapped[k] for k in cands[c_lo:c_hi] if k in remapped
                         and mentions[k].actor_id == who),
                        who,
                    )  # fmt: skip
                if who is not None:
                    speakers.append(who)
        if not speakers and not according:
            # "his office said", "Lind's spokesman said": before the mention ("spokesman");
            # an organisation's office or spokesman as before.
            behalf = on_behalf(text, sent_start, cs, behalf_at) if behalf_at else None
            if behalf is not None:
                speakers = behalf_speaker(behalf, si, cands[c_lo:c_hi])
            if not speakers and c_hi - c_lo == 1:
                # "X said", X the one mention before: named_before's first test (spaces
                # between) and its speaker, without the call.
                m = mentions[cands[c_lo]]
                gap = cs - m.end
                if (gap == 0 or (0 < gap <= 8 and text[m.end : cs].isspace())) and kinds.get(
                    m.actor_id
                ) in _SPEAKERS:
                    speakers = [owned_spokesman(cands[c_lo], m.actor_id)]
            if not speakers and c_hi > c_lo:  # (no mention before: no speaker named)
                speakers = named_before(sent_start, cs, cands, c_lo, c_hi)
            if (
                len(speakers) == 1
                and kinds.get(speakers[0]) is _COUNTRY
                and demonym_person_before(text, sent_start, cs, speakers[0])
            ):
                # "“...,” the Italian said": the person of that country the story is
                # about (the last speaker or subject, or the first person of the sentence
                # before), not the country
                country = speakers[0]
                speakers = []
                for back, who, spoke in pronoun_candidates(si):
                    if (spoke and back <= _PRONOUN_NEAR) or back <= 1:
                        speakers.append(who)
                    break
                if not speakers and si > 0:
                    # "X's side are third. The Dutchman said": the person whose
                    # possessive opens the sentence before
                    prev = sentences[si - 1]
                    who = possessive_opener(text, prev, sentence_mentions(prev), mentions, kinds)
                    if who is not None:
                        speakers.append(who)
                if speakers:
                    demonym_people[si, country] = speakers[0]
                    # the demonym's mention is the person's ("the Spaniard": no Spain)
                    for k in reversed(cands[c_lo:c_hi]):
                        if mentions[k].actor_id == country:
                            remapped[k] = speakers[0]
                            break
            if not speakers:
                nom = nominal_before(text, sent_start, cs)
                if nom is not None:
                    holder = _role_holder(nom, role_holders) if role_holders else None
                    if holder is None:
                        nominal.append(nom)
                    speakers.append(nom.id if holder is None else holder)
            if not speakers:
                if lead_end < 0:
                    lead_end = _space_start(text, sent_start, cs)
                pronoun_end = lead_end
                if text.endswith(_PRONOUN_GAP_TUPLE, floor, lead_end):
                    pronoun_end = _over_adverbs(text, floor, lead_end)
                service = None
                if c_hi > c_lo and (
                    _service_may_end(text, floor, pronoun_end)
                    or text.startswith(",", pronoun_end - 1)
                ):
                    service = service_speaker(
                        text,
                        sent_start,
                        pronoun_end,
                        cs,
                        mentions,
                        cands[c_lo:c_hi],
                        kinds,
                        capital_of,
                    )
                if service is None and si > 0 and text.startswith("Its ", sent_start):
                    # "Kazakhstan pledged to compensate. Its energy ministry said": the
                    # ministry of the country the sentence before is about
                    owner = it_subject(text, sentences, si, mentions, (), kinds, sentence_mentions)
                    if owner is not None and kinds.get(owner) is _COUNTRY:

                        def its_owner(start: int, end: int, owner: str = owner) -> str | None:
                            return owner

                        service = service_before(text, sent_start, cs, its_owner)
                        if service is not None:
                            service = replace(service, affiliation=owner)
                if service is not None:
                    # "Ukraine's air force said": the Ukrainian Air Force; "the Kenyan
                    # government said": Kenya.
                    if service.kind is not _COUNTRY:
                        nominal.append(service)
                    speakers.append(service.id)
                elif _pronoun_before(text, sent_start, pronoun_end, cs):
                    gender = _pronoun_gender(text, pronoun_end)
                    if gender == "p":
                        # "Officials said ... They said ...": the group that spoke in this
                        # sentence or the one before (no one else)
                        at, said = last_said
                        if si - at <= 1 and len(said) == 1 and kinds.get(said[0]) is _GROUP:
                            speakers.append(said[0])
                        elif si - at <= 1 and len(said) > 1:
                            speakers.extend(said)  # "Russia and China said ... They added"
                        elif si - at > 1 and si > 0:
                            # "Russia and China vetoed it. They said ...": the joint subject
                            prev = sentences[si - 1]
                            speakers.extend(
                                joint_subject(text, prev, mentions, sentence_mentions(prev), kinds)
                            )
                    elif gender == "n":
                        at, said = last_said
                        if si - at <= 1 and len(said) == 1 and kinds.get(said[0]) in _IT_SPEAKERS:
                            speakers.append(said[0])
                        elif si - at > 1:
                            # "The ministry destroyed 40 drones. It said ...": the subject
                            # (where nobody spoke).
                            who = it_subject(
                                text, sentences, si, mentions, cands[c_lo:c_hi], kinds,
                                sentence_mentions,
                            )  # fmt: skip
                            if who is not None:
                                speakers.append(who)
                    elif (
                        group := unnamed_referent(
                            last_said, si, sentences, kinds, gender, said_back(last_said[0], si)
                        )
                    ) is not None:
                        speakers.append(group)  # "A spokesman said ... “...,” he said."
                    else:
                        candidates = pronoun_candidates(si)
                        if text[sent_start] not in '"“' and not (
                            person_said and person_said[-1][0] == si
                        ):
                            # "Bayern coach X was angry about the goal, which he said
                            # followed a foul": the person subject before the pronoun (no
                            # person spoke in its sentence yet)
                            own = subject(si)
                            if own is not None and any(
                                mentions[k].actor_id == own
                                for k in window(sent_start, pronoun_end - 2)
                            ):
                                candidates = chain(((0, own, True),), candidates)
                        latest = next(candidates, None)
                        if latest is not None and known_genders is None:
                            known_genders = {} if genders is None else genders()
                        if latest is not None and known_genders is not None:
                            referent = _choose_referent(
                                chain((latest,), candidates), known_genders, gender
                            )
                            if referent is not None:
                                speakers.append(referent)
                        if not speakers and not unnamed_spoke(
                            last_said, since := sole_window(sentences, si), kinds
                        ):
                            # The one person named in this paragraph or the one before.
                            if known_genders is None:
                                known_genders = {} if genders is None else genders()
                            who = sole_referent(
                                (
                                    (mentions[k].actor_id, text.startswith(_POSSESSIVE, mends[k]))
                                    for k in reversed(window(sentences[since].start, cs))
                                ),
                                kinds,
                                known_genders,
                                gender,
                            )
                            if who is not None:
                                speakers.append(who)
        if demonym_people and speakers:
            speakers = [demonym_people.get((si, who), who) for who in speakers]
        if speakers:
            last_said = (si, speakers)
        for who in speakers:
            if who not in found:
                found.append(who)
                out.append(Attribution(si, who, cs, ce))
                if kinds.get(who) is person:
                    person_said.append((si, who))
    return SpeakerResult(tuple(out), remapped, tuple(nominal))
