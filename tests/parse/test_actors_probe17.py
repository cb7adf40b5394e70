"""Session 15's probes of unseen stories: what a reader noticed, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actors_by_id, quote_speakers, run, speakers_of

from explorer.parse.segment import segment


def test_former_opening_a_sentence_is_no_part_of_a_name() -> None:
    # "Former Arsenal captain X" made a person "Former Arsenal" that took the club's
    # later mentions; "Former Labour leader X" an organisation "Former Labour"
    text = (
        "Arsenal signed the midfielder on Monday. Former Arsenal captain Tony Adams told the "
        "BBC it was a fine signing. Former Labour leader Neil Kinnock said so too."
    )
    actors = actors_by_id(run(text))
    assert "Former Arsenal" not in actors
    assert "Former Labour" not in actors
    assert actors["Tony Adams"].affiliation == "Arsenal"
    assert actors["Arsenal"].kind.value == "organisation"
    assert actors["Neil Kinnock"].affiliation == "Labour"


def test_former_before_a_title_keeps_the_former_role() -> None:
    text = "Former U.S. Ambassador Jane Roe said the talks had failed."
    actors = actors_by_id(run(text))
    assert actors["Jane Roe"].role == "former ambassador"
    assert actors["Jane Roe"].affiliation == "United States"


def test_a_company_executive_is_a_title() -> None:
    text = "Microsoft executive John Doe said the deal would close in March."
    person = actors_by_id(run(text))["John Doe"]
    assert person.role == "executive"
    assert person.affiliation == "Microsoft"


def test_a_bare_spokesman_after_a_bodys_statement_is_its_spokesman() -> None:
    text = (
        "The China Coast Guard said in a post that it had expelled the boats. A spokesman, "
        "Liu Dejun, said the other side bore full responsibility. The U.S. State Department "
        "said Washington stood with its ally. Spokesperson Tammy Bruce said in a statement "
        "that the conduct was dangerous."
    )
    actors = actors_by_id(run(text))
    assert actors["Liu Dejun"].affiliation == "China Coast Guard"
    assert actors["Tammy Bruce"].affiliation == "State Department"


def test_a_spokesman_for_someone_named_keeps_that_owner() -> None:
    # (the army's, though it names no actor: not the Health Ministry's)
    text = (
        "The Health Ministry said nothing. A spokesman for the army, Col. Ali Musa, said it "
        "was over."
    )
    assert actors_by_id(run(text))["Ali Musa"].affiliation is None


def test_a_group_where_it_is_speaks() -> None:
    # "Residents in the area said", "Police in the capital said": the place after the group
    # hid the speaker
    for text, group in (
        ("Residents in the area said they heard a loud bang.", "residents"),
        ("Police in the capital said two men were arrested.", "police"),
        ("Witnesses in the town said the troops left at dawn.", "witnesses"),
        ("Officials at the ministry told Reuters the plan was dropped.", "officials"),
    ):
        assert speakers_of(text, text[:12]) == [group], text


def test_a_name_in_the_place_after_a_group_is_no_speaker() -> None:
    text = "Aid workers in the camp near Goma said food had run out."
    assert speakers_of(text, "Aid workers") == ["aid workers"]


def test_former_states_are_countries() -> None:
    text = (
        "Former Soviet leader Mikhail Gorbachev said the treaty mattered. The Soviet Union "
        "collapsed in 1991, and Yugoslavia broke apart. East German guards once shot at them."
    )
    actors = actors_by_id(run(text))
    assert actors["Soviet Union"].kind.value == "country"
    assert actors["Mikhail Gorbachev"].affiliation == "Soviet Union"
    assert actors["Yugoslavia"].kind.value == "country"
    assert actors["East Germany"].kind.value == "country"
    assert "Former Soviet" not in actors
    assert "Russia" not in actor_ids(text)


def test_a_group_in_an_owners_body_speaks() -> None:
    text = "A source in Ukraine's SBU security service told The Associated Press it was over."
    assert speakers_of(text, "A source") == ["a source"]


def test_a_title_phrase_ends_before_the_cue_and_its_subject() -> None:
    # "A spokesman for the regulator said it had warned": one speaker, no second group
    # "a spokesman for the regulator said it" before the cue "warned"
    for text, speaker in (
        (
            "A spokesman for the regulator said it had warned the public about the firm.",
            "a spokesman for the regulator",
        ),
        (
            "A spokesman for the ministry of health said he had warned the public.",
            "a spokesman for the ministry of health",
        ),
    ):
        analysis = run(text)
        assert [a.speaker_id for a in analysis.attributions] == [speaker], text
        assert not any(" said" in a.id for a in analysis.actors), text


def test_oceans_and_their_parts_are_places() -> None:
    text = "The North Atlantic saw its longest heat wave. The Atlantic Council said so."
    actors = actors_by_id(run(text))
    assert "North Atlantic" not in actors or actors["North Atlantic"].kind.value == "place"
    assert actors["Atlantic"].kind.value == "place"
    assert actors["Atlantic Council"].kind.value == "organisation"


def test_airlines_with_no_company_word_are_organisations() -> None:
    text = "Air France said flights were cut. Qantas said it would appeal. Virgin Atlantic agreed."
    actors = actors_by_id(run(text))
    for airline in ("Air France", "Qantas", "Virgin Atlantic"):
        assert actors[airline].kind.value == "organisation", airline


def test_a_study_author_is_a_title() -> None:
    text = (
        "Co-author Dillon Amaya said the trend was clear. Maria Damanaki, who advises the "
        "Ocean Conservancy, agreed."
    )
    actors = actors_by_id(run(text))
    assert actors["Dillon Amaya"].role == "co-author"
    assert "Co-author Dillon Amaya" not in actors
    assert actors["Ocean Conservancy"].kind.value == "organisation"


def test_a_chamber_is_an_organisation() -> None:
    text = "Brazil's Chamber of Deputies passed the bill. The Chamber of Commerce welcomed it."
    actors = actors_by_id(run(text))
    assert actors["Chamber of Deputies"].affiliation == "Brazil"
    assert actors["Chamber of Commerce"].kind.value == "organisation"


def test_polands_parties_and_a_university_ending_in_its_city() -> None:
    text = (
        'The Law and Justice (PiS) party rejected the ruling. "No," PiS lawmaker Marcin '
        "Przydacz said. Laurent Pech, a professor at University College Dublin, disagreed."
    )
    actors = actors_by_id(run(text))
    assert actors["Marcin Przydacz"].affiliation == "Law and Justice"
    assert actors["Law and Justice"].affiliation == "Poland"
    assert actors["Laurent Pech"].affiliation == "University College Dublin"
    assert "Dublin" not in actors


def test_a_participle_naming_a_quote_is_the_main_subjects() -> None:
    # "X said her party would oppose the bill, calling it '...'": X calls it, not her party
    text = (
        "Conservative leader Kemi Badenoch said her party would oppose the bill, calling it "
        '"a mess of the government\'s own making".'
    )
    assert speakers_of(text, "Conservative") == ["Kemi Badenoch"]
    assert quote_speakers(text) == ["Kemi Badenoch"]


def test_his_official_spokesman_speaks_for_him() -> None:
    text = (
        "British Prime Minister Keir Starmer faces a rebellion. Downing Street said the prime "
        'minister would not back down. "The PM believes this is right," his official spokesman '
        "told reporters."
    )
    assert quote_speakers(text) == ["Keir Starmer"]


def test_a_bare_congress_in_a_story_about_india_is_the_party() -> None:
    text = (
        "NEW DELHI (Reuters) - India's ruling Bharatiya Janata Party won the state poll. "
        "Congress party leader Rahul Gandhi said the opposition would reflect. Congress "
        "spokesman Jairam Ramesh said the party would review its alliances. Tejashwi Yadav of "
        "the Rashtriya Janata Dal conceded."
    )
    actors = actors_by_id(run(text))
    assert actors["Jairam Ramesh"].affiliation == "Indian National Congress"
    assert "US Congress" not in actors
    assert actors["Tejashwi Yadav"].affiliation == "Rashtriya Janata Dal"
    assert actors["Rashtriya Janata Dal"].kind.value == "organisation"


def test_an_unlisted_dateline_town_in_capitals_names_no_one() -> None:
    # "AIT" (a listed abbreviation) and "BAHA" were organisations
    text = (
        "CHTOUKA AIT BAHA, Morocco (Reuters) - For three generations, Brahim Ouchen's family "
        "has grown tomatoes here."
    )
    ids = actor_ids(text)
    assert "American Institute in Taiwan" not in ids
    assert "BAHA" not in ids
    assert "Morocco" in ids


def test_a_listed_dateline_city_stays_a_place() -> None:
    assert "New Delhi" in actor_ids("NEW DELHI (Reuters) - The BJP won the state poll.")


def test_an_institutes_name_goes_on_over_and() -> None:
    text = (
        "Mohamed Srairi, a professor at the Hassan II Institute of Agronomy and Veterinary "
        "Medicine in Rabat, disagreed. The Council of Europe and European Union agreed."
    )
    actors = actors_by_id(run(text))
    assert (
        actors["Mohamed Srairi"].affiliation
        == "Hassan II Institute of Agronomy and Veterinary Medicine"
    )
    assert "Veterinary Medicine" not in actors
    assert {"Council of Europe", "European Union"} <= actors.keys()


def test_an_officer_is_no_employee_of_a_company_named_in_a_quote() -> None:
    text = (
        "Nike shares rose 8% after the sportswear maker beat revenue estimates, Nike said. "
        "Chief Executive Elliott Hill "
        'said the turnaround was working.\n\n"JD Sports is growing with '
        'us again," Hill told analysts.\n\nChief Financial Officer Matthew Friend said tariffs '
        "would cut margins."
    )
    assert actors_by_id(run(text))["Matthew Friend"].affiliation == "Nike"


def test_a_forum_is_an_organisation_and_its_name_goes_on_over_and() -> None:
    text = (
        "The Hostages and Missing Families Forum, which represents relatives of captives, "
        "urged the government to accept a deal. The World Economic Forum said so."
    )
    actors = actors_by_id(run(text))
    assert actors["Hostages and Missing Families Forum"].kind.value == "organisation"
    assert actors["World Economic Forum"].kind.value == "organisation"
    assert "Missing Families Forum" not in actors


def test_the_countrys_ministry_is_the_country_named_last() -> None:
    for text, ministry in (
        ("Strikes killed 30 people in Sudan, the country's health ministry said.", "Sudanese"),
        (
            "Israeli strikes killed 30 people in Lebanon, the health ministry said.",
            "Lebanese",
        ),
        ("Kenya has recorded 30 cases, the health ministry said.", "Kenyan"),
    ):
        assert speakers_of(text, text[:10]) == [f"{ministry} Health Ministry"], text


def test_a_places_ministry_speaks() -> None:
    text = "Strikes killed 30 people in Gaza overnight, the Gaza health ministry said."
    assert speakers_of(text, "Strikes") == ["Gaza Health Ministry"]


def test_greater_china_is_a_place() -> None:
    text = "Sales in Greater China fell 17% in the quarter, the company said."
    assert actors_by_id(run(text))["Greater China"].kind.value == "place"


def test_a_cartel_is_an_organisation() -> None:
    text = (
        "Among them was a leader of a group allied with the Jalisco New Generation Cartel. "
        "The Sinaloa Cartel has been riven by an internal war."
    )
    actors = actors_by_id(run(text))
    assert actors["Jalisco New Generation Cartel"].kind.value == "organisation"
    assert actors["Sinaloa Cartel"].kind.value == "organisation"
    assert "Generation Cartel" not in actors


def test_names_listed_after_a_plural_of_places_are_places() -> None:
    text = (
        "Vietnam prepared to evacuate people from coastal provinces including Quang Ngai and "
        "Binh Dinh. Cities such as Palm Beach and Port Arthur flooded. Officials including "
        "Ann Lee and Tom Poe said so."
    )
    actors = actors_by_id(run(text))
    for place in ("Quang Ngai", "Binh Dinh", "Palm Beach", "Port Arthur"):
        assert actors[place].kind.value == "place", place
    assert actors["Ann Lee"].kind.value == "person"


def test_a_start_up_before_its_name_makes_a_company() -> None:
    text = "Chinese start-up Moonshot stunned investors. French start-up Mistral said so."
    actors = actors_by_id(run(text))
    assert actors["Moonshot"].kind.value == "organisation"
    assert actors["Mistral"].kind.value == "organisation"


def test_germanys_parties_are_listed() -> None:
    text = (
        "The Christian Social Union (CSU) said so. FDP leader Christian Lindner said no. The "
        "BSW said yes."
    )
    actors = actors_by_id(run(text))
    assert actors["Christian Social Union"].affiliation == "Germany"
    assert actors["Christian Lindner"].affiliation == "Free Democratic Party"
    assert actors["Sahra Wagenknecht Alliance"].kind.value == "organisation"


def test_the_hague_is_a_place() -> None:
    text = "Caretaker Prime Minister Dick Schoof voted in The Hague this morning."
    assert actors_by_id(run(text))["The Hague"].kind.value == "place"


def test_an_nhs_trust_is_one_organisation() -> None:
    text = (
        "The Northern Care Alliance NHS Foundation Trust, which runs the hospital, apologised. "
        "Manchester University NHS Foundation Trust said it would review its rules."
    )
    actors = actors_by_id(run(text))
    for trust in (
        "Northern Care Alliance NHS Foundation Trust",
        "Manchester University NHS Foundation Trust",
    ):
        assert actors[trust].affiliation == "National Health Service", trust
    assert "Manchester University" not in actors


def test_a_countrys_unlisted_organisation_tells_the_articles_country() -> None:
    # no country named but in "the India Meteorological Department": "the Congress" is
    # India's party, not the US Congress
    text = (
        "The India Meteorological Department (IMD) has issued a red alert. Opposition "
        "leader V D Satheesan of the Congress accused the state government."
    )
    actors = actors_by_id(run(text))
    assert "US Congress" not in actors
    assert actors["V D Satheesan"].affiliation == "Indian National Congress"


def test_a_title_of_the_field_then_the_name() -> None:
    # "President of the Republic Emmanuel Macron" was a person "Republic Emmanuel Macron";
    # "the Princess of the Stars" (a ferry) a princess "Stars"
    text = (
        "President of the Republic Emmanuel Macron said so. Minister of the Interior Bruno "
        "Retailleau said no. Two decades later, the Princess of the Stars capsized."
    )
    actors = actors_by_id(run(text))
    assert actors["Emmanuel Macron"].role == "president"
    assert actors["Bruno Retailleau"].role == "minister"
    assert "Stars" not in actors
    assert not [a for a in actors if a.startswith(("Republic", "Interior"))]


def test_the_president_after_an_organisations_president_is_not_the_countrys() -> None:
    # the country's one president is "the president" only where named last among them
    text = (
        "The United Auto Workers set a strike deadline on Friday. President Donald Trump "
        "urged a deal. UAW President Shawn Fain told members the talks were stuck. "
        '"We are ready to walk," the president said.'
    )
    assert quote_speakers(text) != ["Donald Trump"]
    text2 = (
        "Kansas City Fed President Jeffrey Schmid dissented. Trump said the cut came too "
        'late. "The Fed has been wrong for years," the president told reporters.'
    )
    assert quote_speakers(text2) == ["Donald Trump"]


def test_a_title_case_headline_names_only_known_or_repeated_names() -> None:
    text = (
        "Unilever Weighs Sale of Ice Cream Brands to Private Equity\n\n"
        "Unilever Plc is exploring a sale of some of its ice cream brands, according to "
        "people familiar with the matter."
    )
    ids = actor_ids(text)
    assert "Unilever" in ids
    assert not {"Weighs Sale", "Ice Cream Brands", "Private Equity"} & ids
    assert speakers_of(text, "Unilever Plc") == ["people familiar with the matter"]


def test_a_sentence_case_headline_keeps_its_names() -> None:
    text = "Ann Lee wins the vote in Halvik\n\nThe count ended on Monday."
    assert "Ann Lee" in actor_ids(text)


def test_a_headline_name_written_again_stays() -> None:
    text = (
        "Nordvik Chief Tells Investors Turnaround Is Working\n\n"
        "Nordvik shares rose 8% after the company beat estimates."
    )
    assert "Nordvik" in actor_ids(text)


def test_according_to_police_is_a_statement_of_the_police() -> None:
    text = "The man is held without bond, according to police and court records."
    assert speakers_of(text, "The man") == ["police"]


def test_an_officer_after_a_paragraph_on_other_firms_is_the_articles_company() -> None:
    text = (
        "Unilever Plc is exploring a sale of its brands. Unilever shares rose 1.5% in London. "
        "Unilever declined to comment.\n\nRepresentatives for CVC Capital Partners didn't "
        "respond.\n\nChief Executive Officer Fernando Fernandez has pledged to speed up the "
        "turnaround."
    )
    assert actors_by_id(run(text))["Fernando Fernandez"].affiliation == "Unilever"


def test_a_speaker_with_two_appositions_after_a_quote() -> None:
    text = (
        '"We will not let them sacrifice our farms," Arnaud Rousseau, head of the FNSEA, '
        "France's largest farmers' union, told AFP at the blockade."
    )
    assert quote_speakers(text) == ["Arnaud Rousseau"]


def test_a_police_prefect_is_a_title() -> None:
    text = "Paris police prefect Laurent Nunez said 18 people had been detained."
    assert actors_by_id(run(text))["Laurent Nunez"].role == "police prefect"


def test_the_answers_of_a_q_and_a_are_the_interviewees() -> None:
    text = (
        "NAIROBI, Oct 9 (Reuters) - The bank can cut rates further, Governor Kamau Thugge told "
        "Reuters in an interview on Thursday.\n\n"
        "Q: Are you done cutting rates?\n\n"
        'A: "No. We still see inflation below 5%."\n\n'
        "Q: What about the shilling?\n\n"
        "A: The shilling has been stable for more than a year.\n\n"
        "Analysts expect one more cut."
    )
    analysis = run(text)
    sentences = [s.text for s in segment(text).sentences]
    said = {sentences[a.sentence_index]: a.speaker_id for a in analysis.attributions}
    assert said['A: "No.'] == "Kamau Thugge"
    assert said["A: The shilling has been stable for more than a year."] == "Kamau Thugge"
    assert "Q: Are you done cutting rates?" not in said
    assert "Analysts expect one more cut." not in said
    assert [q.speaker_id for q in analysis.quotes] == ["Kamau Thugge"]


def test_answers_without_an_interviewee_have_no_speaker() -> None:
    text = 'Q: Is it over?\n\nA: "No, it is not."\n\nThe talks go on.'
    assert quote_speakers(text) == [None]


def test_a_place_is_no_short_form_of_an_organisation_named_after_it() -> None:
    text = (
        "Australia's Great Barrier Reef suffered its sixth mass bleaching, the Great Barrier "
        "Reef Marine Park Authority said in April."
    )
    actors = actors_by_id(run(text))
    assert actors["Great Barrier Reef"].kind.value == "place"
    assert "Great Barrier Reef" not in actors["Great Barrier Reef Marine Park Authority"].aliases


def test_a_long_apposition_naming_an_organisations_noun() -> None:
    text = (
        "The Coordination Rurale, a smaller and more radical union, called for more "
        "protests. Its president, Veronique Le Floch, warned of a winter of anger."
    )
    actors = actors_by_id(run(text))
    assert actors["Coordination Rurale"].kind.value == "organisation"
    assert actors["Veronique Le Floch"].affiliation == "Coordination Rurale"
