"""A question-and-answer interview ("Q: Are you done cutting rates?" / "A: No. We still see
..."): the answers are the interviewee's, the person the article says it interviewed ("X
told Reuters in an interview"), though no cue names them.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from explorer.model import Attribution, Sentence

# An answer's or a question's marker opening a paragraph.
_ANSWER = re.compile(r"(?m)^[ \t]*(?:A|Answer)[:.][ \t]")
_QUESTION = re.compile(r"(?m)^[ \t]*(?:Q|Question)[:.][ \t]")
# A sentence saying the article interviewed its speaker.
_INTERVIEW = re.compile(r"\binterview(?:ed)?\b", re.IGNORECASE)


def interview_answers(
    text: str,
    sentences: Sequence[Sentence],
    attributions: tuple[Attribution, ...],
    persons: frozenset[str],
) -> tuple[Attribution, ...]:
    """``attributions`` with the sentences of the answer paragraphs of a Q&A given to the
    interviewee (the person speaking in a sentence that says "interview"); the same where the
    text holds no questions and answers, or names no interviewee."""
    if "Q" not in text or _QUESTION.search(text) is None or _ANSWER.search(text) is None:
        return attributions
    who = next(
        (
            a.speaker_id
            for a in attributions
            if a.speaker_id in persons and _INTERVIEW.search(sentences[a.sentence_index].text)
        ),
        None,
    )
    if who is None:
        return attributions
    said = {a.sentence_index for a in attributions}
    starts = [s.start for s in sentences]
    added: list[Attribution] = []
    for m in _ANSWER.finditer(text):
        end = text.find("\n\n", m.end())
        end = len(text) if end < 0 else end
        for si in range(bisect_left(starts, m.start()), bisect_left(starts, end)):
            if si not in said:
                added.append(Attribution(si, who, m.start(), m.end()))
    if not added:
        return attributions
    return tuple(sorted((*attributions, *added), key=lambda a: (a.sentence_index, a.cue_start)))
