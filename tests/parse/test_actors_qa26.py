"""QA round 26 on actors (tests/fixtures/actors_unseen26/FINDINGS.md): the general defects
found on three unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, run, speakers_of

from explorer.model import ActorKind

# '"You are telling me ... Where does she sleep?" Sotomayor-Reyes asked.': a quote over
# sentences ending with a question, its cue split off into a sentence of its own (was no
# speaker).


def test_question_quote_over_sentences_is_the_asker_s() -> None:
    text = (
        "Justice Ann Marlow-Tate pressed the lawyer. "
        '"You say she waits for a year. Where does she sleep?" Marlow-Tate asked.'
    )
    assert quote_speakers(text) == ["Ann Marlow-Tate"]


def test_exclamation_quote_over_sentences_is_the_speaker_s() -> None:
    text = (
        "Coach Tom Brierley-Hart watched the replay. "
        '"We were robbed. That was never a penalty!" Brierley-Hart said.'
    )
    assert quote_speakers(text) == ["Tom Brierley-Hart"]


def test_quote_before_a_sentence_of_its_own_stays_unattributed() -> None:
    text = (
        "Justice Ann Marlow-Tate pressed the lawyer. "
        '"You say she waits for a year. Where does she sleep?" The room fell silent.'
    )
    assert quote_speakers(text) == [None]


# "The Underwood family said in a statement": one group, the speaker (was no actor, and
# the statement Ray Underwood-Fisk's).


def test_the_surname_family_is_a_group_that_speaks() -> None:
    text = (
        "The Calloway family said the drug had ruined their lives. "
        '"We trusted the pill," the family said in a statement.'
    )
    assert "the Calloway family" in actor_ids(text)
    assert speakers_of(text, "The Calloway family said") == ["the Calloway family"]
    assert quote_speakers(text) == ["the Calloway family"]


def test_a_family_business_is_no_family_speaking() -> None:
    text = (
        "The Calloway family foundation, which holds 34% of the company, said it backed the deal."
    )
    assert "the Calloway family" not in actor_ids(text)


def test_the_royal_family_keeps_its_modifier() -> None:
    assert speakers_of("The royal family said nothing.", "The royal") == ["the royal family"]


# "The Underwood family of Toledo, Ohio, said their father, Ray Underwood-Fisk, 71,
# developed cancer": the comma closes where the family is from, no inverted cue (was Ray
# Underwood-Fisk's statement).


def test_subject_from_town_and_state_speaks_not_the_name_after_the_cue() -> None:
    text = (
        "The Calloway family of Toledo, Ohio, said their father, Ray Calloway-Fisk, 71, "
        "fell ill after taking the drug."
    )
    assert speakers_of(text, "The Calloway family") == ["the Calloway family"]


def test_person_from_a_town_with_an_age_speaks() -> None:
    text = "Maria Lopez-Cruz, 34, of Toledo, Ohio, said her son, Ray Fisk-Lamb, fell ill."
    assert speakers_of(text, "Maria") == ["Maria Lopez-Cruz"]


def test_inverted_cue_after_a_quote_keeps_the_name_after_it() -> None:
    text = '"It is over," said her son, Ray Fisk-Lamb.'
    assert speakers_of(text, '"It is over') == ["Ray Fisk-Lamb"]


# "Residents of the city said their mayor, X, fell ill": "of the city said their mayor, "
# is no title set off before X (was no group, and X's statement).


def test_group_of_a_place_before_a_cue_stays_a_group() -> None:
    text = "Residents of the city said their mayor, Ray Fisk-Lamb, had fallen ill."
    assert "residents" in actor_ids(text)
    assert "Ray Fisk-Lamb" not in speakers_of(text, "Residents")


def test_spokesman_for_the_junta_still_describes_the_colonel() -> None:
    text = "A spokesman for the junta, Colonel Amadou Diallo-Keita, said the border was shut."
    assert speakers_of(text, "A spokesman") == ["Amadou Diallo-Keita"]
    assert run(text).actors[0].id == "Amadou Diallo-Keita"


def test_an_apposed_employer_in_a_city_is_no_subject() -> None:
    text = "Wang Lei-Chen, a professor at Renmin University in Beijing, said the move was wise."
    assert speakers_of(text, "Wang") == ["Wang Lei-Chen"]


# "BERLIN ... - Germany's coalition ... Chancellor Friedrich Merz-Adler summoned": the
# dateline capital's country, as for presidents and prime ministers (had none).


def test_bare_chancellor_in_a_capital_story_is_that_country_s() -> None:
    text = (
        "BERLIN, Nov 3 (Reuters) - Germany's coalition was close to collapse on Monday.\n\n"
        "Chancellor Otto Brandauer-Lenz summoned party leaders. He said he would compromise."
    )
    assert actor_of(text, "Otto Brandauer-Lenz") == (ActorKind.PERSON, "Germany", "chancellor")


def test_bare_chancellor_in_a_story_from_elsewhere_stays_of_none() -> None:
    text = (
        "BRUSSELS, Nov 3 (Reuters) - The European Union agreed new duties on Monday.\n\n"
        "Chancellor Otto Brandauer-Lenz had urged Brussels to wait."
    )
    assert actor_of(text, "Otto Brandauer-Lenz")[1] is None


# "A Halvern spokeswoman, Dana Whitcomb-Lee,", "Leerink analyst David Risinger-Moss": an
# organisation's short form owns the title, as its full name does (had none).


def test_short_form_before_a_title_owns_it() -> None:
    text = (
        "Halvern Pharmaceuticals is recalling the drug. "
        "A Halvern spokeswoman, Dana Whitcomb-Lee, declined to comment. "
        "Leerink Partners cut its forecast. "
        '"It is a fifth of revenue," said Leerink analyst David Risinger-Moss.'
    )
    assert actor_of(text, "Dana Whitcomb-Lee")[1] == "Halvern Pharmaceuticals"
    assert actor_of(text, "David Risinger-Moss")[1] == "Leerink Partners"


def test_common_word_opening_a_sentence_owns_no_title() -> None:
    text = (
        "Universal Music Group sued the singer. "
        "Music attorney Howard King-Bassett said artists had gained leverage."
    )
    assert actor_of(text, "Howard King-Bassett")[1] is None


# "The Christian Democrats' general secretary, Carsten Linnemann-Kroll," with the CDU named:
# the affiliation is the party's id, not its other name (was "Christian Democrats", no
# actor of the table).


def test_affiliation_by_another_name_is_the_actor_s_id() -> None:
    text = (
        "The Christian Democrats' general secretary, Carsten Linnemann-Kroll, accused the "
        "SPD of putting party first. The CDU said it backed the chancellor."
    )
    assert actor_of(text, "Carsten Linnemann-Kroll")[1] == "Christian Democratic Union"


# "Lee Gelernt-Marsh, a lawyer for the American Civil Liberties Union who argued for the
# asylum seekers, said": one person speaking (was also a group "a lawyer for the American
# Civil Liberties Uni", cut mid-word, speaking for "argued").


def test_title_phrase_ends_with_a_whole_word_and_no_relative_pronoun() -> None:
    text = (
        "Lee Gelernt-Marsh, a lawyer for the American Civil Liberties Union who argued "
        "for the asylum seekers, said the law required a hearing."
    )
    assert speakers_of(text, "Lee") == ["Lee Gelernt-Marsh"]
    assert not [a for a in actor_ids(text) if a.startswith("a lawyer")]


def test_title_phrase_before_a_relative_clause_still_speaks() -> None:
    text = "A lawyer for the family who spoke on condition of anonymity said the talks failed."
    assert speakers_of(text, "A lawyer") == ["a lawyer for the family"]


# "SPD co-leader Lars Klingbeil-Brunner ... The SPD leader said": the one co-leader named
# holds the office (was a group "the SPD leader").


def test_the_party_leader_is_its_one_co_leader() -> None:
    text = (
        "SPD co-leader Lars Brunnhuber-Voss said his party would not accept cuts. "
        "The SPD leader said members would be consulted."
    )
    assert speakers_of(text, "The SPD leader") == ["Lars Brunnhuber-Voss"]
    assert "the SPD leader" not in actor_ids(text)


def test_the_party_leader_of_two_co_leaders_is_no_one_of_them() -> None:
    text = (
        "SPD co-leaders Lars Brunnhuber-Voss and Saskia Esken-Rott said no. "
        "The SPD leader said members would be consulted."
    )
    assert speakers_of(text, "The SPD leader") == ["the SPD leader"]


# "Halvern Pharmaceuticals is recalling ... after the Food and Drug Administration found
# ... Chief Executive Officer Karen Lindqvist-Roe said": the drugmaker's officer (was of no
# company: the FDA, named as often, is no company).


def test_company_officer_is_not_the_government_agency_s() -> None:
    text = (
        "NEW YORK, May 6 (Reuters) - Tarrow Pharma is recalling its heart drug after the Food "
        "and Drug Administration found an impurity, the company said. The FDA said patients "
        "should see a doctor. Tarrow Pharma shares fell 14%.\n\n"
        '"Patient safety comes first," Chief Executive Officer Karen Lind-Roe said. The FDA '
        "said it would inspect the plant."
    )
    assert actor_of(text, "Karen Lind-Roe")[1] == "Tarrow Pharma"


# "India's drug regulator, the Central Drugs Standard Control Organisation, said": India's
# body (had no country).


def test_organisation_set_off_after_a_country_s_description_is_its() -> None:
    text = (
        "India's drug regulator, the Central Drugs Standard Control Organisation, said it "
        "would inspect the plant."
    )
    assert actor_of(text, "Central Drugs Standard Control Organisation")[1] == "India"


def test_a_description_set_off_after_an_organisation_gives_no_country() -> None:
    text = "Germany's Siemens, the engineering group, said it would bid."
    assert actor_of(text, "Siemens")[1] is None
