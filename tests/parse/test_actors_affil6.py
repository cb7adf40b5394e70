"""Affiliations of people by the words around their titles (QA rounds 3-4): "its"/"their"
and "the agency's" own a title ("Its chief executive, NAME", "NAME, the group's
Indonesia director"): the organisation named just before."""

from __future__ import annotations

import pytest

from explorer.model import ActorKind
from explorer.parse.actors import analyse_actors
from explorer.parse.segment import segment


def people(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Person id -> (role, affiliation)."""
    r = analyse_actors(text, segment(text).sentences)
    return {a.id: (a.role, a.affiliation) for a in r.actors if a.kind is ActorKind.PERSON}


def kinds(text: str) -> dict[str, ActorKind]:
    r = analyse_actors(text, segment(text).sentences)
    return {a.id: a.kind for a in r.actors}


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        (
            "The Halden Water Authority raised prices on Monday. The agency's head, Mona Ek, "
            "said rains were late.",
            "Mona Ek",
            "Halden Water Authority",
        ),
        (
            "Save the Children said it was sending teams to the coast. “Children have lost "
            "their homes. They need support,” said Dewi Siregar, the group’s Indonesia "
            "director.",
            "Dewi Siregar",
            "Save the Children",
        ),
        (
            "Halden Bank raised rates on Tuesday. Its chief economist, Lena Hart, said "
            "inflation was too high.",
            "Lena Hart",
            "Halden Bank",
        ),
        (
            "Nordlys Energy Group, the grid operator, cut power in six regions.\n\n"
            "Its chief executive, Oskar Vik, said repairs would take months.",
            "Oskar Vik",
            "Nordlys Energy Group",
        ),
        (
            "The Ministry of Water said 40 wells had dried up. The ministry’s spokesman, "
            "Ali Omar, said trucks were on their way.",
            "Ali Omar",
            "Ministry of Water",
        ),
        (
            "Talks with Varto Mining Corp stalled, said Lena Berg, its chief negotiator.",
            "Lena Berg",
            "Varto Mining Corp",
        ),
    ],
)
def test_possessive_before_title_names_the_organisation_before(
    text: str, name: str, owner: str
) -> None:
    assert people(text)[name][1] == owner


def test_the_agency_is_no_country() -> None:
    # "the agency's" owns only an organisation: a country named before is none.
    got = people("Rain fell across Kenya on Monday. The agency's head, Mona Ek, said so.")
    assert got["Mona Ek"][1] is None


@pytest.mark.parametrize(
    ("text", "name", "role", "owner"),
    [
        (
            "Chile's former President Ana Ruiz met the envoy.",
            "Ana Ruiz",
            "former president",
            "Chile",
        ),
        (
            "Russia's former U.N. Ambassador Pavel Orlov said no.",
            "Pavel Orlov",
            "former ambassador",
            "Russia",
        ),
        (
            "Halden Bank's former Chief Executive Lena Hart said the bank was safe.",
            "Lena Hart",
            "former chief executive",
            "Halden Bank",
        ),
        (
            "Ex-President Jorge Alvarado said he would run again.",
            "Jorge Alvarado",
            "former president",
            None,
        ),
        (
            "Peru's ex-president Jorge Alvarado said no.",
            "Jorge Alvarado",
            "former president",
            "Peru",
        ),
    ],
)
def test_former_title_after_possessive_keeps_owner(
    text: str, name: str, role: str, owner: str | None
) -> None:
    assert people(text)[name] == (role, owner)


def test_ex_is_no_word_of_the_name() -> None:
    assert "Ex-President Jorge Alvarado" not in kinds("Ex-President Jorge Alvarado said so.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Israeli troops crossed the Blue Line near Naqoura on Monday.", "Blue Line"),
        ("Trains on the Green Line were halted after the storm.", "Green Line"),
    ],
)
def test_a_line_is_a_place(text: str, name: str) -> None:
    assert kinds(text)[name] is ActorKind.PLACE


@pytest.mark.parametrize(
    ("text", "name", "owner"),
    [
        (
            "The talks were led by Marta Lind, the UN under-secretary-general for "
            "humanitarian affairs.",
            "Marta Lind",
            "United Nations",
        ),
        ("Marta Lind, a former NATO secretary-general, said no.", "Marta Lind", "NATO"),
        ("Marta Lind, the French ambassador, said the talks failed.", "Marta Lind", "France"),
        (
            "Marta Lind, the Halden Bank chief economist, said rates would rise.",
            "Marta Lind",
            "Halden Bank",
        ),
    ],
)
def test_owner_between_article_and_title_in_apposition(text: str, name: str, owner: str) -> None:
    assert people(text)[name][1] == owner


def test_a_day_before_the_title_is_no_owner() -> None:
    assert people("Andi Putra, the Monday keynote speaker, said so.")["Andi Putra"][1] is None


_EARNINGS = (
    "Varto Motor Corp cuts forecast on tariffs\n\n"
    "OSLO, May 3 - Varto Motor Corp cut its profit forecast on Thursday, blaming tariffs, "
    "and said it would buy a stake in battery maker Lumo Cell Energy.\n\n"
    "Varto Motor Corp now expects a profit of 4 billion crowns for the year.\n\n"
    '"The tariff burden is now a fixed cost," Chief Financial Officer Yuko Arai told an '
    "earnings briefing.\n\n"
    "Varto Motor Corp builds a third of its cars in Norway. Chief Executive Hiroshi Tanabe, "
    "who took over in April, said the Lumo Cell Energy deal would help.\n"
)


def test_company_officers_are_the_story_company() -> None:
    got = people(_EARNINGS)
    assert got["Yuko Arai"] == ("chief financial officer", "Varto Motor Corp")
    assert got["Hiroshi Tanabe"] == ("chief executive", "Varto Motor Corp")


def test_officer_of_the_one_company_of_the_paragraph() -> None:
    text = (
        "Halden Bank raised rates on Tuesday.\n\n"
        "Nordlys Energy Group said its costs would rise. Chief Executive Oskar Vik said "
        "prices would follow.\n"
    )
    assert people(text)["Oskar Vik"] == ("chief executive", "Nordlys Energy Group")


def test_no_officer_company_in_a_story_of_two_alike() -> None:
    # Two companies named as often, both in the sentence before: no telling whose
    # officer he is.
    text = (
        "Halden Bank and Nordlys Energy Group agreed a deal on Monday.\n\n"
        "Halden Bank will pay cash, and Nordlys Energy Group will keep its name.\n\n"
        '"This is a good day," Chief Executive Oskar Vik said.\n'
    )
    assert people(text)["Oskar Vik"] == ("chief executive", None)
