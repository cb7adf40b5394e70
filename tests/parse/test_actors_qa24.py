"""QA round 24 on actors (tests/fixtures/actors_unseen24/FINDINGS.md): the general defects
found on three unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, run, speakers_of

from explorer.model import ActorKind

# "His son, Senator X, said ... The lawmaker said": the one legislator named (was a group
# "the lawmaker").


def test_the_lawmaker_is_the_one_senator_named() -> None:
    text = (
        "Senator Clara Vossberg-Lind said her party would table an amendment. "
        "The lawmaker said it had enough signatures."
    )
    assert speakers_of(text, "The lawmaker said") == ["Clara Vossberg-Lind"]
    assert "the lawmaker" not in actor_ids(text)


def test_the_lawmaker_is_nobody_of_two_legislators() -> None:
    text = (
        "Senator Clara Vossberg-Lind backed the bill. Congressman Teo Marsh-Abbott opposed it. "
        "The lawmaker said the vote was close."
    )
    assert speakers_of(text, "The lawmaker said") not in (
        ["Clara Vossberg-Lind"],
        ["Teo Marsh-Abbott"],
    )


# "Forum Secretary General X said ... The bloc said": the Pacific Islands Forum (data: the
# regional blocs "the bloc" may stand for; was no speaker).


def test_the_bloc_is_the_regional_forum_named_before() -> None:
    text = (
        "Leaders of the Pacific Islands Forum met in Suva on Monday. "
        'The bloc said rising seas were "the single greatest threat" to the region.'
    )
    assert speakers_of(text, "The bloc said") == ["Pacific Islands Forum"]
    assert quote_speakers(text) == ["Pacific Islands Forum"]


def test_the_bloc_of_caribbean_states() -> None:
    text = "CARICOM leaders gathered in Bridgetown. The bloc said it would seek debt relief."
    assert speakers_of(text, "The bloc said") == ["CARICOM"]


# "The British Medical Association said ... A union spokesman said": a union's name may end
# in "Association", "Federation", "Guild", "Workers" (was a group "spokesman").


def test_a_union_spokesman_speaks_for_the_association_named_before() -> None:
    text = (
        "The Nordland Nurses Association said its members would strike on Monday. "
        'A union spokesman said members were "more determined than ever".'
    )
    assert speakers_of(text, "A union spokesman") == ["Nordland Nurses Association"]
    assert quote_speakers(text) == ["Nordland Nurses Association"]
    assert "spokesman" not in actor_ids(text)


def test_a_union_spokesman_is_not_a_company_named_before() -> None:
    text = "Orvane Energy said it would close the plant. A union spokesman said talks went on."
    assert speakers_of(text, "A union spokesman") != ["Orvane Energy"]


# "Health Secretary X said ... The health secretary said": a British or US portfolio's
# secretary named again by the title alone (was no speaker; "the foreign secretary" was
# already found).


def test_the_health_secretary_said_is_the_one_named_before() -> None:
    text = (
        "Health Secretary Wes Harrowby-Lane called the strike irresponsible. "
        "The health secretary said he would meet union leaders next week."
    )
    assert speakers_of(text, "The health secretary said") == ["Wes Harrowby-Lane"]


def test_the_education_secretary_after_a_name() -> None:
    text = (
        "Bridget Phillipson-Hart, the education secretary, said schools would reopen. "
        "The education secretary said exams would go ahead."
    )
    assert actor_of(text, "Bridget Phillipson-Hart") == (
        ActorKind.PERSON,
        None,
        "education secretary",
    )
    assert speakers_of(text, "The education secretary said") == ["Bridget Phillipson-Hart"]


# "X said Wellington shared the islands' frustration": a capital after "said" before a verb
# of a government's stance (shared, accepted, rejected, condemned, understood) is its
# government (was a place).


def test_said_wellington_shared_is_new_zealand() -> None:
    text = (
        "New Zealand Foreign Minister Winsome Parata-Hale said Wellington shared the "
        "islands' frustration."
    )
    assert "Wellington" not in actor_ids(text)
    assert "New Zealand" in actor_ids(text)


def test_said_a_capital_rejected_the_claim_is_its_government() -> None:
    text = "A spokesman for the ministry said Canberra rejected the claim."
    assert "Canberra" not in actor_ids(text)
    assert "Australia" in actor_ids(text)


def test_said_a_capital_was_flooded_stays_a_place() -> None:
    text = "The weather office said Wellington was flooded on Monday."
    assert actor_of(text, "Wellington")[0] is ActorKind.PLACE


# "Congressman X": a title (was a person "Congressman X" of no role).


def test_congressman_is_a_title() -> None:
    text = "Congressman Teo Marsh-Abbott opposed the bill. Marsh-Abbott said it cost too much."
    assert actor_of(text, "Teo Marsh-Abbott") == (ActorKind.PERSON, None, "congressman")
    assert speakers_of(text, "Marsh-Abbott said") == ["Teo Marsh-Abbott"]


# "The Patients Association said ... It thanked staff for "their extraordinary efforts"": a
# speech verb (the quote had no speaker; round 23's "It thanked the UAE for its ..." too).


def test_it_thanked_gives_its_quote_to_the_organisation() -> None:
    text = (
        'The Orrin Patients Trust said people were "caught in the middle". '
        'It thanked staff for "their extraordinary efforts" during previous walkouts.'
    )
    assert speakers_of(text, "It thanked") == ["Orrin Patients Trust"]
    assert quote_speakers(text) == ["Orrin Patients Trust", "Orrin Patients Trust"]


def test_a_minister_hailed_the_ruling_is_her_statement() -> None:
    text = "Justice Minister Ana Vell-Ortiz hailed the ruling as a victory for democracy."
    assert speakers_of(text, "Justice Minister") == ["Ana Vell-Ortiz"]


# "Ukraine's human rights ombudsman, X,", "Its national medical director, Professor X,": the
# field before a one-word title in an apposition stays in the role (was "ombudsman",
# "director"); the side spoken for does not ("A rebel spokesman, X," is a spokesman).


def test_a_human_rights_ombudsman_keeps_the_field() -> None:
    text = "Ukraine's human rights ombudsman, Dmytro Vell-Koval, said the men had been tortured."
    assert actor_of(text, "Dmytro Vell-Koval") == (
        ActorKind.PERSON,
        "Ukraine",
        "human rights ombudsman",
    )


def test_a_national_medical_director_keeps_both_words() -> None:
    text = (
        "NHS England said appointments had been moved. Its national medical director, "
        "Professor Meg Pandit-Hale, urged patients to attend."
    )
    assert actor_of(text, "Meg Pandit-Hale")[2] == "national medical director"


def test_the_ombudsman_said_still_finds_the_holder_of_the_longer_role() -> None:
    text = (
        "Ukraine's human rights ombudsman, Dmytro Vell-Koval, said the men had been tortured. "
        "The ombudsman said many needed treatment."
    )
    assert speakers_of(text, "The ombudsman said") == ["Dmytro Vell-Koval"]


def test_a_rebel_spokesman_stays_a_spokesman() -> None:
    text = "A rebel spokesman, Karim Hadd-Ali, said the group would attend."
    assert actor_of(text, "Karim Hadd-Ali")[2] == "spokesman"


# "LONDON ... Health Secretary X", "Prime Minister Y": a department's secretary takes the
# dateline's country as a minister does, and so do both where the story names no country
# at all (had none).


def test_a_health_secretary_takes_the_datelines_country() -> None:
    text = (
        "LONDON, March 11 (Reuters) - Resident doctors in England began a strike on Tuesday. "
        "Health Secretary Wes Harrowby-Lane called the walkout irresponsible. "
        "Downing Street said Prime Minister Kay Stalbridge-Reid backed him."
    )
    assert actor_of(text, "Wes Harrowby-Lane") == (
        ActorKind.PERSON,
        "United Kingdom",
        "health secretary",
    )
    assert actor_of(text, "Kay Stalbridge-Reid")[1] == "United Kingdom"


def test_a_general_secretary_takes_no_datelines_country() -> None:
    text = (
        "LONDON, March 11 (Reuters) - Nurses in England voted to strike on Tuesday. "
        "General Secretary Nia Rangel-Hollis said members were angry."
    )
    assert actor_of(text, "Nia Rangel-Hollis")[1] is None


# "Downing Street said Prime Minister Y had full confidence in Streeting-Lowe": the person
# named before (was a place "Streeting-Lowe"; "in" after a noun of trust takes a person).


def test_confidence_in_a_surname_is_the_person() -> None:
    text = (
        "Health Secretary Wes Harrowby-Lane defended the offer on Monday. Downing Street "
        "said the prime minister had full confidence in Harrowby-Lane."
    )
    assert "Harrowby-Lane" not in actor_ids(text)
    r = run(text)
    assert [m.actor_id for m in r.mentions if m.text == "Harrowby-Lane"] == ["Wes Harrowby-Lane"]


# "A Chinese foreign ministry spokesman said": the Chinese Foreign Ministry speaks, as for
# "a spokesman for China's foreign ministry" (was a group "a Chinese foreign ministry
# spokesman").


def test_a_demonym_ministry_spokesman_is_the_ministry() -> None:
    text = "A Chinese foreign ministry spokesman said Pacific nations were free to choose."
    assert speakers_of(text, "A Chinese foreign") == ["Chinese Foreign Ministry"]
    assert actor_of(text, "Chinese Foreign Ministry") == (ActorKind.ORGANISATION, "China", None)
    assert "a Chinese foreign ministry spokesman" not in actor_ids(text)


def test_a_defence_ministry_spokeswoman_of_a_demonym() -> None:
    text = "A Russian defence ministry spokeswoman said the drones had been shot down."
    assert speakers_of(text, "A Russian defence") == ["Russian Defence Ministry"]
