"""QA round 19 on actors (tests/fixtures/actors_unseen19/FINDINGS.md): the general defects
found on five unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, quote_speakers, run, speakers_of

from explorer.model import ActorKind

# A person's apposition naming their employer with "of" inside its name: the person speaks.


def test_an_apposition_with_an_employer_of_several_words_keeps_its_speaker() -> None:
    text = (
        "The survey's lead author, Dr. Hanna Lindqvist-Moe of the University of Bergen, said "
        'the results were "a warning".'
    )
    assert speakers_of(text, "The survey's") == ["Hanna Lindqvist-Moe"]
    assert quote_speakers(text) == ["Hanna Lindqvist-Moe"]


# Definite descriptions of a named organisation: "the front", "the regulator".


def test_the_front_is_the_front_named_before() -> None:
    text = (
        "The Ogaden National Liberation Front said its fighters had withdrawn. The front said "
        "two villages had been shelled."
    )
    assert speakers_of(text, "The front said") == ["Ogaden National Liberation Front"]


def test_the_regulator_is_the_regulator_named_last() -> None:
    text = (
        "Veltro Pharma will file with the Food and Drug Administration and the European "
        "Medicines Agency. The FDA said it would review the drug quickly. The regulator said "
        "it expected to decide by June."
    )
    assert speakers_of(text, "The regulator said") == ["Food and Drug Administration"]


def test_a_regulator_named_only_after_is_not_the_regulator() -> None:
    text = "The regulator said it would act. The FDA agreed a week later."
    assert "Food and Drug Administration" not in speakers_of(text, "The regulator said")


# A country's central bank in lower case: an organisation, "the bank" later, its governor.


def test_a_countrys_central_bank_is_the_bank_said_later() -> None:
    text = (
        "Ghana's central bank raised its main rate to 29% on Monday. The bank said inflation "
        "had not peaked. Central bank Governor Kwame Asante-Boadu said the cedi was stable."
    )
    assert speakers_of(text, "The bank said") == ["Central Bank of Ghana"]
    assert actor_of(text, "Kwame Asante-Boadu") == (
        ActorKind.PERSON,
        "Central Bank of Ghana",
        "governor",
    )
    assert actor_of(text, "Central Bank of Ghana")[:2] == (ActorKind.ORGANISATION, "Ghana")


def test_the_governor_is_of_the_bank_named_last_before() -> None:
    text = (
        "Chile's central bank cut rates. Peru's central bank held its rate. Central bank "
        "President Julio Velarde-Rios said it would wait."
    )
    assert actor_of(text, "Julio Velarde-Rios")[1] == "Central Bank of Peru"


# An office several persons hold: the one named before it.


def test_the_party_leader_is_the_one_named_before_when_another_comes_later() -> None:
    text = (
        "Green Leader Mara Lindqvist-Holm said the bill was cruel. The Green leader said her "
        "party would vote against it. The party's House leader, Otto Berg-Lund, said the "
        "Greens would keep fighting."
    )
    assert speakers_of(text, "The Green leader said") == ["Mara Lindqvist-Holm"]


# A currency's sign names no place or organisation.


def test_a_currency_sign_is_no_actor() -> None:
    text = "Ottawa pledged C$18 billion, and Hong Kong HK$5 billion, for the plan."
    assert {"C", "HK"}.isdisjoint(actor_ids(text))


# "the Scot said": a British person, not the United Kingdom.


def test_the_scot_is_the_person_named_before() -> None:
    text = 'Britain\'s Laura Muir-Hart faded to sixth. "I had nothing left," the Scot said.'
    assert quote_speakers(text) == ["Laura Muir-Hart"]


# A person named right after a demonym: of that country.


def test_a_demonym_before_a_name_gives_the_nationality() -> None:
    text = "American Noah Lyles-Grant took silver. Norwegian Karsten Warholm-Berg was third."
    assert actor_of(text, "Noah Lyles-Grant")[1] == "United States"
    assert actor_of(text, "Karsten Warholm-Berg")[1] == "Norway"


# Spokesmen: the organisation speaks, whatever form names it.


def test_a_spokeswoman_of_a_companys_short_form_makes_the_company_speak() -> None:
    text = (
        "Shares of Eli Lilly fell 2%. A Lilly spokeswoman said the company did not comment "
        "on rivals' data."
    )
    assert speakers_of(text, "A Lilly spokeswoman") == ["Eli Lilly"]


def test_a_spokesman_by_a_word_of_the_organisations_name_makes_it_speak() -> None:
    text = "The European Commission fined Valmora. A Commission spokesman said the fine was final."
    assert speakers_of(text, "A Commission spokesman") == ["European Commission"]


def test_a_spokesman_for_a_countrys_ministry_makes_the_ministry_speak() -> None:
    text = (
        "A spokesman for China's foreign ministry said Beijing hoped for talks. China's "
        "foreign ministry said later it was ready."
    )
    assert speakers_of(text, "A spokesman for") == ["Chinese Foreign Ministry"]
    assert speakers_of(text, "China's foreign") == ["Chinese Foreign Ministry"]


# Data: Canada's Bloc Québécois.


def test_the_bloc_quebecois_is_a_party_of_canada() -> None:
    text = "Bloc Québécois Leader Yves Blanchet-Roy said his members would abstain."
    assert actor_of(text, "Yves Blanchet-Roy")[1:] == ("Bloc Québécois", "leader")
    assert actor_of(text, "Bloc Québécois")[:2] == (ActorKind.ORGANISATION, "Canada")


# A portfolio minister's title after a name, and its other word alone.


def test_a_portfolio_ministers_title_after_the_name_and_its_synonym() -> None:
    text = (
        "Kenji Aoki-Mori, the agriculture minister who finished fourth, backed the favourite. "
        "The farm minister said rice prices remained high."
    )
    assert actor_of(text, "Kenji Aoki-Mori")[2] == "agriculture minister"
    assert speakers_of(text, "The farm minister") == ["Kenji Aoki-Mori"]


def test_the_parliamentary_budget_officer_keeps_the_whole_title() -> None:
    text = "The Parliamentary Budget Officer, Ana Roy-Gill, said the plan was vague."
    assert actor_of(text, "Ana Roy-Gill")[2] == "parliamentary budget officer"


# "The rights group said": the rights group named before.


def test_the_rights_group_is_the_rights_group_named_before() -> None:
    text = (
        "Amnesty International said it had documented 12 killings. The rights group said "
        "the army had not answered its questions."
    )
    assert speakers_of(text, "The rights group") == ["Amnesty International"]


# "The Norwegian, who ..., finished third": the person the sentence before opens with.


def test_a_demonym_with_a_relative_clause_is_the_person_before_without_a_cue() -> None:
    text = (
        "Karsten Holm-Berg was beaten in the final. The Norwegian, who holds the world "
        "record, finished third."
    )
    assert "Norway" not in actor_ids(text)


def test_a_demonym_is_not_a_person_of_another_country() -> None:
    text = (
        "Kenya's Reynold Kip-Lagat won the race. The Norwegian, who holds the record, "
        "finished third."
    )
    assert "Norway" in actor_ids(text)


# A spokeswoman reporting her employer's words: the quote is hers.


def test_a_spokeswoman_reporting_her_employer_keeps_the_quote() -> None:
    text = (
        'IMF spokeswoman Julie Kozack-Bryant said the Fund welcomed "the swift policy '
        'response" and would keep talking.'
    )
    assert quote_speakers(text) == ["Julie Kozack-Bryant"]


# An organisation's kind noun opening a sentence before a title: the one named just before.


def test_party_opening_a_title_is_the_party_named_before() -> None:
    text = (
        "The African National Congress said its integrity committee would meet. Party "
        "Secretary-General Lindiwe Dube-Nkosi told reporters nobody was protected."
    )
    assert actor_of(text, "Lindiwe Dube-Nkosi")[1:] == (
        "African National Congress",
        "secretary-general",
    )
    assert "Party" not in actor_ids(text)


# A country's title standing alone: the one person of the article holding it.


def test_a_countrys_title_alone_is_the_person_named_later() -> None:
    text = (
        "Norway's ombudsman on Tuesday found that the minister had misled parliament. "
        "Ombudsman Hanne Berg-Dahl said the rules were clear."
    )
    result = run(text)
    linked = {m.actor_id for m in result.mentions if m.text == "ombudsman"}
    assert linked == {"Hanne Berg-Dahl"}
    assert "Norway" in {m.actor_id for m in result.mentions}
    assert actor_of(text, "Hanne Berg-Dahl")[1] == "Norway"


def test_a_countrys_title_before_its_holders_name_is_not_doubled() -> None:
    text = "Kenya's president, Wanjiru Mwangi-Otieno, said the talks would go ahead."
    result = run(text)
    assert [m.actor_id for m in result.mentions] == ["Kenya", "Wanjiru Mwangi-Otieno"]


# Legislatures' hills are places; a university named by one word an organisation.


def test_parliament_hill_and_capitol_hill_are_places() -> None:
    text = (
        "Senators met on Capitol Hill on Tuesday. Lisa Grant-Hale told reporters on "
        "Parliament Hill that it was over."
    )
    assert actor_of(text, "Capitol Hill")[0] is ActorKind.PLACE
    assert actor_of(text, "Parliament Hill")[0] is ActorKind.PLACE
    assert speakers_of(text, "Lisa Grant-Hale") == ["Lisa Grant-Hale"]


def test_harvard_alone_is_the_university() -> None:
    text = "Dana Ross-Lee, who studied law at Harvard, said she was proud."
    assert actor_of(text, "Harvard University")[0] is ActorKind.ORGANISATION


# A modifier of the law's groups kept: one group for "a prosecution official" and "The
# prosecution official".


def test_a_prosecution_official_is_one_group_however_named_again() -> None:
    text = (
        "A prosecution official told Reuters the raid was routine. The official said more "
        "raids would follow. The prosecution official said a decision would come in June."
    )
    result = run(text)
    groups = {a.id for a in result.actors if a.kind is ActorKind.GROUP}
    assert groups == {"a prosecution official"}


# "Korea" alone is South Korea, and no short form of a fund named "Korea ...".


def test_korea_alone_is_south_korea_not_a_funds_short_form() -> None:
    text = (
        "Activist fund Korea Value Partners said the raid showed the need for reform at "
        "Korea's family-run business groups."
    )
    linked = {m.actor_id for m in run(text).mentions if m.text == "Korea"}
    assert linked == {"South Korea"}


# Dutch name particles: one person.


def test_dutch_particles_keep_one_name() -> None:
    text = (
        "United manager Erik ten Hag-Boer said it was deserved. Coach Ruud van den "
        "Berg-Smit said it was not."
    )
    ids = actor_ids(text)
    assert {"Erik ten Hag-Boer", "Ruud van den Berg-Smit"} <= ids
    assert "Hag-Boer" not in ids


# A club's town before a club's title: the club.


def test_a_clubs_town_before_its_coach_is_the_club() -> None:
    text = (
        "Real Madrid beat Bayern Munich 2-1 in Madrid. Madrid coach Carlo Ancel-Russo said "
        "his side had suffered."
    )
    assert actor_of(text, "Carlo Ancel-Russo")[1:] == ("Real Madrid", "coach")


def test_a_town_of_two_clubs_is_neither() -> None:
    text = "AC Milan drew with Inter Milan. Milan coach Paulo Fonseca-Reis said it was fair."
    assert actor_of(text, "Paulo Fonseca-Reis")[1] is None
