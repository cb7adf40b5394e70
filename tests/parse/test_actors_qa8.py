"""QA round 8 on actors (tests/fixtures/actors_unseen8/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, run, speakers_of

from explorer.model import ActorKind

# A name followed by its own initials in brackets is an organisation: two parties whose
# names end alike stay two, and words before the name that its letters open are its own.


def test_two_parties_ending_alike_with_their_own_initials_stay_apart() -> None:
    text = (
        "The ruling Kongu Makkal Katchi (KMK) backed the plan. The rival Periya Kongu "
        "Makkal Katchi (PKMK) walked out. The KMK said the vote was fair."
    )
    assert {"Kongu Makkal Katchi", "Periya Kongu Makkal Katchi"} <= actor_ids(text)
    assert actor_of(text, "Periya Kongu Makkal Katchi")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "The KMK said") == ["Kongu Makkal Katchi"]


def test_words_before_a_name_that_its_initials_open_are_its_own() -> None:
    text = (
        "The ruling Seva Janata Morcha (SJM) won. The All India Seva Janata Morcha "
        "(AISJM) came second. The AISJM said it would appeal."
    )
    ids = actor_ids(text)
    assert "All India Seva Janata Morcha" in ids
    assert "India" not in ids  # (the name's word, no country of its own)
    assert speakers_of(text, "The AISJM said") == ["All India Seva Janata Morcha"]


# "X's mother, NAME, sat ...": the apposed name is the subject a later "she said" refers to,
# not the owner named before it.


def test_name_apposed_to_an_owned_noun_is_the_subject_for_a_pronoun() -> None:
    text = (
        "Officers stopped Tomas Brandt, 29, on a bridge. Brandt died in hospital.\n\n"
        "Brandt's sister, Ilse Brandt, wept as the charges were read.\n\n"
        'Later she said the family wanted answers. "Nobody has told us anything," she said.'
    )
    assert speakers_of(text, "Later she said") == ["Ilse Brandt"]
    assert speakers_of(text, '"Nobody') == ["Ilse Brandt"]


# Local and state offices before a name are titles, not words of the name.


def test_sheriff_and_treasurer_are_titles() -> None:
    text = (
        "Sheriff Dale Warrick said the road would stay closed. The premier on Monday "
        "sacked Treasurer Ken Obiri. Comptroller Ruth Aske said revenue fell."
    )
    ids = actor_ids(text)
    assert {"Dale Warrick", "Ken Obiri", "Ruth Aske"} <= ids
    assert actor_of(text, "Dale Warrick")[2] == "sheriff"
    assert actor_of(text, "Ken Obiri")[2] == "treasurer"
    assert speakers_of(text, "Sheriff") == ["Dale Warrick"]


def test_police_minister_is_the_role() -> None:
    text = "Police Minister Aaron Kuli said officers were ready."
    assert actor_of(text, "Aaron Kuli")[2] == "police minister"


# States of federations are places, and currencies before an amount no actors.


def test_states_of_federations_are_places() -> None:
    text = (
        "Farmers in Uttar Pradesh and West Bengal protested. The Tamil Nadu government "
        "said it would pay."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    for state in ("Uttar Pradesh", "West Bengal", "Tamil Nadu"):
        assert kinds[state] is ActorKind.PLACE


def test_currencies_before_amounts_are_no_actors() -> None:
    text = "Tickets went up from Rs 450 to Rs 700, and a visa now costs AED 300."
    assert not {"Rs", "AED"} & actor_ids(text)


# An unnamed broker, trader or employee speaking: a "he said" after it is theirs, not the
# person named before.


def test_unnamed_broker_at_a_firm_keeps_the_pronoun() -> None:
    text = (
        '"Rates will climb," said Omar Field of Baltic Analytics.\n\n'
        "A broker at a Singapore-based firm said cover had doubled. "
        '"Nobody wants the risk," he said.'
    )
    assert speakers_of(text, "A broker") == ["a broker at a Singapore-based firm"]
    assert speakers_of(text, '"Nobody') == ["a broker at a Singapore-based firm"]


def test_unnamed_employee_with_a_modifier_keeps_the_pronoun() -> None:
    text = (
        '"Sales are fine," said Karin Holt, the chain\'s chief executive.\n\n'
        "A warehouse employee said the tills had failed. "
        '"We wrote receipts by hand," she said.'
    )
    assert speakers_of(text, '"We wrote') == ["employee"]


# Shipping and research firms' names end in words of their trade.


def test_tanker_manager_is_a_company_that_the_company_names() -> None:
    text = (
        "The tanker was struck off Fujairah, its Piraeus-based manager, Corvus Tankers, "
        'said in a statement. "The crew is safe," the company said.'
    )
    assert actor_of(text, "Corvus Tankers")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, '"The crew') == ["Corvus Tankers"]


def test_research_firm_after_of_is_the_employer() -> None:
    text = '"Freight will stay tight," said Lena Moss of Harbor Research.'
    assert actor_of(text, "Harbor Research")[0] is ActorKind.ORGANISATION
    assert actor_of(text, "Lena Moss")[1] == "Harbor Research"


# "the minister said" is the one minister of a portfolio the article names.


def test_the_minister_is_the_one_minister_of_a_portfolio() -> None:
    text = (
        "Chief Minister K. Raman met Transport Minister P. Velu on Monday. "
        '"Fares will stay," Raman said.\n\n'
        'Velu said a panel would review fares. "We want a fair system," the minister said.'
    )
    assert speakers_of(text, '"We want') == ["P. Velu"]


def test_the_minister_of_two_portfolios_stays_unresolved() -> None:
    text = (
        'Health Minister Ana Silva met Finance Minister Rui Costa. "We agreed," the minister said.'
    )
    assert speakers_of(text, '"We agreed') not in (["Ana Silva"], ["Rui Costa"])


# A group noun before a title in lower case is the title's modifier, no speaker.


def test_opposition_before_a_lower_case_title_is_no_group() -> None:
    text = (
        "Opposition leader Ravi Pillai, general secretary of the Reform League, said the "
        'rollback was "a win for voters" but blamed the cabinet.'
    )
    assert "opposition" not in actor_ids(text)
    assert [q.speaker_id for q in run(text).quotes] == ["Ravi Pillai"]


# "software group X" in the lead is a company: "the company" names it.


def test_trade_group_in_the_lead_is_the_company() -> None:
    text = (
        "Regulators fined U.S. software group Vexlo 1 billion euros on Tuesday.\n\n"
        'The ruling was unfair, the company said. "We disagree," a spokesperson for the '
        "company said."
    )
    assert speakers_of(text, '"We disagree') == ["Vexlo"]


def test_militant_group_is_no_company() -> None:
    text = (
        "Troops fought the militant group Vexlo on Tuesday, and shelled a depot of "
        'Halden Mining Corp. "We lost two trucks," the company said.'
    )
    assert speakers_of(text, '"We lost') == ["Halden Mining Corp"]


# An owner's name after a count before a group noun: the group's affiliation.


def test_count_before_an_owner_keeps_the_affiliation() -> None:
    text = (
        "Two EU officials, who spoke on condition of anonymity, said talks would go on. "
        "Several Kenyan officials said the deal was close."
    )
    speakers = {a.speaker_id for a in run(text).attributions}
    groups = {a.id: a.affiliation for a in run(text).actors if a.kind is ActorKind.GROUP}
    assert groups.get("EU officials") == "European Union"
    assert groups.get("Kenyan officials") == "Kenya"
    assert speakers == {"EU officials", "Kenyan officials"}


# A job apposed before an honorific with a role ("Prince", "Sheikh") is the role.


def test_apposed_job_before_an_honorific_is_the_role() -> None:
    text = (
        "Oman's energy minister, Sheikh Salim bin Nasser, said output would hold. "
        "Kuwait's finance minister, Prince Badr al-Sabah, told reporters so."
    )
    assert actor_of(text, "Salim bin Nasser")[1:] == ("Oman", "energy minister")
    assert actor_of(text, "Badr al-Sabah")[1:] == ("Kuwait", "finance minister")


# A title after a verb in the clause after a name is no apposition.


def test_promoted_to_minister_is_no_apposed_title() -> None:
    text = (
        "Mara Tuilagi, a lawyer from Upolu Rise, was promoted to minister for youth. "
        "Later they met Sione Falo, then named minister."
    )
    roles = {a.id: a.role for a in run(text).actors}
    assert "minister" not in {roles.get("Upolu Rise"), roles.get("Sione Falo")}
    assert actor_of(text, "Mara Tuilagi")[2] == "lawyer"


def test_apposed_title_after_a_determiner_still_counts() -> None:
    text = "Bo Lee, the foreign minister, said talks would resume."
    assert actor_of(text, "Bo Lee")[2] == "foreign minister"


def test_executive_committee_and_a_worker_description_are_no_groups() -> None:
    text = (
        "The federation said its executive committee had met. The victim, a warehouse "
        "worker from Dallas, died on Friday."
    )
    assert not {"executive", "worker"} & actor_ids(text)


# Anonymous sources briefed on findings or familiar with a proposal.


def test_people_briefed_on_the_initial_findings_speak() -> None:
    text = (
        "Two people briefed on the initial findings said the wreck held no bodies. "
        "A person familiar with the proposal said it would be rejected."
    )
    assert speakers_of(text, "Two people") == ["people briefed on the initial findings"]
    assert speakers_of(text, "A person") == ["a person familiar with the proposal"]


# A title before the name and an apposed job after it: the job's employer.


def test_title_before_and_apposed_employer_after() -> None:
    text = (
        "Political analyst Grace Wanek, a lecturer at the University of Lae, said it was "
        "unusual. Opposition leader Ravi Pillai, general secretary of the Reform League, "
        "said the rollback was welcome."
    )
    assert actor_of(text, "Grace Wanek")[1:] == ("University of Lae", "analyst")
    assert actor_of(text, "Ravi Pillai")[1:] == ("Reform League", "opposition leader")


# A weekday between a title and a name is a first name (West African names).


def test_weekday_after_a_title_is_a_first_name() -> None:
    text = (
        "Former captain Sunday Adebayo-Cole said the team lacked a plan. Edo Governor "
        "Monday Okpara spoke on Monday. Police said on Sunday Ade Bello was arrested."
    )
    ids = actor_ids(text)
    assert {"Sunday Adebayo-Cole", "Monday Okpara", "Ade Bello"} <= ids
    assert actor_of(text, "Monday Okpara")[2] == "governor"


# National teams by their nicknames are organisations of their country.


def test_national_team_nickname_is_the_coachs_employer() -> None:
    text = "Ghana sacked Black Stars coach Emil Rasmussen after a 3-0 defeat."
    assert actor_of(text, "Black Stars")[:2] == (ActorKind.ORGANISATION, "Ghana")
    assert actor_of(text, "Emil Rasmussen")[1:] == ("Black Stars", "coach")


# A club named before ("club X") is the employer of "X coach NAME" opening a sentence.


def test_club_named_before_employs_its_coach_at_a_sentence_start() -> None:
    text = (
        "The striker plays for Dutch club Vlietburg. Vlietburg coach Arne Vos said the "
        "club would support him."
    )
    assert actor_of(text, "Vlietburg")[0] is ActorKind.ORGANISATION
    assert actor_of(text, "Arne Vos")[1:] == ("Vlietburg", "coach")


def test_a_word_of_a_longer_name_before_is_no_employer() -> None:
    text = (
        "Harbour City's poor run went on. City manager Olle Brandt said the side had lost its edge."
    )
    assert "City" not in actor_ids(text)


# "EU competition chief X": the owner before a field before the title.


def test_owner_field_chief_is_the_owners() -> None:
    text = (
        "EU competition chief Marta Lindqvist said the fine was fair. UN aid chief Omar "
        "Haddad-Ruiz said the convoy was blocked."
    )
    assert actor_of(text, "Marta Lindqvist")[1:] == ("European Union", "competition chief")
    assert actor_of(text, "Omar Haddad-Ruiz")[1:] == ("United Nations", "aid chief")


def test_official_before_a_charge_or_a_statistic_is_an_adjective() -> None:
    text = (
        "He was charged with official oppression. Official inflation was 5 percent. An "
        "official said the figures were final."
    )
    assert "official" not in actor_ids(text)
    assert speakers_of(text, "An official") == ["an official"]


# A party's level between the owner and the title; the owner's bracketed letters.


def test_party_state_president_after_bracketed_letters() -> None:
    text = (
        "The Rashtriya Seva Dal (RSD) state president P. Murugan said the fares were "
        "unfair. The Kenya Union of Teachers (KUT) chairman Ben Otieno-Wafula said so."
    )
    assert actor_of(text, "P. Murugan")[1:] == ("Rashtriya Seva Dal", "state president")
    assert actor_of(text, "Ben Otieno-Wafula")[1:] == ("Kenya Union of Teachers", "chairman")


# "Country's sports minister, X,": the portfolio before a lower-case "minister".


def test_apposed_portfolio_minister_keeps_the_portfolio() -> None:
    text = (
        "Ghana's sports minister, Kofi Mensah-Bonsu, said the coach would stay. "
        "Canada's foreign affairs minister, Jo Bellweather, said so too."
    )
    assert actor_of(text, "Kofi Mensah-Bonsu")[1:] == ("Ghana", "sports minister")
    assert actor_of(text, "Jo Bellweather")[1:] == ("Canada", "foreign affairs minister")


def test_source_of_a_thing_is_no_informant() -> None:
    text = "Tolls are the port's main source of income. Sources of funding dried up."
    assert not {"source", "sources"} & actor_ids(text)
