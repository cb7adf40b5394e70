"""Whom a pronoun or a demonym before a cue refers back to ("he said", "they said", "it
said", "the Italian said"): the persons that spoke or were the subject in the sentences
before (pronoun_candidates), a sentence's subject (subject, memoised on the pass), and the
choice among them by the pronoun's gender (pronoun_speakers). The rules of the choice live
in pronouns.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import chain

from explorer.model import ActorKind
from explorer.parse.actors.speakers.gaps import _ASKED
from explorer.parse.actors.speakers.pronouns import (
    _PRONOUN_NEAR,
    _PRONOUN_PARAGRAPHS,
    _PRONOUN_SENTENCES,
    _choose_referent,
    _pronoun_gender,
    possessive_opener,
    sole_referent,
    sole_window,
    unnamed_referent,
    unnamed_spoke,
)
from explorer.parse.actors.speakers.speaker_kinds import _GROUP, _IT_SPEAKERS
from explorer.parse.actors.speakers.speaker_pass import SpeakerPass
from explorer.parse.actors.speakers.subjects import (
    _OF_APPOSED,
    _OPENING_PHRASE_LEAD,
    _OWNED_APPOSED,
    _POSSESSIVE,
    _SUBJECT_LEAD,
    _TITLE_LEAD,
    it_subject,
    joint_subject,
)

# Module constants: an enum member's attribute look-up costs several times a global's.
_PERSON = ActorKind.PERSON

_CLAUSE_JOINS = (", and ", ", but ", "; ")


def subject(p: SpeakerPass, si: int) -> str | None:
    """The person who is the subject of sentence ``si`` ("Kowalski addressed the court."),
    if any."""
    text = p.text
    mentions = p.mentions
    kinds = p.kinds
    person = _PERSON
    sent = p.sentences[si]
    for k in p.sentence_mentions(sent)[:3]:
        first = mentions[k]
        if (
            not _SUBJECT_LEAD.fullmatch(text, sent.start, first.start)
            and not (
                (
                    text.startswith(",", first.end)
                    or (text.startswith(" of ", first.end) and _OF_APPOSED.match(text, first.end))
                )
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
                    for j in p.sentence_mentions(sent)
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


def _asked_after(p: SpeakerPass, si: int, who: str) -> str | None:
    """Whom the subject ``who`` of sentence ``si`` asked, if it "asked" right after its
    name: the person or group of one named next ("asked the witness how"), "" if no mention
    follows; None if the subject asked no one."""
    mentions = p.mentions
    ks = p.sentence_mentions(p.sentences[si])
    for n, k in enumerate(ks):
        m = mentions[k]
        if m.actor_id != who:
            continue
        am = _ASKED.match(p.text, m.end)
        if am is None:
            return None
        if n + 1 < len(ks) and mentions[ks[n + 1]].start == am.end():
            nxt = mentions[ks[n + 1]].actor_id
            return nxt if p.kinds.get(nxt) in (_PERSON, _GROUP) else ""
        return ""
    return None


def _first_person(p: SpeakerPass, si: int) -> str | None:
    """The first person sentence ``si`` names outside quotes (not a possessive)."""
    for k in p.sentence_mentions(p.sentences[si]):
        m = p.mentions[k]
        if p.kinds.get(m.actor_id) is _PERSON and not p.text.startswith(_POSSESSIVE, m.end):
            return m.actor_id
    return None


def said_back(p: SpeakerPass, at: int, si: int) -> int:
    """The sentences from ``at`` to ``si``, not counting those a quote fills between
    ('A shop steward said ... "My son is at university. I pay with loans," he said')."""
    back = si - at
    if back <= 1 or at < 0:
        return back  # (mostly: no sentence between, or none said before; each
        # sentence's test is kept, so all cost at most one test a sentence)
    for j in range(at + 1, si):
        back -= p.filled(j)
    return back


def pronoun_candidates(p: SpeakerPass, si: int) -> Iterator[tuple[int, str, bool]]:
    """The persons a "he said" in sentence ``si`` may refer to, the latest first (see
    :func:`_choose_referent`): each sentence's person speakers (the last first), or, in an
    earlier sentence without one, its person subject, or else the first person it names;
    back to _PRONOUN_SENTENCES sentences before ``si`` in its paragraph or the
    _PRONOUN_PARAGRAPHS before. The subjects are looked for only here, for the few cues
    that need one, and only as far back as the choice reads (mostly the first)."""
    sentences = p.sentences
    person_said = p.person_said
    subjects = p.subjects
    floor = sentences[si].paragraph - _PRONOUN_PARAGRAPHS
    k = len(person_said) - 1
    back = 0  # the sentences from j to si, not counting those a quote fills between
    for j in range(si, -1, -1):
        if j < si - 1:
            back += not p.filled(j + 1)
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
                subjects[j] = subject(p, j)
            who = subjects[j]
            if who is not None and back == 1 and " asked " in sentences[j].text:
                # "The prosecutor X asked the witness how ... “...,” he said": the one
                # asked answers (none if no mention names him)
                asked = _asked_after(p, j, who)
                if asked is not None:
                    if asked:
                        yield back, asked, True
                    return
            if who is not None:
                yield back, who, True
            else:
                who = _first_person(p, j)
                if who is not None:
                    yield back, who, False


def demonym_speakers(p: SpeakerPass, si: int, country: str, before: Sequence[int]) -> list[str]:
    """The person a country's demonym before the cue names ("“...,” the Italian said"): the
    person of that country the story is about (the last speaker or subject, or the first
    person of the sentence before), not the country; the demonym's mention (the last of
    ``country`` among ``before``) made the person's."""
    speakers: list[str] = []
    for back, who, spoke in pronoun_candidates(p, si):
        if (spoke and back <= _PRONOUN_NEAR) or back <= 1:
            speakers.append(who)
        break
    if not speakers and si > 0:
        # "X's side are third. The Dutchman said": the person whose possessive opens the
        # sentence before
        prev = p.sentences[si - 1]
        opener = possessive_opener(p.text, prev, p.sentence_mentions(prev), p.mentions, p.kinds)
        if opener is not None:
            speakers.append(opener)
    if speakers:
        p.demonym_people[si, country] = speakers[0]
        # the demonym's mention is the person's ("the Spaniard": no Spain)
        for k in reversed(before):
            if p.mentions[k].actor_id == country:
                p.remapped[k] = speakers[0]
                break
    return speakers


