"""The words before a name that open it, by the letters its initials in brackets still
need: each word's initial, or all the letters of a word in capitals ("UK Research and
Innovation (UKRI)": "UK" gives "UK"; was an organisation "UK Research" and another,
"Innovation", with the initials)."""

from __future__ import annotations

import re
from collections.abc import Sequence


def acronym_opening(words: Sequence[re.Match[str]], need: str) -> int | None:
    """Where, in the string ``words`` were found in, the words whose initials (or letters,
    for a word of two to four capitals) spell ``need`` start, the last of them right before
    the name; None if no run of ``words`` ending with the last does."""
    if len(words) >= len(need):
        plain = words[len(words) - len(need) :]
        if "".join(w.group()[0] for w in plain) == need:
            return plain[0].start()
    rest = need
    for w in reversed(words):
        word = w.group()
        part = word if 2 <= len(word) <= 4 and word.isupper() and word.isalpha() else word[0]
        if not rest.endswith(part):
            return None
        rest = rest[: len(rest) - len(part)]
        if not rest:
            return w.start()
    return None
