"""Session 23's actor, speaker and date probes (a rail regulator's fine, a chip-secrets
trial, a stopgap budget), on invented sentences."""

from __future__ import annotations

from speaker_checks import run

from explorer.model import Actor, ActorKind


def _actors(text: str) -> dict[str, Actor]:
    return {a.id: a for a in run(text).actors}


def _speakers(text: str) -> list[str | None]:
    return [a.speaker_id for a in run(text).attributions]


def test_an_office_named_for_a_plural_title_is_one_organisation() -> None:
    text = (
        "BUSAN (Reuters) - About 20 officials from the Busan Eastern District Prosecutors' "
        "Office raided the shipyard on Monday. The Busan Eastern District Prosecutors' "
        "Office said the owner had hidden losses. The office said more raids would follow."
    )
    actors = _actors(text)
    office = "Busan Eastern District Prosecutors' Office"
    assert actors[office].kind is ActorKind.ORGANISATION
    assert not any(a.startswith("District") or a == "Office" for a in actors)
    agents = [a for a in actors.values() if a.kind is ActorKind.GROUP and "officials" in a.id]
    assert [a.affiliation for a in agents] == [office]
    assert _speakers(text) == [office, office]


def test_the_office_said_is_the_office_named_before() -> None:
    text = (
        "The Harlan County Sheriff's Office said two men were held. "
        "The office said the inquiry was continuing. "
        "The suspects were taken to the office on Main Street."
    )
    run_ = run(text)
    office = "Harlan County Sheriff's Office"
    assert [a.speaker_id for a in run_.attributions] == [office, office]
    # (a room is no one: only the speaking "office" refers to it)
    assert [m.text for m in run_.mentions if m.actor_id == office] == [office, "The office"]


def test_a_public_office_employs_no_company_chairman() -> None:
    text = (
        "SEOUL (Reuters) - Prosecutors raided Hanmir Group on Thursday over claims its "
        "chairman misused funds, officials said.\n\n"
        "Investigators from the Daegu District Prosecutor's Office searched the group's "
        "offices, an official said.\n\n"
        "Chairman Ko Min-jae-Ryu, 58, denies wrongdoing, the group said."
    )
    assert _actors(text)["Ko Min-jae-Ryu"].affiliation != "Daegu District Prosecutor's Office"


def test_a_union_official_is_the_article_s_union_s() -> None:
    text = (
        "The National Union of Mineworkers called a strike on Monday. "
        "A union official who asked not to be named said talks had collapsed.\n\n"
        "One senior union official said the walkout would last a week."
    )
    run_ = run(text)
    officials = [a for a in run_.actors if a.kind is ActorKind.GROUP and "official" in a.id]
    assert [(a.id, a.affiliation) for a in officials] == [
        ("a union official", "National Union of Mineworkers")
    ]
    speakers = [a.speaker_id for a in run_.attributions]
    assert speakers[-2:] == ["a union official", "a union official"]


def test_a_union_official_is_no_bloc_s() -> None:
    text = (
        "The African Union urged calm. The dockers' strike went on. "
        "A union official said the pickets would stay."
    )
    officials = [a for a in run(text).actors if "official" in a.id]
    assert [a.affiliation for a in officials] == [None]


def test_a_group_speaks_past_its_relative_clause() -> None:
    text = (
        "Residents who fled the shelling said the town was empty. "
        "Police clashed with farmers who were protesting calls for new taxes."
    )
    assert _speakers(text) == ["residents"]


def test_a_dateline_region_gives_bare_cabinet_titles_their_country() -> None:
    text = (
        "LEEDS, England (Reuters) - Britain's energy regulator fined a supplier on "
        "Tuesday.\n\nEnergy Secretary Tom Ashby-Vale welcomed the fine. Union general "
        "secretary Mo Pratt-Lee said it was too small. Press secretary Jo Kerr-Wyn said "
        "nothing."
    )
    actors = _actors(text)
    assert actors["Tom Ashby-Vale"].affiliation == "United Kingdom"
    assert actors["Jo Kerr-Wyn"].affiliation != "United Kingdom"


def test_a_province_s_premier_is_the_province_s() -> None:
    text = (
        "REGINA, Saskatchewan (Reuters) - Saskatchewan's governing party won a fifth "
        "term on Monday.\n\nPremier Dale Moe-Harris said voters had backed his plan."
    )
    assert _actors(text)["Dale Moe-Harris"].affiliation == "Saskatchewan"


def test_a_state_premier_is_not_the_country_s() -> None:
    text = (
        "ORANGEVALE, Australia, Jan 4 (AFP) - Australia's worst fires in years forced "
        "thousands to flee on Saturday.\n\nState Premier Ann Kell-Roe declared a disaster. "
        "Emergency Services Minister Rob Tan-Hill said crews were exhausted."
    )
    actors = _actors(text)
    assert actors["Ann Kell-Roe"].affiliation != "Australia"
    assert actors["Rob Tan-Hill"].affiliation == "Australia"


