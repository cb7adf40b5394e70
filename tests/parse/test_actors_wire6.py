"""Wire-story habits met in QA round 6 (tests/fixtures/actors_unseen6), on invented
sentences: an abbreviation the text introduces for its own name, words that name nobody."""

from __future__ import annotations

from speaker_checks import actors_by_id, run

from explorer.model import ActorKind
from explorer.parse.actors import ActorAnalysis

P, ORG = ActorKind.PERSON, ActorKind.ORGANISATION


def mention_ids(result: ActorAnalysis) -> dict[str, set[str]]:
    """Surface -> the actor ids its mentions link to."""
    out: dict[str, set[str]] = {}
    for m in result.mentions:
        out.setdefault(m.text, set()).add(m.actor_id)
    return out


# -- an abbreviation introduced in brackets -----------------------------------------------


def test_the_texts_own_abbreviation_beats_a_listed_one() -> None:
    """ "RSF" is listed for Reporters Without Borders; a text that introduces it for another
    name means that name every time."""
    r = run(
        "Fighters of the Rapid Support Forces (RSF) entered the town on Friday, witnesses "
        "said. The RSF said in a statement that it had taken the airport. An RSF commander, "
        "Yusuf Adam Harun, told reporters the fighting was over."
    )
    ids = mention_ids(r)
    assert ids["RSF"] == {"Rapid Support Forces"}
    found = actors_by_id(r)
    assert "Reporters Without Borders" not in found
    assert found["Rapid Support Forces"].kind is ORG
    assert found["Yusuf Adam Harun"].affiliation == "Rapid Support Forces"


def test_a_listed_organisation_named_in_full_keeps_its_name() -> None:
    r = run(
        "The Rapid Support Forces (RSF) shelled the camp, residents said. Reporters Without "
        "Borders said two journalists were wounded. The RSF denied the report."
    )
    ids = mention_ids(r)
    assert ids["RSF"] == {"Rapid Support Forces"}
    assert ids["Reporters Without Borders"] == {"Reporters Without Borders"}


def test_a_listed_abbreviation_still_names_its_organisation() -> None:
    r = run(
        "Reporters Without Borders (RSF) said on Monday that three reporters had been "
        "detained. The RSF called for their release."
    )
    assert mention_ids(r)["RSF"] == {"Reporters Without Borders"}


# -- "a Saudi official said" ----------------------------------------------------------------


def test_an_unnamed_official_keeps_the_country_before_the_noun() -> None:
    """A country's adjective or abbreviation between the article and the noun is part of
    the speaker, who is that country's; officials of two countries stay apart."""
    r = run(
        "A Qatari official said the talks would resume on Monday. Fighting went on in the "
        "north. An American official, who asked not to be named, said Washington backed the "
        "plan."
    )
    found = actors_by_id(r)
    assert found["a Qatari official"].affiliation == "Qatar"
    assert found["an American official"].affiliation == "United States"
    assert "official" not in found
    assert [a.speaker_id for a in r.attributions] == ["a Qatari official", "an American official"]


def test_an_unnamed_source_keeps_its_countrys_or_organisations_name_before_modifiers() -> None:
    """ "A Huthi military source", "A U.S. defense official", "an FBI official": the owner
    named between the article and the noun, before modifiers too, is the affiliation; a
    company's spokesman stays the company speaking."""
    r = run(
        "A Huthi military source said the drone was shot down over Marib. A U.S. defense "
        "official said on Monday that no drone was lost. Later, an FBI official said the "
        "tips were many. A Hamas official said talks would resume. A Toyota spokesman said "
        "the plant would reopen."
    )
    speakers = [a.speaker_id for a in r.attributions]
    assert speakers == [
        "a Huthi military source",
        "a U.S. defense official",
        "an FBI official",
        "a Hamas official",
        "Toyota Motor Corp",
    ]
    found = actors_by_id(r)
    assert found["a Huthi military source"].affiliation == "Houthis"
    assert found["a U.S. defense official"].affiliation == "United States"
    assert found["an FBI official"].affiliation == "FBI"
    assert found["a Hamas official"].affiliation == "Hamas"
    assert found["a Hamas official"].role == "official"
    # the owners stay actors of their own ("Huthi" is the Houthis)
    assert mention_ids(r)["Huthi"] == {"Houthis"}
    assert found["Hamas"].kind is ORG


