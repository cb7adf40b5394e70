"""Definite descriptions: "the company said" is the one company of the article, "the
president would attend" the one president named before; with two, none, or a data source
only, nothing is linked."""

from __future__ import annotations

from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.segment import segment


def run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def speaker_of(text: str, opening: str) -> str | None:
    analysis = run(text)
    sentences = list(segment(text).sentences)
    (si,) = [i for i, s in enumerate(sentences) if s.text.startswith(opening)]
    found = [a.speaker_id for a in analysis.attributions if a.sentence_index == si]
    return found[0] if found else None


def linked(text: str, phrase: str) -> str | None:
    """The actor of the mention spelled ``phrase`` (None if it is no mention)."""
    ids = [m.actor_id for m in run(text).mentions if m.text == phrase]
    return ids[0] if ids else None


# 1. Organisations: "the company", "the bank", "the ministry", ... said.


def test_the_company_said_is_the_company_named_by_its_suffix() -> None:
    text = "Tarnow Holdings cut 400 jobs on Tuesday. The company said orders had fallen."
    assert speaker_of(text, "The company said") == "Tarnow Holdings"


def test_a_data_source_is_no_second_company() -> None:
    text = (
        "Kessler Mining Corp shares fell 6%, according to LSEG data. "
        "The company said output would recover by June."
    )
    assert speaker_of(text, "The company said") == "Kessler Mining Corp"


def test_two_companies_leave_the_company_unattributed() -> None:
    text = "Tarnow Holdings agreed to buy Bellway Foods PLC. The company said the deal was fair."
    assert speaker_of(text, "The company said") is None
    assert linked(text, "The company") is None


def test_the_lead_names_a_company_by_its_trade() -> None:
    text = "Chipmaker Nordvik cut 500 jobs on Monday. The company said demand had collapsed."
    assert speaker_of(text, "The company said") == "Nordvik"


def test_bank_ministry_agency_court_club_group() -> None:
    cases = [
        ("The Bank of Lesotho raised rates. Prices rose, the bank said.", "Prices rose"),
        ("The Ministry of Water closed six wells. More would close, said the ministry.", "More"),
        ("The Baltic Maritime Agency shut the port. The agency said ice was to blame.", "The ag"),
        ("The Supreme Court of Lesotho ruled on Monday. The court said the law was void.", "The c"),
        ("Kestrel Park FC sacked its manager. The club said a successor was near.", "The club"),
        ("Veltra Group posted a loss. Sales fell 3%, the group said.", "Sales fell"),
    ]
    names = [
        "Bank of Lesotho",
        "Ministry of Water",
        "Baltic Maritime Agency",
        "Supreme Court of Lesotho",
        "Kestrel Park FC",
        "Veltra Group",
    ]
    for (text, opening), name in zip(cases, names, strict=True):
        assert speaker_of(text, opening) == name, text


def test_two_clubs_leave_the_club_unattributed() -> None:
    text = "Aldmoor Rovers beat Kestrel Park FC 2-0. The club said its coach would stay."
    assert speaker_of(text, "The club said") is None


def test_the_company_as_subject_of_any_verb_is_a_mention_of_it() -> None:
    text = "Tarnow Holdings reported a loss. The company will close two plants in March."
    assert linked(text, "The company") == "Tarnow Holdings"


def test_the_company_before_it_is_named_is_nobody() -> None:
    text = "The company said orders had fallen. Tarnow Holdings cut 400 jobs on Tuesday."
    assert speaker_of(text, "The company said") is None


# 3. Persons: "the president" as subject of any verb.


def test_the_prime_minister_is_the_one_prime_minister_named_before() -> None:
    text = (
        "Prime Minister Anneli Varga flew to Oslo on Monday. "
        "The prime minister would attend the summit on Friday."
    )
    assert linked(text, "The prime minister") == "Anneli Varga"


def test_the_president_of_another_body_is_not_the_head_of_state() -> None:
    text = "Kenyan President William Ruto met investors. The president of the chamber resigned."
    assert linked(text, "The president") is None
    assert all(
        m.actor_id != "William Ruto" or m.text != "The president" for m in run(text).mentions
    )


def test_two_presidents_leave_the_president_unlinked() -> None:
    text = (
        "Kenyan President William Ruto met Ghanaian President John Mahama. "
        "The president would attend the summit."
    )
    assert linked(text, "The president") is None


# 2. An unnamed office or spokesman speaks for the person.


def test_his_office_said_is_the_person_named_before() -> None:
    text = "Governor Tomas Lind vetoed the bill on Monday. His office said the vote was rushed."
    assert speaker_of(text, "His office said") == "Tomas Lind"


def test_her_office_in_the_sentence_of_the_person() -> None:
    text = "Ms Ana Ruiz met Mr Tomas Lind on Monday, her office said."
    assert speaker_of(text, "Ms Ana Ruiz") == "Ana Ruiz"


def test_a_possessive_name_before_spokesman_is_the_speaker() -> None:
    text = "Tomas Lind's spokesman said the trip to Riga was off."
    assert speaker_of(text, "Tomas Lind") == "Tomas Lind"


def test_two_people_without_genders_leave_the_office_unattributed() -> None:
    text = "Tomas Lind met Ana Ruiz in Riga, his office said."
    assert speaker_of(text, "Tomas Lind") is None