def test_a_town_dateline_needs_the_country_in_the_lead() -> None:
    text = (
        "HOUSTON, Texas (Reuters) - Oil prices rose after Saudi Arabia cut output on "
        "Monday.\n\nEnergy Minister Abdel Rahman-Faisal said the cut would last a month."
    )
    assert _actors(text)["Abdel Rahman-Faisal"].affiliation != "United States"


def test_a_chamber_s_officer_is_the_article_s_chamber_s() -> None:
    text = (
        "WASHINGTON (Reuters) - Congress passed a stopgap bill on Friday. House Speaker "
        "Ann Lee-Park said it was a good day. Senate Minority Leader Tom Ruiz-Kent said "
        "it was a bad one."
    )
    actors = _actors(text)
    assert actors["Ann Lee-Park"].affiliation == "US House of Representatives"
    assert actors["Tom Ruiz-Kent"].affiliation == "US Senate"
    assert "House" not in actors and "Senate" not in actors


def test_holidays_are_no_actors() -> None:
    text = (
        "Shops stayed open through Christmas and New Year's Day. On New Year's Eve, "
        "Mayor Ann Bell-Roe lit the tree. Florists braced for Valentine's Day, and "
        "trains were full at Easter and over the Thanksgiving Day Parade. "
        "Eve Hart-Lowe, a florist, said Christmas Eve was her busiest day."
    )
    run_ = run(text)
    assert {a.id for a in run_.actors if a.kind is not ActorKind.GROUP} == {
        "Ann Bell-Roe",
        "Eve Hart-Lowe",
    }
    # (no day's word is the florist's: "Eve" of "New Year's Eve" is no mention of her)
    assert [m.text for m in run_.mentions if m.actor_id == "Eve Hart-Lowe"] == ["Eve Hart-Lowe"]


def test_the_company_said_after_its_subject_is_the_subject() -> None:
    text = (
        "Budget carriers face a costly winter\n\n"
        "DUBLIN, Nov 4 (Reuters) - Ryanair will cut 300 office jobs by March, the company "
        "said on Monday, as fuel costs rose."
    )
    assert _speakers(text) == ["Ryanair"]


def test_an_airline_s_short_form_is_the_airline() -> None:
    text = (
        "DUBAI (Reuters) - Emirates reported record profits on Thursday. The airline said "
        "demand was strong. Emirates Airline president Tim Clark-Hughes said so too."
    )
    actors = _actors(text)
    assert actors["Emirates Airline"].kind is ActorKind.ORGANISATION
    assert "Emirates" in actors["Emirates Airline"].aliases
    assert actors["Tim Clark-Hughes"].affiliation == "Emirates Airline"
    assert _speakers(text) == ["Emirates Airline", "Emirates Airline", "Tim Clark-Hughes"]


def test_an_abbreviation_owning_a_company_is_a_company() -> None:
    text = "Margins lag those of IAG, the owner of British Airways, analysts said."
    assert _actors(text)["IAG"].kind is ActorKind.ORGANISATION


def test_a_company_named_with_a_possessive_is_one_organisation() -> None:
    text = (
        "A guard employed by Garner's, the cash-transport firm, was hurt. "
        "Garner's said it was cooperating with police. Garner's trucks were parked."
    )
    run_ = run(text)
    actors = {a.id: a for a in run_.actors}
    assert actors["Garner's"].kind is ActorKind.ORGANISATION
    assert "Garner" not in actors
    assert [a.speaker_id for a in run_.attributions] == ["Garner's"]


def test_a_possessive_owning_a_thing_stays_a_possessive() -> None:
    text = "The idea was Colin Drey's. Drey's plan failed, aides said."
    assert not any(a.id.endswith("'s") for a in run(text).actors)


def test_an_abbreviation_answers_to_its_full_name_s_noun() -> None:
    text = (
        "The FBI opened an inquiry on Monday. The bureau said it had made two arrests. "
        'The Jubilee Fund, a charity, objected. "It is unfair," said Ann Roe-Vale, the '
        "group's head of policy, as the G20 met."
    )
    run_ = run(text)
    assert [a.speaker_id for a in run_.attributions][:2] == ["FBI", "Ann Roe-Vale"]
    assert not any(m.actor_id == "G20" and m.text == "the group" for m in run_.mentions)


def test_the_federal_government_speaking_is_the_country() -> None:
    text = (
        "OTTAWA (Reuters) - Canada's budget passed on Tuesday. The federal government "
        "said it would borrow more. The federal government employs 300,000 people."
    )
    run_ = run(text)
    assert [a.speaker_id for a in run_.attributions] == ["Canada"]
