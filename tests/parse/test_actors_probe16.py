"""Session 14's probes of unseen stories: what a reader noticed, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actors_by_id, quote_speakers, run, speakers_of


def test_a_chamber_and_a_party_before_a_title_are_the_party() -> None:
    # US congressional leaders: the chamber and the party's adjective are no person or
    # organisation "House Democratic"; the leader is the party's
    text = (
        'House Democratic Leader Hakeem Jeffries called the bill "a dead end." Senate '
        "Republican Leader John Thune said he would bring it to the floor."
    )
    actors = actors_by_id(run(text))
    assert actors["Hakeem Jeffries"].affiliation == "Democrats"
    assert actors["John Thune"].affiliation == "Republicans"
    assert "House Democratic" not in actors
    assert "Senate Republican" not in actors


def test_a_whip_is_a_title() -> None:
    text = "House Republican Whip Tom Emmer said the votes were there."
    actors = actors_by_id(run(text))
    assert actors["Tom Emmer"].role == "whip"
    assert actors["Tom Emmer"].affiliation == "Republicans"


def test_a_committee_of_the_chamber_stays_one() -> None:
    text = "The Senate Intelligence Committee said it would hold hearings."
    assert "Senate Intelligence Committee" in actor_ids(text)


def test_a_place_as_a_first_name_in_a_list_of_lawmakers() -> None:
    # "Reps. X of Kentucky and Victoria Spartz of Indiana": the home states are places,
    # Victoria is a first name
    text = (
        "Two Republicans, Reps. Thomas Massie of Kentucky and Victoria Spartz of Indiana, "
        "voted against the measure."
    )
    actors = actors_by_id(run(text))
    assert actors["Victoria Spartz"].role == "representative"
    assert actors["Thomas Massie"].role == "representative"
    assert actors["Kentucky"].kind.value == "place"
    assert "Victoria" not in actors


def test_its_ministry_after_a_country_speaks_for_it() -> None:
    text = (
        "Kazakhstan, which has pumped above its quota, pledged again to compensate. Its "
        "energy ministry said in a statement that it would cut output."
    )
    assert speakers_of(text, "Its energy") == ["Kazakh Energy Ministry"]
    assert actors_by_id(run(text))["Kazakh Energy Ministry"].affiliation == "Kazakhstan"


def test_its_ministry_after_a_company_is_no_one() -> None:
    text = "Acme Corp cut 500 jobs. Its energy ministry said so."
    assert speakers_of(text, "Its energy") == []


def test_a_director_for_a_known_organisation_works_there() -> None:
    text = (
        "Tom Bell, regional director for the World Health Organization, said cases were "
        "rising. Bo Li, director for Asia at the IMF, said growth would slow."
    )
    actors = actors_by_id(run(text))
    assert actors["Tom Bell"].affiliation == "World Health Organization"
    assert actors["Bo Li"].affiliation == "International Monetary Fund"


def test_an_envoy_for_a_country_is_not_its_envoy_by_that() -> None:
    # "for" a country or a name that modifies a noun is a field or a client, no employer
    text = (
        "Ann Fox, the special envoy for Syria, said talks would resume. Lawrence Wechsler, "
        "a lawyer for the White House secretary, Betty Currie, declined to comment."
    )
    actors = actors_by_id(run(text))
    assert actors["Ann Fox"].affiliation is None
    assert actors["Lawrence Wechsler"].affiliation is None


def test_a_partys_spokesman_for_a_field_is_the_partys() -> None:
    text = (
        'Conservative health spokesman Stuart Andrew said Labour had "caved". Liberal '
        "Democrat health spokesperson Helen Morgan said the talks must resume."
    )
    actors = actors_by_id(run(text))
    assert actors["Stuart Andrew"].affiliation == "Conservatives"
    assert actors["Stuart Andrew"].role == "health spokesman"
    assert actors["Helen Morgan"].affiliation == "Liberal Democrats"


def test_a_noun_before_a_group_is_its_modifier() -> None:
    text = "Resident doctors in England will walk out on Friday. Police officers said no."
    ids = actor_ids(text)
    assert "resident doctors" in ids
    assert "police officers" in ids
    assert "resident" not in ids


def test_a_name_without_its_owner_is_the_owned_one() -> None:
    text = (
        "Supreme Court lets Trump fire regulator\n\n"
        "WASHINGTON - The U.S. Supreme Court on Monday allowed it. The Supreme Court said "
        "the case would be heard in December."
    )
    actors = actors_by_id(run(text))
    assert "Supreme Court" not in actors
    assert "Supreme Court" in actors["U.S. Supreme Court"].aliases


def test_a_name_ending_two_owned_names_stays_apart() -> None:
    text = (
        "The Texas Supreme Court ruled first. The U.S. Supreme Court on Monday allowed it. "
        "The Supreme Court said so."
    )
    assert "Supreme Court" in actor_ids(text)


def test_a_laws_letters_are_no_organisation() -> None:
    text = (
        "The Commission fined Apple for breaching the bloc's Digital Markets Act. The White "
        "House has criticised the DMA as a tax. The Affordable Care Act (ACA) expired."
    )
    ids = actor_ids(text)
    assert "DMA" not in ids
    assert "ACA" not in ids


def test_an_organisations_word_owning_a_title_is_the_articles_organisation() -> None:
    text = (
        "The European Commission fined Apple. Henna Virkkunen, the Commission's executive "
        "vice president, told reporters so. A Commission spokesman said no."
    )
    result = run(text)
    assert actors_by_id(result)["Henna Virkkunen"].affiliation == "European Commission"
    # (its spokesman makes it speak, as "A Toyota spokesman said": round 19)
    assert speakers_of(text, "A Commission") == ["European Commission"]


def test_a_known_names_spokesman_still_speaks_for_it() -> None:
    text = "A State Department spokesperson said yes. Justice Department officials said no."
    assert speakers_of(text, "A State") == ["State Department"]


def test_a_cue_in_a_relative_clause_after_the_statement_is_no_speakers() -> None:
    text = (
        "Analysts said the modest size of the fines suggested Brussels wanted to avoid a "
        "dispute with President Donald Trump, who has threatened tariffs on such countries."
    )
    assert speakers_of(text, "Analysts") == ["analysts"]


def test_a_relative_clause_before_the_cue_keeps_its_speaker() -> None:
    text = "Smith said it was over. Jones, who has repeatedly warned of this, said no."
    assert speakers_of(text, "Jones") == ["Jones"]


def test_a_party_employs_no_company_officer() -> None:
    text = (
        "Trump fired Slaughter and fellow Democrat Alvaro Bedoya in March. The FTC, which "
        "enforces antitrust laws, has had only Republican commissioners since then. Chairman "
        'Andrew Ferguson said the agency would "continue to do its work."'
    )
    assert actors_by_id(run(text))["Andrew Ferguson"].affiliation != "Democrats"


def test_sports_broadcasters_are_organisations() -> None:
    text = '"We never stopped believing," Kane told Amazon Prime. Kompany told Sky Sports.'
    actors = actors_by_id(run(text))
    assert actors["Amazon Prime Video"].kind.value == "organisation"
    assert actors["Sky Sports"].kind.value == "organisation"


def test_media_of_a_country_speak_as_a_group() -> None:
    text = (
        "Takaichi is expected to name Katayama as finance minister, according to Japanese "
        "media. Chinese state media said the drills ended. Local media reported the deaths. "
        "Trump congratulated her on social media."
    )
    result = run(text)
    actors = actors_by_id(result)
    assert actors["Japanese media"].affiliation == "Japan"
    assert speakers_of(text, "Takaichi") == ["Japanese media"]
    assert speakers_of(text, "Chinese state") == ["Chinese state media"]
    assert speakers_of(text, "Local media") == ["local media"]
    assert "social media" not in actors


def test_japans_parties_by_their_short_names() -> None:
    text = (
        "Ishin co-leader Hirofumi Yoshimura said his party would back the government. "
        "Komeito leader Tetsuo Saito said no."
    )
    actors = actors_by_id(run(text))
    assert actors["Hirofumi Yoshimura"].affiliation == "Japan Innovation Party"
    assert actors["Komeito"].affiliation == "Japan"


def test_a_lower_case_plural_title_after_its_owner_gives_each_name_the_role() -> None:
    text = (
        "The crew, NASA astronauts Reid Wiseman, Victor Glover and Christina Koch, will "
        "keep training. Russian cosmonaut Oleg Kononenko said so."
    )
    actors = actors_by_id(run(text))
    for name in ("Reid Wiseman", "Victor Glover", "Christina Koch"):
        assert (actors[name].role, actors[name].affiliation) == ("astronaut", "NASA")
    assert actors["Oleg Kononenko"].role == "cosmonaut"


def test_a_plural_ending_a_sentence_gives_the_next_name_nothing() -> None:
    text = "He has outlasted eight American presidents. Fidel Castro invited the pope."
    assert actors_by_id(run(text))["Fidel Castro"].affiliation != "United States"


def test_a_minister_of_no_country_in_a_datelined_story_is_its_countrys() -> None:
    text = (
        "NAIROBI, June 25 (AP) - Kenyan police fired tear gas at protesters in Nairobi on "
        "Wednesday. Kenya's rights commission said eight people died.\n\n"
        'Interior Minister Kipchumba Murkomen called the protests "an attempted coup."'
    )
    assert actors_by_id(run(text))["Kipchumba Murkomen"].affiliation == "Kenya"


def test_a_host_capitals_dateline_gives_a_visitors_minister_nothing() -> None:
    text = (
        "MUSCAT, March 3 (Reuters) - Yemen's warring parties met in Oman. Yemen's government "
        "and Yemen's Houthis agreed to swap prisoners.\n\n"
        "Information Minister Nabil Saleh said the deal was fragile."
    )
    assert actors_by_id(run(text))["Nabil Saleh"].affiliation != "Oman"


def test_an_owners_person_is_affiliated_with_the_owner() -> None:
    text = (
        "Reporting from Tarvos City, Al Jazeera's Hind Khoudary said families had returned. "
        "Kenya's Ann Lee won the race. Russia's Black Sea Fleet said it had moved ships."
    )
    actors = actors_by_id(run(text))
    assert actors["Hind Khoudary"].affiliation == "Al Jazeera"
    assert actors["Ann Lee"].affiliation == "Kenya"
    assert actors["Tarvos City"].kind.value == "place"
    assert actors["Black Sea Fleet"].kind.value == "organisation"


def test_an_abbreviation_speaking_is_an_organisation() -> None:
    text = "Traders cut bets to about 40%, according to CME's FedWatch tool. CME said so."
    assert actors_by_id(run(text))["CME"].kind.value == "organisation"


def test_an_official_forecaster_is_no_official() -> None:
    text = "The OBR, the government's official forecaster, cut its growth forecast."
    assert not any(i.endswith("official") for i in actor_ids(text))


def test_gaza_places_are_places() -> None:
    text = "Strikes hit Deir el-Balah, Jabalia and Beit Lahia overnight."
    actors = actors_by_id(run(text))
    for place in ("Deir el-Balah", "Jabalia", "Beit Lahia"):
        assert actors[place].kind.value == "place"


def test_frances_parties_by_their_french_initials() -> None:
    text = (
        "Jordan Bardella, the party's president, said the RN was ready to govern after the "
        "National Rally won. The hard-left France Unbowed (LFI) wants Macron to resign. Its "
        "leader, Jean-Luc Melenchon, said so. Republicans in Congress said no."
    )
    actors = actors_by_id(run(text))
    assert "RN" in actors["National Rally"].aliases
    assert actors["Jean-Luc Melenchon"].affiliation == "France Unbowed"
    assert "Les Républicains" not in actors


def test_a_name_in_a_list_of_places_is_a_place() -> None:
    text = (
        "Flights at Miami, Fort Lauderdale, Palm Beach and Orlando airports were cancelled. "
        "Storms hit Broward and Palm Beach counties. Reporting by Ann Lee in Nairobi and "
        "Tom Bell in Kampala."
    )
    actors = actors_by_id(run(text))
    assert actors["Palm Beach"].kind.value == "place"
    assert actors["Tom Bell"].kind.value == "person"
    assert "Broward Beach" not in actors


def test_santiago_de_cuba_is_one_place() -> None:
    actors = actors_by_id(run("Fighting hit Santiago de Cuba overnight."))
    assert actors["Santiago de Cuba"].kind.value == "place"
    assert "Santiago" not in actors


def test_media_reports_speak_as_a_group() -> None:
    text = (
        "Media reports in Tanzania have said the bombs came from abroad. Local media reports "
        "said ten died. He reports to the board."
    )
    assert speakers_of(text, "Media reports") == ["media reports"]
    assert speakers_of(text, "Local media") == ["local media reports"]


def test_an_adjective_opening_a_sentence_is_no_name() -> None:
    text = "Medical reports said so. Economic analysts say no. Faisal told reporters so."
    ids = actor_ids(text)
    assert not {"Medical", "Economic"} & ids
    assert "Faisal" in ids


def test_railroads_named_by_places_are_companies() -> None:
    text = (
        "Union Pacific agreed to buy Norfolk Southern. Union Pacific CEO Jim Vena told "
        "analysts it was transformational. Canadian Pacific bought Kansas City Southern in "
        "2023. Amtrak said trains ran on time."
    )
    actors = actors_by_id(run(text))
    for company in ("Union Pacific", "Norfolk Southern", "Kansas City Southern", "Amtrak"):
        assert actors[company].kind.value == "organisation"
    assert actors["Jim Vena"].affiliation == "Union Pacific"
    assert "Pacific" not in actors and "Kansas" not in actors


def test_a_party_led_by_a_person_is_the_persons() -> None:
    text = (
        "The centrist D66 party led by Rob Jetten is on course for 26 seats. The PVV, led "
        "by Geert Wilders, fell. Rebels led by Ali Musa attacked."
    )
    actors = actors_by_id(run(text))
    assert (actors["Rob Jetten"].affiliation, actors["Rob Jetten"].role) == ("D66", "leader")
    assert actors["Geert Wilders"].affiliation == "PVV"
    assert actors["Ali Musa"].affiliation is None


def test_a_news_agency_of_two_words_after_a_name() -> None:
    text = "D66 is on course for 26 seats, according to the ANP news agency."
    assert actors_by_id(run(text))["ANP"].kind.value == "organisation"


def test_a_spokesperson_for_a_titled_person_after_the_cue_speaks() -> None:
    text = (
        '"We will not comment," said a spokesperson for British Prime Minister Keir Starmer. '
        '"No," said a spokesman for U.S. Secretary of State Marco Rubio.'
    )
    assert all(q.speaker_id is not None for q in run(text).quotes)


def test_a_persons_apposed_description_used_again_is_the_person() -> None:
    text = (
        'Carlos Alcaraz, the defending champion, was gracious. "He played better," the '
        "defending champion said. Ann Lee, the bank's chief economist, said so. \"Rates will "
        'fall," the chief economist said.'
    )
    assert quote_speakers(text) == ["Carlos Alcaraz", "Ann Lee"]


def test_a_description_two_persons_share_is_neither() -> None:
    text = (
        "Ann Lee, the chief economist, spoke first. Tom Bell, the chief economist, spoke "
        'next. "Rates will fall," the chief economist said.'
    )
    (speaker,) = quote_speakers(text)
    assert speaker not in ("Ann Lee", "Tom Bell")
