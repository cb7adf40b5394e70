"""Speakers in forms the third QA round on unseen articles found unattributed or wrongly
attributed (tests/fixtures/actors_unseen3), each tried on invented sentences of its own:
a pronoun with an adverb before its cue ("He also said", "It also claimed"), a participial
speech clause after a main clause ("..., calling the result “...”"), a vote taken for a
statement ("the Assembly rejected the budget"), an organisation by the noun of its kind ("the
commission said", "a spokesman for the institution said"), a country's armed service
("Ukraine's air force said"), and two forms the fourth round's articles showed: "said
Kremlin spokesman Dmitry Peskov" and "The U.N. force in southern Lebanon, UNIFIL, said"."""

from __future__ import annotations

from speaker_checks import quote_speakers, run, speakers_of

# 1. A pronoun, then "also", "later", "has" ..., then the cue.


def test_he_also_said_is_the_person_before() -> None:
    text = (
        "Tomasz Wielgus said the harbour would reopen in March. He also said the ferry "
        "operator had been fined twice."
    )
    assert speakers_of(text, "He also said") == ["Tomasz Wielgus"]


def test_she_has_also_told_and_he_later_said() -> None:
    text = (
        "Ingrid Solberg met the fishermen in Bodø on Monday. She has also told the council "
        "that quotas will fall."
    )
    assert speakers_of(text, "She has also told") == ["Ingrid Solberg"]
    text = "“We will rebuild the pier,” Mr Halvorsen said. He later added that it would cost more."
    assert speakers_of(text, "He later added") == ["Halvorsen"]


def test_it_also_claimed_is_the_organisation_that_just_spoke() -> None:
    text = (
        "The Defence Ministry said in a statement that its forces had struck a depot near "
        "the river. It also claimed the capture of two villages."
    )
    assert speakers_of(text, "It also claimed") == ["Defence Ministry"]


def test_a_quote_after_he_also_said_is_his() -> None:
    text = "Marek Novak said the bridge was safe. He also said: “Nobody was ever in danger.”"
    assert quote_speakers(text) == ["Marek Novak"]


def test_he_was_said_to_be_is_no_statement() -> None:
    text = "Marek Novak won the vote. He was said to be relieved."
    assert speakers_of(text, "He was said") == []


def test_it_said_after_an_organisation_subject_that_did_not_speak() -> None:
    text = (
        "The Defence Ministry destroyed 40 drones over the Black Sea overnight. It said two "
        "villages had also been captured."
    )
    assert speakers_of(text, "It said") == ["Defence Ministry"]
    text = "Russia fired 40 drones at Odesa, and it said the strikes were a reply."
    assert speakers_of(text, "Russia") == ["Russia"]
    # Not a person's, nor a place's.
    text = "Marek Novak met the minister in Brno. It said nothing."
    assert speakers_of(text, "It said") == []


# 2. A participial speech clause after the main clause: the main clause's subject speaks.


def test_calling_after_a_main_clause_gives_the_quote_its_subject() -> None:
    text = (
        "Chancellor Ingrid Solberg congratulated the coalition in a post on Facebook, "
        "calling the vote “a win for common sense.”"
    )
    assert quote_speakers(text) == ["Ingrid Solberg"]


def test_saying_and_adding_after_a_main_clause_with_other_names() -> None:
    text = (
        "Marek Novak thanked the firefighters of Brno on Sunday, saying the town owed them "
        "its old bridge."
    )
    assert speakers_of(text, "Marek Novak") == ["Marek Novak"]
    # Not the name right before the comma, nor the object of an opening phrase.
    text = "Marek Novak met the mayor, Jana Dvorak, adding that the bridge would reopen."
    assert speakers_of(text, "Marek Novak") == ["Marek Novak"]
    text = "After meeting Jana Dvorak, Marek Novak left for Prague, saying the talks went well."
    assert speakers_of(text, "After meeting") == ["Marek Novak"]


def test_an_organisation_with_an_apposition_speaks_by_a_participle() -> None:
    text = (
        "The Halvorsen Energy Group, the largest utility in the region, raised prices on "
        "Monday, describing the increase as “unavoidable.”"
    )
    assert quote_speakers(text) == ["Halvorsen Energy Group"]


def test_warning_after_a_group_and_urging_after_a_possessive_title() -> None:
    text = "Police fired tear gas at the crowd, warning that the march was banned."
    assert speakers_of(text, "Police") == ["police"]
    text = "Norway's prime minister Jonas Berg visited the mine, urging calm."
    assert speakers_of(text, "Norway") == ["Jonas Berg"]


def test_a_second_verb_after_and_speaks_for_the_subject() -> None:
    text = (
        "Interior Minister Karin Lindqvist flew to Kiruna on Thursday with 200 rescuers and "
        "said the mine would stay closed."
    )
    assert speakers_of(text, "Interior Minister") == ["Karin Lindqvist"]
    text = (
        "Ambassador Jonas Berg, the Nordic member of the council, called the raid on the "
        "harbour “a grave mistake” and said more would follow."
    )
    assert quote_speakers(text) == ["Jonas Berg"]


def test_a_participle_without_speech_names_no_speaker() -> None:
    text = "Drones struck the port of Odesa overnight, killing three people."
    assert speakers_of(text, "Drones") == []


