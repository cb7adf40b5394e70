"""Police and civil ranks written as abbreviations are the person's role, never a person of
their own ("Adj. Sr. Comr. Budi Santoso"), and keep the sentence whole; a profession of two
words is the whole role ("political scientist") (QA rounds 3 and 4)."""

from __future__ import annotations

import pytest

from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment


def people(text: str) -> dict[str, str | None]:
    r = analyse_actors(text, segment(text).sentences)
    return {a.id: a.role for a in r.actors if a.kind.value == "person"}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Adj. Sr. Comr. Budi Santoso said roads were cut.", "Budi Santoso", "senior commissioner"),
        ("Sr. Supt. Ana Cruz said the bridge fell.", "Ana Cruz", "senior superintendent"),
        ("Asst. Supt. Ben Ruiz said the bridge fell.", "Ben Ruiz", "assistant superintendent"),
        ("Amb. Lena Roth met the envoys on Monday.", "Lena Roth", "ambassador"),
        ("Atty. Gen. Tom Vale filed the suit.", "Tom Vale", "attorney general"),
    ],
)
def test_abbreviated_ranks_are_roles(text: str, name: str, role: str) -> None:
    found = people(text)
    assert found == {name: role}


def test_senior_after_a_name_is_no_rank() -> None:
    assert "John Hale" in people("John Hale Sr. said the farm was sold. Hale said more.")


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Sanjay Rao, a political scientist at the Delhi Institute, said turnout rose.",
         "Sanjay Rao", "political scientist"),
        ("Political scientist Anil Mehta said turnout rose.", "Anil Mehta", "political scientist"),
        ("Mira Shah, a data scientist at Orbix, said sales rose.", "Mira Shah", "data scientist"),
    ],
)  # fmt: skip
def test_a_profession_of_two_words_is_the_whole_role(text: str, name: str, role: str) -> None:
    assert people(text)[name] == role
