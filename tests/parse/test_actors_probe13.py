"""Session 13's probes of unseen stories: what a reader noticed, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actors_by_id, run


def test_its_title_after_an_unnamed_body_is_not_a_later_organisations() -> None:
    # The subject of the sentence before is a government described by no name: its
    # foreign minister is not the militia's named at the sentence's end.
    text = (
        "The paramilitary Rapid Support Forces (RSF) agreed to talks.\n\n"
        "The army-aligned government in Port Sudan welcomed the talks but said any deal "
        "must include the withdrawal of RSF fighters from homes. Its foreign minister, "
        "Ali Youssef, told reporters the army would not accept it."
    )
    assert actors_by_id(run(text))["Ali Youssef"].affiliation != "Rapid Support Forces"


def test_its_title_still_follows_an_organisation_described_at_the_sentence_end() -> None:
    text = (
        "The case was triggered by a complaint from Cloudwatch, a Brussels-based trade "
        "group of cloud providers. Its secretary general, Elena Ricci, called the decision "
        "overdue."
    )
    assert actors_by_id(run(text))["Elena Ricci"].affiliation == "Cloudwatch"


def test_its_title_follows_a_named_subject_after_a_description() -> None:
    text = (
        "The state-run oil company Petrobras said it would cut output. Its chief executive, "
        "Ana Lima, told reporters it was needed."
    )
    assert actors_by_id(run(text))["Ana Lima"].affiliation == "Petrobras"


def test_names_listed_with_companies_are_companies() -> None:
    text = "Microsoft, Alphabet, Amazon and Meta Platforms have said they plan to spend more."
    assert "Amazon" in actor_ids(text)
    assert (
        actors_by_id(run("Demand from cloud firms such as Microsoft and Amazon grew."))[
            "Amazon"
        ].kind.value
        == "organisation"
    )


def test_a_listed_name_opened_by_al_in_lower_case() -> None:
    text = "Jihadist groups linked to al Qaeda and Islamic State have seized towns."
    assert {"al-Qaeda", "Islamic State"} <= actor_ids(text)
    assert "Qaeda" not in actor_ids(text)


def test_list_items_that_modify_people_or_end_a_longer_name_stay_unknown() -> None:
    assert "Republican" not in actor_ids("White House and Republican sources said it was done.")
    text = "Big names such as Apple Computer, MCI and Microsoft rose."
    assert "Computer" not in actor_ids(text)


def test_company_officer_of_an_unknown_name_is_that_companys() -> None:
    text = (
        "Microsoft shares rose. Ben Bajarin, chief executive of Creative Strategies, said "
        "the results were strong."
    )
    actors = actors_by_id(run(text))
    assert actors["Ben Bajarin"].affiliation == "Creative Strategies"
    assert actors["Creative Strategies"].kind.value == "organisation"


def test_founder_of_a_name_that_goes_on_makes_no_cut_organisation() -> None:
    text = "Jose Basulto, founder of Brothers to the Rescue, said it would fly."
    assert "Brothers" not in actor_ids(text)


def test_a_name_ending_in_a_things_abbreviation_is_no_person() -> None:
    text = (
        '"Demand for Blackwell is amazing," Huang said. "We ramped up production of '
        'Blackwell AI supercomputers."'
    )
    assert "Blackwell AI" not in actor_ids(text)


def test_an_organisation_described_again_by_its_adjective() -> None:
    text = (
        "The paramilitary Rapid Support Forces (RSF) agreed to talks. The paramilitary "
        "group, which has besieged the city since May, denied on Wednesday that it had "
        "shelled a camp."
    )
    r = run(text)
    assert [a.speaker_id for a in r.attributions if a.sentence_index == 1] == [
        "Rapid Support Forces"
    ]


def test_an_adjective_two_organisations_share_describes_neither() -> None:
    text = (
        "The militant Kestrel Front and the militant Ardent Brigade both claimed the "
        "attack. The militant group said it would strike again."
    )
    r = run(text)
    said = {a.speaker_id for a in r.attributions if a.sentence_index == 1}
    assert said.isdisjoint({"Kestrel Front", "Ardent Brigade"})


def test_a_title_apposed_before_a_titled_name_gives_its_owner_and_no_group() -> None:
    text = (
        "Japan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said "
        "Tokyo had conveyed its concerns."
    )
    actors = actors_by_id(run(text))
    assert actors["Yoshimasa Hayashi"].affiliation == "Japan"
    assert not [a for a in actors.values() if a.kind.value == "group"]
    text = (
        "The chairperson of the Malawi Electoral Commission, Justice Grace Mhango, announced "
        "the final tally."
    )
    assert actors_by_id(run(text))["Grace Mhango"].affiliation == "Malawi Electoral Commission"


def test_entertainment_ends_a_companys_name() -> None:
    text = "Shares of Kestrel Entertainment fell 4% after Kestrel cut its forecast."
    assert actors_by_id(run(text))["Kestrel Entertainment"].kind.value == "organisation"


def test_a_listed_companys_last_word_alone_is_that_company() -> None:
    text = (
        "The FDA approved Eli Lilly's Alzheimer's drug on Tuesday. Lilly said the drug "
        "would cost $32,000 a year. Lilly shares rose 1.2%."
    )
    r = run(text)
    actors = actors_by_id(r)
    assert actors["Eli Lilly"].kind.value == "organisation"
    assert "Lilly" not in actors
    assert [a.speaker_id for a in r.attributions if a.sentence_index == 1] == ["Eli Lilly"]


def test_a_first_name_a_company_ends_in_stays_a_persons() -> None:
    actors = actors_by_id(run("Lilly Allen, the singer, said she would tour."))
    assert actors["Lilly Allen"].kind.value == "person"


def test_the_president_of_an_unknown_name_heads_a_body() -> None:
    text = '"This is real progress," said Anne White, president of Lilly Neuroscience.'
    actors = actors_by_id(run(text))
    assert actors["Anne White"].affiliation == "Lilly Neuroscience"
    assert actors["Lilly Neuroscience"].kind.value == "organisation"


def test_a_listed_partys_members_plural_is_the_party() -> None:
    text = (
        "Friedrich Merz formed a coalition with the Social Democrats. SPD co-leader Lars "
        "Klingbeil said the coalition could act."
    )
    ids = actor_ids(text)
    assert "Social Democrats" not in ids
    assert actors_by_id(run(text))["Lars Klingbeil"].affiliation in ids


def test_a_verbs_participle_before_a_place_is_no_part_of_its_mention() -> None:
    text = "The group, which has besieged El Fasher since May, denied shelling the camp."
    (m,) = [m for m in run(text).mentions if m.actor_id == "El Fasher"]
    assert m.text == "El Fasher"
    text = "Syrians in besieged Aleppo are short of food."
    (m,) = [m for m in run(text).mentions if m.actor_id == "Aleppo"]
    assert m.text == "besieged Aleppo"


def test_he_said_after_a_person_opening_a_sentence_after_a_place_phrase() -> None:
    text = (
        'Fatima Hamdan stood in her kitchen. "We didn\'t wait," her son, Ali, 19, said.\n\n'
        "In the old market, shopkeeper Hassan Fakih was sweeping glass from the floor of "
        "his bakery. He said he had reopened on Saturday."
    )
    r = run(text)
    assert [a.speaker_id for a in r.attributions if a.sentence_index == 3] == ["Hassan Fakih"]


def test_a_wife_of_many_years_apposed_is_a_relative_not_the_surnames_holder() -> None:
    text = (
        "Ivo Tarrow, the conductor, died on Monday. His wife of 61 years, the soprano Greta "
        "Tarrow, died in 2016. In an interview in 2011, Tarrow was asked whether he would "
        'stop. "When the music stops," he said.'
    )
    r = run(text)
    assert {q.speaker_id for q in r.quotes} == {"Ivo Tarrow"}


def test_another_officials_apposed_name_is_the_organisations() -> None:
    text = (
        "Hamas official Basem Naim said the group had not received the text. Another Hamas "
        "official, Sami Abu Zuhri, called the remarks premature."
    )
    assert actors_by_id(run(text))["Sami Abu Zuhri"].affiliation == "Hamas"


def test_an_institution_named_after_a_country_is_no_states_body() -> None:
    text = (
        "Doctors at the Saudi Hospital in El Fasher said they were overwhelmed. Students at "
        "the American University of Beirut protested. The Chinese Embassy said it was "
        "concerned. Staff at the University of Zambia went on strike."
    )
    actors = actors_by_id(run(text))
    assert actors["Saudi Hospital"].affiliation is None
    assert actors["American University of Beirut"].affiliation is None
    assert actors["Chinese Embassy"].affiliation == "China"
    assert actors["University of Zambia"].affiliation == "Zambia"


def test_a_vice_chairman_after_the_companys_name() -> None:
    text = (
        '"This is a historic day," Nippon Steel Vice Chairman Takahiro Mori said. "Nippon '
        'has made promises before," the union said.'
    )
    actors = actors_by_id(run(text))
    assert actors["Takahiro Mori"].role == "vice chairman"
    assert actors["Takahiro Mori"].affiliation == "Nippon Steel"
    assert "Nippon Steel Vice" not in actors


def test_he_said_after_the_subject_of_a_second_clause() -> None:
    text = (
        "Biden had blocked the deal on Jan. 3, days before leaving office. Nippon Steel and "
        "U.S. Steel sued, and Trump ordered a new review in April. Two months later, he said "
        "he would allow the deal."
    )
    r = run(text)
    assert [a.speaker_id for a in r.attributions if a.sentence_index == 2] == ["Donald Trump"]


def test_a_datelines_credit_is_no_company_the_company_means() -> None:
    text = (
        "SpaceX Starship explodes again\n\n"
        "BOCA CHICA, Texas, March 7 (Reuters) - SpaceX's Starship rocket exploded minutes "
        "after launching on Thursday, forcing the Federal Aviation Administration to halt "
        "flights.\n\nThe company said the upper stage lost several engines."
    )
    r = run(text)
    assert [a.speaker_id for a in r.attributions] == ["SpaceX"]


def test_a_country_ending_in_s_owns_its_ministry_by_an_apostrophe() -> None:
    for text, ministry in (
        ("The Philippines' foreign ministry said the ship was rammed.", "Philippine"),
        ("The Netherlands' health ministry said cases rose.", "Dutch"),
    ):
        said = [a.speaker_id for a in run(text).attributions]
        assert len(said) == 1 and said[0].startswith(ministry)
