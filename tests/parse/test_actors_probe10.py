"""Findings of session 10's probes, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actors_by_id, run


def test_a_two_word_state_after_a_party_letter_is_no_country() -> None:
    """ "Sen. X, D-New Mexico," is a Democrat from a US state: no mention of Mexico (the
    country would crowd the actor filter of a story that never names it)."""
    text = (
        "Sen. Ana Ortiz, D-New Mexico, said the bill was flawed. Rep. Tom Reyes, "
        "R-New Jersey, agreed."
    )
    assert actor_ids(text) == {"Ana Ortiz", "Tom Reyes", "Democrats", "Republicans"}
    found = actors_by_id(run(text))
    assert found["Ana Ortiz"].affiliation == "Democrats"
    # The country is still the country where the text names it.
    assert "Mexico" in actor_ids("Mexico said the border would reopen.")


def test_staff_a_possessive_owns_make_the_owner_an_organisation() -> None:
    """ "Norlend's chief economist said": no person has a chief economist, so the unknown
    owner is an organisation and the speaker its group, with the whole title."""
    r = run(
        "Norlend's chief economist said rates would fall in March. Kestrel's analysts "
        "expect a cut too."
    )
    found = actors_by_id(r)
    assert found["Norlend"].kind.value == "organisation"
    assert found["Kestrel"].kind.value == "organisation"
    speaker = found["Norlend's chief economist"]
    assert (speaker.role, speaker.affiliation) == ("chief economist", "Norlend")
    assert [a.speaker_id for a in r.attributions] == ["Norlend's chief economist"]


def test_a_persons_possessive_before_staff_stays_a_person() -> None:
    """ "Tom Hart's analysts said": a person's name of two words keeps its kind, and
    "Keating's employees" (employees a person may have) names no company."""
    found = actors_by_id(run("Tom Hart's analysts said no. Rick Vale's employees said yes."))
    assert found["Tom Hart"].kind.value == "person"
    assert found["Rick Vale"].kind.value == "person"


def test_the_demonym_of_one_person_speaking_is_that_person() -> None:
    """Sports and feature pages call a player "the Italian", "the American": the person the
    story is about speaks, not the country (which would crowd a filter by Italy)."""
    r = run(
        "Marco Ventri, the world number one, was gracious in defeat. "
        '"He was better today," the Italian said. '
        "On Saturday, Dana Holt won the title, beating Vera Lind in three sets. "
        "The American said afterwards she would rest."
    )
    assert [(a.sentence_index, a.speaker_id) for a in r.attributions] == [
        (1, "Marco Ventri"),
        (3, "Dana Holt"),
    ]
    assert r.quotes[0].speaker_id == "Marco Ventri"


def test_a_people_or_a_country_named_with_the_still_speaks() -> None:
    """ "The British said", "the Philippines said": a people or a country, as before."""
    r = run("The British said the talks would go on. The Philippines said it agreed.")
    assert [a.speaker_id for a in r.attributions] == ["United Kingdom", "Philippines"]


def test_sports_bodies_are_organisations_and_titles_no_one() -> None:
    """ "The ATP said", "WADA said": governing bodies (the ATP was a person); "his fifth
    Grand Slam crown", "the Madrid Open" name no actor."""
    text = (
        "The ATP said the final drew a record audience. It was his fifth Grand Slam crown. "
        "WADA said the test was positive. She won the Madrid Open last year."
    )
    r = run(text)
    found = actors_by_id(r)
    assert found["ATP"].kind.value == "organisation"
    assert found["World Anti-Doping Agency"].kind.value == "organisation"
    assert not {"Grand Slam", "Madrid Open"} & set(found)
    assert [a.speaker_id for a in r.attributions] == ["ATP", "World Anti-Doping Agency"]


