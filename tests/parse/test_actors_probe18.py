"""Session 16's probes of unseen stories: what a reader noticed, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actors_by_id, quote_speakers, run, speakers_of


def test_a_party_before_its_leaders_title_is_no_second_speaker() -> None:
    # "Socialist leader Olivier Faure said ... but warned": the quote was the party's
    text = (
        'Labour leader Kim Dale said his party had made "a responsible choice" but warned it '
        "would act."
    )
    assert speakers_of(text, "Labour leader") == ["Kim Dale"]
    assert quote_speakers(text) == ["Kim Dale"]


def test_a_country_doing_and_saying_is_still_the_speaker() -> None:
    text = 'Russia rejected the plan but said it would "talk".'
    assert speakers_of(text, "Russia") == ["Russia"]


def test_a_verb_after_a_title_phrase_is_no_part_of_its_object() -> None:
    # "A spokeswoman for the commission declined to say" was a group "... declined to"
    text = (
        "The SEC fined him. A spokeswoman for the commission declined to say how many cases "
        "were affected."
    )
    assert not [a for a in run(text).actors if "declined" in a.id]


def test_the_role_alone_is_its_holder_named_last_where_rivals_hold_it() -> None:
    # two coaches: "the coach said" had no person; it is the one named just before
    text = (
        "Rovers coach Ann Lee praised her side. City coach Tom Hart was glum. Asked why, Hart "
        'said: "They were better." The coach said the club would rebuild. Lee said her team '
        'would go on. "We are not done," the coach said.'
    )
    assert speakers_of(text, "The coach said") == ["Tom Hart"]
    assert speakers_of(text, '"We are not done,"') == ["Ann Lee"]


def test_a_holder_named_as_an_object_is_no_referent_of_the_role() -> None:
    text = (
        "Rovers coach Ann Lee praised her side. She was hired after the sacking of coach "
        'Tom Hart. "We are not done," the coach said.'
    )
    assert speakers_of(text, '"We are not done,"') != ["Tom Hart"]


def test_an_age_and_a_position_describe_the_player_named_before() -> None:
    # '"...," the 26-year-old forward said' and '"...," the veteran said' had no speaker
    text = (
        "Tom Hart, who lost the final two years ago, said he had thought about it daily. "
        '"I carried that for two years," the 26-year-old forward said. Ann Lee said the '
        'defence had won it. "Everybody guarded," the veteran said.'
    )
    assert quote_speakers(text) == ["Tom Hart", "Ann Lee"]


def test_forward_and_veteran_before_a_noun_describe_no_player() -> None:
    text = (
        "Ann Lee said rates would fall. The forward guidance was clear, the veteran economist said."
    )
    assert "Ann Lee" not in speakers_of(text, "The forward guidance")


def test_an_owner_before_a_name_is_a_title() -> None:
    # "Celtics owner Wyc Grousbeck ... said": the club spoke, not its owner
    text = "Rovers owner Tom Hart thanked the fans and said the team would hold a parade."
    assert speakers_of(text, "Rovers owner") == ["Tom Hart"]
    assert actors_by_id(run(text))["Tom Hart"].role == "owner"


def test_a_competitions_rounds_are_no_place() -> None:
    text = (
        "Tom Hart lost in the Finals two years ago. He was the Finals MVP this time, and "
        "his side reached the Playoffs again."
    )
    assert actor_ids(text) == {"Tom Hart"}


def test_a_compound_officer_title_is_kept_whole() -> None:
    text = "Neil Bradley, the chamber's chief policy officer, said firms had complained."
    assert actors_by_id(run(text))["Neil Bradley"].role == "chief policy officer"


def test_a_relative_introduced_by_the_others_surname_keeps_it_off() -> None:
    # "Khan's sister, Aleema Khan" took every later "Khan"
    text = (
        "A court extended the detention of former Prime Minister Imran Khan. Khan has been "
        'held since August. "This is revenge," Khan\'s sister, Aleema Khan, told reporters. '
        "Khan's lawyer, Salman Safdar, said the former premier was well."
    )
    result = run(text)
    aleema = actors_by_id(result)["Aleema Khan"]
    assert "Khan" not in aleema.aliases
    last = text.rindex("Khan's lawyer")
    assert [m.actor_id for m in result.mentions if m.start == last] == ["Imran Khan"]


def test_scholars_and_physicians_are_groups_that_speak() -> None:
    text = "Legal scholars said the number could run into the hundreds."
    assert speakers_of(text, "Legal scholars") == ["scholars"]


def test_a_title_opening_with_a_group_noun_makes_no_group() -> None:
    # "The IMF's resident representative, X," gave a group "resident"
    text = "The IMF's resident representative, Mahir Binici, declined to comment."
    result = run(text)
    assert actors_by_id(result)["Mahir Binici"].role == "resident representative"
    assert "resident" not in actor_ids(text)


def test_a_party_named_with_its_initials_in_the_text_is_one_organisation() -> None:
    text = (
        "His party, Pakistan Tehreek-e-Insaf, or PTI, says the cases are political. The "
        "military's media wing, Inter-Services Public Relations, said troops were attacked. "
        "The ISPR said one soldier was killed."
    )
    actors = actors_by_id(run(text))
    assert "PTI" in actors["Pakistan Tehreek-e-Insaf"].aliases
    assert actors["Inter-Services Public Relations"].kind.value == "organisation"
    assert speakers_of(text, "The ISPR said") == ["Inter-Services Public Relations"]


def test_pti_alone_is_no_pakistani_party() -> None:
    # (in India the Press Trust of India's dateline)
    assert "Pakistan Tehreek-e-Insaf" not in actor_ids("CHENNAI (PTI) - Bus fares rose.")


def test_the_royal_households_speak_as_organisations() -> None:
    # "Buckingham Palace said" was a person
    text = (
        "King Charles will visit Canada, Buckingham Palace said. A Kensington Palace "
        "spokesman said the princess would not travel."
    )
    actors = actors_by_id(run(text))
    assert actors["Buckingham Palace"].kind.value == "organisation"
    assert speakers_of(text, "A Kensington Palace") == ["Kensington Palace"]


def test_a_past_title_before_a_cue_is_the_person_named_before() -> None:
    # '"...," the former police chief said' after "Hou conceded defeat" was a group
    text = (
        'Hou Yu-ih conceded defeat and apologised to his supporters. "I am sorry that I let '
        'everyone down," the former police chief said.'
    )
    assert quote_speakers(text) == ["Hou Yu-ih"]


def test_the_kuomintang_is_one_party_with_its_initials() -> None:
    text = "Hou Yu-ih of the Kuomintang (KMT) lost. KMT chairman Eric Chu said it would work."
    actors = actors_by_id(run(text))
    assert "KMT" in actors["Kuomintang"].aliases
    assert actors["Eric Chu"].affiliation == "Kuomintang"


def test_an_age_after_a_sentence_naming_two_is_its_subject() -> None:
    # "González, ... who replaced Machado ..., urged calm. "...," the 74-year-old said"
    text = (
        "Edmundo González, a former diplomat who replaced María Machado on the ballot, urged "
        'calm. "Our message is one of peace," the 74-year-old said.'
    )
    assert quote_speakers(text) == ["Edmundo González"]


def test_an_owner_opening_the_sentence_is_no_subject_for_an_age() -> None:
    text = (
        "Carlos Alcaraz won. Alcaraz's coach, Juan Ferrero, said the win showed how much he "
        'had matured. "Today he was patient," the 54-year-old said.'
    )
    assert quote_speakers(text) != ["Carlos Alcaraz"]


def test_a_supreme_leader_is_a_title() -> None:
    # "Supreme Leader Ayatollah X" made an organisation "Supreme"
    text = "Supreme Leader Ayatollah Ali Khamenei said the attack should not be exaggerated."
    assert "Supreme" not in actor_ids(text)
    assert actors_by_id(run(text))["Ali Khamenei"].role == "supreme leader"


def test_claims_after_a_preposition_and_a_word_are_a_noun() -> None:
    # "despite opposition claims that ..." made the opposition a speaker
    text = (
        "The electoral authority declared Maduro the winner despite opposition claims that "
        "their candidate had won."
    )
    assert "opposition" not in speakers_of(text, "The electoral authority")


def test_a_headline_name_over_the_same_name_in_the_text_is_no_joined_opener() -> None:
    # an obituary's subject was merged into her son: "Vera" opening the headline and the
    # first sentence was read as an opener joined to the surname
    text = (
        "Vera Lindqvist, physicist who mapped the early universe, dies at 91\n\n"
        "Vera Lindqvist, a Swedish-born physicist, died on Sunday. She was 91.\n\n"
        "Her death was confirmed by her son, Erik Lindqvist, who said the cause was "
        "pneumonia.\n\n"
        '"Vera had the rare gift of seeing what others missed," said Jo Marsh, a former '
        "student.\n\nBorn in Uppsala in 1934, Lindqvist studied physics."
    )
    result = run(text)
    actors = actors_by_id(result)
    assert "Vera Lindqvist" in actors and "Erik Lindqvist" in actors
    born = text.index("Lindqvist studied")
    assert [m.actor_id for m in result.mentions if m.start == born] == ["Vera Lindqvist"]


def test_a_biologics_maker_is_a_company() -> None:
    # "Japan's KM Biologics" was a person
    text = "The vaccines are made by Japan's KM Biologics, the ministry said."
    assert actors_by_id(run(text))["KM Biologics"].kind.value == "organisation"


def test_a_country_director_is_the_organisations() -> None:
    text = (
        'The World Food Programme (WFP) cut rations. "Children are paying the price," WFP '
        "country director Pierre Lamy told AFP."
    )
    assert actors_by_id(run(text))["Pierre Lamy"].affiliation == "World Food Programme"


def test_an_officer_after_two_companies_is_the_one_of_the_sentence_before() -> None:
    text = (
        "Regulators approved vaccines made by Aldor Pharmaceuticals and Japan's KM "
        "Biologics. Aldor Pharmaceuticals said it could supply 2 million doses. Chief "
        "Executive Paul Chaplin said the company was ready."
    )
    assert actors_by_id(run(text))["Paul Chaplin"].affiliation == "Aldor Pharmaceuticals"


def test_a_politician_described_by_state_or_party_is_the_one_named_before() -> None:
    # '"...," the Texas Republican said' was an organisation "Texas Republican"
    text = 'Senator Ted Cruz voted no. "This bill is a disaster," the Texas Republican said.'
    assert quote_speakers(text) == ["Ted Cruz"]
    assert "Texas Republican" not in actor_ids(text)
    text = (
        'Council leader John Cotton said he was disappointed. "We made a fair offer," the '
        "Labour councillor said."
    )
    assert quote_speakers(text) == ["John Cotton"]


def test_a_participle_before_a_description_in_an_apposition_keeps_the_speaker() -> None:
    # "Her neighbour, retired bus driver Tony Byrne, said" had no speaker
    text = (
        "Nasreen Akhtar said she was scared. Her neighbour, retired bus driver Tony Byrne, "
        'said the city had become "a laughing stock."'
    )
    assert quote_speakers(text) == ["Tony Byrne"]


def test_britains_unions_are_listed() -> None:
    text = "Unite general secretary Sharon Graham said the union would fight."
    assert actors_by_id(run(text))["Sharon Graham"].affiliation == "Unite"


def test_a_titles_spokesman_speaks_for_its_holder() -> None:
    # "The prime minister's official spokesman told reporters" was a group
    text = (
        "Prime Minister Keir Starmer visited the city. The prime minister's official "
        'spokesman told reporters he wanted "a swift resolution."'
    )
    assert quote_speakers(text) == ["Keir Starmer"]


def test_names_listed_before_areas_are_places() -> None:
    # "the Sparkhill and Small Heath areas" made a person "Small Heath"
    text = "Residents in the Sparkhill and Small Heath areas said rats were common."
    actors = actors_by_id(run(text))
    assert actors["Small Heath"].kind.value == "place"


def test_englands_regions_are_places() -> None:
    text = "By Jo Hart, BBC News, West Midlands\n\nBin workers voted to strike on Friday."
    assert actors_by_id(run(text))["West Midlands"].kind.value == "place"


def test_a_persons_own_party_after_of_employs_the_title() -> None:
    # "X, the leader of Yoon's own People Power Party," had no party; "The PPP leader said"
    # was a group
    text = (
        "Han Dong-hoon, the leader of Yoon's own People Power Party (PPP), called the move "
        "wrong. The PPP leader later said the minister should go."
    )
    assert actors_by_id(run(text))["Han Dong-hoon"].affiliation == "People Power Party"
    assert speakers_of(text, "The PPP leader") == ["Han Dong-hoon"]


def test_the_ministry_alone_is_the_one_of_the_minister_named_before() -> None:
    # "South Korean Defence Minister X offered to resign, the ministry said" had no speaker
    text = "South Korean Defence Minister Kim Yong-hyun offered to resign, the ministry said."
    assert speakers_of(text, "South Korean") == ["South Korean Defence Ministry"]
    assert speakers_of("Kenya has recorded 30 cases, the ministry said.", "Kenya") == []


def test_a_silent_spokesman_of_an_organisation_is_a_mention_of_it() -> None:
    # "A White House spokesman did not respond" left a group "spokesman", shared with any
    # other owner's spokesman
    text = (
        "The CMA is expected to review the deal. A CMA spokesperson declined to comment. "
        "A White House spokesman did not immediately respond."
    )
    result = run(text)
    assert "spokesperson" not in actor_ids(text)
    assert "spokesman" not in actor_ids(text)
    at = text.index("spokesman")
    assert [m.actor_id for m in result.mentions if m.start == at] == ["White House"]


def test_a_past_title_with_a_peoples_word_is_the_person_named_before() -> None:
    # "The former Dutch prime minister said" after NATO's secretary general was a group
    text = (
        '"This is a quantum leap," NATO Secretary General Mark Rutte told reporters. The '
        "former Dutch prime minister said allies had reaffirmed their commitment."
    )
    assert speakers_of(text, "The former Dutch") == ["Mark Rutte"]


def test_a_countrys_leader_is_its_one_head_of_government_named() -> None:
    # "The Canadian leader said" after "Canadian Prime Minister X" was a group
    text = (
        "Canadian Prime Minister Mark Carney said Canada would reach 2% this year. The "
        'Canadian leader said the new target was "a big number".'
    )
    assert speakers_of(text, "The Canadian leader") == ["Mark Carney"]


def test_the_baltic_states_name_no_person() -> None:
    text = "Lithuania's foreign minister said the Baltic states would reach the target."
    assert actors_by_id(run(text))["Baltic"].kind.value == "place"


def test_a_technology_company_is_an_organisation() -> None:
    # "Micron Technology tumbled 7%" was a person
    text = "Micron Technology tumbled 7% in extended trading after a weak forecast."
    assert actors_by_id(run(text))["Micron Technology"].kind.value == "organisation"


def test_a_regional_fed_president_heads_that_bank_not_the_fed() -> None:
    # "Cleveland Fed President X" was a president of the Federal Reserve, so "the Fed chief"
    # (Powell or X) had no speaker; "the central bank" stays the Fed beside its branches
    text = (
        "Fed Chair Jerome Powell said rates would fall. Cleveland Fed President Beth Hammack "
        "dissented. The Fed chief said more cuts were possible. He said the central bank "
        "would stay cautious."
    )
    result = run(text)
    actors = actors_by_id(result)
    assert actors["Beth Hammack"].affiliation == "Federal Reserve Bank of Cleveland"
    assert speakers_of(text, "The Fed chief") == ["Jerome Powell"]
    at = text.index("the central bank")
    assert [m.actor_id for m in result.mentions if m.start == at] == ["Federal Reserve"]
