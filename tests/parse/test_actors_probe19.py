"""Session 17's probes of unseen stories: what a reader noticed, on invented sentences."""

from __future__ import annotations

from speaker_checks import actors_by_id, run


def test_north_american_teams_are_organisations_and_their_towns_places() -> None:
    text = (
        "The Los Angeles Lakers beat the Phoenix Suns 110-99 in Phoenix. The Lakers led "
        "throughout, and Suns coach Ray Dunn said his team was tired. The teams meet again "
        "at Madison Square Garden in January."
    )
    actors = actors_by_id(run(text))
    assert actors["Los Angeles Lakers"].kind.value == "organisation"
    assert "Lakers" in actors["Los Angeles Lakers"].aliases
    assert actors["Ray Dunn"].affiliation == "Phoenix Suns"
    assert actors["Phoenix"].kind.value == "place"
    assert actors["Madison Square Garden"].kind.value == "place"


def test_a_team_name_alone_needs_a_team_named_in_full() -> None:
    # "the Celtics" with no team named in full stays no organisation (a word as common as
    # a team's may mean something else); the town alone is the place
    actors = {a.id: a for a in run("The Celtics won on Friday. Fans in Boston cheered.").actors}
    assert "Boston Celtics" not in actors
    assert actors["Boston"].kind.value == "place"


def test_industries_in_the_plural_are_groups() -> None:
    # "Carmakers said ..." opening a sentence was a person "Carmakers"
    actors = actors_by_id(run('Carmakers said the timetable was "extremely challenging".'))
    assert actors["carmakers"].kind.value == "group"
    assert "Carmakers" not in actors
    actors = actors_by_id(run("Insurers estimated losses could reach $20 billion."))
    assert actors["insurers"].kind.value == "group"


def test_quarters_and_halves_are_no_actors() -> None:
    # "promised customers the chip in Q4" made a place "Q4"
    text = "The company had promised customers the chip in Q4 and profit in H1."
    assert not {"Q4", "H1"} & set(actors_by_id(run(text)))


def test_official_as_an_adjective_is_no_group() -> None:
    # "the official start of campaigning" gave a group "the official"
    text = "It came two weeks before the official start of campaigning on Sept. 28."
    assert not [a for a in run(text).actors if "official" in a.id]
    text = "An official said the count was slow."
    assert "an official" in actors_by_id(run(text))


def test_a_company_written_as_one_camel_cased_word() -> None:
    # "according to FlightAware" was a person
    actors = actors_by_id(run("Airlines cancelled 1,200 flights, according to FlightAware."))
    assert actors["FlightAware"].kind.value == "organisation"
    # ... not a surname with a capital inside
    actors = actors_by_id(run("Ron DeSantis and John McDonald spoke. DeSantis said no."))
    assert actors["Ron DeSantis"].kind.value == "person"
    assert actors["John McDonald"].kind.value == "person"
