"""The steps of a run's plan (:data:`Step`: a known name, an unknown organisation, name or
place, an office), what :func:`run_plan` returns, and the step of an unknown name."""

from __future__ import annotations

from dataclasses import dataclass, replace

from explorer.parse.actors.data import vocabulary
from explorer.parse.actors.lexicon import Entry


@dataclass(frozen=True, slots=True)
class Known:
    """A lexicon name of a run: ``start``..``end`` (no leading "the", no possessive); the
    name itself starts at ``name_start``. Offsets are relative to the run."""

    entry: Entry
    start: int
    end: int
    name_start: int


@dataclass(frozen=True, slots=True)
class UnknownOrg:
    """An unknown organisation ("Halvorsen Energy Group"), with the country or
    organisation its name contains."""

    start: int
    end: int
    affiliation: str | None


@dataclass(frozen=True, slots=True)
class Name:
    """An unknown name of ``words`` words; after a title, the title's role and the
    affiliation the run gives it ("Russian Ambassador to the UN Vitaly Churkin")."""

    start: int
    end: int
    words: int
    titled: bool
    role: str | None
    affiliation: str | None


@dataclass(frozen=True, slots=True)
class UnknownPlace:
    """An unknown name that its words make a place ("Toure Drive", "Fort Lauderdale")."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Office:
    """A title ending its run with a possessive ("the Attorney General's| office"), up to
    ``end`` (the possessive included): an office if the word after the run names one; of
    the country or organisation before it ("Ukraine's Prosecutor General's office")."""

    start: int
    end: int
    affiliation: str | None


Step = Known | UnknownOrg | Name | UnknownPlace | Office


def _name_step(
    run: str, start: int, end: int, count: int, title: tuple[str | None, str | None] | None
) -> Step | None:
    """The step of an unknown name of ``count`` words: None for no actor ("Cold War",
    "Hurricane Hugo"), a place by its first or last word, else a name (after a title:
    its role and affiliation)."""
    if title is not None:
        return Name(start, end, count, True, title[0], title[1])
    if count >= 2:
        v = vocabulary()
        words = run[start:end].split()
        first, last = words[0], words[-1]
        if last in v.not_actor_heads or first in v.not_actor_firsts:
            return None
        if last in v.place_heads or first in v.place_firsts:
            return UnknownPlace(start, end)
    return Name(start, end, count, False, None, None)


def _shifted(step: Step, by: int) -> Step:
    """``step`` with its offsets moved ``by`` characters on."""
    if isinstance(step, Known):
        return replace(
            step, start=step.start + by, end=step.end + by, name_start=step.name_start + by
        )
    return replace(step, start=step.start + by, end=step.end + by)
