"""QA round 21 on actors (tests/fixtures/actors_unseen21/FINDINGS.md): the general defects
found on four unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, run, speakers_of

from explorer.model import ActorKind
from explorer.parse.actors.genders import person_genders

# "The minister said" of several ministers of a portfolio: the one named last, just before.


def test_the_minister_is_the_portfolio_minister_named_just_before() -> None:
    text = (
        "Interior Minister Pablo Ruiz-Olmo said 40 suspects were arrested. "
        "The minister said more raids would follow. "
        "Defence Minister Ana Vidal-Roca said troops would stay. "
        "The minister said the army had 9,000 soldiers in the state."
    )
    assert speakers_of(text, "The minister said more") == ["Pablo Ruiz-Olmo"]
    assert speakers_of(text, "The minister said the army") == ["Ana Vidal-Roca"]
    assert "the minister" not in actor_ids(text)


def test_the_minister_is_nobody_when_two_ministers_share_the_sentence_before() -> None:
    text = (
        "Interior Minister Pablo Ruiz-Olmo met Defence Minister Ana Vidal-Roca on Monday. "
        "The minister said more raids would follow."
    )
    assert speakers_of(text, "The minister said") not in (["Pablo Ruiz-Olmo"], ["Ana Vidal-Roca"])


# "the virologist said", "the general said": the one person of that role (or with that
# title before the name) named shortly before.


def test_the_profession_alone_is_the_person_described_so_just_before() -> None:
    text = (
        '"We are always behind," said Ola Tomori-Ade, a Ghanaian virologist. '
        'The virologist said aid cuts had hit testing. "We stop finding cases."'
    )
    assert speakers_of(text, "The virologist said") == ["Ola Tomori-Ade"]
    assert quote_speakers(text) == ["Ola Tomori-Ade", "Ola Tomori-Ade"]
    assert "the virologist" not in actor_ids(text)


def test_the_rank_before_a_name_is_the_person_again() -> None:
    text = (
        "Defence Minister General Tomas Rivas-Pena told reporters that 11,000 troops would "
        'stay. "We will stay as long as we are needed," the general said.'
    )
    assert quote_speakers(text) == ["Tomas Rivas-Pena"]


def test_the_profession_of_two_persons_named_before_is_nobody() -> None:
    text = (
        "Ola Tomori-Ade, a virologist, and Ken Osei-Bo, a virologist at Legon, disagreed. "
        "The virologist said testing had collapsed."
    )
    assert speakers_of(text, "The virologist said") not in (["Ola Tomori-Ade"], ["Ken Osei-Bo"])


def test_the_profession_named_long_before_is_nobody() -> None:
    filler = "The outbreak spread to four more districts over the weekend. " * 12
    text = f"Ola Tomori-Ade, a virologist, warned of more cases. {filler}The virologist said so."
    assert speakers_of(text, "The virologist said") != ["Ola Tomori-Ade"]


# "she said" after a sentence whose subject's "her" owns a kin noun: she is that subject.


def test_her_kin_gives_the_subject_the_pronouns_gender() -> None:
    text = (
        '"We are behind," said Ola Tomori-Ade, a virologist. The virologist said aid was cut. '
        "In Owo, nurse Blessing Okoro-Ojo lost her sister, Grace Okoro-Ojo, a midwife, in May. "
        '"She kept working because there was nobody else," she said.'
    )
    assert quote_speakers(text)[-1] == "Blessing Okoro-Ojo"


def test_her_as_an_object_gives_no_gender() -> None:
    text = "Kwame Mensah-Bo thanked her on Monday. Ama Osei-Tutu lost her son in May."
    r = run(text)
    said = person_genders(text, r.actors, r.mentions)
    assert "Kwame Mensah-Bo" not in said
    assert said["Ama Osei-Tutu"] == "f"


# A name before its initials in brackets keeps a country ending it and small words inside
# it: "Business Unity South Africa (BUSA)", "the Government of National Unity (GNU)".


def test_a_name_ending_in_a_country_before_its_initials_is_one_organisation() -> None:
    text = (
        "Business Unity Kenya (BUK), the main business lobby, called for calm. "
        "Its chief executive, Ann Moraa-Kibet, said a collapse would hurt."
    )
    assert speakers_of(text, "Business Unity") == ["Business Unity Kenya"]
    assert actor_of(text, "Ann Moraa-Kibet")[1] == "Business Unity Kenya"


def test_a_name_with_of_before_its_initials_is_one_organisation_wherever_written() -> None:
    text = (
        "The DA may quit the Government of National Unity (GNU). "
        '"The Government of National Unity will last," Ana Lee-Moss said.'
    )
    ids = actor_ids(text)
    assert "Government of National Unity" in ids
    assert "National Unity" not in ids
    assert actor_of(text, "Government of National Unity")[0] is ActorKind.ORGANISATION


# A people's word as a possessive inside a name after a capitalised word: one organisation.


def test_a_name_holding_womans_is_one_organisation() -> None:
    text = "Whole Woman's Health said it would appeal the ruling."
    assert speakers_of(text, "Whole") == ["Whole Woman's Health"]
    assert "Health" not in actor_ids(text)


def test_a_collective_by_its_apposition_is_the_collective() -> None:
    text = (
        "Every Mother's Voice, a collective of women searching for missing relatives, said "
        "it had found 19 graves. The collective said it had received threats."
    )
    assert speakers_of(text, "The collective said") == ["Every Mother's Voice"]


def test_a_possessive_pronoun_opens_no_such_name() -> None:
    text = "His Workers' Party (PT) lost the vote. Lula's Workers' Party said it would appeal."
    assert "His Workers' Party" not in actor_ids(text)


def test_the_charity_is_the_one_a_noun_before_its_name_calls_so() -> None:
    text = (
        "The medical charity Medecins Sans Frontieres (MSF) said its centre was full. "
        "The charity said it needed more beds."
    )
    assert speakers_of(text, "The charity said") == ["Doctors Without Borders"]


# One governor per (non-Reserve) central bank: a second "Governor X" is no bank's.


def test_a_second_governor_is_not_the_central_banks() -> None:
    text = (
        "Banxico Governor Victoria Ruiz-Ceja said the bank was watching trade. "
        "The Sonora state government said schools would reopen. "
        "Governor Ruben Rocha-Lira said the city was returning to normal."
    )
    assert actor_of(text, "Ruben Rocha-Lira")[1] is None
    assert actor_of(text, "Victoria Ruiz-Ceja")[1] == "Bank of Mexico"


def test_the_one_governor_named_after_the_bank_is_still_its() -> None:
    text = "The Bank of Japan raised rates. Governor Kazuo Ueda-Mori told a news conference."
    assert actor_of(text, "Kazuo Ueda-Mori")[1] == "Bank of Japan"


# "The party's president said": the one person of that role in an organisation named just
# before; Morena is a listed party.


def test_the_partys_president_is_the_one_named_before() -> None:
    text = (
        "Morena's president, Luisa Alcalde-Ruiz, backed the plan. "
        "The party's president said a bill would follow. "
        '"Those who sell the chemicals are guilty," she said.'
    )
    assert actor_of(text, "Luisa Alcalde-Ruiz") == (ActorKind.PERSON, "Morena", "president")
    assert speakers_of(text, "The party's president") == ["Luisa Alcalde-Ruiz"]
    assert quote_speakers(text) == ["Luisa Alcalde-Ruiz"]


def test_the_partys_leader_of_two_leaders_named_before_is_nobody() -> None:
    text = (
        "The Labour Party's leader, Tom Hale-Ross, and the Green Party's leader, Ana Brin-Lee, "
        "met. The party's leader said the vote was close."
    )
    assert speakers_of(text, "The party's leader") not in (["Tom Hale-Ross"], ["Ana Brin-Lee"])


# A possessive's capitalised title before a cue with no name: a speaker as the lower-case one.


def test_a_countrys_capitalised_title_alone_speaks() -> None:
    text = "Iran's Supreme Leader said on Sunday the talks were a trap."
    assert actor_of(text, "Iran's Supreme Leader") == (ActorKind.GROUP, "Iran", "supreme leader")
    assert speakers_of(text, "Iran's") == ["Iran's Supreme Leader"]


def test_a_countrys_capitalised_title_is_its_holder_named_before() -> None:
    text = (
        "Supreme Leader Ayatollah Ali Khamenei met the president. The minister left. "
        "Iran's Supreme Leader said on Sunday the talks were a trap."
    )
    assert speakers_of(text, "Iran's Supreme") == ["Ali Khamenei"]


# "The party's spokesperson, X," after a quote naming another party: the quoted name is no
# owner; the speaker's party before the quote is.


def test_a_name_inside_a_quote_owns_no_title_after_it() -> None:
    text = (
        "The Democratic Alliance (DA) threatened to quit the coalition on Thursday.\n\n"
        "DA leader John Steen-Botha said his party would not vote for the budget. "
        '"If the ANC wants our votes, it has to talk to us."\n\n'
        "The party's spokesperson, Karabo Khakhau-Molefe, said the executive would meet."
    )
    assert actor_of(text, "Karabo Khakhau-Molefe")[1] == "Democratic Alliance"


# "The Nigerian specialist said": a demonym and a noun ending a role, the one person of
# that role named shortly before.


def test_a_demonym_and_a_role_noun_is_the_person_described_so() -> None:
    text = (
        "Dr Ade Okafor-Bello, an infectious disease specialist at Lagos University, said "
        "cases were rising. The Nigerian specialist said the outbreak would peak in March."
    )
    assert speakers_of(text, "The Nigerian specialist") == ["Ade Okafor-Bello"]


def test_a_demonym_and_a_role_noun_of_two_persons_is_nobody() -> None:
    text = (
        "Ade Okafor-Bello, a specialist at Lagos University, and Kemi Ade-Ola, a specialist "
        "in Abuja, spoke. The Nigerian specialist said the outbreak would peak."
    )
    assert speakers_of(text, "The Nigerian specialist") not in (
        ["Ade Okafor-Bello"],
        ["Kemi Ade-Ola"],
    )
