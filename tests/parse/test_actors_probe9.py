"""Findings of session 9's probes, on invented sentences."""

from __future__ import annotations

from speaker_checks import actors_by_id, run

from explorer.model import ActorKind
from explorer.parse.actors import ActorAnalysis


def speakers(result: ActorAnalysis) -> list[tuple[int, str | None]]:
    return sorted((a.sentence_index, a.speaker_id) for a in result.attributions)


def test_a_capitalised_title_after_the_is_its_one_holder() -> None:
    """British and many other papers write "the Prime Minister said", "The Chancellor told
    MPs": the one person of the article with that title, named before."""
    r = run(
        "Prime Minister Alan Brightwell flew to Oslo on Friday. The Prime Minister said the "
        "deal was close. Chancellor Nadia Rowe stayed in London. The Chancellor told MPs "
        "the rules would not change. “We will hold firm,” the Prime Minister said."
    )
    assert speakers(r) == [(1, "Alan Brightwell"), (3, "Nadia Rowe"), (4, "Alan Brightwell")]
    assert r.quotes[0].speaker_id == "Alan Brightwell"


def test_a_capitalised_title_of_no_single_holder_names_no_one() -> None:
    """Two presidents in the article, or none named before: "The President said" is no
    guess."""
    r = run(
        "President Lena Varga met President Tomas Berg on Monday. The President said the "
        "talks went well."
    )
    assert speakers(r) == []
    r = run("The Governor said the budget was balanced. Governor Ada Quist signed it.")
    assert speakers(r) == []


def test_former_or_shadow_opening_the_sentence_keeps_the_role_apart() -> None:
    """ "Former chancellor X said" is no chancellor now, "Shadow chancellor X" the
    opposition's: neither is "the Chancellor" of the article."""
    r = run(
        "Shadow chancellor Owen Tate said the plan would fail. Former chancellor Ruth Dale "
        "agreed. Chancellor Nadia Rowe defended it. The Chancellor said growth would return."
    )
    found = actors_by_id(r)
    assert found["Owen Tate"].role == "shadow chancellor"
    assert found["Ruth Dale"].role == "former chancellor"
    assert found["Nadia Rowe"].role == "chancellor"
    assert (3, "Nadia Rowe") in speakers(r)


def test_a_name_ending_in_tech_is_an_organisation() -> None:
    """ "Louisiana Tech said", "Halvard Tech said": a university or a company, not a person
    named Tech."""
    r = run(
        "Louisiana Tech said the study was sound. Halvard Tech said profits rose. "
        "Researchers at Louisiana Tech said more work was needed."
    )
    found = actors_by_id(r)
    assert found["Louisiana Tech"].kind is ActorKind.ORGANISATION
    assert found["Halvard Tech"].kind is ActorKind.ORGANISATION
    assert not [a for a in found.values() if a.kind is ActorKind.PERSON]


def test_a_lower_case_office_or_department_is_the_one_named_before() -> None:
    """ "the sheriff's office said", "the police department said": the organisation named
    before whose name holds the modifier; "the office" alone, or an office of no such name,
    refers to no one."""
    r = run(
        "The Bexar County Sheriff's Office said the deputy was on leave. The sheriff's "
        "office said an inquiry had begun. The Dallas Police Department arrested two men. "
        "Later the police department said they were released. The mayor's office said "
        "nothing. He went back to the office."
    )
    assert speakers(r) == [
        (0, "Bexar County Sheriff's Office"),
        (1, "Bexar County Sheriff's Office"),
        (3, "Dallas Police Department"),
    ]
    texts = {m.text for m in r.mentions}
    assert "the office" not in texts and "The mayor's office" not in texts


