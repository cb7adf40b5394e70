"""QA round 32 on actors (tests/fixtures/actors_unseen32/FINDINGS.md): the general defects
found on three unseen wire stories, on invented sentences."""

from __future__ import annotations

from speaker_checks import actor_ids, actor_of, run, speakers_of

from explorer.model import ActorKind

# "LEIPZIG, Germany (AP) — The Leipzig Municipal Hospital Group said ... Leipzig Mayor X
# said": the dateline's town is a place, no short form of a body named after it (was an
# alias of the hospital group, and the mayor the group's).


def test_the_datelines_town_is_no_short_form_of_a_body_named_after_it() -> None:
    text = (
        "HALVERSTADT, Germany (AP) — The Halverstadt Regional Transit Group said on Monday "
        "that trams would run again. Halverstadt Mayor Uwe Brandt-Kessel said the city "
        "would pay for repairs."
    )
    assert actor_of(text, "Halverstadt")[0] is ActorKind.PLACE
    assert actor_of(text, "Uwe Brandt-Kessel")[1:] == ("Halverstadt", "mayor")
    assert speakers_of(text, "HALVERSTADT") == ["Halverstadt Regional Transit Group"]


# "the Kolwezi-based Observatory of Natural Resources, a watchdog": a listed body's one-word
# short form that is an organisation's word, with "of"/"for" and an unlisted name after it,
# heads a body of its own (was the Syrian Observatory for Human Rights and an organisation
# "Natural Resources").


def test_a_listed_bodys_short_form_heads_a_name_of_its_own() -> None:
    text = (
        '"We were never asked," said Ana Lobo-Matos, head of the Observatory of Forest '
        "Peoples, a watchdog."
    )
    ids = actor_ids(text)
    assert "Syrian Observatory for Human Rights" not in ids
    assert actor_of(text, "Ana Lobo-Matos")[1] == "Observatory of Forest Peoples"


def test_a_listed_body_before_for_and_a_country_stays_listed() -> None:
    text = "The president asked Congress for Kenya and Tanzania aid worth $50 million."
    assert "US Congress" in actor_ids(text)


# "Prosecutors said at least 23 students were admitted through the scheme": the subject of
# a passive speech verb says nothing (the students spoke).


def test_the_subject_of_a_passive_cue_says_nothing() -> None:
    text = (
        "Police said 40 fans were admitted to hospital after the match. "
        "The driver was told to stop at the border. "
        "Officials were warning that roads would close."
    )
    assert speakers_of(text, "Police said") == ["police"]
    assert speakers_of(text, "The driver") == []
    assert speakers_of(text, "Officials were") == ["officials"]


# "Pacific Crest competes in the West Coast Conference, whose commissioner, X, said the
# league would wait": the name closing a clause opened by "whose" right before the cue is
# its speaker, with the title and the body (was a person "Conference" speaking, and X of no
# role); a verb after the name keeps the body speaking.


def test_whose_title_and_name_right_before_the_cue_speak() -> None:
    text = (
        "Halden College plays in the Northern Rivers Conference, whose commissioner, "
        "Dana Holt-Reyes, said the league would wait for the facts."
    )
    assert speakers_of(text, "Halden College") == ["Dana Holt-Reyes"]
    assert actor_of(text, "Dana Holt-Reyes") == (
        ActorKind.PERSON,
        "Northern Rivers Conference",
        "commissioner",
    )


def test_whose_title_and_name_then_a_verb_leave_the_body_speaking() -> None:
    text = (
        "The Halden Rowing Federation, whose president, Tom Hale-Ward, was suspended, said "
        "it would appeal."
    )
    assert speakers_of(text, "The Halden Rowing") == ["Halden Rowing Federation"]
    assert actor_of(text, "Tom Hale-Ward")[1:] == ("Halden Rowing Federation", "president")


# "Huayan Cobalt, which operates the nearby mine, declined to comment": a miner named for
# its metal is a company (was a person).


def test_miners_named_for_their_metal_are_companies() -> None:
    text = (
        "Zambezi Cobalt said output fell. Kafue Nickel, which runs two mines, declined to "
        "comment. Halden Lithium said it would appeal."
    )
    kinds = {a.id: a.kind for a in run(text).actors}
    assert kinds.get("Zambezi Cobalt") is ActorKind.ORGANISATION
    assert kinds.get("Kafue Nickel") is ActorKind.ORGANISATION
    assert kinds.get("Halden Lithium") is ActorKind.ORGANISATION


# "Pacific Crest University ... Pacific Crest's Board of Trustees ... Pacific Crest
# competes": an unknown body's first words, opening with a listed place's name, are its
# short form (was the Pacific, a place).


def test_a_bodys_short_form_opening_with_a_places_name_is_the_body() -> None:
    text = (
        "Prosecutors charged a coach at Atlantic Ridge University on Thursday. "
        "Atlantic Ridge said it would cooperate with investigators."
    )
    assert speakers_of(text, "Atlantic Ridge said") == ["Atlantic Ridge University"]
    assert "Atlantic" not in actor_ids(text)


def test_a_countrys_adjective_opening_a_bodys_name_stays_the_country() -> None:
    text = (
        "The Kenyan Grand Prix Corporation said tickets sold out. The Kenyan Grand Prix "
        "starts on Sunday."
    )
    assert "Kenya" in actor_ids(text)


# '"Universities promised to audit athletic recruits, ...," said X': an organisation's
# word in the plural opening a sentence is no person.


def test_a_bodys_word_in_the_plural_opening_a_sentence_is_no_person() -> None:
    text = '"Universities promised to audit recruits," said Julie Park-Nguyen. Banks agreed.'
    assert actor_ids(text) == {"Julie Park-Nguyen"}


def test_a_surname_in_the_plural_form_stays_the_persons() -> None:
    text = "Tony Banks spoke first. Banks said he would resign."
    assert speakers_of(text, "Banks said") == ["Tony Banks"]


# "a real estate developer from Beverly Hills, a hedge fund manager from San Francisco and
# a cardiologist from Irvine": a list of people from places gives the places no title
# (was a person "Beverly Hills", a manager).


def test_a_list_of_people_from_places_names_places() -> None:
    text = (
        "Among those charged are a builder from Maple Heights, a fund manager from Halden "
        "and a dentist from Irvine, prosecutors said."
    )
    assert actor_of(text, "Maple Heights") == (ActorKind.PLACE, None, None)


def test_a_person_from_a_place_keeps_the_apposed_title() -> None:
    text = "A letter from Tom Hale-Ward, a lawyer from Leeds, was read out in court."
    assert actor_of(text, "Tom Hale-Ward") == (ActorKind.PERSON, None, "lawyer")


# "the Center for Strategic and International Studies": "Studies" ends a body's name (was
# "Center for Strategic" and "International Studies").


def test_a_centre_for_two_fields_of_studies_is_one_body() -> None:
    text = "said Ana Holt-Reyes, an analyst at the Centre for Regional and Security Studies."
    assert actor_of(text, "Ana Holt-Reyes")[1:] == (
        "Centre for Regional and Security Studies",
        "analyst",
    )


def test_a_surname_after_a_title_stays_the_persons() -> None:
    text = "Mr. Banks spoke first. Banks said he would resign."
    assert "Banks" in " ".join(speakers_of(text, "Banks said"))