def test_an_unnamed_source_without_a_country_is_unchanged() -> None:
    r = run("A senior official said the talks would resume. A military source said so too.")
    assert {a.speaker_id for a in r.attributions} == {"a senior official", "a military source"}


# -- "The UN envoy for Yemen said" ------------------------------------------------------------


def test_the_country_of_an_envoys_brief_does_not_speak() -> None:
    r = run(
        "The United Nations envoy for Libya said on Friday that both camps had agreed to "
        "meet. Elections were postponed again. The Canadian ambassador to Peru said the vote "
        "should go ahead."
    )
    speakers = [a.speaker_id for a in r.attributions]
    assert speakers == ["the United Nations envoy for Libya", "the Canadian ambassador to Peru"]
    found = actors_by_id(r)
    assert found["the United Nations envoy for Libya"].affiliation == "United Nations"
    assert found["the Canadian ambassador to Peru"].affiliation == "Canada"


def test_a_spokesman_for_an_organisation_is_still_the_organisation() -> None:
    r = run("A spokesman for UNICEF said the convoy had arrived.")
    assert [a.speaker_id for a in r.attributions] == ["UNICEF"]


# -- "Inside El Fasher, ..." ----------------------------------------------------------------


def test_a_place_after_a_preposition_opening_the_sentence_is_a_place() -> None:
    r = run(
        "Inside Tarnova, residents described shortages of food. In Velsk, the commander "
        "said his men would hold the bridge. Across Ostrava Province, aid workers said "
        "convoys were blocked."
    )
    found = actors_by_id(r)
    for place in ("Tarnova", "Velsk", "Ostrava Province"):
        assert found[place].kind is ActorKind.PLACE, place
    assert "Inside Tarnova" not in found
    assert "Velsk" not in [a.speaker_id for a in r.attributions]


def test_a_name_after_a_preposition_inside_a_sentence_keeps_its_apposition() -> None:
    r = run("Aid reached the town after talks with Omar Haddad, the commander, on Monday.")
    assert actors_by_id(r)["Omar Haddad"].role == "commander"


# -- "North Korea's official Korean Central News Agency" -------------------------------------


def test_official_before_a_name_after_an_owner_is_an_adjective() -> None:
    r = run(
        "Syria's official SANA news agency did not report the meeting. Fighting went on. "
        "The official Xinhua news agency said it had been cancelled."
    )
    found = actors_by_id(r)
    assert not {"official", "the official"} & found.keys()


def test_an_unknown_outlet_after_official_is_no_official() -> None:
    """ "Egypt's official Al-Ahram newspaper": the name before an organisation's noun is the
    outlet, which speaks; "official" is no title of a person there."""
    r = run("Egypt's official Al-Ahram newspaper said the talks had failed.")
    found = actors_by_id(r)
    assert found["Al-Ahram"].kind is ORG
    assert found["Al-Ahram"].role is None
    assert [a.speaker_id for a in r.attributions] == ["Al-Ahram"]


def test_official_before_a_name_as_a_title_is_kept() -> None:
    r = run("A senior Hamas official Basem Naim said talks went on.")
    assert actors_by_id(r)["Basem Naim"].role == "official"


# -- "the Confluence Advisory think tank" ----------------------------------------------------


def test_an_advisory_or_consultancy_is_an_organisation() -> None:
    r = run(
        "Both sides still think they can win, said Amira Salih, founding director of the "
        "Nile Crest Advisory think tank. Analysts at Harbour Point Consulting agreed."
    )
    found = actors_by_id(r)
    assert found["Nile Crest Advisory"].kind is ORG
    assert found["Harbour Point Consulting"].kind is ORG
    assert found["Amira Salih"].affiliation == "Nile Crest Advisory"
