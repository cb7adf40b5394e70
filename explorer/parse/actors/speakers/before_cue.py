"""The speaker named before a cue: the nearest mention with a subject gap to the cue
(named_before: "X said", "X, the director of a hospital, told", "Russia and Syria
denied"), a title phrase whose brief the name is ("the UN envoy for Yemen said"), the
person an office or spokesman speaks for ("his office said": behalf_speaker), a country's
service ("Ukraine's air force said": service_named). The gaps' rules live in gaps.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from explorer.model import ActorKind, Mention
from explorer.parse.actors.mentions.name_clues import GIVEN_NAME_ENDS
from explorer.parse.actors.nominal import Nominal, nominal_before
from explorer.parse.actors.services import service_before
from explorer.parse.actors.speakers.area_gap import area_limit
from explorer.parse.actors.speakers.gaps import (
    _AND_ENDS,
    _AND_GAP,
    _BRIEF_PREPS,
    _LIST_GAP,
    _PREP_BEFORE,
    _PREP_ENDS,
    _PREP_WORDS,
    _TWO_APPOSITIONS,
    _nested_apposed,
    _subject_gap,
)
from explorer.parse.actors.speakers.group_list import group_list_limit
from explorer.parse.actors.speakers.participle_gap import participle_gap
from explorer.parse.actors.speakers.person_of import person_of_object
from explorer.parse.actors.speakers.pronouns import _choose_referent
from explorer.parse.actors.speakers.referents import pronoun_candidates
from explorer.parse.actors.speakers.results import _role_holder
from explorer.parse.actors.speakers.speaker_kinds import _GROUP, _SPEAKERS
from explorer.parse.actors.speakers.speaker_pass import (
    SpeakerPass,
    owned_spokesman,
    speaker_of,
)
from explorer.parse.actors.speakers.spokesmen import (
    _SPOKES,
    _behalf_referent,
    org_spokesman,
    spokesman_for,
    titled_owner,
)
from explorer.parse.actors.speakers.subjects import (
    _service_may_end,
    it_subject,
    service_speaker,
)
from explorer.parse.actors.speakers.titled_of import (
    FIRM_NOUN_ENDS,
    OF_FIRM_BEFORE,
    org_noun_gap,
    titled_brief_start,
    titled_of_start,
)

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_ORGANISATION = ActorKind.ORGANISATION
_PLACE = ActorKind.PLACE
# An organisation's name, then "to (the)" and the body it is accredited to, the subject:
# "The China Chamber of Commerce to the EU said", "the EU delegation to Ukraine said".
_ORG_TO = re.compile(r"\s+to\s+(?:the\s+)?")


def _org_to(text: str, prev: Mention, start: int, kinds: Mapping[str, ActorKind]) -> int:
    """Where the "to (the)" starts between the organisation ``prev`` and the mention at
    ``start`` ("The China Chamber of Commerce| to the |EU said"), if that is all between
    them; else 0."""
    if kinds.get(prev.actor_id) is not _ORGANISATION:
        return 0
    return prev.end if _ORG_TO.fullmatch(text, prev.end, start) else 0


_PERSON = ActorKind.PERSON
# What opens a list of members inside the subject's apposition ("The committee, which
# includes X, Y and Z, said"; "The group, whose members include X, said").
_MEMBERS_BEFORE = (" which includes ", " which include ", " whose members include ")


def title_speaker(p: SpeakerPass, nom: Nominal) -> str:
    """The speaker a title phrase found before or after a cue names: the one holder of its
    role ("the governor said"), else the phrase itself (kept as a new group actor)."""
    holder = _role_holder(nom, p.role_holders) if p.role_holders else None
    if holder is None:
        p.nominal.append(nom)
        return nom.id
    return holder


def _briefed(p: SpeakerPass, start: int, sent_start: int, cs: int) -> str | None:
    """The title phrase whose brief the name at ``start`` is ("The UN envoy for Yemen
    said", "the U.S. ambassador to Japan said": the envoy, not Yemen), if any; not a
    spokesman's employer ("a spokesman for NASA said": NASA)."""
    if _SPOKES.search(p.text, max(sent_start, start - 40), start):
        return None
    nom = nominal_before(p.text, sent_start, cs)
    if nom is None or nom.start >= start:
        return None
    return title_speaker(p, nom)


# A compass word before a place's name, no part of the place's mention ("of Northern
# California"): the preposition before it still makes the place no subject.
_COMPASS_BEFORE = ("Northern ", "Southern ", "Eastern ", "Western ", "Central ")


def named_before(
    p: SpeakerPass, sent_start: int, cs: int, cands: Sequence[int], lo: int, hi: int
) -> list[str]:
    """The speakers named before the cue at ``cs``: the nearest mention with a subject
    gap to the cue (``cands[lo:hi]``: the mentions before it, in order; a range of the
    list rather than a slice of it, as most cues look at the last one only)."""
    text = p.text
    mentions = p.mentions
    kinds = p.kinds
    limit = cs
    members = cs
    if text.find(" include", sent_start, cs) >= 0:  # (the words' common part first)
        members = max(text.rfind(w, sent_start, cs) for w in _MEMBERS_BEFORE)
        if members < 0:
            members = cs
    for pos in range(hi - 1, lo - 1, -1):
        k = cands[pos]
        m = mentions[k]
        start, end = m.start, m.end
        if end > limit:
            continue  # (inside the phrase the limit moved before: "of the Leeds firm")
        if start > members:
            continue  # "The committee, which includes X, Y and Z, said": a member
        if (
            text.endswith(FIRM_NOUN_ENDS, start - 14 if start > 14 else 0, start)
            and text[end:limit].strip() in ("", ",")
            and (fm := OF_FIRM_BEFORE.search(text, start - 60 if start > 60 else 0, start))
        ):
            limit = fm.start()  # "X of the Glasgow firm Harper Macleod, said": X
            continue
        if (
            pos > lo
            and kinds.get(m.actor_id) is _PLACE
            and kinds.get(mentions[cands[pos - 1]].actor_id) is _GROUP
            and (al := area_limit(text, sent_start, start, end, limit))
            and text[mentions[cands[pos - 1]].end : al].isspace()
        ):
            limit = al  # "Growers in the Halden area, where ..., said": the growers
            continue
        if (gl := group_list_limit(text, mentions, cands, lo, pos, kinds, limit)) is not None:
            limit = gl  # "Residents of Leeds, York and Hull said": the residents
            continue
        # The common gap, spaces ("X said"), before the call (the test _subject_gap
        # makes first).
        gap = limit - end
        if (
            not (gap == 0 or (0 < gap <= 8 and text[end:limit].isspace()))
            and not (kinds.get(m.actor_id) is _GROUP and participle_gap(text, end, limit))
            and not _subject_gap(text, sent_start, m, limit, kinds)
            and not (
                # "X, head of the FNSEA, France's largest farmers' union, told": two
                # appositions, the first naming an organisation after "of the" (which
                # moved the limit there)
                limit < cs and _TWO_APPOSITIONS.fullmatch(text, end, cs)
            )
            and not (
                # "Another passenger, a driver who gave his name only as Markus, said":
                # the name the described speaker gives, closing the apposition
                text[end:limit].strip() == ","
                and text.endswith(GIVEN_NAME_ENDS, start - 24 if start > 24 else 0, start)
            )
        ):
            continue
        if text.endswith(_BRIEF_PREPS, sent_start, start):
            nom = _briefed(p, start, sent_start, cs)
            if nom is not None:
                return [nom]
            if pos > lo and (to := _org_to(text, mentions[cands[pos - 1]], start, kinds)):
                limit = to  # ("The China Chamber of Commerce to the EU said": the chamber)
                continue
        elif (
            text[start - 1 : start] == " "
            and (brief := titled_brief_start(text, sent_start, start)) is not None
            and (nom := _briefed(p, brief, sent_start, cs)) is not None
        ):
            return [nom]  # "An aide to President X said": the aide
        if pos == lo:
            if kinds.get(m.actor_id) is _PERSON and person_of_object(text, sent_start, start):
                return []  # "A cousin of X said": the cousin, no actor
            who = m.actor_id if kinds.get(m.actor_id) in _SPEAKERS else speaker_of(p, k)
            return [] if who is None else [owned_spokesman(p, k, who)]
        prev = mentions[cands[pos - 1]]
        if prev.end == end and prev.start < start:
            continue  # the employer inside its group ("Analysts at Deutsche Bank said")
        if "," in text[start - 24 : start]:
            # "Tom Hart, an aide to the prime minister, Paul Morel, said": Tom Hart.
            first = _nested_apposed(text, mentions, cands, lo, pos, kinds, limit)
            if first is not None:
                return [first]
        # _PREP_BEFORE and _AND_GAP end with spaces at the mention, after the last
        # letter of one of their words or more spaces: their regex only then.
        if text.endswith(_COMPASS_BEFORE, start - 9 if start > 9 else 0, start):
            # "Tom Hart of Northern California said": the compass word opens the place
            at = text.rfind(" ", 0, start - 1) + 1
        else:
            at = start
        lead = text[at - 2] if at >= 2 and text[at - 1].isspace() else ""
        spaces = lead.isspace()
        # A word of _PREP_BEFORE ends before one space: its regex only then (more spaces:
        # always).
        if spaces or (
            lead in _PREP_ENDS
            and text.endswith(_PREP_WORDS, sent_start if at - 12 < sent_start else at - 12, at - 1)
        ):
            pm = _PREP_BEFORE.search(text, sent_start if at - 12 < sent_start else at - 12, at)
            if pm is not None and not _SPOKES.search(text, max(sent_start, at - 40), at):
                limit = pm.start()  # "a resident of Djibo": the resident
                continue
        if (of := titled_of_start(text, sent_start, start)) is not None and not _SPOKES.search(
            text, max(sent_start, of - 30), of + 3
        ):
            # "The Freedom Party of former president X said", "The uMkhonto weSizwe (MK)
            # party of former president X said": the party
            limit = of
            if pos > lo and org_noun_gap(text, mentions[cands[pos - 1]].end, of):
                limit = mentions[cands[pos - 1]].end
            continue
        # ("a spokesman for X, NAME, said": NAME speaks, found by the gap.)
        km = mentions[k]
        who = km.actor_id if kinds.get(km.actor_id) in _SPEAKERS else speaker_of(p, k)
        if who is None:
            break
        if org_spokesman(text, prev, km, kinds):
            p.spokes_owner[km.actor_id] = prev.actor_id
            p.remapped[k] = who = prev.actor_id  # (the group mention: the organisation's)
        elif kinds.get(prev.actor_id) is _GROUP and spokesman_for(text, prev, km, kinds):
            p.remapped[cands[pos - 1]] = who  # ("A spokesman for NASA": NASA's mention)
        elif (
            pos - 2 >= lo
            and text[prev.end : start] in ("'s ", "’s ")
            and spokesman_for(text, mentions[cands[pos - 2]], prev, kinds)
        ):
            # ("A spokesman for China's foreign ministry": the ministry's mention)
            p.remapped[cands[pos - 2]] = who
        else:
            who = owned_spokesman(p, k, who)
        speakers = [who]
        # "The companies said": the mentions of each on the same span all speak.
        q = pos - 1
        while q >= lo and mentions[cands[q]].start == start and mentions[cands[q]].end == end:
            other = speaker_of(p, cands[q])
            if other is not None and other not in speakers:
                speakers.insert(0, other)
            q -= 1
        if q < pos - 1:
            return speakers
        # "Russia and Syria denied ...", "Italy, Spain and Malta welcomed ...": all are
        # speakers.
        if (spaces or lead in _AND_ENDS) and _AND_GAP.fullmatch(text, prev.end, start):
            q = pos - 1
            while q >= lo:
                other = speaker_of(p, cands[q])
                if other is None:
                    break
                speakers.insert(0, other)
                if q == lo or not _LIST_GAP.fullmatch(
                    text, mentions[cands[q - 1]].end, mentions[cands[q]].start
                ):
                    break
                q -= 1
        return speakers
    return []


def behalf_speaker(
    p: SpeakerPass, behalf: re.Match[str], si: int, before: Sequence[int]
) -> list[str]:
    """The person an office or spokesman before a cue speaks for ("his office said"):
    :func:`_behalf_referent`; for "X's office" X, if a person."""
    mentions = p.mentions
    kinds = p.kinds
    if behalf.group("pron") is None:
        at = behalf.start()
        owner = [mentions[k].actor_id for k in before if mentions[k].end == at]
        if not owner and p.role_holders:
            # "The prime minister's official spokesman told reporters": the role's holder
            return titled_owner(p.text, at, p.role_holders)
        return owner if owner and kinds.get(owner[0]) is _PERSON else []
    said = p.known_genders()
    gender = "f" if behalf.group("pron") in ("her", "Her") else "m"
    named = [
        mentions[k].actor_id
        for k in before
        if mentions[k].end <= behalf.start() and kinds.get(mentions[k].actor_id) is _PERSON
    ]
    who = _behalf_referent(
        named, said, gender, lambda: _choose_referent(pronoun_candidates(p, si), said, gender)
    )
    return [] if who is None else [who]


def service_named(
    p: SpeakerPass,
    si: int,
    floor: int,
    pronoun_end: int,
    cs: int,
    before: Sequence[int],
) -> Nominal | None:
    """A country's service or ministry before the cue at ``cs`` ("Ukraine's air force
    said", "the Kenyan government said"; ``before``: the mentions before the cue), or after
    "Its" the ministry of the country the sentence before is about."""
    text = p.text
    sent_start = p.sentences[si].start
    service = None
    if before and (
        _service_may_end(text, floor, pronoun_end) or text.startswith(",", pronoun_end - 1)
    ):
        service = service_speaker(
            text, sent_start, pronoun_end, cs, p.mentions, before, p.kinds, p.capital_of
        )
    if service is None and si > 0 and text.startswith("Its ", sent_start):
        # "Kazakhstan pledged to compensate. Its energy ministry said": the ministry of the
        # country the sentence before is about
        owner = it_subject(text, p.sentences, si, p.mentions, (), p.kinds, p.sentence_mentions)
        if owner is not None and p.kinds.get(owner) is _COUNTRY:

            def its_owner(start: int, end: int, owner: str = owner) -> str | None:
                return owner

            service = service_before(text, sent_start, cs, its_owner)
            if service is not None:
                service = replace(service, affiliation=owner)
    return service