def test_a_plural_title_gives_its_role_to_each_name_of_its_list() -> None:
    """ "Justices Tom Crane, Alicia Duarte and Ruth Pike", "Sens. Tom Ladd and Ann Vick":
    each is a justice, a senator (only the first name had the role, or none had)."""
    found = actors_by_id(
        run(
            "Justices Tom Crane, Alicia Duarte and Ruth Pike joined the opinion. "
            "Sens. Tom Ladd and Ann Vick wrote to the agency, and Mark Lowe replied."
        )
    )
    for name in ("Tom Crane", "Alicia Duarte", "Ruth Pike"):
        assert found[name].role == "justice"
    assert found["Tom Ladd"].role == found["Ann Vick"].role == "senator"
    assert found["Mark Lowe"].role is None


def test_an_organisation_said_it_would_act_is_no_person() -> None:
    """ "Earthjustice said it would push Congress": "it would push" follows an organisation,
    as "it would cut" does a company."""
    found = actors_by_id(run("Varnholt said it would push Congress to act."))
    assert found["Varnholt"].kind.value == "organisation"


def test_a_listed_name_with_the_or_a_plural_possessive_owns_the_title_after_it() -> None:
    """ "Save the Children's country director, X," and "Doctors Without Borders' medical
    coordinator, Y," work for them (the owner's "the" was read as an article; "Borders'"
    as no possessive)."""
    found = actors_by_id(
        run(
            "Save the Children's country director, Karim Gondal, said trucks were stuck. "
            "Doctors Without Borders' medical coordinator, Ana Ruiz, agreed. "
            "Norlend Systems' chief executive, Ann Lee, said sales rose."
        )
    )
    assert found["Karim Gondal"].affiliation == "Save the Children"
    assert found["Ana Ruiz"].affiliation == "Doctors Without Borders"
    assert (found["Ann Lee"].role, found["Ann Lee"].affiliation) == (
        "chief executive",
        "Norlend Systems",
    )


def test_a_couple_shares_a_surname_and_the_family_is_both() -> None:
    """ "Dale and Mary Kessler": two persons (Dale had no surname, so no actor); "The
    Kesslers said" is both speaking (not a person named "Kesslers")."""
    r = run(
        "The agency ordered Dale and Mary Kessler to restore a wetland. "
        "The Kesslers said they would appeal."
    )
    found = actors_by_id(r)
    assert {"Dale Kessler", "Mary Kessler"} <= set(found)
    assert "Kesslers" not in found
    assert sorted(a.speaker_id or "" for a in r.attributions) == ["Dale Kessler", "Mary Kessler"]


def test_a_first_name_of_someone_named_before_is_not_given_a_new_surname() -> None:
    """ "Juan Miguel Gonzalez ... Juan and Elian Gonzalez": Juan is the father named
    before, no new "Juan Gonzalez"."""
    ids = actor_ids(
        "Juan Miguel Gonzalez flew to Miami. Juan and Elian Gonzalez will stay in the country."
    )
    assert "Juan Gonzalez" not in ids
    assert {"Juan Miguel Gonzalez", "Elian Gonzalez"} <= ids


def test_a_chambers_committee_with_and_in_its_field_is_one_organisation() -> None:
    """ "the Senate Environment and Public Works Committee" is one committee (it was
    "Senate Environment" and "Public Works Committee")."""
    ids = actor_ids(
        "Sen. Ada Burr, the top Democrat on the Senate Environment and Public Works "
        "Committee, said no. The House Energy and Commerce Committee met on Monday."
    )
    assert {
        "Senate Environment and Public Works Committee",
        "House Energy and Commerce Committee",
    } <= ids
    assert not {"Senate Environment", "Public Works Committee", "Commerce Committee"} & ids


def test_a_rank_ending_a_name_is_part_of_it() -> None:
    """ "Amartya Sen", "Nakatani Gen" (family name first): the rank words end the names
    (they were cut: "Amartya", "Nakatani"); "Republican Sen. Tom Cole" is still a rank."""
    r = run(
        "Amartya Sen said growth was uneven. Former Defense Minister Nakatani Gen won the "
        "vote. Republican Sen. Tom Cole said no. Former Gov. Jerry Brown agreed."
    )
    found = actors_by_id(r)
    assert {"Amartya Sen", "Nakatani Gen", "Tom Cole", "Jerry Brown"} <= set(found)
    assert found["Nakatani Gen"].role == "former defense minister"
    assert (found["Tom Cole"].role, found["Jerry Brown"].role) == ("senator", "governor")
    assert not {"Republican Sen", "Former Gov", "Amartya", "Nakatani"} & set(found)


