"""QA round 30 on actors (tests/fixtures/actors_unseen30/FINDINGS.md): the general defects
found on three unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, run, speakers_of

from explorer.model import ActorKind

# "Nigeria's Minister of Art, Culture and Creative Economy, X,": a portfolio of several
# fields is the title's (were persons "Art" and "Culture" and an organisation "Creative
# Economy"; X had no role).


def test_a_ministers_portfolio_list_names_no_actor() -> None:
    text = (
        "Kenya's Minister of Sport, Culture and Heritage, Ababu Namwamba-Ochieng, said the "
        "stadium would open in May."
    )
    assert actor_ids(text) == {"Kenya", "Ababu Namwamba-Ochieng"}
    assert actor_of(text, "Ababu Namwamba-Ochieng") == (ActorKind.PERSON, "Kenya", "minister")
    assert speakers_of(text, "Kenya's") == ["Ababu Namwamba-Ochieng"]


def test_a_portfolio_list_without_an_owner_gives_the_minister_no_field_as_employer() -> None:
    text = (
        "The Minister of Youth, Sports and Creative Economy, Moses Kato-Lwanga, said the "
        "budget would double."
    )
    assert actor_ids(text) == {"Moses Kato-Lwanga"}
    assert actor_of(text, "Moses Kato-Lwanga") == (ActorKind.PERSON, None, "minister")


def test_a_two_field_portfolio_stays_the_ministers() -> None:
    text = "The Minister of Trade and Industry, Ebrahim Patel-Khan, said tariffs would fall."
    assert actor_ids(text) == {"Ebrahim Patel-Khan"}
    assert actor_of(text, "Ebrahim Patel-Khan")[2] == "minister"


def test_a_list_of_countries_after_a_ministers_field_stays_countries() -> None:
    text = "The Minister of Finance met envoys from Ghana, Togo and Benin on Monday."
    assert {"Ghana", "Togo", "Benin"} <= actor_ids(text)


def test_a_lower_case_portfolio_of_four_words_is_the_ministers() -> None:
    text = (
        "Halvia's minister of ports and marine transport, Abdi Farah-Jama, said the pirates "
        "came from the coast."
    )
    assert actor_of(text, "Abdi Farah-Jama")[2] == "minister"


# "EUNAVFOR Atalanta, which has patrolled the area since 2008, said": a mission's name
# opened by its letters is an organisation (was a person); "according to the European
# Union's naval force, EUNAVFOR Atalanta" is the force's word (was the EU's).


def test_a_name_opened_by_a_missions_capitals_is_an_organisation() -> None:
    text = "NAVMARSUR Meridia, which has patrolled the coast since 2010, said a frigate was sent."
    assert actor_of(text, "NAVMARSUR Meridia")[0] is ActorKind.ORGANISATION
    assert speakers_of(text, "NAVMARSUR") == ["NAVMARSUR Meridia"]


def test_a_heading_in_capitals_is_left_alone() -> None:
    text = "PORT ALDEN, Fiji (AP) - The ferry sank on Monday, police said."
    assert "PORT ALDEN" not in actor_ids(text)


def test_according_to_an_owners_described_organisation_is_that_organisations_word() -> None:
    text = (
        "The tanker was seized on Sunday, according to the European Union's naval force, "
        "NAVMARSUR Meridia. Prices rose, according to Kenya's maritime regulator, the Kenya "
        "Maritime Authority. The crew was freed, according to the bloc's naval mission, "
        "NAVMARSUR Meridia."
    )
    assert speakers_of(text, "The tanker") == ["NAVMARSUR Meridia"]
    assert speakers_of(text, "Prices rose") == ["Kenya Maritime Authority"]
    assert speakers_of(text, "The crew") == ["NAVMARSUR Meridia"]


def test_according_to_an_owners_office_that_is_described_stays_the_owners() -> None:
    text = "Prices rose, according to Kenya's statistics office, which publishes them monthly."
    assert speakers_of(text, "Prices rose") == ["Kenya"]


# "The Indian Olympic Association (IOA), whose president, X, had lobbied hard, said it
# respected the process": the association speaks (was its president).


def test_an_organisation_whose_officer_is_apposed_speaks() -> None:
    text = (
        "The Kenya Football Federation (KFF), whose president, Nick Mwendwa-Ouma, was "
        "arrested last year, said it would appeal. The Rift Valley Cycling Union, whose "
        "chairman, Paul Kiprop-Sang, had called for a boycott, said riders would race."
    )
    assert speakers_of(text, "The Kenya") == ["Kenya Football Federation"]
    assert speakers_of(text, "The Rift") == ["Rift Valley Cycling Union"]


def test_a_person_whose_kin_is_apposed_still_speaks() -> None:
    text = "Renee Okafor-Hill, whose husband, Daniel, was killed, said she would appeal."
    assert speakers_of(text, "Renee") == ["Renee Okafor-Hill"]


# "Residents of the village said", "Relatives of the victims said", "a relative of one of
# the missing said": a group's "of" phrase in lower case is no break before its cue (had
# no speaker); parents, families and a relative are groups.


def test_a_group_of_a_common_noun_speaks() -> None:
    text = (
        "Residents of the village said the water had risen overnight. "
        "Relatives of the victims told reporters they wanted answers. "
        "Parents of the pupils said the school should stay shut."
    )
    assert speakers_of(text, "Residents") == ["residents"]
    assert speakers_of(text, "Relatives") == ["relatives"]
    assert speakers_of(text, "Parents") == ["parents"]


def test_a_relative_of_one_of_the_missing_is_the_quotes_speaker() -> None:
    text = (
        'The ferry sank on Monday. "Nobody came to help us," a relative of one of the '
        "missing said on Thursday."
    )
    assert speakers_of(text, '"Nobody') == ["a relative"]


# "the British Museum Act": a law named after a body is no actor (was an organisation that
# took "British Museum" as its short form and employed the museum's director).


def test_a_law_named_after_a_museum_is_no_actor() -> None:
    text = (
        "The Halden Museum holds 900 objects. Its director, Anna Frey-Lund, said the museum "
        "was talking to lenders. Ministers have no plans to change the Halden Museum Act."
    )
    ids = actor_ids(text)
    assert "Halden Museum Act" not in ids
    assert actor_of(text, "Anna Frey-Lund") == (ActorKind.PERSON, "Halden Museum", "director")


def test_a_laws_last_word_after_a_known_body_is_no_person() -> None:
    text = "There were no plans to change the National Gallery Act, the minister said."
    assert "Act" not in actor_ids(text)


# "A spokesperson for Britain's Department for Culture, Media and Sport said": a ministry's
# list of fields goes on over a word that opens sentences ("Sport"; was "Department for
# Culture", and no speaker).


def test_a_departments_field_list_with_sport_is_one_organisation() -> None:
    text = (
        "A spokesperson for Britain's Department for Culture, Media and Sport said there were "
        "no plans to change the law."
    )
    assert "Department for Culture, Media and Sport" in actor_ids(text)
    assert speakers_of(text, "A spokesperson") == ["Department for Culture, Media and Sport"]


# "the Gulf of Aden": a body of water named "Gulf/Bay/Sea/Strait of X" is one place (was a
# place "Gulf" and the port city Aden; "the Bay of Bengal" was nothing).


def test_a_gulf_or_bay_of_a_name_is_one_place() -> None:
    text = (
        "Pirates attacked two ships in the Gulf of Tarvena and one in the Bay of Kelso on "
        "Monday, while the Gulf of Guinea stayed calm."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("Gulf of Tarvena") is ActorKind.PLACE
    assert kinds.get("Bay of Kelso") is ActorKind.PLACE
    assert kinds.get("Gulf of Guinea") is ActorKind.PLACE
    assert "Guinea" not in kinds
    assert "Gulf" not in kinds


def test_a_waters_possessive_is_no_part_of_its_name() -> None:
    text = "The Gulf of Tarvena's fishermen said catches had fallen."
    assert "Gulf of Tarvena" in actor_ids(text)


# "HMS Diamond also fired": a ship's name opened by a navy's prefix is a place, as one after
# a ship's noun is ("the ferry Santa Lucia"; was a person).


def test_a_ship_opened_by_a_navys_prefix_is_a_place() -> None:
    text = "The destroyer USS Carney shot down a drone on Monday. HMS Diamond also fired."
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("HMS Diamond") is ActorKind.PLACE
    assert kinds.get("USS Carney") is ActorKind.PLACE


# "The Istanbul bid's chairman, X,": an officer whose title a common noun owns is no
# officer of the organisation named before (was the IOC's chairman).


def test_a_bids_chairman_is_no_officer_of_the_body_named_before() -> None:
    text = (
        "The Olympic Council met on Monday. The Madrid bid's chairman, Tomas Ruiz-Vega, was "
        "more cautious."
    )
    assert actor_of(text, "Tomas Ruiz-Vega") == (ActorKind.PERSON, None, "chairman")


def test_a_companys_chairman_stays_the_companys() -> None:
    text = (
        "Halden Motors cut 300 jobs on Monday. The company's chairman, Tomas Ruiz-Vega, said "
        "more cuts were possible."
    )
    assert actor_of(text, "Tomas Ruiz-Vega")[1] == "Halden Motors"


# "then-President X declared": a title after "then-" is the person's role, held then (had
# no role; "then-Prime Minister X" was a "minister").


def test_a_then_title_is_the_persons_role() -> None:
    text = (
        "In 2019, then-President Amos Kiberu-Ojo declared an emergency. The deal was signed "
        "by then-Prime Minister Liz Marsh-Hall. Then-Defence Secretary Ben Wall-Hart agreed."
    )
    assert actor_of(text, "Amos Kiberu-Ojo")[2] == "president"
    assert actor_of(text, "Liz Marsh-Hall")[2] == "prime minister"
    assert actor_of(text, "Ben Wall-Hart")[2] == "defence secretary"
