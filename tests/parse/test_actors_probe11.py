"""Findings of session 11's probes, on invented sentences."""

from __future__ import annotations

from speaker_checks import actors_by_id, run


def test_a_titles_office_speaks_as_an_organisation() -> None:
    """ "The U.S. Trade Representative's office said": the office speaks, the country's;
    there is no person named "Trade Representative". The title before a name is a role."""
    r = run(
        "A spokesman for the U.S. Trade Representative's office said Washington was "
        "studying the decision. Trade Representative Jamieson Greer said on Monday the "
        "tariffs would stay."
    )
    found = actors_by_id(r)
    office = found["Trade Representative's office"]
    assert (office.kind.value, office.affiliation) == ("organisation", "United States")
    assert "Trade Representative" not in found
    assert found["Jamieson Greer"].role == "trade representative"
    assert [a.speaker_id for a in r.attributions] == [
        "Trade Representative's office",
        "Jamieson Greer",
    ]


def test_titles_of_several_words_are_roles_not_names() -> None:
    """A title of several words before a name is the person's role, whole: not the last
    word of it ("minister", "lieutenant") and not part of the name ("Whip Alan Campbell",
    "Special Rapporteur Francesca Albanese")."""
    cases = {
        "Scotland's First Minister Ewan Brodie said the plan would go ahead.": (
            "Ewan Brodie",
            "first minister",
        ),
        "Lieutenant Governor Dana Rusk said the plan would go ahead.": (
            "Dana Rusk",
            "lieutenant governor",
        ),
        "Special counsel Joel Marten said the plan would go ahead.": (
            "Joel Marten",
            "special counsel",
        ),
        "Chief Whip Alan Corrie said the plan would go ahead.": ("Alan Corrie", "chief whip"),
        "UN Special Rapporteur Lena Ostrova said the plan would go ahead.": (
            "Lena Ostrova",
            "special rapporteur",
        ),
    }
    for text, (name, role) in cases.items():
        found = actors_by_id(run(text))
        assert name in found, text
        assert found[name].role == role, text


def test_an_organisation_name_holding_a_comma_list_is_one_name() -> None:
    """ "The National Union of Rail, Maritime and Transport Workers (RMT)": the brackets'
    abbreviation confirms one union (with the abbreviation its alias), no person
    "Maritime Workers"; a list of other names before brackets stays a list."""
    r = run(
        "The National Union of Teachers, Lecturers and Support Staff (TLS) said the strike "
        "would go ahead. The TLS said talks had failed."
    )
    found = actors_by_id(r)
    union = found["National Union of Teachers, Lecturers and Support Staff"]
    assert union.kind.value == "organisation"
    assert "TLS" in union.aliases
    assert [p for p, a in found.items() if a.kind.value == "person"] == []
    assert [a.speaker_id for a in r.attributions] == [union.id, union.id]
    listed = actors_by_id(
        run("Talks between the Ministry of Finance, France and Germany (MF) stalled.")
    )
    assert {"Ministry of Finance", "France", "Germany"} <= set(listed)


def test_a_headline_word_before_a_group_noun_is_a_modifier() -> None:
    """ "Rail workers to strike" opens the story; the text writes "rail" elsewhere too: a
    modifier of the workers, not a short form of "the Rail Delivery Group". An unknown
    name before staff is kept ("Vantix engineers said": never written "vantix")."""
    found = actors_by_id(
        run(
            "Rail workers to strike\n\nThe biggest rail union said on Monday it would walk "
            "out. The Rail Delivery Group said the offer stood."
        )
    )
    assert found["Rail Delivery Group"].aliases == ()
    kept = run("Vantix engineers said the chip was ready. Vantix said so too.")
    assert [m.actor_id for m in kept.mentions].count("Vantix") == 2


def test_a_titles_field_after_of_belongs_to_the_title() -> None:
    """ "The Minister of Foreign Affairs, Naledi Ruse, said": the field is the title's, no
    person "Foreign Affairs"; so are fields one after another ("Minister of State for
    Trade X")."""
    cases = {
        "The Minister of Foreign Affairs, Naledi Ruse, said the talks would resume.": (
            "Naledi Ruse"
        ),
        "Minister of Finance Sipho Mbete said the budget would pass.": "Sipho Mbete",
        "Minister of State for Trade Gareth Nolan said the deal was close.": "Gareth Nolan",
    }
    for text, name in cases.items():
        r = run(text)
        found = actors_by_id(r)
        assert list(found) == [name], text
        assert found[name].role == "minister", text
        assert [a.speaker_id for a in r.attributions] == [name], text


