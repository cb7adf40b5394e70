"""Titles, roles and affiliations of people (QA round 4): "former" stays in the role, a
possessive country employs its envoy to the UN, "a spokesman for ORG" and "head of X at
ORG" name the employer."""

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
    ("text", "name", "role"),
    [
        (
            "Oruna, a 58-year-old former mayor of Tarnello, said he would appeal.",
            "Oruna",
            "former mayor",
        ),
        (
            "The team's leader, former Chilean Foreign Minister Ana Ruiz Vidal, met both sides.",
            "Ana Ruiz Vidal",
            "former foreign minister",
        ),
        (
            "Former President Jorge Alvarado said he would run again.",
            "Jorge Alvarado",
            "former president",
        ),
        (
            "The former finance minister Dana Ortiz said the budget was wrong.",
            "Dana Ortiz",
            "former finance minister",
        ),
        (
            "Poland's former foreign minister, Tomasz Wrona, said no.",
            "Tomasz Wrona",
            "former foreign minister",
        ),
        (
            "Lena Hart, a former analyst at Bernstein, said the shares were cheap.",
            "Lena Hart",
            "former analyst",
        ),
        (
            "Lena Hart, the former director of the Halden Institute, said no.",
            "Lena Hart",
            "former director",
        ),
    ],
)
def test_former_stays_in_the_role(text: str, name: str, role: str) -> None:
    assert people(text)[name][0] == role


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Mayor Oruna Vidal said the bridge would reopen.", "Oruna Vidal", "mayor"),
        ("Lena Hart, an analyst at Bernstein, said the shares were cheap.", "Lena Hart", "analyst"),
        ("The formerly quiet minister Dana Ortiz said no.", "Dana Ortiz", "minister"),
    ],
)
def test_a_sitting_holder_is_not_former(text: str, name: str, role: str) -> None:
    assert people(text)[name][0] == role


def test_former_keeps_the_country() -> None:
    text = "Former Chilean Foreign Minister Ana Ruiz Vidal said the count was clean."
    assert people(text)["Ana Ruiz Vidal"] == ("former foreign minister", "Chile")


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        (
            "Norway's U.N. Ambassador Erik Dahl said the draft was unbalanced.",
            "Erik Dahl",
            "Norway",
        ),
        ("Chile's UN envoy Ana Ruiz Vidal said talks would go on.", "Ana Ruiz Vidal", "Chile"),
        ("Chile's U.N. envoy, Ana Ruiz Vidal, said talks would go on.", "Ana Ruiz Vidal", "Chile"),
        ("The Norwegian U.N. Ambassador Erik Dahl said no.", "Erik Dahl", "Norway"),
        ("Norwegian UN deputy ambassador Erik Dahl said no.", "Erik Dahl", "Norway"),
        ("The Norwegian ambassador to the U.N., Erik Dahl, said no.", "Erik Dahl", "Norway"),
        ("Germany's EU envoy Hans Berg said the rules were fair.", "Hans Berg", "Germany"),
    ],
)
def test_a_country_sends_its_envoy_to_the_un(text: str, name: str, affiliation: str) -> None:
    assert people(text)[name][1] == affiliation


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        ("UN envoy Erik Dahl said the talks would go on.", "Erik Dahl", "United Nations"),
        ("The EU ambassador to Norway, Hans Berg, said no.", "Hans Berg", "European Union"),
        ("Norway's Equinor chief executive Erik Dahl said no.", "Erik Dahl", "Equinor"),
    ],
)
def test_an_organisation_still_employs(text: str, name: str, affiliation: str) -> None:
    assert people(text)[name][1] == affiliation


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        (
            '"We are still searching," said Wiranto, a spokesman for the National Flood Relief '
            "Agency. Wiranto said more rain was due.",
            "Wiranto",
            "National Flood Relief Agency",
        ),
        (
            "Tomas Berg, a spokeswoman for Halvorsen Energy, said no.",
            "Tomas Berg",
            "Halvorsen Energy",
        ),
        (
            "Tomas Berg, spokesperson for the Halden Institute, said no.",
            "Tomas Berg",
            "Halden Institute",
        ),
        (
            "Tomas Berg, a spokesman for Kenya's Interior Ministry, said no.",
            "Tomas Berg",
            "Interior Ministry",
        ),
    ],
)
def test_a_spokesman_for_an_organisation_is_its_own(text: str, name: str, affiliation: str) -> None:
    assert people(text)[name][1] == affiliation


def test_an_envoy_for_a_country_is_not_its_own() -> None:
    assert people("Tomas Berg, an envoy for Syria, said no.")["Tomas Berg"][1] is None


@pytest.mark.parametrize(
    ("text", "name", "employer"),
    [
        (
            "Julia Brennan, head of Japan equities research at Fenwick, said shares were cheap.",
            "Julia Brennan",
            "Fenwick",
        ),
        (
            "Ana Ruiz, head of Chile operations at Halvorsen Energy Group, said no.",
            "Ana Ruiz",
            "Halvorsen Energy Group",
        ),
    ],
)
def test_the_employer_at_beats_a_country_in_the_job(text: str, name: str, employer: str) -> None:
    assert people(text)[name][1] == employer
    found = kinds(text)
    assert found[employer] is ActorKind.ORGANISATION
    assert found[text.split(" of ")[1].split()[0]] is ActorKind.COUNTRY


def test_the_country_of_a_job_without_employer_stays() -> None:
    text = "Mary Otieno, the foreign minister of Kenya, said no."
    assert people(text)["Mary Otieno"] == ("foreign minister", "Kenya")


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Under-Secretary-General Maria Lopez said aid was blocked.", "under-secretary-general"),
        (
            "Assistant Secretary-General Maria Lopez said aid was blocked.",
            "assistant secretary-general",
        ),
        ("Deputy Secretary-General Maria Lopez said aid was blocked.", "deputy secretary-general"),
        ("Under Secretary of State Maria Lopez said no.", "under secretary of state"),
        ("Undersecretary Maria Lopez said no.", "under-secretary"),
    ],
)
def test_a_secretary_general_s_deputies_are_not_the_secretary_general(text: str, role: str) -> None:
    assert people(text) == {"Maria Lopez": (role, None)}
