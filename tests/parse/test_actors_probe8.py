"""Findings of session 8's probes, on invented sentences."""

from __future__ import annotations

from speaker_checks import actors_by_id, run

from explorer.model import ActorKind

PERSON = ActorKind.PERSON


def test_a_person_named_like_a_country_speaks_as_a_person() -> None:
    """ "Michael Jordan said", "Chad Okoro told": a first name or a surname that is a
    country's is part of the person's name; the country does not speak."""
    r = run(
        "Michael Jordan said the team would win. Chad Okoro told reporters he was tired. "
        "Georgia Mensah, who chairs the board, said profits fell."
    )
    found = actors_by_id(r)
    assert {a.speaker_id for a in r.attributions} == {
        "Michael Jordan",
        "Chad Okoro",
        "Georgia Mensah",
    }
    assert all(found[p].kind is PERSON for p in ("Michael Jordan", "Chad Okoro", "Georgia Mensah"))
    assert not {"Jordan", "Chad", "Georgia"} & set(found)


def test_the_persons_name_holds_in_the_rest_of_the_article() -> None:
    """Once "Israel Navon said" names a person, "Israel Navon's office" is that person too,
    not the country and a surname."""
    r = run(
        "Israel Navon said the talks had failed. A statement from Israel Navon's office "
        "followed on Monday. Israel rejected the plan."
    )
    assert [m.actor_id for m in r.mentions] == ["Israel Navon", "Israel Navon", "Israel"]
    assert actors_by_id(r)["Israel"].kind is ActorKind.COUNTRY


def test_a_country_with_a_modifier_or_an_outlet_stays_what_it_is() -> None:
    """ "Mainland China reported" is the country; "the Kyiv Independent reported" an outlet
    (after "the": no person's name); a country's name before a noun the text writes in lower
    case is no first name ("Kenya Power said ... the power cuts")."""
    r = run(
        "Mainland China reported 30 new cases. The Kyiv Independent reported the strike. "
        "Visit Jordan, the tourism board, said visitors returned."
    )
    found = actors_by_id(r)
    assert "China" in found and "Jordan" in found
    assert not [a for a in found.values() if a.kind is PERSON]


def test_a_name_the_next_sentence_calls_the_company_is_that_company() -> None:
    """ "Tarnwell cut 300 jobs. The company said ...": an unknown name opening a sentence,
    named again inside one, is the company the next sentence speaks for; so is a name whose
    shares the text gives ("Kelvora's shares fell"). A common word opening a sentence
    ("Revenue rose") is no company."""
    r = run(
        "Tarnwell cut 300 jobs on Monday. The company said demand for its pumps had fallen. "
        "Shares in Tarnwell fell 4 percent."
    )
    assert actors_by_id(r)["Tarnwell"].kind is ActorKind.ORGANISATION
    assert [a.speaker_id for a in r.attributions] == ["Tarnwell"]
    r = run("Kelvora's shares fell 5% on Monday. The company said orders had slowed.")
    assert [a.speaker_id for a in r.attributions] == ["Kelvora"]
    r = run(
        "Revenue rose 5% in the quarter. The company said demand had grown. Analysts said "
        "revenue was strong."
    )
    assert "Revenue" not in actors_by_id(r)
    assert [a.speaker_id for a in r.attributions] == ["analysts"]


def test_a_continent_ends_an_organisations_name() -> None:
    """ "Dementia Europe welcomed": an organisation, not a person, nor the place Europe."""
    r = run(
        "Dementia Europe welcomed the ruling on Monday. Memory Asia, an umbrella organisation "
        "of patient groups, said it would appeal."
    )
    found = actors_by_id(r)
    assert found["Dementia Europe"].kind is ActorKind.ORGANISATION
    assert found["Memory Asia"].kind is ActorKind.ORGANISATION
    assert not {"Europe", "Asia"} & set(found)
    assert [a.speaker_id for a in r.attributions] == ["Dementia Europe", "Memory Asia"]


