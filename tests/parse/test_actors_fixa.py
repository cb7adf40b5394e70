"""Organisations named by an owner ("the Ombudsman’s Office"), ministries named by a list
("Ministry of Economy, Trade and Industry") and prizes in a field ("Nobel Prize in
Chemistry"): invented sentences."""

from __future__ import annotations

from explorer.model import ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.segment import segment


def _run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def _kinds(a: ActorAnalysis) -> dict[str, ActorKind]:
    return {x.id: x.kind for x in a.actors}


def _speakers(a: ActorAnalysis) -> set[str]:
    return {t.speaker_id for t in a.attributions if t.speaker_id is not None}


def test_owner_office_is_one_organisation() -> None:
    a = _run("On Monday the Auditor’s Office said it had opened 12 inquiries into the port.")
    kinds = _kinds(a)
    assert kinds.get("Auditor’s Office") is ActorKind.ORGANISATION
    assert "Office" not in kinds
    assert _speakers(a) == {"Auditor’s Office"}


def test_owner_office_straight_apostrophe_and_title() -> None:
    a = _run("A day later the Inspector General's Office said the files had been lost.")
    kinds = _kinds(a)
    assert kinds.get("Inspector General's Office") is ActorKind.ORGANISATION
    assert "Office" not in kinds
    assert _speakers(a) == {"Inspector General's Office"}


def test_person_owner_is_no_office_name() -> None:
    a = _run("Reporters waited outside Tomas Varga’s Office in Lyon, where Varga said nothing.")
    assert "Varga’s Office" not in _kinds(a)


def test_field_of_a_prize_is_no_place() -> None:
    a = _run(
        "She won the Wolf Prize in Physics in 2003 and the Gold Medal in Mathematics, "
        "then an Award in Geology from the academy in Uppsala."
    )
    kinds = _kinds(a)
    for field in ("Physics", "Mathematics", "Geology"):
        assert field not in kinds
    assert kinds.get("Uppsala") is ActorKind.PLACE


def test_ministry_named_by_a_list_is_one_organisation() -> None:
    a = _run(
        "Norway’s Ministry of Fisheries, Coastal Affairs and Shipping will review the sale, "
        "and the Department of Labour, Housing and Welfare said it had no objection."
    )
    kinds = _kinds(a)
    assert kinds.get("Ministry of Fisheries, Coastal Affairs and Shipping") is (
        ActorKind.ORGANISATION
    )
    assert kinds.get("Department of Labour, Housing and Welfare") is ActorKind.ORGANISATION
    for word in ("Shipping", "Coastal Affairs", "Welfare", "Housing"):
        assert word not in kinds
    assert _speakers(a) == {"Department of Labour, Housing and Welfare"}


def test_known_names_after_a_ministry_are_no_words_of_it() -> None:
    a = _run("According to the Ministry of Defence, Reuters and Nigeria, the strikes hit Kyiv.")
    kinds = _kinds(a)
    assert kinds.get("Ministry of Defence") is ActorKind.ORGANISATION
    assert "Reuters" in kinds and "Nigeria" in kinds
