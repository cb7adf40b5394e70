"""Session 20's actor and speaker probes, on invented sentences."""

from __future__ import annotations

from speaker_checks import run

from explorer.model import Actor


def _actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in run(text).actors}


def test_an_office_of_a_listed_place_is_that_places() -> None:
    actors = _actors(
        "Colorado Attorney General Phil Weiser called the ruling important. Sindh Chief "
        "Minister Faisal Mehr said relief was on its way. Texas Gov. Rick Abbottson said the "
        "state would sue."
    )
    assert (actors["Phil Weiser"].role, actors["Phil Weiser"].affiliation) == (
        "attorney general",
        "Colorado",
    )
    assert actors["Faisal Mehr"].affiliation == "Sindh"
    assert (actors["Rick Abbottson"].role, actors["Rick Abbottson"].affiliation) == (
        "governor",
        "Texas",
    )


def test_an_unknown_name_before_a_places_office_is_that_place() -> None:
    actors = _actors(
        "Grand Rapids Mayor Rosalynn Bliss said the city would help. Uvalde County Sheriff "
        "Ruben Nolasco declined to comment. Western Cape Premier Alan Winde said the "
        "province was ready."
    )
    assert actors["Grand Rapids"].kind.value == "place"
    assert actors["Rosalynn Bliss"].affiliation == "Grand Rapids"
    assert actors["Ruben Nolasco"].affiliation == "Uvalde County"
    assert actors["Alan Winde"].affiliation == "Western Cape"


def test_words_of_the_holder_or_the_level_before_an_office_name_no_place() -> None:
    actors = _actors(
        "Outgoing Mayor Ann Lee said she was proud. State Premier Joanne Kell said no. "
        "Interim Police Chief Robin Hale said officers were on duty. Bavarian Premier "
        "Markus Soeder said the state would help."
    )
    people = {"Ann Lee", "Joanne Kell", "Robin Hale", "Markus Soeder"}
    assert not {a for a in actors if a not in people and actors[a].kind.value == "place"}
    assert all(actors[p].affiliation is None for p in people)


def test_other_roles_after_a_place_keep_no_place() -> None:
    actors = _actors(
        "Ohio Sen. Bernie Morel said he would vote no. Truman's secretary of state, Dean "
        "Acheson, created NATO. Armando Gutierrez, spokesman for the relatives in Miami, "
        "said they would stay."
    )
    assert actors["Armando Gutierrez"].affiliation is None
    assert actors["Bernie Morel"].affiliation is None
    assert actors["Dean Acheson"].affiliation is None


def test_a_party_in_apposition_wins_over_the_place_of_an_office() -> None:
    actors = _actors(
        "Ohio Attorney General Dana Yorke, a Republican, criticized the vote. She said it was "
        "a mistake."
    )
    assert actors["Dana Yorke"].affiliation == "Republicans"


def _quote_speakers(text: str) -> list[str | None]:
    return [q.speaker_id for q in run(text).quotes]


def test_she_said_after_an_unnamed_speaker_is_the_person_named_since() -> None:
    text = (
        "The utility cut power as a precaution. A company spokesperson said the cause was "
        "not known.\n\nAt a shelter at the Lake County fairgrounds in Ridgeton, Mara Holt, "
        '71, sat beside her two dogs. "I did this in 2018," she said. "And here I am."'
    )
    assert _quote_speakers(text) == ["Mara Holt", "Mara Holt"]


def test_he_said_after_an_unnamed_speaker_with_nobody_named_since_stays_unnamed() -> None:
    text = (
        "Tomas Berg founded the firm in 1990. A spokesman said sales fell.\n\nCosts rose "
        'too. "Prices will stay the same," he said.'
    )
    assert "Tomas Berg" not in _quote_speakers(text)


