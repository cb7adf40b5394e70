"""Actor kinds, compound titles, organisation names and affiliations (QA round 3): a rank
read as a title before an organisation's word ("the General Staff"), titles of several
words ("Chief Election Commissioner"), a title's office ("the Attorney General's office").
Invented sentences."""

from __future__ import annotations

from explorer.model import Actor, ActorKind
from explorer.parse.actors import ActorAnalysis, analyse_actors
from explorer.parse.segment import segment

P, ORG, PLACE = ActorKind.PERSON, ActorKind.ORGANISATION, ActorKind.PLACE


def _run(text: str) -> ActorAnalysis:
    return analyse_actors(text, segment(text).sentences)


def _actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in _run(text).actors}


def _speakers(text: str) -> list[str]:
    return [a.speaker_id for a in _run(text).attributions]


# -- "General" before an organisation's word -----------------------------------------------


def test_general_staff_is_an_organisation_of_its_country() -> None:
    text = "Moldova's General Staff said 14 drones were shot down overnight."
    actors = _actors(text)
    assert "Staff" not in actors
    staff = actors["General Staff"]
    assert (staff.kind, staff.affiliation) == (ORG, "Moldova")
    assert _speakers(text) == ["General Staff"]


def test_general_staff_denying_a_claim_is_the_organisation() -> None:
    actors = _actors("The army took the village, a claim Moldova’s General Staff denied.")
    assert actors["General Staff"].kind is ORG
    assert not any(a.kind is P for a in actors.values())


def test_chief_of_staff_and_staff_sergeant_are_still_titles() -> None:
    actors = _actors("Staff Sgt. Lena Brook and Chief of Staff Omar Vidal met on Monday.")
    assert actors["Lena Brook"].role == "staff sergeant"
    assert actors["Omar Vidal"].role == "chief of staff"
    assert all(a.kind is P for a in actors.values())


def test_a_titles_office_is_an_organisation_not_a_person() -> None:
    text = "The Attorney General's office said it would appeal the ruling."
    actors = _actors(text)
    assert "General" not in actors
    assert actors["Attorney General's office"].kind is ORG
    assert _speakers(text) == ["Attorney General's office"]


def test_a_titles_office_with_a_capital_is_one_organisation() -> None:
    actors = _actors("The Prime Minister's Office said the visit was cancelled.")
    assert list(actors) == ["Prime Minister's Office"]
    assert actors["Prime Minister's Office"].kind is ORG


def test_a_countrys_prosecutor_generals_office() -> None:
    actors = _actors("Moldova's Prosecutor General's office opened a criminal case.")
    office = actors["Prosecutor General's office"]
    assert (office.kind, office.affiliation) == (ORG, "Moldova")


def test_a_titles_possessive_before_other_words_makes_no_actor() -> None:
    actors = _actors("The Prime Minister's visit to the border was cancelled.")
    assert not any(a.kind is P for a in actors.values())


def test_a_surname_that_is_a_title_keeps_its_possessive_name() -> None:
    actors = _actors("Defender Tom Brennan praised Chris Major's goal on Saturday.")
    assert "Chris Major" in actors


# -- compound titles ------------------------------------------------------------------------


def test_chief_election_commissioner_is_one_role() -> None:
    text = "Chief Election Commissioner Ravi Shankar Menon praised the turnout."
    actors = _actors(text)
    assert list(actors) == ["Ravi Shankar Menon"]
    assert actors["Ravi Shankar Menon"].role == "chief election commissioner"


def test_chief_and_any_word_before_a_title_is_one_role() -> None:
    actors = _actors("Chief Risk Officer Paula Dunn and Chief Rabbi Ezra Lind spoke at the dinner.")
    assert actors["Paula Dunn"].role == "chief risk officer"
    assert actors["Ezra Lind"].role == "chief rabbi"
    assert set(actors) == {"Paula Dunn", "Ezra Lind"}


def test_portfolio_and_rank_words_join_the_title() -> None:
    actors = _actors(
        "Deputy Health Minister Anna Berg met Labour Minister Tomas Lind and Transport "
        "Secretary Ruth Obi."
    )
    assert actors["Anna Berg"].role == "deputy health minister"
    assert actors["Tomas Lind"].role == "labour minister"
    assert actors["Ruth Obi"].role == "transport secretary"
    assert len(actors) == 3


