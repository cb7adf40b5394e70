"""A title's field after "for" or "on" is part of the title, not of the name after it
("Minister for Foreign Affairs Penny Wong", "the UN High Commissioner for Human Rights,
NAME,"), and a demonym noun ending a name is a surname ("Volker Turk" is no Turkey)."""

from __future__ import annotations

import pytest
from speaker_checks import run, speakers_of


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Minister for Foreign Affairs Maren Holt said the talks had failed.",
            "Maren Holt",
            "minister",
        ),
        (
            "EU Commissioner for Trade Ivo Marant said tariffs would rise.",
            "Ivo Marant",
            "commissioner",
        ),
        (
            "The U.N. High Commissioner for Human Rights, Lena Osei, welcomed the vote.",
            "Lena Osei",
            "high commissioner",
        ),
        (
            "UN Special Envoy for Yemen Tomas Ekberg said talks would resume.",
            "Tomas Ekberg",
            "envoy",
        ),
    ],
)
def test_the_field_is_the_titles(text: str, name: str, role: str) -> None:
    actors = {a.id: a for a in run(text).actors}
    assert actors[name].role == role
    persons = [a.id for a in run(text).actors if a.kind.value == "person"]
    assert persons == [name]
    assert speakers_of(text, text[:10]) == [name]


def test_a_demonym_noun_after_a_first_name_is_a_surname() -> None:
    text = "Jonas Turk, a lawyer for the families, said the ruling was wrong."
    actors = {a.id: a for a in run(text).actors}
    assert "Jonas Turk" in actors
    assert "Turkey" not in actors


@pytest.mark.parametrize(
    "text",
    ["Talks with the Turks stalled.", "Ahmet met a Turkish official.", "Peter met a Turk."],
)
def test_a_demonym_elsewhere_stays_the_country(text: str) -> None:
    assert "Turkey" in {a.id for a in run(text).actors}