def test_a_name_followed_by_its_letters_is_one_organisation() -> None:
    """ "The Baltic Grain Association BGA said ... BGA's chairman, X,": one organisation,
    named by its words, the letters an alias; the chairman is its. Not a title's letters:
    "the Labour Party MP" is no alias of the party."""
    r = run(
        "The Baltic Grain Association BGA said prices rose on Monday. BGA's chairman, "
        "Ilmar Kask, said the harvest was poor. The plan was backed by the Labour Party MP."
    )
    found = actors_by_id(r)
    assert found["Baltic Grain Association"].aliases == ("BGA",)
    assert found["Ilmar Kask"].affiliation == "Baltic Grain Association"
    assert speakers(r)[0] == (0, "Baltic Grain Association")
    assert "MP" not in found and "MP" not in found["Labour Party"].aliases


def test_its_title_is_no_country_a_phrase_of_the_sentence_before_names() -> None:
    """ "The freighter's crew, from Indonesia and Vietnam, stayed aboard. Its master, X,"
    is the freighter's, not a country's; "Chile rejected it. Its ambassador, X," is
    Chile's."""
    r = run(
        "The freighter's crew, mostly from Indonesia and Vietnam, stayed aboard on Monday. "
        "Its master, Tomas Lind, said the hull held. Chile rejected the plan. Its "
        "ambassador, Rosa Ibarra, said so."
    )
    found = actors_by_id(r)
    assert found["Tomas Lind"].affiliation is None
    assert found["Rosa Ibarra"].affiliation == "Chile"


def test_an_adjective_made_of_a_name_is_no_person() -> None:
    """ "A Hong Kong-based firm", "the Marshall Islands-flagged tanker": an adjective, no
    person; "the Panama-flagged Kestrel Star" is a ship (a place, no actor); the name before
    "and the Lagos-based ..." stays."""
    r = run(
        "A Hong Kong-based firm said profits rose. The Marshall Islands-flagged tanker Sea "
        "Wren was not hit, but the Panama-flagged Kestrel Star sank. Early investors Orbis "
        "Capital and the Lagos-based fund Akoma Partners took part."
    )
    found = actors_by_id(r)
    assert not [a for a in found.values() if a.kind is ActorKind.PERSON]
    assert found["Kestrel Star"].kind is ActorKind.PLACE
    assert found["Orbis Capital"].kind is ActorKind.ORGANISATION


def test_a_trade_noun_opening_the_sentence_is_no_part_of_the_name() -> None:
    """ "Lender Halvard Bank said", "Regulator Ofwatt said", "Investors Orbis Capital took
    part": the noun describes the organisation; names that open with such a word stay
    whole ("Network Rail", "Bank Negara")."""
    r = run(
        "Lender Halvard Bank said rates rose. Regulator Ofwatt said bills would rise. "
        "Investors Orbis Capital took part. Network Rail said trains ran. Bank Negara "
        "said rates held."
    )
    found = actors_by_id(r)
    for name in ("Halvard Bank", "Ofwatt", "Orbis Capital", "Network Rail", "Bank Negara"):
        assert found[name].kind is ActorKind.ORGANISATION, name
    assert speakers(r)[:2] == [(0, "Halvard Bank"), (1, "Ofwatt")]


def test_an_employer_after_its_modifiers_and_co_titles() -> None:
    """ "X, co-leader of the far-right Y," is Y's co-leader; "president of the Kiel-based
    Z institute" Z's president: the modifiers stand between the title and the name."""
    r = run(
        "Lena Vogt, co-leader of the far-right Patriot Front, said so. Oskar Rahn, "
        "president of the Kiel-based Nordo institute, said so. Ana Ruiz, head of the "
        "left-wing Avanza, said so."
    )
    found = actors_by_id(r)
    assert (found["Lena Vogt"].role, found["Lena Vogt"].affiliation) == (
        "co-leader",
        "Patriot Front",
    )
    assert found["Oskar Rahn"].affiliation == "Nordo"
    assert found["Nordo"].kind is ActorKind.ORGANISATION
    assert found["Ana Ruiz"].affiliation == "Avanza"


def test_a_month_that_is_a_given_name_opens_a_persons_name() -> None:
    """ "Jan Novak said", "Mayor June Okafor said": the whole name, not the surname
    alone."""
    r = run("Jan Novak, a farmer, said so. Mayor June Okafor said so.")
    assert speakers(r) == [(0, "Jan Novak"), (1, "June Okafor")]


