"""Whom a pronoun before a cue refers to: "he/she said" to a person named before
(_choose_referent, sole_referent), to an unnamed speaker ("A spokesman said ... he
said", unnamed_referent), "the Italian said" (demonym_person_before); the pronoun's
patterns and reach.

Apart: the look-back rules over earlier sentences, with their genders and distances.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import cache

from explorer.model import ActorKind, Mention, Sentence
from explorer.parse.actors.data import vocabulary

# Module constants: an enum member's attribute look-up costs several times a global's.
_GROUP = ActorKind.GROUP
_PERSON = ActorKind.PERSON

# "he said", "it said": the pronoun ends where the spaces before the cue start.
_PRONOUN = re.compile(r"(?<![\w-])(?:he|she|He|She|it|It|they|They)\Z")
_PRONOUN_ENDS = ("he", "He", "it", "It", "ey")
# Words between a pronoun and its cue: "he also said", "she later told", "it has claimed"
# (not "was": "he was said to be").
_PRONOUN_GAP_WORDS = frozenset(
    {"also", "then", "later", "previously", "earlier", "again", "repeatedly", "reportedly"}
    | {"further", "has", "have", "had", "would", "will"}
)
_PRONOUN_GAP_TUPLE = tuple(_PRONOUN_GAP_WORDS)  # (for str.endswith: a test in C)
# How far back a "he said" or "she said" looks for its person: the sentences before the
# cue's, and the paragraphs before its paragraph. The last person named counts within
# _PRONOUN_NEAR sentences whatever the text says of their gender (unless it contradicts
# the pronoun); an earlier one only if the text gives them the pronoun's gender.
_PRONOUN_SENTENCES = 4
_PRONOUN_PARAGRAPHS = 2
_PRONOUN_NEAR = 2
# Else the one person named in the pronoun's paragraph and the one before (within
# _SOLE_SENTENCES sentences) who may be meant (sole_referent).
_SOLE_SENTENCES = 8


# "the Italian said", "The American later told", "the New Zealander said": a demonym of a
# person before the cue.
_THE_DEMONYM = re.compile(
    r"(?<![\w\-])[Tt]he\s+(?P<d>(?:[A-Z][a-z]+\s)?[A-Z][a-z]+)\s+(?:(?:also|later|then)\s+)?\Z"
)
# How such a noun for one person ends (not "the British", "the Chinese", "the Swiss": a
# people or a government).
_PERSON_DEMONYM_ENDS = ("an", "i", "er", "ard", "on", "man", "woman")
# ... and the nouns for one person that end otherwise ("the Dane said", "the Swede").
_THE_DEMONYM_WHO = re.compile(
    r"The\s+(?P<d>(?:[A-Z][a-z]+\s)?[A-Z][a-z]+),\s+wh(?:o|ose)\s[^,;\"“”]+,\s+\Z"
)
_PERSON_DEMONYM_NOUNS = frozenset(
    {"Dane", "Swede", "Turk", "Czech", "Serb", "Croat", "Slovak", "Scot", "Pole", "Finn"}
)


def demonym_person_before(text: str, lo: int, cue_start: int, country: str) -> bool:
    """Whether a country's demonym for one person stands right before a cue ("the Italian
    said"): a person, no country's statement (not the country's own name: "the Sudan")."""
    window = text[max(lo, cue_start - 40) : cue_start]
    m = _THE_DEMONYM.search(window) if "he " in window else None
    if m is None and text.startswith("The ", lo) and text.startswith(", ", cue_start - 2):
        # "The Italian, who has won it five times, said": the sentence's subject, a
        # relative clause between it and the cue
        m = _THE_DEMONYM_WHO.match(text, lo, cue_start)
    return m is not None and is_person_demonym(m.group("d"), country)


def is_person_demonym(word: str, country: str) -> bool:
    """Whether ``word``, naming ``country``, is its noun for one person ("Italian", "Dane",
    "Turk"; not "British", "Chinese", a people)."""
    return (
        word != country
        and (word.endswith(_PERSON_DEMONYM_ENDS) or word in _PERSON_DEMONYM_NOUNS)
        # not the country's own name's first word ("the Dominican Republic"; "the Turk"
        # is a person of Turkey)
        and country.split(" ", 1)[0] != word
    )


