"""Findings of session 7's probe stories (invented wire copy on courts, companies and the
Sahel), on invented sentences."""

from __future__ import annotations

from speaker_checks import actors_by_id, run

from explorer.model import ActorKind

ORG = ActorKind.ORGANISATION


def test_a_place_based_adjective_is_no_word_of_the_name_after_it() -> None:
    """ "The Luxembourg-based Nordvik Court of Arbitration", "Atlanta-based Korvell Holdings": the
    adjective describes the organisation; later mentions find it by its own name."""
    r = run(
        "The Luxembourg-based Nordvik Court of Arbitration ruled on Monday. Atlanta-based "
        "Korvell Holdings said it would appeal. Korvell said the ruling was unfair. A "
        "Kremlin-backed Vostok Battalion commander was killed."
    )
    found = actors_by_id(r)
    assert found["Nordvik Court of Arbitration"].kind is ORG
    assert found["Korvell Holdings"].kind is ORG
    assert found["Vostok Battalion"].kind is ORG
    assert not [a for a in found if "-based" in a or "-backed" in a]
    assert [a.speaker_id for a in r.attributions] == ["Korvell Holdings", "Korvell Holdings"]


def test_the_eu_court_is_one_actor_under_its_names() -> None:
    r = run(
        "The Court of Justice of the European Union (CJEU) dismissed the appeal. The "
        "European Court of Justice has ruled on such cases before."
    )
    (court,) = [a for a in r.actors if "Court" in a.id]
    assert court.id == "Court of Justice of the European Union"
    assert court.affiliation == "European Union"
    assert {m.actor_id for m in r.mentions if m.text in ("CJEU", "European Court of Justice")} == {
        court.id
    }


def test_judges_who_speak_are_a_group() -> None:
    r = run('"The appeal is dismissed," judges said. The judges gave no reasons.')
    assert [a.speaker_id for a in r.attributions] == ["judges"]
    assert actors_by_id(r)["judges"].kind is ActorKind.GROUP


def test_a_description_after_a_comma_stops_at_a_speech_verb() -> None:
    """ "..., a federal prosecutor told investigators": two phrases, the prosecutor who
    speaks and the investigators told, not one group reaching over the verb."""
    r = run("The case is closed, a federal prosecutor told investigators on Monday.")
    surfaces = {m.text for m in r.mentions}
    assert "investigators" in surfaces
    assert not [s for s in surfaces if "told" in s]
    assert [a.speaker_id for a in r.attributions] == ["a federal prosecutor"]


def test_a_group_named_by_its_country_or_organisation_is_theirs() -> None:
    """ "Ukrainian officials said", "according to Iraqi officials", "Hamas fighters": the
    group is that country's or organisation's, and officials of two countries are two
    groups; the country stays mentioned."""
    r = run(
        "On Friday, Ukrainian officials said the plant had been hit. According to Iraqi "
        "officials, talks stalled. Hamas fighters fired rockets. U.S. officials said the "
        "deal was close."
    )
    found = actors_by_id(r)
    assert found["Ukrainian officials"].affiliation == "Ukraine"
    assert found["Iraqi officials"].affiliation == "Iraq"
    assert found["Hamas fighters"].affiliation == "Hamas"
    assert found["U.S. officials"].affiliation == "United States"
    assert "officials" not in found
    assert [a.speaker_id for a in r.attributions] == [
        "Ukrainian officials",
        "Iraqi officials",
        "U.S. officials",
    ]
    assert {"Ukraine", "Iraq", "Hamas", "United States"} <= found.keys()


def test_a_country_adjective_among_modifiers_or_for_its_government_makes_no_such_group() -> None:
    r = run(
        "Qatari and Egyptian mediators said a deal was near. André Correia, a senior "
        "Brazilian diplomat, said so too. The Chilean government said it would help. The NATO "
        "alliance met. Lebanon. Diplomats said so."
    )
    found = actors_by_id(r)
    groups = {a.id for a in r.actors if a.kind is ActorKind.GROUP}
    assert groups == {"mediators", "diplomats"}
    assert found["André Correia"].role == "diplomat"
    assert [a.speaker_id for a in r.attributions] == [
        "mediators",
        "André Correia",
        "Chile",
        "diplomats",
    ]


def test_political_camps_that_speak_are_groups() -> None:
    r = run("Some hardliners criticized the deal. Moderates said the bill was fair.")
    assert [a.speaker_id for a in r.attributions] == ["hardliners", "moderates"]


