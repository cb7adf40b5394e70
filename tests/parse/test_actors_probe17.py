"""Session 15's probes of unseen stories: what a reader noticed, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actors_by_id, run, speakers_of


def test_former_opening_a_sentence_is_no_part_of_a_name() -> None:
    # "Former Arsenal captain X" made a person "Former Arsenal" that took the club's
    # later mentions; "Former Labour leader X" an organisation "Former Labour"
    text = (
        "Arsenal signed the midfielder on Monday. Former Arsenal captain Tony Adams told the "
        "BBC it was a fine signing. Former Labour leader Neil Kinnock said so too."
    )
    actors = actors_by_id(run(text))
    assert "Former Arsenal" not in actors
    assert "Former Labour" not in actors
    assert actors["Tony Adams"].affiliation == "Arsenal"
    assert actors["Arsenal"].kind.value == "organisation"
    assert actors["Neil Kinnock"].affiliation == "Labour"


def test_former_before_a_title_keeps_the_former_role() -> None:
    text = "Former U.S. Ambassador Jane Roe said the talks had failed."
    actors = actors_by_id(run(text))
    assert actors["Jane Roe"].role == "former ambassador"
    assert actors["Jane Roe"].affiliation == "United States"


def test_a_company_executive_is_a_title() -> None:
    text = "Microsoft executive John Doe said the deal would close in March."
    person = actors_by_id(run(text))["John Doe"]
    assert person.role == "executive"
    assert person.affiliation == "Microsoft"


def test_a_bare_spokesman_after_a_bodys_statement_is_its_spokesman() -> None:
    text = (
        "The China Coast Guard said in a post that it had expelled the boats. A spokesman, "
        "Liu Dejun, said the other side bore full responsibility. The U.S. State Department "
        "said Washington stood with its ally. Spokesperson Tammy Bruce said in a statement "
        "that the conduct was dangerous."
    )
    actors = actors_by_id(run(text))
    assert actors["Liu Dejun"].affiliation == "China Coast Guard"
    assert actors["Tammy Bruce"].affiliation == "State Department"


def test_a_spokesman_for_someone_named_keeps_that_owner() -> None:
    # (the army's, though it names no actor: not the Health Ministry's)
    text = (
        "The Health Ministry said nothing. A spokesman for the army, Col. Ali Musa, said it "
        "was over."
    )
    assert actors_by_id(run(text))["Ali Musa"].affiliation is None


def test_a_group_where_it_is_speaks() -> None:
    # "Residents in the area said", "Police in the capital said": the place after the group
    # hid the speaker
    for text, group in (
        ("Residents in the area said they heard a loud bang.", "residents"),
        ("Police in the capital said two men were arrested.", "police"),
        ("Witnesses in the town said the troops left at dawn.", "witnesses"),
        ("Officials at the ministry told Reuters the plan was dropped.", "officials"),
    ):
        assert speakers_of(text, text[:12]) == [group], text


def test_a_name_in_the_place_after_a_group_is_no_speaker() -> None:
    text = "Aid workers in the camp near Goma said food had run out."
    assert speakers_of(text, "Aid workers") == ["aid workers"]


def test_former_states_are_countries() -> None:
    text = (
        "Former Soviet leader Mikhail Gorbachev said the treaty mattered. The Soviet Union "
        "collapsed in 1991, and Yugoslavia broke apart. East German guards once shot at them."
    )
    actors = actors_by_id(run(text))
    assert actors["Soviet Union"].kind.value == "country"
    assert actors["Mikhail Gorbachev"].affiliation == "Soviet Union"
    assert actors["Yugoslavia"].kind.value == "country"
    assert actors["East Germany"].kind.value == "country"
    assert "Former Soviet" not in actors
    assert "Russia" not in actor_ids(text)