def test_capitals_joined_by_an_ampersand_are_one_organisation() -> None:
    r = run(
        "Pacific Gas & Electric cut power to 30,000 customers. A PG&E spokesperson said the "
        "cause was unknown. AT&T said it would cut jobs. Spending on R&D rose as M&A "
        "activity slowed."
    )
    ids = {a.id for a in r.actors}
    assert "AT&T" in ids and "T" not in ids and "PG" not in ids
    assert not {"R&D", "M&A", "D", "A"} & ids
    pge = next(a for a in r.actors if a.id == "Pacific Gas & Electric")
    assert "PG&E" in pge.aliases
    assert [a.speaker_id for a in r.attributions] == ["Pacific Gas & Electric", "AT&T"]


def test_the_letter_x_on_its_own_is_the_social_network() -> None:
    actors = _actors(
        "Gov. Ana Ruiz toured the area. In a post on X, the governor thanked crews. The "
        "company's X account was silent. Malcolm X was killed in 1965."
    )
    assert actors["X"].kind.value == "organisation"
    assert actors["Ana Ruiz"].role == "governor"
    assert "Malcolm X" in actors
    assert all(a.role != "governor" for name, a in actors.items() if name != "Ana Ruiz")


def test_fire_service_ranks_are_titles() -> None:
    actors = _actors(
        "Cal Fire Battalion Chief Marisol Ortega told reporters the fire was spreading. "
        "Austin Fire Chief Joel Baker said crews were ready."
    )
    assert (actors["Marisol Ortega"].role, actors["Marisol Ortega"].affiliation) == (
        "battalion chief",
        "Cal Fire",
    )
    assert "Cal Fire Battalion" not in actors
    assert actors["Joel Baker"].affiliation == "Austin"


def test_two_titles_joined_by_and_keep_the_first_ones_country() -> None:
    actors = _actors(
        "Qatar's Prime Minister and Foreign Minister Sheikh Ahmed bin Ali Al Thani told "
        "reporters the gaps were real. Nordlys President and Chief Executive Jane Doe said "
        "sales rose."
    )
    al_thani = actors["Ahmed bin Ali Al Thani"]
    assert (al_thani.role, al_thani.affiliation) == ("foreign minister", "Qatar")
    assert actors["Jane Doe"].role == "chief executive"


def test_a_fields_word_before_an_employees_noun_after_an_inverted_cue() -> None:
    r = run(
        '"It is a reputational issue," said retail analyst John Stevenson. "It is bad," '
        "said oil economist Tom Reed."
    )
    assert [q.speaker_id for q in r.quotes] == ["John Stevenson", "Tom Reed"]


def test_a_description_before_a_cue_is_a_clauses_subject_not_an_apposition() -> None:
    ids = {
        a.id
        for a in run(
            "The council fined the captain for a slow over rate in the first Test, the "
            "governing body said. Initially, the company said it would close two plants."
        ).actors
    }
    assert "Test" not in ids and "Initially" not in ids


def test_a_texts_own_name_for_a_listed_organisations_letters() -> None:
    actors = _actors(
        "The International Cricket Council (ICC) fined the captain on Monday. The ICC said "
        "he would miss one match."
    )
    assert "ICC" in actors["International Cricket Council"].aliases
    assert "International Criminal Court" not in actors
    court = _actors("The International Criminals Court (ICC) said it would rule on Monday.")
    assert "International Criminal Court" in court  # (a misspelling of the listed court)


def test_a_two_word_demonym_before_a_cue_is_the_person_named_before() -> None:
    r = run(
        "England head coach Brendon McCullum said his side would not change. "
        '"We play the way we play," the New Zealander said.'
    )
    assert [a.speaker_id for a in r.attributions] == ["Brendon McCullum", "Brendon McCullum"]


def test_the_judge_is_the_one_justice_named() -> None:
    r = run(
        "Mr Justice Fancourt said in a written ruling that the company had failed to make "
        'its case. "The evidence falls well short," the judge wrote.'
    )
    assert [a.speaker_id for a in r.attributions] == ["Fancourt", "Fancourt"]