def test_an_organisation_after_a_verb_is_no_subject_of_a_participle() -> None:
    text = (
        "Delegates from five coastal towns walked out of a European Commission hearing in "
        "Brussels on Friday, accusing the fishing fleets of lying."
    )
    assert "European Commission" not in speakers_of(text, "Delegates")


# 3. "rejected" and "dismissed" state something only of a statement ("the claim", "as").


def test_a_rejected_budget_is_a_vote_not_a_statement() -> None:
    text = (
        "Prime Minister Lars Eide resigned on Friday, a day after the Storting rejected the "
        "government’s spending plan."
    )
    assert speakers_of(text, "Prime Minister") == []
    text = "The club dismissed its coach, Tomas Varga, on Monday."
    assert speakers_of(text, "The club") == []


def test_a_rejected_claim_or_report_is_a_statement() -> None:
    assert speakers_of("The Kremlin rejected the claims as absurd.", "The") == ["Kremlin"]
    text = "Lars Eide dismissed the newspaper’s report on Monday."
    assert speakers_of(text, "Lars Eide") == ["Lars Eide"]
    text = "Lars Eide rejected the budget as “a fantasy.”"
    assert quote_speakers(text) == ["Lars Eide"]


# 4. "The commission said": the one organisation of that kind named before.


def test_the_commission_said_is_the_commission_named_before() -> None:
    text = (
        "The Electoral Commission of Malawi said on Sunday that the count was complete. "
        "Turnout was 71%, the highest since 1994, the commission said."
    )
    assert speakers_of(text, "Turnout") == ["Electoral Commission of Malawi"]


def test_the_council_the_fund_the_organization_and_the_firm() -> None:
    text = (
        "The Nordic Council met in Reykjavik. A spokeswoman for the council said the "
        "treaty would be signed."
    )
    assert speakers_of(text, "A spokeswoman") == ["Nordic Council"]
    # The spokeswoman is the council's mention, no group of her own.
    assert "a spokeswoman" not in {a.id for a in run(text).actors}
    text = "The World Health Organization met in Geneva. The organization said 40 countries agreed."
    assert speakers_of(text, "The organization") == ["World Health Organization"]
    text = "Halvorsen Holdings cut 500 jobs in Bergen. The firm said demand had collapsed."
    assert speakers_of(text, "The firm") == ["Halvorsen Holdings"]


def test_two_councils_leave_the_council_unresolved() -> None:
    text = (
        "The Nordic Council and the Arctic Council met in Reykjavik. The council said the "
        "treaty would be signed."
    )
    assert speakers_of(text, "The council said") == []


def test_the_party_is_only_the_party_named_last() -> None:
    text = (
        "The Liberty Party won 40 seats and the Unity Congress won 12. Unity Congress "
        "secretary Amara Diallo said the party would regroup."
    )
    mentions = {m.text: m.actor_id for m in run(text).mentions}
    assert "the party" not in mentions
    text = "The Liberty Party won 40 seats. Its leader Amara Diallo said the party would govern."
    mentions = {m.text: m.actor_id for m in run(text).mentions}
    assert mentions["the party"] == "Liberty Party"


def test_a_spokesman_for_the_institution_is_the_organisation_opening_the_sentence() -> None:
    text = (
        "The Nordic Investment Bank, the lending arm of the Nordic Council, invested $35 "
        "million, a spokesman for the institution said."
    )
    assert speakers_of(text, "The Nordic") == ["Nordic Investment Bank"]


# 5. A country's armed service speaks as an organisation of that country.


def test_a_countrys_air_force_or_military_speaks() -> None:
    text = (
        "Norway’s air force said it had intercepted two bombers over the Barents Sea. "
        "“They never entered our airspace,” the Norwegian air force said."
    )
    r = run(text)
    assert speakers_of(text, "Norway") == ["Norwegian Air Force"]
    assert [q.speaker_id for q in r.quotes] == ["Norwegian Air Force"]
    force = next(a for a in r.actors if a.id == "Norwegian Air Force")
    assert (force.kind.value, force.affiliation) == ("organisation", "Norway")
    text = "The Chilean navy has also said two fishermen were rescued."
    assert speakers_of(text, "The Chilean") == ["Chilean Navy"]


def test_a_service_of_no_country_stays_a_group() -> None:
    assert speakers_of("The army said it had retaken the town.", "The army") == ["the army"]


# 6. An organisation and a title between an inverted cue and the name; an organisation's
# name in commas before the cue.


def test_said_org_title_name_gives_the_person() -> None:
    text = "“The harbour will reopen in March,” said Maersk spokesman Tomas Varga."
    assert quote_speakers(text) == ["Tomas Varga"]
    text = "“Rates will fall,” said Nordea chief economist Helga Dahl."
    assert quote_speakers(text) == ["Helga Dahl"]
    text = "According to Greenpeace campaigner Ana Berglund, the spill was larger."
    assert speakers_of(text, "According") == ["Ana Berglund"]


def test_an_organisations_name_in_commas_before_the_cue_speaks() -> None:
    text = "The U.N. mission in Mali, MINUSMA, said on Tuesday that two camps had been hit."
    assert speakers_of(text, "The U.N.") == ["MINUSMA"]
    text = (
        "The rescue service of the Arctic coast, Nordhavn Rescue Agency, said on Tuesday that "
        "two trawlers had been found."
    )
    assert speakers_of(text, "The rescue") == ["Nordhavn Rescue Agency"]