def test_a_neighbouring_country_is_the_country() -> None:
    """ "Neighbouring Angola said" is Angola speaking (it was a person "Neighbouring
    Angola")."""
    r = run("Neighbouring Angola said it was strengthening checks. Nearby Zambia said it agreed.")
    assert [a.speaker_id for a in r.attributions] == ["Angola", "Zambia"]


def test_unlisted_words_before_minister_are_its_portfolio() -> None:
    """ "Economic Security Minister Takaichi Sanae": an economic security minister (there
    was a person "Economic Security"); after a country, the country's."""
    found = actors_by_id(
        run(
            "Economic Security Minister Takaichi Sanae lost the vote. Former Regional "
            "Development Minister Ana Lee said no. Egyptian Water Resources Minister Hani "
            "Sewilam agreed."
        )
    )
    assert found["Takaichi Sanae"].role == "economic security minister"
    assert found["Ana Lee"].role == "former regional development minister"
    assert (found["Hani Sewilam"].role, found["Hani Sewilam"].affiliation) == (
        "water resources minister",
        "Egypt",
    )
    assert not {"Economic Security", "Regional Development"} & set(found)


def test_an_analysts_firm_before_the_title_is_the_employer() -> None:
    """ "Jefferies analyst Rob Dickerson said": the broker's analyst (the data file knows the
    banks and research firms news quotes; an unknown one-word name inside a sentence is
    the employer too, as before "manager")."""
    found = actors_by_id(
        run(
            "Jefferies analyst Rob Dickerson said the deal was full. The price held, as "
            "Halvard strategist Tom Ray said. Political analyst Jo Kim disagreed."
        )
    )
    assert (found["Rob Dickerson"].role, found["Rob Dickerson"].affiliation) == (
        "analyst",
        "Jefferies",
    )
    assert found["Tom Ray"].affiliation == "Halvard"
    assert found["Jo Kim"].affiliation is None


def test_a_coalition_partner_apposed_is_a_party_and_its_leader_its() -> None:
    """ "The LDP's coalition partner, Komeito, said": a party speaking (there was no actor);
    "Komeito leader Saito Tetsuo" is its leader; "His partner, Jo Kim," is a person."""
    r = run(
        "The LDP's coalition partner, Komeito, said it would decide next week. Komeito "
        "leader Saito Tetsuo met him. His partner, Jo Kim, said no. Rebel leader Ali Musa fled."
    )
    found = actors_by_id(r)
    assert found["Komeito"].kind.value == "organisation"
    assert found["Saito Tetsuo"].affiliation == "Komeito"
    assert found["Jo Kim"].kind.value == "person"
    assert found["Ali Musa"].affiliation is None
    assert [a.speaker_id for a in r.attributions] == ["Komeito", "Jo Kim"]


def test_an_unnamed_epidemiologist_or_investigator_speaks() -> None:
    """ "..., an epidemiologist with the provincial health division said", "the
    investigator said": unnamed speakers (there was none)."""
    r = run(
        "The funeral may have spread the virus, an epidemiologist with the health "
        "division said. She may have fled, according to an investigator quoted by the "
        'paper. "She may be in Mexico," the investigator said.'
    )
    assert [a.speaker_id for a in r.attributions] == [
        "an epidemiologist",
        "an investigator",
        "an investigator",
    ]


def test_the_government_speaking_is_the_one_country_named_just_before() -> None:
    """ "Congo declared an outbreak. The government said ...": Congo speaking (it was a
    group "the government"); with two countries just before, or none, no guess."""
    r = run(
        "Congo declared a new outbreak on Thursday. The government said doses were ready. "
        "Kenya and Uganda closed their borders. The government said it was concerned."
    )
    assert [(a.sentence_index, a.speaker_id) for a in r.attributions] == [
        (0, "Democratic Republic of the Congo"),  # ("declared")
        (1, "Democratic Republic of the Congo"),
        (3, "the government"),
    ]


