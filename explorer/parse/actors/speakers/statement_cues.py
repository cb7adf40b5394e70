"""Which cues make a statement: "rejected", "dismissed", "states", "denied", "added" only
in the contexts where they report speech (statement_cue, which dating.py also reads), and
what a cue's spelling is (continuation, "according to", inverted: _cue_kind).

Apart: the tests of a cue itself, before any speaker is looked for.
"""

from __future__ import annotations

import re

from explorer.parse.actors.data import vocabulary

# "X rejected the claim", "dismissed the report as ...": statements; "the Assembly rejected
# the budget", "dismissed the coach": acts. These cues count only before a statement's noun
# (within four words), "as", "that", a quote or a comma.
_OBJECT_CUES = frozenset({"rejected", "rejects", "dismissed", "dismisses"})
_STATEMENT_OBJECT = re.compile(
    r"\s*[,:;“\"]|\s+(?:that|as)\s"
    r"|\s+(?:[\w’'\-]+\s+){0,4}?(?:as\s"
    r"|(?:claim|report|allegation|accusation|charge|suggestion|assertion|notion|idea|call"
    r"|demand|rumou?r|account|statement|remark|comment|characteri[sz]ation|assessment"
    r"|finding|conclusion|concern|fear|warning|criticism|speculation|talk|view|argument"
    r"|version|interpretation|description|portrayal|insinuation|theor(?:y|ie))s?(?![\w\-]))"
)


# "states" is mostly a noun ("in three U.S. states", "Gulf states said"): a cue only before
# "that", a colon or a quote ("The report states that ...", "Article 5 states: “...”").
_NOUN_CUES = frozenset({"states"})
_NOUN_CUE_STATEMENT = re.compile(r"\s*(?:,\s*)?[:“\"]|\s+that\s")
# "denied" refuses, no statement, before what one applies for ("denied the permit", "denied
# him entry", "was denied bail"); it contradicts otherwise ("denied the allegations").
_DENIED = frozenset({"denied", "denies"})
_REFUSED_OBJECT = re.compile(
    r"\s+(?:[\w’'\-]+\s+){0,2}?(?:permits?|requests?|applications?|visas?|entry|bail|access"
    r"|asylum|permission|licen[cs]es?|approval|passage|parole|appeals?)(?![\w\-])"
)
# "added" before what is added is a deed, no statement: "Gakpo added a third in stoppage
# time", "she added her name to the letter" (not "he added that ...", "..., he added").
_ADDED = frozenset({"added", "adds"})
_ADDED_THING = re.compile(r"\s+(?:a|an|another|his|her|their|its)\s")
_CHECKED_CUES = _OBJECT_CUES | _NOUN_CUES | _DENIED | _ADDED


def statement_cue(text: str, surface: str, cue_end: int) -> bool:
    """False for a cue of _OBJECT_CUES not followed by what a statement rejects or dismisses
    (``_STATEMENT_OBJECT``): "the National Assembly rejected the budget" is a vote; for a
    cue of _NOUN_CUES not followed by a statement ("in three U.S. states, the study said");
    or for "denied" before what is refused, not contradicted ("denied the permit", "was
    denied bail"); or for "added" before what is added ("added a third goal")."""
    if surface in _NOUN_CUES:
        return _NOUN_CUE_STATEMENT.match(text, cue_end) is not None
    if surface in _DENIED:
        return _REFUSED_OBJECT.match(text, cue_end) is None
    if surface in _ADDED:
        return _ADDED_THING.match(text, cue_end) is None
    return surface not in _OBJECT_CUES or _STATEMENT_OBJECT.match(text, cue_end) is not None


# What a cue is, by its spelling in a text: (continuation, "according to", inverted).
_cue_kinds: dict[str, tuple[bool, bool, bool]] = {}


def _cue_name(surface: str) -> str:
    """The cue's name: lower case, spaces inside collapsed to one ("according  to")."""
    return surface.lower() if surface.isalpha() else " ".join(surface.lower().split())


def _cue_kind(surface: str) -> tuple[bool, bool, bool]:
    """Whether the cue spelled ``surface`` continues a statement ("added"), is "according
    to", may be inverted ("said X"): one lookup per cue for the three tests."""
    cue = _cue_name(surface)
    v = vocabulary()
    kind = (cue in v.continuation_cues, cue == "according to", cue in v.inverted_cues)
    if len(_cue_kinds) < 1000:  # the spellings of cues in texts are few
        _cue_kinds[surface] = kind
    return kind
