"""QA round 9 on actors (tests/fixtures/actors_unseen9/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, run, speakers_of

from explorer.model import ActorKind

# UK and Irish titles before a name are its role, not words of the name.


def test_inquest_and_police_titles_are_roles() -> None:
    text = (
        "Senior Coroner Mary Holt opened the hearing in Leeds. Paramedic Tom Reyes told the "
        "court the crew arrived late. PC Jane Orr said she had tried to help."
    )
    ids = actor_ids(text)
    assert not {"Senior Coroner Mary Holt", "Paramedic Tom Reyes", "PC Jane Orr"} & ids
    assert actor_of(text, "Mary Holt")[2] == "senior coroner"
    assert actor_of(text, "Tom Reyes")[2] == "paramedic"
    assert actor_of(text, "Jane Orr")[2] == "police constable"
    assert speakers_of(text, "PC Jane Orr") == ["Jane Orr"]


def test_the_irish_head_of_government_is_a_title() -> None:
    text = "Taoiseach Liam Boyd said the budget was fair. Boyd later met unions."
    assert actor_of(text, "Liam Boyd")[2] == "taoiseach"
    assert speakers_of(text, "Taoiseach") == ["Liam Boyd"]


# A capital written without its accents is the capital, also in a dateline, which then
# gives "the Senate" its country.


def test_a_dateline_without_accents_gives_the_senate_its_country() -> None:
    text = (
        "BRASILIA (Reuters) - The Senate approved the bill on Tuesday. A U.S. envoy "
        "praised the vote. The Senate will meet again in May."
    )
    ids = actor_ids(text)
    assert "Senate of Brazil" in ids
    assert "US Senate" not in ids
    assert "Brasília" in ids  # (the capital, not an unknown word)


def test_a_capital_without_accents_is_the_capital() -> None:
    text = "Talks resumed in Bogota on Monday. Bogotá had hosted them before."
    assert {a.id for a in run(text).actors if a.kind is ActorKind.PLACE} == {"Bogotá"}


# A place's name inside a Portuguese or Spanish name with particles is a word of the name.


def test_a_place_name_inside_a_name_with_particles_is_the_persons() -> None:
    text = (
        "Deputy Carlos Lima da Costa said the reform was sound. Mayor Ana Paris de Souza "
        'disagreed. "It will fail," Lima da Costa told reporters in Recife.'
    )
    ids = actor_ids(text)
    assert {"Carlos Lima da Costa", "Ana Paris de Souza"} <= ids
    assert not {"Lima", "Paris", "Costa", "Souza"} & ids
    assert actor_of(text, "Carlos Lima da Costa")[2] == "deputy"
    assert speakers_of(text, "Deputy Carlos") == ["Carlos Lima da Costa"]
    assert speakers_of(text, '"It will fail,"') == ["Carlos Lima da Costa"]


def test_a_place_joined_by_de_to_another_name_stays_a_place() -> None:
    text = "Pilgrims walked to Santiago de Compostela. Officials in Lima said the border was open."
    ids = actor_ids(text)
    assert "Lima" in ids
    # (no person joined over "de"; the listed city is one place)
    assert all(actor_of(text, aid)[0] is ActorKind.PLACE for aid in ids if " de " in aid)


# A surname with its particle, capitalised to open a sentence, is the full name's short
# form: one person, also where the particle is in lower case later.


def test_a_capitalised_particle_opening_a_sentence_is_the_same_person() -> None:
    text = (
        "Labour Minister Paulo da Silva presented the plan. Da Silva, a former teacher, "
        "said it was fair. Unions kept up the pressure on da Silva."
    )
    people = [a for a in run(text).actors if a.kind is ActorKind.PERSON]
    assert [a.id for a in people] == ["Paulo da Silva"]
    assert speakers_of(text, "Da Silva,") == ["Paulo da Silva"]
    assert {m.actor_id for m in run(text).mentions if m.text.endswith("Silva")} == {
        "Paulo da Silva"
    }


# "A shop steward at the plant, who asked not to be named, said": an anonymous speaker,
# whose "he said" after is his, not the analyst's quoted before.


def test_an_anonymous_shop_steward_keeps_his_quote() -> None:
    text = (
        "Analyst Jane Roe said the firm was weak. A shop steward at the plant, who asked not "
        'to be named, said wages were low. "I pay my rent with loans," he said.'
    )
    assert speakers_of(text, "A shop steward") == ["a shop steward at the plant"]
    assert [q.speaker_id for q in run(text).quotes] == ["a shop steward at the plant"]


def test_an_anonymous_nurse_keeps_her_quote() -> None:
    text = (
        "Minister Tom Hale said the wards were safe. A nurse at the hospital said beds were "
        'full. "We are exhausted," she said.'
    )
    assert [q.speaker_id for q in run(text).quotes] == ["a nurse at the hospital"]


def test_members_ending_an_organisations_name_are_its_words() -> None:
    text = (
        "The Union of Zambian Farmers said prices fell. The Association of Brazilian Brokers "
        "said fees rose. The Confederation of Bolivian Miners called a strike."
    )
    ids = actor_ids(text)
    assert {
        "Union of Zambian Farmers",
        "Association of Brazilian Brokers",
        "Confederation of Bolivian Miners",
    } <= ids
    assert speakers_of(text, "The Union") == ["Union of Zambian Farmers"]


# A barrister's rank after the name is the role, no word of the name.


def test_a_barristers_rank_after_the_name_is_the_role() -> None:
    text = (
        "Rachel Dunmore KC, for the family, said the delay was fatal. Later Ms Dunmore asked "
        "for the records. Owen Pryce QC said the trust accepted the failings."
    )
    ids = actor_ids(text)
    assert {"Rachel Dunmore", "Owen Pryce"} <= ids
    assert not {"Rachel Dunmore KC", "Owen Pryce QC"} & ids
    assert actor_of(text, "Rachel Dunmore")[2] == "KC"
    assert speakers_of(text, "Rachel Dunmore") == ["Rachel Dunmore"]
    assert speakers_of(text, "Owen Pryce") == ["Owen Pryce"]


def test_a_company_noun_that_is_a_job_too_still_names_a_company() -> None:
    text = "Rival miner Kolvex said output fell."
    assert actor_of(text, "Kolvex")[0] is ActorKind.ORGANISATION


# Bands, record labels and lobbies named after their noun are organisations; a work's title
# in quotes is no actor.


def test_a_band_and_a_label_named_after_their_noun_are_organisations() -> None:
    text = (
        "Tom Reilly, whose band Silver Orchard sold millions of records, has died. The band "
        "signed with the London label Crooked Lane in 1992. Crooked Lane said in a statement "
        "he was a great voice."
    )
    assert actor_of(text, "Silver Orchard")[0] is ActorKind.ORGANISATION
    assert actor_of(text, "Crooked Lane")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "Crooked Lane said") == ["Crooked Lane"]


def test_an_albums_title_in_quotes_is_no_actor() -> None:
    text = 'Their second album, "The Long Meadow," went platinum, the singer Ann Rowe said.'
    assert "Long Meadow" not in actor_ids(text)


def test_an_organisation_described_by_its_countrys_possessive() -> None:
    text = (
        "Denkora, Japan's largest business lobby, said it hoped for a deal. Its chairman, "
        "Hiro Tanabe, led a delegation of 40 executives."
    )
    assert actor_of(text, "Denkora")[0] is ActorKind.ORGANISATION
    assert actor_of(text, "Hiro Tanabe")[1] == "Denkora"


# An English local court's name holds its owner's possessive and its town.


def test_a_local_courts_name_is_one_organisation() -> None:
    text = (
        "The inquest opened at Leeds Coroner's Court on Monday. A man appeared at Hull "
        "Magistrates' Court on Friday."
    )
    ids = actor_ids(text)
    assert {"Leeds Coroner's Court", "Hull Magistrates' Court"} <= ids
    assert not {"Leeds Coroner", "Hull Magistrates", "Leeds"} & ids
    assert actor_of(text, "Leeds Coroner's Court")[0] is ActorKind.ORGANISATION


# "the MP for Leeds": the member's constituency is a place, no person with the title.


def test_an_mps_constituency_is_a_place() -> None:
    text = "Ann Lee, the MP for Leeds, said the rules must change. The MEP for Wales agreed."
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds["Leeds"] is ActorKind.PLACE
    assert kinds["Wales"] is ActorKind.PLACE
    assert speakers_of(text, "Ann Lee") == ["Ann Lee"]


# A title written in capitals gives its role after the name too.


def test_a_title_in_capitals_after_the_name_is_the_role() -> None:
    text = (
        "Ann Lee, the CEO of Nordlys Group, said sales fell. Tom Hart, a Labour MP, said "
        "the plan was wrong."
    )
    assert actor_of(text, "Ann Lee")[1:] == ("Nordlys Group", "chief executive")
    assert actor_of(text, "Tom Hart")[2] == "MP"


# A family name written first, alone at a sentence's start, is the person the text names so
# elsewhere.


def test_a_family_name_opening_a_sentence_is_the_person_named_so_elsewhere() -> None:
    text = (
        "President Park Min-jun hosted Premier Zhou Lihua in Seoul. Park said the talks "
        "went well. Park's approval rating rose on Friday. Zhou said trade would grow. Zhou "
        "is due to travel to Hanoi."
    )
    people = {a.id for a in run(text).actors if a.kind is ActorKind.PERSON}
    assert people == {"Park Min-jun", "Zhou Lihua"}
    linked = {m.actor_id for m in run(text).mentions if m.text in ("Park", "Zhou")}
    assert linked == {"Park Min-jun", "Zhou Lihua"}


# A capitalised title after "the" is its one holder's, as in lower case.


def test_the_prime_minister_capitalised_is_the_one_holder() -> None:
    text = (
        'Prime Minister Anthony Albers visited Perth on Monday. "We will act," the Prime '
        "Minister said."
    )
    assert [q.speaker_id for q in run(text).quotes] == ["Anthony Albers"]


def test_a_capitalised_title_of_three_words_is_its_holders() -> None:
    text = (
        "Chief Cabinet Secretary Hiroshi Matsuda told reporters Japan regretted the "
        'omission. "Dialogue itself has meaning," the Chief Cabinet Secretary said.'
    )
    assert [q.speaker_id for q in run(text).quotes] == ["Hiroshi Matsuda"]


# An owner's possessive, then lower-case words of the title, names the employer.


def test_an_owners_possessive_before_a_modified_title_is_the_employer() -> None:
    text = (
        "MSF runs two clinics in the camp. Jo Ray, MSF's medical coordinator in Chad, said "
        "cases had doubled. Ed Fox, Britain's former foreign secretary, said aid was late."
    )
    assert actor_of(text, "Jo Ray")[1] == "Doctors Without Borders"
    assert actor_of(text, "Ed Fox")[1] == "United Kingdom"


def test_a_title_after_two_fields_joined_by_and_is_the_role() -> None:
    text = (
        "Ed Fox, a mining and metals analyst at Anchor Capital, said the firm was weak. "
        "Ida Berg, an oil and gas analyst at Jefferies, disagreed."
    )
    assert actor_of(text, "Ed Fox")[1:] == ("Anchor Capital", "analyst")
    assert actor_of(text, "Ida Berg")[1:] == ("Jefferies", "analyst")


def test_an_unnamed_speakers_quote_over_two_sentences_stays_his() -> None:
    text = (
        "Analyst Jane Roe said the firm was weak. A shop steward at the plant, who asked not "
        'to be named, said workers earned little. "My son is at university. I pay for him '
        'with loans," he said.'
    )
    assert [q.speaker_id for q in run(text).quotes] == ["a shop steward at the plant"]


# A ministry's or commission's name goes on over its fields joined by "and" or a list.


def test_a_ministrys_two_fields_after_and_are_its_name() -> None:
    text = (
        "A spokesperson for the Department of Health and Social Care said the review was "
        "under way. The Ministry of Housing and Urban Affairs declined to comment. The Bank "
        "of England and Barclays said nothing."
    )
    ids = actor_ids(text)
    assert {"Department of Health and Social Care", "Ministry of Housing and Urban Affairs"} <= ids
    assert not {"Social Care", "Urban Affairs"} & ids
    assert {"Bank of England", "Barclays"} <= ids  # (two, as before)
    assert speakers_of(text, "A spokesperson") == ["Department of Health and Social Care"]


def test_a_commission_for_a_list_of_fields_is_one_organisation() -> None:
    text = (
        "Both sides returned to the Commission for Conciliation, Mediation and Arbitration "
        "(CCMA). The CCMA said talks would resume on Thursday."
    )
    assert speakers_of(text, "The CCMA said") == [
        "Commission for Conciliation, Mediation and Arbitration"
    ]


def test_a_portfolio_of_two_capitalised_words_is_the_titles() -> None:
    text = (
        "Indigenous Peoples Minister Raquel Moura said the vote was a betrayal. Local "
        "Government Minister Ann Lee said councils would pay."
    )
    ids = actor_ids(text)
    assert not {"Indigenous Peoples", "Local Government"} & ids
    assert actor_of(text, "Raquel Moura")[2] == "indigenous peoples minister"
    assert actor_of(text, "Ann Lee")[2] == "local government minister"


# A rank before an apposed title is part of the role.


def test_a_rank_before_an_apposed_title_is_part_of_the_role() -> None:
    text = (
        "The National Union of Mineworkers (NUM) called a strike. The union's deputy general "
        "secretary, Ann Lee, said it was legal. Al Poe, the deputy mayor of Leeds, said "
        "no. Tom Hart, the acting president of Nordlys, agreed."
    )
    assert actor_of(text, "Ann Lee")[1:] == (
        "National Union of Mineworkers",
        "deputy general secretary",
    )
    assert actor_of(text, "Al Poe")[2] == "deputy mayor"
    assert actor_of(text, "Tom Hart")[2] == "acting president"


def test_a_union_or_coalition_described_so_is_an_organisation_its_spokesman_speaks_for() -> None:
    text = (
        "Police arrested six workers. Solidarity, a smaller union, said it would not join "
        "the strike. Its spokesman, Tom Hart, said 1,500 members worked. Verde Vivo, a "
        "coalition of 90 groups, said the bill was a disaster. Ann Lee, a member of the "
        "union, said so."
    )
    assert actor_of(text, "Solidarity")[0] is ActorKind.ORGANISATION
    assert actor_of(text, "Tom Hart")[1:] == ("Solidarity", "spokesman")
    assert actor_of(text, "Verde Vivo")[0] is ActorKind.ORGANISATION
    assert actor_of(text, "Ann Lee")[0] is ActorKind.PERSON


def test_musicians_titles_are_roles() -> None:
    text = (
        "Tom Reilly, the singer and songwriter whose band Silver Orchard sold millions, has "
        "died. He started the band with guitarist Fergal Moran and bassist Niamh Keating. "
        "The Songwriters Guild said he was kind."
    )
    assert actor_of(text, "Tom Reilly")[2] == "singer"
    assert actor_of(text, "Fergal Moran")[2] == "guitarist"
    assert actor_of(text, "Niamh Keating")[2] == "bassist"
    assert actor_of(text, "Songwriters Guild")[0] is ActorKind.ORGANISATION


def test_the_unions_official_is_the_one_union_named_paragraphs_before() -> None:
    text = (
        "The National Union of Mineworkers (NUM) called a strike on Monday.\n\n"
        'Police arrested six people. "We will stay out," a worker said.\n\n'
        "The union's deputy general secretary, Ann Lee, said the strike was legal."
    )
    assert actor_of(text, "Ann Lee")[1] == "National Union of Mineworkers"


# A quote filling its sentence right after one speaker's reported statement in its paragraph
# is that speaker's.


def test_a_bare_quote_after_a_reported_statement_is_its_speakers() -> None:
    text = (
        "Jean Mbaye spoke by video link from the border. He said the agency had registered "
        "58 children in a week. “Some of them do not know if their parents are alive.”\n\n"
        "Ann Lee said the talks had failed.\n\n"
        '"We tried everything."'
    )
    assert [q.speaker_id for q in run(text).quotes] == ["Jean Mbaye", None]
