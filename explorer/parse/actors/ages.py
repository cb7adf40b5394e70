"""A person described again by age or a count of titles: "Oscar Piastri spun off ... "I
just lost it," the 23-year-old said", "Hamilton said ... "...," the seven-time champion
told Sky Sports", "Kimmich said ... "...," the midfielder said", "Hou conceded defeat.
"...," the former police chief said", "Ted Cruz voted no. "...," the Texas Republican
said". The description is the
person whose age the text gave ("Piastri, 23,") or, if none, the one person named in its
sentence before it or in the two before of its paragraph."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Mapping, Sequence

from explorer.model import Actor, ActorKind, Mention, Sentence

# Module constants: an enum member's attribute look-up costs several times a global's.
_PERSON = ActorKind.PERSON

# "the 23-year-old" alone (no noun after it: "the 23-year-old driver" is a driver).
# "the seven-time champion", "the two-time world champion", "the three-time Olympic
# medallist": a count of titles (no age to match).
# A player's position ("the midfielder said"); the words that are other nouns' modifiers
# too only before no lower-case word but a cue ("the forward said", not "the forward
# guidance"; "the veteran said", not "the veteran diplomat").
_POSITION = (
    r"(?:midfielder|striker|goalkeeper|winger|defender|playmaker|quarterback|pitcher"
    r"|batsman|batter|bowler|(?:forward|guard|veteran)"
    r"(?!\s(?!said\b|says\b|told\b|added\b)[a-z]))(?![\w\-])"
)
# "he " first: the regex engine skips to it in C (a look-behind first would have it try
# every character); the look-behinds then test the "T"/"t" and the character before it.
# A match thus starts one character after the description ("he 23-year-old"). (Words
# possessive, "++", "*+", where what follows them is none of their characters: giving one
# back never lets the rest match, and the engine skips those retries.)
_AGED = re.compile(
    r"he (?<=[Tt]he )(?<![\w’'\-]....)(?:(\d{1,3})-year-old"
    # ("the 26-year-old forward said": the age and the position)
    rf"(?: {_POSITION}|(?![\w\-])(?! [a-z]+(?:er|or|ist)\b))"
    r"|(?:\w++)-time (?:(?:world|defending|reigning|Olympic|Grand Slam|major) )?"
    r"(?:champion|winner|medallist|medalist|titleholder)(?![\w\-])"
    # "the world No. 1 said", "the former world number one": a ranking
    r"|(?:former )?world (?:No\. ?1|number one)(?![\w\-])"
    # "the midfielder said", "the veteran goalkeeper": a player's position
    rf"|(?:(?:veteran|young|former|teenage) )?{_POSITION}"
    # "The far-right politician said": a politician by a lower-case description before a cue
    r"|(?:[a-z][a-z\-]*+ ){0,2}politician(?= (?:said|says|told|added)\b)"
    # "“...,” the former police chief said": a past title before a cue
    r"|former (?P<past_of>[A-Z][a-z]+ )?(?:[a-z][a-z\-]*+ ){0,2}[a-z][a-z\-]*+"
    r"(?= (?:said|says|told|added)\b)"
    # "“...,” the Texas Republican said", "the Labour councillor said": a politician by
    # state or party before a cue or a verb of a hearing (any name inside it is none:
    # "Texas Republican")
    r"|(?P<partisan>[A-Z][\w\-]*+(?: [A-Z][\w\-]*+)? (?:Republican|Democrat|independent"
    r"|councillor|MP|lawmaker|senator|congressman|congresswoman|legislator)"
    # (or before a verb of a hearing: "The Oregon Democrat asked the nominee")
    r"(?= (?:said|says|told|added|asked|pressed|urged|warned|argued|questioned|accused)\b)))"
)


def age_mentions(
    text: str,
    mentions: Sequence[Mention],
    kinds: Mapping[str, ActorKind],
    sentences: Sequence[Sentence],
    actors: Sequence[Actor] = (),
) -> list[Mention]:
    """Mentions of "the N-year-old" for the person it describes again, as above (``actors``:
    their affiliations tell a party's member: "the Texas Republican")."""
    # (no pre-test for the words the scan needs: the scan, opening with "he ", costs less)
    if not sentences:
        return []
    out: list[Mention] = []
    sent_starts: list[int] = []  # (made at the first description: most texts have none)
    for d in _AGED.finditer(text):
        s, e = d.start() - 1, d.end()  # (from the "T"/"t" the match starts after)
        # (a politician's party or state, a past title's people: "the former Dutch prime
        # minister", whose "Dutch" is the Netherlands' mention)
        named_inside = d.group("partisan") is not None or d.group("past_of") is not None
        if not named_inside and any(m.start < e and s < m.end for m in mentions):
            continue
        if named_inside and any(
            m.start < e and s < m.end and kinds.get(m.actor_id) is _PERSON for m in mentions
        ):
            continue  # (a person's name: "the Labour MP Jo Cox")
        sent_starts = sent_starts or [s.start for s in sentences]
        si = max(0, bisect_left(sent_starts, s + 1) - 1)
        # (its sentence and up to two before it, of its paragraph: a quote of several
        # sentences before "the 23-year-old said")
        first = si
        while (
            first > 0
            and si - first < 2
            and sentences[first - 1].paragraph == sentences[si].paragraph
        ):
            first -= 1
        if first == si and si > 0:
            first = si - 1
        lo = sentences[first].start
        people = [m for m in mentions if lo <= m.start < s and kinds.get(m.actor_id) is _PERSON]
        ids = list(dict.fromkeys(m.actor_id for m in people))
        age = f", {d.group(1)}," if d.group(1) else None
        aged = [
            m.actor_id
            for m in mentions
            if age is not None and kinds.get(m.actor_id) is _PERSON and text.startswith(age, m.end)
        ]
        aged = list(dict.fromkeys(aged))
        who = aged[0] if len(aged) == 1 else ids[0] if len(ids) == 1 and not aged else None
        if who is None and not aged and len(ids) > 1:
            # "González, a former diplomat who replaced Machado ..., urged calm. “...,” the
            # 74-year-old said": the person opening the latest sentence before, its subject
            who = _opening_person(text, people, sentences, first, si)
        if who is None and len(ids) > 1 and (partisan := d.group("partisan")) is not None:
            # "Senator X pressed Powell ... “...,” the Massachusetts Democrat said": the one
            # named of that party
            who = _party_member(partisan, ids, actors)
        if who is not None:
            out.append(Mention(s, e, text[s:e], who))
    return out


def _party_member(partisan: str, ids: Sequence[str], actors: Sequence[Actor]) -> str | None:
    """The one of ``ids`` whose affiliation is the party ``partisan`` ends with ("the Texas
    Republican": the one person of the Republicans), if exactly one."""
    party = partisan.rsplit(" ", 1)[-1]
    if party not in ("Republican", "Democrat"):
        return None
    affiliation = {a.id: a.affiliation for a in actors if a.id in ids}
    members = [i for i in ids if party in (affiliation.get(i) or "")]
    return members[0] if len(members) == 1 else None


def _opening_person(
    text: str, people: Sequence[Mention], sentences: Sequence[Sentence], first: int, si: int
) -> str | None:
    """The person whose mention (of ``people``) opens the latest of the sentences ``first``
    to ``si`` (excluded), if the others named are all inside the apposition after it ("X, a
    former diplomat who replaced Y, urged calm"); not "X beat Y" (either) nor an owner
    ("Alcaraz's coach, X, said")."""
    for j in range(si - 1, first - 1, -1):
        start = sentences[j].start
        for m in people:
            if m.start != start:
                continue
            if not text.startswith(",", m.end):
                return None
            closing = text.find(",", m.end + 1, sentences[j].end)
            inside = all(o.actor_id == m.actor_id or m.end < o.start < closing for o in people)
            return m.actor_id if closing > 0 and inside else None
    return None