def test_wildfire_story_actors() -> None:
    """A wildfire story: "the Ridge Fire" is no actor (a fire's name, as a storm's), Cal
    Fire is the state's fire agency (its bracketed short name after the long one too),
    "Resident Maria Gutierrez" a resident, and "Southern California Edison said it had cut
    power" a company (it was a person "California Edison")."""
    r = run(
        "The Ridge Fire had burned 14,000 acres, the California Department of Forestry and "
        "Fire Protection (Cal Fire) said. Resident Maria Gutierrez, 64, said she had 10 "
        "minutes to leave. Southern California Edison said it had cut power to 90,000 "
        "customers."
    )
    found = actors_by_id(r)
    assert "Ridge Fire" not in found
    assert found["Cal Fire"].kind.value == "organisation"
    assert found["Maria Gutierrez"].role == "resident"
    assert found["Southern California Edison"].kind.value == "organisation"
    assert [a.speaker_id for a in r.attributions] == [
        "Cal Fire",
        "Maria Gutierrez",
        "Southern California Edison",
    ]


def test_an_office_named_by_its_owner_is_its_one_holder() -> None:
    """ "Hungary's prime minister had threatened to block it" before "Hungarian Prime
    Minister Viktor Orban" is Orban (it was a group of its own); "Westpac's chief economist
    said" is the one so titled ("Luci Ellis, Westpac's chief economist,")."""
    r = run(
        "The summit ran all night after Hungary's prime minister had threatened to block "
        "it. Hungarian Prime Minister Viktor Orban left the room. Westpac's chief economist "
        "said rates would fall. Luci Ellis, Westpac's chief economist, said more."
    )
    found = actors_by_id(r)
    assert "Hungary's prime minister" not in found
    assert "Westpac's chief economist" not in found
    assert [(a.sentence_index, a.speaker_id) for a in r.attributions] == [
        (0, "Viktor Orbán"),
        (2, "Luci Ellis"),
        (3, "Luci Ellis"),
    ]


def test_an_office_two_hold_stays_a_group() -> None:
    """Two chief economists of one bank: "Westpac's chief economist said" is no guess."""
    r = run(
        "Westpac's chief economist said rates would fall. Luci Ellis, Westpac's chief "
        "economist, and Bill Evans, Westpac's chief economist, spoke."
    )
    assert r.attributions[0].speaker_id == "Westpac's chief economist"


def test_a_clubs_possessive_before_a_lower_case_title_is_the_employer() -> None:
    """ "Liverpool's sporting director Richard Hughes": Liverpool's sporting director (he had
    a bare "director" of no one); "VfB Stuttgart" is a club (it was a person)."""
    r = run(
        "Liverpool's sporting director Richard Hughes said the deal was done. Britain's "
        "former prime minister Tony Blair agreed. He joined from VfB Stuttgart in 2022."
    )
    found = actors_by_id(r)
    hughes = found["Richard Hughes"]
    assert (hughes.role, hughes.affiliation) == ("sporting director", "Liverpool")
    assert found["Tony Blair"].affiliation == "United Kingdom"
    assert found["VfB Stuttgart"].kind.value == "organisation"


def test_company_or_party_opening_a_title_is_the_one_named_last() -> None:
    """ "Company president Gwynne Shotwell said" after SpaceX: SpaceX's president; "Party
    chairman X" the party named last; "Club captain Y" no club guessed from a company."""
    found = actors_by_id(
        run(
            "SpaceX, whose Starship is meant to land on the moon, has faced delays. Company "
            "president Gwynne Shotwell said a landing was unlikely. Club captain Ruud Vos "
            "agreed. The Brazilian Democratic Movement party fielded candidates. Party "
            "chairman Walter Rocha said it would respect the decision."
        )
    )
    assert found["SpaceX"].kind.value == "organisation"
    assert found["Gwynne Shotwell"].affiliation == "SpaceX"
    assert found["Ruud Vos"].affiliation is None
    assert found["Walter Rocha"].affiliation == "Brazilian Democratic Movement"


