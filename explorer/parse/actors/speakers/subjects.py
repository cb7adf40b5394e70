"""The subject of a clause as a speaker: of the main clause for a participial or second
cue ("X flew to Padang and said", main_subject), of "it said" (it_subject), a country's
armed service ("Ukraine's air force said", service_speaker), and the leads a sentence's
subject may follow.

Apart: these read the sentence from its start, not back from the cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from itertools import islice

from explorer.model import ActorKind, Mention, Sentence
from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.nominal import Nominal
from explorer.parse.actors.patterns import patterns
from explorer.parse.actors.services import SERVICE_ENDS, service_before
from explorer.parse.actors.speakers.speaker_kinds import _IT_SPEAKERS, _SPEAKERS

# Module constants: an enum member's attribute look-up costs several times a global's.
_COUNTRY = ActorKind.COUNTRY
_PLACE = ActorKind.PLACE

_NO_CAPITALS: Mapping[str, str] = {}
_POSSESSIVE = ("'s", "’s", "'", "’")
# A possessive, then the owned noun and a comma before a name apposed to it: "'s widow, ".
_OWNED_APPOSED = re.compile(r"(?:'s|’s|'|’)(?: [a-z][\w\-]*){1,3}, ")
# Words that may lead a sentence before its subject ("Former mayor John Smith", "But ").
_SUBJECT_LEAD = re.compile(r"[^,;:“”\"]{0,60}")
# ... or a title phrase (its last word in lower case) with the name apposed to it (a comma
# after the name closing the apposition): "Egypt's foreign minister, Omar Adel, was more
# cautious.", "The party's chairman, Ann Lee, left." (not "On cross-examination, Ann Lee
# asked Tom Hart ...", where "she said" may be either).
_TITLE_LEAD = re.compile(r"(?:[^,;:“”\"]{0,60}\s)?[a-z][\w\-]*,\s+")
# ... the comma closing the apposition may follow the name's organisation or place ("The
# regional governor, Ann Lee of the League, was more cautious.", "Its author, Ann Lee of
# the consultancy Brightmere, looked tired.").
_OF_APPOSED = re.compile(r" of (?:the )?(?:[a-z]+ ){0,2}[A-Z][^,;:“”\"]{0,60},")
# ... or an opening phrase of place or time, then lower-case words at most ("In Nabatieh's
# old market, shopkeeper Hassan Fakih was sweeping glass", "On Monday, X left").
_OPENING_PHRASE_LEAD = re.compile(
    r"(?:In|At|On|Outside|Inside|Near|Across|After|Before|During|Later|Earlier|Back in"
    r"|According to)"
    r"\s[^,;:“”\"]{0,50},\s+(?:[a-z][\w\-]*\s+){0,3}"
)


# A country's government (of a kind) after its possessive: the country, as a subject.
_COUNTRY_GOVERNMENT = re.compile(
    r"(?:'s|’s) (?:(?:military|interim|transitional|caretaker|civilian|coalition|federal"
    r"|national) )?government"
)


# A participial cue after the main clause ("X congratulated the alliance, calling the result
# “...”", "..., saying", "— adding"): its speaker is the subject of the main clause.
_PARTICIPLE_LEAD = ",—–"
# "X flew to Padang on Thursday and said ...", "X did not dispute the figure but said ...": a
# second verb of the subject.
_AND_LEADS = (" and ", " but ")
# The subject: a mention opening the sentence, maybe after one opening phrase ("In Kyiv, "),
# then its verb (a lower-case word), maybe after a bracket, an age or an apposition opening
# with a determiner or "who" (", the private-sector arm of the World Bank,"), "also" or "on
# Sunday".
_MAIN_LEAD = re.compile(r"(?:[^,;:“”\"]{0,50},\s+)?(?P<words>[^,;:“”\"]{0,60})")
_MAIN_VERB = re.compile(
    r"(?:\s?\([^()“”\",;\n]{1,20}\))?"
    r"(?:\s*,\s*(?:\d{1,3}|(?:the|a|an|who|which)\s[^,;“”\"]{1,140})\s*,)?"
    r"\s+(?:(?:also|then|on\s+\w+)\s+)?(?!(?:and|or|nor)\s)[a-z]"
)
# "The Treasury Secretary, Hugh Dalton, did not dispute ...": a name apposed to the opening
# phrase closes its apposition with a comma before the verb.
_APPOSED_VERB = re.compile(r",\s+(?:(?:also|then|on\s+\w+)\s+)?(?!(?:and|or|nor|who|which)\s)[a-z]")


def main_subject(
    text: str,
    sent_start: int,
    mentions: Sequence[Mention],
    before: Iterable[int],
    kinds: Mapping[str, ActorKind],
) -> str | None:
    """The subject of the main clause of a sentence opening at ``sent_start``, for a
    participial cue after it: of the first mentions ``before`` the cue (indices, in order),
    the first one of a speaker's kind followed by a verb (``_MAIN_VERB``): not an owner
    ("Ukraine's president ..."), a place ("In Kyiv, ...") or the object of an opening phrase
    ("After meeting Biden, Modi left ...")."""
    for k in islice(before, 4):
        m = mentions[k]
        lead = _MAIN_LEAD.fullmatch(text, sent_start, m.start)
        if lead is None:
            return None
        if (
            kinds.get(m.actor_id) is _COUNTRY
            and (gm := _COUNTRY_GOVERNMENT.match(text, m.end)) is not None
            and _MAIN_VERB.match(text, gm.end())
            and _subject_words(lead.group("words"))
        ):
            return m.actor_id  # "Mali's military government on Monday ordered ..., saying"
        if (
            kinds.get(m.actor_id) in _SPEAKERS
            and not text.startswith(_POSSESSIVE, m.end)
            and not _title_after(text, m.end)
            and (
                _MAIN_VERB.match(text, m.end)
                or (
                    text.startswith(", ", m.start - 2, m.start)
                    and _APPOSED_VERB.match(text, m.end) is not None
                )
            )
            and _subject_words(lead.group("words"))
        ):
            return m.actor_id
    return None


def it_subject(
    text: str,
    sentences: Sequence[Sentence],
    si: int,
    mentions: Sequence[Mention],
    before: Sequence[int],
    kinds: Mapping[str, ActorKind],
    sentence_mentions: Callable[[Sentence], Sequence[int]],
) -> str | None:
    """The organisation or country an "it said" in sentence ``si`` refers to when nobody
    spoke in it or the sentence before: the subject (:func:`main_subject`) of its sentence, with
    the mentions ``before`` the cue, or else of the sentence before (its mentions outside
    quotes by ``sentence_mentions``): "The ministry destroyed 40 drones. It said ..."."""
    who = main_subject(text, sentences[si].start, mentions, before, kinds) if before else None
    if who is None and si > 0:
        prev = sentences[si - 1]
        who = main_subject(text, prev.start, mentions, sentence_mentions(prev), kinds)
    return who if kinds.get(who or "") in _IT_SPEAKERS else None


def service_speaker(
    text: str,
    sent_start: int,
    end: int,
    cue_start: int,
    mentions: Sequence[Mention],
    before: Sequence[int],
    kinds: Mapping[str, ActorKind],
    capital_of: Mapping[str, str] = _NO_CAPITALS,
) -> Nominal | None:
    """A country's armed service speaking ("Ukraine's air force said", "the Israeli military
    has said"): :func:`service_before`, where the words before the cue end with a service's
    last word at ``end`` (adverbs such as "also" before the cue aside: :func:`_over_adverbs`);
    the country is the one of the mentions ``before`` the cue within the phrase."""
    if not _service_may_end(text, sent_start if sent_start > 0 else 0, end) and not (
        text.startswith(",", end - 1)  # "The German government, which ..., said"
    ):
        return None

    def country(start: int, end: int) -> str | None:
        for k in before:
            m = mentions[k]
            if start <= m.start and m.end <= end:
                if kinds.get(m.actor_id) is _COUNTRY:
                    return m.actor_id
                if m.actor_id in capital_of:  # "Moscow's foreign ministry", "... in Taipei"
                    return capital_of[m.actor_id]
                if kinds.get(m.actor_id) is _PLACE and text.startswith(("'s ", "’s "), m.end):
                    return m.actor_id  # "Gaza's health ministry says": the place's own
        return None

    return service_before(text, sent_start, cue_start, country)


def _service_may_end(text: str, floor: int, end: int) -> bool:
    """Whether the words from ``floor`` to ``end`` may end a service's phrase: with its last
    word, or a place after it ("the Russian embassy in London")."""
    if text.endswith(SERVICE_ENDS, floor, end):
        return True
    at = text.rfind(" in ", end - 30 if end - 30 > floor else floor, end)
    return at > 0 and text[at + 4 : at + 5].isupper() and text.endswith(SERVICE_ENDS, floor, at)


# The lower-case word right after a mention (a title's last word: "leader", "minister").
_WORD_AFTER = re.compile(r" ([a-z][\w\-]*)")


def _title_after(text: str, end: int) -> bool:
    """Whether a title follows the mention ending at ``end``: its owner, not the subject
    ("Labour leader Keir Starmer said ... but warned": Starmer's, not Labour's)."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1) in patterns().title_last_lower


