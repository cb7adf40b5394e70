"""Fix round 15 on actors: the general defects QA round 14 left open
(tests/fixtures/actors_unseen14/FINDINGS.md), on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, speakers_of

from explorer.model import ActorKind

# "Ghana's Minister of State for Foreign Affairs, X,": the apposed title over "of State".


def test_a_minister_of_state_before_an_apposed_name() -> None:
    text = "Ghana's Minister of State for Foreign Affairs, Kwame Asante, said the deal was fair."
    assert actor_of(text, "Kwame Asante") == (ActorKind.PERSON, "Ghana", "minister")
    assert speakers_of(text, "Ghana's") == ["Kwame Asante"]


def test_a_minister_of_state_over_a_portfolio_of_two_words() -> None:
    text = "Nigeria's Minister of State for Petroleum Resources, Ekpo Udom, said talks would go on."
    assert actor_of(text, "Ekpo Udom") == (ActorKind.PERSON, "Nigeria", "minister")
    assert "Petroleum Resources" not in actor_ids(text)


# "Governor X" in a story naming one country's central bank is its governor.


def test_a_governor_of_the_one_central_bank_named() -> None:
    text = (
        "The Bank of Norway raised its rate on Thursday. Governor Ida Wolden told a news "
        "conference that more rises could follow."
    )
    assert actor_of(text, "Ida Wolden") == (ActorKind.PERSON, "Bank of Norway", "governor")


def test_a_governor_of_a_central_bank_of_a_country_named_only_in_it() -> None:
    text = "The Central Bank of Kenya held its rate. Governor Kamau Thugge said prices were easing."
    assert actor_of(text, "Kamau Thugge")[1] == "Central Bank of Kenya"


def test_no_bank_for_a_governor_where_two_central_banks_are_named() -> None:
    text = (
        "The Bank of Canada and the Bank of Mexico both cut rates. Governor Tiff Macklem "
        "said inflation was easing."
    )
    assert actor_of(text, "Tiff Macklem")[1] is None


def test_a_commercial_bank_has_no_governor() -> None:
    text = (
        "Bank of America raised its forecast. Governor Gavin Newsom said the state budget "
        "would be balanced."
    )
    assert actor_of(text, "Gavin Newsom")[1] is None


# "Board members X and Y dissented": each a board member of the story's organisation.


def test_board_members_before_two_names() -> None:
    text = (
        "The Bank of Japan raised rates on Friday. The board voted 7-2. Board members Kenji "
        "Nakamura and Hiroe Takata dissented, the Bank of Japan said."
    )
    for name in ("Kenji Nakamura", "Hiroe Takata"):
        assert actor_of(text, name) == (ActorKind.PERSON, "Bank of Japan", "board member")


# "X, a lecturer in environmental law at Y": the employer after the field.


def test_a_lecturers_employer_after_a_field() -> None:
    text = '"The law is clear," said Amara Osei, a lecturer in public health at Leeds University.'
    assert actor_of(text, "Amara Osei") == (ActorKind.PERSON, "Leeds University", "lecturer")


def test_a_london_college_is_one_name() -> None:
    text = "Tom Reeve, a lecturer in environmental law at King's College London, said so."
    assert actor_of(text, "Tom Reeve")[1] == "King's College London"
    assert "King's College" not in actor_ids(text)


# "Prince George" (a city) where the text puts it after a place's preposition or a place.


def test_a_city_named_by_a_royal_title() -> None:
    text = (
        "Evacuees were taken to Dawson Creek and Prince George. Shelters in Prince George "
        "were full, officials said."
    )
    assert actor_of(text, "Prince George")[0] is ActorKind.PLACE
    assert "George" not in actor_ids(text)


def test_a_prince_stays_a_person() -> None:
    text = "Prince Harald said he would attend the ceremony in Oslo. Prince Harald's aides agreed."
    assert actor_of(text, "Harald") == (ActorKind.PERSON, None, "prince")


# "at the Diet": Japan's parliament.


def test_the_diet_is_japans_parliament() -> None:
    text = '"We will act," Finance Minister Taro Kono told reporters at the Diet on Monday.'
    assert actor_of(text, "National Diet") == (ActorKind.ORGANISATION, "Japan", None)


# "Latin Americans said": the plural demonym of a listed region is a group.


def test_a_regions_demonym_of_two_words_is_a_group() -> None:
    text = "Latin Americans said they feared higher prices. Many West Africans agreed."
    assert actor_of(text, "Latin Americans")[0] is ActorKind.GROUP
    assert actor_of(text, "West Africans")[0] is ActorKind.GROUP
    assert "Africans" not in actor_ids(text)
    assert speakers_of(text, "Latin") == ["Latin Americans"]


def test_a_surname_ending_like_a_demonym_stays_a_person() -> None:
    text = "Megan Evans said she would run again."
    assert actor_of(text, "Megan Evans")[0] is ActorKind.PERSON


# Data: "Kenya Power" a company; "the ruling Liberal Democratic Party" Japan's.


def test_a_state_utility_named_after_its_country() -> None:
    text = "Kenya Power, a unit of the state utility, said supplies would resume on Tuesday."
    assert actor_of(text, "Kenya Power") == (ActorKind.ORGANISATION, "Kenya", None)
    assert "Power" not in actor_ids(text)
    assert speakers_of(text, "Kenya") == ["Kenya Power"]


def test_the_liberal_democratic_party_is_japans() -> None:
    text = "The ruling Liberal Democratic Party lost its majority on Sunday."
    assert actor_of(text, "Liberal Democratic Party")[1] == "Japan"
    longer = "The Liberal Democratic Party of Russia said it would back the bill."
    assert actor_of(longer, "Liberal Democratic Party of Russia")[1] == "Russia"


def test_the_majlis_is_irans_parliament() -> None:
    text = 'Speaker Ali Rezaei said the Majlis would "examine all options."'
    assert actor_of(text, "Islamic Consultative Assembly") == (ActorKind.ORGANISATION, "Iran", None)
    maldives = "The People's Majlis of the Maldives passed the bill."
    assert actor_of(maldives, "People's Majlis")[1] == "Maldives"


# "X, 34, a street vendor who ...": the apposition past an age describes the name.


def test_an_apposed_job_after_an_age() -> None:
    text = '"We are tired," said Rosa Quintero, 34, a street vendor who sells mangoes.'
    assert actor_of(text, "Rosa Quintero") == (ActorKind.PERSON, None, "street vendor")
    text = "Carlos Ruiz, 52, a farmer, said the rain came late."
    assert actor_of(text, "Carlos Ruiz") == (ActorKind.PERSON, None, "farmer")


def test_an_employer_after_an_age() -> None:
    text = "Maria Lopez, 41, a hydrologist at Leeds University, said the river was rising."
    assert actor_of(text, "Maria Lopez") == (ActorKind.PERSON, "Leeds University", "hydrologist")


def test_a_former_job_past_an_age_gives_no_employer() -> None:
    text = (
        "The president named Finance Minister Park Min-ji as acting prime minister. Park, 58, "
        "a former World Bank economist, takes office on Monday."
    )
    assert actor_of(text, "Park Min-ji") == (ActorKind.PERSON, None, "finance minister")


def test_a_governor_where_the_fed_and_another_central_bank_are_named() -> None:
    text = (
        "The Federal Reserve cut rates, and the Bank of Japan held. Governor Michelle Barr "
        "dissented."
    )
    assert actor_of(text, "Michelle Barr")[1] is None


def test_a_campaign_manager_keeps_the_campaign() -> None:
    text = "Ruiz's campaign manager, Diego Salcedo, said the count was clean."
    assert actor_of(text, "Diego Salcedo")[2] == "campaign manager"


def test_a_train_known_by_its_letters_is_no_actor() -> None:
    text = "The TGV was late, SNCF said."
    assert actor_of(text, "SNCF") == (ActorKind.ORGANISATION, "France", None)
    assert "TGV" not in actor_ids(text)
