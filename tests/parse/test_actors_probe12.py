"""Findings of session 12's probes, on invented sentences."""

from __future__ import annotations

from speaker_checks import actors_by_id, run


def test_a_firm_named_with_an_ampersand_is_one_organisation() -> None:
    """ "Procter & Gamble said": the firm speaks, not a person "Gamble"; a law firm of
    several partners keeps every name ("Halloran Pike Vesey & Dunmore", not a person
    "Halloran Pike Vesey"); a possessive and the words before the firm are no part of it."""
    r = run(
        "Procter & Gamble said on Tuesday that sales rose. The suit was brought by "
        "Halloran Pike Vesey & Dunmore, which said the ruling was wrong. On Monday "
        "Marks & Spencer's shares fell."
    )
    found = actors_by_id(r)
    for firm in ("Procter & Gamble", "Halloran Pike Vesey & Dunmore", "Marks & Spencer"):
        assert found[firm].kind.value == "organisation", firm
    assert not {"Gamble", "Halloran Pike Vesey", "Dunmore", "Spencer", "Monday Marks"} & set(found)
    assert [a.speaker_id for a in r.attributions] == [
        "Procter & Gamble",
        "Halloran Pike Vesey & Dunmore",
    ]


def test_an_ampersand_between_places_is_no_firm() -> None:
    """ "Trinidad & Tobago" is the country; "Russia & China" two countries."""
    found = actors_by_id(run("Trinidad & Tobago won the vote. Russia & China vetoed it."))
    assert found["Trinidad and Tobago"].kind.value == "country"
    assert {"Russia", "China"} <= set(found)
    assert "Russia & China" not in found


def test_a_titled_person_after_a_firm_works_for_it() -> None:
    """ "Procter & Gamble Chief Executive X": the firm is X's employer, whole (not
    "Gamble", the words after the ampersand)."""
    found = actors_by_id(
        run(
            "Procter & Gamble Chief Executive Dana Whitlow said sales rose. Marks & "
            "Spencer's chairman Oliver Brandt said the shops would stay open."
        )
    )
    assert (found["Dana Whitlow"].role, found["Dana Whitlow"].affiliation) == (
        "chief executive",
        "Procter & Gamble",
    )
    assert found["Oliver Brandt"].affiliation == "Marks & Spencer"


def test_a_church_title_before_a_common_first_name() -> None:
    """ "Cardinal Paul Odera of Kisumu": "Paul" opens a listed name (a president's), yet
    the cardinal is "Paul Odera", role cardinal, and Kisumu his see (a place), not his
    employer or a word of his name."""
    r = run("Cardinal Paul Odera of Kisumu said the church would help. Odera added more.")
    found = actors_by_id(r)
    assert "Cardinal Paul Odera" not in found
    assert found["Paul Odera"].role == "cardinal"
    assert found["Paul Odera"].affiliation is None
    assert found["Kisumu"].kind.value == "place"
    assert [a.speaker_id for a in r.attributions] == ["Paul Odera", "Paul Odera"]


def test_a_rank_before_a_countrys_official_keeps_the_country() -> None:
    """ "A senior U.S. official said": a U.S. official (affiliation United States), as "a
    Saudi official" is; "the official" later is the same one. A rank in a description
    ("the first senior Israeli official to ...") owns nothing."""
    r = run(
        "A senior U.S. official, speaking on condition of anonymity, said no deal was near. "
        "The official said talks would resume. Top EU diplomats said they were ready. "
        "He was the first senior Israeli official to visit."
    )
    found = actors_by_id(r)
    official = found["a senior U.S. official"]
    assert (official.kind.value, official.affiliation) == ("group", "United States")
    assert found["top EU diplomats"].affiliation == "European Union"
    assert [a.speaker_id for a in r.attributions] == [
        "a senior U.S. official",
        "a senior U.S. official",
        "top EU diplomats",
    ]
    assert "a senior Israeli official" not in found