def test_a_law_firm_with_a_comma_in_its_name_is_one_organisation() -> None:
    """ "Paul, Weiss, the law firm representing the bank, said": the firm speaks (listed in
    data/organisations.toml with the comma form), no person "Weiss"; a partner's surname
    alone stays a person's."""
    r = run(
        "Paul, Weiss, the law firm representing the bank, said it would appeal. "
        "A lawyer at Skadden, Arps said the filing was late. Lena Weiss said so too."
    )
    found = actors_by_id(r)
    firm = found["Paul, Weiss"]
    assert firm.kind.value == "organisation"
    assert found["Skadden"].kind.value == "organisation"
    assert found["Lena Weiss"].kind.value == "person"
    assert r.attributions[0].speaker_id == firm.id


def test_a_demonym_noun_for_one_person_speaking_is_that_person() -> None:
    """ "the Dane told reporters", "the Dutchman said": the coach or driver the story is
    about speaks, not Denmark or the Netherlands; the plural of "Dutchman" is "Dutchmen"."""
    r = run(
        'Tottenham coach Jens Holm said his team had deserved a draw. "We were the better '
        'side," the Dane told reporters.'
    )
    assert [a.speaker_id for a in r.attributions] == ["Jens Holm", "Jens Holm"]
    r = run('Max Verlaan won in Brazil. "We lost the start," the Dutchman said.')
    assert [a.speaker_id for a in r.attributions] == ["Max Verlaan"]
    dutch = actors_by_id(run("The Dutchmen won; Holland was happy."))["Netherlands"]
    assert "Dutchmen" in dutch.aliases and "Dutchmans" not in dutch.aliases


def test_a_family_name_shared_by_two_people_is_the_one_named_last() -> None:
    """Korean names put the family name first, and two people in a story may share it:
    "Kim said" is the Kim named last before it, as a shared surname is; a word no person
    is known by stays unlinked when two names begin with it."""
    r = run(
        "Kim Jae-june, executive vice president, told analysts the outlook was good. Kim "
        "said production would start soon. Its finance chief, Kim Woo-hyun, said orders were "
        "strong. Kim added that prices would rise."
    )
    assert [a.speaker_id for a in r.attributions] == [
        "Kim Jae-june",
        "Kim Jae-june",
        "Kim Woo-hyun",
        "Kim Woo-hyun",
    ]


def test_a_name_written_before_a_things_noun_is_no_actor_anywhere() -> None:
    """ "HBM chips", "the benchmark KOSPI index": a product's or an index's name, no
    organisation in the actor filter, also where the text writes it alone ("Demand for HBM
    will exceed supply", "The KOSPI closed higher"); a listed company keeps its chips."""
    found = actors_by_id(
        run(
            "Demand for HBM will exceed supply, Kim Jae-june said. HBM chips are scarce. "
            "Shares rose 3% in the benchmark KOSPI index. The KOSPI closed higher."
        )
    )
    assert set(found) == {"Kim Jae-june"}
    assert "Nvidia" in actors_by_id(run("Nvidia chips are scarce, Nvidia said."))
    posted = actors_by_id(run("Trump said on his Truth Social platform that she had lost."))
    assert set(posted) == {"Donald Trump"}


def test_a_chairman_of_no_named_employer_is_the_articles_companys() -> None:
    """ "Chairman Lee Jae-yong has promised ..." in a story about a company is its chairman,
    as a chief executive is; a party's chairman named with the party is the party's."""
    found = actors_by_id(
        run(
            "SEOUL (Reuters) - Halvorsen Electronics Corp reported higher profit on Thursday. "
            "Chairman Lee Jae-yong has promised to restore its lead."
        )
    )
    assert (found["Lee Jae-yong"].role, found["Lee Jae-yong"].affiliation) == (
        "chairman",
        "Halvorsen Electronics Corp",
    )
    party = actors_by_id(
        run(
            "Police said the IRA was behind the killings. Sinn Fein chairman Mitchell "
            "McLaughlin said the party would fight the move."
        )
    )
    assert party["Mitchell McLaughlin"].affiliation == "Sinn Féin"
    assert party["Sinn Féin"].kind.value == "organisation"


