"""An organisation's letters joined by hyphens ("AFL-CIO", "ZANU-PF", "SAG-AFTRA"): read as
a one-word abbreviation ("SEIU") is, by the name scan (mentions/names.py) and before a
title ("SAG-AFTRA President X": runs/plan.py)."""

from __future__ import annotations


def hyphened_acronym(word: str) -> bool:
    """Capitals joined by hyphens, two to five a part; not a model with a digit ("MQ-9"),
    a lone letter ("K-POP") nor a word of a heading in capitals ("LUXEMBOURG-BASED")."""
    if "-" not in word:
        return False
    parts = word.split("-")
    return all(1 < len(w) < 6 and w.isalpha() and w.isupper() for w in parts)
