"""QA round 14 on actors (tests/fixtures/actors_unseen14/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, run, speakers_of

from explorer.model import ActorKind

# "X, who leads the Y," gives X the body Y.


def test_who_leads_names_the_party() -> None:
    text = "Anna Lindqvist, who leads the Social Democrats, said the vote was lost."
    assert actor_of(text, "Anna Lindqvist") == (ActorKind.PERSON, "Social Democrats", "leader")
    assert speakers_of(text, "Anna") == ["Anna Lindqvist"]


def test_who_leads_after_an_age_keeps_the_title() -> None:
    text = (
        "Former Finance Minister Tomas Arregui lost the runoff. Arregui, 61, who leads the "
        "Green Front coalition, conceded."
    )
    assert actor_of(text, "Tomas Arregui") == (
        ActorKind.PERSON,
        "Green Front",
        "former finance minister",
    )


def test_who_heads_over_lower_case_words() -> None:
    text = "Pierre Lamotte, who heads the moderate CFDT, marched beside her."
    assert actor_of(text, "Pierre Lamotte") == (ActorKind.PERSON, "CFDT", "head")


def test_a_clause_naming_no_organisation_gives_none() -> None:
    text = "Pierre Lamotte, who leads the march in Lyon, said it would go on."
    assert actor_of(text, "Pierre Lamotte")[1] is None


# "The Ifo economic institute said": words between a name and an organisation's noun.


def test_an_institute_with_an_adjective_speaks() -> None:
    text = "The Ifo economic institute said exporters expected a stronger yen."
    assert actor_of(text, "Ifo")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "The Ifo") == ["Ifo"]


def test_a_family_foundation_does_not_speak_for_the_family() -> None:
    text = "The Kessler family foundation said it would sell. Kessler said nothing."
    assert ActorKind.ORGANISATION not in {actor_of(text, aid)[0] for aid in actor_ids(text)}
    assert speakers_of(text, "The Kessler") == []


# A quote after a "She expects ..." sentence is the person who spoke just before.


def test_a_quote_after_a_pronoun_sentence_keeps_its_speaker() -> None:
    text = (
        'The yen rose. "This is a hawkish hike," said Naomi Ferrante, an economist at '
        'Mizuho.\n\nShe expects the rate to reach 1.25% by mid-year. "The board is no longer '
        'afraid."'
    )
    assert quote_speakers(text) == ["Naomi Ferrante", "Naomi Ferrante"]


def test_a_quote_after_an_organisations_statement_stays_unattributed() -> None:
    text = 'Rates rose, the Finance Ministry said. She expects more. "Prices are high."'
    assert quote_speakers(text) == [None]


# A rank between a group noun's apposition and the name: the noun is the person's title.


def test_a_spokesperson_before_a_ranked_name_is_no_group() -> None:
    text = "A spokesperson, Cpl. Dana Whitlow, said most residents were complying."
    assert "a spokesperson" not in actor_ids(text)
    assert actor_of(text, "Dana Whitlow") == (ActorKind.PERSON, None, "spokesperson")
    assert speakers_of(text, "A spokesperson") == ["Dana Whitlow"]


def test_plural_rebels_before_a_ranked_name_stay_a_group() -> None:
    text = "The rebels, Colonel Tomas Reyes said, fled north."
    assert "rebels" in actor_ids(text)


# Data: names a reader knows the kind of.


def test_a_company_ending_in_oil_is_a_company_and_its_first_word_too() -> None:
    text = "Tourmex Oil said it shut wells. Tourmex said in a statement that staff were safe."
    assert actor_of(text, "Tourmex Oil")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "Tourmex said") == ["Tourmex Oil"]


def test_a_first_nation_is_an_organisation() -> None:
    text = "The Birchwater Lake First Nation said 400 members had been flown out."
    assert actor_of(text, "Birchwater Lake First Nation")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "The Birchwater") == ["Birchwater Lake First Nation"]


def test_a_registry_speaks() -> None:
    text = "The National Registry said turnout was 58%."
    assert speakers_of(text, "The National") == ["National Registry"]
    assert actor_of(text, "National Registry")[0] is ActorKind.ORGANISATION


def test_a_creek_and_a_french_square_are_places() -> None:
    text = "The Marlow Creek fire reached Place de la Bastille, where crowds gathered."
    assert actor_of(text, "Marlow Creek")[0] is ActorKind.PLACE
    assert actor_of(text, "Place de la Bastille")[0] is ActorKind.PLACE


def test_the_niger_delta_is_no_country() -> None:
    text = "Villagers from the Niger Delta sued the oil company in London."
    ids = actor_ids(text)
    assert "Niger" not in ids
    assert actor_of(text, "Niger Delta")[0] is ActorKind.PLACE


def test_canadian_bodies_by_their_letters() -> None:
    text = (
        "The RCMP said officers were going door to door. Rain is not expected, "
        "Environment Canada said."
    )
    assert speakers_of(text, "The RCMP") == ["Royal Canadian Mounted Police"]
    assert speakers_of(text, "Rain") == ["Environment and Climate Change Canada"]


def test_a_lecturer_has_the_role() -> None:
    text = '"It matters," said Ada Eze, a lecturer in law at the University of Lagos.'
    assert actor_of(text, "Ada Eze")[2] == "lecturer"


# "Big" before a sector's word is an industry, even where the word ends organisations.


def test_big_tech_and_big_pharma_are_no_organisations() -> None:
    text = "Big Tech shares fell in Tokyo. Big Pharma lobbied the Oil Council hard."
    ids = actor_ids(text)
    assert "Big Tech" not in ids
    assert "Big Pharma" not in ids
    assert actor_of(text, "Oil Council")[0] is ActorKind.ORGANISATION


def test_the_big_board_stays_an_organisation() -> None:
    text = "Shares of Nordlys fell 3% on the Big Board on Monday."
    assert actor_of(text, "Big Board")[0] is ActorKind.ORGANISATION


# A country's name opening a name before a person's description is a first name.


def test_a_countrys_name_before_a_described_surname_is_a_first_name() -> None:
    text = "It rained. Jordan Bardel, the National Rally's president, called the reform unfair."
    ids = actor_ids(text)
    assert "Jordan" not in ids
    assert actor_of(text, "Jordan Bardel") == (ActorKind.PERSON, "National Rally", "president")


def test_a_countrys_name_before_a_job_is_a_first_name() -> None:
    text = "It rained. Chad Wilkins, a farmer, said the rain came late."
    assert speakers_of(text, "Chad") == ["Chad Wilkins"]


def test_a_country_and_a_company_word_stay_a_company() -> None:
    text = "Kenya Power, a state supplier, said power cuts would end."
    assert actor_of(text, "Kenya Power")[0] is ActorKind.ORGANISATION


# French broadcasters are listed: no football club inside "France Inter".


def test_france_inter_is_a_broadcaster_not_inter_milan() -> None:
    text = "He told France Inter radio the reform would pass."
    ids = actor_ids(text)
    assert "Inter Milan" not in ids
    assert actor_of(text, "France Inter") == (ActorKind.ORGANISATION, "France", None)


# 'X said ... "quote," according to Y': the quote is X's words.


def test_a_quote_before_according_to_is_the_subjects() -> None:
    text = (
        "Foreign Minister Abbas Rahimi said Tehran would "
        '"not negotiate under pressure," according to the Iranian foreign ministry.'
    )
    assert quote_speakers(text) == ["Abbas Rahimi"]


def test_a_quote_only_according_to_a_source_is_the_sources() -> None:
    text = 'The army was "in full retreat," according to a rebel commander.'
    assert quote_speakers(text) == ["a rebel commander"]


# "chief Asia economist at X": a desk's region inside the title.


def test_a_desk_economist_keeps_title_and_employer() -> None:
    text = '"Markets are calm," said Lena Hart, chief Latin America economist at Itau BBA.'
    assert actor_of(text, "Lena Hart") == (ActorKind.PERSON, "Itau BBA", "chief economist")
    assert not [a for a in actor_ids(text) if "economist" in a]


# "The company said" after a paragraph naming the company by its plant, and other bodies.


def test_the_company_is_the_one_whose_refinery_was_named() -> None:
    text = (
        "At the Norvale Energies refinery in Donges, strikers blocked deliveries. "
        '"We have stock," a CGT delegate at the site, Luc Mahe, told AFP. '
        'The company said its depots were supplied "normally."'
    )
    assert speakers_of(text, "The company") == ["Norvale Energies"]
    assert speakers_of(text, '"We have') == ["Luc Mahe"]
    assert "delegate" not in actor_ids(text)


def test_the_company_is_not_one_named_before_another_firm() -> None:
    text = (
        "Kestrel Entertainment, which fought Apple for years, praised the decision. Apple "
        "must comply by June. The company asked for a pause."
    )
    r = run(text)
    assert [m.actor_id for m in r.mentions if m.text == "The company"] in ([], ["Apple"])


def test_a_delegate_speaks() -> None:
    text = '"We have stock," a delegate said.'
    assert quote_speakers(text) == ["a delegate"]


# A headline's "A & B" of two persons named in full below is no firm.


def test_a_headlines_two_surnames_are_no_firm() -> None:
    text = (
        "Montoya & Ocampo trade barbs\n\nBOGOTA (Reuters) - Valeria Montoya and Andres "
        "Ocampo traded barbs on Monday."
    )
    ids = actor_ids(text)
    assert "Montoya & Ocampo" not in ids
    assert {"Valeria Montoya", "Andres Ocampo"} <= ids


def test_a_law_firm_stays_a_firm() -> None:
    text = "Kessler & Brandt won the case. Partner Anna Kessler said the ruling was clear."
    assert actor_of(text, "Kessler & Brandt")[0] is ActorKind.ORGANISATION


# A government's level before a portfolio: "Federal Emergency Preparedness Minister X".


def test_a_federal_portfolio_minister_keeps_the_portfolio() -> None:
    text = "Federal Emergency Preparedness Minister Harjit Gill said troops would help."
    ids = actor_ids(text)
    assert "Federal Emergency Preparedness" not in ids
    assert actor_of(text, "Harjit Gill")[2] == "emergency preparedness minister"


# A country's name as a surname after a title and a first name.


def test_a_countrys_name_ending_a_titled_name_is_a_surname() -> None:
    text = "Health Minister Mark Holland said troops would help."
    assert "Netherlands" not in actor_ids(text)
    assert speakers_of(text, "Health") == ["Mark Holland"]


# A title's word as a surname after a first name: "Stephen King said".


def test_a_titles_word_after_a_first_name_is_a_surname() -> None:
    text = (
        "Daniel Leader, a partner at Leigh Day, said the trial would decide liability. "
        "Stephen King said so. Tom Major, a lawyer, said so too."
    )
    assert speakers_of(text, "Daniel") == ["Daniel Leader"]
    assert speakers_of(text, "Stephen") == ["Stephen King"]
    assert actor_of(text, "Tom Major") == (ActorKind.PERSON, None, "lawyer")


def test_a_title_after_the_stays_a_title() -> None:
    text = "The Opposition Leader said so. Labour Leader Keir Lamb agreed."
    assert "Opposition Leader" not in actor_ids(text)
    assert actor_of(text, "Keir Lamb")[2] == "labour leader"


def test_french_newspapers_are_listed() -> None:
    text = "An Ifop survey for the Journal du Dimanche found 71% support, Le Figaro said."
    assert actor_of(text, "Journal du Dimanche")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "An Ifop") == ["Le Figaro"]


# A continent's people in the plural are a group, not a person or a place.


def test_continents_peoples_are_groups() -> None:
    text = 'Many Africans said the tariffs hurt. He said the Europeans were "playing with fire."'
    assert actor_of(text, "Africans") == (ActorKind.GROUP, None, None)
    assert actor_of(text, "Europeans")[0] is ActorKind.GROUP
    assert speakers_of(text, "Many") == ["Africans"]


# "the ruling party's candidate": the party the text calls ruling by name.


def test_the_ruling_partys_candidate_is_of_the_named_ruling_party() -> None:
    text = (
        "The ruling Jubilee Party held its rally. Deputy President Samuel Kiprono, the ruling "
        "party's candidate, led the count. Results showed the ruling party's candidate for "
        "governor, Ann Wambui, ahead."
    )
    assert actor_of(text, "Samuel Kiprono") == (
        ActorKind.PERSON,
        "Jubilee Party",
        "deputy president",
    )
    assert actor_of(text, "Ann Wambui")[1] == "Jubilee Party"


def test_two_ruling_parties_give_none() -> None:
    text = (
        "The ruling Jubilee Party and the ruling ANC met. Samuel Kiprono, the ruling party's "
        "candidate, led."
    )
    assert actor_of(text, "Samuel Kiprono")[1] is None


# "the three European countries, known as the E3, said": the name closing the apposition.


def test_a_name_known_as_before_the_cue_speaks() -> None:
    text = (
        '"The agency cannot verify it," the three European countries, known as the E3, '
        "said in a joint statement."
    )
    assert quote_speakers(text) == ["E3"]
    text = "The agency's medicines committee, known as the CHMP, said the data were weak."
    assert speakers_of(text, "The agency") == ["CHMP"]


# A minister's portfolio after "of"/"for" is no organisation, even where its last word ends
# organisations' names ("Resources", "Energy").


def test_a_ministers_portfolio_is_no_organisation() -> None:
    text = (
        "Minister of Natural Resources Ama Boateng said talks had begun. Minister of State "
        "for Petroleum Resources Ade Bello said they would end soon."
    )
    ids = actor_ids(text)
    assert not [a for a in ids if "Resources" in a]
    assert speakers_of(text, "Minister of Natural") == ["Ama Boateng"]
    assert actor_of(text, "Ade Bello")[2] == "minister"


def test_a_ministry_of_natural_resources_stays_an_organisation() -> None:
    text = "The Ministry of Natural Resources said talks had begun."
    assert speakers_of(text, "The Ministry") == ["Ministry of Natural Resources"]
