"""Time expressions: detect spans, normalise to TIMEX3, resolve against publication date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from explorer.model import Sentence, Timex


def find_timexes(text: str, published: date, sentences: Sequence[Sentence]) -> tuple[Timex, ...]:
    """All time expressions in ``text``, in text order, resolved against ``published``."""
    return ()
