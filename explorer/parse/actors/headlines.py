"""A headline in title case ("Unilever Weighs Sale of Ice Cream Brands to Private Equity"):
its capitalised words are no clue of names, so only listed names, and unknown ones the
article writes again below it, stay mentions (no person "Weighs Sale", no place "Private
Equity").
"""

from __future__ import annotations

from explorer.parse.actors.mentions.raw import Raw

# Words a title-case headline may leave in lower case.
_SMALL = frozenset(
    {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on", "or", "the", "to"}
    | {"up", "vs", "via", "with", "from", "into", "over", "after", "amid", "is", "are"}
)
# The fewest words of a headline told by its capitals, and its share of capitalised words.
_MIN_WORDS = 4
_MIN_SHARE = 0.85


def title_case_headline_end(text: str) -> int:
    """The end of the text's first line if it is a headline in title case, else 0."""
    end = text.find("\n")
    if end <= 0 or end > 200:
        return 0
    line = text[:end]
    if line.rstrip().endswith((".", "?", "!", ":", '"', "”")):
        return 0  # (a sentence, not a headline)
    words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in _SMALL]
    if len(words) < _MIN_WORDS:
        return 0
    capitalised = sum(1 for w in words if w[0].isupper())
    return end if capitalised >= _MIN_SHARE * len(words) else 0


def without_headline_guesses(text: str, raws: list[Raw]) -> list[Raw]:
    """``raws`` without the unknown names of a title-case headline that the article does not
    write again after it."""
    end = title_case_headline_end(text)
    if not end:
        return raws
    kept: list[Raw] = []
    for r in raws:
        if r.start < end and not r.known and text.find(text[r.start : r.end], end) < 0:
            continue
        kept.append(r)
    return kept