def test_a_party_word_before_a_name_is_the_persons_party() -> None:
    """AP style: "Democrat Abigail Spanberger", "Republican Jack Ciattarelli", "Liberal
    Democrat Tim Farron", "Republican Lt. Gov. Winsome Earle-Sears": the party is the
    person's affiliation (and a mention of the party), not a word of the name."""
    r = run(
        "Democrat Abigail Spanberger won on Tuesday, defeating Republican Lt. Gov. Winsome "
        "Earle-Sears. Spanberger said voters chose her plan. In New Jersey, Democrat Mikie "
        "Sherrill defeated Republican Jack Ciattarelli. Liberal Democrat Tim Farron said so."
    )
    found = actors_by_id(r)
    expected = {
        "Abigail Spanberger": "Democrats",
        "Winsome Earle-Sears": "Republicans",
        "Mikie Sherrill": "Democrats",
        "Jack Ciattarelli": "Republicans",
        "Tim Farron": "Liberal Democrats",
    }
    for name, party in expected.items():
        assert found[name].affiliation == party, name
    assert found["Winsome Earle-Sears"].role == "lieutenant governor"
    # A job apposed later keeps its own employer: no "former officer of the Democrats".
    spy = actors_by_id(
        run("Democrat Abigail Spanberger won. Spanberger, a former CIA officer, led by 14 points.")
    )["Abigail Spanberger"]
    assert (spy.role, spy.affiliation) == ("former officer", "CIA")
    lead = actors_by_id(run("Liberal Democrat leader Ed Harvey said his party would vote no."))
    assert (lead["Ed Harvey"].role, lead["Ed Harvey"].affiliation) == (
        "leader",
        "Liberal Democrats",
    )
    assert "Liberal Democrat" not in lead
    assert [a.speaker_id for a in r.attributions] == ["Abigail Spanberger", "Tim Farron"]


def test_the_texts_own_organisation_owns_its_initials() -> None:
    """In a Sudan story, "the paramilitary Rapid Support Forces ... The RSF did not
    comment" is that force, not Reporters Without Borders (listed as "RSF"), brackets or
    not; where the text names the listed one, the letters stay its."""
    found = actors_by_id(
        run("The paramilitary Rapid Support Forces seized the city. The RSF did not comment.")
    )
    assert set(found) == {"Rapid Support Forces"}
    assert "RSF" in found["Rapid Support Forces"].aliases
    press = run("Reporters Without Borders said the journalist was held. RSF said so.")
    assert [a.speaker_id for a in press.attributions] == ["Reporters Without Borders"] * 2


def test_a_listed_person_is_found_under_other_spellings() -> None:
    """The people file's "Mohamed Hamdan Dagalo" and "Abdel Fattah al-Burhan" are the
    text's "Gen. Mohammed Hamdan Dagalo" and "Gen. Abdel Fattah Burhan": one actor each,
    with the file's role and country, not a second unlisted person."""
    found = actors_by_id(
        run(
            "The RSF, led by Gen. Mohammed Hamdan Dagalo, known as Hemedti, did not comment. "
            "The army, led by Gen. Abdel Fattah Burhan, said it had won."
        )
    )
    people = {a for a, actor in found.items() if actor.kind.value == "person"}
    assert people == {"Mohamed Hamdan Dagalo", "Abdel Fattah al-Burhan"}
    assert found["Abdel Fattah al-Burhan"].affiliation == "Sudan"


def test_an_apposed_title_after_a_dotted_abbreviation() -> None:
    """ "said X, the U.N. humanitarian coordinator for Sudan": the role and the United
    Nations, as without the dots ("the UN resident coordinator in Haiti")."""
    for text, role in {
        '"It is grave," said Lea Moreau, the U.N. humanitarian coordinator for Sudan.': (
            "humanitarian coordinator"
        ),
        '"It is bad," said Lea Moreau, the UN resident coordinator in Haiti.': (
            "resident coordinator"
        ),
        "Lea Moreau, the U.N. envoy to Haiti, said so.": "envoy",
    }.items():
        moreau = actors_by_id(run(text))["Lea Moreau"]
        assert (moreau.role, moreau.affiliation) == (role, "United Nations"), text