def _pronoun_before(text: str, lo: int, end: int, cue_start: int) -> bool:
    """The pronoun "he", "she" or "it" before ``end`` (the start of the spaces before the
    cue; searched from ``lo``)."""
    # "he" or "it" ends every pronoun: a test without a regex call for other words.
    return (
        end < cue_start
        and text.startswith(_PRONOUN_ENDS, end - 2, end)
        and _PRONOUN.search(text, max(lo, end - 4), end) is not None
    )


def _over_adverbs(text: str, lo: int, end: int) -> int:
    """``end`` moved back over up to three words of _PRONOUN_GAP_WORDS ending there, each
    after spaces ("he also said", "it has also claimed": to the end of the pronoun), not
    before ``lo``; ``end`` itself if none."""
    for _ in range(3):
        start = end
        while start > lo and text[start - 1].isalpha():
            start -= 1
        if start == end or text[start:end] not in _PRONOUN_GAP_WORDS:
            break
        new = start
        while new > lo and text[new - 1].isspace():
            new -= 1
        if new == start:
            break
        end = new
    return end


def _pronoun_gender(text: str, end: int) -> str:
    """ "f" for the pronoun "she" ending at ``end``, "m" for "he", "n" for "it", "p" for
    "they"."""
    if text[end - 1] == "t":
        return "n"
    if text[end - 1] == "y":
        return "p"
    return "f" if text[end - 3 : end] in ("she", "She") else "m"


def _choose_referent(
    candidates: Iterable[tuple[int, str, bool]], said: Mapping[str, str], gender: str
) -> str | None:
    """The person a "he said" (``gender`` "m") or "she said" ("f") refers to, of
    ``candidates``: the persons named before it, the latest first, as (sentences back, not
    counting those a quote fills (:func:`_quote_filled`), person, named as speaker or
    subject). ``said``: the gender the text gives a person ("f" or "m"; most have none).

    The last speaker or subject, if at most _PRONOUN_NEAR sentences back and not said to be
    of the other gender (the reading without genders: "Kowalski addressed the court. He
    said ..."); else the latest person the text gives the pronoun's gender ("Mr Lind said
    A. Ms Okafor said B. He said C.": Lind). Nobody else: a person without a stated gender
    is not reached past another, nor a person only named (no guess from names)."""
    first = True
    for back, who, spoke in candidates:
        stated = said.get(who)
        if stated == gender:
            return who
        if spoke and first:
            if stated is None and back <= _PRONOUN_NEAR:
                return who
            first = False
    return None


def sole_window(sentences: Sequence[Sentence], si: int) -> int:
    """The first sentence of the stretch a "he said" in sentence ``si`` looks back over for
    the one person who may be meant (:func:`sole_referent`): its paragraph and the one
    before, at most _SOLE_SENTENCES sentences before ``si``."""
    floor = sentences[si].paragraph - 1
    j = si
    while j > 0 and si - j < _SOLE_SENTENCES and sentences[j - 1].paragraph >= floor:
        j -= 1
    return j


def sole_referent(
    named: Iterable[tuple[str, bool]],
    kinds: Mapping[str, ActorKind],
    said: Mapping[str, str],
    gender: str,
) -> str | None:
    """The person a "he said" or "she said" (``gender`` "m" or "f") refers to when
    :func:`_choose_referent` finds none, of the actors ``named`` (the mentions outside
    quotes from :func:`sole_window` to the cue, the latest first, each with whether it is a
    possessive): the latest person not said to be of the other gender, if the text gives
    them the pronoun's gender or no other such person is named ("Dr. Ines Varga led the
    study. It covered 40 farms. ... A second study is due, she said."). Not a possessive
    ("Elian's story, she said": someone else)."""
    who = None
    for actor, possessive in named:
        if actor == who or kinds.get(actor) is not _PERSON:
            continue
        stated = said.get(actor)
        if stated is not None and stated != gender:
            continue
        if who is not None or possessive:
            return None  # (two persons who may be meant)
        if stated == gender:
            return actor
        who = actor
    return who


