"""QA round 12 on actors (tests/fixtures/actors_unseen12/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, speakers_of

from explorer.model import ActorKind

# A place ending a sentence's opening phrase is no person with the title after its comma.


def test_a_town_ending_an_opening_phrase_is_no_speaker() -> None:
    text = (
        "Campaigning at a rally in Melavur, the Janata Dal president said the pact would "
        'fail. "They will lose," he said.'
    )
    assert actor_of(text, "Melavur")[0] is ActorKind.PLACE
    assert "Melavur" not in speakers_of(text, "Campaigning")
    assert speakers_of(text, "Campaigning") == ["the Janata Dal president"]


def test_a_town_after_a_prepositional_opening_is_a_place() -> None:
    text = "At a meeting in Koravur, the union leader said workers would strike."
    assert actor_of(text, "Koravur") == (ActorKind.PLACE, None, None)


def test_a_name_after_a_comma_inside_the_opening_stays_a_person() -> None:
    text = "He met Tomas Varga, the party leader, in Koravur on Monday."
    assert actor_of(text, "Tomas Varga") == (ActorKind.PERSON, None, "leader")


# A place's name right after a title and before one last word is a first name, as a
# country's is ("Defence Minister Israel Katz").


def test_a_capitals_name_after_a_title_is_a_first_name() -> None:
    text = (
        "Attorney General Victoria Hallam said the ruling was a win. Hallam said the company "
        "must comply."
    )
    ids = actor_ids(text)
    assert "Victoria" not in ids
    assert actor_of(text, "Victoria Hallam") == (ActorKind.PERSON, None, "attorney general")
    assert speakers_of(text, "Hallam said") == ["Victoria Hallam"]


# Cricket's positions are titles, not words of the name; so is an umpire.


def test_a_cricket_position_before_a_name_is_a_role() -> None:
    text = (
        "Paceman Kieran Holt took four wickets before lunch. Umpire Dilan Perera warned him "
        'for running on the pitch. "It was fair," Holt said.'
    )
    ids = actor_ids(text)
    assert "Paceman Kieran Holt" not in ids
    assert actor_of(text, "Kieran Holt")[2] == "paceman"
    assert actor_of(text, "Dilan Perera")[2] == "umpire"
    assert speakers_of(text, '"It was fair,"') == ["Kieran Holt"]


def test_wicketkeeper_and_opener_are_roles() -> None:
    text = "Wicketkeeper Amit Desai and opener Ravi Menon both made fifties."
    assert actor_of(text, "Amit Desai")[2] == "wicketkeeper"
    assert actor_of(text, "Ravi Menon")[2] == "opener"


# India's and Oman's honorifics are no words of the name.


def test_shri_and_sayyid_are_honorifics() -> None:
    text = (
        "Shri Ramesh Nair told reporters the alliance would hold. Sayyid Hamad bin Salim "
        "al-Rawahi said talks would resume."
    )
    ids = actor_ids(text)
    assert "Ramesh Nair" in ids
    assert "Hamad bin Salim al-Rawahi" in ids
    assert not any(i.startswith(("Shri", "Sayyid")) for i in ids)


# A listed company's first word alone is the company ("Epic Games" ... "Epic said").


def test_a_listed_companys_first_word_is_the_company() -> None:
    text = (
        'Epic Games filed the complaint in 2021. "The fees are a tax," Epic said in a '
        "statement on Tuesday."
    )
    assert "Epic" not in actor_ids(text)
    assert speakers_of(text, '"The fees') == ["Epic Games"]


def test_a_place_is_no_short_form_of_a_listed_club() -> None:
    text = "Manchester United trained in Manchester on Friday before the final."
    assert actor_of(text, "Manchester")[0] is ActorKind.PLACE


# "..., said one X official": "one" a count after an inverted cue, as "a".


def test_said_one_diplomat_is_the_speaker() -> None:
    text = (
        '"The deal is as good as dead," said one EU diplomat, who asked not to be named. '
        '"Nobody will sign it."'
    )
    assert speakers_of(text, '"The deal') == ["EU diplomat"]
    assert actor_of(text, "EU diplomat")[1] == "European Union"


def test_said_one_us_official_after_a_quote() -> None:
    text = '"Talks are frozen," said one U.S. official, who was not authorised to speak.'
    assert speakers_of(text, '"Talks') == ["U.S. official"]


# Parliaments known by their own names are listed organisations; a language is no place.


def test_parliaments_by_their_own_names_are_organisations() -> None:
    text = (
        "Opposition members walked out of the Lok Sabha on Friday. In Jerusalem, the "
        "Knesset passed the budget, while the Sejm in Warsaw delayed its vote."
    )
    assert actor_of(text, "Lok Sabha") == (ActorKind.ORGANISATION, "India", None)
    assert actor_of(text, "Knesset")[:2] == (ActorKind.ORGANISATION, "Israel")
    assert actor_of(text, "Sejm")[:2] == (ActorKind.ORGANISATION, "Poland")


def test_a_language_after_in_is_no_place() -> None:
    text = "The minister spoke in Hindi and later posted a message in Swahili and in Arabic."
    ids = actor_ids(text)
    assert not ids & {"Hindi", "Swahili", "Arabic"}


# An organisation's name and noun speak with an apposition before the cue.


def test_a_party_with_an_apposition_after_its_noun_speaks() -> None:
    text = (
        "The Labour party, a junior coalition partner, said the budget had "
        '"betrayed working families."'
    )
    assert speakers_of(text, "The Labour party") == ["Labour"]


def test_a_party_with_a_relative_clause_after_its_noun_speaks() -> None:
    text = "The Green party, which holds 12 seats, said it would vote against the bill."
    assert speakers_of(text, "The Green party") != []


# A think tank's fellow is a role; a US appeals court and an app store are organisations.


def test_a_research_fellow_at_a_think_tank_has_role_and_employer() -> None:
    text = '"The truce is fragile," said Omar Saleh, a research fellow at Chatham House.'
    assert actor_of(text, "Omar Saleh") == (
        ActorKind.PERSON,
        "Chatham House",
        "research fellow",
    )


def test_a_circuit_court_is_no_person_and_no_pronouns_antecedent() -> None:
    text = (
        "The company will appeal to the Ninth Circuit. It expects a ruling next year. "
        "Developers sell through the App Store and the Play Store."
    )
    ids = actor_ids(text)
    assert "Ninth Circuit" not in ids
    assert actor_of(text, "U.S. Court of Appeals for the Ninth Circuit")[0] is (
        ActorKind.ORGANISATION
    )
    assert actor_of(text, "App Store") == (ActorKind.ORGANISATION, "Apple", None)
    assert actor_of(text, "Google Play")[0] is ActorKind.ORGANISATION


# A demonym before a title's modifiers ("deputy", "acting") names the title's country.


def test_a_demonym_before_deputy_names_the_country() -> None:
    text = "Kemal Aydin, the Turkish deputy interior minister, said the border would reopen."
    assert actor_of(text, "Kemal Aydin") == (
        ActorKind.PERSON,
        "Turkey",
        "deputy interior minister",
    )


def test_a_demonym_before_acting_names_the_country() -> None:
    text = "Ana Lopes, the Brazilian acting health minister, said cases were falling."
    assert actor_of(text, "Ana Lopes")[1] == "Brazil"


# A lake's or a mountain's word and the name after it are one place.


def test_a_lake_named_for_a_capital_is_one_place() -> None:
    text = "Fishing boats on Lake Victoria stayed in port, officials in Kampala said."
    ids = actor_ids(text)
    assert actor_of(text, "Lake Victoria")[0] is ActorKind.PLACE
    assert not ids & {"Victoria", "Seychelles"}


def test_a_mountain_named_for_a_country_and_an_unknown_lake_are_places() -> None:
    text = "Snow fell on Mount Kenya while Lake Turkana flooded, police said."
    assert actor_of(text, "Mount Kenya")[0] is ActorKind.PLACE
    assert actor_of(text, "Lake Turkana")[0] is ActorKind.PLACE
    assert "Kenya" not in actor_ids(text)


# A chamber's word after a preposition is the article's organisation ending in it.


def test_the_parliament_after_a_preposition_is_the_named_parliament() -> None:
    text = (
        "The European Parliament approved the law on Tuesday. The Left, the smallest group "
        "in the Parliament, said it would challenge it."
    )
    assert "Parliament" not in actor_ids(text)
    assert actor_of(text, "European Parliament")[0] is ActorKind.ORGANISATION


# A title's field after "on" belongs to a title apposed before a name.


def test_a_spokesman_on_a_field_is_the_name_after_no_group() -> None:
    text = (
        "The World Wildlife Fund welcomed the plan. Its spokesman on oceans, Pedro Alves, "
        "said it came late."
    )
    ids = actor_ids(text)
    assert "spokesman" not in ids
    assert actor_of(text, "Pedro Alves") == (
        ActorKind.PERSON,
        "World Wide Fund for Nature",  # (listed: the WWF's name)
        "spokesman",
    )


# A minister of no country, in a sentence opening with a capital, is that government's.


def test_a_minister_after_an_opening_capital_is_its_countrys() -> None:
    text = (
        "Chip stocks fell on Monday. In Seoul, Trade Minister Han Jae-won said exports "
        "would suffer. In Tokyo, visiting Foreign Minister Ana Ruiz met business leaders."
    )
    assert actor_of(text, "Han Jae-won") == (ActorKind.PERSON, "South Korea", "trade minister")
    assert actor_of(text, "Ana Ruiz")[1] is None  # a visitor is no host's minister


# "Institution" ends an organisation's name.


def test_an_institution_is_an_organisation_and_employer() -> None:
    text = "Maya Cohen, a senior fellow at the Brookings Institution, said the plan would fail."
    assert actor_of(text, "Brookings Institution")[0] is ActorKind.ORGANISATION
    assert actor_of(text, "Maya Cohen") == (
        ActorKind.PERSON,
        "Brookings Institution",
        "senior fellow",
    )
