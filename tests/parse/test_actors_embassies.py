"""An embassy or a consulate is its country's organisation and speaks: "The U.S. Embassy in
Kyiv said", "the Russian embassy in London said", "The British Embassy said" (no person
"Embassy"); a place after a country's service is no obstacle ("the Israeli military in
Gaza said")."""

from __future__ import annotations

import pytest
from speaker_checks import run, speakers_of

from explorer.model import ActorKind


@pytest.mark.parametrize(
    ("text", "speaker", "country"),
    [
        (
            "The U.S. Embassy in Tbilisi said Americans should leave.",
            "U.S. Embassy",
            "United States",
        ),
        ("The Japanese Embassy said it was monitoring the protests.", "Japanese Embassy", "Japan"),
        ("The Russian embassy in Oslo said the report was false.", "Russian Embassy", "Russia"),
        (
            "Canada's consulate in Lagos said two citizens were held.",
            "Canadian Consulate",
            "Canada",
        ),
    ],
)
def test_an_embassy_speaks_for_its_country(text: str, speaker: str, country: str) -> None:
    assert speakers_of(text, text[:8]) == [speaker]
    actors = {a.id: a for a in run(text).actors}
    assert actors[speaker].kind is ActorKind.ORGANISATION
    assert actors[speaker].affiliation == country
    assert "Embassy" not in actors


def test_a_service_then_a_place_speaks() -> None:
    text = "The Israeli military in Gaza said two soldiers were wounded."
    assert speakers_of(text, "The Israeli") == ["Israeli Military"]


def test_one_embassy_however_its_country_is_written() -> None:
    text = (
        "The U.S. Embassy in Tbilisi said Americans should leave. The American Embassy "
        "later said flights were full. The U.S. embassy also said the border was open."
    )
    analysis = run(text)
    embassies = [a for a in analysis.actors if a.id.endswith("Embassy")]
    assert [a.id for a in embassies] == ["U.S. Embassy"]
    assert "American Embassy" in embassies[0].aliases
    assert [a.speaker_id for a in analysis.attributions] == ["U.S. Embassy"] * 3


def test_a_services_official_name_stays_when_the_text_later_says_it_in_lower_case() -> None:
    text = "The Tagalia Coast Guard said it expelled two boats. Tagalia's coast guard said more."
    # (an unknown country: nothing to merge, and no junk)
    assert "Coast Guard" not in {a.id for a in run(text).actors}
    text = "The China Coast Guard said it expelled two boats. China's coast guard said more."
    assert [a.speaker_id for a in run(text).attributions] == ["China Coast Guard"] * 2
