"""QA round 21 on actors (tests/fixtures/actors_unseen21/FINDINGS.md): the general defects
found on four unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, quote_speakers, run, speakers_of

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
