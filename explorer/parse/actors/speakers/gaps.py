"""The gap between a name and its cue that makes the name the cue's subject ("X said", "X,
the director of a hospital, told", "a resident of Djibo said", "X (HRW) said"): the
patterns, _subject_gap, and the apposition nested in another (_nested_apposed).

Apart: the patterns of what may stand between a speaker named before a cue and the cue;
before_cue.named_before applies them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from explorer.model import ActorKind, Mention
from explorer.parse.actors.data import load_toml
from explorer.parse.actors.passive import passive_gap
from explorer.parse.actors.speakers.list_rest import LIST_COMMA, list_item, place_list_item

# Module constants: an enum member's attribute look-up costs several times a global's.
_GROUP = ActorKind.GROUP
_ORGANISATION = ActorKind.ORGANISATION
_PERSON = ActorKind.PERSON

# The abbreviations that end names and are written with a dot the mention leaves out.
NAME_ABBREVIATIONS = (" Co", " Corp", " Inc", " Ltd", " Jr", " Sr", " Bros", " Cos", " Mfg")
_SIMPLE_GAP = re.compile(
    r"\s*(?:(?:also|then|later|previously|earlier|again|quickly|repeatedly|reportedly|has|"
    r"have|had|was|were|is|would|will|further|last\s+\w+|on\s+\w+|in\s+a\s+statement)\s+)*"
)
# "The Vatican's press office said", "the White House press office said": the office
# speaks for its owner, as a spokesman does; so does a branch office after a possessive:
# "The FBI's Oklahoma City field office said", "the bank's Frankfurt office said".
_PRESS_GAP = re.compile(
    r"(?:\s+(?:press|media)\s+|[’']s\s+(?:[A-Z][\w.\-]*\s+){0,3}(?:press\s+|media\s+|field\s+)?)"
    r"(?:office|service|team|department)" + _SIMPLE_GAP.pattern
)
_PRESS_OWNERS = frozenset({ActorKind.ORGANISATION, ActorKind.COUNTRY})
# A name that closes a description's apposition before its cue ("the three European
# countries, known as the E3, said", "Ukrainian military intelligence, known by its acronym
# HUR, said"): the words before it.
_KNOWN_AS = (
    *(", known as ", ", known as the ", ", or ", ", also called "),
    *(", known by its acronym ", ", known by its initials "),
)
# "the IG Metall union said", "the Wagner group said": an organisation's noun after its name
# (the mention scan, mentions/, makes such a name an organisation's); the first letters of
# the nouns.
_ORG_NOUNS_AFTER = load_toml("vocabulary.toml")["organisation_after"]
_NOUN_OPENINGS = frozenset(w[0] for w in _ORG_NOUNS_AFTER)
# ", the director of a hospital, ", ", 54, who sells fruit, ": an age may open it. Or a
# relative clause's speech verb: "Michael Tran, who told Congress ...".
_APPOSITION_GAP = re.compile(
    # (or a US lawmaker's party and state: "Sen. X, R-S.D., the majority leader, said")
    r",\s*(?:\d{1,3}\s*,\s*|[RDI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?,\s*)?"
    # (a number's comma inside it: ", which represents 3,800 teachers,"; possessive: the
    # words run to the first comma no number holds, and giving characters back cannot
    # make that comma come sooner, so a failing gap fails without backtracking)
    # (or a list's comma: ", which speaks for Inuit in Alaska, Canada and Greenland,")
    r"(?:(?:[^,;“”\"]|(?<=\d),(?=\d{3})|" + LIST_COMMA + r"){1,140}+,\s*|wh(?:o|ich)\s+"
    # (an indefinite description whose relative clause holds the cue: "Lai, a former doctor
    # who has said"; no "the" in it, whose noun the clause could be of: "a friend of the
    # victim who said")
    r"|an?\s+(?:(?!the\s)[^,;“”\"\s]+\s+){1,6}?wh(?:o|ich)\s+)"
    # (", who led two coups, has said", ", has repeatedly said")
    r"(?:(?:also|then|has|have|had|previously|repeatedly|reportedly)\s+){0,2}"
)
# Two appositions after a name, one after another: ", head of the FNSEA, France's largest
# farmers' union, ".
_TWO_APPOSITIONS = re.compile(
    r",\s*(?:[^,;“”\"]{1,100},\s*){2}(?:(?:also|then|has|have|had|previously)\s+){0,2}"
)
# (the noun then maybe an apposition: "The Labour party, a coalition partner, said")
_NOUN_GAP = re.compile(
    r"\s+(?:"
    + "|".join(_ORG_NOUNS_AFTER)
    + ")(?:"
    + _APPOSITION_GAP.pattern
    + "|"
    + _SIMPLE_GAP.pattern
    + ")"
)
# "The Ifo economic institute said": one or two lower-case words before the noun (not
# "family": "the Kessler family foundation" is no organisation named Kessler).
_WORDS_NOUN_GAP = re.compile(r"\s+(?:(?!family\s)[a-z][a-z\-]*\s+){1,2}" + _NOUN_GAP.pattern[3:])
# "NASA and the European Space Agency said": "the" may open the second name; a group's
# name may keep its noun and members ("The G77 group of developing countries and China
# said": both); the first may end with its abbreviation in brackets ("The International
# Longshoremen's Association (ILA) and the United States Maritime Alliance said").
_AND_GAP = re.compile(
    r"\)?(?:\s+(?:group|bloc)\s+of(?:\s+[a-z][\w\-]*){1,3})?,?\s+(?:and|&)\s+(?:the\s+)?"
)
# "X's foreign minister, NAME, said", "The U.N. mission in the north, UNMON, said": the
# name (a person's or an organisation's) is itself an apposition, closed by a comma.
_COMMA_NAMED = frozenset({ActorKind.PERSON, ActorKind.ORGANISATION})
_CLOSING_COMMA = re.compile(r"\s*,\s*(?:also\s+|then\s+)?")
# The comma before the name, then maybe a title, abbreviated or of capitalised words ("the
# head of the agency, Gen. Raúl Mendoza, warned", "Its head, Air Marshal Budi Santoso,
# said"), or another name and "and" ("Two lawmakers, Lena Kross and Tomas Ekberg, said"),
# "the" ("A rights group, the Kenya Rights Coalition, said") or one or two lower-case words
# of a description ("The head of the mission, Swedish diplomat Lars Berg, told"; no
# preposition, determiner or participle: not ", led by X, said", ", briefing the council,"),
# or a description ending in "named" ("a former lab manager named X"),
# searched from _OPENING_REACH characters before the name.
_DESCRIPTION_WORD = (
    r"(?:(?!(?:by|of|with|from|to|for|in|on|at|and|or|as|than|like|the|a|an|his|her|its"
    # (nor a relative pronoun: "X, who heads the bank, said" is X speaking)
    r"|their|this|that|who|which|whose)\s|[a-z]+(?:ing|ed)\s)[a-z][\w\-]*\s+)"
)
# A participle as an adjective before a description's noun ("Her neighbour, retired bus
# driver Tony Byrne, said"; not ", led by X," nor ", briefing the council,").
_PARTICIPLE_MODIFIER = (
    r"(?:[a-z]+(?:ed|ing)\s+(?!(?:by|of|with|from|to|for|in|on|at|and|or|as|than|like|the|a"
    r"|an|his|her|its|their|this|that)\s)(?=[a-z]))"
)
_OPENING_COMMA = re.compile(
    r",\s*(?:(?:[A-Z][a-z]{0,4}\.\s*){1,2}|(?:[A-Z][\w’'\-]*\s+){1,3}(?:and\s+)?"
    rf"|the\s+(?:(?:[A-Z]\.){{2,}}\s+)?{_DESCRIPTION_WORD}{{0,2}}"
    rf"|(?:[A-Z][\w’'\-]*\s+)?{_PARTICIPLE_MODIFIER}?{_DESCRIPTION_WORD}{{1,2}}"
    # "Their chief observer, Dutch member of the European Parliament Anna Visser, said"
    r"(?:of\s+(?:the\s+)?(?:[A-Z][\w’'\-]*\s+){1,3})?"
    # "The first witness, a former lab manager named Aisha Trent, testified"
    r"|(?:an?|the)\s+[^,;“”\"]{0,40}?\s(?:named|called)\s+)?$"
)
_OPENING_REACH = 60
# "Tom Hart, a senior adviser to the French president, Paul Morel, said": the name apposed
# to the object of the first name's apposition is that object's; the first name speaks.
_NESTED_APPOSITION = re.compile(
    r",\s+(?:(?:a|an|the)\s+)?[a-z][^,;:“”\"()]{0,60}?\s(?:to|for|of)\s+[^,;:“”\"()]{1,40},\s+"
    # (the inner name's honorific outside its mention: "the UAE president, Sheikh X,")
    r"(?:[A-Z][\w.’'\-]*\s+){0,2}"
)
_NESTED_PREPS = (" to ", " for ", " of ")
# "Renee Okafor, whose husband, Daniel, was killed, said": a relative clause of "whose"
# and a kin's or a colleague's noun, the inner name apposed to it.
_WHOSE_APPOSITION = re.compile(
    r",\s+whose\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*,\s+(?:[A-Z][\w.’'\-]*\s+){0,2}"
)
# A place's or an organisation's name: up to four capitalised words, "of" (or "of the")
# maybe between them ("of Kansas", "of the University of Pennsylvania").
_NAME_WORDS = r"[A-Z][\w’'\-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'\-]*){0,3}"
# "A resident of Djibo, reached by phone, said", "Tom Whitfield of Kansas said".
_PLACE_GAP = re.compile(
    rf"\s+(?:of|in|from)\s+(?:the\s+)?{_NAME_WORDS}"
    r"(?:\s*,\s*[^,;“”\"]{1,140},)?\s*(?:also\s+|then\s+)?"
)
_PLACE_WORDS = ("of", "in", "from")
# A group's description in lower case before its cue: " with the provincial health
# division " (a name there is a mention of its own, nearer the cue).
# So is what an unnamed source knows: " briefed on the talks ", " familiar with the matter ",
# and where a group is: " in the area ", " at the ministry ".
_GROUP_WITH_GAP = re.compile(
    r"\s+(?:with|familiar\s+with|briefed\s+on|close\s+to|with\s+knowledge\s+of"
    # where the group is: "Residents in the area said", "Police in the capital said"
    r"|in|at|inside|near"
    # whose the group is: "Residents of the village said", "Relatives of the victims told",
    # "the mother of one of the sailors said"
    r"|of(?:\s+(?:one|some|many|two|three|several)\s+of)?)"
    # (or an owner's possessive: " in Ukraine's SBU security service ")
    r"\s+(?:the|a|an|(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*[’']s)"
    # (lower-case words or an abbreviation: "a broker at a London-based firm" is a phrase
    # of its own, found apart)
    r"\s+(?:(?:[a-z][\w\-]*|[A-Z]{2,})\s+){0,3}[a-z][\w\-]*\s*"
)
_GROUP_GAP_FIRSTS = frozenset("wfbciano")
# A group of a body, the body's unit after it: "Officials at the European Union's
# delegation in Tashkent said" (the group's mention ends at the body's name).
_GROUP_UNIT_GAP = re.compile(
    r"[’']s\s+(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*"
    r"(?:\s+(?:in|at)\s+(?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*)?\s*"
)
# A group's relative clause of lower-case words before its cue: "A union official who asked
# not to be named said", "Residents who fled the fighting said".
_GROUP_WHO_GAP = re.compile(r"\s+who\s+(?:[a-z][\w\-]*\s+){1,8}")
_WHO_CUES = ("said", "says", "told")
# ... closing an apposition the name opens with a comma: "Its chair, Ambassador Ann Lee of
# South Africa, said" (with _OPENING_COMMA before the name).
_PLACE_CLOSED = re.compile(
    rf"\s+(?:of|in|from)\s+(?:the\s+)?{_NAME_WORDS}"
    r"\s*,\s*(?:also\s+|then\s+)?"
)
# The first characters of the gaps before a cue: a comma, or a word of _SIMPLE_GAP or
# _PLACE_GAP (and spaces).
_GAP_OPENINGS = frozenset(",aefhilopqrtw")
_LIST_GAP = re.compile(r"\s*,\s*")
# A bracket after a name opening the gap to its cue: an abbreviation or a party ("Human
# Rights Watch (HRW) said", "Sen. Ana Ortiz (D-Texas) said").
_BRACKET = re.compile(r" ?\([^()“”\",;\n]{1,20}\)")
# The letters ending the words before the spaces ending _PREP_BEFORE ("of", "the") and
# _AND_GAP ("and", "&", "the").
_PREP_ENDS = frozenset("fnmtre")
_AND_ENDS = frozenset("d&e")
# "a resident of Djibo said": a name after a preposition is no subject.
_PREP_BEFORE = re.compile(r"(?<![\w-])(?:of|in|from|at|near)\s+(?:the\s+)?$")
_PREP_WORDS = ("of", "in", "from", "at", "near", "the")
# A name after these is a title's brief, no subject: "The UN envoy for Yemen said".
_BRIEF_PREPS = (" for ", " to ", " for the ", " to the ")


def _place_opening(text: str, lo: int, hi: int) -> bool:
    """False where ``_PLACE_GAP`` cannot match ``text[lo:hi]``: it opens with spaces then "of",
    "in" or "from" (one space then another word is the common gap)."""
    if not text[lo : lo + 1].isspace():
        return False
    return text[lo + 1 : lo + 2].isspace() or text.startswith(_PLACE_WORDS, lo + 1, hi)


def _subject_gap(
    text: str, sent_start: int, m: Mention, limit: int, kinds: dict[str, ActorKind]
) -> bool:
    """Only a subject's gap between the mention ``m`` and ``limit`` (the cue): spaces and
    words as "also", "has" (``_SIMPLE_GAP``), an apposition, a place ("of Kansas"), or the
    commas around a person's name; after a bracket (``_BRACKET``: "HRW (Human Rights
    Watch) said") if one opens it."""
    end = m.end
    if text[end : end + 1] == "." and m.text.endswith(NAME_ABBREVIATIONS):
        end += 1  # "Halden Corp. said", "Tokyo Electric Power Co., which ..., said"
    if end >= limit:
        return end == limit  # the empty gap (every pattern fails from after its end)
    # Each pattern opens with spaces, a comma or one of its words: after at most one space, a
    # character that opens none of them rules out all (the common gap "who was" or "met").
    first = text[end]
    if first == " " and end + 1 < limit:
        first = text[end + 1]
    if first == "(":
        bracket = _BRACKET.match(text, end, limit)
        if bracket is None:
            return False
        end = bracket.end()
        if end >= limit:
            return end == limit
        first = text[end]
        if first == " " and end + 1 < limit:
            first = text[end + 1]
    if (
        first == ","
        and limit == end + 2
        and text.endswith(_KNOWN_AS, m.start - 26 if m.start > 26 else 0, m.start)
    ):
        return True  # "the three European countries, known as the E3, said": the E3
    if (
        (first == "p" or first == "'" or first == "’")
        and kinds.get(m.actor_id) in _PRESS_OWNERS
        and _PRESS_GAP.fullmatch(text, end, limit)
    ):
        return True  # "The Vatican's press office said": the Vatican's statement
    if (
        first in _NOUN_OPENINGS
        and kinds.get(m.actor_id) is _ORGANISATION
        and _NOUN_GAP.fullmatch(text, end, limit)
    ):
        return True  # "the IG Metall union said"
    if (
        first.islower()
        and kinds.get(m.actor_id) is _ORGANISATION
        and _WORDS_NOUN_GAP.fullmatch(text, end, limit)
    ):
        return True  # "The Ifo economic institute said"
    if (
        first in _GROUP_GAP_FIRSTS
        and kinds.get(m.actor_id) is _GROUP
        and (
            _GROUP_WITH_GAP.fullmatch(text, end, limit)
            or (
                first == "w"
                and text.startswith(_WHO_CUES, limit)  # (not "protesting calls for")
                and _GROUP_WHO_GAP.fullmatch(text, end, limit)
            )
        )
    ):
        # "an epidemiologist with the provincial health division said", "A Western
        # diplomat briefed on the talks said"
        return True
    if (
        (first == "'" or first == "’")
        and kinds.get(m.actor_id) is _GROUP
        and " " in m.text
        and _GROUP_UNIT_GAP.fullmatch(text, end, limit)
    ):
        return True  # "Officials at the European Union's delegation in Tashkent said"
    if first not in _GAP_OPENINGS and not first.isspace():
        return False
    # A gap of spaces (``\s`` is ``str.isspace``): "X said".
    if limit <= end + 8 and text[end:limit].isspace():
        return True
    return bool(
        (_SIMPLE_GAP.fullmatch(text, end, limit) and not passive_gap(text, end, limit))
        # The apposition opens with a comma, the place with spaces: their regex only then.
        or (
            text.startswith(",", end, limit)
            and _APPOSITION_GAP.fullmatch(text, end, limit)
            and not list_item(text, m.start, end, limit, kinds.get(m.actor_id))
        )
        or (
            _place_opening(text, end, limit)
            and _PLACE_GAP.fullmatch(text, end, limit)
            and not place_list_item(text, end, limit)
        )
        or (
            kinds.get(m.actor_id) in _COMMA_NAMED
            and (
                _CLOSING_COMMA.fullmatch(text, end, limit)
                or (_place_opening(text, end, limit) and _PLACE_CLOSED.fullmatch(text, end, limit))
            )
            and _OPENING_COMMA.search(text, max(sent_start, m.start - _OPENING_REACH), m.start)
        )
    )