def test_a_countrys_compound_title_keeps_the_country() -> None:
    actors = _actors("Kenya's Chief Election Commissioner Wafula Chege said the vote was fair.")
    chege = actors["Wafula Chege"]
    assert (chege.role, chege.affiliation) == ("chief election commissioner", "Kenya")


def test_an_unknown_word_before_a_capitalised_title_is_still_the_employer() -> None:
    actors = _actors("Hoshida President Takeshi Yamamoto said sales would rise.")
    assert actors["Takeshi Yamamoto"].affiliation == "Hoshida"


def test_district_attorney_and_public_defender_are_one_role() -> None:
    actors = _actors(
        "Aurora District Attorney Mara Quinn said the charges stand. The man's public "
        "defender, Rachel Stone, asked for bail."
    )
    assert actors["Mara Quinn"].role == "district attorney"
    assert actors["Rachel Stone"].role == "public defender"
    assert "Aurora District" not in actors


def test_floor_leader_after_a_party_is_its_floor_leader() -> None:
    actors = _actors("Unity Party floor leader Kim Do-yun called the vote a disgrace.")
    kim = actors["Kim Do-yun"]
    assert (kim.role, kim.affiliation) == ("floor leader", "Unity Party")


def test_oblast_governor_is_no_person_of_the_city() -> None:
    actors = _actors("Poltava Oblast Governor Ivan Marchenko said two people died.")
    assert actors["Ivan Marchenko"].role == "governor"
    assert actors["Poltava Oblast"].kind is PLACE


# -- the kind an apposition or a description gives ---------------------------------------


def test_an_apposition_naming_an_organisation_makes_one() -> None:
    for text in (
        "Voltara, the state grid operator, said power was restored in six regions.",
        "Power was restored in six regions, said Voltara, the state grid operator.",
        "Kestrova, a Lagos-based fintech company, said it had raised $40 million.",
    ):
        actors = _actors(text)
        (name,) = actors
        assert actors[name].kind is ORG, text
        assert _speakers(text) == [name]


def test_an_apposition_of_a_person_stays_a_person() -> None:
    for text in (
        "Mark Levin, a member of the group, said the plan would fail.",
        "Jana Novak, a company spokeswoman, said sales rose.",
    ):
        assert all(a.kind is P for a in _actors(text).values()), text


def test_a_description_before_a_name_makes_it_an_organisation() -> None:
    actors = _actors(
        "The round was led by the venture firm Harbor Platform. Marta Lind told the "
        "newspaper Nordische Allgemeine that the deal was done, and the broadcaster Rai "
        "confirmed it."
    )
    assert actors["Harbor Platform"].kind is ORG
    assert actors["Nordische Allgemeine"].kind is ORG
    assert actors["Rai"].kind is ORG
    assert actors["Marta Lind"].kind is P


def test_investors_named_after_a_group_noun_are_two_firms() -> None:
    actors = _actors("Existing investors Panther Global and Lagoon Capital also took part.")
    assert actors["Panther Global"].kind is ORG
    assert actors["Lagoon Capital"].kind is ORG
    assert "Panther Global and Lagoon Capital" not in actors


def test_a_newspapers_name_is_an_organisation() -> None:
    actors = _actors("Hartwig told the Rheinische Zeitung that he expected a majority.")
    assert actors["Rheinische Zeitung"].kind is ORG


def test_a_party_in_the_plural_is_an_organisation() -> None:
    text = "The Greens and the Tories said they would vote against the bill."
    actors = _actors(text)
    assert actors["Greens"].kind is ORG
    assert actors["Tories"].kind is ORG
    assert not any(a.kind is P for a in actors.values())


# -- organisation names with "for the", "of the" -------------------------------------------


def test_a_centre_for_the_study_of_is_one_organisation_with_its_abbreviation() -> None:
    text = (
        "Turnout rose, according to the Centre for the Study of Rural Economies (CSRE), a "
        "think tank in Pune."
    )
    actors = _actors(text)
    centre = actors["Centre for the Study of Rural Economies"]
    assert centre.kind is ORG
    assert "CSRE" in centre.aliases
    assert "Centre" not in actors and "Rural Economies" not in actors


