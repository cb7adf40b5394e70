"""QA round 28 on actors (tests/fixtures/actors_unseen28/FINDINGS.md): the general defects
found on three unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, run, speakers_of

from explorer.model import ActorKind

# "MILAN, Dec 3 (Reuters) - ... said Milan needed a fresh start": the dateline's town is a
# place, also as a subject (was a person "Milan", a given name too, and "MILAN" another).


def test_the_dateline_town_is_a_place_also_as_a_subject() -> None:
    text = (
        "Council backs budget\n\n"
        "TAVIRA, May 4 (Reuters) - The council approved the budget on Monday. "
        "Minister Ana Lopes-Vaz said Tavira needed a new hospital."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("Tavira") is ActorKind.PLACE
    assert "TAVIRA" not in kinds


def test_a_surname_like_the_dateline_town_stays_the_person_s() -> None:
    text = (
        "GRANTHAM, England, May 4 (Reuters) - Driver Lewis Grantham won the race. "
        "Later, Grantham said he was tired."
    )
    assert speakers_of(text, "Later, Grantham") == ["Lewis Grantham"]


# "Lombardy's regional governor, Attilio Fontana-Riva of the League, was more cautious. He
# said ...": the apposed name, its party after "of", is the subject "he" refers to (was
# the last speaker, two sentences back).


def test_he_said_after_a_title_apposed_to_a_name_of_a_party() -> None:
    text = (
        'Senator Carlo Benetti-Moro said the town needed "a fresh start". '
        "The regional governor, Pietro Verdi-Riva of the Liberal Party, waited a day. "
        'He said it was "not for politicians to decide".'
    )
    assert speakers_of(text, "He said it") == ["Pietro Verdi-Riva"]
    assert quote_speakers(text) == ["Carlo Benetti-Moro", "Pietro Verdi-Riva"]


def test_she_said_after_a_name_of_a_firm_apposed() -> None:
    text = (
        "Minister Tom Hale-Ward said the plan was sound. "
        "Its author, Ana Costa-Lind of the consultancy Brightmere, looked tired. "
        "She said the numbers were final."
    )
    assert speakers_of(text, "She said") == ["Ana Costa-Lind"]


# "Builders warned that ...", "First Quantum Minerals, Zambia's biggest taxpayer, said": a
# trade in the plural is a group, a miner's name an organisation (were persons "Builders",
# "Quantum Minerals").


def test_builders_in_the_plural_are_a_group() -> None:
    text = "Builders said the new rules would delay thousands of homes."
    assert speakers_of(text, "Builders") == ["builders"]


def test_a_mining_company_keeps_its_first_word() -> None:
    text = "First Copper Minerals, the country's biggest exporter, said it would invest more."
    assert speakers_of(text, "First Copper") == ["First Copper Minerals"]
    assert actor_of(text, "First Copper Minerals")[0] is ActorKind.ORGANISATION


# "according to Tradeweb data": the source of figures is an organisation (was a person).


def test_the_source_of_data_is_an_organisation() -> None:
    text = "The bond rose 2 cents on Tuesday, according to Marketfeed data."
    assert actor_of(text, "Marketfeed")[0] is ActorKind.ORGANISATION


# "UK Research and Innovation (UKRI)": one organisation, its initials given by "UK", "R"
# and "I" (was "UK Research" and "Innovation", both speaking).


def test_initials_with_a_country_code_span_the_whole_name() -> None:
    text = "UK Science and Innovation (UKSI), the funding agency, said it would review the grants."
    assert speakers_of(text, "UK Science") == ["UK Science and Innovation"]
    assert "Innovation" not in actor_ids(text)


# "Cancer Research UK, the charity, said": one charity (was "Cancer Research" and the
# United Kingdom speaking for it).


def test_a_british_body_named_with_uk_last_is_one_organisation() -> None:
    text = "Heart Research UK, the charity, said it had frozen two grants."
    assert speakers_of(text, "Heart Research") == ["Heart Research UK"]
    assert "United Kingdom" not in actor_ids(text)


# "The university's principal, X, said": a university's head is a title (had no role).


def test_a_university_principal_has_the_role_and_the_university() -> None:
    text = (
        "The University of Dunmore suspended a chemist on Monday. "
        "The university's principal, Ruth Calder-Snow, said it had acted quickly."
    )
    assert actor_of(text, "Ruth Calder-Snow") == (
        ActorKind.PERSON,
        "University of Dunmore",
        "principal",
    )


# "X of the Glasgow firm Harper Macleod": the town is where the firm is, X the firm's (was
# an organisation "Glasgow", X's employer).


def test_a_town_before_a_firm_s_noun_is_no_employer() -> None:
    text = (
        "The lawyer, Nora Quayle-Finn of the Leeds firm Ashworth Pell, said her client "
        "would appeal."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("Leeds") is ActorKind.PLACE
    assert actor_of(text, "Nora Quayle-Finn")[1] == "Ashworth Pell"


# "The union's general secretary, X," after a firm named nearer: the union named before
# (was the firm).


def test_the_union_s_officer_is_the_union_s_not_a_nearer_firm_s() -> None:
    text = (
        "The Mineworkers Union of Kent called a strike on Monday. The mine's owner said "
        "nothing. Its lawyer, Ann Lee-Hart of the firm Harper Macleod, said talks "
        "would go on. The union's general secretary, Peter Hale-Ross, said the strike "
        "would go on."
    )
    assert actor_of(text, "Peter Hale-Ross")[1] == "Mineworkers Union of Kent"


# "The lawyer, Fiona Drummond-Hale of the Glasgow firm Harper Macleod, said": the lawyer
# named speaks, not the title phrase as a group of its own (nor the firm).


def test_a_named_lawyer_of_a_firm_speaks() -> None:
    text = (
        "His lawyer, Nora Quayle-Finn of the law firm Ashworth Pell, said her client would appeal."
    )
    assert speakers_of(text, "His lawyer") == ["Nora Quayle-Finn"]
    text = "Nora Quayle-Finn of the firm Ashworth Pell said her client would appeal."
    assert speakers_of(text, "Nora") == ["Nora Quayle-Finn"]


# "The bondholder committee, which includes BlackRock, Amundi and Ninety One, said": a
# member listed inside the subject's apposition is no speaker (was BlackRock).


def test_a_member_listed_in_the_subject_s_apposition_does_not_speak() -> None:
    text = "The Oslo Club, which includes Norway and Chile, said it would wait for the vote."
    assert speakers_of(text, "The Oslo Club") == ["Oslo Club"]
    text = (
        "The lenders' group, which includes Halden Bank, Vortex Capital and Ilse Partners, "
        "said it would wait."
    )
    assert speakers_of(text, "The lenders'") == []
