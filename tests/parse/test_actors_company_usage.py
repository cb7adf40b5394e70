"""A one-word name with no title that the text uses as a company's ("Nordlys said it
would cut 300 jobs", "Vestra's shares fell") is an organisation, not a person; a name
the text also uses as a person's ("said he", ", who") stays a person."""

from __future__ import annotations

import pytest
from speaker_checks import run

from explorer.model import ActorKind


def _kind(text: str, name: str) -> ActorKind:
    return {a.id: a.kind for a in run(text).actors}[name]


@pytest.mark.parametrize(
    "text",
    [
        "Rival Kelvora said on Tuesday it would cut 300 jobs in Finland.",
        "Kelvora's shares fell 4% after the warning.",
        "Kelvora said in a statement that its profit fell by half.",
        "Kelvora, which makes ferry engines, said demand was weak.",  # (a speaker)
        "Kelvora shares slumped 9% in Oslo.",
    ],
)
def test_a_name_used_as_a_company_is_an_organisation(text: str) -> None:
    assert _kind(text, "Kelvora") is ActorKind.ORGANISATION


@pytest.mark.parametrize(
    "text",
    [
        "Haldane said it was a mistake to wait.",
        "Haldane said it would be hard. Haldane said he would appeal.",
        "Haldane, who lost his seat in May, said its plan was flawed.",
    ],
)
def test_a_person_stays_a_person(text: str) -> None:
    assert _kind(text, "Haldane") is ActorKind.PERSON


def test_the_company_speaks_and_gives_its_officer_an_affiliation() -> None:
    text = (
        "Kelvora said on Monday it would close two plants. Chief Executive Ola Brekke said "
        "cuts were painful."
    )
    actors = {a.id: a for a in run(text).actors}
    assert actors["Kelvora"].kind is ActorKind.ORGANISATION
    assert actors["Ola Brekke"].affiliation == "Kelvora"


@pytest.mark.parametrize("suffix", ["N.V.", "S.A.", "B.V."])
def test_a_dotted_company_suffix_makes_a_company_named_by_its_first_word(suffix: str) -> None:
    text = (
        f"Talvane {suffix} agreed to sell its steel unit. Talvane said the sale would close soon."
    )
    actors = {a.id: a for a in run(text).actors}
    company = actors[f"Talvane {suffix}"]
    assert company.kind is ActorKind.ORGANISATION
    assert "Talvane" in company.aliases


@pytest.mark.parametrize(
    "between",
    [
        "Its shares fell 3% on the Tokyo Stock Exchange.",
        "The shares fell after the Supreme Court ruling, Reuters reported.",
    ],
)
def test_a_company_officer_is_the_companys_not_the_markets_or_the_wires(between: str) -> None:
    text = (
        f"Kelvora Motors posted a quarterly loss on Monday. {between} Chief Executive Ola "
        "Brenne said demand was weak."
    )
    actors = {a.id: a for a in run(text).actors}
    assert actors["Ola Brenne"].affiliation == "Kelvora Motors"