def test_an_organisations_chief_is_its_head_named_before() -> None:
    """ "The UN chief said" after "UN Secretary-General X": X speaks; "the Cuban leader"
    after "Cuban President Y" is Y. Two heads of it: no guess."""
    r = run(
        "UN Secretary-General Marta Lindqvist urged delegates to agree. The UN chief said "
        "the world was off track. Cuban President Rafael Mora spoke next. The Cuban leader "
        "said the island was ready."
    )
    assert [a.speaker_id for a in r.attributions] == [
        "Marta Lindqvist",
        "Marta Lindqvist",
        "Rafael Mora",
    ]
    two = run(
        "WHO Director-General Ana Pereira and WHO President Tomas Berg met. The WHO chief "
        "said it was bad."
    )
    assert two.attributions[-1].speaker_id not in ("Ana Pereira", "Tomas Berg")


def test_an_apposed_title_does_not_reach_into_the_sentence_before() -> None:
    """ "..., an analyst at Bernstein. Another analyst, Rob Dale of Jefferies, said": Dale
    is Jefferies', not Bernstein's (the title's place words stop at a sentence's end)."""
    r = run(
        '"They are paying up," said Ann Hale, an analyst at Bernstein. Another analyst, '
        "Rob Dale of Jefferies, said a review could take a year."
    )
    found = actors_by_id(r)
    assert found["Ann Hale"].affiliation == "Bernstein"
    assert found["Rob Dale"].affiliation == "Jefferies"


def test_a_firms_company_word_and_a_sentence_end() -> None:
    """ "Crisp & Co." and a headline's "Crisp & Co" are one firm; "Goldman Sachs & Co." is
    Goldman Sachs; "advised by Sullivan & Cromwell." ends at the name, not the full stop;
    a known name holding an ampersand stays whole ("Wachtell, Lipton, Rosen & Katz")."""
    r = run(
        "Harbor buys Crisp & Co\n\nHarbor Foods said it would buy Crisp & Co. for $9 "
        "billion. Goldman Sachs & Co. and Wachtell, Lipton, Rosen & Katz advised Harbor. "
        "Crisp was advised by Sullivan & Cromwell."
    )
    found = actors_by_id(r)
    assert "Crisp & Co." not in found
    assert "Crisp & Co" in found
    assert "Goldman Sachs & Co" not in found and "Goldman Sachs" in found
    assert "Rosen & Katz" not in found
    assert [m.text for m in r.mentions if m.actor_id == "Sullivan & Cromwell"] == [
        "Sullivan & Cromwell"
    ]


def test_a_caucus_is_an_organisation() -> None:
    """ "The House Freedom Caucus said" is a group of lawmakers speaking as one body, not a
    person."""
    r = run("The House Freedom Caucus said in a statement that it would oppose the bill.")
    found = actors_by_id(r)
    assert found["House Freedom Caucus"].kind.value == "organisation"
    assert [a.speaker_id for a in r.attributions] == ["House Freedom Caucus"]


def test_a_group_noun_after_in_without_an_article_is_a_state() -> None:
    """ "all Democrats voted in opposition" names no group "opposition"; "the opposition
    said" still speaks."""
    r = run("Three Republicans joined all Democrats in opposition. The opposition said no.")
    found = actors_by_id(r)
    assert "opposition" not in found
    assert [a.speaker_id for a in r.attributions] == ["the opposition"]


def test_they_after_two_actors_is_both() -> None:
    """ "Russia and China vetoed it. They said ..." is both speaking; so is "They also said"
    after a joint statement. "They" after a subject of one actor stays unresolved."""
    r = run(
        "Russia and China vetoed the resolution on Friday. They said it was biased.\n\n"
        "Britain, France and Germany said they would act. They also said the vote was unfair."
        "\n\nPolice arrested two men on Monday. They said more arrests were likely."
    )
    by_sentence: dict[int, list[str]] = {}
    for a in r.attributions:
        by_sentence.setdefault(a.sentence_index, []).append(a.speaker_id)
    assert by_sentence[1] == ["Russia", "China"]
    assert by_sentence[3] == ["United Kingdom", "France", "Germany"]
    assert 5 not in by_sentence  # (the men or the police: no guess)


