"""QA round 17 on actors (tests/fixtures/actors_unseen17/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, run, speakers_of

from explorer.model import ActorKind

# "The Foreign Ministry said" with no country: the country of the minister of that
# portfolio named before it, else of the dateline's capital; never a country named after.


def test_a_bare_ministry_is_of_the_minister_of_its_portfolio_named_before() -> None:
    text = (
        "ATHENS (Reuters) - Greece protested. Greek Foreign Minister Nikos Dimas told "
        "reporters it was wrong. The Foreign Ministry said it had sent a protest to Ankara. "
        "In Ankara, the Turkish Foreign Ministry rejected the protest."
    )
    assert speakers_of(text, "The Foreign Ministry") == ["Greek Foreign Ministry"]
    assert actor_of(text, "Turkish Foreign Ministry")[1] == "Turkey"


def test_a_bare_ministry_after_other_countries_but_no_minister_is_the_owned_one() -> None:
    text = (
        "South Africa deplored the blasts outside the embassies of the United States in "
        "Kenya. A statement by the Foreign Affairs Department described the attacks as "
        "senseless. No South Africans were hurt, the South African Foreign Affairs "
        "Department said."
    )
    assert speakers_of(text, "A statement") == ["South African Foreign Affairs Department"]


def test_a_bare_ministry_is_of_the_datelines_country() -> None:
    text = (
        "HANOI (AP) - Vietnam said it was angry with China. Vietnam's navy sailed. "
        "The Defence Ministry said it had protested."
    )
    assert speakers_of(text, "The Defence Ministry") == ["Vietnamese Defence Ministry"]


def test_a_bare_ministry_of_no_clue_stays_of_none() -> None:
    assert speakers_of("The Foreign Ministry said it had protested.", "The") == ["Foreign Ministry"]


def test_a_bare_ministry_after_its_owners_name_is_that_one() -> None:
    text = "Japan's Foreign Ministry summoned the envoy. The Foreign Ministry said it was angry."
    assert speakers_of(text, "The Foreign Ministry") == ["Foreign Ministry"]
    assert actor_of(text, "Foreign Ministry")[1] == "Japan"


# "Special Agent in Charge X", "FBI Assistant Director in Charge X": a title, no place.


def test_a_title_in_charge_is_no_place() -> None:
    text = "FBI Assistant Director in Charge Jim Dale said agents had traced the payments."
    assert actor_of(text, "Jim Dale") == (ActorKind.PERSON, "FBI", "assistant director in charge")
    assert speakers_of(text, "FBI") == ["Jim Dale"]
    assert not any(a.startswith("Charge") for a in actor_ids(text))


def test_an_inverted_cue_before_a_special_agent_in_charge() -> None:
    assert quote_speakers('"We found it," said Special Agent in Charge Ana Ruiz.') == ["Ana Ruiz"]


def test_in_charge_in_prose_is_left_alone() -> None:
    text = "Mara Holt, who was in charge of the unit, said it was over."
    assert speakers_of(text, "Mara") == ["Mara Holt"]


# "Assistant Attorney General for National Security X": the field's words are the title's.


def test_a_title_for_national_security_before_a_name() -> None:
    text = "Assistant Attorney General for National Security Jon Eisen said the case was big."
    assert speakers_of(text, "Assistant") == ["Jon Eisen"]
    assert actor_of(text, "Jon Eisen")[2] == "assistant attorney general"


# "The U.S. Attorney's Office for the Eastern District of New York said": one organisation.


def test_a_us_attorneys_office_for_a_district_speaks() -> None:
    text = (
        "The U.S. Attorney's Office for the Eastern District of New York said the chips "
        "were found in drones."
    )
    aid = "U.S. Attorney's Office for the Eastern District of New York"
    assert actor_of(text, aid)[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "The U.S.") == [aid]
    assert "New York" not in actor_ids(text)


def test_a_district_of_no_office_stays_a_place() -> None:
    assert "New York" in actor_ids("He moved to the Eastern District of New York in May.")


# "the Fed's Beige Book": a report, no person.


def test_a_book_is_no_actor() -> None:
    text = "The Fed's latest Beige Book found that hiring was flat. The Beige Book said so."
    assert "Beige Book" not in actor_ids(text)
    assert speakers_of(text, "The Beige Book") == []


# "X signaled that ...": a statement.


def test_signaled_is_a_cue() -> None:
    text = 'Fed Chair Jay Pollard signaled that a cut in December was "far from" certain.'
    assert speakers_of(text, "Fed") == ["Jay Pollard"]
    assert quote_speakers(text) == ["Jay Pollard"]


# "City Manager X" is a city manager ("the city manager said"); "City manager X" after a
# club named "... City" is the club's manager.


def test_a_city_manager_is_a_city_manager() -> None:
    text = (
        "The Springfield City Commission voted 3-2. City Manager Bryan Hoke said officers "
        "were stretched. The city manager said he would present a plan."
    )
    assert actor_of(text, "Bryan Hoke")[2] == "city manager"
    assert speakers_of(text, "The city manager") == ["Bryan Hoke"]
    assert "City" not in actor_ids(text)


def test_a_city_clubs_manager_is_no_city_manager() -> None:
    text = "Harbour City lost again. City manager Olle Brandt said the side had lost its edge."
    assert actor_of(text, "Olle Brandt")[2] == "manager"


# "Greek claims had no basis": a people's adjective before a plural noun is no speaker.


def test_a_peoples_adjective_before_claims_is_no_speaker() -> None:
    text = (
        'The ministry rejected the protest. It said the ship was "within our shelf" and '
        'that Greek claims had "no basis in law."'
    )
    assert "Greece" not in speakers_of(text, "It said")
    assert "Greece" not in quote_speakers(text)


def test_a_country_claims_still_speaks() -> None:
    assert speakers_of("Greece claims the island is its own.", "Greece") == ["Greece"]


def test_chinese_reports_are_no_statement_of_china() -> None:
    assert speakers_of("Chinese reports said the ship sank.", "Chinese") != ["China"]


# "beating top seed X ... The top seed said": the seeding before the name describes again.


def test_the_top_seed_is_the_player_so_described() -> None:
    text = (
        "Carla Ruiz won the final, beating top seed Jana Sillner in four sets. The top seed "
        "said she had struggled with her serve."
    )
    assert speakers_of(text, "The top seed") == ["Jana Sillner"]


def test_two_seeds_each_described() -> None:
    text = (
        "Top seed Ana Ruiz beat second seed Mia Lund. The top seed said it was hard. "
        "The second seed said nothing."
    )
    assert speakers_of(text, "The top seed") == ["Ana Ruiz"]
    assert speakers_of(text, "The second seed") == ["Mia Lund"]


def test_the_defending_champion_before_the_name() -> None:
    text = (
        "Defending champion Iga Sokol lost to Coco Gale. The defending champion said she was tired."
    )
    assert speakers_of(text, "The defending champion") == ["Iga Sokol"]


def test_the_world_number_one_is_the_one_player_named_before() -> None:
    text = 'Iga Sokol won in Paris. "It was hard," the world No. 1 said.'
    assert quote_speakers(text) == ["Iga Sokol"]


# "Union Local 140 President X", "UAW Local 900": a union's local; "The union said" is
# still the one union.


def test_a_union_local_is_no_second_union() -> None:
    text = (
        "The United Auto Workers union rejected the offer. Union Local 140 President Eric "
        "Welt said members were ready. UAW Local 900 said so. The union said talks would "
        "continue."
    )
    assert speakers_of(text, "The union") == ["United Auto Workers"]
    assert speakers_of(text, "UAW Local") == ["UAW Local 900"]
    assert "Union Local" not in actor_ids(text)


def test_a_lodge_after_a_union_keeps_its_subject_speaking() -> None:
    text = (
        "The Fraternal Order of Police Lodge 42, which represents city officers, said the "
        'vote would "put lives at risk."'
    )
    assert speakers_of(text, "The Fraternal") == ["Fraternal Order of Police"]
    assert quote_speakers(text) == ["Fraternal Order of Police"]


# "USTA" for "the U.S. Tennis Association": a dotted country's letters open the initials.


def test_initials_with_a_dotted_country() -> None:
    text = (
        'The U.S. Tennis Association said it regretted the delay. "We apologize," USTA '
        "Chief Executive Lew Sherr said."
    )
    assert "USTA" not in actor_ids(text)
    assert actor_of(text, "Lew Sherr")[1:] == ("U.S. Tennis Association", "chief executive")


# "According to the indictment, X used ... In one message, he wrote": X, the subject after
# the opening phrase, not the last speaker before.


def test_he_after_according_to_is_the_sentences_subject() -> None:
    text = (
        "Vadim Orlov was arrested on Monday. A Kremlin spokesman, Dmitry Peskov, told "
        "reporters he had no information. According to the indictment, Orlov used a code "
        'word for chips. In one message, he wrote, "The furniture must not be late."'
    )
    assert quote_speakers(text) == ["Vadim Orlov"]


# "a professor at the University of California, Berkeley": the campus is no person.


def test_a_universitys_campus_is_no_person() -> None:
    text = (
        '"They will strike," said Hal Shaiken, a labor professor at the University of '
        "California, Berkeley."
    )
    assert "Berkeley" not in actor_ids(text)
    assert actor_of(text, "Hal Shaiken")[1:] == ("University of California", "professor")


def test_a_country_after_a_university_stays() -> None:
    assert "Australia" in actor_ids("She studied at the University of Sydney, Australia.")


def test_counties_end_places_names() -> None:
    text = "The board of Clark, Greene and Madison Counties will hire eight counselors."
    persons = {a.id for a in run(text).actors if a.kind is ActorKind.PERSON}
    assert not {"Greene Counties", "Madison Counties"} & persons


# "the president said" where the others named president hold it in organisations: the
# country's president.


def test_the_president_is_the_countrys_among_organisations_presidents() -> None:
    text = (
        "Kansas City Fed President Jeff Schmid dissented. President Donald Trump, who has "
        'attacked the Fed, said the cut was late. "We should be at 1%," the president told '
        "reporters."
    )
    assert quote_speakers(text) == ["Donald Trump"]


def test_the_president_among_two_countries_presidents_stays_unknown() -> None:
    text = (
        "President Donald Trump met President Xi Jinping. Fed President Ann Lee spoke. "
        "The president said talks would go on."
    )
    assert speakers_of(text, "The president") != ["Donald Trump"]


# "Kansas City Fed President X": a city named by a state's name and "City".


def test_kansas_city_is_one_place() -> None:
    # (session 16: "Kansas City Fed" is then that Reserve Bank, of the Federal Reserve)
    ids = actor_ids("Kansas City Fed President Jeff Schmid dissented.")
    assert "Federal Reserve Bank of Kansas City" in ids
    assert "Kansas" not in ids
    assert "Kansas City" in actor_ids("The storm hit Kansas City on Monday.")


# "the vessel, the Oruc Reis,", "builds the Jeep Wagoneer": a name after "the" is no person.


def test_a_name_after_the_is_no_person() -> None:
    text = "The vessel, the Oruc Reis, was surveying. The Oruc Reis will stay until May."
    assert "Oruc Reis" not in actor_ids(text)
    assert "Jeep Wagoneer" not in actor_ids("The plant builds the Jeep Wagoneer, workers said.")


def test_a_name_after_the_with_its_letters_is_an_organisation() -> None:
    text = "The Rashtriya Janata Dal (RJD) won 71 seats. The RJD said it would sit in opposition."
    assert actor_of(text, "Rashtriya Janata Dal")[0] is ActorKind.ORGANISATION


# "The union said ... Its secretary-treasurer, X,": the organisation the sentence before
# opens with, though named by a description only ("the union").


def test_its_title_after_a_description_is_that_organisations() -> None:
    text = (
        "The United Auto Workers union rejected the offer. Stellantis said it was fair. "
        "Ford said nothing. President Donald Trump wrote that the union should thank him. "
        "The union said bargaining would continue. Its secretary-treasurer, Margaret Mock, "
        "said the fund was full."
    )
    assert actor_of(text, "Margaret Mock")[1:] == ("United Auto Workers", "secretary-treasurer")


# "the royal household said": a group speaks (no speaker before); "the Fields Medal" no
# person.


def test_the_royal_household_speaks() -> None:
    text = "King Felipe VI also sent a message, the royal household said."
    assert speakers_of(text, "King") == ["the royal household"]
    assert actor_of(text, "the royal household")[0] is ActorKind.GROUP


def test_a_medal_is_no_actor() -> None:
    assert actor_ids("She won the Fields Medal in 2014.") == set()


def test_a_persons_name_modifying_a_matter_after_the_stays_a_person() -> None:
    text = "Both sides of the Elian Gonzalez custody battle traded accusations."
    assert actor_of(text, "Elian Gonzalez")[0] is ActorKind.PERSON


def test_a_locals_officer_is_the_locals() -> None:
    text = "The union voted. UAW Local 900 Chairman Bo Lind said members were ready."
    assert actor_of(text, "Bo Lind")[1:] == ("UAW Local 900", "chairman")


# "aboard Air Force One": the president's aircraft, no organisation "Air Force".


def test_air_force_one_is_no_organisation() -> None:
    text = "The cut was late, the president told reporters aboard Air Force One."
    assert "Air Force" not in actor_ids(text)
