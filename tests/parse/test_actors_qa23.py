"""QA round 23 on actors (tests/fixtures/actors_unseen23/FINDINGS.md): the general defects
found on four unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, speakers_of

from explorer.model import ActorKind

# "The Commerce Department said ... A department spokeswoman said": the spokeswoman of the
# organisation named last whose name holds the noun before her (was a group "spokeswoman").


def test_a_department_spokeswoman_speaks_for_the_department_named_before() -> None:
    text = (
        "The Commerce Department said on Wednesday it was reviewing export rules. "
        'A department spokeswoman said "no decision" had been made.'
    )
    assert speakers_of(text, "A department spokeswoman") == ["Commerce Department"]
    assert quote_speakers(text) == ["Commerce Department"]
    assert "spokeswoman" not in actor_ids(text)


def test_a_ministry_spokesman_is_the_ministry_not_an_earlier_company() -> None:
    text = (
        "Orvane Energy said it would close the plant. The Finance Ministry said it was "
        "studying the plan. A ministry spokesman said talks would resume on Monday."
    )
    assert speakers_of(text, "A ministry spokesman") == ["Finance Ministry"]


def test_a_noun_no_organisation_named_before_holds_keeps_its_spokesman() -> None:
    text = "Orvane Energy said it would close the plant. A ministry spokesman said talks went on."
    assert speakers_of(text, "A ministry spokesman") != ["Orvane Energy"]


# "The Cupertino, California-based company said": where a company is based may be a town and
# its state (was no speaker, as "The Seattle-based company said" had been before round 22).


def test_a_company_based_in_a_town_and_its_state_is_the_company() -> None:
    text = (
        "Lumora Inc forecast weaker revenue on Thursday. "
        "The Cupertino, California-based company said sales in China fell."
    )
    assert speakers_of(text, "The Cupertino") == ["Lumora Inc"]
    assert actor_of(text, "Cupertino") == (ActorKind.PLACE, None, None)


def test_a_town_and_state_based_company_of_two_words() -> None:
    text = (
        "Halvorsen Systems Inc cut 300 jobs on Monday. "
        "The San Jose, California-based company said demand had slowed."
    )
    assert speakers_of(text, "The San Jose") == ["Halvorsen Systems Inc"]


# "Organisers said they would march again": the organisers are a group (was a person
# "Organisers").


def test_organisers_are_a_group() -> None:
    for word in ("Organisers", "Organizers"):
        text = f"Thousands marched on Tuesday. {word} said they would march again on Thursday."
        assert speakers_of(text, word) == [word.lower()]
        assert actor_of(text, word.lower()) == (ActorKind.GROUP, None, None)


# 'X said Washington had "serious concerns"', "said Berlin trusted France to", "expected Paris
# to respect": a capital opening a reported clause, before a verb of a government's stance
# or will, or asked to act, is its government (were places; round 22's open item).


def test_a_capital_reported_with_a_stance_is_its_government() -> None:
    text = (
        "Chancellor Anna Vogt-Lind said Berlin trusted France to overcome the crisis. "
        'Secretary of State Tom Reyes-Hall said Washington had "serious concerns".'
    )
    assert actor_of(text, "Germany")[0] is ActorKind.COUNTRY
    assert "Berlin" not in actor_ids(text)
    assert "Washington" not in actor_ids(text)
    assert "United States" in actor_ids(text)


def test_a_capital_expected_to_act_is_its_government() -> None:
    text = "The Commission said it expected Paris to respect EU fiscal rules."
    assert "Paris" not in actor_ids(text)
    assert "France" in actor_ids(text)


def test_a_capital_in_a_reported_clause_of_weather_or_damage_stays_a_place() -> None:
    text = (
        "The mayor said Paris was cold on Monday. Officials said Kyiv had no power for hours "
        "and said Kyiv had been hit by 40 drones."
    )
    ids = actor_ids(text)
    assert {"Paris", "Kyiv"} <= ids
    assert "France" not in ids and "Ukraine" not in ids


def test_a_capital_a_government_sides_with_is_its_government() -> None:
    text = 'The minister said the governments had "lined up with Washington" against him.'
    assert "Washington" not in actor_ids(text)
    assert "United States" in actor_ids(text)


# "X, a senior fellow at the Carnegie Endowment for International Peace", "The Coordination
# Headquarters for the Treatment of Prisoners of War ... The headquarters said": an
# endowment and a headquarters are organisations, named in full (were a place "Carnegie
# Endowment" and an organisation "International Peace"; an organisation "War").


def test_an_endowment_for_something_is_one_organisation_and_employs_its_fellow() -> None:
    text = (
        "Maria Shaw, a senior fellow at the Halden Endowment for Regional Peace, said "
        "the channel mattered."
    )
    assert actor_of(text, "Halden Endowment for Regional Peace")[0] is ActorKind.ORGANISATION
    assert actor_of(text, "Maria Shaw") == (
        ActorKind.PERSON,
        "Halden Endowment for Regional Peace",
        "senior fellow",
    )


def test_a_headquarters_named_in_full_speaks_again_as_the_headquarters() -> None:
    text = (
        "The Coordination Headquarters for the Treatment of Refugees said the list was "
        "agreed. The headquarters said it was also working to find missing people."
    )
    hq = "Coordination Headquarters for the Treatment of Refugees"
    assert speakers_of(text, "The Coordination") == [hq]
    assert speakers_of(text, "The headquarters said") == [hq]


# "The Kenya Private Sector Alliance, the main business lobby, urged ... The lobby said": a
# lobby by its apposition (had no speaker).


def test_the_lobby_is_the_organisation_its_apposition_calls_a_lobby() -> None:
    text = (
        "The Harbour Traders Alliance, the main business lobby, urged talks. "
        "The lobby said shops had lost millions."
    )
    assert speakers_of(text, "The lobby said") == ["Harbour Traders Alliance"]


def test_the_lobby_of_a_building_is_no_organisation() -> None:
    text = "Guests waited in the lobby of the Hotel Marlow on Monday."
    assert actor_ids(text) <= {"Hotel Marlow"}


# "Matignon said": the French prime minister's office, named by its residence (data), as
# Downing Street is (was a place, no speaker).


def test_matignon_speaks_for_the_french_prime_minister() -> None:
    text = "Matignon said it would continue to handle current affairs."
    assert speakers_of(text, "Matignon") == ["Matignon"]
    assert actor_of(text, "Matignon") == (ActorKind.ORGANISATION, "France", None)


# "X, who heads the party's group of deputies, said ... The far-right politician said her
# party was "ready to govern"": a politician described again by a lower-case description
# before a cue is the person the sentences before name (had no speaker).


def test_the_far_right_politician_is_the_person_named_before() -> None:
    text = (
        "Anne Varenne-Roux, who heads the party's group of deputies, said the president "
        'should call new elections. The far-right politician said her party was "ready to '
        'govern".'
    )
    assert speakers_of(text, "The far-right politician") == ["Anne Varenne-Roux"]
    assert quote_speakers(text) == ["Anne Varenne-Roux"]


def test_a_politician_with_no_one_named_before_is_no_one() -> None:
    text = "Voters were angry. The veteran politician said nothing."
    assert speakers_of(text, "The veteran politician") == []


# "X, head of Latin America fixed income strategy at Amherst Pierpont": a head's field may
# open with a region of two capitalised words, and past the field a name after "at" is the
# employer (was role "head", no employer; round 22's open item).


def test_a_head_of_a_regional_field_at_a_firm_is_employed_there() -> None:
    text = (
        '"The market had priced it," said Siobhan Kay, head of Latin America fixed income '
        "strategy at Halvard Pierce."
    )
    assert actor_of(text, "Siobhan Kay") == (
        ActorKind.PERSON,
        "Halvard Pierce",
        "head of Latin America fixed income strategy",
    )


def test_a_head_of_research_at_an_unknown_name_is_employed_there() -> None:
    text = '"Demand is weak," said Mia Lund, head of research at Halvard Pierce.'
    assert actor_of(text, "Mia Lund") == (ActorKind.PERSON, "Halvard Pierce", "head of research")


# "The uMkhonto weSizwe (MK) party of former president X said": a name after "of" and a
# title is no subject, as "a resident of Djibo" is none (was X's statement; round 21's open
# item).


def test_the_party_of_a_former_president_speaks_not_the_president() -> None:
    text = "The Freedom Party of former president Anna Berg said it would vote no."
    assert speakers_of(text, "The Freedom Party") == ["Freedom Party"]


def test_a_partys_letters_before_party_of_a_titled_name_speak() -> None:
    text = "The Lumo Vakha (LV) party of former prime minister Tom Hale said it would not join."
    assert speakers_of(text, "The Lumo Vakha") == ["Lumo Vakha"]


def test_a_spokesman_of_a_titled_name_still_speaks_for_the_name() -> None:
    text = "A spokesman of former president Tom Hale said he was ill."
    assert speakers_of(text, "A spokesman") == ["Tom Hale"]


# "NAIROBI ... Interior Cabinet Secretary X said": a cabinet secretary (Kenya's minister) of
# no country is the dateline's country's, as a minister is (had no country).


def test_a_cabinet_secretary_takes_the_datelines_country() -> None:
    text = (
        "NAIROBI, July 2 (Reuters) - Kenyan police fired tear gas at protesters in Kenya's "
        "capital. Interior Cabinet Secretary Amos Kiprono-Tanui said 37 officers were hurt."
    )
    assert actor_of(text, "Amos Kiprono-Tanui") == (
        ActorKind.PERSON,
        "Kenya",
        "interior cabinet secretary",
    )


# "The National Assembly backed the motion ..., the assembly's speaker, X, announced": a
# legislature's noun before a title names the legislature (data: owner_nouns; X was of none).


def test_the_assemblys_speaker_is_the_assemblys() -> None:
    text = (
        "The National Assembly backed the motion by 364 votes to 194, the assembly's "
        "speaker, Yael Braun-Fontaine, announced."
    )
    assert actor_of(text, "Yael Braun-Fontaine") == (
        ActorKind.PERSON,
        "National Assembly",
        "speaker",
    )


# "Ukrainian military intelligence, known by its acronym HUR, said": the name closing the
# description's apposition speaks, as after ", known as" (had no speaker).


def test_a_body_known_by_its_acronym_speaks_by_it() -> None:
    text = "Estonian military intelligence, known by its acronym EMIB, said it had helped."
    assert speakers_of(text, "Estonian military") == ["EMIB"]
