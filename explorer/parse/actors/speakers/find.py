"""find_speakers: who makes the statement of each cue of an article, and SpeakerResult.

One pass over the cues sentence by sentence, trying in turn a speaker after an inverted
cue (after_cue), a main clause's subject (subjects), an office or spokesman (spokesmen), a
name before the cue (before_cue), a title phrase, a service, a pronoun's referent
(referents). The steps share the pass's state (speaker_pass.SpeakerPass); the rules live in
the modules beside them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence

from explorer.model import ActorKind, Attribution, Mention, Sentence
from explorer.parse.actors.cues import cues_in_order, with_quote_cues
from explorer.parse.actors.nominal import nominal_before
from explorer.parse.actors.quotes import QuoteSpan
from explorer.parse.actors.speakers.after_cue import speakers_after
from explorer.parse.actors.speakers.before_cue import (
    behalf_speaker,
    named_before,
    service_named,
    title_speaker,
)
from explorer.parse.actors.speakers.gaps import _RELATIVE_BEFORE_CUE
from explorer.parse.actors.speakers.inverted import _INVERTED_LEAD, _space_start
from explorer.parse.actors.speakers.person_of import person_of_object
from explorer.parse.actors.speakers.place_apposed import place_apposed
from explorer.parse.actors.speakers.pronouns import (
    _PRONOUN_GAP_TUPLE,
    _over_adverbs,
    _pronoun_before,
    demonym_person_before,
)
from explorer.parse.actors.speakers.quote_spans import _in_quotes
from explorer.parse.actors.speakers.referents import demonym_speakers, pronoun_speakers
from explorer.parse.actors.speakers.results import SpeakerResult
from explorer.parse.actors.speakers.speaker_kinds import _SPEAKERS
from explorer.parse.actors.speakers.speaker_pass import new_pass, owned_spokesman
from explorer.parse.actors.speakers.spokesmen import behalf_words, on_behalf
from explorer.parse.actors.speakers.statement_cues import (
    _CHECKED_CUES,
    _cue_kind,
    _cue_kinds,
    statement_cue,
)
from explorer.parse.actors.speakers.subjects import (
    _AND_LEADS,
    _PARTICIPLE_LEAD,
    main_subject,
)
from explorer.parse.actors.speakers.titled_of import brief_before

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_PERSON = ActorKind.PERSON


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
    p = new_pass(text, sentences, mentions, kinds, quotes, capital_of, genders, role_holders)
    person = _PERSON
    ordered = p.ordered
    free, free_starts, free_ends = p.free, p.free_starts, p.free_ends
    mends = p.mends
    remapped = p.remapped
    nominal = p.nominal
    demonym_people = p.demonym_people
    person_said = p.person_said
    out: list[Attribution] = []
    # The last statement's sentence and speakers ("it said" refers to them).
    last_said: tuple[int, list[str]] = (-10, [])
    behalf_at = behalf_words(text)  # (for on_behalf: none in most texts)
    # Only the sentences with a cue (the cues come sentence by sentence): the subject of an
    # earlier one is looked for when a "he said" needs it (referents.pronoun_candidates).
    in_quotes = _in_quotes(cue_spans, p.qstarts, p.qends)
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
                idxs = p.sentence_mentions(sent)
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
            # (not "The X family of Toledo, Ohio, said their father, Y, ...": the family)
            apposed = (
                place_apposed(text, lead_end, p.mentions, p.kinds, cands[c_lo:c_hi], sent_start)
                if not according and lead_end > floor and text[lead_end - 1] == ","
                else None
            )
            if apposed is not None:
                speakers = [apposed]
            elif (
                according
                or (lead_end > floor and text[lead_end - 1] in _INVERTED_LEAD)
                or c_lo == c_hi
            ):
                speakers = speakers_after(p, ce, sent_end, according, lo, hi, idxs)
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
                speakers = behalf_speaker(p, behalf, si, cands[c_lo:c_hi])
            if not speakers and c_hi - c_lo == 1:
                # "X said", X the one mention before: named_before's first test (spaces
                # between) and its speaker, without the call.
                m = mentions[cands[c_lo]]
                gap = cs - m.end
                if (
                    (gap == 0 or (0 < gap <= 8 and text[m.end : cs].isspace()))
                    and kinds.get(m.actor_id) in _SPEAKERS
                    # (not a title's brief: "A lawyer for X said", "An aide to President X
                    # said": named_before's test)
                    and not brief_before(text, sent_start, m.start)
                    # (nor an object of "of": "A cousin of X said")
                    and not (
                        kinds.get(m.actor_id) is _PERSON
                        and person_of_object(text, sent_start, m.start)
                    )
                ):
                    speakers = [owned_spokesman(p, cands[c_lo], m.actor_id)]
            if not speakers and c_hi > c_lo:  # (no mention before: no speaker named)
                speakers = named_before(p, sent_start, cs, cands, c_lo, c_hi)
            if (
                len(speakers) == 1
                and kinds.get(speakers[0]) is _COUNTRY
                and demonym_person_before(text, sent_start, cs, speakers[0])
            ):
                # "“...,” the Italian said": the person of that country the story is about
                speakers = demonym_speakers(p, si, speakers[0], cands[c_lo:c_hi])
            if not speakers:
                nom = nominal_before(text, sent_start, cs)
                if nom is not None:
                    speakers.append(title_speaker(p, nom))
            if not speakers:
                if lead_end < 0:
                    lead_end = _space_start(text, sent_start, cs)
                pronoun_end = lead_end
                if text.endswith(_PRONOUN_GAP_TUPLE, floor, lead_end):
                    pronoun_end = _over_adverbs(text, floor, lead_end)
                service = service_named(p, si, floor, pronoun_end, cs, cands[c_lo:c_hi])
                if service is not None:
                    # "Ukraine's air force said": the Ukrainian Air Force; "the Kenyan
                    # government said": Kenya.
                    if service.kind is not _COUNTRY:
                        nominal.append(service)
                    speakers.append(service.id)
                elif _pronoun_before(text, sent_start, pronoun_end, cs):
                    speakers = pronoun_speakers(p, si, pronoun_end, cs, cands[c_lo:c_hi], last_said)
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
