"""Session 19's actor and speaker probes, on invented sentences."""

from __future__ import annotations

from speaker_checks import run


def _kinds(text: str) -> dict[str, str]:
    return {a.id: a.kind.value for a in run(text).actors}


def _speakers(text: str) -> list[str | None]:
    return [a.speaker_id for a in run(text).attributions]


def test_one_anonymous_witness_among_many_speaks_as_a_group() -> None:
    assert _speakers("A passenger said crew members had handed out life jackets.") == [
        "a passenger"
    ]
    assert _speakers("A survivor told Reuters the boat had tipped over in seconds.") == [
        "a survivor"
    ]
    said = _speakers("Another passenger, a German truck driver, said the crew stayed calm.")
    assert said == ["a passenger"]


def test_a_witness_noun_that_speaks_nowhere_names_no_group() -> None:
    kinds = _kinds(
        "The airport expects to handle its 10 millionth passenger of the year on Thursday. "
        "The last survivor, a two-year-old girl, was pulled from the mud."
    )
    assert not {k for k, v in kinds.items() if v == "group"}


def test_a_witness_noun_before_another_noun_is_its_modifier() -> None:
    kinds = _kinds(
        "The passenger ferry sank near the port. Resident numbers rose again. The witness "
        "box was empty. Passenger traffic jumped 14 %."
    )
    assert not {k for k, v in kinds.items() if v == "group"}
    # a group noun after it still takes it as its modifier, and a verb leaves it the head
    assert "resident doctors" in _kinds("Resident doctors will strike on Monday.")
    assert _speakers("A witness says he saw the car.") == ["a witness"]


def test_a_witness_who_gives_a_name_speaks_by_it() -> None:
    text = (
        "Another passenger, a truck driver who gave his name only as Markus, said crew "
        'members had handed out life jackets. "They were calm," he said.'
    )
    result = run(text)
    assert {a.id: a.kind.value for a in result.actors}["Markus"] == "person"
    assert [a.speaker_id for a in result.attributions] == ["Markus", "Markus"]
    assert [q.speaker_id for q in result.quotes] == ["Markus"]
    said = _speakers(
        'A resident, who gave only her first name, Amina, said the water came fast. "We '
        'lost everything," she said.'
    )
    assert said == ["Amina", "Amina"]


def test_a_name_given_by_a_witness_is_a_person() -> None:
    kinds = _kinds(
        "Police named the victim only as Daniel. A neighbour identified only as Rosa wept."
    )
    assert kinds.get("Daniel") == "person"
    assert kinds.get("Rosa") == "person"


def test_a_broadcaster_named_before_its_noun_is_an_organisation() -> None:
    kinds = _kinds(
        "Shipping Minister Vassilis Kikilias told Skai television the crew had acted. He "
        "later spoke to Rai radio."
    )
    assert kinds["Skai"] == "organisation"
    assert kinds["Rai"] == "organisation"
    assert kinds["Vassilis Kikilias"] == "person"
    # an adjective of a language before the noun names nothing
    kinds = _kinds("Miami's Spanish-language radio stations buzzed with callers.")
    assert not {k for k, v in kinds.items() if v == "organisation"}


def test_a_brewer_or_a_cement_maker_is_a_company() -> None:
    kinds = _kinds(
        "East African Breweries reported a rise in profit. Dangote Cement said it would invest."
    )
    assert kinds["East African Breweries"] == "organisation"
    assert kinds["Dangote Cement"] == "organisation"
    assert "Breweries" not in kinds


def test_a_union_whose_name_lists_trades_is_one_organisation() -> None:
    text = (
        "The Kenya Union of Commercial, Food and Allied Workers said it would seek talks. "
        "The Union of Shop, Distributive and Allied Workers called a strike."
    )
    kinds = _kinds(text)
    assert kinds["Kenya Union of Commercial, Food and Allied Workers"] == "organisation"
    assert kinds["Union of Shop, Distributive and Allied Workers"] == "organisation"
    assert not {k for k, v in kinds.items() if v == "person"}
    assert _speakers(text) == ["Kenya Union of Commercial, Food and Allied Workers"]
    # a list of countries before a group noun is no union's name
    kinds = _kinds("Britain, France and Germany sent workers to the site.")
    assert not {k for k, v in kinds.items() if v == "organisation"}


