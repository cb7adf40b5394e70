"""A navy is an organisation ("the Indian Navy said", "the Navy said"), and a list of
armed services is one organisation each ("the Navy and Air Force"), not one name."""

from __future__ import annotations

from speaker_checks import run, speakers_of

from explorer.model import ActorKind


def test_a_countrys_navy_is_an_organisation_of_that_country() -> None:
    text = "The Chilean Navy said on Monday it had rescued 14 fishermen."
    actors = {a.id: a for a in run(text).actors}
    assert actors["Chilean Navy"].kind is ActorKind.ORGANISATION
    assert actors["Chilean Navy"].affiliation == "Chile"
    assert speakers_of(text, "The Chilean Navy") == ["Chilean Navy"]


def test_the_navy_speaking_is_no_person() -> None:
    actors = {a.id: a for a in run("The Navy said the ship was towed to port.").actors}
    assert actors["Navy"].kind is ActorKind.ORGANISATION


def test_a_list_of_services_is_no_one_name() -> None:
    text = "Planes from the Brazilian Navy and Air Force joined the search on Tuesday."
    ids = {a.id for a in run(text).actors}
    assert "Air Force" in ids
    assert not any(" and " in i for i in ids)


def test_and_inside_an_organisations_name_stays() -> None:
    text = "The Trade and Development Authority said exports rose."
    assert "Trade and Development Authority" in {a.id for a in run(text).actors}
