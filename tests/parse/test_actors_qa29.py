"""QA round 29 on actors (tests/fixtures/actors_unseen29/FINDINGS.md): the general defects
found on three unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, run, speakers_of

from explorer.model import ActorKind

# "Emirates chairman Sheikh X", "Flydubai chief executive X": a one-word company opening
# its sentence before an officer's title is the employer (the persons were the nearest
# other company's, Boeing's).


def test_a_company_before_a_chairman_and_an_honorific_employs_him() -> None:
    text = (
        "Veltro won an order worth $2 billion on Monday. "
        "Skyvale chairman Sheikh Omar bin Said Al-Harthy-Nour announced the deal alongside "
        "Veltro. Analysts said Skyvale paid a fair price."
    )
    kind, aff, role = actor_of(text, "Omar bin Said Al-Harthy-Nour")
    assert (kind, aff, role) == (ActorKind.PERSON, "Skyvale", "chairman")


def test_a_company_named_only_at_sentence_starts_employs_its_chief_executive() -> None:
    text = (
        "Veltro won an order on Monday. "
        "Jetmoor, the region's low-cost carrier, signed a deal for 40 jets. "
        "Jetmoor chief executive Karim Nassar-Hale said the airline needed planes faster "
        "than Veltro could build them."
    )
    assert actor_of(text, "Karim Nassar-Hale")[1] == "Jetmoor"
    assert actor_of(text, "Jetmoor")[0] is ActorKind.ORGANISATION


def test_a_sentence_opening_adjective_before_a_coach_is_no_employer() -> None:
    text = "Veteran coach Tom Hale-Ward won the cup on Sunday. The veteran players cheered."
    assert actor_of(text, "Tom Hale-Ward")[1] is None
    assert "Veteran" not in actor_ids(text)


# "Boeing Commercial Airplanes chief executive X": a planemaker's unit is one organisation
# (was a person "Commercial Airplanes").


def test_a_planemakers_unit_is_an_organisation() -> None:
    text = "Corvan Commercial Airplanes chief executive Lena Moss-Hart said output would rise."
    assert actor_of(text, "Lena Moss-Hart")[1] == "Corvan Commercial Airplanes"
    assert speakers_of(text, "Corvan") == ["Lena Moss-Hart"]


# "according to Elections Nova Scotia", "Statistics Canada said": an agency named by its
# field and its country or province is one organisation (was a person, or a person
# "Elections" and the province).


def test_an_agency_named_by_field_and_province_is_one_organisation() -> None:
    text = (
        "Turnout fell to 41 percent, according to Elections Manitoba. "
        "The jobless rate rose to 7 percent, Statistics Canada said on Friday."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("Elections Manitoba") is ActorKind.ORGANISATION
    assert kinds.get("Statistics Canada") is ActorKind.ORGANISATION
    assert "Elections" not in kinds
    assert speakers_of(text, "The jobless rate") == ["Statistics Canada"]


def test_an_agency_opening_its_sentence_speaks() -> None:
    text = "Transport Canada said the aircraft was safe to fly. Sport England warned of cuts."
    assert speakers_of(text, "Transport Canada") == ["Transport Canada"]
    assert speakers_of(text, "Sport England") == ["Sport England"]


# "NDP Leader X, who held her Dartmouth South seat, said": a constituency before "seat"
# is a place (was a person); "will form the official opposition" has no group "the
# official".


def test_a_constituency_before_seat_is_a_place() -> None:
    text = (
        "Liberal leader Ana Vale-Hart, who held her Bramley North seat, said she was proud. "
        "Tom Reid-Hale lost the Kessing West riding to a newcomer."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("Bramley North") is ActorKind.PLACE
    assert kinds.get("Kessing West") is ActorKind.PLACE
    assert speakers_of(text, "Liberal leader") == ["Ana Vale-Hart"]


def test_the_official_opposition_is_no_official() -> None:
    text = "The Greens will form the official opposition for the first time. The official said no."
    ids = actor_ids(text)
    assert "opposition" in ids
    assert speakers_of(text, "The official said") == ["the official"]
    assert len([a for a in run(text).actors if a.id == "the official"]) == 1
    assert [m.text for m in run(text).mentions if m.actor_id == "the official"] == ["The official"]


# "Growers in the Entre-Deux-Mers area, where most cheap wine is made, said": growers are a
# group, and a place in the area phrase is no subject (no speaker before).


def test_growers_in_an_area_with_a_where_clause_speak() -> None:
    text = (
        "Growers in the Corbel area, where most of the cheaper wine is made, said the "
        "merchants held too much power."
    )
    assert speakers_of(text, "Growers") == ["growers"]


def test_residents_of_a_named_valley_speak() -> None:
    text = "Residents in the Tarn valley said the water had risen overnight."
    assert speakers_of(text, "Residents") == ["residents"]


def test_a_spokesman_in_a_province_still_speaks() -> None:
    text = (
        "Colonel Tom Mbeki-Hale, a police spokesman in Limpopo province, said officers "
        "had used rubber bullets."
    )
    assert speakers_of(text, "Colonel") == ["Tom Mbeki-Hale"]


# "negociant house Maison Lafitte-Durand ... Lafitte-Durand, who appeared in court": a
# trading house's opening word makes a company (was a person, whose short name took the
# defendant's later mentions).


def test_a_maison_is_a_company_and_the_surname_stays_the_persons() -> None:
    text = (
        "Paul Marchal-Roy, the former head of the trading house Maison Marchal-Roy, faces "
        "charges of fraud. Marchal-Roy, who appeared in court, spoke only to confirm his "
        "identity."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("Maison Marchal-Roy") is ActorKind.ORGANISATION
    (m,) = [m for m in run(text).mentions if m.text == "Marchal-Roy"]
    assert m.actor_id == "Paul Marchal-Roy"


# "Riyadh Air chief executive X", "Jeju Air said": an airline named with "Air" last is one
# organisation (was the city and an organisation "Air", or a person); "Boeing 737 MAX
# jets" names no organisation "MAX".


def test_an_airline_named_with_air_last_is_one_organisation() -> None:
    text = (
        "The kingdom is building a new carrier, Tabuk Air, to rival its neighbours. "
        "Tabuk Air chief executive Rami Haddad-Cole said the start-up would wait. "
        "Corsa Air said bookings rose."
    )
    assert actor_of(text, "Rami Haddad-Cole")[1] == "Tabuk Air"
    assert speakers_of(text, "Corsa Air") == ["Corsa Air"]
    assert actor_of(text, "Corsa Air")[0] is ActorKind.ORGANISATION


def test_a_models_letters_after_its_number_are_no_organisation() -> None:
    text = "Nordwing said it would buy 11 Veltro 737 MAX jets and two Veltro 787 XR freighters."
    ids = actor_ids(text)
    assert "MAX" not in ids
    assert "XR" not in ids


# "In Halifax, voters leaving polling stations said housing was the main issue": a
# group's participle phrase keeps it the subject (had no speaker); a clause after a
# group that is an object does not make it speak.


def test_a_group_with_a_participle_phrase_speaks() -> None:
    text = (
        "In Corvale, voters leaving polling stations said rents were the main issue. "
        "Residents fleeing the floods told reporters they had lost everything."
    )
    assert speakers_of(text, "In Corvale") == ["voters"]
    assert speakers_of(text, "Residents") == ["residents"]


def test_a_group_object_before_a_clause_does_not_speak() -> None:
    text = "The family sent a fax to local police explaining that doctors were warned of threats."
    assert "police" not in " ".join(speakers_of(text, "The family"))


# "The Mi'kmaw chiefs of Nova Scotia said": chiefs and elders are a group (had no speaker).


def test_chiefs_of_a_province_speak_as_a_group() -> None:
    text = "The tribal chiefs of Corvale said they expected to be consulted on mines."
    assert speakers_of(text, "The tribal chiefs") == ["tribal chiefs"]
    assert actor_of(text, "tribal chiefs")[0] is ActorKind.GROUP