def _nested_apposed(
    text: str,
    mentions: Sequence[Mention],
    cands: Sequence[int],
    lo: int,
    pos: int,
    kinds: Mapping[str, ActorKind],
    limit: int = -1,
) -> str | None:
    """The person whose apposition holds the name ``mentions[cands[pos]]`` as the apposed
    name of its object ("Tom Hart, a senior adviser to the French president, Paul Morel,":
    Tom Hart), if any: the nearest person before it with such a gap (the mentions between
    inside the apposition, as "French"). ``limit``: the cue's start; a name whose closing
    comma alone stands before it is the speaker of a clause opened by "whose" ("the West
    Coast Conference, whose commissioner, X, said": X), no speaker of its own."""
    inner = mentions[cands[pos]]
    start = inner.start
    whose = limit < 0 or text[inner.end : limit].strip() != ","
    for p in range(pos - 1, max(lo, pos - 4) - 1, -1):
        m = mentions[cands[p]]
        if start - m.end > 110:
            return None
        kind = kinds.get(m.actor_id)
        if (
            kind is _PERSON
            and text.startswith(",", m.end)
            and (
                (
                    any(w in text[m.end : start] for w in _NESTED_PREPS)
                    and _NESTED_APPOSITION.fullmatch(text, m.end, start) is not None
                )
                or (
                    whose
                    and text.startswith(" whose ", m.end + 1)
                    and _WHOSE_APPOSITION.fullmatch(text, m.end, start) is not None
                )
            )
        ):
            return m.actor_id
        if (
            whose
            and kind is _ORGANISATION
            # "The Kenya Football Federation (KFF), whose president, X, was arrested, said":
            # the federation (after its bracket, if any)
            and text.startswith((", whose ", "), whose "), m.end)
            and _WHOSE_APPOSITION.fullmatch(text, m.end + (text[m.end] == ")"), start) is not None
        ):
            return m.actor_id
    return None


# Before a capital, words that make it the place it is ("People in Taipei said").
_PLACE_PREPOSITIONS = (" in ", " from ", " at ", " across ", " outside ", " near ")
# "X asked the witness": the subject's verb of asking, right after its name.
_ASKED = re.compile(r" asked (?=\S)")
# A relative clause's opening right before a cue: ", who has", ", which had also".
_RELATIVE_BEFORE_CUE = re.compile(
    r",\s+(?:who|which)\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|also\s+)?\Z"
)