def test_names_with_of_the_are_one_organisation() -> None:
    actors = _actors(
        "The Ministry of the Interior and the Foundation for the Defence of Lakes said "
        "the University of the Andes would host the talks."
    )
    for name in (
        "Ministry of the Interior",
        "Foundation for the Defence of Lakes",
        "University of the Andes",
    ):
        assert actors[name].kind is ORG, name
    assert "Interior" not in actors


def test_a_known_name_after_of_the_is_the_affiliation() -> None:
    actors = _actors("The Commission of the African Union met on Monday.")
    commission = actors["Commission of the African Union"]
    assert (commission.kind, commission.affiliation) == (ORG, "African Union")


def test_the_job_at_a_centre_for_the_study_of_names_the_employer() -> None:
    text = (
        "Ravi Kumar, a political scientist at the Centre for the Study of Rural Economies, "
        "said turnout rose. Dr. Kumar said women voted in large numbers."
    )
    kumar = _actors(text)["Ravi Kumar"]
    assert kumar.affiliation == "Centre for the Study of Rural Economies"
    assert kumar.role == "political scientist"


# -- affiliations from the words before a title ----------------------------------------------


def test_an_abbreviation_before_any_title_is_the_employer() -> None:
    text = (
        "The Rashtriya Lok Morcha (RLM) won 12 seats. RLM leader Kavita Devi Sharma said "
        "the alliance would stay together."
    )
    sharma = _actors(text)["Kavita Devi Sharma"]
    assert (sharma.role, sharma.affiliation) == ("leader", "Rashtriya Lok Morcha")


def test_an_organisation_word_alone_before_a_title_is_the_articles_organisation() -> None:
    text = (
        "The European Commission urged both capitals to act. Commission spokeswoman Ilse "
        "Varga said a deal was within reach."
    )
    actors = _actors(text)
    assert actors["Ilse Varga"].affiliation == "European Commission"
    assert "Commission" not in actors


def test_an_organisation_word_alone_naming_nothing_is_no_actor() -> None:
    actors = _actors("Party chairman Walter Brandt said the verdict was unjust.")
    assert "Party" not in actors
    assert actors["Walter Brandt"].affiliation is None


def test_the_organisation_word_alone_is_the_last_one_named_so() -> None:
    text = (
        "The Federal Trade Commission sued the company in May. The European Commission "
        "opened its own inquiry in June. A spokeswoman for the Commission, Lea Dumont, said "
        "the inquiry was at an advanced stage."
    )
    actors = _actors(text)
    assert actors["Lea Dumont"].affiliation == "European Commission"
    assert "Commission" not in actors


def test_the_assembly_is_the_national_assembly_and_no_person() -> None:
    text = "The National Assembly met on Monday. The Assembly said it would reject the budget."
    actors = _actors(text)
    assert "Assembly" not in actors
    assert actors["National Assembly"].kind is ORG
    assert _speakers(text) == ["National Assembly"]


def test_a_district_before_an_employees_title_is_a_body() -> None:
    text = "Regional Transit District spokesman Kevin Dole said the agency would act."
    actors = _actors(text)
    district = actors["Regional Transit District"]
    assert district.kind is ORG
    assert actors["Kevin Dole"].affiliation == "Regional Transit District"


def test_a_job_at_an_unknown_name_names_the_employer() -> None:
    text = "“It is falling,” said Claire Rousset, a migration researcher at Lettres Po."
    actors = _actors(text)
    assert actors["Claire Rousset"].affiliation == "Lettres Po"
    assert actors["Lettres Po"].kind is ORG


# -- a job beats an honorific ------------------------------------------------------------------


def test_an_apposed_profession_beats_doctor() -> None:
    actors = _actors(
        "Dr. Lena Hart, a chemist who studies batteries, said the cells were safe. Prof. Ana "
        "Ruiz, a historian, disagreed."
    )
    assert actors["Lena Hart"].role == "chemist"
    assert actors["Ana Ruiz"].role == "historian"


def test_a_job_named_after_dr_beats_it() -> None:
    text = (
        "Dr. Mehta said women voted in large numbers. Anil Mehta, a political scientist "
        "who studies elections, said turnout rose."
    )
    mehta = _actors(text)["Anil Mehta"]
    assert mehta.role == "political scientist"
    assert "Mehta" in mehta.aliases