def pronoun_speakers(
    p: SpeakerPass,
    si: int,
    pronoun_end: int,
    cs: int,
    before: Sequence[int],
    last_said: tuple[int, list[str]],
) -> list[str]:
    """Whom the pronoun ending at ``pronoun_end`` before the cue at ``cs`` refers to
    (``before``: the mentions before the cue; ``last_said``: the last statement's sentence
    and speakers)."""
    text = p.text
    kinds = p.kinds
    sentences = p.sentences
    sent_start = sentences[si].start
    speakers: list[str] = []
    gender = _pronoun_gender(text, pronoun_end)
    if gender == "p":
        # "Officials said ... They said ...": the group that spoke in this sentence or the
        # one before (no one else)
        at, said = last_said
        if si - at <= 1 and len(said) == 1 and kinds.get(said[0]) is _GROUP:
            speakers.append(said[0])
        elif si - at <= 1 and len(said) > 1:
            speakers.extend(said)  # "Russia and China said ... They added"
        elif si - at > 1 and si > 0:
            # "Russia and China vetoed it. They said ...": the joint subject
            prev = sentences[si - 1]
            speakers.extend(joint_subject(text, prev, p.mentions, p.sentence_mentions(prev), kinds))
    elif gender == "n":
        at, said = last_said
        if si - at <= 1 and len(said) == 1 and kinds.get(said[0]) in _IT_SPEAKERS:
            speakers.append(said[0])
        elif si - at > 1:
            # "The ministry destroyed 40 drones. It said ...": the subject (where nobody
            # spoke).
            who = it_subject(text, sentences, si, p.mentions, before, kinds, p.sentence_mentions)
            if who is not None:
                speakers.append(who)
    elif (
        group := unnamed_referent(
            last_said, si, sentences, kinds, gender, said_back(p, last_said[0], si)
        )
    ) is not None:
        speakers.append(group)  # "A spokesman said ... “...,” he said."
    else:
        person_said = p.person_said
        candidates = pronoun_candidates(p, si)
        if text[sent_start] not in '"“' and not (person_said and person_said[-1][0] == si):
            # "Bayern coach X was angry about the goal, which he said followed a foul": the
            # person subject before the pronoun (no person spoke in its sentence yet)
            own = subject(p, si)
            if own is not None and any(
                p.mentions[k].actor_id == own for k in p.window(sent_start, pronoun_end - 2)
            ):
                candidates = chain(((0, own, True),), candidates)
        latest = next(candidates, None)
        if latest is not None:
            referent = _choose_referent(chain((latest,), candidates), p.known_genders(), gender)
            if referent is not None:
                speakers.append(referent)
        since = sole_window(sentences, si)
        if not speakers and unnamed_spoke(last_said, since, kinds):
            # An unnamed speaker spoke last: only a person named after its statement
            # ("A spokesperson said ... \n\n At a shelter, Linda Shaw, 71, sat with her dogs.
            # “...,” she said": Shaw; "A spokesman said X. Costs rose. Y, he added": none)
            since = last_said[0] + 1
        if not speakers and since <= si:
            # The one person named in this paragraph or the one before.
            mentions = p.mentions
            mends = p.mends
            who = sole_referent(
                (
                    (mentions[k].actor_id, text.startswith(_POSSESSIVE, mends[k]))
                    for k in reversed(p.window(sentences[since].start, cs))
                ),
                kinds,
                p.known_genders(),
                gender,
            )
            if who is not None:
                speakers.append(who)
    return speakers