def test_the_company_is_not_the_employer_of_analysts_quoted_on_it() -> None:
    actors = _actors(
        "Harland & Moss said it was disappointed. Its shares fell 3%. Analysts at Peel Hunt "
        "said the payment would have little effect. The company's chair, Lady Fiona "
        "Hartley, is due to step down in June."
    )
    assert actors["Fiona Hartley"].affiliation == "Harland & Moss"
    # ... while "the bank's" after an economist of a bank is that bank's
    bank = _actors(
        'Economists at Standard Chartered expect one more cut. "The governor was dovish," '
        "said Razia Khan, the bank's head of research for Africa."
    )
    assert bank["Razia Khan"].affiliation == "Standard Chartered"


def test_a_partys_chamber_or_wing_between_it_and_a_title() -> None:
    actors = _actors(
        '"There is nothing in it," Greens parliamentary leader Katharina Droege said. '
        "Labour party chairman Ann Lee said the vote was fair."
    )
    droege = actors["Katharina Droege"]
    assert (droege.role, droege.affiliation) == ("parliamentary leader", "Greens")
    assert (actors["Ann Lee"].role, actors["Ann Lee"].affiliation) == ("chairman", "Labour")


def test_neighbours_who_speak_are_a_group() -> None:
    r = run(
        "Neighbours said they had heard shouting in the early hours. A neighbour told "
        "reporters the couple argued often. Israel and its neighbours signed the deal."
    )
    kinds = {a.id: a.kind.value for a in r.actors}
    assert kinds.get("neighbours") == "group" and kinds.get("a neighbour") == "group"
    assert "Neighbours" not in kinds
    assert [a.speaker_id for a in r.attributions] == ["neighbours", "a neighbour"]
    # a neighbour nobody quotes names no group
    assert "neighbours" not in {a.id for a in run("Israel and its neighbours signed it.").actors}


def test_a_rank_word_inside_an_organisations_name() -> None:
    actors = _actors(
        "Detective Chief Inspector Claire Bentley, of the Homicide and Major Enquiry Team, "
        "said officers were not looking for anyone else. The Major Crimes Unit took over."
    )
    assert actors["Homicide and Major Enquiry Team"].kind.value == "organisation"
    assert actors["Major Crimes Unit"].kind.value == "organisation"
    assert "Enquiry Team" not in actors and "Crimes Unit" not in actors


def test_the_agency_is_the_one_named_last_nearby_else_the_storys() -> None:
    r = run(
        "The World Health Organization said on Monday it had sent teams. The agency said "
        "cases were rising. A spokeswoman for UNICEF said children were at risk. The agency "
        "estimated 2,000 children were malnourished."
    )
    assert [a.speaker_id for a in r.attributions] == [
        "World Health Organization",
        "World Health Organization",
        "UNICEF",
        "UNICEF",
    ]


def test_the_agency_after_two_agencies_in_two_paragraphs() -> None:
    r = run(
        "The World Food Programme (WFP) said it had money only until April. Families will "
        "get half rations, the agency's spokesperson said.\n\nThe U.N. refugee agency UNHCR "
        "counted 20,000 arrivals. UNHCR's representative in Chad said the border was busy."
        "\n\nHe said the agency had registered 58 children."
    )
    linked = [m.actor_id for m in r.mentions if m.text == "the agency"]
    assert linked == ["World Food Programme", "UNHCR"]


def test_the_social_network_at_a_sentences_end() -> None:
    assert "X" in {a.id for a in run("The governor wrote on X. She deleted it later.").actors}


def test_bare_police_is_the_one_force_named() -> None:
    r = run(
        "West Yorkshire Police said a man had been charged. Police said they were not "
        "looking for anyone else."
    )
    assert [a.speaker_id for a in r.attributions] == ["West Yorkshire Police"] * 2
    assert "police" not in {a.id.lower() for a in r.actors}
    kenya = run("Kenyan police fired tear gas in Nairobi. Police said 12 people were arrested.")
    assert [a.speaker_id for a in kenya.attributions] == ["Kenyan police"]
    # two forces, or a police union alone: bare "police" stays a group of its own
    two = run(
        "Essex Police and Kent Police searched the site. Police said no one was hurt. The "
        "Police Federation said officers were tired."
    )
    assert "police" in {a.id.lower() for a in two.actors}