def test_a_headline_opener_is_no_word_of_the_name() -> None:
    """ "Late Saka goal sends Arsenal top": the headline's "Late" joins Bukayo Saka's
    surname, but the mention is "Saka" and "Late Saka" no alias of his."""
    r = run(
        "Late Sako goal sends Arsenal top\n\nBukayo Sako scored in the 89th minute on "
        "Saturday. Sako said the fans had pushed the team."
    )
    found = actors_by_id(r)
    assert "Late Sako" not in found["Bukayo Sako"].aliases
    assert [m.text for m in r.mentions if m.actor_id == "Bukayo Sako"] == [
        "Sako",
        "Bukayo Sako",
        "Sako",
    ]


def test_a_ministry_of_no_owner_is_its_sentences_country() -> None:
    """ "Kenya has recorded 30 cases, the health ministry said": Kenya's health ministry
    speaks (no speaker before), the same one as "Kenya's health ministry" later."""
    r = run(
        "Kenya has recorded 30 cases, the health ministry said on Thursday. Kenya's health "
        "ministry said more cases were likely."
    )
    ministry = actors_by_id(r)["Kenyan Health Ministry"]
    assert (ministry.kind.value, ministry.affiliation) == ("organisation", "Kenya")
    assert [a.speaker_id for a in r.attributions] == ["Kenyan Health Ministry"] * 2
    none = run("Rain fell, the health ministry said.")
    assert not none.attributions


def test_that_before_a_plural_is_no_determiner() -> None:
    """ "told the court that residents were left without food": the group is "residents",
    not "that residents"; "That official said" keeps its determiner."""
    r = run("The prosecutor told the court that residents were left without food.")
    assert [m.text for m in r.mentions if m.actor_id == "residents"] == ["residents"]


def test_a_demonym_for_the_person_is_a_mention_of_the_person() -> None:
    """ "“We reacted well,” the Spaniard said" after Arteta: Arteta speaks, and "Spaniard"
    is a mention of him, not of Spain (no Spain among the actors)."""
    r = run(
        'Arsenal beat Newcastle on Saturday. Arteta praised his side. "We reacted well," '
        "the Spaniard said."
    )
    found = actors_by_id(r)
    assert "Spain" not in found
    assert [m.text for m in r.mentions if m.actor_id == "Arteta"] == ["Arteta", "Spaniard"]


def test_continents_regions_are_places_not_countries() -> None:
    """ "sold in North America and South America" names no United States (the word
    "America" in them) and no place "North"; "Southeast Asia" and "Eastern Europe" are
    places whole."""
    r = run(
        "It will raise prices on models sold in North America and South America. Sales "
        "in Southeast Asia and Eastern Europe rose."
    )
    found = actors_by_id(r)
    assert "United States" not in found and "North" not in found
    for place in ("North America", "South America", "Southeast Asia", "Eastern Europe"):
        assert found[place].kind.value == "place", place


def test_a_body_in_apposition_makes_an_organisation() -> None:
    """ "COGAT, the Israeli military body that oversees aid, said": an organisation, which
    "It said" goes on with, not a person named COGAT."""
    r = run(
        "COGAT, the Israeli military body that oversees aid to Gaza, said it had let 600 "
        "trucks in. It said Hamas was diverting aid."
    )
    assert actors_by_id(r)["COGAT"].kind.value == "organisation"
    assert [a.speaker_id for a in r.attributions] == ["COGAT", "COGAT"]


def test_she_said_is_not_kept_from_the_one_person_by_a_collective() -> None:
    """A collective that spoke just before ("a charge the group denies") is no "she": the
    one person named in the paragraphs before speaks ("Back at the oven, Haddad shapes
    the last loaf. “Tomorrow,” she said")."""
    r = run(
        "Samira Haddad bakes bread for her street. Officials said Hamas was diverting aid, "
        "a charge the group denies.\n\nBack at the oven, Haddad shapes the last loaf. "
        '"Tomorrow, God willing," she said, "there will be more."'
    )
    assert [q.speaker_id for q in r.quotes] == ["Samira Haddad", "Samira Haddad"]


