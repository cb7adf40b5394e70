"""A person named after "of" in the subject is no speaker: "A cousin of Tom Hale said",
"The wife of President X told reporters", "A friend of X said" (the cousin, the wife, the
friend speak; no one of the article's actors, so no speaker rather than a wrong one). Not
where the noun speaks for the person: "The office of President X said", "the government
of Prime Minister X", "a spokesman of X"."""

from __future__ import annotations

import re

# Nouns whose statement is the person's own ("The office of President X said").
_BEHALF_NOUNS = frozenset(
    {"office", "government", "administration", "campaign", "camp", "team", "cabinet"}
    | {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"}
)
# The subject's opening: a capitalised determiner or number, up to two lower-case words
# (the noun last), "of", then "the", "former" or a title's capitalised words.
_PERSON_OF = re.compile(
    r"[A-Z][a-z]*\s+(?:[a-z][\w\-]*\s+){0,2}?(?P<noun>[a-z][\w\-]*)\s+of\s+"
    r"(?:(?:the|former|late)\s+){0,2}(?:[A-Z][\w.\-]*\s+){0,3}"
)


def person_of_object(text: str, sent_start: int, start: int) -> bool:
    """Whether the person named at ``start`` is the object of "of" in a subject opening its
    sentence ("A cousin of |Tom Hale said"), after a noun that does not speak for them."""
    if start - sent_start > 70 or text.find(" of ", sent_start, start) < 0:
        return False  # (the cheap pre-test: most names are no such object)
    lo = sent_start
    while lo < start and not text[lo].isalnum():
        lo += 1  # (past a quotation mark or a bracket opening the sentence)
    m = _PERSON_OF.match(text, lo, start)
    return m is not None and m.end() == start and m.group("noun") not in _BEHALF_NOUNS
