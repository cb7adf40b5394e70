"""QA round 11 on actors (tests/fixtures/actors_unseen11/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, run, speakers_of

from explorer.model import ActorKind

# "Cardinal", "Bishop" and "Sister" opening a run of plain names are titles, not names;
# after a given name ("Julie Bishop") or before a company's word they stay names.


def test_a_cardinal_is_a_title_before_a_name() -> None:
    text = (
        "Cardinal Anselm Otieno of Mombasa said the vote was fair. Otieno added that it was final."
    )
    assert "Anselm Otieno" in actor_ids(text)
    assert actor_of(text, "Anselm Otieno")[2] == "cardinal"
    assert speakers_of(text, "Otieno added") == ["Anselm Otieno"]


def test_a_bishop_and_a_sister_are_titles_before_names() -> None:
    text = (
        "Bishop Lukas Brandauer said the document was a start. Sister Grace Adeyemi said "
        "women had been heard."
    )
    assert actor_of(text, "Lukas Brandauer") == (ActorKind.PERSON, None, "bishop")
    assert actor_of(text, "Grace Adeyemi")[2] == "sister"
    assert speakers_of(text, "Sister Grace") == ["Grace Adeyemi"]


def test_an_apposed_job_beats_a_church_title() -> None:
    text = "Cardinal Tomasz Berg, the Vatican's secretary of state, said the pope was well."
    assert actor_of(text, "Tomasz Berg")[1:] == ("Vatican City", "secretary of state")


def test_bishop_after_a_given_name_stays_a_surname() -> None:
    text = (
        "Helen Bishop, a spokeswoman for the network, said victims were ignored. "
        '"It is sad," Bishop said.'
    )
    assert actor_of(text, "Helen Bishop")[2] == "spokeswoman"
    assert speakers_of(text, '"It is sad,"') == ["Helen Bishop"]


# A listed organisation's letters ("RSF": Reporters Without Borders; "MSF": Doctors Without
# Borders) that are the initials of an organisation the text names itself, unbracketed, are
# that organisation's, when the listed one goes by no other name in the text.


def test_letters_of_the_texts_own_organisation_beat_a_listed_one() -> None:
    text = (
        "Fighters of the Rapid Support Forces shelled a market in Babanusa on Friday. The RSF "
        "said it had targeted soldiers. Its field commander, Idris Kambal, denied the claim."
    )
    ids = actor_ids(text)
    assert "Reporters Without Borders" not in ids
    assert speakers_of(text, "The RSF said") == ["Rapid Support Forces"]
    assert actor_of(text, "Idris Kambal")[1] == "Rapid Support Forces"


def test_another_listed_pair_of_letters_goes_to_the_texts_movement() -> None:
    text = (
        "The Movement for Social Freedom won four seats in Tuesday's vote. MSF leaders said "
        "the count was fair, and the MSF would join the coalition."
    )
    ids = actor_ids(text)
    assert "Doctors Without Borders" not in ids
    assert "Movement for Social Freedom" in ids


def test_the_listed_organisation_named_in_full_keeps_its_letters() -> None:
    text = (
        "Reporters Without Borders said two journalists were held in Juba. The Regional "
        "Safety Forum met in Nairobi on Monday. RSF urged the journalists' release."
    )
    assert speakers_of(text, "RSF urged") == ["Reporters Without Borders"]


# The first of two surnames alone ("Galindo") is the person whose full name holds it, also
# where the text writes both surnames alone too ("Galindo Urrutia").


def test_the_first_surname_alone_is_the_person_also_written_by_both_surnames() -> None:
    text = (
        'Governor Renata Solís Echeverría won the vote on Sunday. "It is a new start," '
        "Solís told supporters. Solís Echeverría takes office in May."
    )
    ids = actor_ids(text)
    assert "Solís" not in ids
    assert speakers_of(text, '"It is a new start,"') == ["Renata Solís Echeverría"]


def test_the_first_surname_of_two_people_stays_apart() -> None:
    text = (
        "Renata Solís Echeverría and Marta Solís Echeverría won seats. Solís Echeverría "
        "said she was pleased. Solís said the count was fair."
    )
    assert speakers_of(text, "Solís said") not in (
        ["Renata Solís Echeverría"],
        ["Marta Solís Echeverría"],
    )


# "The Law Society of Kenya's president, X,": the owner is the organisation whose name the
# possessive ends, not the country ending that name.


def test_an_organisation_ending_in_a_country_owns_the_apposed_title() -> None:
    text = "The Law Society of Kenya's president, Tom Oduya, said the ruling was wrong."
    assert actor_of(text, "Tom Oduya")[1:] == ("Law Society of Kenya", "president")


def test_a_council_named_for_a_country_employs_its_chief_executive() -> None:
    text = (
        "Miners were pleased. The Minerals Council of South Africa's chief executive, "
        "Ana Pillay, said the tax was fair."
    )
    assert actor_of(text, "Ana Pillay")[1] == "Minerals Council of South Africa"
    assert actor_of("Kenya's president, Tom Oduya, said the vote was fair.", "Tom Oduya")[1] == (
        "Kenya"
    )


# "St." opens a place's name; a saint's possessive is the name's ("St. Peter's Basilica").


def test_st_dot_opens_a_place_name() -> None:
    text = "The mayor of Dunmore spoke in St. Louis on Monday."
    ids = actor_ids(text)
    assert "St. Louis" in ids
    assert "St" not in ids


def test_a_saints_possessive_name_is_one_place_and_no_apposition() -> None:
    text = (
        "Pope Leo XV said the church must listen. In St. Anselm's Basilica, the pope said "
        '"the doors stay open."'
    )
    ids = actor_ids(text)
    assert "St. Anselm's Basilica" in ids
    assert "Basilica" not in ids
    assert speakers_of(text, "In St. Anselm") == ["Leo XV"]


def test_a_saints_hospital_is_an_organisation() -> None:
    text = "At St. Bride's Hospital, doctors said the patient was stable."
    assert actor_of(text, "St. Bride's Hospital")[0] is ActorKind.ORGANISATION


# "the pope" is the pope named before it, even where another pope is named only later.


def test_the_title_alone_is_its_holder_named_before_a_later_rival() -> None:
    text = (
        "Pope Leo XV closed the synod on Saturday. In his homily, the pope said the church "
        "must listen. He was elected after the death of Pope Pius XIII."
    )
    assert speakers_of(text, "In his homily") == ["Leo XV"]


def test_the_title_alone_after_two_holders_stays_nobodys() -> None:
    text = (
        "President Ana Ruiz met President Tom Berg in Lima. The president said the talks went well."
    )
    assert speakers_of(text, "The president said") not in (["Ana Ruiz"], ["Tom Berg"])


# A sport's name with a country's ("Athletics Jamaica", "USA Gymnastics") is the sport's
# national body, not the country: its president is no head of state.


def test_a_sport_before_a_country_is_its_national_body() -> None:
    text = "Rowing Kenya president Paul Otieno said the crew would appeal."
    assert actor_of(text, "Paul Otieno")[1:] == ("Rowing Kenya", "president")
    assert actor_of(text, "Rowing Kenya")[0] is ActorKind.ORGANISATION


def test_a_sport_after_a_country_is_its_national_body_too() -> None:
    text = "USA Fencing said it would review the result."
    assert speakers_of(text, "USA Fencing said") == ["USA Fencing"]


# "An X spokesperson said the company ...": the company is X, not another company named
# before.


def test_the_company_after_its_spokesperson_is_theirs() -> None:
    text = (
        "Shares of Ridley Motors Inc fell on Tuesday. A Samsung spokeswoman said the company "
        "was monitoring the situation."
    )
    r = run(text)
    assert [m.actor_id for m in r.mentions if m.text == "the company"] == ["Samsung Electronics"]


# A compass word before a listed place is one region ("North Darfur"), not a place "North";
# a listed name stays itself ("South Africa").


def test_a_compass_word_before_a_listed_place_is_one_region() -> None:
    text = "A drone struck a convoy in West Darfur on Monday, officials in South Africa said."
    ids = actor_ids(text)
    assert "West Darfur" in ids
    assert not {"West", "South"} & ids
    assert actor_of(text, "South Africa")[0] is ActorKind.COUNTRY


# "Opposition Leader X" is the opposition leader, and "the opposition leader said" him.


def test_opposition_leader_is_one_title() -> None:
    text = (
        "Opposition Leader Carla Denholm spoke in Perth on Monday. The opposition leader said "
        "the rebates were too small."
    )
    assert actor_of(text, "Carla Denholm")[2] == "opposition leader"
    assert speakers_of(text, "The opposition leader said") == ["Carla Denholm"]