def test_a_name_apposed_to_a_relative_is_a_person() -> None:
    """ "Her husband, Yousef, was killed": Yousef is a person, though named by one word
    only; "said his daughter, Rosa," speaks. A business "partner" is no relative."""
    r = run(
        'Her husband, Yousef, was killed in an airstrike. "He must go to work," said his '
        "daughter, Rosa. His partner, Deloitte, agreed."
    )
    found = actors_by_id(r)
    assert found["Yousef"].kind.value == "person"
    assert [a.speaker_id for a in r.attributions] == ["Rosa"]
    assert "Deloitte" not in found or found["Deloitte"].kind.value != "person"


def test_a_shared_surname_is_not_the_relative_named_as_one() -> None:
    """An obituary: "Her daughter, Ingrid Olsson, said ..." then "Olsson studied ..." is
    the architect, not the daughter; where the text calls one by first name ("Elian"),
    the surname alone is the other ("his father, Juan Gonzalez ... Gonzalez said")."""
    r = run(
        "Marguerite Olsson, the architect, has died. Her daughter, Ingrid Olsson, said her "
        "mother died on Tuesday. Born in 1934, Olsson studied in Stockholm."
    )
    olsson = [m.actor_id for m in r.mentions if m.text == "Olsson"]
    assert olsson == ["Marguerite Olsson"]
    boy = run(
        "Elian Gonzalez, 6, was rescued at sea. His father, Juan Gonzalez, flew in. Elian "
        "stayed in Miami. Gonzalez said he wanted his son back."
    )
    assert [a.speaker_id for a in boy.attributions] == ["Juan Gonzalez"]


def test_a_press_office_speaks_for_its_owner() -> None:
    """ "The Vatican's press office said", "The White House press office said", "The
    Kremlin's press service said": the owner's statement (there was no speaker)."""
    r = run(
        "Pope Leo met the delegation. The Vatican's press office said the talks were "
        "cordial. The White House press office said no. The Kremlin's press service said "
        "it would reply."
    )
    assert [a.speaker_id for a in r.attributions] == ["Vatican City", "White House", "Kremlin"]


def test_a_travelling_minister_is_not_the_hosts() -> None:
    """ "Foreign Minister X told reporters in Moscow" names no Russian minister (foreign,
    trade and prime ministers speak abroad); "Health Minister Y told a news conference in
    Kinshasa" is DR Congo's."""
    found = actors_by_id(
        run(
            "Foreign Minister Hakan Ostberg told reporters in Moscow that ties were strong. "
            "Health Minister Roger Kamba told a news conference in Kinshasa it was bad."
        )
    )
    assert found["Hakan Ostberg"].affiliation is None
    assert found["Roger Kamba"].affiliation == "Democratic Republic of the Congo"


def test_an_owned_plural_apposed_to_names_describes_them() -> None:
    """ "the U.S. and Russia, the ceasefire's brokers," describes the two countries: no
    group "brokers"; "Qatar and Egypt, the talks' mediators, said" is both speaking. Not
    apposed, "the deal's brokers would meet" stays a group."""
    r = run(
        "A row broke out between the U.S. and Russia, the ceasefire's brokers, on Saturday. "
        "Qatar and Egypt, the talks' mediators, said no. Officials said the deal's brokers "
        "would meet."
    )
    found = actors_by_id(r)
    assert "mediators" not in found
    assert [m.text for m in r.mentions if m.actor_id == "brokers"] == ["brokers"]
    assert [a.speaker_id for a in r.attributions][:2] == ["Qatar", "Egypt"]


def test_a_city_before_a_states_based_is_a_place() -> None:
    """ "the Menlo Park, California-based company" names a city, not a person "Menlo Park";
    a name the text uses again ("Norwood, Mass.-based ... Norwood said") is left as the
    rest of the text makes it."""
    found = actors_by_id(
        run("The fine is the largest imposed on the Menlo Park, California-based company.")
    )
    assert found["Menlo Park"].kind.value == "place"


def test_big_before_a_sector_is_no_name() -> None:
    """ "Big Oil said no" names no person "Big Oil": an industry, no actor."""
    r = run("Regulators met on Monday. Big Oil said no.")
    assert "Big Oil" not in actors_by_id(r)