def test_a_word_ending_in_bank_is_a_bank() -> None:
    """ "Nordlandbank said", "the Vestenbanken": a bank, no person; not a short name such
    as "Eubank"."""
    r = run("Nordlandbank said rates rose. The Vestenbanken agreed. Eubank said so.")
    found = actors_by_id(r)
    assert found["Nordlandbank"].kind is ActorKind.ORGANISATION
    assert found["Vestenbanken"].kind is ActorKind.ORGANISATION
    assert found["Eubank"].kind is ActorKind.PERSON


def test_a_us_lawmakers_party_letter_affiliates_them() -> None:
    """ "Sen. X, R-Texas, said", "Rep. Y (D-Ohio) agreed": a Republican and a Democrat,
    named in the article as parties or not; the speaker stays the lawmaker."""
    r = run(
        "Sen. Mark Veltri, R-Texas, said the bill was dead. Rep. Tom Hale (D-Ohio) agreed, "
        "and Rep. Ada Quist, D-N.Y., said it would pass."
    )
    found = actors_by_id(r)
    assert found["Mark Veltri"].affiliation == "Republicans"
    assert found["Tom Hale"].affiliation == "Democrats"
    assert found["Ada Quist"].affiliation == "Democrats"
    assert speakers(r)[0] == (0, "Mark Veltri")


def test_a_party_letter_before_an_apposition_keeps_the_lawmaker_speaking() -> None:
    """ "Sen. X, R-S.D., the majority leader, said", "Sen. Y, R-Texas, who chairs the
    panel, said": the senator speaks; the letters name no one."""
    r = run(
        "Sen. John Thale, R-S.D., the majority leader, said no. Sen. Mark Veltri, R-Texas, "
        "who chairs the panel, said so."
    )
    assert speakers(r) == [(0, "John Thale"), (1, "Mark Veltri")]
    assert set(actors_by_id(r)) == {"John Thale", "Mark Veltri", "Republicans"}
    assert [m.text for m in r.mentions] == ["John Thale", "Mark Veltri"]


def test_a_chamber_and_a_party_before_a_title_are_the_party() -> None:
    """ "Senate Republican leader X", "House Democratic leader Y": the party's leaders (no
    organisation "Senate Republican", no person "House Democratic")."""
    r = run(
        "Senate Republican leader Mitch Hale said no. House Democratic leader Hakim Jeff said yes."
    )
    found = actors_by_id(r)
    assert found["Mitch Hale"].affiliation == "Republicans"
    assert found["Hakim Jeff"].affiliation == "Democrats"
    assert "Senate Republican" not in found and "House Democratic" not in found


def test_a_party_known_only_as_an_affiliation_can_be_filtered_by() -> None:
    """ "--actor Republicans" on an article that names Republicans only by their letters
    selects the party (its people follow by affiliation), not nothing."""
    from explorer.parse.actors import match_actor_names

    r = run("Sen. Mark Veltri, R-Texas, said the bill was dead.")
    assert match_actor_names("republicans", r.actors) == {"Republicans"}
    assert match_actor_names("democrats", r.actors) == set()
    assert actors_by_id(r)["Republicans"].kind is ActorKind.ORGANISATION  # (listed in the filter)


def test_a_places_ministry_speaks_as_its_own() -> None:
    """ "Gaza's health ministry says" is the place's ministry speaking, as "Ukraine's
    foreign ministry said" is the country's; a place's government is no country."""
    r = run(
        "The strikes went on. Kurdistan's health ministry says 40 people were killed. "
        "Ukraine's foreign ministry said so. Kurdistan's government said nothing."
    )
    assert speakers(r) == [(1, "Kurdistan Health Ministry"), (2, "Ukrainian Foreign Ministry")]


