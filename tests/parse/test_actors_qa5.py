"""Fixes from QA round 5 (tests/fixtures/actors_unseen5), each pinned on invented sentences
in the styles where the defect showed: relatives and siblings of one surname, a country's
government or ministry speaking, trade unions and parliamentary titles."""

from __future__ import annotations

from speaker_checks import run

from explorer.model import ActorKind


def _persons(text: str) -> dict[str, set[str]]:
    """Person id -> the surfaces of its mentions."""
    r = run(text)
    ids = {a.id for a in r.actors if a.kind is ActorKind.PERSON}
    out: dict[str, set[str]] = {pid: set() for pid in ids}
    for m in r.mentions:
        if m.actor_id in ids:
            out[m.actor_id].add(m.text)
    return out


def test_two_people_of_one_surname_in_a_sentence_stay_two() -> None:
    """A full name opening a sentence is not merged into another person of that surname:
    siblings, spouses and parents named together are separate people."""
    assert _persons("Colm Tierney met Aoife Tierney in Galway.") == {
        "Colm Tierney": {"Colm Tierney"},
        "Aoife Tierney": {"Aoife Tierney"},
    }
    persons = _persons(
        "Dario Ventresca, 52, denies the charges. His brother, Paolo Ventresca, told "
        "reporters the case was political."
    )
    assert persons["Dario Ventresca"] == {"Dario Ventresca"}
    assert persons["Paolo Ventresca"] == {"Paolo Ventresca"}


def test_an_opener_joined_to_a_surname_in_a_headline_still_merges() -> None:
    """A headline's capitalised opener before a surname ("Late Brannagh goal ...") is no
    given name: the mention is the article's one person of that surname."""
    persons = _persons(
        "Late Brannagh header sinks Rovers\n\nStriker Ciaran Brannagh scored in the 89th "
        "minute on Saturday."
    )
    assert persons == {"Ciaran Brannagh": {"Late Brannagh", "Ciaran Brannagh"}}