def test_a_us_states_auditor_of_state_is_a_title() -> None:
    result = run("Ohio Auditor of State Keith Faber said his office had tightened controls.")
    faber = {a.id: a for a in result.actors}["Keith Faber"]
    assert faber.role == "auditor of state"
    assert [a.speaker_id for a in result.attributions] == ["Keith Faber"]


def test_scientists_of_more_fields_are_groups_that_speak() -> None:
    text = "Astronomers said the star was young. Geologists warned of more tremors."
    assert _speakers(text) == ["astronomers", "geologists"]


def test_a_catalogue_designation_names_no_organisation() -> None:
    kinds = _kinds("The planet, known as LHS 1140 b, lies 48 light-years from the star HD 189733.")
    assert "LHS" not in kinds
    assert "HD" not in kinds
    # an unknown party's letters before a count or a year still name it
    kinds = _kinds("The broadcaster gives the PVV 27 seats. The PVV 2023 manifesto was short.")
    assert kinds.get("PVV") == "organisation"


def test_a_role_opening_the_story_after_its_dateline_stays_a_role() -> None:
    result = run(
        "LEEDS, England, Feb 22 (Reuters) - Substitute Daniel Okafor headed in a late winner "
        "for Leeds."
    )
    okafor = {a.id: a for a in result.actors}["Daniel Okafor"]
    assert okafor.role == "substitute"
    result = run("LUSANA, Nov. 1 (AFP) - Opposition leader Esther Banda led the first round.")
    assert {a.id: a.role for a in result.actors}["Esther Banda"] == "opposition leader"


def test_a_credit_ratings_grade_and_watch_list_are_no_companies() -> None:
    kinds = _kinds(
        "Fitch Ratings cut Ghana to CCC on Friday. S&P placed the company's BBB rating on "
        "CreditWatch with negative implications."
    )
    assert {"CCC", "BBB", "CreditWatch"}.isdisjoint(kinds)
    assert kinds["Fitch Ratings"] == "organisation"
    # the same letters with no rating near them still name an organisation
    kinds = _kinds("The AA said roads were busy. The firm sold the unit to CCC last year.")
    assert kinds["AA"] == "organisation"
    assert kinds["CCC"] == "organisation"


def test_a_group_after_a_persons_comma_that_speaks_is_no_apposition() -> None:
    text = (
        "Araqchi is due to travel to Beijing on Thursday for talks with Wang Yi, Iranian "
        "state media reported."
    )
    assert _speakers(text) == ["Iranian state media"]
    # an apposition before its cue still describes the person
    assert _speakers("Priya Raman, an analyst at Nomura, said rates would rise.") == ["Priya Raman"]


def test_a_partys_member_described_by_state_is_the_one_of_that_party() -> None:
    # two persons named before, one of them the party's: the Massachusetts Democrat is she
    text = (
        "Senator Elizabeth Warren, the top Democrat on the committee, pressed Jerome Powell "
        'on tariff plans. "Your job is to keep prices down," the Massachusetts Democrat said.'
    )
    result = run(text)
    assert [a.speaker_id for a in result.attributions] == ["Elizabeth Warren"]
    assert "Massachusetts Democrat" not in {a.id for a in result.actors}


def test_two_organisations_joined_by_and_speak_past_an_abbreviation_in_brackets() -> None:
    text = (
        "The International Longshoremen's Association (ILA) and the United States Maritime "
        "Alliance (USMX), which represents employers, said in a joint statement that they "
        "had agreed."
    )
    assert sorted(_speakers(text)) == [
        "International Longshoremen's Association",
        "United States Maritime Alliance",
    ]


