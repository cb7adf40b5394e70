"""QA round 16 on actors (tests/fixtures/actors_unseen16/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, run, speakers_of

from explorer.model import ActorKind

# '"...," said French President X': a country's adjective and a capitalised title between
# an inverted cue and the name.


def test_inverted_cue_before_a_demonym_and_a_title() -> None:
    text = 'Talks failed. "The plan has not worked," said Filipino President Marco Dalisay.'
    assert quote_speakers(text) == ["Marco Dalisay"]


def test_inverted_cue_before_a_demonym_and_a_title_of_two_words() -> None:
    text = '"We will not yield," said German Foreign Minister Lena Vogt, speaking in Berlin.'
    assert quote_speakers(text) == ["Lena Vogt"]


def test_inverted_cue_before_a_company_and_a_capitalised_title() -> None:
    text = '"Demand is strong," said Microsoft CEO Tove Berg.'
    assert quote_speakers(text) == ["Tove Berg"]


def test_inverted_cue_before_a_demonym_and_no_title_stays_unattributed() -> None:
    text = '"It failed," said French Riviera Tours.'
    assert quote_speakers(text) != ["France"]


# "X, whose husband, Y, was killed, said": the relative clause's inner name does not speak.


def test_whose_apposition_leaves_the_speaker_before_it() -> None:
    text = (
        "Renata Oduya, whose husband, Daniel, was killed in the crash, said the families "
        "wanted answers."
    )
    assert speakers_of(text, "Renata") == ["Renata Oduya"]


def test_whose_apposition_of_two_words_and_a_full_name() -> None:
    text = "Mara Lind, whose younger brother, Tomas Lind, died in May, told reporters it hurt."
    assert speakers_of(text, "Mara") == ["Mara Lind"]


# "Nine Entertainment said": a number word opening a company's name.


def test_a_company_name_opening_with_a_number_word() -> None:
    text = "Nine Entertainment said it would not air the advertisements."
    assert actor_of(text, "Nine Entertainment")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "Nine") == ["Nine Entertainment"]


def test_a_number_word_before_a_plain_noun_stays_a_count() -> None:
    assert actor_ids("Three People died in the fire.") == set()


# "the airline said", "the carrier said": the one airline named before.


def test_the_airline_is_the_one_airline_named() -> None:
    text = (
        "Nordwind Airlines said it was cooperating, and Embraer sent a team. "
        '"Our hearts are with the families," the airline said.'
    )
    assert quote_speakers(text) == ["Nordwind Airlines"]


def test_the_carrier_is_the_airline() -> None:
    text = "Kestrel Airways said flights were delayed. The carrier said it was sorry."
    assert speakers_of(text, "The carrier") == ["Kestrel Airways"]


def test_the_airline_is_no_planemaker() -> None:
    text = "Boeing said it would help. The airline said nothing."
    assert speakers_of(text, "The airline") == []


# "SkyWest Airlines Flight 5521": the company, then its flight; "flew from X City".


def test_a_flight_number_is_no_word_of_the_airline() -> None:
    text = "The crash of Tarn Airlines Flight 5521 killed three. Tarn said it was sorry."
    assert actor_of(text, "Tarn Airlines")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "Tarn said") == ["Tarn Airlines"]


def test_a_city_after_from_is_a_place() -> None:
    text = "The jet flew from Cedar Lake City to Bozeman."
    assert actor_of(text, "Cedar Lake City")[0] is ActorKind.PLACE


# A nickname in quotes inside a person's name.


def test_a_nickname_in_quotes_is_no_quote_and_no_break_in_the_name() -> None:
    text = (
        'He met the defendant, Hector "El Contador" Ruvalcaba, at a ranch. '
        "Ruvalcaba said he was a cattle rancher."
    )
    assert quote_speakers(text) == []
    assert actor_of(text, "Hector Ruvalcaba")[0] is ActorKind.PERSON
    assert speakers_of(text, "Ruvalcaba said") == ["Hector Ruvalcaba"]
    surfaces = {m.text for m in run(text).mentions}
    assert 'Hector "El Contador" Ruvalcaba' in surfaces


def test_a_title_in_quotes_after_a_preposition_stays_a_quote() -> None:
    text = 'In "Casablanca" Bogart starred.'
    assert len(run(text).quotes) == 1


# "the 23-year-old said": the person the text gave that age, or the one named just before.


def test_an_age_description_is_the_one_person_named_before() -> None:
    text = 'Oskar Pietila spun off at Turn 12. "I just lost it," the 23-year-old said.'
    assert quote_speakers(text) == ["Oskar Pietila"]


def test_an_age_description_after_a_quote_of_two_sentences() -> None:
    text = (
        'Oskar Pietila spun off. "I just lost it. It is a shame in front of this crowd," '
        "the 23-year-old said."
    )
    assert quote_speakers(text) == ["Oskar Pietila"]


def test_an_age_description_picks_the_person_of_that_age() -> None:
    text = 'Lando Nurmi, 25, beat Oskar Pietila. "It was hard," said the 25-year-old.'
    assert quote_speakers(text) == ["Lando Nurmi"]


def test_an_age_description_of_two_people_named_is_none() -> None:
    text = 'Lando Nurmi beat Oskar Pietila. "It was hard," said the 25-year-old.'
    assert quote_speakers(text) == [None]


# A place's name as a surname: "Ferrari's Lewis Hamilton ... Hamilton said".


def test_a_place_name_after_an_owner_and_a_first_name_is_a_surname() -> None:
    text = "Ferrari's Lewis Hamilton finished 10th. Hamilton said he was still learning."
    assert actor_of(text, "Lewis Hamilton")[0] is ActorKind.PERSON
    assert speakers_of(text, "Hamilton said") == ["Lewis Hamilton"]
    assert "Bermuda" not in actor_ids(text)


def test_a_place_after_in_stays_the_place() -> None:
    text = "Ferrari's Lewis Hamilton won. Fans in Hamilton cheered."
    assert actor_of(text, "Hamilton")[0] is ActorKind.PLACE


# Data: F1 teams, a country's own security council, game publishers, PEN America.


def test_formula_one_teams_own_their_staff() -> None:
    text = (
        "McLaren team principal Andrea Stellini said the team had let both drivers race. "
        "Williams driver Alex Albano finished fifth."
    )
    assert actor_of(text, "Andrea Stellini") == (ActorKind.PERSON, "McLaren", "team principal")
    assert actor_of(text, "Alex Albano") == (ActorKind.PERSON, "Williams", "driver")


def test_a_national_security_council_is_no_un_body() -> None:
    text = "Philippine National Security Council spokesman Jon Malaya said two were hurt."
    assert "UN Security Council" not in actor_ids(text)
    assert actor_of(text, "Jon Malaya")[1] != "UN Security Council"


def test_game_publishers_are_companies() -> None:
    text = "Electronic Arts said games in production would not be delayed."
    assert actor_of(text, "Electronic Arts")[0] is ActorKind.ORGANISATION


def test_pen_america_is_no_country() -> None:
    text = "PEN America, which tracks book removals, said 4,000 titles were pulled."
    assert speakers_of(text, "PEN") == ["PEN America"]


def test_a_grand_prix_is_no_person() -> None:
    assert actor_ids("He won the Australian Grand Prix on Sunday.") <= {"Australia"}


def test_a_shoal_is_a_place() -> None:
    text = "A ship fired water cannon near Second Thomas Shoal on Sunday."
    assert {actor_of(text, a)[0] for a in actor_ids(text)} == {ActorKind.PLACE}


# "Superintendent of Public Instruction X": the title's field is no word of the name.


def test_a_title_of_a_field_before_a_name() -> None:
    text = "State Superintendent of Public Instruction Tom Horn said it was right."
    assert actor_of(text, "Tom Horn") == (ActorKind.PERSON, None, "superintendent")


# ", which represents 3,800 teachers, said": a number's comma inside the clause.


def test_a_relative_clause_with_a_number_keeps_the_speaker() -> None:
    text = (
        "The Mesa Teachers Association, which represents about 3,800 teachers, said in a "
        'statement that the board had "overridden the judgment of librarians."'
    )
    assert quote_speakers(text) == ["Mesa Teachers Association"]


# A listed body's name that is an English word opening a sentence ("Diet").


def test_diet_opening_a_sentence_is_no_parliament() -> None:
    assert actor_ids("Diet and exercise help patients recover, the study found.") == set()


def test_the_diet_is_japans_parliament() -> None:
    assert actor_of("The Diet passed the budget on Friday.", "National Diet") == (
        ActorKind.ORGANISATION,
        "Japan",
        None,
    )


def test_a_region_after_a_countrys_possessive_is_no_person() -> None:
    text = "Mexico's Baja California was hit by the storm."
    assert "Baja California" not in actor_ids(text)


# (a known weak spot) "The Blues' manager said": the one club the nickname stands for.


def test_a_nicknames_manager_is_of_the_one_club_named() -> None:
    text = "Chelsea beat Arsenal 2-0. The Blues' manager said the win was deserved."
    assert actor_of(text, "the Blues' manager") == (ActorKind.GROUP, "Chelsea", "manager")


def test_a_nicknames_manager_of_two_clubs_named_is_of_none() -> None:
    text = "Chelsea drew with Everton. The Blues' manager said the draw was fair."
    assert actor_of(text, "the Blues' manager")[1] is None


# "Board President X" of a school board: no organisation "Board".


def test_a_board_president_is_of_the_storys_organisation() -> None:
    text = (
        "The Mesa Unified School District's governing board voted 3-2. Board President "
        "Kendra Olli said it was right."
    )
    assert "Board" not in actor_ids(text)
    assert actor_of(text, "Kendra Olli") == (
        ActorKind.PERSON,
        "Mesa Unified School District",
        "board president",
    )


# A country's adjective that names a language is no country.


def test_an_interpreters_language_is_no_country() -> None:
    text = "He told jurors through a Spanish interpreter that he was paid in dollars."
    assert "Spain" not in actor_ids(text)


def test_speaking_in_a_language_is_no_country() -> None:
    assert "France" not in actor_ids("She spoke in French to reporters after the vote.")


def test_a_country_after_in_stays_the_country() -> None:
    text = "Regulators in Britain, the European Union and Japan must approve the deal."
    assert "United Kingdom" in actor_ids(text)


def test_an_adjective_before_a_noun_after_in_stays_the_country() -> None:
    assert "China" in actor_ids("The ship sailed on in Chinese waters.")


# "the seven-time champion told Sky Sports": a count of titles, as an age.


def test_a_count_of_titles_is_the_one_person_named_before() -> None:
    text = (
        'Lewis Hamiltan said he was still learning the car. "I loved every minute," the '
        "seven-time champion told Sky Sports."
    )
    assert quote_speakers(text) == ["Lewis Hamiltan"]


def test_a_count_of_titles_after_two_people_is_none() -> None:
    text = 'Lando Nurmi beat Oskar Pietila. "It was hard," said the two-time champion.'
    assert quote_speakers(text) == [None]


# "Investigator-in-charge X" (data: the title).


def test_an_investigator_in_charge_is_a_title() -> None:
    text = "Investigator-in-charge Brice Banning said the stall warning sounded."
    assert actor_of(text, "Brice Banning") == (ActorKind.PERSON, None, "investigator-in-charge")


# "Sen. X, a Republican, said", "X, the top Democrat on the committee,": the party.


def test_a_bare_party_apposition_gives_the_party() -> None:
    text = "Sen. Tom Ridgely, a Republican, said the bill would fail."
    assert actor_of(text, "Tom Ridgely") == (ActorKind.PERSON, "Republicans", "senator")


def test_the_top_democrat_on_a_committee_is_a_democrat() -> None:
    text = "Tom Ridgely, the top Democrat on the Senate Commerce Committee, said it would fail."
    assert actor_of(text, "Tom Ridgely")[1] == "Democrats"


def test_a_party_apposition_joins_the_articles_party() -> None:
    text = "The Democratic Party lost. Tom Ridgely, a Democrat from Ohio, said it would fail."
    assert actor_of(text, "Tom Ridgely")[1] == "Democratic Party"


def test_a_place_adjective_apposition_gives_no_party() -> None:
    text = "Tom Ridgely, a Kansas native, said it would fail."
    assert actor_of(text, "Tom Ridgely")[1] is None


# "X asked the witness how ... “...,” he said": the one asked answers.


def test_a_pronoun_after_asking_someone_is_the_one_asked() -> None:
    text = (
        "Prosecutor Saritha Komati asked the witness how the payments arrived. "
        '"In a backpack. Always in dollars," he said.'
    )
    assert quote_speakers(text) == ["the witness"]


def test_a_pronoun_after_asking_a_named_person_is_that_person() -> None:
    text = 'Judge Ann Leeds asked Tom Harte why he lied. "I was afraid," he said.'
    assert quote_speakers(text) == ["Tom Harte"]


# '"...," said Ugandan health ministry spokesman X': a country's ministry's title.


def test_inverted_cue_before_a_ministrys_lower_case_title() -> None:
    text = '"We are ready," said Ugandan health ministry spokesman Emmanuel Ainebyo.'
    assert quote_speakers(text) == ["Emmanuel Ainebyo"]


# Data: "the pontiff" is the pope; the BCCI is the Indian cricket board ("the board said").


def test_the_pontiff_is_the_pope_named_before() -> None:
    text = "Pope Leo said peace was possible. The pontiff urged leaders to talk."
    assert speakers_of(text, "The pontiff") == ["Leo"]


def test_the_board_is_the_indian_cricket_board() -> None:
    text = "The BCCI said it would appeal. The board said the decision was final."
    assert speakers_of(text, "The board") == ["Board of Control for Cricket in India"]


# "The bloc said": the one regional bloc named before (data: epithets).


def test_the_bloc_is_the_one_bloc_named_before() -> None:
    text = "The AU said the summit would open on Sunday. The bloc said 40 leaders would attend."
    assert speakers_of(text, "The bloc") == ["African Union"]


def test_the_bloc_of_a_count_is_the_bloc() -> None:
    text = 'The EU fined Apple. "We disagree," the 27-nation bloc said.'
    assert quote_speakers(text) == ["European Union"]


def test_the_bloc_after_two_blocs_is_none() -> None:
    text = "The EU and the AU met. The bloc said it was ready."
    assert speakers_of(text, "The bloc") == []


# Local government's titles (data): "Councilwoman X", "Councilmember X", "Assemblyman X".


def test_a_councilwoman_is_a_title() -> None:
    text = "Councilwoman Maria Lopez-Reyes, who represents District 4, said the budget was short."
    assert actor_of(text, "Maria Lopez-Reyes") == (ActorKind.PERSON, None, "councilwoman")


def test_a_councilmember_is_a_council_member() -> None:
    text = "Councilmember Jane Ruizo said the budget was short."
    assert actor_of(text, "Jane Ruizo") == (ActorKind.PERSON, None, "council member")


def test_a_clubs_manager_stays_a_manager() -> None:
    text = "Manchester City lost 3-0. City manager Pep Guardiola said his side had lost its way."
    assert actor_of(text, "Pep Guardiola")[2] == "manager"


# "The WHO said ... The U.N. agency said": the one UN agency named before, not the UN.


def test_the_un_agency_is_the_one_agency_named_before() -> None:
    text = "The WHO said 12 cases were confirmed. The U.N. agency said more tests were under way."
    assert speakers_of(text, "The U.N. agency") == ["World Health Organization"]
    assert "United Nations" not in actor_ids(text)