def test_a_name_before_a_things_noun_is_no_actor() -> None:
    """ "its Artemis II moon mission", "the Apollo 11 mission": a mission's name (Artemis II
    was a person); a company before "vaccine" stays the company."""
    ids = actor_ids(
        "NASA postponed the launch of its Artemis II moon mission on Tuesday. The Pfizer "
        "vaccine works, Pfizer said."
    )
    assert "Artemis II" not in ids
    assert {"NASA", "Pfizer"} <= ids


def test_a_treaty_or_tournament_named_by_a_place_names_no_place() -> None:
    """ "the Paris Agreement", "the Oslo Accords", "the US Open", "the Vietnam War": the
    place or country is part of a thing's name (Paris was a place of the story, the US a
    country in the actor filter)."""
    ids = actor_ids(
        "Countries must meet the goals of the Paris Agreement. The Oslo Accords failed. "
        "He won the US Open. Veterans of the Vietnam War marched."
    )
    assert not {"Paris", "Oslo", "United States", "Vietnam"} & ids
    assert "United States" in actor_ids("The US said the accord would stand.")


def test_a_verbs_object_after_the_comma_is_no_apposed_title() -> None:
    """ "The emir, Sheikh Tamim Al Thani, met the envoy": he is the emir, not an envoy (the
    title after "met the" was read as his apposition); "X, now a television commentator,"
    and "Y, the former UN envoy," keep theirs."""
    found = actors_by_id(
        run(
            "The emir, Sheikh Tamim Al Thani, met the envoy. Philippe Gilbert, now a "
            "television commentator, said he was saddened. Tom Ray, the former UN envoy, said "
            "no."
        )
    )
    assert found["Tamim Al Thani"].role == "emir"
    assert found["Philippe Gilbert"].role == "commentator"
    assert found["Tom Ray"].role == "former envoy"


def test_a_title_ending_a_sentence_is_not_the_next_names() -> None:
    """ "He met the envoy. Philippe Gilbert said": Gilbert is no envoy (TimeBank: "Caroline
    Wyatt reports" after "... out of work.", "Peter Holland, 45," after "a Reuters board
    director."); "Gov. Maria Delgado" keeps her title."""
    found = actors_by_id(
        run("He met the envoy. Philippe Gilbert said no. Gov. Maria Delgado said yes.")
    )
    assert found["Philippe Gilbert"].role is None
    assert found["Maria Delgado"].role == "governor"


def test_a_family_name_opening_a_sentence_with_an_age_is_the_person() -> None:
    """ "Finance Minister Choi Eun-ji ... Choi, 58, is an economist": Choi Eun-ji (family
    name first; a first word alone opening a sentence links only so, or as a speaker)."""
    r = run(
        "He named Finance Minister Choi Eun-ji as acting prime minister. Choi, 58, is an economist."
    )
    assert [m.actor_id for m in r.mentions if m.text == "Choi"] == ["Choi Eun-ji"]


def test_what_an_unnamed_source_knows_stands_before_its_cue() -> None:
    """ "A Western diplomat briefed on the talks said", "Two officials familiar with the
    matter said": unnamed speakers (they had none)."""
    r = run(
        "A Western diplomat briefed on the talks said progress was slow. Two officials "
        "familiar with the matter said no."
    )
    assert [a.speaker_id for a in r.attributions] == ["a western diplomat", "officials"]


def test_a_services_chief_is_its_chief() -> None:
    """ "Army chief General Tomas Ruiz": an army chief (he was a bare "chief")."""
    found = actors_by_id(
        run("Army chief General Tomas Ruiz said no. Navy chief Admiral Jo Kim agreed.")
    )
    assert found["Tomas Ruiz"].role == "army chief"
    assert found["Jo Kim"].role == "navy chief"


def test_a_name_before_a_financial_bodys_noun_is_an_organisation() -> None:
    """ "at the Euroclear depository", "the Ryanair airline": organisations (Euroclear was a
    place)."""
    found = actors_by_id(
        run("The assets are held at the Euroclear depository. He flew with the Ryanair airline.")
    )
    assert found["Euroclear"].kind.value == "organisation"
    assert found["Ryanair"].kind.value == "organisation"