def test_medics_and_prosecutors_at_an_organisation_are_its() -> None:
    """ "Medics at Nasser Hospital said", "investigators from the FBI": the organisation's
    group, as "Analysts at Deutsche Bank"."""
    r = run(
        "Medics at Kessim Hospital said 12 of the dead were children. Prosecutors at the "
        "International Criminal Court said so."
    )
    found = actors_by_id(r)
    assert found["Kessim Hospital medics"].affiliation == "Kessim Hospital"
    assert speakers(r) == [
        (0, "Kessim Hospital medics"),
        (1, "International Criminal Court prosecutors"),
    ]


def test_an_organisations_national_section_is_the_organisation() -> None:
    """ "Amnesty International Kenya and the Law Society said": Amnesty speaks (its Kenyan
    section), not Kenya; not "the EU Ukraine summit" (a noun follows) nor "told NATO
    Britain would" (letters)."""
    r = run(
        "Amnesty International Kenya and the Law Society of Kenya said eight people died. "
        "The EU Ukraine summit ended. Save the Children UK said so."
    )
    found = actors_by_id(r)
    assert {s for _, s in speakers(r)} == {
        "Amnesty International",
        "Law Society of Kenya",
        "Save the Children",
    }
    assert "Ukraine" in found


def test_a_tv_channel_is_an_organisation() -> None:
    """ "told Citizen TV" names a broadcaster, not a person "Citizen"."""
    r = run("The chairman told Kestrel TV the findings would be published.")
    assert actors_by_id(r)["Kestrel TV"].kind is ActorKind.ORGANISATION


def test_a_party_name_before_a_function_word_is_the_party() -> None:
    """ "accused Labor of spending", "Labour and the Greens agreed": the party; "the
    Labour market" stays no party."""
    r = run(
        'The opposition leader accused Labor of "spending like there is no tomorrow". '
        "Labour and the Greens agreed."
    )
    assert [m.text for m in r.mentions if m.actor_id in ("Labor", "Labour")] == [
        "Labor",
        "Labour",
    ]
    assert run("Labour market data fell on Monday.").mentions == ()


def test_a_persons_apposed_title_is_no_group() -> None:
    """ "Luci Ellis, Westpac's chief economist, said": her title, no group "economist";
    "..., and riot police fired" is still the police."""
    r = run(
        "Luci Ellis, Westpac's chief economist, said so. Ann Bo, the campaign spokesman "
        "for Lee, said no. The march was backed by Ana Ruiz, and riot police fired tear gas."
    )
    found = actors_by_id(r)
    assert "economist" not in found and "spokesman" not in found
    assert found["Luci Ellis"].role == "chief economist"
    assert "police" in found


def test_the_bank_is_the_one_named_before_it() -> None:
    """ "The central bank said" after the Reserve Bank is named, before another bank is:
    the Reserve Bank (a bank named later is no rival)."""
    r = run(
        "The Reserve Bank of Norlandia kept rates on hold on Tuesday. The central bank said "
        "inflation would stay high. Halvard Bank had predicted a hold."
    )
    assert speakers(r)[0] == (1, "Reserve Bank of Norlandia")


def test_added_before_what_is_added_is_a_deed() -> None:
    """ "Gakpo added a third in stoppage time" scores, says nothing; "he added that ..." and
    '"...," he added' are statements."""
    r = run(
        'Tom Gakpo added a third in stoppage time. "We won," he added. He added that the '
        "team was tired."
    )
    assert speakers(r) == [(1, "Tom Gakpo"), (2, "Tom Gakpo")]


def test_a_clubs_nickname_is_the_club() -> None:
    """ "The Gunners, who had not lost since September," is Arsenal (data: nicknames no
    other club shares)."""
    r = run("Arsenal lost at Villa on Saturday. The Gunners are second, two points behind.")
    assert [m.actor_id for m in r.mentions if m.text in ("Arsenal", "Gunners")] == [
        "Arsenal",
        "Arsenal",
    ]