def _subject_words(lead: str) -> bool:
    """Whether the words before a subject are only names, possessives, determiners and
    titles ("Norway's prime minister ..."): "Delegates walked out of U.N. talks" is no
    subject "U.N."."""
    lower = [w for w in lead.split() if w[0].islower()]
    return not lower or all(w in _subject_lead_words() for w in lower)


@cache
def _subject_lead_words() -> frozenset[str]:
    v = vocabulary()
    titles = {w for t in v.titles for w in t.split()}
    return frozenset({"the", "a", "an", *titles, *v.title_modifiers, *v.group_modifiers})


# What joins the actors of a coordinated subject: "Russia and China", "A, B and C".
_SUBJECT_JOINS = frozenset({" and ", ", ", ", and "})


def joint_subject(
    text: str, sent: Sentence, mentions: Sequence[Mention], inside: Sequence[int],
    kinds: Mapping[str, ActorKind],
) -> list[str]:  # fmt: skip
    """The actors of a coordinated subject opening ``sent`` ("Russia and China vetoed the
    resolution", "Kerry, Lavrov and Zarif met"), for a "they said" after it: two or more
    speakers joined by "and" or commas, the first at the sentence's start (after "The"),
    the last followed by a verb. ``inside``: the sentence's mention indices, in order."""
    if len(inside) < 2:
        return []
    first = mentions[inside[0]]
    if text[sent.start : first.start] not in ("", "The ", "the "):
        return []
    joint = [first]
    for k in inside[1:]:
        m = mentions[k]
        if text[joint[-1].end : m.start] not in _SUBJECT_JOINS:
            break
        joint.append(m)
    if len(joint) < 2 or any(kinds.get(m.actor_id) not in _SPEAKERS for m in joint):
        return []
    if _MAIN_VERB.match(text, joint[-1].end) is None:
        return []
    return list(dict.fromkeys(m.actor_id for m in joint))
