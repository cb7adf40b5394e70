"""Runs of capitalised words split into items: known names, titles, connectors, stopwords,
unknown names and unknown organisations ("Halvorsen Energy Group").

A run's items depend on its text alone, so they are cached (names recur).

The modules, each resting on those before it: sets (the vocabulary's sets, possessives),
words (a word's token, a one-word run), steps (what a plan holds), items (a run cut into
items), organisations (items regrouped into organisations and places), shapes (runs of a
special shape), plan (:func:`run_plan`). This module re-exports what others import.
"""

from __future__ import annotations

from explorer.parse.actors.runs.items import RANKS
from explorer.parse.actors.runs.plan import run_plan
from explorer.parse.actors.runs.sets import (
    POSSESSIVES,
    run_sets,
    strip_possessive,
    without_possessive,
)
from explorer.parse.actors.runs.shapes import COMPOUND_ENDS
from explorer.parse.actors.runs.steps import Known, Name, Office, Step, UnknownOrg, UnknownPlace
from explorer.parse.actors.runs.words import _tokens, classify_single

# The names the mention scan and the tests import from here.
__all__ = [
    "COMPOUND_ENDS",
    "POSSESSIVES",
    "RANKS",
    "Known",
    "Name",
    "Office",
    "Step",
    "UnknownOrg",
    "UnknownPlace",
    "classify_single",
    "clear_caches",
    "run_plan",
    "run_sets",
    "strip_possessive",
    "without_possessive",
]


def clear_caches() -> None:
    """Forget the cached runs and words (for benchmarks of a first pass)."""
    run_plan.cache_clear()
    classify_single.cache_clear()
    _tokens.cache_clear()