def test_the_monarch_apposed_without_a_country_is_the_one_just_named() -> None:
    """ "Qatar hosted the talks. The emir, Sheikh X, met the envoys": Qatar's emir; with two
    countries named just before, no guess."""
    found = actors_by_id(
        run(
            "Qatar hosted the talks. The emir, Sheikh Hamad bin Khalifa Al Nuaimi, met the "
            "envoys on Monday."
        )
    )
    assert found["Hamad bin Khalifa Al Nuaimi"].affiliation == "Qatar"
    two = actors_by_id(
        run(
            "Qatar hosted talks with Israel. The emir, Sheikh Hamad bin Khalifa Al Nuaimi, "
            "met the envoys."
        )
    )
    assert two["Hamad bin Khalifa Al Nuaimi"].affiliation is None


def test_a_market_index_is_no_actor() -> None:
    """ "The S&P 500 fell 2.9%", "the Nasdaq Composite lost 3.6%": indices, no S&P Global
    and no person "Nasdaq Composite" in the actor filter; the ratings agency still speaks."""
    found = actors_by_id(
        run(
            "The S&P 500 fell 2.9%, while the Nasdaq Composite lost 3.6% and the FTSE 100 "
            "slipped. Fed Chair Jerome Powell said rates would fall."
        )
    )
    assert set(found) == {"Federal Reserve", "Jerome Powell"}
    rating = run("S&P Global Ratings cut the rating. S&P said the outlook was negative.")
    assert [a.speaker_id for a in rating.attributions] == ["S&P Global"]


def test_a_royals_name_opening_an_institutions_name_is_part_of_it() -> None:
    """ "the Countess of Chester Hospital", "The Prince of Wales Hospital", "the Queen
    Elizabeth Hospital": one organisation each, no place "Countess", no "Wales Hospital";
    the royal alone stays a person."""
    for text, org in {
        "Staff at the Countess of Chester Hospital said so.": "Countess of Chester Hospital",
        "The Prince of Wales Hospital said it was full.": "Prince of Wales Hospital",
        "The Duchess of Kent Hospice said it was full.": "Duchess of Kent Hospice",
        "The Queen Elizabeth Hospital said it was full.": "Queen Elizabeth Hospital",
    }.items():
        found = actors_by_id(run(text))
        assert set(found) == {org}, text
        assert found[org].kind.value == "organisation"
    assert actors_by_id(run("Queen Elizabeth said so."))["Elizabeth"].role == "queen"


def test_a_coalition_partner_apposed_after_its_name_is_a_party() -> None:
    """ "Komeito, the LDP's coalition partner, said": an organisation speaking, as in the
    other order ("The LDP's coalition partner, Komeito, said"); "a partner at a law firm"
    stays a person's job."""
    r = run("Vosko, the LDP's coalition partner, said it would decide on Tuesday.")
    assert actors_by_id(r)["Vosko"].kind.value == "organisation"
    assert [a.speaker_id for a in r.attributions] == ["Vosko"]
    fox = actors_by_id(run("Jane Fox, a partner at Clifford Chance, said so."))["Jane Fox"]
    assert fox.kind.value == "person"


def test_a_portfolio_before_a_lower_case_minister_is_the_role() -> None:
    """ "He beat agriculture minister Shinjiro Koizumi": an agriculture minister, as after a
    country's possessive ("Japan's agriculture minister X")."""
    found = actors_by_id(run("Ota beat agriculture minister Kenji Sato in a runoff."))
    assert found["Kenji Sato"].role == "agriculture minister"


def test_a_job_before_a_rank_is_the_role() -> None:
    """ "Army spokesman Brig. Gen. X said": a spokesman (the job, as before an honorific),
    not a brigadier general; a rank alone stays the role."""
    found = actors_by_id(run("Army spokesman Brig. Gen. Nabil Hamid said troops entered."))
    assert found["Nabil Hamid"].role == "spokesman"
    assert actors_by_id(run("Maj. Gen. Ali Hassan said so."))["Ali Hassan"].role == (
        "major general"
    )