def test_a_things_name_after_its_noun_is_no_actor() -> None:
    """ "the hormone EPO", "the drug Kisunla": things, not organisations or persons."""
    r = run("Riders used the hormone EPO for years. Patients took the drug Kisunla, doctors said.")
    assert set(actors_by_id(r)) == {"doctors"}


def test_listed_names_with_a_number_are_found() -> None:
    """ "No 10" is Downing Street, "BBC Radio 4" the BBC, "Channel 4 News" Channel 4; "no 10
    people" is no name."""
    r = run(
        "A No 10 spokesperson said the plan was fine. He told BBC Radio 4 on Monday it was "
        "over. Channel 4 News reported the leak. There were no 10 people there."
    )
    assert [(m.text, m.actor_id) for m in r.mentions if m.actor_id != "Downing Street"] == [
        ("BBC Radio 4", "BBC"),
        ("Channel 4 News", "Channel 4"),
    ]
    assert [a.speaker_id for a in r.attributions] == ["Downing Street", "Channel 4"]


def test_a_group_named_with_its_employer_after_it_is_the_employers() -> None:
    """ "Analysts at Deutsche Bank said": the bank's analysts speak (filtering by the bank
    finds them); "officials of the World Bank" likewise. Not a place after a preposition:
    "A resident of Djibo said" stays a resident."""
    r = run(
        "Analysts at Deutsche Bank said the plan was credible. Officials of the World Bank "
        "said growth would slow. A resident of Djibo said the town was calm."
    )
    found = actors_by_id(r)
    assert found["Deutsche Bank analysts"].affiliation == "Deutsche Bank"
    assert found["World Bank officials"].affiliation == "World Bank"
    assert [a.speaker_id for a in r.attributions] == [
        "Deutsche Bank analysts",
        "World Bank officials",
        "a resident",
    ]


def test_a_politicians_party_is_his_affiliation() -> None:
    """ "Republican lawmaker X", "X, a Labour lawmaker,", "Democratic Senator X",
    "Conservative MP X": members of their party, which the filter finds; the article's
    "Republican Party" is the same party."""
    r = run(
        "Republican lawmaker Tom Whitfield said the bill was dead. Ann Price, a Labour "
        "lawmaker, said it was not. Democratic Senator Joan Ruiz disagreed. Conservative MP "
        "Ian Leys said nothing."
    )
    found = actors_by_id(r)
    assert found["Tom Whitfield"].affiliation == "Republicans"
    assert found["Ann Price"].affiliation == "Labour"
    assert found["Joan Ruiz"].affiliation == "Democrats"
    assert found["Ian Leys"].affiliation == "Conservatives"
    assert all(found[p].kind is ActorKind.ORGANISATION for p in ("Republicans", "Democrats"))
    r = run("The Republican Party won. Republican lawmaker Tom Whitfield said the bill was dead.")
    assert actors_by_id(r)["Tom Whitfield"].affiliation == "Republican Party"
    r = run("Republican Sen. Tom Pratt said no. Democratic Rep. Ann Lowe said yes.")
    assert {a.id: a.affiliation for a in r.actors if a.kind is ActorKind.PERSON} == {
        "Tom Pratt": "Republicans",
        "Ann Lowe": "Democrats",
    }
    r = run("More than 120 Labour MPs signed an amendment. The MPs said it was fair.")
    assert actors_by_id(r)["Labour MPs"].affiliation == "Labour"
    assert [a.speaker_id for a in r.attributions] == ["Labour MPs"]


def test_opposition_before_a_party_or_a_title_is_no_group() -> None:
    """ "leader of the opposition Conservatives": the party is her employer, and "the
    opposition" no group; nor is it in "Opposition leader X". "The opposition said" is."""
    r = run(
        "Ann Price, leader of the opposition Conservatives, accused him. Opposition leader "
        "Ian Leys said no. The opposition said the vote was rigged."
    )
    found = actors_by_id(r)
    assert found["Ann Price"].affiliation == "Conservatives"
    assert [a.id for a in r.actors if a.kind is ActorKind.GROUP] == ["the opposition"]
    assert [a.speaker_id for a in r.attributions] == ["Ann Price", "Ian Leys", "the opposition"]


