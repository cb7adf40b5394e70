"""QA round 7 on actors (tests/fixtures/actors_unseen7/FINDINGS.md): the general defects
found on six unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_of, run, speakers_of

from explorer.model import ActorKind

# An employer named after a description of it: "ROLE of the X-based consultancy NAME".


def test_employer_after_a_based_description() -> None:
    text = (
        '"Demand is fading," said Rosa Quintero, chief economist of the Lima-based '
        "consultancy Andeva Partners."
    )
    assert actor_of(text, "Rosa Quintero")[1] == "Andeva Partners"


def test_employer_after_an_adjective_and_a_firm_noun() -> None:
    text = (
        '"They wait for weeks," said Tomas Ried, head of research at the Dutch '
        "security firm Keelbrook."
    )
    assert actor_of(text, "Tomas Ried")[1:] == ("Keelbrook", "head of research")


def test_employer_after_a_think_tank() -> None:
    text = (
        '"Reform is overdue," said Nadia Perera, director of the Kandy-based think tank '
        "Lanka Policy Forum."
    )
    assert actor_of(text, "Nadia Perera")[1] == "Lanka Policy Forum"


def test_employer_after_a_bare_description() -> None:
    text = '"Prices will rise," said Omar Haddad, founder of the consultancy TradeLens.'
    assert actor_of(text, "Omar Haddad")[1] == "TradeLens"


# An organisation described in an apposition, before or after its name.


def test_team_before_its_name_speaks_as_an_organisation() -> None:
    text = "Rider Jan Pors was suspended. His team, Velora Norte, said it had fired him."
    assert actor_of(text, "Velora Norte")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "His team") == ["Velora Norte"]


def test_owners_body_before_a_name_is_an_organisation() -> None:
    text = (
        "The case was reopened after Norway's sports integrity body, Rena Idrett, cleared "
        "the skier. Its director, Kari Moen, said the body had acted in good faith."
    )
    assert actor_of(text, "Rena Idrett")[0] is ActorKind.ORGANISATION
    assert actor_of(text, "Kari Moen")[1:] == ("Rena Idrett", "director")


def test_no_organisation_after_according_to() -> None:
    """A lower-case article before the noun opens no apposition: a person stays one."""
    text = "According to the agency, Mark Dalby, who led the raid, was arrested."
    assert actor_of(text, "Mark Dalby")[0] is ActorKind.PERSON


def test_one_of_a_countrys_chains_is_an_organisation() -> None:
    text = (
        "Hackers hit Tovenmark, one of Austria's largest furniture retail chains, on "
        "Monday. A Tovenmark manager said tills were down."
    )
    assert actor_of(text, "Tovenmark")[0] is ActorKind.ORGANISATION


def test_organisation_of_members_is_an_organisation() -> None:
    text = "Lumen Aid, an umbrella organisation of fishing cooperatives, said the ban was unfair."
    assert actor_of(text, "Lumen Aid")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "Lumen Aid") == ["Lumen Aid"]


# "the association's head": the organisation the text described with that noun.


def test_owner_noun_picks_the_organisation_it_described() -> None:
    text = (
        "The tenants' association Mietbund urged renters to check their contracts. "
        '"Anyone who banks with Deutsche Bank should ask for a refund," said Ida Brandt, the '
        "association's chair."
    )
    assert actor_of(text, "Ida Brandt")[1] == "Mietbund"


# Letters in brackets after the text's own organisation: its abbreviation, though a listed
# organisation has those initials (in its own language: same first letter, other words).


def test_bracketed_letters_name_the_texts_organisation() -> None:
    text = (
        "The Federation of Port Workers (FTC) said it would strike on Monday. The FTC said talks "
        "with the operator had failed."
    )
    r = run(text)
    ids = {a.id for a in r.actors}
    assert "Federal Trade Commission" not in ids
    assert speakers_of(text, "The FTC said") == ["Federation of Port Workers"]


def test_bracketed_letters_of_a_listed_name_sharing_words_stay_listed() -> None:
    """A description sharing words with the listed name is that organisation's."""
    text = "The Federal Trade Commission (FTC) sued the company. The FTC said it would appeal."
    assert speakers_of(text, "The FTC said") == ["Federal Trade Commission"]


def test_news_agency_credit_after_a_name_stays_the_agency() -> None:
    """Letters of another first letter are a credit, not the name's abbreviation."""
    text = "Judges at the Constitutional Court (AP) ruled on Monday. AP said it would appeal."
    assert speakers_of(text, "AP said") == ["Associated Press"]


