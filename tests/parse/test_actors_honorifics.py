"""German, French, Spanish and Portuguese honorifics name the person after them, who is
the same person as the full name ("Chancellor Anna Vogt" ... "Frau Vogt")."""

from __future__ import annotations

from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment


def _persons(text: str) -> set[str]:
    found = analyse_actors(text, segment(text).sentences)
    return {a.id for a in found.actors if a.kind.name == "PERSON"}


def test_herr_and_frau_link_to_the_full_name() -> None:
    got = _persons(
        "Finance Minister Jonas Albrecht Weiler met Economy Minister Anna Vogt on Monday. "
        "“We agree,” Herr Weiler told reporters, and Frau Vogt said she was confident."
    )
    assert got == {"Jonas Albrecht Weiler", "Anna Vogt"}


def test_senora_and_monsieur_link_too() -> None:
    got = _persons(
        "Mayor Lucía Ortega Ruiz and Prosecutor Henri Dubois spoke on Friday. Señora Ortega "
        "said the city would cooperate; Monsieur Dubois declined to comment."
    )
    assert "Lucía Ortega Ruiz" in got and "Henri Dubois" in got
    assert not [p for p in got if p.startswith(("Señora", "Monsieur"))]