def test_a_profession_in_an_apposition_makes_a_person() -> None:
    actors = _actors("Tomas Reyes, a pharmacist in Leeds, said the shelves were empty.")
    assert (actors["Tomas Reyes"].kind, actors["Tomas Reyes"].role) == (P, "pharmacist")


def test_dr_alone_stays_doctor() -> None:
    assert _actors("Dr. Lena Hart said the cells were safe.")["Lena Hart"].role == "doctor"


# -- abbreviations without brackets -----------------------------------------------------------


def test_an_abbreviation_of_an_organisations_initials_is_that_organisation() -> None:
    text = "The Nordic Finance Corporation invested $50 million. The NFC said it was pleased."
    actors = _actors(text)
    assert "NFC" not in actors
    assert "NFC" in actors["Nordic Finance Corporation"].aliases
    assert _speakers(text) == ["Nordic Finance Corporation"]


def test_an_abbreviation_makes_a_districts_name_an_organisations() -> None:
    actors = _actors(
        "The Regional Transit District will review security. The RTD board meets on Thursday."
    )
    district = actors["Regional Transit District"]
    assert (district.kind, district.aliases) == (ORG, ("RTD",))


def test_an_abbreviation_of_two_organisations_initials_stays_apart() -> None:
    actors = _actors(
        "The Nordic Finance Corporation and the National Farmers Council met. The NFC said "
        "talks went well."
    )
    assert "NFC" not in actors["Nordic Finance Corporation"].aliases
    assert "NFC" not in actors["National Farmers Council"].aliases


# -- places, parties, clubs and offices by the words around them ------------------------------


def test_a_name_after_town_of_or_village_of_is_a_place() -> None:
    actors = _actors(
        "Rescuers reached the village of Sungai Batang. Shells hit the border town of Kfar "
        "Hamam, residents said."
    )
    assert actors["Sungai Batang"].kind is PLACE
    assert actors["Kfar Hamam"].kind is PLACE


def test_a_name_before_party_is_an_organisation() -> None:
    actors = _actors("Keiko Ramos, who leads the Fuerza Nueva party, said the count was rigged.")
    assert actors["Fuerza Nueva"].kind is ORG
    assert actors["Keiko Ramos"].kind is P


def test_a_led_compound_before_alliance_is_no_organisation() -> None:
    actors = _actors("The ZNP-led alliance won 40 seats, officials said.")
    assert "ZNP-led" not in actors


def test_an_abbreviation_after_known_as_or_or_is_the_organisations() -> None:
    text = (
        "The National Office of Electoral Counts, known as ONEC, said most ballots were "
        "counted. The Electoral Jury of Peru, or EJP, will rule on Monday. The EJP said it "
        "needed time."
    )
    actors = _actors(text)
    assert actors["National Office of Electoral Counts"].aliases == ("ONEC",)
    assert "EJP" in actors["Electoral Jury of Peru"].aliases
    assert "ONEC" not in actors and "EJP" not in actors


def test_a_club_before_a_players_position_is_the_employer() -> None:
    actors = _actors(
        "Mamelodi Sundowns beat Orlando Pirates 2-0. Sundowns goalkeeper Sipho Dube saved a "
        "penalty."
    )
    assert actors["Mamelodi Sundowns"].kind is ORG
    assert actors["Orlando Pirates"].kind is ORG
    assert actors["Sipho Dube"].affiliation == "Mamelodi Sundowns"


def test_more_titles() -> None:
    actors = _actors(
        "Social Affairs Minister Budi Hartono met Air Marshal Teguh Sanjaya. The Ombudsman, "
        "Eliana Ortiz, said the count was fair."
    )
    assert actors["Budi Hartono"].role == "social affairs minister"
    assert actors["Teguh Sanjaya"].role == "air marshal"
    assert actors["Eliana Ortiz"].role == "ombudsman"
    assert set(actors) == {"Budi Hartono", "Teguh Sanjaya", "Eliana Ortiz"}


def test_an_organisation_word_affiliation_said_twice_stays_the_organisation() -> None:
    text = (
        "The European Commission urged both capitals to act. Commission spokeswoman Ilse "
        "Varga said a deal was near. Commission spokeswoman Ilse Varga said it again."
    )
    assert _actors(text)["Ilse Varga"].affiliation == "European Commission"