def test_an_organisations_describing_adjective_makes_the_name_after_it_one() -> None:
    """ "State-run Sinopec said", "The New York-based Crescott Investment Associates said":
    the adjective (after a place of several words too) says an organisation follows; one
    made with "-born" describes a person."""
    r = run(
        "State-run Sinopec said output rose. The New York-based Crescott Investment "
        "Associates said it sold its stake. The Russian-born Anna Petrova said she agreed."
    )
    found = actors_by_id(r)
    assert found["Sinopec"].kind is ORG
    assert found["Crescott Investment Associates"].kind is ORG
    assert found["Anna Petrova"].kind is ActorKind.PERSON
    assert [a.speaker_id for a in r.attributions] == [
        "Sinopec",
        "Crescott Investment Associates",
        "Anna Petrova",
    ]


def test_a_speaker_described_by_a_clause_before_a_perfect_speaks() -> None:
    r = run(
        "Colonel Assimi Goita, who led coups in August 2020 and May 2021, has said the delay "
        "is needed. The European Commission, which opened the case in 2021, has repeatedly "
        "denied the claim."
    )
    assert [a.speaker_id for a in r.attributions] == ["Assimi Goita", "European Commission"]


def test_a_listed_company_with_its_legal_form_is_the_company() -> None:
    r = run(
        "General Motors Corp said sales rose. Nestle S.A. said it would sell the unit. "
        "Later, General Motors said it agreed."
    )
    found = actors_by_id(r)
    assert found["General Motors"].kind is ORG
    assert "General Motors Corp" not in found
    assert [a.speaker_id for a in r.attributions] == ["General Motors", "Nestle", "General Motors"]


def test_a_company_spokesperson_speaks_for_the_company_named_last() -> None:
    """ "Google said ... a company spokesperson said": the company speaks; a spokesman of
    no company named stays a group."""
    r = run(
        'Google said it was disappointed. "This judgment relates to a narrow set of facts," a '
        "company spokesperson said. Shell said profits fell. A company spokeswoman said the "
        "plan stood. A spokesman for the mayor said nothing."
    )
    assert [a.speaker_id for a in r.attributions] == [
        "Google",
        "Google",
        "Shell",
        "Shell",
        "a spokesman for the mayor",
    ]
    assert [q.speaker_id for q in r.quotes] == ["Google"]


def test_a_ministry_in_a_capital_is_that_countrys() -> None:
    """ "the defence ministry in Taipei said", "Moscow's foreign ministry said": the
    ministry of the country whose capital the phrase names, not the country itself."""
    r = run(
        "Chinese jets crossed the median line on Monday. The defence ministry in Taipei said "
        "it tracked 20 aircraft. The foreign ministry in Beijing said the drills were "
        "routine. Moscow's foreign ministry said it was watching. People in Taipei said they "
        "were calm. Beijing said it would respond."
    )
    assert [a.speaker_id for a in r.attributions] == [
        "Taiwanese Defence Ministry",
        "Chinese Foreign Ministry",
        "Russian Foreign Ministry",
        "China",  # (the people in Taipei are no government)
    ]


def test_a_name_after_a_description_of_an_institution_speaks() -> None:
    r = run(
        "Their chief observer, Dutch member of the European Parliament Anna Visser, said the "
        "vote was fair."
    )
    assert [a.speaker_id for a in r.attributions] == ["Anna Visser"]


def test_a_group_owned_by_a_name_of_two_words_is_theirs() -> None:
    r = run(
        "Goldman Sachs economists said they expected a cut. New Zealand officials said no. "
        "The African Union’s observer mission said the count was fair."
    )
    found = actors_by_id(r)
    assert found["Goldman Sachs economists"].affiliation == "Goldman Sachs"
    assert found["New Zealand officials"].affiliation == "New Zealand"
    # (an organisation's own body, by its possessive, is the organisation speaking)
    assert [a.speaker_id for a in r.attributions] == [
        "Goldman Sachs economists",
        "New Zealand officials",
        "African Union",
    ]


def test_a_players_position_opening_a_sentence_is_the_role() -> None:
    r = run("Substitute Mikel Oyarzabal scored late. Goalkeeper Unai Simon saved twice.")
    found = actors_by_id(r)
    assert found["Mikel Oyarzabal"].role == "substitute"
    assert found["Unai Simon"].role == "goalkeeper"