# A first initial alone before a surname is part of the name.


def test_single_initial_and_surname_are_one_speaker() -> None:
    text = '"The queues were long," said R. Dharmasena, a 52-year-old farmer, in Kandy.'
    r = run(text)
    assert [q.speaker_id for q in r.quotes] == ["R. Dharmasena"]
    assert "R" not in {a.id for a in r.actors}


def test_single_initial_name_then_surname_alone() -> None:
    text = "Police questioned K. Marlowe on Monday. Marlowe said he had done nothing wrong."
    assert speakers_of(text, "Marlowe said") == ["K. Marlowe"]


def test_letter_before_a_sentence_opener_is_no_initial() -> None:
    text = "The army chose Plan B. The minister said it had worked."
    assert speakers_of(text, "The minister said") == ["the minister"]


# "the association said", "the team said": the organisation the text described with that
# noun before its name.


def test_the_association_said_is_the_described_association() -> None:
    text = (
        "Prices rose on Monday.\n\nThe consumer association Mietbund urged tenants to "
        'complain. "We will win in court," the association said.'
    )
    assert speakers_of(text, '"We will win') == ["Mietbund"]


def test_the_team_said_is_the_described_team() -> None:
    text = (
        "Riders protested on Monday.\n\nThe cycling team Velora Norte fired Jan Pors. "
        '"We have a zero-tolerance policy," the team said.'
    )
    assert actor_of(text, "Velora Norte")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, '"We have a zero') == ["Velora Norte"]


def test_the_team_said_with_two_teams_is_nobody() -> None:
    """Two organisations described as teams in the sentence before: "the team" names
    neither."""
    text = (
        "The cycling team Velora Norte fired Jan Pors, and the cycling team Astana Kira hired "
        'him. "We believe him," the team said.'
    )
    assert speakers_of(text, '"We believe') == []


def test_the_team_said_after_two_teams_is_the_one_named_just_before() -> None:
    """Of two teams, the one the sentence before names alone (round 25)."""
    text = (
        "The cycling team Velora Norte fired Jan Pors. The cycling team Astana Kira hired "
        'him. "We believe him," the team said.'
    )
    assert speakers_of(text, '"We believe') == ["Astana Kira"]


# A possessive word inside an organisation's name, confirmed by its abbreviation.


def test_possessive_inside_a_name_with_its_abbreviation() -> None:
    text = (
        "The ruling Rural People's Voice (RPV) led the count on Sunday. RPV general "
        "secretary Anil Perera said the party was pleased."
    )
    r = run(text)
    ids = {a.id for a in r.actors}
    assert "Rural People's Voice" in ids
    assert actor_of(text, "Anil Perera")[1] == "Rural People's Voice"


def test_possessive_name_with_connectors_speaks() -> None:
    text = (
        "The monitoring group Citizens' Watch for Clean Elections (CWCE) said it had "
        "received 300 complaints."
    )
    assert speakers_of(text, "The monitoring group") == ["Citizens' Watch for Clean Elections"]


def test_owner_before_a_name_stays_the_owner() -> None:
    """A country's possessive before a body's name is its owner, no word of the name."""
    text = "Kenya's Independent Electoral Commission (IEC) said turnout was high."
    assert speakers_of(text, "Kenya's") == ["Independent Electoral Commission"]
    assert actor_of(text, "Independent Electoral Commission")[1] == "Kenya"


# Abbreviations of things (vocabulary.toml's thing_abbreviations) standing alone.


def test_abbreviations_of_things_are_no_actors() -> None:
    text = (
        "Patients need regular MRI scans, the regulator said. Hackers entered its IT "
        "systems. The AI boom lifted shares, Velmora said."
    )
    ids = {a.id for a in run(text).actors}
    assert not {"MRI", "IT", "AI"} & ids
    assert speakers_of(text, "The AI boom") == ["Velmora"]


def test_abbreviation_of_a_thing_inside_a_name_stays() -> None:
    text = "The HIV Alliance said funding had been cut."
    assert speakers_of(text, "The HIV Alliance") == ["HIV Alliance"]


# "known by its acronym X": the organisation's abbreviation.


def test_known_by_its_acronym_merges_the_abbreviation() -> None:
    text = (
        "Austria's Federal Office for Road Safety, known by its German acronym BVS, said "
        "crashes rose. BVS President Eva Lindl said the figures were alarming."
    )
    r = run(text)
    assert "BVS" not in {a.id for a in r.actors}
    assert actor_of(text, "Eva Lindl")[1:] == ("Federal Office for Road Safety", "president")