def test_unlisted_employers_and_the_company_a_lead_shows() -> None:
    """ "Medical sources at Nasser Hospital said": the hospital's sources (an unlisted
    organisation too); "X, an analyst at Y" stays a description of X. A company the text
    shows is one ("Valmora said it would cut 2,000 jobs") is "the company" even where a
    company named later has a legal form ("Sorenberg AG")."""
    r = run(
        "Medical sources at Nasser Hospital said 20 died. Ruth Kane, an aviation analyst at "
        "Harbourline Securities, said the deal was cheap."
    )
    groups = [a for a in r.actors if a.kind is ActorKind.GROUP]
    assert [(g.id, g.affiliation) for g in groups] == [
        ("Nasser Hospital medical sources", "Nasser Hospital")
    ]
    assert actors_by_id(r)["Ruth Kane"].affiliation == "Harbourline Securities"
    r = run(
        "Industrial group Valmora said on Thursday it would cut 2,000 jobs. The cuts will be "
        "completed by 2025, the company said. Its rival Sorenberg AG reported a rise in profit."
    )
    assert [(a.sentence_index, a.speaker_id) for a in r.attributions][:2] == [
        (0, "Valmora"),
        (1, "Valmora"),
    ]


def test_a_finance_chief_is_the_chief_financial_officer() -> None:
    r = run("Finance chief Anja Becker said sales would stabilise.")
    assert actors_by_id(r)["Anja Becker"].role == "chief financial officer"


def test_aides_are_a_group_and_a_partys_aides_its_own() -> None:
    r = run(
        "Two Republican aides, speaking on condition of anonymity, said talks would resume. "
        "A senior aide to the governor said the plan was dead."
    )
    found = actors_by_id(r)
    assert found["Republican aides"].affiliation == "Republicans"
    assert [a.speaker_id for a in r.attributions] == [
        "Republican aides",
        "a senior aide to the governor",
    ]


def test_asked_after_a_quoted_question_is_its_speech_verb() -> None:
    """'"Where will the money come from?" she asked', '"Who pays?" asked Senator X': the
    question is theirs; "X asked the judge to delay the trial" is no statement."""
    r = run(
        'Ann Lowe spoke at length. "Where will that money come from?" she asked. "Who pays?" '
        "asked Senator Tom Pratt. Tom Pratt asked the judge to delay the trial."
    )
    assert [q.speaker_id for q in r.quotes] == ["Ann Lowe", "Tom Pratt"]
    assert [(a.sentence_index, a.speaker_id) for a in r.attributions] == [
        (1, "Ann Lowe"),
        (2, "Tom Pratt"),
    ]


def test_denied_before_what_is_refused_is_no_statement() -> None:
    r = run("Reno denied the request on Monday. Smith denied the allegations on Monday.")
    assert [(a.sentence_index, a.speaker_id) for a in r.attributions] == [(1, "Smith")]


def test_the_office_of_a_titles_holder_is_one_organisation() -> None:
    """ "The Travis County Sheriff's Office said": one organisation, no place "Travis
    County" and organisation "Office"; "Chile's Attorney General's Office" stays Chile's."""
    r = run(
        "The Travis County Sheriff's Office said it would cooperate. Chile's Attorney "
        "General's Office said it had opened an inquiry."
    )
    found = actors_by_id(r)
    assert found["Travis County Sheriff's Office"].kind is ActorKind.ORGANISATION
    assert found["Attorney General's Office"].affiliation == "Chile"
    assert "Office" not in found and "Travis County" not in found
    assert [a.speaker_id for a in r.attributions] == [
        "Travis County Sheriff's Office",
        "Attorney General's Office",
    ]