def test_people_opening_a_sentence_is_nobody_named() -> None:
    r = run(
        '"People said we would be gone by Christmas," Rhys Pritchard recalled. Children were '
        "among the dead. People have predicted his fall many times."
    )
    assert not [a for a in r.actors if a.id in ("People", "Children")]
    assert [a.speaker_id for a in r.attributions] == ["Rhys Pritchard"]


def test_a_model_with_a_digit_is_no_person() -> None:
    r = run(
        "Rebels shot down an MQ-9 Reaper drone. Russia sent Su-35 Flanker jets. Anna Berg said so."
    )
    assert {a.id for a in r.actors if a.kind is ActorKind.PERSON} == {"Anna Berg"}


def test_the_nhs_is_an_organisation() -> None:
    r = run("Ministers promised to invest in the NHS. NHS England said waiting lists fell.")
    nhs = actors_by_id(r)["National Health Service"]
    assert nhs.kind is ORG
    assert nhs.affiliation == "United Kingdom"


def test_an_acronym_title_ending_a_sentence_names_nobody_after_it() -> None:
    r = run("He was appointed CEO. Shares rose after the news. Gov. Maria Delgado said no.")
    assert {a.id for a in r.actors if a.kind is ActorKind.PERSON} == {"Maria Delgado"}


def test_places_often_in_the_news_are_places_not_persons() -> None:
    r = run("Khan Younis was shelled overnight. PORT SUDAN, June 3 (Reuters) - Aid ran out.")
    found = actors_by_id(r)
    assert found["Khan Younis"].kind is ActorKind.PLACE
    assert found["Port Sudan"].kind is ActorKind.PLACE
    assert not [a for a in r.actors if a.kind is ActorKind.PERSON]


def test_a_titles_field_before_the_employer_keeps_the_employer() -> None:
    r = run(
        "Leni Kinzli, head of communications for the World Food Programme in Sudan, said aid "
        "was late. Tom Ray, director of public affairs at Nordlys Holdings, said no."
    )
    found = actors_by_id(r)
    assert found["Leni Kinzli"].affiliation == "World Food Programme"
    assert found["Tom Ray"].affiliation == "Nordlys Holdings"


def test_a_spokesman_phrase_before_the_named_spokesman_is_no_group_of_its_own() -> None:
    """ "A spokesman for the junta, Colonel X, told": the phrase describes X; "supporters of
    the academy, including Y," and a new clause after the comma keep their group."""
    r = run(
        "A spokeswoman for the Commission, Lea Vandamme, said on Wednesday that talks went on. "
        "A spokesman for the junta, Colonel Abdoulaye Maiga, told reporters it was calm. "
        "Supporters of the academy, including Ann Robinson, rallied."
    )
    groups = {a.id for a in r.actors if a.kind is ActorKind.GROUP}
    assert groups == {"supporters"}
    assert [a.speaker_id for a in r.attributions] == ["Lea Vandamme", "Abdoulaye Maiga"]


def test_a_then_title_is_the_title() -> None:
    r = run("Then-Secretary of State Hillary Clinton said in 2011 that ties were strong.")
    assert actors_by_id(r)["Hillary Clinton"].role == "secretary of state"
    assert [a.speaker_id for a in r.attributions] == ["Hillary Clinton"]


def test_news_agencies_that_speak_are_organisations() -> None:
    r = run(
        "Deputy Foreign Minister Sergei Ryabkov told RIA that talks had stalled. Iran's IRNA "
        "reported the blast. Fars said two people died."
    )
    found = actors_by_id(r)
    assert found["RIA Novosti"].kind is ORG
    assert found["IRNA"].affiliation == "Iran"
    assert [a.speaker_id for a in r.attributions] == ["Sergei Ryabkov", "IRNA", "Fars"]


def test_the_military_that_speaks_is_a_group_and_a_countrys_its_service() -> None:
    r = run(
        "Israel struck targets in Lebanon, the military said. The Israeli military said it "
        "hit 40 targets."
    )
    assert [a.speaker_id for a in r.attributions] == ["the military", "Israeli Military"]


def test_capitalised_words_opening_a_quote_name_nobody_unless_named_again() -> None:
    r = run(
        '"Young Tamils voted for change," said Rohan Silva, an analyst. "John Smith is a '
        'liar," said Jane Roe. John Smith denied it.'
    )
    persons = {a.id for a in r.actors if a.kind is ActorKind.PERSON}
    assert persons == {"Rohan Silva", "Jane Roe", "John Smith"}