def test_a_listed_organisation_and_another_are_two() -> None:
    """ "deals with Nvidia and Advanced Micro Devices": two companies ("Devices" ends a
    company's name), not one "Nvidia and ..." affiliated with Nvidia; "unlock AI's
    potential" names no organisation "AI"."""
    r = run(
        "The deals with Nvidia and Halvard Micro Devices followed. It would unlock AI's "
        "potential, Tom Lee said."
    )
    found = actors_by_id(r)
    assert found["Halvard Micro Devices"].kind is ActorKind.ORGANISATION
    assert "Nvidia" in found and "AI" not in found


def test_according_to_a_countrys_organisation_is_the_organisation() -> None:
    """ "according to Chile's National Seismic Office", "according to China's official
    Xinhua news agency": the organisation speaks, not the country that owns it."""
    r = run(
        "The quake struck at noon, according to Chile's National Seismic Office. The talks "
        "ended, according to China's official Xinhua news agency. Prices rose, said China's "
        "official Xinhua news agency."
    )
    assert speakers(r) == [(0, "National Seismic Office"), (1, "Xinhua"), (2, "Xinhua")]


def test_large_companies_and_broadcasters_are_listed() -> None:
    """ "SK Hynix said", "told GloboNews", "AMD": organisations from the data file, not
    persons or unknown letters."""
    found = actors_by_id(run("SK Hynix said profits rose. She told GloboNews AMD would gain."))
    assert found["SK Hynix"].kind is ActorKind.ORGANISATION
    assert "GloboNews" in found["Globo"].aliases
    assert found["Advanced Micro Devices"].kind is ActorKind.ORGANISATION


def test_critics_and_columnists_are_titles() -> None:
    """ "Critic Anna Berg said", "Columnist Ann Bo said": the role, not a word of the
    name."""
    found = actors_by_id(run("Critic Anna Berg said so. Columnist Ann Bo said yes."))
    assert (found["Anna Berg"].role, found["Ann Bo"].role) == ("critic", "columnist")


def test_an_outlet_named_after_its_noun_speaks() -> None:
    """ "said the state news agency Tass", "according to the Russian daily Vedomosti",
    "according to Chinese state broadcaster CCTV": the outlet, not the country."""
    r = run(
        "Prices fell, said the state news agency Tass. Prices rose, according to the "
        "Russian daily Vedomosti. It ended, according to Chinese state broadcaster CCTV. "
        "It began, according to Russian officials."
    )
    assert [s for _, s in speakers(r)] == ["Tass", "Vedomosti", "CCTV", "Russian officials"]


def test_an_organisations_people_after_its_possessive_are_its_group() -> None:
    """ "Nvidia's engineers said" are Nvidia's group (as "Russia's diplomats" are Russia's);
    "The African Union's observer mission said" is the Union speaking."""
    r = run(
        "Nvidia's engineers said the chip was late. The African Union's observer mission "
        "said the vote was fair."
    )
    found = actors_by_id(r)
    assert found["Nvidia's engineers"].affiliation == "Nvidia"
    assert speakers(r) == [(0, "Nvidia's engineers"), (1, "African Union")]


def test_advocates_and_barristers_are_titles_and_groups() -> None:
    """ "Senior advocate C.U. Singh said" has the role; "Advocates said", "Attorneys said"
    are groups, no persons."""
    r = run("Senior advocate C.U. Singh said so. Advocates said no. Attorneys said yes.")
    found = actors_by_id(r)
    assert found["C.U. Singh"].role == "senior advocate"
    assert found["advocates"].kind is ActorKind.GROUP
    assert found["attorneys"].kind is ActorKind.GROUP


def test_they_said_is_the_group_that_spoke_just_before() -> None:
    """ "Officials said ... They said ...": the officials; not a group that spoke two
    sentences earlier (session 12: two countries that open the sentence before are both:
    "Russia and Ukraine met. They said" is theirs)."""
    r = run(
        "Officials said the talks failed. They said a deal was still possible. The rain "
        "went on. Officials met on Monday. They said nothing new."
    )
    assert speakers(r) == [(0, "officials"), (1, "officials")]
