"""QA round 22 on actors (tests/fixtures/actors_unseen22/FINDINGS.md): the general defects
found on four unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, run, speakers_of

from explorer.model import ActorKind

# "X, a former doctor who has said ...": the relative clause of an indefinite description
# apposed to a name is the named person's.


def test_a_relative_clause_of_a_description_apposed_to_a_name_is_the_persons() -> None:
    text = (
        "Voters chose Anna Berg-Lind on Sunday. Berg-Lind, a former teacher who has said she "
        'wants lower taxes, thanked her supporters. She said she would govern "for all".'
    )
    assert speakers_of(text, "Berg-Lind, a former") == ["Anna Berg-Lind"]
    assert speakers_of(text, "She said") == ["Anna Berg-Lind"]
    assert quote_speakers(text) == ["Anna Berg-Lind"]
    assert "a former teacher" not in actor_ids(text)


def test_a_relative_clause_after_a_definite_noun_is_not_the_persons() -> None:
    text = "Anna Berg-Lind, a friend of the victim who said she saw the attack, wept."
    assert speakers_of(text, "Anna Berg-Lind") != ["Anna Berg-Lind"]


# "NATO ... The alliance said": a well-known organisation whose name holds no word of the
# noun a reader calls it by (data: vocabulary.toml's organisation_kinds).


def test_the_alliance_is_nato_named_before() -> None:
    text = (
        "NATO defence ministers met in Brussels on Thursday. "
        'The alliance said Russia posed "a long-term threat" to its members.'
    )
    assert speakers_of(text, "The alliance said") == ["NATO"]
    assert quote_speakers(text) == ["NATO"]
    assert "the alliance" not in actor_ids(text)


def test_the_alliance_without_nato_is_no_nato() -> None:
    text = "Opposition parties formed a coalition on Monday. The alliance said it would run."
    assert "NATO" not in speakers_of(text, "The alliance said")


# "The AFL-CIO ... Its president, X,": an organisation's letters joined by a hyphen are its
# abbreviation, as "SEIU" is (had no mention; "Its president" took the "U.S." of the
# apposition).


def test_letters_joined_by_a_hyphen_are_an_organisation() -> None:
    text = (
        "The AFL-CIO, the largest U.S. labor federation, backed the nominee. "
        "Its president, Liz Shuler-Dean, said workers were angry."
    )
    assert actor_of(text, "AFL-CIO") == (ActorKind.ORGANISATION, None, None)
    assert actor_of(text, "Liz Shuler-Dean") == (ActorKind.PERSON, "AFL-CIO", "president")


def test_hyphened_letters_speak_and_own_a_title() -> None:
    text = (
        "ZANU-PF said the vote was fair. "
        '"We won," ZANU-PF Chairman Oppah Muchinguri-Kashiri said at a rally.'
    )
    assert speakers_of(text, "ZANU-PF said") == ["ZANU-PF"]
    assert actor_of(text, "ZANU-PF")[0] is ActorKind.ORGANISATION
    assert actor_of(text, "Oppah Muchinguri-Kashiri")[1] == "ZANU-PF"


def test_a_model_with_a_digit_is_no_organisation() -> None:
    assert "MQ-9" not in actor_ids("The army said an MQ-9 drone was shot down.")


# "with one Republican warning ...", "A Democrat said": an unnamed member of a party is a
# group of the party (was a person "Republican").


def test_one_unnamed_party_member_is_a_group_of_the_party() -> None:
    text = (
        "The nominee faced sharp questions, with one Republican warning that farmers "
        '"cannot take another year like this". A Democrat said the tariffs were a tax.'
    )
    assert actor_of(text, "Republican") == (ActorKind.GROUP, "Republicans", None)
    assert quote_speakers(text) == ["Republican"]
    assert actor_of(text, "Democrat") == (ActorKind.GROUP, "Democrats", None)
    assert speakers_of(text, "A Democrat said") == ["Democrat"]


def test_a_party_adjective_or_apposition_is_no_group() -> None:
    text = (
        "A Republican bill passed the House. Sen. Tom Whitfield-Hale, a Republican from "
        "Kansas, said he would oppose it."
    )
    assert "Republican" not in actor_ids(text)
    assert speakers_of(text, "Sen. Tom") == ["Tom Whitfield-Hale"]


# "The Seattle-based company said": where it is based stands between "the" and the noun,
# as a capitalised adjective does.


def test_the_based_company_is_the_company_named_before() -> None:
    text = (
        "Novara Systems Inc reported a loss on Tuesday. "
        "The Seattle-based company said it would cut 2,000 jobs."
    )
    assert speakers_of(text, "The Seattle-based") == ["Novara Systems Inc"]


# "Acting President X": the role keeps the rank, as "Deputy Prime Minister X" does; "the
# president" alone is still X where no one else is the president.


def test_an_acting_title_keeps_its_rank() -> None:
    text = (
        "Acting President Han Min-jae said the government would manage the transition. "
        "The president said he would meet party leaders. "
        "Acting Chief Justice Moon Sang-ho read the ruling."
    )
    assert actor_of(text, "Han Min-jae") == (ActorKind.PERSON, None, "acting president")
    assert actor_of(text, "Moon Sang-ho")[2] == "acting chief justice"
    assert speakers_of(text, "The president said") == ["Han Min-jae"]


def test_the_president_is_not_the_acting_one_where_a_president_is_named() -> None:
    text = (
        "President Yoon Suk-jin was removed from office. Acting President Han Min-jae "
        "called for calm. The president said he would appeal."
    )
    assert speakers_of(text, "The president said") == ["Yoon Suk-jin"]


# "The human rights group Foro Penal said": the noun before an organisation's name
# describes it, no group of its own (was a group "the human rights group").


def test_a_group_noun_before_an_organisations_name_is_no_group() -> None:
    text = (
        "The human rights group Foro Penal said 11 people had been killed. "
        "The militant group Hamas said it had accepted the truce."
    )
    assert speakers_of(text, "The human rights group") == ["Foro Penal"]
    assert speakers_of(text, "The militant group") == ["Hamas"]
    assert actor_ids(text) == {"Foro Penal", "Hamas"}


# "X, who heads the bank, said": a relative clause's object is no name apposed to it.


def test_a_name_before_a_relative_clause_speaks_over_its_object() -> None:
    text = (
        "Mexico's central bank held rates. Banxico Governor Victoria Rodriguez-Ceja, who "
        "heads the bank, said inflation was easing."
    )
    assert speakers_of(text, "Banxico Governor") == ["Victoria Rodriguez-Ceja"]


# "X, a former NATO official now at Y": the former role is of the organisation before the
# title; "now at" names where X is now.


def test_a_former_role_now_elsewhere_keeps_its_own_organisation() -> None:
    text = (
        "Camille Grand-Morel, a former NATO assistant secretary-general now at the European "
        "Council on Foreign Relations, said the deal bought time. Anna Berg-Lund, a former "
        "analyst at Bernstein, agreed."
    )
    assert actor_of(text, "Camille Grand-Morel") == (
        ActorKind.PERSON,
        "NATO",
        "former assistant secretary-general",
    )
    assert actor_of(text, "Anna Berg-Lund")[1] == "Bernstein"


# "not to please Washington": a verb of pleasing or defying a government before a capital
# makes it the government (was a place "Washington").


def test_a_capital_pleased_or_defied_is_its_government() -> None:
    text = (
        '"We are doing this not to please Washington," Chancellor Lena Brandt-Vogel said. '
        "The deal angered Beijing. Her plane landed in Washington after a delay."
    )
    linked = [(m.text, m.actor_id) for m in run(text).mentions]
    assert ("Washington", "United States") in linked
    assert ("Beijing", "China") in linked
    assert ("Washington", "Washington") in linked  # (the city she landed in)


# "The Oregon Democrat asked the nominee": a politician by state and party before a verb of
# a hearing is the one person named just before, as before a speech verb.


def test_a_partisan_description_before_a_hearing_verb_is_the_person() -> None:
    text = (
        "Sen. Ron Wyden-Marsh, D-Oregon, accused the administration of taxing families. "
        "The Oregon Democrat asked the nominee to name one cheaper product."
    )
    linked = [(m.text, m.actor_id) for m in run(text).mentions]
    assert ("The Oregon Democrat", "Ron Wyden-Marsh") in linked
    assert "Oregon" not in actor_ids(text)


# "The Carter Center ... said ... The U.S.-based group said": "the group" opening its
# sentence is the organisation opening the sentence before (where none named before is
# called a group).


def test_the_group_is_the_organisation_opening_the_sentence_before() -> None:
    text = (
        "The Carter Center, one of the few observers invited, said the vote was flawed. "
        'The U.S.-based group said the count was "a serious breach".'
    )
    assert speakers_of(text, "The U.S.-based group") == ["Carter Center"]
    assert quote_speakers(text) == ["Carter Center"]


def test_the_group_after_a_sentence_opened_by_a_person_is_no_organisation() -> None:
    text = "Anna Berg-Lind met the Carter Center on Monday. The group said the count was flawed."
    assert speakers_of(text, "The group said") != ["Carter Center"]
