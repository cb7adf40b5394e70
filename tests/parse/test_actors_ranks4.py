"""Police and civil ranks written as abbreviations are the person's role, never a person of
their own ("Adj. Sr. Comr. Budi Santoso"), and keep the sentence whole (QA round 4)."""

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
