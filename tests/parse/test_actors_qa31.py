"""QA round 31 on actors (tests/fixtures/actors_unseen31/FINDINGS.md): the general defects
found on three unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, run, speakers_of

from explorer.model import ActorKind

# "The X Council, which speaks for people in A, B, C and D, said": a list of places inside
# the subject's relative clause is no subject (was the second place, "apposed" to the rest
# of the list).


def test_a_list_of_places_inside_a_relative_clause_leaves_the_subject_speaking() -> None:
    text = (
        "The Sami Herders Council, which speaks for herders in Norway, Sweden, Finland and "
        "Kolari, said in a statement that the mine must wait."
    )
    assert speakers_of(text, "The Sami Herders Council") == ["Sami Herders Council"]


def test_a_list_of_capitals_after_who_leaves_the_person_speaking() -> None:
    text = "Tom Hale-Ward, who toured Paris, Berlin and Rome last week, said the deal was close."
    assert speakers_of(text, "Tom Hale-Ward") == ["Tom Hale-Ward"]


def test_titles_joined_by_and_stay_a_persons_apposition() -> None:
    text = "Tom Hale-Ward, Founder and Chairman, said the deal was close."
    assert speakers_of(text, "Tom Hale-Ward") == ["Tom Hale-Ward"]


# "Farvo, which is based in Turin, received the largest fine. The company said it would
# appeal": of several companies, the one opening the sentence just before speaks (was no
# speaker).


def test_the_company_is_the_one_the_sentence_before_opens_with() -> None:
    text = (
        "The regulator fined Brava Pharma, Orlen Labs and Farvo for rigging tenders. "
        "Farvo chief executive Ugo Mele-Conti said prices were fair. "
        "Farvo, which is based in Turin, received the largest fine, 40 million euros. "
        "The company said it would appeal to the court."
    )
    assert speakers_of(text, "The company said") == ["Farvo"]


# "the Mineworkers' Provident Fund", "The Nova Scotia Nurses' Union": a trade's workers
# or patients as a possessive open an organisation's name, and a province before them
# belongs to it (was "Provident Fund", "Nurses' Union" and the province apart).


def test_a_trades_workers_possessive_opens_the_funds_name() -> None:
    text = "The regulator said the Dockworkers' Provident Fund had a shortfall of $40 million."
    ids = actor_ids(text)
    assert "Dockworkers' Provident Fund" in ids
    assert "Provident Fund" not in ids


def test_a_province_opens_its_unions_name() -> None:
    text = "The Manitoba Nurses' Union said wards were short of staff."
    assert speakers_of(text, "The Manitoba Nurses'") == ["Manitoba Nurses' Union"]


def test_patients_possessive_stays_inside_a_federations_name() -> None:
    text = (
        "Ann Lee-Ward, president of the Irish Federation of Kidney Patients' Associations, "
        "said prices rose."
    )
    kind, aff, role = actor_of(text, "Ann Lee-Ward")
    assert (kind, aff, role) == (
        ActorKind.PERSON,
        "Irish Federation of Kidney Patients' Associations",
        "president",
    )
    assert len([a for a in run(text).actors if a.kind is ActorKind.ORGANISATION]) == 1


# "Germany's Hollmann Generics said", "Impala Platinum ... said": generic drugmakers and
# platinum producers are companies (were persons).


def test_generics_and_platinum_companies_are_organisations() -> None:
    text = (
        "Brava Generics said it would appeal. Kelso Platinum said output fell. "
        "Mwale Copper Mines said the strike was over."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("Brava Generics") is ActorKind.ORGANISATION
    assert kinds.get("Kelso Platinum") is ActorKind.ORGANISATION
    assert kinds.get("Mwale Copper Mines") is ActorKind.ORGANISATION


# "The Minerals Council South Africa, which represents mining companies, said": a national
# chapter named with its country last is one organisation, which speaks (was South Africa).


def test_a_chapter_named_with_its_country_last_is_one_organisation() -> None:
    text = "The Mining Council Zambia, which represents copper producers, said exports fell."
    assert speakers_of(text, "The Mining Council Zambia") == ["Mining Council Zambia"]


def test_a_country_before_a_capitalised_word_stays_apart() -> None:
    text = "The Mining Council Zambia Branch Office opened on Monday."
    assert "Mining Council Zambia" not in actor_ids(text)


# "the Northern Sea Route": a shipping lane is a place (was a person "Sea Route").


def test_shipping_lanes_are_places() -> None:
    text = (
        "Traffic on the Eastern Sea Route, the Polar Silk Route and through the Halden "
        "Passage rose last summer."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("Sea Route") is ActorKind.PLACE
    assert kinds.get("Polar Silk Route") is ActorKind.PLACE
    assert kinds.get("Halden Passage") is ActorKind.PLACE
    assert ActorKind.PERSON not in kinds.values()


# "The fund's chairman, X," opening a paragraph after one naming the Treasury: the fund
# named before is his (was the Treasury, the last organisation named).


def test_the_funds_chairman_is_the_funds_named_paragraphs_before() -> None:
    text = (
        "The regulator said the Dockers' Provident Fund had a shortfall. Officials at the "
        "Treasury said no public money would be used.\n\n"
        "The fund's chairman, Sizwe Dlamini-Kgosi, resigned last week."
    )
    assert actor_of(text, "Sizwe Dlamini-Kgosi")[1:] == ("Dockers' Provident Fund", "chairman")


# "Officials at the National Treasury said": "National" and a listed one-word body are one
# organisation, and its officials speak (was a place "National", the Treasury speaking).


def test_national_and_a_listed_body_are_one_organisation() -> None:
    text = "Officials at the National Treasury said no public money would be used."
    ids = actor_ids(text)
    assert "National Treasury" in ids
    assert "National" not in ids
    assert speakers_of(text, "Officials at") == ["officials"]


def test_a_listed_body_of_several_words_keeps_its_name() -> None:
    text = "The National Security Council said the talks would resume."
    assert speakers_of(text, "The National Security Council") == ["National Security Council"]


# "Thebe Retirement Administrators ... Thebe said ... Its chief executive, X,": a plural
# title that is a firm's last word ends the firm's name, whose first word names it later
# (was a person "Thebe Retirement" and an administrator's title, and X the regulator's
# chief executive).


def test_a_firm_of_administrators_is_one_organisation_named_by_its_first_word() -> None:
    text = (
        "The regulator said the fund lent money to Kwena Pension Administrators, the "
        "company that ran it. Kwena said it had done nothing wrong. Its chief executive, "
        "Lindiwe Moloi-Dube, said the loans were approved."
    )
    assert actor_of(text, "Kwena Pension Administrators")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "Kwena said") == ["Kwena Pension Administrators"]
    assert actor_of(text, "Lindiwe Moloi-Dube")[1:] == (
        "Kwena Pension Administrators",
        "chief executive",
    )


def test_presidents_before_names_stay_titles() -> None:
    text = "Presidents Lula and Boric met in Brasilia on Monday."
    assert "Presidents Lula" not in actor_ids(text)


# "The Pension Funds Adjudicator, which handles complaints by members, said": an office
# named by its field and "Adjudicator" or "Ombudsman", no name after, is an organisation
# (was a person; "The Banking Ombudsman said" had no actor).


def test_an_ombudsmans_office_is_an_organisation_that_speaks() -> None:
    text = "The Energy Ombudsman, which handles complaints by customers, said cases rose."
    assert speakers_of(text, "The Energy Ombudsman") == ["Energy Ombudsman"]
    assert actor_of(text, "Energy Ombudsman")[0] is ActorKind.ORGANISATION


def test_an_ombudsman_before_a_name_stays_a_title() -> None:
    text = "Energy Ombudsman Lena Hale-Ward said cases rose."
    assert actor_of(text, "Lena Hale-Ward") == (ActorKind.PERSON, None, "energy ombudsman")


def test_adjudicator_before_a_name_is_a_title() -> None:
    text = "Adjudicator Thandi Nkosi-Vilakazi said most complaints came from Rustenburg."
    assert actor_of(text, "Thandi Nkosi-Vilakazi") == (ActorKind.PERSON, None, "adjudicator")
    assert speakers_of(text, "Adjudicator") == ["Thandi Nkosi-Vilakazi"]


# "the Italian unit of Germany's Hollmann Generics": a firm's branch is no group (was a
# group "the Italian unit").


def test_a_firms_national_unit_is_no_group() -> None:
    text = "The regulator fined the Spanish unit of Sweden's Norrvik Generics on Monday."
    ids = actor_ids(text)
    assert "the Spanish unit" not in ids
    assert "Norrvik Generics" in ids


# "Investigators from the Guardia di Finanza, the financial police, found": a foreign
# body's name set off by a body's description is an organisation (was a place).


def test_a_name_described_as_a_body_is_an_organisation() -> None:
    text = "Inspectors from the Corpo di Vigilanza, the port police, seized the cargo."
    assert actor_of(text, "Corpo di Vigilanza")[0] is ActorKind.ORGANISATION


def test_a_place_after_in_keeps_its_reading_before_a_council() -> None:
    text = "In Halvor Bay, the local council, which met on Monday, said the road would shut."
    assert actor_of(text, "Halvor Bay")[0] is ActorKind.PLACE
