"""A capitalised word opening a sentence that the text also writes in lower case is the
English word, no short form of an organisation's name: "Rail strike to go ahead" ... "talks
with rail operators" ... "the Rail Delivery Group" names no "Rail"."""

from __future__ import annotations

import re


def written_in_lower_case(text: str, word: str) -> bool:
    """Whether ``text`` writes the one word ``word`` in lower case as a word of its own."""
    lower = word.lower()
    return lower != word and re.search(rf"\b{re.escape(lower)}\b", text) is not None
