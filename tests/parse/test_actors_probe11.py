"""Findings of session 11's probes, on invented sentences."""

from __future__ import annotations

from speaker_checks import actors_by_id, run


def test_a_titles_office_speaks_as_an_organisation() -> None:
    """ "The U.S. Trade Representative's office said": the office speaks, the country's;
    there is no person named "Trade Representative". The title before a name is a role."""
    r = run(
        "A spokesman for the U.S. Trade Representative's office said Washington was "
        "studying the decision. Trade Representative Jamieson Greer said on Monday the "
        "tariffs would stay."
    )
    found = actors_by_id(r)
    office = found["Trade Representative's office"]
    assert (office.kind.value, office.affiliation) == ("organisation", "United States")
    assert "Trade Representative" not in found
    assert found["Jamieson Greer"].role == "trade representative"
    assert [a.speaker_id for a in r.attributions] == [
        "Trade Representative's office",
        "Jamieson Greer",
    ]


def test_titles_of_several_words_are_roles_not_names() -> None:
    """A title of several words before a name is the person's role, whole: not the last
    word of it ("minister", "lieutenant") and not part of the name ("Whip Alan Campbell",
    "Special Rapporteur Francesca Albanese")."""
    cases = {
        "Scotland's First Minister Ewan Brodie said the plan would go ahead.": (
            "Ewan Brodie",
            "first minister",
        ),
        "Lieutenant Governor Dana Rusk said the plan would go ahead.": (
            "Dana Rusk",
            "lieutenant governor",
        ),
        "Special counsel Joel Marten said the plan would go ahead.": (
            "Joel Marten",
            "special counsel",
        ),
        "Chief Whip Alan Corrie said the plan would go ahead.": ("Alan Corrie", "chief whip"),
        "UN Special Rapporteur Lena Ostrova said the plan would go ahead.": (
            "Lena Ostrova",
            "special rapporteur",
        ),
    }
    for text, (name, role) in cases.items():
        found = actors_by_id(run(text))
        assert name in found, text
        assert found[name].role == role, text