def test_a_counterpart_holds_the_role_of_whose_counterpart_he_is_for_his_country() -> None:
    result = run(
        "Iranian Foreign Minister Abbas Araqchi met his Saudi counterpart Yusuf Haddad in "
        "Muscat on Monday. Defence Minister Anna Berg spoke with her Polish counterpart, "
        "Tomasz Wrona, on Tuesday."
    )
    people = {a.id: a for a in result.actors}
    assert (people["Yusuf Haddad"].role, people["Yusuf Haddad"].affiliation) == (
        "foreign minister",
        "Saudi Arabia",
    )
    assert (people["Tomasz Wrona"].role, people["Tomasz Wrona"].affiliation) == (
        "defence minister",
        "Poland",
    )
    # an honorific gives way to the office; the office the text gives stays
    result = run(
        "Foreign Minister Abbas Araqchi met his Saudi counterpart Prince Khalid bin Saud. "
        "President Anna Berg called her Polish counterpart, Defence Minister Tomasz Wrona."
    )
    people = {a.id: a for a in result.actors}
    assert people["Khalid bin Saud"].role == "foreign minister"
    assert people["Tomasz Wrona"].role == "defence minister"


def test_a_company_spokeswoman_apposed_to_her_name_is_the_companys() -> None:
    result = run(
        "The ferry operator, Adriatica Lines, said the crew followed procedures. A company "
        "spokeswoman, Giulia Ferri, declined to comment."
    )
    ferri = {a.id: a for a in result.actors}["Giulia Ferri"]
    assert (ferri.role, ferri.affiliation) == ("spokeswoman", "Adriatica Lines")
    # a party's spokesman is the party's, not a company's
    result = run("The Labour Party won. A party spokesman, Tom Hale, said it was pleased.")
    assert {a.id: a.affiliation for a in result.actors}["Tom Hale"] == "Labour Party"


def test_a_governor_general_with_the_hyphen_is_a_title() -> None:
    result = run("Governor-General Sam Mostyn dissolved parliament on Friday.")
    mostyn = {a.id: a for a in result.actors}["Sam Mostyn"]
    assert mostyn.role == "governor-general"


def test_a_police_team_or_squad_is_no_officer_of_a_rank() -> None:
    kinds = _kinds(
        "Detective Chief Inspector Sarah Whitley, of the force's Homicide and Major Enquiry "
        "Team, said the inquiry continued. The General Crimes Squad made two arrests."
    )
    assert not {k for k, v in kinds.items() if v == "person"} - {"Sarah Whitley"}
    assert "Team Norvik" in {
        k for k, v in _kinds("Team Norvik won the relay.").items() if v == "organisation"
    }


def test_the_airline_and_the_force_are_the_ones_named_before() -> None:
    text = (
        'Ryanair has cancelled 48 flights. "Safety is our first priority," the airline said. '
        "Devon and Cornwall Police said a man died. The force said it happened at 9.15am."
    )
    assert _speakers(text) == ["Ryanair", "Devon and Cornwall Police", "Devon and Cornwall Police"]
    assert "the force" not in {a.id for a in run(text).actors}


def test_a_named_storm_and_a_grid_operator() -> None:
    kinds = _kinds(
        "Storm Amara brought gusts of 90mph. National Grid said 212,000 homes were without power."
    )
    assert "Storm Amara" not in kinds
    assert kinds["National Grid"] == "organisation"


def test_a_spokesperson_right_after_an_organisation_spoke_is_its() -> None:
    text = (
        "National Grid said 212,000 homes were without power. Engineers expect to restore "
        "supply by Friday, a spokesperson said."
    )
    assert _speakers(text) == ["National Grid", "National Grid"]
    # no statement before, or two organisations: no owner guessed
    assert _speakers("Ryanair cancelled flights. A spokesman said safety came first.") == [
        "a spokesman"
    ]
    text = "Ryanair and easyJet said they cancelled flights. A spokesman said safety came first."
    assert _speakers(text)[-1] == "a spokesman"


def test_a_listed_agencys_first_word_alone_is_the_agency() -> None:
    text = "Fitch Ratings cut Ghana to CCC on Friday. Fitch said the outlook was negative."
    assert _speakers(text) == ["Fitch Ratings"]
    # a person of that surname named in full keeps it
    text = (
        "Michael Fitch, a lawyer, said the case was weak. Fitch Ratings cut Ghana. Fitch "
        "added that he would appeal."
    )
    assert _speakers(text) == ["Michael Fitch", "Michael Fitch"]


def test_senators_and_legislators_are_groups() -> None:
    kinds = _kinds("Senators questioned the nominee on Tuesday. Legislators in Ohio voted.")
    assert kinds["senators"] == "group"
    assert kinds["legislators"] == "group"
    assert "Senators" not in kinds