def unnamed_spoke(
    last_said: tuple[int, Sequence[str]], since: int, kinds: Mapping[str, ActorKind]
) -> bool:
    """Whether a group (an unnamed speaker: "A spokesman said ... He added") made the last
    statement, ``last_said`` (its sentence and speakers), in sentence ``since`` or after: a
    "he said" then is that speaker's, no named person's."""
    return last_said[0] >= since and any(
        kinds.get(w) is _GROUP and not _many(w) for w in last_said[1]
    )


def _many(group: str) -> bool:
    """Whether a group's id names no one person ("the group", "officials", "the police"):
    no "he" or "she" refers to it."""
    head = group.rsplit(None, 1)[-1].lower()
    return head in _COLLECTIVE or head == "group" or (head.endswith("s") and head != "press")


# Group nouns naming no one person ("the police", "the military") and heads of a
# determiner's phrase that stop the head's search ("a spokesman for the authority").
_COLLECTIVE = frozenset({"police", "army", "military", "government", "authorities", "press"})
_PHRASE_ENDS = frozenset({"for", "of", "in", "at", "from", "with", "on", "close", "familiar"})
_FEMININE = ("woman", "women", "mother", "wife", "daughter", "sister", "girl", "widow")
_MASCULINE = ("man", "men", "father", "husband", "son", "brother", "boy", "widower")


@cache
def _countable_heads() -> frozenset[str]:
    """The group nouns of one person whose plural is a group noun too ("broker", "source")."""
    heads = frozenset(vocabulary().group_heads)
    return frozenset(h for h in heads if f"{h}s" in heads)


def _one_person_noun(word: str) -> bool:
    """Whether a group's id of one word names one person: a singular of a listed plural
    ("broker", "official"), not a collective ("opposition", "police")."""
    return word in _countable_heads() and word not in _COLLECTIVE


def unnamed_referent(
    last_said: tuple[int, Sequence[str]],
    si: int,
    sentences: Sequence[Sentence],
    kinds: Mapping[str, ActorKind],
    gender: str,
    back: int | None = None,
) -> str | None:
    """The one unnamed person who made the statement right before a "he/she said" in
    sentence ``si`` (in it or the sentence before, in its paragraph; ``back``: the
    sentences between, those a quote fills not counted, if not ``si`` minus the
    statement's): "A spokesman for the authority said ... “...,” he said"; a group of one
    ("a", "the activist", "that source"), no plural, not of the other gender."""
    at, said = last_said
    if (si - at if back is None else back) > 1 or len(said) != 1:
        return None
    kind = kinds.get(said[0])
    # (a description is a group too: "a spokesman for the authority")
    if kind is not _GROUP and not (kind is None and said[0][:1].islower()):
        return None
    if sentences[at].paragraph != sentences[si].paragraph:
        return None
    words = said[0].lower().split()
    if len(words) == 1 and kind is _GROUP and _one_person_noun(words[0]):
        # "A shipping broker said": a modifier the group's phrase does not take leaves the
        # noun alone, still one person
        words = ["a", *words]
    if len(words) < 2 or words[0] not in ("a", "an", "one", "the", "that", "this"):
        return None
    head = words[1]
    for word in words[2:]:
        if word in _PHRASE_ENDS:
            break
        head = word
    if head in _COLLECTIVE or (words[0] not in ("a", "an", "one") and head.endswith("s")):
        return None
    feminine = head.endswith(_FEMININE)  # (before the masculine: "woman" ends in "man")
    if feminine if gender == "m" else not feminine and head.endswith(_MASCULINE):
        return None
    return said[0]


def possessive_opener(
    text: str,
    sentence: Sentence,
    found: Sequence[int],
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
) -> str | None:
    """The person whose possessive opens ``sentence`` ("Arne Slot's side are third."), if any
    (``found``: the indices of its mentions)."""
    if not found:
        return None
    m = mentions[found[0]]
    if (
        m.start == sentence.start
        and kinds.get(m.actor_id) is _PERSON
        and text.startswith(("'s", "’s", "'", "’"), m.end)
    ):
        return m.actor_id
    return None