def test_known_by_its_initials_in_another_language_merges_too() -> None:
    text = (
        "The Union of Dock Workers, known by its Spanish initials STP, struck on Monday. The STP "
        "said talks had failed."
    )
    assert speakers_of(text, "The STP said") == ["Union of Dock Workers"]


# "official" before a noun at a quote's end, or before "death toll".


def test_official_before_a_noun_at_a_quotes_end_is_no_group() -> None:
    text = '"Please wait for the official results," the commissioner told reporters.'
    assert "the official" not in {a.id for a in run(text).actors}


def test_official_death_toll_is_no_group() -> None:
    text = "The official death toll rose to 40 on Tuesday."
    assert "the official" not in {a.id for a in run(text).actors}


def test_the_official_who_speaks_stays_a_group() -> None:
    text = "Talks failed on Monday. The official said more would follow."
    assert speakers_of(text, "The official said") == ["the official"]


# More words that end a company's or an organisation's name.


def test_pharma_company_first_word_is_the_company() -> None:
    text = (
        "The regulator rejected a drug from Velmora Pharma on Friday. Its chief executive, "
        "Ana Ruiz, said the company would appeal. Velmora said it had new data."
    )
    assert speakers_of(text, "Velmora said") == ["Velmora Pharma"]
    assert actor_of(text, "Velmora Pharma")[0] is ActorKind.ORGANISATION
    assert actor_of(text, "Ana Ruiz")[1] == "Velmora Pharma"


def test_body_ends_an_organisations_name() -> None:
    text = "The court's Appeals Body has been paralysed since 2019, diplomats said."
    assert actor_of(text, "Appeals Body")[0] is ActorKind.ORGANISATION


# "its executive director NAME told": "its" before a lower-case title, no commas.


def test_its_title_without_commas_names_the_organisation() -> None:
    text = (
        "The monitoring group Civic Eye said it had received 400 complaints. "
        '"This was a peaceful poll," its executive director Rohan Silva told reporters.'
    )
    assert actor_of(text, "Rohan Silva")[1:] == ("Civic Eye", "executive director")


def test_its_title_without_commas_after_a_company() -> None:
    text = "Velmora Pharma cut 300 jobs on Monday. Its chief executive Ana Ruiz said sales fell."
    assert actor_of(text, "Ana Ruiz")[1] == "Velmora Pharma"


# The Court of Arbitration for Sport is listed ("Sport" is a page word ending runs).


def test_court_of_arbitration_for_sport_is_one_listed_court() -> None:
    text = (
        "The Court of Arbitration for Sport (CAS) banned the sprinter for two years on "
        "Monday. CAS said the sample had not been contaminated."
    )
    assert speakers_of(text, "CAS said") == ["Court of Arbitration for Sport"]
    assert "Court of Arbitration" not in {a.id for a in run(text).actors}


def test_other_organisations_letters_cas_stay_its_own() -> None:
    text = (
        "The Chinese Academy of Sciences (CAS) said the probe had landed. CAS said it "
        "would publish the data."
    )
    assert speakers_of(text, "CAS said") == ["Chinese Academy of Sciences"]


# A person's surname between "the" and a noun is a modifier naming that person.


def test_surname_before_a_noun_is_the_person_not_a_place() -> None:
    text = (
        "The court banned sprinter Ada Okonjo on Monday. Rivals objected to the Okonjo "
        "ruling on Tuesday."
    )
    r = run(text)
    assert "Okonjo" not in {a.id for a in r.actors}
    assert {m.actor_id for m in r.mentions if m.text == "Okonjo"} == {"Ada Okonjo"}


def test_place_before_a_noun_stays_a_place() -> None:
    text = "Fighting spread in the Tarvani region on Monday, officials said."
    assert actor_of(text, "Tarvani")[0] is ActorKind.PLACE


def test_the_adjective_team_said_is_the_described_team() -> None:
    text = (
        "Riders protested on Monday.\n\nThe cycling team Velora Norte fired Jan Pors. "
        '"We have a zero-tolerance policy," the Belgian team said.'
    )
    assert speakers_of(text, '"We have a zero') == ["Velora Norte"]


def test_a_countrys_ministry_is_not_the_one_named() -> None:
    """ "The Russian ministry" may be another country's: no speaker from the description."""
    text = "The Foreign Ministry said talks had failed. The Russian ministry said otherwise."
    assert speakers_of(text, "The Russian ministry") != ["Foreign Ministry"]
